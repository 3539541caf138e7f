//! The trained model: linear weights per (feature, label), label transition weights, and the
//! lexicon its features read; Viterbi decoding; and the file format of `model/ner.bin`.
//!
//! The file is used where it lies: loading checks the header and the sizes and ends of the
//! sections (constant time), copies the 650 transition weights out, and keeps the bytes; every
//! feature weight and every word is then read from them when a sentence is tagged. No map is
//! built, so loading costs about what reading the bytes does.
//!
//! Layout, format 4. Little-endian throughout. Only the word table starts at a multiple of 8
//! bytes; every field is read byte-wise, so the bytes may sit at any address.
//!
//! ```text
//! offset  field
//!      0  [u8; 8]  magic "NLNER\0\0\x01"
//!      8  u32      format version (4)
//!     12  u32      label count (25: O, then B- and I- of each kind × variant)
//!     16  f32      weight scale: a weight is an integer times this
//!     20  u32      feature bucket bits f (0..=24)
//!     24  i64      outside bias, added to every token's `O` score
//!     32  u32      feature count n
//!     36  u32      wide weight count E
//!     40  u32      word table length W, in bytes
//!     44  u32      0 (reserved)
//!     48  i64 × 25       start weights
//!    248  i64 × 25 × 25  transition weights, from-major
//!   5248  u32 × (2^f + 1)    feature directory: bucket k holds features dir[k]..dir[k + 1]
//!         ceil(n·(32 - f) / 8) bytes   keys, sorted: each key's low 32 - f bits, packed
//!                            least significant bit first
//!         i8 × 25 × n        weights, feature-major: feature i's row is bytes 25·i..25·i + 25
//!         E × (u32 feature index · 32 + label, i16 weight)   wide weights, sorted
//!         zero bytes up to a multiple of 8
//!         word table (W bytes; layout in `lexicon.rs`); end of file
//! ```
//!
//! A feature's key is its 32-bit hash ([`key32`]); its bucket is the key's top `f` bits, chosen
//! so that a bucket holds four to eight keys. The keys are kept apart from the weights: a lookup
//! reads a directory entry (the directory is small enough to stay in cache) and a few bytes of
//! keys, and a feature found at index `i` adds its row of 25 weights at once, as format 2's
//! in-memory table did (most lookups find their feature: 85 % on GermEval dev). A stored weight
//! of -128 stands for one outside -127..=127, read from the wide weights (a handful in a trained
//! model). Rows are mostly zeros, which costs bytes in memory but few once compressed: about what
//! a mask of the non-zero labels and their weights compress to. Start, transition and bias
//! values are bounded by 2^40 so no sum over a sentence overflows.

use std::ops::Range;

use super::features::{extract, SentenceFeatures};
use super::hash::key32;
use super::lexicon::{Lexicon, WordTable};
use super::{Label, ModelError};
use crate::engine::{EntityKind, Variant};

/// O, then B- and I- for each of the 12 kinds × variants.
pub(crate) const LABELS: usize = 25;
const KINDS: [EntityKind; 4] = [EntityKind::Per, EntityKind::Loc, EntityKind::Org, EntityKind::Oth];
const VARIANTS: [Variant; 3] = [Variant::Name, Variant::Deriv, Variant::Part];

pub(crate) const MAGIC: &[u8; 8] = b"NLNER\0\0\x01";
/// Bump when features, hashing or layout change: an old file then fails to load instead of
/// tagging nonsense. Format 2 (varint-coded, decoded into maps at load) converts with
/// [`super::legacy`].
pub(crate) const FORMAT_VERSION: u32 = 4;
/// Where the start weights begin: the end of the fixed header.
const START_AT: usize = 48;
/// Where the feature directory begins: after the start and transition weights.
const DIR_AT: usize = START_AT + 8 * LABELS * (LABELS + 1);
/// The stored weight that sends a lookup to the wide table: |weight| > 127 is rare (5 of
/// 470,000 in the committed model).
const WIDE: i8 = i8::MIN;
/// A wide table entry: u32 feature index × 32 + label, i16 weight.
const WIDE_ENTRY: usize = 6;
/// The largest start, transition or bias value: sums over any sentence stay far from overflow.
const MAX_SCORE: u64 = 1 << 40;

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
    if (index - 1).is_multiple_of(2) {
        Label::Begin(kind, variant)
    } else {
        Label::Inside(kind, variant)
    }
}

