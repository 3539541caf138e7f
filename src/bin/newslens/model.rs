//! Which tagger a command uses: `--model FILE`, else the committed `model/ner.bin`, else the
//! provisional rule tagger (with a warning, so a score is never silently the wrong tagger's).

use newslens::engine::Tagger;

use crate::error::{option, Error};

/// The model file committed with the source.
const DEFAULT_MODEL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/model/ner.bin");

pub fn load(args: &[String]) -> Result<Tagger, Error> {
    let (path, explicit) = match option(args, "--model") {
        Some(p) => (p, true),
        None => (DEFAULT_MODEL, false),
    };
    match std::fs::read(path) {
        Ok(bytes) => Tagger::from_bytes(&bytes).map_err(|e| Error::input(format!("{path}: {e}"))),
        Err(e) if explicit => Err(Error::io(path, e)),
        Err(_) => {
            eprintln!("newslens: no model at {path}; using the provisional rule tagger");
            Ok(Tagger::provisional())
        }
    }
}
