//! The Markdown path on any text: front matter, nesting and raw HTML never break the spans.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens::engine::{parse, Format, InlineKind};
use newslens_fuzz::invariants::check_document;

fuzz_target!(|data: &[u8]| {
    let source = String::from_utf8_lossy(data);
    let doc = parse(&source, Format::Markdown);
    check_document(&doc);
    // Only web and mail links survive.
    for style in doc.blocks.iter().flat_map(|b| &b.inline) {
        if let InlineKind::Link(href) = &style.kind {
            let lower = href.to_ascii_lowercase();
            assert!(["http://", "https://", "mailto:"].iter().any(|p| lower.starts_with(p)), "unsafe link {href:?}");
        }
    }
});