/// Whether label `to` may follow `from` (`None`: sentence start). `I-X` continues `B-X`/`I-X`
/// only, as in every GermEval sentence.
pub(crate) fn allowed(from: Option<usize>, to: usize) -> bool {
    if to == 0 || (to - 1).is_multiple_of(2) {
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
                // Not `s <= NEG`: a score that compares with nothing is skipped too.
                #[allow(clippy::neg_cmp_op_on_partial_ord)]
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

/// What a model is made of, as training or a conversion produces it.
pub(crate) struct Parts<'a> {
    pub scale: f32,
    pub outside_bias: i64,
    pub start: [i64; LABELS],
    pub trans: [[i64; LABELS]; LABELS],
    /// Feature key and its weight per label; keys given twice add up.
    pub features: Vec<(u32, [i16; LABELS])>,
    pub lexicon: &'a Lexicon,
}

/// A trained tagger: the model file's bytes and where its sections lie.
#[derive(Clone)]
pub(crate) struct Model {
    bytes: Vec<u8>,
    pub(crate) scale: f32,
    /// Added to the score of `O` at every token: a negative bias trades precision for recall.
    /// Kept here, not in `bytes`, so it can be changed; [`Model::to_bytes`] writes it back.
    pub(crate) outside_bias: i64,
    start: [i64; LABELS],
    trans: [[i64; LABELS]; LABELS],
    feature_bits: u32,
    feature_count: usize,
    feature_dir: Range<usize>,
    keys: Range<usize>,
    rows: Range<usize>,
    wide: Range<usize>,
    words: Range<usize>,
}

impl std::fmt::Debug for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Model({} features, {:?})", self.feature_count, self.word_table())
    }
}

#[inline]
fn le32(b: &[u8], at: usize) -> Option<u32> {
    let s = b.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

fn le64(b: &[u8], at: usize) -> Option<u64> {
    let s = b.get(at..at.checked_add(8)?)?;
    let mut a = [0u8; 8];
    a.copy_from_slice(s);
    Some(u64::from_le_bytes(a))
}

/// The most bucket bits a header may declare: bounds the directory a corrupt file can ask for.
const MAX_BUCKET_BITS: u32 = 24;

/// Bucket bits for `n` entries: one to two entries a bucket.
fn bucket_bits(n: usize) -> u32 {
    let bits = usize::BITS - n.saturating_sub(1).leading_zeros();
    bits.saturating_sub(1).min(MAX_BUCKET_BITS)
}

/// Feature buckets for `n` features: four to eight keys a bucket.
fn feature_bits(n: usize) -> u32 {
    bucket_bits(n).saturating_sub(2)
}

/// The key array's length in bytes: `n` keys of `width` bits.
fn keys_len(n: usize, width: u32) -> Option<usize> {
    Some(n.checked_mul(width as usize)?.div_ceil(8))
}

/// The `j`th `width`-bit key of a packed array; 0 past its end (the directory is checked
/// against the count at load, so only a corrupt file reads there).
#[inline]
fn packed_key(keys: &[u8], width: u32, j: usize) -> u32 {
    let Some(bit) = j.checked_mul(width as usize) else { return 0 };
    let at = bit / 8;
    let word = match keys.get(at..at + 8) {
        Some(s) => u64::from_le_bytes([s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]]),
        None => {
            // The last few keys: fewer than 8 bytes are left.
            let mut b = [0u8; 8];
            let rest = keys.get(at..).unwrap_or_default();
            b[..rest.len().min(8)].copy_from_slice(&rest[..rest.len().min(8)]);
            u64::from_le_bytes(b)
        }
    };
    ((word >> (bit % 8)) & ((1u64 << width) - 1)) as u32
}

/// The feature weights read in place.
struct FeatureTable<'a> {
    /// The bucket bits: `key >> (32 - bits)` is a key's bucket, and the low `32 - bits` bits
    /// are what the key array holds.
    bits: u32,
    dir: &'a [u8],
    keys: &'a [u8],
    rows: &'a [u8],
    wide: &'a [u8],
}

