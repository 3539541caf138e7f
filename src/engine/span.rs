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
