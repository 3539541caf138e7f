//! `newslens quotes`.

use crate::error::Error;

pub fn run(_args: &[String]) -> Result<(), Error> {
    Err(Error::usage("quotes: not built yet"))
}
