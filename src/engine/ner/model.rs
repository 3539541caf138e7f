//! The trained model: linear weights per (feature, label), label transition weights, and the
//! lexicon its features read; Viterbi decoding; and the file format of `model/ner.bin`.
//!
//! File layout (little-endian, varints are LEB128, signed values zigzag-encoded):
//!
//! ```text
//! magic "NLNER\0\0\x01"  u32 format version  u32 label count (25)  f32 weight scale
//! svarint outside bias (added to every token's `O` score)
//! start weights: 25 svarints   transition weights: 25×25 svarints (from-major)
//! varint feature count, then per feature: the key as a varint delta from the previous key
//!   (keys strictly increasing), a varint mask of labels with a non-zero weight, one svarint
//!   per set bit
//! varint word count, then per word (sorted): u8 bytes shared with the previous word,
//!   varint suffix length, suffix bytes, varint cluster, u8 prob, u8 flags
//! ```
//!
//! Weights are integers times `scale`; decoding adds integers only.

use super::features::{extract, SentenceFeatures};
use super::hash::{key32, FastMap};
use super::lexicon::{Entry, Lexicon};
use super::{Label, ModelError};
use crate::engine::{EntityKind, Variant};

/// O, then B- and I- for each of the 12 kinds × variants.
pub(crate) const LABELS: usize = 25;
const KINDS: [EntityKind; 4] = [EntityKind::Per, EntityKind::Loc, EntityKind::Org, EntityKind::Oth];
const VARIANTS: [Variant; 3] = [Variant::Name, Variant::Deriv, Variant::Part];

const MAGIC: &[u8; 8] = b"NLNER\0\0\x01";
/// Bump when features, hashing or layout change: an old file then fails to load instead of
/// tagging nonsense.
const FORMAT_VERSION: u32 = 2;

pub(crate) fn label_index(label: Label) -> usize {
    let class = |k: EntityKind, v: Variant| {
        let k = KINDS.iter().position(|&x| x == k).unwrap_or(0);
        let v = VARIANTS.iter().position(|&x| x == v).unwrap_or(0);
        k * 3 + v
    };
    match label {
        Label::Outside => 0,
        // Dates and numbers never come from the tagger; map them to O rather than panic.
        Label::Begin(k, _) | Label::Inside(k, _) if !KINDS.contains(&k) => 0,
        Label::Begin(k, v) => 1 + 2 * class(k, v),
        Label::Inside(k, v) => 2 + 2 * class(k, v),
    }
}

pub(crate) fn label_at(index: usize) -> Label {
    if index == 0 || index >= LABELS {
        return Label::Outside;
    }
    let class = (index - 1) / 2;
    let kind = KINDS[(class / 3) % 4];
    let variant = VARIANTS[class % 3];
    if (index - 1) % 2 == 0 {
        Label::Begin(kind, variant)
    } else {
        Label::Inside(kind, variant)
    }
}

/// Whether label `to` may follow `from` (`None`: sentence start). `I-X` continues `B-X`/`I-X`
/// only, as in every GermEval sentence.
pub(crate) fn allowed(from: Option<usize>, to: usize) -> bool {
    if to == 0 || (to - 1) % 2 == 0 {
        return true;
    }
    match from {
        None | Some(0) => false,
        Some(f) => (f - 1) / 2 == (to - 1) / 2,
    }
}

/// A score type Viterbi can add and compare: integers when tagging, floats when training.
pub(crate) trait Score: Copy + PartialOrd {
    const NEG: Self;
    fn add(self, other: Self) -> Self;
}

impl Score for i64 {
    const NEG: i64 = i64::MIN / 4;
    fn add(self, other: i64) -> i64 {
        self.saturating_add(other)
    }
}

impl Score for f64 {
    const NEG: f64 = f64::NEG_INFINITY;
    fn add(self, other: f64) -> f64 {
        self + other
    }
}

