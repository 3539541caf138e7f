//! Feature extraction: each token of a sentence becomes a list of hashed feature keys.
//!
//! A feature is a template number plus strings ("the previous word is `in`"), hashed with
//! [`FeatureHash`]; the model stores weights per key, so unseen features cost nothing and the
//! feature set needs no dictionary at run time. Changing any template changes the keys: bump
//! `FORMAT_VERSION` in the model codec then.

use super::hash::FeatureHash;
use super::lexicon::{flag, Entry, WordTable};

/// What is known about one word, computed once per token and read by its neighbours too.
struct Word<'a> {
    form: &'a str,
    lower: String,
    shape: String,
    short_shape: String,
    entry: Option<Entry>,
    /// The lower-cased form's entry where it differs from the form: is the word a common word
    /// that just starts a sentence?
    lower_entry: Option<Entry>,
}

impl<'a> Word<'a> {
    fn new(form: &'a str, lexicon: &WordTable) -> Word<'a> {
        let lower = form.to_lowercase();
        let entry = lexicon.get(form);
        let lower_entry = if lower != form { lexicon.get(&lower) } else { None };
        let (shape, short_shape) = shapes(form);
        Word { form, lower, shape, short_shape, entry, lower_entry }
    }
}

/// The word shape: `Xxxxx` → full shape (first 6 characters mapped) and short shape (runs
/// collapsed): "NATO-Gipfel" → ("XXXX-X", "X-Xx").
fn shapes(form: &str) -> (String, String) {
    let mut full = String::new();
    let mut short = String::new();
    let mut last = None;
    for (i, c) in form.chars().enumerate() {
        let m = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else if c.is_alphabetic() {
            'a'
        } else {
            c
        };
        if i < 6 {
            full.push(m);
        }
        if last != Some(m) {
            short.push(m);
            last = Some(m);
        }
    }
    (full, short)
}

/// Template numbers. Never reuse a number for a different meaning within one format version.
mod t {
    pub const BIAS: u8 = 0;
    pub const FORM: u8 = 1;
    pub const LOWER: u8 = 2;
    pub const PREFIX: u8 = 3;
    pub const SUFFIX: u8 = 4;
    pub const SHAPE: u8 = 5;
    pub const SHORT_SHAPE: u8 = 6;
    pub const FIRST: u8 = 7;
    pub const NEIGHBOUR: u8 = 8;
    pub const BIGRAM: u8 = 9;
    pub const NEIGHBOUR_SHAPE: u8 = 10;
    pub const SHAPE_TRIGRAM: u8 = 11;
    pub const CLUSTER: u8 = 12;
    pub const NEIGHBOUR_CLUSTER: u8 = 13;
    pub const FLAG: u8 = 14;
    pub const LOWER_FLAG: u8 = 15;
    pub const NEIGHBOUR_FLAG: u8 = 16;
    pub const PROB: u8 = 17;
    pub const HYPHEN_FIRST: u8 = 18;
    pub const HYPHEN_LAST: u8 = 19;
    pub const HYPHEN_FIRST_SHAPE: u8 = 20;
    pub const HYPHEN_FIRST_CLUSTER: u8 = 21;
    pub const HYPHEN_FIRST_FLAG: u8 = 22;
    pub const HYPHEN_LAST_CLUSTER: u8 = 23;
    pub const LENGTH: u8 = 24;
    pub const NO_ENTRY: u8 = 25;
    pub const PREV_WORD_NEXT_SHAPE: u8 = 26;
    pub const HYPHEN_FIRST_LOWER_FLAG: u8 = 27;
    pub const IN_QUOTES: u8 = 28;
    pub const FAR_CLUSTER: u8 = 29;
    pub const CLUSTER_BIGRAM: u8 = 30;
    // 31 and 32 (the pair of words around, the neighbours' suffixes) cost 0.4 F1 on dev:
    // retired, not to be reused in format 2.
    pub const GENITIVE_FLAG: u8 = 33;
    pub const GENITIVE_CLUSTER: u8 = 34;
}

/// Cluster path prefix lengths used as features.
const CLUSTER_BITS: [u32; 5] = [4, 6, 10, 14, 20];

/// Feature keys for a whole sentence: token `i`'s keys are `keys[starts[i]..starts[i + 1]]`.
#[derive(Default)]
pub(crate) struct SentenceFeatures {
    pub keys: Vec<u64>,
    pub starts: Vec<usize>,
}

impl SentenceFeatures {
    pub(crate) fn token(&self, i: usize) -> &[u64] {
        match (self.starts.get(i), self.starts.get(i + 1)) {
            (Some(&a), Some(&b)) => self.keys.get(a..b).unwrap_or(&[]),
            _ => &[],
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }
}

fn cluster_of(w: &Word) -> u32 {
    w.entry.or(w.lower_entry).map_or(0, |e| e.cluster)
}

fn prefix_chars(s: &str, n: usize) -> Option<&str> {
    let end = s.char_indices().nth(n).map(|(i, _)| i)?;
    s.get(..end)
}

fn suffix_chars(s: &str, n: usize) -> Option<&str> {
    let count = s.chars().count();
    if count <= n {
        return None;
    }
    let start = s.char_indices().nth(count - n).map(|(i, _)| i)?;
    s.get(start..)
}

/// Extracts the features of every token of a sentence.
pub(crate) fn extract(words: &[&str], lexicon: &WordTable, out: &mut SentenceFeatures) {
    out.keys.clear();
    out.starts.clear();
    let info: Vec<Word> = words.iter().map(|w| Word::new(w, lexicon)).collect();
    let n = info.len();
    let lower_at = |j: isize| -> &str {
        if j < 0 {
            "<s>"
        } else {
            info.get(j as usize).map_or("</s>", |w| w.lower.as_str())
        }
    };
    let short_at = |j: isize| -> &str {
        if j < 0 {
            "<s>"
        } else {
            info.get(j as usize).map_or("</s>", |w| w.short_shape.as_str())
        }
    };
    // Whether each token stands inside quotation marks: titles of works and events (OTH) often
    // do, "Ecce homo".
    let mut inside = Vec::with_capacity(n);
    let mut open = false;
    for w in &info {
        let is_quote = !w.form.is_empty() && w.form.chars().all(crate::engine::token::is_quote_mark);
        if is_quote {
            open = !open;
            inside.push(false);
        } else {
            inside.push(open);
        }
    }
    if open {
        // An unclosed mark says nothing reliable.
        inside.iter_mut().for_each(|x| *x = false);
    }
    let cluster_at = |j: isize| -> u32 {
        if j < 0 {
            u32::MAX
        } else {
            info.get(j as usize).map_or(u32::MAX - 1, cluster_of)
        }
    };
    for (i, w) in info.iter().enumerate() {
        out.starts.push(out.keys.len());
        let k = &mut out.keys;
        let ii = i as isize;
        k.push(FeatureHash::new(t::BIAS).finish());
        k.push(FeatureHash::new(t::FORM).str(w.form).finish());
        k.push(FeatureHash::new(t::LOWER).str(&w.lower).finish());
        for len in 2..=4 {
            if let Some(p) = prefix_chars(&w.lower, len) {
                k.push(FeatureHash::new(t::PREFIX).num(len as u32).str(p).finish());
            }
        }
        for len in 1..=5 {
            if let Some(s) = suffix_chars(&w.lower, len) {
                k.push(FeatureHash::new(t::SUFFIX).num(len as u32).str(s).finish());
            }
        }
        k.push(FeatureHash::new(t::SHAPE).str(&w.shape).finish());
        k.push(FeatureHash::new(t::SHORT_SHAPE).str(&w.short_shape).finish());
        if i == 0 {
            k.push(FeatureHash::new(t::FIRST).str(&w.short_shape).finish());
        }
        let len_bucket = w.form.chars().count().min(12) as u32;
        k.push(FeatureHash::new(t::LENGTH).num(len_bucket).str(&w.short_shape).finish());
        for d in [-2isize, -1, 1, 2] {
            k.push(FeatureHash::new(t::NEIGHBOUR).num(d as u32).str(lower_at(ii + d)).finish());
        }
        k.push(FeatureHash::new(t::BIGRAM).num(0).str(lower_at(ii - 1)).str(&w.lower).finish());
        k.push(FeatureHash::new(t::BIGRAM).num(1).str(&w.lower).str(lower_at(ii + 1)).finish());
        for d in [-1isize, 1] {
            k.push(FeatureHash::new(t::NEIGHBOUR_SHAPE).num(d as u32).str(short_at(ii + d)).finish());
        }
        k.push(
            FeatureHash::new(t::SHAPE_TRIGRAM).str(short_at(ii - 1)).str(&w.short_shape).str(short_at(ii + 1)).finish(),
        );
        k.push(FeatureHash::new(t::PREV_WORD_NEXT_SHAPE).str(lower_at(ii - 1)).str(&w.short_shape).finish());

        if inside.get(i).copied().unwrap_or(false) {
            k.push(FeatureHash::new(t::IN_QUOTES).str(&w.short_shape).finish());
        }

        // Knowledge from the lexicon.
        let c = cluster_of(w);
        for d in [-2isize, 2] {
            let fc = cluster_at(ii + d);
            k.push(
                FeatureHash::new(t::FAR_CLUSTER)
                    .num(d as u32)
                    .num(fc & mask(6))
                    .num(u32::from(fc > u32::MAX - 2))
                    .finish(),
            );
        }
        let m10 = |x: u32| if x >= u32::MAX - 1 { x } else { x & mask(10) };
        k.push(FeatureHash::new(t::CLUSTER_BIGRAM).num(0).num(m10(cluster_at(ii - 1))).num(m10(c)).finish());
        k.push(FeatureHash::new(t::CLUSTER_BIGRAM).num(1).num(m10(c)).num(m10(cluster_at(ii + 1))).finish());
        if c != 0 {
            for bits in CLUSTER_BITS {
                k.push(FeatureHash::new(t::CLUSTER).num(bits).num(c & mask(bits)).finish());
            }
        }
        match (w.entry, w.lower_entry) {
            (None, None) => k.push(FeatureHash::new(t::NO_ENTRY).str(&w.short_shape).finish()),
            (e, l) => {
                let p = e.map_or(32, |e| u32::from(e.prob));
                let lp = l.map_or(32, |e| u32::from(e.prob));
                k.push(FeatureHash::new(t::PROB).num(p).num(lp).finish());
            }
        }
        if let Some(e) = w.entry {
            push_flags(k, t::FLAG, e.flags);
        }
        if let Some(e) = w.lower_entry {
            push_flags(k, t::LOWER_FLAG, e.flags);
        }
        // The genitive of a name is the name plus s: "Merkels", "Deutschlands", "Siemens'".
        if let Some(base) =
            w.form.strip_suffix('s').or_else(|| w.form.strip_suffix("s'")).or_else(|| w.form.strip_suffix('\''))
        {
            if base.chars().count() >= 2 && base.chars().next().is_some_and(char::is_uppercase) {
                if let Some(e) = lexicon.get(base) {
                    push_flags(k, t::GENITIVE_FLAG, e.flags | 0x40);
                    if e.cluster != 0 {
                        for bits in [4, 10] {
                            k.push(
                                FeatureHash::new(t::GENITIVE_CLUSTER).num(bits).num(e.cluster & mask(bits)).finish(),
                            );
                        }
                    }
                }
            }
        }
        for d in [-1isize, 1] {
            let j = ii + d;
            if j < 0 || j as usize >= n {
                continue;
            }
            let Some(nb) = info.get(j as usize) else { continue };
            let nc = cluster_of(nb);
            if nc != 0 {
                for bits in [4, 10, 20] {
                    k.push(
                        FeatureHash::new(t::NEIGHBOUR_CLUSTER).num(d as u32).num(bits).num(nc & mask(bits)).finish(),
                    );
                }
            }
            if let Some(e) = nb.entry {
                for (_, b) in flag::LETTERS {
                    if e.flags & b != 0 {
                        k.push(FeatureHash::new(t::NEIGHBOUR_FLAG).num(d as u32).num(u32::from(b)).finish());
                    }
                }
            }
        }

        // Hyphenated compounds: "NATO-Gipfel", "Ukraine-Unterstützer", "Baden-Württemberg".
        if let (Some(first), Some(last)) = (w.form.split('-').next(), w.form.rsplit('-').next()) {
            if w.form.contains('-') && !first.is_empty() && !last.is_empty() {
                k.push(FeatureHash::new(t::HYPHEN_FIRST).str(first).finish());
                k.push(FeatureHash::new(t::HYPHEN_LAST).str(&last.to_lowercase()).finish());
                k.push(FeatureHash::new(t::HYPHEN_FIRST_SHAPE).str(&shapes(first).1).finish());
                let fe = lexicon.get(first);
                if let Some(fc) = fe.map(|e| e.cluster).filter(|&c| c != 0) {
                    for bits in [4, 10, 20] {
                        k.push(FeatureHash::new(t::HYPHEN_FIRST_CLUSTER).num(bits).num(fc & mask(bits)).finish());
                    }
                }
                if let Some(e) = fe {
                    push_flags(k, t::HYPHEN_FIRST_FLAG, e.flags);
                }
                let first_lower = first.to_lowercase();
                if first_lower != first {
                    if let Some(e) = lexicon.get(&first_lower) {
                        push_flags(k, t::HYPHEN_FIRST_LOWER_FLAG, e.flags | 0x80);
                    }
                }
                if let Some(lc) = lexicon.get(last).map(|e| e.cluster).filter(|&c| c != 0) {
                    for bits in [4, 10] {
                        k.push(FeatureHash::new(t::HYPHEN_LAST_CLUSTER).num(bits).num(lc & mask(bits)).finish());
                    }
                }
            }
        }
    }
    out.starts.push(out.keys.len());
}

fn mask(bits: u32) -> u32 {
    if bits >= 32 {
        u32::MAX
    } else {
        (1 << bits) - 1
    }
}

fn push_flags(k: &mut Vec<u64>, template: u8, flags: u8) {
    // One feature per flag, plus the whole set: "a city that is also a common noun" differs
    // from either alone.
    for (_, b) in flag::LETTERS {
        if flags & b != 0 {
            k.push(FeatureHash::new(template).num(u32::from(b)).finish());
        }
    }
    k.push(FeatureHash::new(template).num(0x100 | u32::from(flags)).finish());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::ner::lexicon::Lexicon;

    #[test]
    fn shapes_table() {
        assert_eq!(shapes("NATO-Gipfel"), ("XXXX-X".to_string(), "X-Xx".to_string()));
        assert_eq!(shapes("20.04.2023"), ("dd.dd.".to_string(), "d.d.d".to_string()));
        assert_eq!(shapes(""), (String::new(), String::new()));
    }

    #[test]
    fn affixes_count_chars() {
        assert_eq!(prefix_chars("über", 2), Some("üb"));
        assert_eq!(suffix_chars("Präsidentin", 3), Some("tin"));
        assert_eq!(suffix_chars("ab", 2), None);
        assert_eq!(prefix_chars("ab", 2), None);
    }

    #[test]
    fn features_are_per_token_and_deterministic() {
        let lex = Lexicon::parse_tsv("Paris\t208\t10\tCP\n").unwrap();
        let words = ["Angela", "Merkel", "traf", "in", "Paris", "NATO-Vertreter", "."];
        let mut a = SentenceFeatures::default();
        extract(&words, &lex.table(), &mut a);
        assert_eq!(a.len(), words.len());
        let mut b = SentenceFeatures::default();
        extract(&words, &lex.table(), &mut b);
        assert_eq!(a.keys, b.keys);
        // The lexicon adds features to "Paris", none to the unknown "traf" beyond NO_ENTRY.
        assert!(a.token(4).len() > a.token(2).len());
        assert!(a.token(99).is_empty());
    }

    #[test]
    fn odd_words_do_not_panic() {
        let lex = Lexicon::default();
        let words = ["", "-", "--", "a-", "-b", "\u{0301}", "ǅ", "ß-ẞ", "🙂", "\u{AD}"];
        let mut f = SentenceFeatures::default();
        extract(&words, &lex.table(), &mut f);
        assert_eq!(f.len(), words.len());
        extract(&[], &lex.table(), &mut f);
        assert_eq!(f.len(), 0);
    }
}
