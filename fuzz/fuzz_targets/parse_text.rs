//! The plain-text article parser on any text: blocks, credits and title never break the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens::engine::{parse, Format};
use newslens_fuzz::invariants::check_document;

fuzz_target!(|data: &[u8]| {
    let source = String::from_utf8_lossy(data);
    let doc = parse(&source, Format::Article);
    // Plain-text spans index the source itself: the text is the source, but for a CR alone,
    // read as LF (one byte for one).
    assert_eq!(doc.text.len(), source.len());
    assert_eq!(doc.text.replace('\r', "\n"), source.replace('\r', "\n"));
    check_document(&doc);
    assert_eq!(parse(&source, Format::Article), doc, "parsing is deterministic");
});
