//! The one hash function of the tagger: features and lexicon lookups hash with it, so it must
//! give the same value on every target (wasm32 and native alike) and never change without a new
//! model format version.

#[cfg(feature = "train")]
use std::hash::{BuildHasher, Hasher};

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

/// FNV-1a over a feature's template number and its parts, with a final mix so that the low bits
/// (which pick hash-table slots) depend on every input byte.
#[derive(Clone, Copy)]
pub(crate) struct FeatureHash(u64);

impl FeatureHash {
    pub(crate) fn new(template: u8) -> FeatureHash {
        FeatureHash(OFFSET).byte(template)
    }

    #[inline]
    fn byte(self, b: u8) -> FeatureHash {
        FeatureHash((self.0 ^ u64::from(b)).wrapping_mul(PRIME))
    }

    /// Adds a string; a separator keeps ("ab", "c") apart from ("a", "bc").
    #[inline]
    pub(crate) fn str(self, s: &str) -> FeatureHash {
        self.bytes(s.as_bytes())
    }

    /// [`str`](Self::str) for bytes.
    #[inline]
    pub(crate) fn bytes(self, s: &[u8]) -> FeatureHash {
        let mut h = self;
        for &b in s {
            h = h.byte(b);
        }
        h.byte(0xff)
    }

    #[inline]
    pub(crate) fn num(self, n: u32) -> FeatureHash {
        n.to_le_bytes().iter().fold(self, |h, &b| h.byte(b))
    }

    #[inline]
    pub(crate) fn finish(self) -> u64 {
        mix(self.0)
    }
}

/// splitmix64's finaliser.
#[inline]
pub(crate) fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The 32-bit key a feature is stored under in a model file.
#[inline]
pub(crate) fn key32(h: u64) -> u32 {
    (h ^ (h >> 32)) as u32
}

/// Training's `HashMap` hasher, for keys that are already well mixed (feature keys) or short words: far
/// faster than SipHash, and nothing here needs protection from chosen collisions beyond what a
/// per-process-independent function gives (a slow article, never a wrong one).
#[cfg(feature = "train")]
#[derive(Clone, Copy, Default)]
pub(crate) struct FastHasher(u64);

#[cfg(feature = "train")]
impl Hasher for FastHasher {
    #[inline]
    fn finish(&self) -> u64 {
        mix(self.0)
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { OFFSET } else { self.0 };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(PRIME);
        }
        self.0 = h;
    }

    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.0 = (self.0 ^ u64::from(n)).wrapping_mul(PRIME) ^ u64::from(n);
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0 ^ n).wrapping_mul(PRIME) ^ n;
    }
}

#[cfg(feature = "train")]
#[derive(Clone, Copy, Default, Debug)]
pub(crate) struct FastBuild;

#[cfg(feature = "train")]
impl BuildHasher for FastBuild {
    type Hasher = FastHasher;
    fn build_hasher(&self) -> FastHasher {
        FastHasher(0)
    }
}

#[cfg(feature = "train")]
pub(crate) type FastMap<K, V> = std::collections::HashMap<K, V, FastBuild>;

/// A small deterministic generator (splitmix64) for shuffling training sentences.
#[cfg(feature = "train")]
pub(crate) struct Rng(u64);

#[cfg(feature = "train")]
impl Rng {
    pub(crate) fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        mix(self.0)
    }

    /// Fisher–Yates.
    pub(crate) fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}
