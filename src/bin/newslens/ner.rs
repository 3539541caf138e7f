//! `newslens tag` and `newslens train`.

use crate::error::Error;

pub fn run_tag(_args: &[String]) -> Result<(), Error> {
    Err(Error::usage("tag: not built yet"))
}

pub fn run_train(_args: &[String]) -> Result<(), Error> {
    Err(Error::usage("train: not built yet"))
}