/// Best label sequence under emission scores `emit` (n × LABELS) and transitions, among the
/// sequences [`allowed`] permits. Ties go to the lower label index, so results are stable.
pub(crate) fn viterbi<S: Score>(emit: &[S], start: &[S; LABELS], trans: &[[S; LABELS]; LABELS]) -> Vec<usize> {
    let n = emit.len() / LABELS;
    if n == 0 {
        return Vec::new();
    }
    let mut score = [S::NEG; LABELS];
    for y in 0..LABELS {
        if allowed(None, y) {
            score[y] = start[y].add(emit[y]);
        }
    }
    let mut back = vec![0u8; n * LABELS];
    for i in 1..n {
        let mut next = [S::NEG; LABELS];
        for y in 0..LABELS {
            let mut best = S::NEG;
            let mut arg = 0;
            // `I-X` (even, non-zero indices) may only follow `B-X` (y - 1) or itself: two
            // candidates instead of all, the same result as checking [`allowed`] for each.
            let candidates = if y != 0 && y % 2 == 0 { y - 1..y + 1 } else { 0..LABELS };
            for p in candidates {
                let s = score[p];
                if !(s > S::NEG) {
                    continue;
                }
                let v = s.add(trans[p][y]);
                if v > best {
                    best = v;
                    arg = p;
                }
            }
            if best > S::NEG {
                next[y] = best.add(emit[i * LABELS + y]);
            }
            back[i * LABELS + y] = arg as u8;
        }
        score = next;
    }
    let mut y = 0;
    for c in 1..LABELS {
        if score[c] > score[y] {
            y = c;
        }
    }
    let mut path = vec![0; n];
    for i in (0..n).rev() {
        path[i] = y;
        if i > 0 {
            y = usize::from(back[i * LABELS + y]);
        }
    }
    path
}

/// A trained tagger.
#[derive(Clone)]
pub(crate) struct Model {
    pub(crate) scale: f32,
    /// Added to the score of `O` at every token: a negative bias trades precision for recall,
    /// set after training where dev F1 is best.
    pub(crate) outside_bias: i64,
    pub(crate) start: [i64; LABELS],
    pub(crate) trans: [[i64; LABELS]; LABELS],
    /// Feature key → row in `weights`.
    pub(crate) rows: FastMap<u32, u32>,
    pub(crate) weights: Vec<i16>,
    pub(crate) lexicon: Lexicon,
}

impl std::fmt::Debug for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Model({} features, {:?})", self.rows.len(), self.lexicon)
    }
}

impl Model {
    pub(crate) fn tag(&self, words: &[&str]) -> Vec<Label> {
        let mut feats = SentenceFeatures::default();
        extract(words, &self.lexicon, &mut feats);
        let emit = self.emissions(&feats);
        viterbi(&emit, &self.start, &self.trans).into_iter().map(label_at).collect()
    }

    /// The labels, and for each word how far its label's kind leads the best other kind of
    /// the same position and variant (`B-LOC` against `B-PER`, `B-ORG`, `B-OTH`), in the
    /// model's real weight units; 0 for `O`. This is the tagger's confidence in the kind.
    pub(crate) fn tag_with_margins(&self, words: &[&str]) -> (Vec<Label>, Vec<f64>) {
        let mut feats = SentenceFeatures::default();
        extract(words, &self.lexicon, &mut feats);
        let emit = self.emissions(&feats);
        let path = viterbi(&emit, &self.start, &self.trans);
        let margins = path
            .iter()
            .enumerate()
            .map(|(i, &y)| {
                let row = emit.get(i * LABELS..(i + 1) * LABELS).unwrap_or(&[]);
                let score = |label: Label| row.get(label_index(label)).copied().unwrap_or(0);
                let lead = match label_at(y) {
                    Label::Outside => return 0.0,
                    label @ (Label::Begin(kind, variant) | Label::Inside(kind, variant)) => {
                        let other = |k: EntityKind| match label {
                            Label::Begin(..) => Label::Begin(k, variant),
                            _ => Label::Inside(k, variant),
                        };
                        let best_other = KINDS.iter().filter(|&&k| k != kind).map(|&k| score(other(k))).max();
                        score(label).saturating_sub(best_other.unwrap_or(0))
                    }
                };
                lead as f64 * f64::from(self.scale)
            })
            .collect();
        (path.into_iter().map(label_at).collect(), margins)
    }

    fn emissions(&self, feats: &SentenceFeatures) -> Vec<i64> {
        let n = feats.len();
        let mut emit = vec![0i64; n * LABELS];
        for i in 0..n {
            let mut acc = [0i32; LABELS];
            for &h in feats.token(i) {
                if let Some(&row) = self.rows.get(&key32(h)) {
                    let at = row as usize * LABELS;
                    if let Some(w) = self.weights.get(at..at + LABELS) {
                        for (a, &x) in acc.iter_mut().zip(w) {
                            *a = a.saturating_add(i32::from(x));
                        }
                    }
                }
            }
            for (e, a) in emit[i * LABELS..(i + 1) * LABELS].iter_mut().zip(acc) {
                *e = i64::from(a);
            }
            emit[i * LABELS] += self.outside_bias;
        }
        emit
    }

