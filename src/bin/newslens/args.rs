//! A command's arguments, read with lexopt: its positional arguments in order, the options it
//! takes with their values, and its flags. An option the command does not take is an error (a
//! misspelt `--modle` must not silently fall back to a default), and so is a missing value.

use std::ffi::OsString;

use lexopt::prelude::*;

use crate::error::Error;

/// The options a command takes, by their long names without the dashes.
pub struct Spec {
    /// Options followed by a value: `--model FILE`.
    pub values: &'static [&'static str],
    /// Options that stand alone: `--crf`.
    pub flags: &'static [&'static str],
}

/// One command's arguments as read.
#[derive(Debug, Default)]
pub struct Args {
    positional: Vec<String>,
    values: Vec<(&'static str, String)>,
    flags: Vec<&'static str>,
}

impl Args {
    /// Reads `raw` (the arguments after the command's name) for `command`, whose options are
    /// `spec`. Errors are usage errors naming the command; arguments that are not UTF-8 too.
    pub fn parse(command: &str, raw: impl IntoIterator<Item = OsString>, spec: &Spec) -> Result<Args, Error> {
        let usage = |e: lexopt::Error| Error::usage(format!("{command}: {e}"));
        let mut parser = lexopt::Parser::from_args(raw);
        let mut args = Args::default();
        while let Some(arg) = parser.next().map_err(usage)? {
            match arg {
                Long(name) => {
                    if let Some(&known) = spec.values.iter().find(|&&v| v == name) {
                        let value = parser.value().map_err(usage)?.string().map_err(usage)?;
                        args.values.push((known, value));
                    } else if let Some(&known) = spec.flags.iter().find(|&&f| f == name) {
                        args.flags.push(known);
                    } else {
                        return Err(Error::usage(format!("{command}: no option --{name}")));
                    }
                }
                Value(value) => args.positional.push(value.string().map_err(usage)?),
                other => return Err(usage(other.unexpected())),
            }
        }
        Ok(args)
    }

    /// The `i`-th positional argument (from 0).
    pub fn positional(&self, i: usize) -> Option<&str> {
        self.positional.get(i).map(String::as_str)
    }

    /// The value of `--name`, the last one given.
    pub fn value(&self, name: &str) -> Option<&str> {
        self.values.iter().rev().find(|(n, _)| *n == name).map(|(_, v)| v.as_str())
    }

    /// Whether `--name` was given.
    pub fn flag(&self, name: &str) -> bool {
        self.flags.contains(&name)
    }
}
