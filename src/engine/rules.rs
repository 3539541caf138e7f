//! Dates, times and numbers, found by rules.
use super::{Found, Span};
pub(crate) fn find(_text: &str, _tokens: &[Span]) -> Vec<Found> { Vec::new() }
