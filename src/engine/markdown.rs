//! Markdown articles.
use super::Document;
pub(crate) fn parse(source: &str) -> Document { super::article::parse_text(source) }
