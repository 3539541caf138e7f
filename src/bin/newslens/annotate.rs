//! `newslens annotate FILE [--format article|markdown|lines]`: the analysis of one article as
//! JSON (the export schema, with offsets in bytes, code points and UTF-16 code units). Without
//! `--format` the file's extension says: `.md` is Markdown, anything else an article.

use newslens::engine::{analyze, export::Export, Format};

use crate::args::{Args, Spec};
use crate::error::{read_text, Error};
use crate::model;

pub const SPEC: Spec = Spec { values: &["model", "format"], flags: &[] };

pub fn run(args: &Args) -> Result<(), Error> {
    let path = args.positional(0).ok_or_else(|| Error::usage("annotate: which file?"))?;
    let source = read_text(path)?;
    let format = match args.value("format") {
        Some(name) => Format::from_name(name)
            .ok_or_else(|| Error::usage(format!("annotate: --format {name}? use article, markdown or lines")))?,
        None => Format::from_file_name(path),
    };
    let tagger = model::load(args)?;
    let analysis = analyze(&source, format, &tagger);
    let json = serde_json::to_string_pretty(&Export::new(&analysis)).expect("the export serialises");
    println!("{json}");
    Ok(())
}
