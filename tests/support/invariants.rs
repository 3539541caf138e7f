//! The invariants every parse and analysis keeps, whatever the input: checked by the property
//! tests, the robustness tests and the fuzz targets (`fuzz/src/lib.rs` includes this file), so
//! all three hold the engine to the same promises.
//!
//! Each check panics with a message naming the broken promise; that is what a test or a fuzzer
//! needs. Offsets are recounted here from the text itself, never through the engine's own
//! conversions.

#![allow(dead_code)]

use newslens::engine::export::{Export, ExportSpan};
use newslens::engine::{Analysis, Document, Span};

/// `span` lies inside `text`, on `char` boundaries, with `start <= end`.
pub fn check_span(text: &str, span: Span, what: &str) {
    assert!(span.start <= span.end, "{what}: span {span:?} runs backwards");
    assert!(span.end <= text.len(), "{what}: span {span:?} ends past the text ({} bytes)", text.len());
    assert!(text.is_char_boundary(span.start), "{what}: span {span:?} starts inside a character");
    assert!(text.is_char_boundary(span.end), "{what}: span {span:?} ends inside a character");
}

/// Spans that are each valid, non-empty, in text order and never overlapping.
pub fn check_sorted_disjoint(text: &str, spans: &[Span], what: &str) {
    for (i, &s) in spans.iter().enumerate() {
        check_span(text, s, what);
        assert!(!s.is_empty(), "{what} {i}: empty span {s:?}");
        if i > 0 {
            let prev = spans[i - 1];
            assert!(prev.end <= s.start, "{what} {i}: {s:?} overlaps or precedes {prev:?}");
        }
    }
}

/// Every span of `inner` lies inside some span of `outer`; both sorted and disjoint.
pub fn check_nested(inner: &[Span], outer: &[Span], what: &str) {
    let mut o = 0;
    for (i, &s) in inner.iter().enumerate() {
        while o < outer.len() && outer[o].end < s.end {
            o += 1;
        }
        assert!(
            o < outer.len() && outer[o].contains(s),
            "{what} {i}: {s:?} lies in no enclosing span (next is {:?})",
            outer.get(o)
        );
    }
}

/// The document's blocks, credits and inline styles index its text.
pub fn check_document(doc: &Document) {
    let text = doc.text.as_str();
    let blocks: Vec<Span> = doc.blocks.iter().map(|b| b.span).collect();
    check_sorted_disjoint(text, &blocks, "block");
    for (i, b) in doc.blocks.iter().enumerate() {
        if let Some(credit) = b.credit {
            check_span(text, credit, "credit");
            assert!(b.span.end <= credit.start, "block {i}: credit {credit:?} is not after its caption {:?}", b.span);
        }
        for style in &b.inline {
            check_span(text, style.span, "inline style");
            assert!(
                b.span.contains(style.span),
                "block {i}: inline style {:?} reaches outside the block {:?}",
                style.span,
                b.span
            );
        }
    }
}

/// Everything [`Analysis`] promises: spans inside the text on char boundaries, tokens within
/// sentences within blocks, mentions in order and never overlapping, indices that resolve.
pub fn check_analysis(a: &Analysis) {
    check_enclosing_quotes(a);
    let text = a.text();
    check_document(&a.document);
    let blocks: Vec<Span> = a.document.blocks.iter().map(|b| b.span).collect();
    check_sorted_disjoint(text, &a.sentences, "sentence");
    check_sorted_disjoint(text, &a.tokens, "token");
    check_nested(&a.sentences, &blocks, "sentence");
    check_nested(&a.tokens, &a.sentences, "token");
    for (i, t) in a.tokens.iter().enumerate() {
        let word = t.slice(text);
        assert!(
            !word.starts_with(char::is_whitespace) && !word.ends_with(char::is_whitespace),
            "token {i} {word:?} has surrounding whitespace"
        );
    }

    let mentions: Vec<Span> = a.mentions.iter().map(|m| m.span).collect();
    check_sorted_disjoint(text, &mentions, "mention");
    // Each mention is listed by exactly its own cluster (counted, not searched, to stay linear).
    let mut listed = vec![0usize; a.mentions.len()];
    for (c, cluster) in a.clusters.iter().enumerate() {
        for &m in &cluster.mentions {
            assert!(m < a.mentions.len(), "cluster {c}: no mention {m}");
            assert_eq!(a.mentions[m].cluster, c, "cluster {c} lists mention {m} of another cluster");
            listed[m] += 1;
        }
        for &q in &cluster.quotes {
            assert!(q < a.quotes.len(), "cluster {c}: no quote {q}");
        }
    }
    for (i, m) in a.mentions.iter().enumerate() {
        assert!(m.cluster < a.clusters.len(), "mention {i}: no cluster {}", m.cluster);
        assert_eq!(listed[i], 1, "mention {i} is listed {} times by its cluster {}", listed[i], m.cluster);
    }

    for (i, q) in a.quotes.iter().enumerate() {
        assert!(!q.spans.is_empty(), "quote {i} has no span");
        if i > 0 {
            let prev = a.quotes[i - 1].extent();
            assert!(
                prev.start <= q.extent().start,
                "quote {i} {:?} comes before quote {} {prev:?}: quotes are in text order",
                q.extent(),
                i - 1
            );
        }
        for &s in &q.spans {
            check_span(text, s, "quote span");
        }
        q.speaker.into_iter().for_each(|s| check_span(text, s, "speaker"));
        q.cue.into_iter().for_each(|s| check_span(text, s, "cue"));
        if let Some(c) = q.speaker_cluster {
            assert!(c < a.clusters.len(), "quote {i}: no speaker cluster {c}");
        }
    }
}

