//! What the tagger knows about words beyond its training sentences: a Brown cluster, a
//! log-probability bucket and list memberships (given name, place, common noun, …) per word.
//!
//! The table travels inside the model file, so the browser needs one download, and it is used
//! where it lies: [`WordTable`] looks words up in the file's bytes, no map is built at load.
//!
//! Layout of a word table (little-endian, every field read byte-wise, so any address will do):
//!
//! ```text
//! u32 word count n
//! u32 block count B = ceil(n / 32)
//! [u8; 8] × B       each block's first word, its first 8 bytes, zero-padded
//! u32 × (B + 1)     where each block starts in the records; the last is their length
//! records: the words in byte order, 32 a block (the last block may hold fewer):
//!   the block's first word:  u8 length L (1..=255), L bytes
//!   each further word:       u8 bytes shared with the word before S, u8 rest length R, R bytes
//!   after every word:        u32 cluster, u8 prob, u8 flags
//! ```
//!
//! Sorted, front-coded words compress to a fraction of words in hash order. A lookup binary
//! searches the blocks' 8-byte prefixes (compared as big-endian integers; the zero padding keeps
//! their order that of the words, and equal prefixes fall back to the whole first word), then
//! decodes one block of at most 32 words. Only the prefixes, 8 bytes for every 32 words, are
//! touched by the search.

/// Flags: one bit per list a word is on.
pub mod flag {
    pub const FIRST_NAME: u8 = 1;
    pub const LAST_NAME: u8 = 2;
    pub const CITY: u8 = 4;
    pub const PLACE_WORD: u8 = 8;
    pub const COUNTRY: u8 = 16;
    pub const NOUN: u8 = 32;
    /// The letters `scripts/build-resources.py` writes, in bit order.
    pub(crate) const LETTERS: [(char, u8); 6] =
        [('F', FIRST_NAME), ('L', LAST_NAME), ('C', CITY), ('P', PLACE_WORD), ('S', COUNTRY), ('N', NOUN)];
}

/// One word's entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Entry {
    /// Brown cluster: the bit path reversed, so a path prefix of `k` bits is the low `k` bits.
    /// 0 for none.
    pub cluster: u32,
    /// round(-log p), 0..=30; 31 for unknown.
    pub prob: u8,
    pub flags: u8,
}

/// The longest word a table holds, in bytes (its length is one byte in the file).
pub const MAX_WORD_BYTES: usize = 255;
/// Words a block holds: each lookup decodes one block.
const BLOCK: usize = 32;
/// Bytes after each word: cluster, prob, flags.
const FIELDS: usize = 4 + 1 + 1;
const HEADER: usize = 8;

/// The word table in its file layout, owned: what training reads and what the model file
/// carries. [`Lexicon::table`] gives the view lookups go through.
#[derive(Clone, PartialEq, Eq)]
pub struct Lexicon {
    bytes: Vec<u8>,
}

impl Default for Lexicon {
    /// No words.
    fn default() -> Lexicon {
        Lexicon::from_sorted(Vec::new())
    }
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Lexicon({} words)", self.len())
    }
}

