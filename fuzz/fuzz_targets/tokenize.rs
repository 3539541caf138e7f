//! Sentences and tokens of any span of any text, the span picked by the first two bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens::engine::{sentences, tokens};
use newslens::engine::Span;
use newslens_fuzz::invariants::check_tokenisation;

/// The char boundary at or before `fraction / 255` of the text.
fn boundary(text: &str, fraction: u8) -> usize {
    let mut at = text.len() * usize::from(fraction) / 255;
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fuzz_target!(|data: &[u8]| {
    let (span_bytes, rest) = data.split_at(data.len().min(2));
    let text = String::from_utf8_lossy(rest);
    let (a, b) = match span_bytes {
        [a, b] => (boundary(&text, (*a).min(*b)), boundary(&text, (*a).max(*b))),
        _ => (0, text.len()),
    };
    for span in [Span::new(0, text.len()), Span::new(a, b)] {
        let toks = tokens(&text, span);
        let sents = sentences(&text, span);
        check_tokenisation(&text, span, &toks, &sents);
    }
});