/// For each byte offset on a char boundary, the code points and UTF-16 units before it,
/// counted directly in one pass (recounting from the start for each span would make the
/// check quadratic on long texts).
fn counts(text: &str) -> Vec<(usize, usize)> {
    let mut table = vec![(usize::MAX, usize::MAX); text.len() + 1];
    let (mut chars, mut units) = (0, 0);
    for (at, c) in text.char_indices() {
        table[at] = (chars, units);
        chars += 1;
        units += c.len_utf16();
    }
    table[text.len()] = (chars, units);
    table
}

fn check_export_span(table: &[(usize, usize)], s: &ExportSpan, what: &str) {
    let (start_char, start_utf16) = table[s.start];
    let (end_char, end_utf16) = table[s.end];
    assert_eq!((s.start_char, s.end_char), (start_char, end_char), "{what} {s:?}: code-point offsets");
    assert_eq!((s.start_utf16, s.end_utf16), (start_utf16, end_utf16), "{what} {s:?}: UTF-16 offsets");
}

/// The export's three offsets of every span agree with counting the text directly. Call after
/// [`check_analysis`], which makes every byte offset safe to slice at.
pub fn check_export(a: &Analysis) {
    let text = a.text();
    let e = Export::new(a);
    assert_eq!(e.text, text);
    assert_eq!(e.blocks.len(), a.document.blocks.len());
    assert_eq!(e.sentences.len(), a.sentences.len());
    assert_eq!(e.entities.len(), a.mentions.len());
    assert_eq!(e.quotes.len(), a.quotes.len());
    let t = counts(text);
    for b in &e.blocks {
        check_export_span(&t, &b.span, "block");
        b.credit.iter().for_each(|c| check_export_span(&t, c, "credit"));
    }
    e.sentences.iter().for_each(|s| check_export_span(&t, s, "sentence"));
    e.entities.iter().for_each(|m| check_export_span(&t, &m.span, "entity"));
    for q in &e.quotes {
        q.spans.iter().for_each(|s| check_export_span(&t, s, "quote"));
        q.speaker.iter().for_each(|s| check_export_span(&t, s, "speaker"));
        q.cue.iter().for_each(|s| check_export_span(&t, s, "cue"));
    }
}

/// Tokens and sentences of `span`, as [`newslens::engine::tokens`] and [`newslens::engine::sentences`] give them: inside the span,
/// on char boundaries, non-empty, in order, tokens free of whitespace and within sentences.
pub fn check_tokenisation(text: &str, span: Span, tokens: &[Span], sentences: &[Span]) {
    check_sorted_disjoint(text, tokens, "token");
    check_sorted_disjoint(text, sentences, "sentence");
    for t in tokens.iter().chain(sentences) {
        assert!(span.contains(*t), "{t:?} lies outside the tokenised span {span:?}");
    }
    for (i, t) in tokens.iter().enumerate() {
        assert!(
            !t.slice(text).contains(char::is_whitespace),
            "token {i} {t:?} contains whitespace: {:?}",
            t.slice(text)
        );
    }
    check_nested(tokens, sentences, "token");
}

/// `Analysis::enclosing_quotes` against a naive reference: each quote's holder is a not-direct
/// quote whose extent strictly holds it, and none smaller holds it. Quadratic, so only for
/// analyses of modest size.
pub fn check_enclosing_quotes(a: &Analysis) {
    if a.quotes.len() > 2000 {
        return;
    }
    let inside = a.enclosing_quotes();
    assert_eq!(inside.len(), a.quotes.len());
    for (i, quote) in a.quotes.iter().enumerate() {
        let extent = quote.extent();
        let holders: Vec<usize> = (0..a.quotes.len())
            .filter(|&j| {
                let outer = a.quotes[j].extent();
                j != i && !a.quotes[j].kind.is_direct() && outer.contains(extent) && outer.len() > extent.len()
            })
            .collect();
        let smallest = holders.iter().map(|&j| a.quotes[j].extent().len()).min();
        match inside[i] {
            Some(j) => {
                assert!(holders.contains(&j), "quote {i}: {j} does not hold it");
                assert_eq!(Some(a.quotes[j].extent().len()), smallest, "quote {i}: a smaller quote holds it");
            }
            None => assert!(holders.is_empty(), "quote {i} is held by {holders:?}"),
        }
    }
}