fn le32(b: &[u8], at: usize) -> Option<u32> {
    let s = b.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

impl Lexicon {
    /// Parses `model/lexicon.tsv`: `word<TAB>cluster<TAB>prob<TAB>flags` a line.
    pub fn parse_tsv(text: &str) -> Result<Lexicon, String> {
        let mut rows: Vec<(&str, Entry)> = Vec::new();
        for (n, line) in text.lines().enumerate() {
            if line.is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(word), Some(cluster), Some(prob), flags) = (cols.next(), cols.next(), cols.next(), cols.next())
            else {
                return Err(format!("line {}: expected word, cluster, prob, flags", n + 1));
            };
            if word.len() > MAX_WORD_BYTES {
                return Err(format!("line {}: a word longer than {MAX_WORD_BYTES} bytes", n + 1));
            }
            let cluster = cluster.parse().map_err(|_| format!("line {}: bad cluster {cluster:?}", n + 1))?;
            let prob: u8 = prob.parse().map_err(|_| format!("line {}: bad prob {prob:?}", n + 1))?;
            let mut bits = 0;
            for c in flags.unwrap_or("").chars() {
                match flag::LETTERS.iter().find(|(l, _)| *l == c) {
                    Some((_, b)) => bits |= b,
                    None => return Err(format!("line {}: unknown flag {c:?}", n + 1)),
                }
            }
            rows.push((word, Entry { cluster, prob: prob.min(31), flags: bits }));
        }
        Ok(Lexicon::from_rows(rows))
    }

    /// A table of these words; of a word given twice the first entry counts. Empty words and
    /// words over [`MAX_WORD_BYTES`] are left out (no token is empty, and none that long is a
    /// word worth a cluster).
    pub(crate) fn from_rows(mut rows: Vec<(&str, Entry)>) -> Lexicon {
        rows.retain(|(w, _)| !w.is_empty() && w.len() <= MAX_WORD_BYTES);
        rows.sort_by(|a, b| a.0.cmp(b.0));
        rows.dedup_by(|a, b| a.0 == b.0);
        Lexicon::from_sorted(rows)
    }

    fn from_sorted(rows: Vec<(&str, Entry)>) -> Lexicon {
        let blocks = rows.len().div_ceil(BLOCK);
        let mut prefixes = Vec::with_capacity(8 * blocks);
        let mut starts = Vec::with_capacity(blocks + 1);
        let mut records = Vec::new();
        let mut prev: &[u8] = &[];
        for (i, (word, e)) in rows.iter().enumerate() {
            let word = word.as_bytes();
            if i % BLOCK == 0 {
                let mut prefix = [0u8; 8];
                let n = word.len().min(8);
                prefix[..n].copy_from_slice(&word[..n]);
                prefixes.extend_from_slice(&prefix);
                starts.push(records.len() as u32);
                records.push(word.len() as u8);
                records.extend_from_slice(word);
            } else {
                let shared = prev.iter().zip(word).take_while(|(a, b)| a == b).count();
                records.push(shared as u8);
                records.push((word.len() - shared) as u8);
                records.extend_from_slice(&word[shared..]);
            }
            records.extend_from_slice(&e.cluster.to_le_bytes());
            records.push(e.prob);
            records.push(e.flags);
            prev = word;
        }
        starts.push(records.len() as u32);
        let mut bytes = Vec::with_capacity(HEADER + prefixes.len() + 4 * starts.len() + records.len());
        bytes.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        bytes.extend_from_slice(&(blocks as u32).to_le_bytes());
        bytes.extend_from_slice(&prefixes);
        starts.iter().for_each(|s| bytes.extend_from_slice(&s.to_le_bytes()));
        bytes.extend_from_slice(&records);
        Lexicon { bytes }
    }

    /// The table's bytes, as the model file carries them.
    pub(crate) fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The view lookups go through.
    pub fn table(&self) -> WordTable<'_> {
        // Built by `from_sorted`, so always valid; an empty table is the harmless fallback.
        WordTable::new(&self.bytes).unwrap_or_default()
    }

    pub fn len(&self) -> usize {
        self.table().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline]
    pub fn get(&self, word: &str) -> Option<Entry> {
        self.table().get(word)
    }
}

/// A word table read in place: borrowed bytes in the layout of the module docs.
#[derive(Clone, Copy, Default)]
pub struct WordTable<'a> {
    len: usize,
    prefixes: &'a [u8],
    starts: &'a [u8],
    records: &'a [u8],
}

impl std::fmt::Debug for WordTable<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "WordTable({} words)", self.len)
    }
}

/// The first 8 bytes of `word`, zero-padded, as a number that orders as the bytes do.
#[inline]
fn prefix_of(word: &[u8]) -> u64 {
    let mut p = [0u8; 8];
    let n = word.len().min(8);
    p[..n].copy_from_slice(&word[..n]);
    u64::from_be_bytes(p)
}

