//! Quotations.
use super::{Block, Cluster, Mention, Quote, Span};
pub(crate) fn find(_text: &str, _blocks: &[Block], _sentences: &[Span], _tokens: &[Span], _mentions: &[Mention], _clusters: &[Cluster]) -> Vec<Quote> { Vec::new() }
