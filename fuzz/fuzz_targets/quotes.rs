//! The quotation finder, through the whole analysis, on texts built from quotation marks,
//! speech verbs and speakers (see `pieces_text`), in both formats and with every tagger.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens::engine::{analyze, Format};
use newslens_fuzz::invariants::check_analysis;
use newslens_fuzz::{pieces_text, taggers};

fuzz_target!(|data: &[u8]| {
    let Some((&choice, rest)) = data.split_first() else { return };
    let text = pieces_text(rest);
    let format = if choice & 1 == 0 { Format::Article } else { Format::Markdown };
    let tagger = &taggers()[usize::from(choice >> 1) % taggers().len()];
    let analysis = analyze(&text, format, tagger);
    check_analysis(&analysis);
});