    /// The number of stored features.
    pub(crate) fn feature_count(&self) -> usize {
        self.rows.len()
    }

    pub(crate) fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer(Vec::new());
        w.0.extend_from_slice(MAGIC);
        w.0.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        w.0.extend_from_slice(&(LABELS as u32).to_le_bytes());
        w.0.extend_from_slice(&self.scale.to_le_bytes());
        w.svarint(self.outside_bias);
        for &s in &self.start {
            w.svarint(s);
        }
        for row in &self.trans {
            for &t in row {
                w.svarint(t);
            }
        }
        let mut keys: Vec<(u32, u32)> = self.rows.iter().map(|(&k, &r)| (k, r)).collect();
        keys.sort_unstable();
        w.varint(keys.len() as u64);
        let mut prev = 0u64;
        for &(k, _) in &keys {
            w.varint(u64::from(k) - prev);
            prev = u64::from(k);
        }
        for &(_, r) in &keys {
            let at = r as usize * LABELS;
            let row = &self.weights[at..at + LABELS];
            let mask = row.iter().enumerate().fold(0u64, |m, (i, &x)| if x != 0 { m | 1 << i } else { m });
            w.varint(mask);
            for &x in row.iter().filter(|&&x| x != 0) {
                w.svarint(i64::from(x));
            }
        }
        w.varint(self.lexicon.len() as u64);
        let mut prev: &[u8] = &[];
        for (word, e) in self.lexicon.iter() {
            let b = word.as_bytes();
            let shared = prev.iter().zip(b).take_while(|(a, b)| a == b).count().min(255);
            w.0.push(shared as u8);
            w.varint((b.len() - shared) as u64);
            w.0.extend_from_slice(&b[shared..]);
            w.varint(u64::from(e.cluster));
            w.0.push(e.prob);
            w.0.push(e.flags);
            prev = b;
        }
        w.0
    }

    pub(crate) fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(8)? != MAGIC {
            return Err(ModelError::new("not a newslens entity model (wrong magic bytes)"));
        }
        let version = r.u32()?;
        if version != FORMAT_VERSION {
            return Err(ModelError::new(format!(
                "model format {version}, this build reads format {FORMAT_VERSION}: retrain or use a matching build"
            )));
        }
        if r.u32()? as usize != LABELS {
            return Err(ModelError::new("wrong number of labels"));
        }
        let scale = f32::from_bits(r.u32()?);
        if !scale.is_finite() || scale <= 0.0 {
            return Err(ModelError::new("bad weight scale"));
        }
        let outside_bias = r.svarint_bounded()?;
        let mut start = [0i64; LABELS];
        for s in &mut start {
            *s = r.svarint_bounded()?;
        }
        let mut trans = [[0i64; LABELS]; LABELS];
        for row in &mut trans {
            for t in row.iter_mut() {
                *t = r.svarint_bounded()?;
            }
        }
        let n = r.count()?;
        let mut keys = Vec::with_capacity(n);
        let mut prev = 0u64;
        for i in 0..n {
            let d = r.varint()?;
            if i > 0 && d == 0 {
                return Err(ModelError::new("feature keys not increasing"));
            }
            prev = prev
                .checked_add(d)
                .filter(|&k| k <= u64::from(u32::MAX))
                .ok_or_else(|| ModelError::new("feature key out of range"))?;
            keys.push(prev as u32);
        }
        let mut weights = vec![0i16; n * LABELS];
        for (i, row) in weights.chunks_exact_mut(LABELS).enumerate().take(n) {
            let _ = i;
            let mask = r.varint()?;
            if mask >> LABELS != 0 {
                return Err(ModelError::new("bad weight mask"));
            }
            for (y, x) in row.iter_mut().enumerate() {
                if mask & (1 << y) != 0 {
                    let v = r.svarint()?;
                    *x = i16::try_from(v).map_err(|_| ModelError::new("weight out of range"))?;
                }
            }
        }
        let mut rows = FastMap::default();
        rows.reserve(n);
        for (i, k) in keys.into_iter().enumerate() {
            rows.insert(k, i as u32);
        }
        let m = r.count()?;
        let mut lexicon = Lexicon::default();
        // Eight bytes a word is a generous guess at the text; it only saves regrowing.
        lexicon.reserve(m, m * 8);
        let mut word: Vec<u8> = Vec::new();
        for _ in 0..m {
            let shared = usize::from(r.u8()?);
            if shared > word.len() {
                return Err(ModelError::new("bad word table"));
            }
            word.truncate(shared);
            let len = r.count()?;
            word.extend_from_slice(r.take(len)?);
            let cluster = u32::try_from(r.varint()?).map_err(|_| ModelError::new("bad cluster"))?;
            let prob = r.u8()?;
            let flags = r.u8()?;
            let s = std::str::from_utf8(&word).map_err(|_| ModelError::new("word table is not UTF-8"))?;
            lexicon.push(s, Entry { cluster, prob, flags });
        }
        if r.at != bytes.len() {
            return Err(ModelError::new("trailing bytes after the word table"));
        }
        Ok(Model { scale, outside_bias, start, trans, rows, weights, lexicon })
    }
}

