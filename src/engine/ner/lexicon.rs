//! What the tagger knows about words beyond its training sentences: a Brown cluster, a
//! log-probability bucket and list memberships (given name, place, common noun, …) per word.
//!
//! The table travels inside the model file, so the browser needs one download.

use super::hash::FastMap;

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

/// The table of words.
#[derive(Clone, Default)]
pub struct Lexicon {
    map: FastMap<Box<str>, Entry>,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Lexicon({} words)", self.map.len())
    }
}

impl Lexicon {
    /// Parses `model/lexicon.tsv`: `word<TAB>cluster<TAB>prob<TAB>flags` a line.
    pub fn parse_tsv(text: &str) -> Result<Lexicon, String> {
        let mut map = FastMap::default();
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
            map.insert(word.into(), Entry { cluster, prob: prob.min(31), flags: bits });
        }
        Ok(Lexicon { map })
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    #[inline]
    pub fn get(&self, word: &str) -> Option<Entry> {
        self.map.get(word).copied()
    }

    pub(crate) fn insert(&mut self, word: &str, entry: Entry) {
        self.map.insert(word.into(), entry);
    }

    /// Keeps only the entries `keep` accepts (used to trim the table to what the model uses).
    pub fn retain(&mut self, mut keep: impl FnMut(&str, &Entry) -> bool) {
        self.map.retain(|w, e| keep(w, e));
    }

    /// The entries sorted by word, for a deterministic file.
    pub(crate) fn sorted(&self) -> Vec<(&str, Entry)> {
        let mut v: Vec<(&str, Entry)> = self.map.iter().map(|(w, e)| (&**w, *e)).collect();
        v.sort_unstable_by(|a, b| a.0.cmp(b.0));
        v
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