impl<'a> WordTable<'a> {
    /// Checks the header and the sizes and ends of the block index, in constant time. Records
    /// are not walked: a corrupt record reads as a missing word, never as a panic.
    pub(crate) fn new(bytes: &'a [u8]) -> Result<WordTable<'a>, &'static str> {
        let (Some(len), Some(blocks)) = (le32(bytes, 0), le32(bytes, 4)) else {
            return Err("word table truncated");
        };
        let (len, blocks) = (len as usize, blocks as usize);
        if len.div_ceil(BLOCK) != blocks {
            return Err("word table's block count does not match its word count");
        }
        let rest = bytes.get(HEADER..).unwrap_or_default();
        // At most 2^32 blocks: 12 · 2^32 + 4 overflows no 64-bit usize; on 32 bits a table that
        // large could not be in memory, and the checked product says so.
        let index_len = blocks.checked_mul(12).and_then(|l| l.checked_add(4)).ok_or("word table truncated")?;
        if rest.len() < index_len {
            return Err("word table truncated");
        }
        let (prefixes, rest) = rest.split_at(8 * blocks);
        let (starts, records) = rest.split_at(4 * (blocks + 1));
        if le32(starts, 0) != Some(0) || le32(starts, 4 * blocks).map(|e| e as usize) != Some(records.len()) {
            return Err("word table's block index does not match its records");
        }
        if len.saturating_mul(FIELDS + 2) > records.len() {
            return Err("word table counts more words than it holds");
        }
        Ok(WordTable { len, prefixes, starts, records })
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn block(&self, b: usize) -> &'a [u8] {
        let (Some(start), Some(end)) = (le32(self.starts, 4 * b), le32(self.starts, 4 * b + 4)) else { return &[] };
        self.records.get(start as usize..end as usize).unwrap_or_default()
    }

