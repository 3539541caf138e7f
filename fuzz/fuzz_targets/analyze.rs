//! The whole analysis of any text, in both formats, with every tagger, and its export.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens::engine::{analyze, Format};
use newslens_fuzz::invariants::{check_analysis, check_export};
use newslens_fuzz::taggers;

fuzz_target!(|data: &[u8]| {
    let Some((&choice, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let format = if choice & 1 == 0 { Format::Article } else { Format::Markdown };
    let tagger = &taggers()[usize::from(choice >> 1) % taggers().len()];
    let analysis = analyze(&text, format, tagger);
    check_analysis(&analysis);
    check_export(&analysis);
});