struct Writer(Vec<u8>);

impl Writer {
    fn varint(&mut self, mut v: u64) {
        loop {
            let b = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.0.push(b);
                return;
            }
            self.0.push(b | 0x80);
        }
    }

    fn svarint(&mut self, v: i64) {
        self.varint(((v << 1) ^ (v >> 63)) as u64);
    }
}

/// Reads with every access bounds-checked: a truncated or corrupt file is an error, never a
/// panic.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self.at.checked_add(n).ok_or_else(truncated)?;
        let s = self.bytes.get(self.at..end).ok_or_else(truncated)?;
        self.at = end;
        Ok(s)
    }

    fn u8(&mut self) -> Result<u8, ModelError> {
        Ok(self.take(1)?[0])
    }

    fn u32(&mut self) -> Result<u32, ModelError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn varint(&mut self) -> Result<u64, ModelError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(ModelError::new("varint too long"))
    }

    fn svarint(&mut self) -> Result<i64, ModelError> {
        let v = self.varint()?;
        Ok((v >> 1) as i64 ^ -((v & 1) as i64))
    }

    /// A transition weight, bounded so that sums over any sentence cannot overflow.
    fn svarint_bounded(&mut self) -> Result<i64, ModelError> {
        let v = self.svarint()?;
        if v.unsigned_abs() > 1 << 40 {
            return Err(ModelError::new("transition weight out of range"));
        }
        Ok(v)
    }

    /// A count of items that each take at least one byte: larger than the rest of the file
    /// means corrupt, and checking first keeps a bad count from allocating gigabytes.
    fn count(&mut self) -> Result<usize, ModelError> {
        let n = self.varint()?;
        let left = (self.bytes.len() - self.at) as u64;
        if n > left {
            return Err(truncated());
        }
        Ok(n as usize)
    }
}

fn truncated() -> ModelError {
    ModelError::new("the file is truncated or corrupt")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_indices_round_trip() {
        for i in 0..LABELS {
            assert_eq!(label_index(label_at(i)), i, "{i}");
        }
        assert_eq!(label_at(1).to_string(), "B-PER");
        assert_eq!(label_at(2).to_string(), "I-PER");
        assert_eq!(label_at(6).to_string(), "I-PERpart");
        assert_eq!(label_at(LABELS + 3), Label::Outside);
    }

    #[test]
    fn inside_labels_follow_their_begin_only() {
        for from in 0..LABELS {
            for to in 0..LABELS {
                let inside = to != 0 && to % 2 == 0;
                let expected = !inside || (from == to - 1 || from == to);
                assert_eq!(allowed(Some(from), to), expected, "{from} -> {to}");
            }
        }
    }

    #[test]
    fn viterbi_respects_bio() {
        // Emissions prefer I-PER alone at the start: the decoder must not emit it there.
        let mut emit = vec![0i64; 2 * LABELS];
        emit[2] = 100;
        emit[LABELS + 2] = 100;
        let path = viterbi(&emit, &[0i64; LABELS], &[[0i64; LABELS]; LABELS]);
        assert_ne!(path[0], 2);
        assert!(allowed(Some(path[0]), path[1]));
        assert!(viterbi::<i64>(&[], &[0; LABELS], &[[0; LABELS]; LABELS]).is_empty());
    }

    #[test]
    fn viterbi_picks_best_path() {
        // B-LOC then I-LOC beats O O when emissions say so.
        let b_loc = label_index(Label::Begin(EntityKind::Loc, Variant::Name));
        let i_loc = label_index(Label::Inside(EntityKind::Loc, Variant::Name));
        let mut emit = vec![0i64; 2 * LABELS];
        emit[b_loc] = 5;
        emit[LABELS + i_loc] = 5;
        assert_eq!(viterbi(&emit, &[0i64; LABELS], &[[0i64; LABELS]; LABELS]), vec![b_loc, i_loc]);
    }
}
