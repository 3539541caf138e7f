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
//! u32 bucket bits b (0..=24)
//! u32 × (2^b + 1) directory: bucket k's records are records[dir[k]..dir[k + 1]]
//! records, bucket by bucket, in byte order of the word within a bucket:
//!   u8 word length L (1..=255), L bytes of the word (UTF-8), u32 cluster, u8 prob, u8 flags
//! ```
//!
//! A word's bucket is the top `b` bits of its 64-bit hash ([`word_key`]), so a lookup hashes the
//! word once, reads two directory entries and compares the few words of one bucket (two or three,
//! rejected by their length byte mostly).

use super::hash::FeatureHash;

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
/// Bytes of a record besides the word: length, cluster, prob, flags.
const RECORD_EXTRA: usize = 1 + 4 + 1 + 1;
const HEADER: usize = 8;
/// The most bucket bits a table may declare: bounds the directory a corrupt header can ask for.
pub(crate) const MAX_BUCKET_BITS: u32 = 24;

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

/// The key a word's bucket is taken from.
#[inline]
fn word_key(word: &[u8]) -> u64 {
    // The same bytes as `FeatureHash::str`, so the hash is the one the tagger always used.
    FeatureHash::new(0xfe).bytes(word).finish()
}

/// Bucket `key` falls in among `2^bits`: its top bits.
#[inline]
fn bucket(key: u64, bits: u32) -> usize {
    key.checked_shr(64 - bits).unwrap_or(0) as usize
}

/// Bucket bits for `n` entries: one to two entries a bucket.
pub(crate) fn bucket_bits(n: usize) -> u32 {
    let bits = usize::BITS - n.saturating_sub(1).leading_zeros();
    bits.saturating_sub(1).min(MAX_BUCKET_BITS)
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
        // Two or three words a bucket: a word is looked up a few times a token (features are
        // looked up some 70 times), so a smaller directory is worth a slightly longer scan.
        let bits = bucket_bits(rows.len()).saturating_sub(1);
        let mut keyed: Vec<(usize, &str, Entry)> =
            rows.into_iter().map(|(w, e)| (bucket(word_key(w.as_bytes()), bits), w, e)).collect();
        // Stable: within a bucket the words keep their byte order.
        keyed.sort_by_key(|&(b, _, _)| b);
        let mut records = Vec::new();
        let mut dir = Vec::with_capacity((1 << bits) + 1);
        let mut next = 0;
        for (b, word, e) in &keyed {
            while next <= *b {
                dir.push(records.len() as u32);
                next += 1;
            }
            records.push(word.len() as u8);
            records.extend_from_slice(word.as_bytes());
            records.extend_from_slice(&e.cluster.to_le_bytes());
            records.push(e.prob);
            records.push(e.flags);
        }
        while dir.len() < (1 << bits) + 1 {
            dir.push(records.len() as u32);
        }
        let mut bytes = Vec::with_capacity(HEADER + 4 * dir.len() + records.len());
        bytes.extend_from_slice(&(keyed.len() as u32).to_le_bytes());
        bytes.extend_from_slice(&bits.to_le_bytes());
        dir.iter().for_each(|d| bytes.extend_from_slice(&d.to_le_bytes()));
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
    bits: u32,
    dir: &'a [u8],
    records: &'a [u8],
}

impl std::fmt::Debug for WordTable<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "WordTable({} words)", self.len)
    }
}

impl<'a> WordTable<'a> {
    /// Checks the header and the directory's size and ends, in constant time. Records are not
    /// walked: a corrupt record reads as a missing word, never as a panic.
    pub(crate) fn new(bytes: &'a [u8]) -> Result<WordTable<'a>, &'static str> {
        let (Some(len), Some(bits)) = (le32(bytes, 0), le32(bytes, 4)) else {
            return Err("word table truncated");
        };
        if bits > MAX_BUCKET_BITS {
            return Err("word table has too many buckets");
        }
        let dir_len = 4 * ((1usize << bits) + 1);
        let rest = bytes.get(HEADER..).unwrap_or_default();
        if rest.len() < dir_len {
            return Err("word table truncated");
        }
        let (dir, records) = rest.split_at(dir_len);
        if le32(dir, 0) != Some(0) || le32(dir, dir_len - 4).map(|e| e as usize) != Some(records.len()) {
            return Err("word table directory does not match its records");
        }
        let len = len as usize;
        if len.saturating_mul(RECORD_EXTRA + 1) > records.len() {
            return Err("word table counts more words than it holds");
        }
        Ok(WordTable { len, bits, dir, records })
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The entry of exactly this word.
    #[inline]
    pub fn get(&self, word: &str) -> Option<Entry> {
        let word = word.as_bytes();
        if word.is_empty() || word.len() > MAX_WORD_BYTES {
            return None;
        }
        let k = bucket(word_key(word), self.bits);
        let start = le32(self.dir, 4 * k)? as usize;
        let end = le32(self.dir, 4 * k + 4)? as usize;
        let mut rest = self.records.get(start..end)?;
        while let Some((&len, tail)) = rest.split_first() {
            let (text, tail) = tail.split_at_checked(usize::from(len))?;
            let (fields, tail) = tail.split_at_checked(RECORD_EXTRA - 1)?;
            if text == word {
                let cluster = u32::from_le_bytes([fields[0], fields[1], fields[2], fields[3]]);
                return Some(Entry { cluster, prob: fields[4], flags: fields[5] });
            }
            rest = tail;
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
