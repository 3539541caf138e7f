//! Byte spans into the analysed text.

use serde::{Deserialize, Serialize};

use super::Found;

/// A half-open byte range `start..end` into a text, on `char` boundaries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span {start}..{end}");
        Span { start, end }
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The text the span covers, or "" when it does not fit the text (never panics).
    pub fn slice(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The span in Unicode code points instead of bytes, for JSON consumers.
    pub fn to_chars(self, text: &str) -> (usize, usize) {
        let start = text.get(..self.start).map_or(0, |t| t.chars().count());
        (start, start + self.slice(text).chars().count())
    }

    /// The span in UTF-16 code units, for JavaScript strings.
    pub fn to_utf16(self, text: &str) -> (usize, usize) {
        let start = text.get(..self.start).map_or(0, |t| t.encode_utf16().count());
        (start, start + self.slice(text).encode_utf16().count())
    }
}

/// A list of spans as one byte string for serde: each span's start and end as a little-endian
/// `u32`, 8 bytes a span. For `#[serde(with = "span_list")]`.
///
/// The browser's analysis worker sends an article's spans to the page as a value the page then
/// reads field by field; a list of `{start, end}` objects costs two lookups across the wasm
/// boundary per span (an article has about a thousand tokens), a byte string one copy. A span
/// past `u32::MAX` does not serialise (an error, not a wrap); reading takes bytes or, from
/// formats without bytes (JSON), a sequence of byte values.
pub mod span_list {
    use serde::de::{SeqAccess, Visitor};
    use serde::ser::Error as _;
    use serde::{Deserializer, Serializer};

    use super::Span;

    pub fn serialize<S: Serializer>(spans: &[Span], serializer: S) -> Result<S::Ok, S::Error> {
        let mut bytes = Vec::with_capacity(spans.len() * 8);
        for span in spans {
            for offset in [span.start, span.end] {
                let offset = u32::try_from(offset).map_err(|_| S::Error::custom("a span offset past u32::MAX"))?;
                bytes.extend_from_slice(&offset.to_le_bytes());
            }
        }
        serializer.serialize_bytes(&bytes)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Span>, D::Error> {
        deserializer.deserialize_byte_buf(SpanBytes)
    }

    struct SpanBytes;

    impl<'de> Visitor<'de> for SpanBytes {
        type Value = Vec<Span>;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("spans as bytes, 8 a span")
        }

        fn visit_bytes<E: serde::de::Error>(self, bytes: &[u8]) -> Result<Vec<Span>, E> {
            if !bytes.len().is_multiple_of(8) {
                return Err(E::invalid_length(bytes.len(), &self));
            }
            let offset = |b: &[u8]| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize;
            let spans = bytes.chunks_exact(8).map(|b| Span { start: offset(&b[..4]), end: offset(&b[4..]) });
            // A decoded span that ends before it starts would break every caller's slicing.
            spans
                .map(|s| if s.start <= s.end { Ok(s) } else { Err(E::custom("a span ends before it starts")) })
                .collect()
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<Span>, A::Error> {
            let mut bytes = Vec::with_capacity(seq.size_hint().unwrap_or(0));
            while let Some(byte) = seq.next_element::<u8>()? {
                bytes.push(byte);
            }
            self.visit_bytes(&bytes)
        }
    }
}

/// Keeps mentions that do not overlap, preferring the earlier-listed one where two collide, and
/// returns them in text order. The rules come before the tagger, so a date beats a name guess
/// (`annotate` first drops an amount that lies inside a name, "Hannover 96").
pub(crate) fn resolve_overlaps(found: Vec<Found>) -> Vec<Found> {
    // Kept spans by start; they never overlap, so only the neighbours of a new span can collide.
    let mut kept: std::collections::BTreeMap<usize, Found> = std::collections::BTreeMap::new();
    for f in found {
        if f.span.is_empty() {
            continue;
        }
        let before = kept.range(..f.span.end).next_back().map(|(_, k)| k.span);
        if before.is_some_and(|b| b.overlaps(f.span)) {
            continue;
        }
        kept.insert(f.span.start, f);
    }
    kept.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Spans(#[serde(with = "span_list")] Vec<Span>);

    #[test]
    fn span_lists_travel_as_little_endian_bytes() {
        let spans = Spans(vec![Span::new(0, 5), Span::new(6, 300), Span::new(300, 300)]);
        let json = serde_json::to_string(&spans).expect("serialises");
        // JSON has no bytes: serde writes them as a list of numbers, which reads back too.
        assert_eq!(json, "[0,0,0,0,5,0,0,0,6,0,0,0,44,1,0,0,44,1,0,0,44,1,0,0]");
        assert_eq!(serde_json::from_str::<Spans>(&json).expect("deserialises"), spans);
        assert_eq!(serde_json::from_str::<Spans>("[]").expect("deserialises"), Spans(Vec::new()));
    }

    #[test]
    fn span_lists_reject_what_is_no_list_of_spans() {
        let cases = [
            ("[0,0,0,0,5,0,0]", "not a whole span"),
            ("[5,0,0,0,1,0,0,0]", "ends before it starts"),
            ("[256,0,0,0,0,0,0,0]", "not a byte"),
            ("{\"start\":0}", "not a list"),
        ];
        for (json, why) in cases {
            assert!(serde_json::from_str::<Spans>(json).is_err(), "{why}: {json}");
        }
        if let Ok(far) = usize::try_from(u64::from(u32::MAX) + 1) {
            assert!(serde_json::to_string(&Spans(vec![Span::new(0, far)])).is_err(), "a span past u32::MAX");
        }
    }

    #[test]
    fn offsets_in_chars_and_utf16() {
        let text = "Größe 😀 Kiew";
        let kiew = Span::new(text.find("Kiew").unwrap(), text.len());
        assert_eq!(kiew.to_chars(text), (8, 12));
        assert_eq!(kiew.to_utf16(text), (9, 13));
    }

    #[test]
    fn earlier_listed_mention_wins_an_overlap() {
        use crate::engine::{EntityKind, Variant};
        let found = |start, end, kind| Found { span: Span::new(start, end), kind, variant: Variant::Name };
        let kept = resolve_overlaps(vec![
            found(10, 20, EntityKind::Date),
            found(0, 5, EntityKind::Num),
            found(15, 25, EntityKind::Per),
            found(5, 11, EntityKind::Loc),
            found(20, 22, EntityKind::Org),
        ]);
        let spans: Vec<_> = kept.iter().map(|f| (f.span.start, f.span.end)).collect();
        assert_eq!(spans, [(0, 5), (10, 20), (20, 22)]);
    }

    #[test]
    fn slice_out_of_range_is_empty() {
        assert_eq!(Span::new(3, 99).slice("abc"), "");
    }
}
