//! What the tagger knows about words beyond its training sentences: a Brown cluster, a
//! log-probability bucket and list memberships (given name, place, common noun, …) per word.
//!
//! The table travels inside the model file, so the browser needs one download.

use super::hash::{FastMap, FeatureHash};

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

/// The table of words: one buffer of all words in byte order, their entries beside them, and
/// a map from each word's 64-bit hash to its index, so loading allocates three vectors and a
/// map rather than a string per word.
#[derive(Clone, Default)]
pub struct Lexicon {
    /// All words concatenated; word `i` is `text[ends[i - 1]..ends[i]]`.
    text: String,
    ends: Vec<u32>,
    entries: Vec<Entry>,
    index: FastMap<u64, u32>,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Lexicon({} words)", self.entries.len())
    }
}

/// The key a word is found under. Two of 10^6 words colliding in 64 bits is a 1 in 10^7
/// chance, and it would only swap two words' clusters.
#[inline]
fn word_key(word: &str) -> u64 {
    FeatureHash::new(0xfe).str(word).finish()
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
        rows.sort_by(|a, b| a.0.cmp(b.0));
        rows.dedup_by(|a, b| a.0 == b.0);
        let mut lex = Lexicon::default();
        for (w, e) in rows {
            lex.push(w, e);
        }
        Ok(lex)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    #[inline]
    pub fn get(&self, word: &str) -> Option<Entry> {
        let i = *self.index.get(&word_key(word))?;
        self.entries.get(i as usize).copied()
    }

    pub(crate) fn reserve(&mut self, words: usize, bytes: usize) {
        self.text.reserve(bytes);
        self.ends.reserve(words);
        self.entries.reserve(words);
        self.index.reserve(words);
    }

    /// Appends a word; callers add words in byte order so the file stays sorted.
    pub(crate) fn push(&mut self, word: &str, entry: Entry) {
        self.text.push_str(word);
        self.ends.push(self.text.len() as u32);
        self.entries.push(entry);
        self.index.insert(word_key(word), (self.entries.len() - 1) as u32);
    }

    /// The words in the order added (byte order) with their entries.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&str, Entry)> + '_ {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        starts
            .zip(&self.ends)
            .zip(&self.entries)
            .map(|((a, &b), &e)| (self.text.get(a as usize..b as usize).unwrap_or(""), e))
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
        assert!(Lexicon::parse_tsv("x\ty\t1\t").is_err());
        assert!(Lexicon::parse_tsv("x\t1\t1\tQ").is_err());
    }
}
