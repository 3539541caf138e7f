//! Which tagger a command uses: `--model FILE`, else the committed `model/ner.bin`, else the
//! provisional rule tagger (with a warning, so a score is never silently the wrong tagger's).

use newslens::engine::Tagger;

use crate::args::{Args, Spec};
use crate::error::Error;

/// The model file committed with the source.
const DEFAULT_MODEL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/model/ner.bin");

pub fn load(args: &Args) -> Result<Tagger, Error> {
    let (path, explicit) = match args.value("model") {
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

/// `newslens upgrade-model OLD NEW`: rewrites a model file of format 2 in the current format,
/// with the same weights and words, so it tags exactly as before without retraining.
pub const UPGRADE_SPEC: Spec = Spec { values: &[], flags: &[] };

pub fn run_upgrade(args: &Args) -> Result<(), Error> {
    let (Some(old), Some(new)) = (args.positional(0), args.positional(1)) else {
        return Err(Error::usage("upgrade-model: which file, and where to write the new one?"));
    };
    let bytes = std::fs::read(old).map_err(|e| Error::io(old, e))?;
    let tagger = Tagger::from_format_2(&bytes).map_err(|e| Error::input(format!("{old}: {e}")))?;
    let upgraded = tagger.to_bytes().unwrap_or_default();
    std::fs::write(new, &upgraded).map_err(|e| Error::io(new, e))?;
    let (features, words) = tagger.size();
    eprintln!("wrote {new} ({} bytes; {features} features, {words} words)", upgraded.len());
    Ok(())
}