impl FeatureTable<'_> {
    /// Adds the weights stored under each of `hashes` (feature hashes, [`key32`] of each is the
    /// key) to `acc`. A corrupt entry reads as a missing feature or as other weights, never as
    /// a panic.
    ///
    /// The lookups go in passes over a chunk of keys: the directory entries of all, then the
    /// first key of each bucket, then the scans, so that reads which do not depend on each other
    /// can overlap. Natively this measured the same as one lookup after another (within the
    /// noise of a shared machine); it costs nothing there and may help where memory is slower.
    #[inline]
    fn add_all(&self, hashes: &[u64], acc: &mut [i32; LABELS]) {
        const CHUNK: usize = 32;
        let width = 32 - self.bits;
        let low = (1u64 << width) - 1;
        // A corrupt directory may name any range: no scan goes past the features there are.
        let count = self.rows.len() / LABELS;
        for chunk in hashes.chunks(CHUNK) {
            // (first feature, end, the key's stored bits)
            let mut spans = [(0usize, 0usize, 0u32); CHUNK];
            for (s, &h) in spans.iter_mut().zip(chunk) {
                let key = u64::from(key32(h));
                let k = (key >> width) as usize;
                let first = le32(self.dir, 4 * k).unwrap_or(0) as usize;
                let end = (le32(self.dir, 4 * k + 4).unwrap_or(0) as usize).min(count);
                *s = (first, end, (key & low) as u32);
            }
            let mut heads = [0u32; CHUNK];
            for (head, s) in heads.iter_mut().zip(&spans[..chunk.len()]) {
                *head = packed_key(self.keys, width, s.0);
            }
            for (&(first, end, want), &head) in spans[..chunk.len()].iter().zip(&heads) {
                if first >= end || head > want {
                    continue;
                }
                if head == want {
                    self.add_weights(first, acc);
                    continue;
                }
                // Keys are sorted within a bucket.
                for i in first + 1..end {
                    let found = packed_key(self.keys, width, i);
                    if found >= want {
                        if found == want {
                            self.add_weights(i, acc);
                        }
                        break;
                    }
                }
            }
        }
    }

    /// Adds the weights of the feature at index `i`: its row of one i8 a label.
    #[inline]
    fn add_weights(&self, i: usize, acc: &mut [i32; LABELS]) {
        // `i` comes from the directory: checked, so a corrupt index on a 32-bit target misses.
        let Some(at) = i.checked_mul(LABELS) else { return };
        let Some(row) = self.rows.get(at..).and_then(|r| r.get(..LABELS)) else { return };
        let mut wide = false;
        // Cannot overflow: a token has a few hundred features at most, each weight under 2^15.
        for (a, &x) in acc.iter_mut().zip(row) {
            wide |= x as i8 == WIDE;
            *a = a.wrapping_add(i32::from(x as i8));
        }
        if wide {
            for (y, (a, &x)) in acc.iter_mut().zip(row).enumerate() {
                if x as i8 == WIDE {
                    *a = a.wrapping_sub(i32::from(WIDE)).wrapping_add(self.wide_weight(i, y));
                }
            }
        }
    }

    /// A weight outside the range of `i8`, from the wide table (0 if missing).
    #[cold]
    fn wide_weight(&self, i: usize, y: usize) -> i32 {
        let want = (i as u64) << 5 | y as u64;
        let count = self.wide.len() / WIDE_ENTRY;
        let at = |e: usize| le32(self.wide, WIDE_ENTRY * e).map_or(u64::MAX, u64::from);
        let (mut lo, mut hi) = (0, count);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if at(mid) < want {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        match self.wide.get(WIDE_ENTRY * lo..WIDE_ENTRY * lo + WIDE_ENTRY) {
            Some(e) if at(lo) == want => i32::from(i16::from_le_bytes([e[4], e[5]])),
            _ => 0,
        }
    }
}

impl Model {
    pub(crate) fn tag(&self, words: &[&str]) -> Vec<Label> {
        let mut feats = SentenceFeatures::default();
        extract(words, &self.word_table(), &mut feats);
        let emit = self.emissions(&feats);
        viterbi(&emit, &self.start, &self.trans).into_iter().map(label_at).collect()
    }

    /// The labels, and for each word how far its label's kind leads the best other kind of
    /// the same position and variant (`B-LOC` against `B-PER`, `B-ORG`, `B-OTH`), in the
    /// model's real weight units; 0 for `O`. This is the tagger's confidence in the kind.
    pub(crate) fn tag_with_margins(&self, words: &[&str]) -> (Vec<Label>, Vec<f64>) {
        let mut feats = SentenceFeatures::default();
        extract(words, &self.word_table(), &mut feats);
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

    fn section(&self, range: &Range<usize>) -> &[u8] {
        // Ranges were checked against the bytes at load.
        self.bytes.get(range.clone()).unwrap_or_default()
    }

    pub(crate) fn word_table(&self) -> WordTable<'_> {
        WordTable::new(self.section(&self.words)).unwrap_or_default()
    }

