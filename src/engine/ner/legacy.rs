//! Reads model format 2, the varint layout before the models were read in place, so a file
//! trained then converts to the current format with the same weights and words
//! (`newslens upgrade-model`) instead of being retrained.
//!
//! Format 2 (little-endian, varints LEB128, signed values zigzag-encoded):
//!
//! ```text
//! magic "NLNER\0\0\x01"  u32 format version (2)  u32 label count (25)  f32 weight scale
//! svarint outside bias
//! start weights: 25 svarints   transition weights: 25×25 svarints (from-major)
//! varint feature count, then the keys as varint deltas (strictly increasing), then per
//!   feature a varint mask of labels with a non-zero weight and one svarint per set bit
//! varint word count, then per word (sorted): u8 bytes shared with the previous word,
//!   varint suffix length, suffix bytes, varint cluster, u8 prob, u8 flags
//! ```

use super::lexicon::{Entry, Lexicon, MAX_WORD_BYTES};
use super::model::{Model, Parts, LABELS, MAGIC};
use super::ModelError;

/// Decodes a format-2 file into a model (laid out in the current format).
pub(crate) fn from_format_2(bytes: &[u8]) -> Result<Model, ModelError> {
    let mut r = Reader { bytes, at: 0 };
    if r.take(8)? != MAGIC {
        return Err(ModelError::new("not a newslens entity model (wrong magic bytes)"));
    }
    let version = r.u32()?;
    if version != 2 {
        return Err(ModelError::new(format!("model format {version}, not format 2: nothing to convert")));
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
    for t in trans.iter_mut().flatten() {
        *t = r.svarint_bounded()?;
    }
    let n = r.count()?;
    let mut features = Vec::with_capacity(n);
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
        features.push((prev as u32, [0i16; LABELS]));
    }
    for (_, row) in &mut features {
        let mask = r.varint()?;
        if mask >> LABELS != 0 {
            return Err(ModelError::new("bad weight mask"));
        }
        for (y, x) in row.iter_mut().enumerate() {
            if mask & (1 << y) != 0 {
                *x = i16::try_from(r.svarint()?).map_err(|_| ModelError::new("weight out of range"))?;
            }
        }
    }
    let m = r.count()?;
    let mut words: Vec<(String, Entry)> = Vec::with_capacity(m);
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
        if s.len() > MAX_WORD_BYTES {
            return Err(ModelError::new(format!("a word longer than {MAX_WORD_BYTES} bytes")));
        }
        words.push((s.to_owned(), Entry { cluster, prob, flags }));
    }
    if r.at != bytes.len() {
        return Err(ModelError::new("trailing bytes after the word table"));
    }
    let lexicon = Lexicon::from_rows(words.iter().map(|(w, e)| (w.as_str(), *e)).collect());
    Ok(Model::build(&Parts { scale, outside_bias, start, trans, features, lexicon: &lexicon }))
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
