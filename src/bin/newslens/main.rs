//! `newslens`: the command-line face of the engine.
//!
//! ```text
//! newslens annotate FILE [--format F] the Analysis as JSON (offsets in bytes and code points)
//! newslens tag FILE                 GermEval TSV / CoNLL in, `token<TAB>label` out
//! newslens train --train F --dev F --out DIR   train the entity tagger
//! newslens quotes FILE.jsonl        quotations as JSON lines, offsets in code points
//! newslens upgrade-model OLD NEW    rewrite a format-2 entity model in the current format
//! newslens index DIR --out SITE     copy an archive's articles into the site, with their index
//! ```

mod annotate;
mod args;
mod error;
mod index;
mod model;
mod ner;
mod quotes;

use std::process::ExitCode;

use args::{Args, Spec};
use error::Error;

const USAGE: &str = "\
usage: newslens <command> [options]

commands:
  annotate FILE [--model FILE] [--format article|markdown|lines]
                                   print the analysis of an article as JSON; the format is
                                   the extension's (.md Markdown, else article) unless given
  tag FILE [--model FILE]          tag GermEval TSV or CoNLL tokens, print token<TAB>label
  train --train FILE --dev FILE --out DIR [--seed N]
                                   train the entity tagger, printing dev F1 as it goes
  quotes FILE.jsonl [--model FILE] print quotations for each {\"id\", \"text\"} line
                                   (each text read as lines: paragraphs, one a line)
  upgrade-model OLD NEW            rewrite an entity model of format 2 in the current format
  index DIR --out SITE             copy the articles in DIR to SITE/articles/ with their index
                                   (names hold content hashes); print index.html's manifest
";

fn main() -> ExitCode {
    let mut raw = std::env::args_os().skip(1);
    let command = raw.next().map(|c| c.to_string_lossy().into_owned());
    let run = |spec: &Spec, run: fn(&Args) -> Result<(), Error>| {
        let name = command.as_deref().unwrap_or_default();
        Args::parse(name, raw, spec).and_then(|args| run(&args))
    };
    let result = match command.as_deref() {
        Some("annotate") => run(&annotate::SPEC, annotate::run),
        Some("tag") => run(&ner::TAG_SPEC, ner::run_tag),
        Some("train") => run(&ner::TRAIN_SPEC, ner::run_train),
        Some("quotes") => run(&quotes::SPEC, quotes::run),
        Some("upgrade-model") => run(&model::UPGRADE_SPEC, model::run_upgrade),
        Some("index") => run(&index::SPEC, index::run),
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(Error::usage(format!("no command {other:?}"))),
        None => Err(Error::usage("no command given")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("newslens: {err}");
            if err.is_usage() {
                eprint!("{USAGE}");
            }
            ExitCode::FAILURE
        }
    }
}
