//! The CLI's one error type: what went wrong and what to do about it.

use std::fmt;

#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Debug)]
enum ErrorKind {
    Usage(String),
    Io { path: String, err: std::io::Error },
    Input(String),
}

impl Error {
    pub fn usage(msg: impl Into<String>) -> Error {
        Error { kind: ErrorKind::Usage(msg.into()) }
    }

    pub fn io(path: &str, err: std::io::Error) -> Error {
        Error { kind: ErrorKind::Io { path: path.to_string(), err } }
    }

    /// The input could be read but not understood.
    pub fn input(msg: impl Into<String>) -> Error {
        Error { kind: ErrorKind::Input(msg.into()) }
    }

    pub fn is_usage(&self) -> bool {
        matches!(self.kind, ErrorKind::Usage(_))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Usage(msg) => write!(f, "{msg}"),
            ErrorKind::Io { path, err } => write!(f, "cannot read or write {path}: {err}"),
            ErrorKind::Input(msg) => write!(f, "{msg}"),
        }
    }
}

/// Reads a file as text; invalid UTF-8 is replaced (U+FFFD), never fatal.
pub fn read_text(path: &str) -> Result<String, Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
