//! `newslens annotate FILE`: the analysis of one article as JSON (the export schema, with
//! offsets in bytes, code points and UTF-16 code units).

use newslens::engine::{analyze, export::Export, Format};

use crate::error::{positional, read_text, Error};
use crate::model;

pub fn run(args: &[String]) -> Result<(), Error> {
    let path = positional(args).ok_or_else(|| Error::usage("annotate: which file?"))?;
    let tagger = model::load(args)?;
    let source = read_text(path)?;
    let analysis = analyze(&source, Format::from_file_name(path), &tagger);
    let json = serde_json::to_string_pretty(&Export::new(&analysis)).expect("the export serialises");
    println!("{json}");
    Ok(())
}
