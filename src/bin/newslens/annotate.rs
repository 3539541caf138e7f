//! `newslens annotate`.

use crate::error::Error;

pub fn run(_args: &[String]) -> Result<(), Error> {
    Err(Error::usage("annotate: not built yet"))
}