    fn feature_table(&self) -> FeatureTable<'_> {
        FeatureTable {
            bits: self.feature_bits,
            dir: self.section(&self.feature_dir),
            keys: self.section(&self.keys),
            rows: self.section(&self.rows),
            wide: self.section(&self.wide),
        }
    }

    fn emissions(&self, feats: &SentenceFeatures) -> Vec<i64> {
        let table = self.feature_table();
        let n = feats.len();
        let mut emit = vec![0i64; n * LABELS];
        for (i, e) in emit.chunks_exact_mut(LABELS).enumerate() {
            let mut acc = [0i32; LABELS];
            table.add_all(feats.token(i), &mut acc);
            for (e, a) in e.iter_mut().zip(acc) {
                *e = i64::from(a);
            }
            e[0] += self.outside_bias;
        }
        emit
    }

    /// The number of stored features.
    pub(crate) fn feature_count(&self) -> usize {
        self.feature_count
    }

    /// The file: the bytes loaded, with the current outside bias.
    pub(crate) fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = self.bytes.clone();
        if let Some(b) = bytes.get_mut(24..32) {
            b.copy_from_slice(&self.outside_bias.to_le_bytes());
        }
        bytes
    }

    /// Lays out a model in format 4 and loads it.
    pub(crate) fn build(parts: &Parts) -> Model {
        let mut features = parts.features.clone();
        features.sort_by_key(|f| f.0);
        features.dedup_by(|later, kept| {
            if later.0 != kept.0 {
                return false;
            }
            for (k, l) in kept.1.iter_mut().zip(later.1) {
                *k = k.saturating_add(l);
            }
            true
        });
        let bits = feature_bits(features.len());
        let width = 32 - bits;
        let mut dir: Vec<u32> = Vec::with_capacity((1 << bits) + 1);
        let mut keys = vec![0u8; keys_len(features.len(), width).unwrap_or(0)];
        let mut rows = Vec::with_capacity(LABELS * features.len());
        let mut wide = Vec::new();
        for (i, (key, row)) in features.iter().enumerate() {
            let k = (u64::from(*key) >> width) as usize;
            while dir.len() <= k {
                dir.push(i as u32);
            }
            let low = u64::from(*key) & ((1u64 << width) - 1);
            for b in 0..width as usize {
                let bit = i * width as usize + b;
                keys[bit / 8] |= (((low >> b) & 1) as u8) << (bit % 8);
            }
            for (y, &x) in row.iter().enumerate() {
                match i8::try_from(x) {
                    Ok(x) if x != WIDE => rows.push(x as u8),
                    _ => {
                        rows.push(WIDE as u8);
                        wide.extend_from_slice(&((i as u32) << 5 | y as u32).to_le_bytes());
                        wide.extend_from_slice(&x.to_le_bytes());
                    }
                }
            }
        }
        dir.resize((1 << bits) + 1, features.len() as u32);
        let words = parts.lexicon.as_bytes();
        let clamp = |v: i64| v.clamp(-(MAX_SCORE as i64), MAX_SCORE as i64);

        let mut b = Vec::with_capacity(DIR_AT + 4 * dir.len() + keys.len() + rows.len() + words.len() + 64);
        b.extend_from_slice(MAGIC);
        b.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        b.extend_from_slice(&(LABELS as u32).to_le_bytes());
        b.extend_from_slice(&parts.scale.to_le_bytes());
        b.extend_from_slice(&bits.to_le_bytes());
        b.extend_from_slice(&clamp(parts.outside_bias).to_le_bytes());
        b.extend_from_slice(&(features.len() as u32).to_le_bytes());
        b.extend_from_slice(&((wide.len() / WIDE_ENTRY) as u32).to_le_bytes());
        b.extend_from_slice(&(words.len() as u32).to_le_bytes());
        b.extend_from_slice(&0u32.to_le_bytes());
        for &s in &parts.start {
            b.extend_from_slice(&clamp(s).to_le_bytes());
        }
        for &t in parts.trans.iter().flatten() {
            b.extend_from_slice(&clamp(t).to_le_bytes());
        }
        dir.iter().for_each(|d| b.extend_from_slice(&d.to_le_bytes()));
        b.extend_from_slice(&keys);
        b.extend_from_slice(&rows);
        b.extend_from_slice(&wide);
        b.resize(b.len().next_multiple_of(8), 0);
        b.extend_from_slice(words);
        // Every size above fits its field for any model training can make (a file under 4 GiB),
        // so the layout just written always loads.
        Model::from_bytes(b).expect("a model laid out by build loads")
    }

    /// Checks the header and where each section lies, then keeps the bytes as they are.
    pub(crate) fn from_bytes(bytes: Vec<u8>) -> Result<Model, ModelError> {
        if bytes.get(..8) != Some(MAGIC.as_slice()) {
            return Err(ModelError::new("not a newslens entity model (wrong magic bytes)"));
        }
        let version = le32(&bytes, 8).ok_or_else(truncated)?;
        if version == 2 {
            return Err(ModelError::new(format!(
                "the file is in model format 2, this build reads format {FORMAT_VERSION}: convert it with \
                 `newslens upgrade-model FILE NEW-FILE` (the tags stay the same) or retrain with `newslens train`"
            )));
        }
        if version != FORMAT_VERSION {
            return Err(ModelError::new(format!(
                "model format {version}, this build reads format {FORMAT_VERSION}: retrain with `newslens train`, \
                 convert the model's format-2 file with `newslens upgrade-model`, or use a matching build"
            )));
        }
        if bytes.len() < DIR_AT {
            return Err(truncated());
        }
        let u32_at = |at| le32(&bytes, at).unwrap_or(0);
        if u32_at(12) as usize != LABELS {
            return Err(ModelError::new("wrong number of labels"));
        }
        let scale = f32::from_bits(u32_at(16));
        if !scale.is_finite() || scale <= 0.0 {
            return Err(ModelError::new("bad weight scale"));
        }
        let feature_bits = u32_at(20);
        if feature_bits > MAX_BUCKET_BITS {
            return Err(ModelError::new("too many feature buckets"));
        }
        let bounded = |at: usize| -> Result<i64, ModelError> {
            let v = le64(&bytes, at).unwrap_or(0) as i64;
            if v.unsigned_abs() > MAX_SCORE {
                return Err(ModelError::new("transition weight out of range"));
            }
            Ok(v)
        };
        let outside_bias = bounded(24)?;
        let feature_count = u32_at(32) as usize;
        let wide_count = u32_at(36) as usize;
        let words_len = u32_at(40) as usize;
        if u32_at(44) != 0 {
            return Err(ModelError::new("reserved header field is not zero"));
        }
        let mut start = [0i64; LABELS];
        for (y, s) in start.iter_mut().enumerate() {
            *s = bounded(START_AT + 8 * y)?;
        }
        let mut trans = [[0i64; LABELS]; LABELS];
        for (i, t) in trans.iter_mut().flatten().enumerate() {
            *t = bounded(START_AT + 8 * LABELS + 8 * i)?;
        }

        // Section bounds, each after the one before. The counts are u32, so every length is
        // below 2^38 and a sum of a few of them cannot overflow on 64 bits; on 32 bits the
        // checked additions refuse what no memory could hold.
        let n = feature_count;
        let mut at = DIR_AT;
        let mut next = |len: Option<usize>| -> Result<Range<usize>, ModelError> {
            let end = len.and_then(|l| at.checked_add(l)).ok_or_else(truncated)?;
            let range = at..end;
            at = end;
            Ok(range)
        };
        let feature_dir = next(Some(4 * ((1usize << feature_bits) + 1)))?;
        let keys = next(keys_len(n, 32 - feature_bits))?;
        let rows = next(n.checked_mul(LABELS))?;
        let wide = next(wide_count.checked_mul(WIDE_ENTRY))?;
        let words_at = at.checked_next_multiple_of(8).ok_or_else(truncated)?;
        let words_end = words_at.checked_add(words_len).ok_or_else(truncated)?;
        if words_end > bytes.len() {
            return Err(truncated());
        }
        if words_end < bytes.len() {
            return Err(ModelError::new("trailing bytes after the word table"));
        }
        if bytes.get(at..words_at).is_none_or(|pad| pad.iter().any(|&b| b != 0)) {
            return Err(ModelError::new("padding before the word table is not zero"));
        }
        if le32(&bytes, feature_dir.start) != Some(0) || le32(&bytes, feature_dir.end - 4) != Some(n as u32) {
            return Err(ModelError::new("feature directory does not match the feature count"));
        }
        let words = words_at..words_end;
        if let Err(why) = WordTable::new(bytes.get(words.clone()).unwrap_or_default()) {
            return Err(ModelError::new(why));
        }
        Ok(Model {
            bytes,
            scale,
            outside_bias,
            start,
            trans,
            feature_bits,
            feature_count,
            feature_dir,
            keys,
            rows,
            wide,
            words,
        })
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