    /// Whether block `b`'s first word sorts at or before `word` (`prefix` is `word`'s).
    #[inline]
    fn starts_at_or_before(&self, b: usize, word: &[u8], prefix: u64) -> bool {
        let Some(p) = self.prefixes.get(8 * b..8 * b + 8) else { return false };
        let p = u64::from_be_bytes([p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7]]);
        if p != prefix {
            return p < prefix;
        }
        self.first_word_at_or_before(b, word)
    }

    /// Equal prefixes: the whole first word decides.
    #[cold]
    fn first_word_at_or_before(&self, b: usize, word: &[u8]) -> bool {
        let block = self.block(b);
        let first = block.split_first().and_then(|(&len, rest)| rest.get(..usize::from(len)));
        first.is_some_and(|f| f <= word)
    }

    /// The entry of exactly this word.
    #[inline]
    pub fn get(&self, word: &str) -> Option<Entry> {
        let word = word.as_bytes();
        if word.is_empty() || word.len() > MAX_WORD_BYTES {
            return None;
        }
        // The last block whose first word is at or before `word`: `base` is one such block
        // while any is (the first block's is at or before every word it holds), and the search
        // halves `len` without branching on the comparison, which a CPU cannot predict.
        let prefix = prefix_of(word);
        let (mut base, mut len) = (0, self.prefixes.len() / 8);
        if len == 0 || !self.starts_at_or_before(0, word, prefix) {
            return None;
        }
        while len > 1 {
            let half = len / 2;
            if self.starts_at_or_before(base + half, word, prefix) {
                base += half;
            }
            len -= half;
        }
        let lo = base + 1;
        let mut rest = self.block(lo.checked_sub(1)?);
        // Decoding the block without copying a word out: `matched` is how many leading bytes
        // the word just read shares with `word`, and that word sorts before `word`.
        let mut matched = 0;
        let mut first = true;
        while !rest.is_empty() {
            let (shared, add) = if first {
                let (&l, tail) = rest.split_first()?;
                rest = tail;
                (0, usize::from(l))
            } else {
                let (&[s, r], tail) = rest.split_first_chunk()?;
                rest = tail;
                (usize::from(s), usize::from(r))
            };
            let (text, tail) = rest.split_at_checked(add)?;
            let (fields, tail) = tail.split_first_chunk::<FIELDS>()?;
            rest = tail;
            if !first && shared > matched {
                // Agrees with the word before beyond where that one fell below `word`.
                continue;
            }
            if !first && shared < matched {
                // Rises above the word before where that one still agreed with `word`.
                return None;
            }
            first = false;
            let target = word.get(matched..)?;
            let common = text.iter().zip(target).take_while(|(a, b)| a == b).count();
            matched += common;
            match (text.get(common), target.get(common)) {
                (None, None) => {
                    let cluster = u32::from_le_bytes([fields[0], fields[1], fields[2], fields[3]]);
                    return Some(Entry { cluster, prob: fields[4], flags: fields[5] });
                }
                // A prefix of `word`, or below it at the first difference.
                (None, Some(_)) => {}
                (Some(a), Some(b)) if a < b => {}
                // Words are sorted: the rest of the block comes after `word` too.
                _ => return None,
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_tsv() {
        let lex = Lexicon::parse_tsv("Berlin\t80\t8\tCP\nHaus\t4021\t9\tN\nMerkel\t40\t11\t\n").unwrap();
        assert_eq!(lex.len(), 3);
        assert_eq!(lex.get("Berlin"), Some(Entry { cluster: 80, prob: 8, flags: flag::CITY | flag::PLACE_WORD }));
        assert_eq!(lex.get("Merkel").unwrap().flags, 0);
        assert_eq!(lex.get("Merke"), None);
        assert_eq!(lex.get(""), None);
        assert!(Lexicon::parse_tsv("x\ty\t1\t").is_err());
        assert!(Lexicon::parse_tsv("x\t1\t1\tQ").is_err());
        assert!(Lexicon::parse_tsv(&format!("{}\t1\t1\t", "x".repeat(256))).is_err());
    }

    #[test]
    fn finds_every_word_of_a_large_table_and_no_other() {
        let words: Vec<String> = (0..5000).map(|i| format!("w{i}")).collect();
        let rows = words.iter().enumerate().map(|(i, w)| (w.as_str(), Entry { cluster: i as u32, prob: 3, flags: 1 }));
        let lex = Lexicon::from_rows(rows.collect());
        assert_eq!(lex.len(), 5000);
        let table = lex.table();
        for (i, w) in words.iter().enumerate() {
            assert_eq!(table.get(w).map(|e| e.cluster), Some(i as u32), "{w}");
        }
        assert!((5000..6000).all(|i| table.get(&format!("w{i}")).is_none()));
        assert_eq!(Lexicon::default().get("w1"), None);
    }

    #[test]
    fn front_coded_blocks_find_prefixes_and_their_extensions() {
        // Every string over {a, b, é} up to 4 characters; every third one is in the table, so
        // blocks hold words that are prefixes of each other and words that share 8-byte heads.
        let mut all = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = all.iter().flat_map(|w| ["a", "b", "é"].map(|c| format!("{w}{c}"))).collect();
            all.extend(longer);
        }
        all.sort();
        all.dedup();
        let long = |w: &String| format!("{}{w}", "x".repeat(7));
        let kept: Vec<String> = all.iter().skip(1).step_by(3).flat_map(|w| [w.clone(), long(w)]).collect();
        let rows = kept.iter().enumerate().map(|(i, w)| (w.as_str(), Entry { cluster: i as u32, prob: 1, flags: 0 }));
        let lex = Lexicon::from_rows(rows.collect());
        let table = lex.table();
        for w in all.iter().flat_map(|w| [w.clone(), long(w), format!("{w}c")]) {
            let expected = kept.iter().position(|k| *k == w).map(|i| i as u32);
            assert_eq!(table.get(&w).map(|e| e.cluster), expected, "{w:?}");
        }
    }

    #[test]
    fn corrupt_tables_are_errors_or_misses() {
        let lex = Lexicon::parse_tsv("Berlin\t80\t8\tCP\nHaus\t4021\t9\tN\n").unwrap();
        let bytes = lex.as_bytes();
        for len in 0..bytes.len() {
            assert!(WordTable::new(&bytes[..len]).is_err(), "truncated at {len}");
        }
        for i in 0..bytes.len() {
            let mut b = bytes.to_vec();
            b[i] ^= 0x5A;
            if let Ok(t) = WordTable::new(&b) {
                let _ = (t.get("Berlin"), t.get("Haus"), t.get("x"));
            }
        }
    }
}
