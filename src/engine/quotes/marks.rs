//! Pairing quotation marks of every typography by position and context.
//!
//! A mark can open when a non-space follows it and a space, bracket or other mark precedes it;
//! it can close when a non-space precedes it. A closing mark pairs with the nearest open mark of
//! its kind among the few innermost ones, so unbalanced marks cost at most a constant each and
//! the whole pass stays linear. Apostrophes ("geht's", "Stoltenbergs'") pair with nothing.
//!
//! German style leaves a quotation that runs over several paragraphs open at each paragraph's
//! end and reopens it at the next one's start; such a quotation becomes one pair with one
//! segment per paragraph.

use super::Doc;

/// How many open marks a closing one looks through for its partner.
const REACH: usize = 8;

/// A matched pair of quotation marks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Pair {
    /// Token ranges, inclusive: from an opening mark to the last token of the segment (the
    /// closing mark for the last segment). More than one for a quote over several paragraphs.
    pub segments: Vec<(usize, usize)>,
    /// How many quotations enclose this one.
    pub depth: usize,
}

impl Pair {
    pub fn open(&self) -> usize {
        self.segments.first().map_or(0, |s| s.0)
    }

    pub fn close(&self) -> usize {
        self.segments.last().map_or(0, |s| s.1)
    }
}

struct Open {
    tok: usize,
    mark: char,
    carried: Vec<(usize, usize)>,
}

/// Whether `close` ends a quotation opened by `open`.
fn closes(open: char, close: char) -> bool {
    match open {
        '„' => matches!(close, '“' | '”' | '"'),
        '‚' => matches!(close, '‘' | '’' | '\''),
        '“' => matches!(close, '”' | '“'),
        '‘' => matches!(close, '’'),
        '»' => close == '«',
        '«' => close == '»',
        '›' => close == '‹',
        '‹' => close == '›',
        '"' => matches!(close, '"' | '“' | '”'),
        '\'' => close == '\'' || close == '’',
        _ => false,
    }
}

fn can_start(c: char) -> bool {
    !matches!(c, '”' | '’')
}

fn opening_context(prev: Option<char>) -> bool {
    prev.is_none_or(|p| {
        p.is_whitespace()
            || matches!(p, '(' | '[' | '{' | '/' | '-' | '–' | '—' | ':' | '\u{FEFF}')
            || crate::engine::token::is_quote_mark(p)
    })
}

/// Pairs the quotation marks among the document's tokens, outer and nested, in order of their
/// closing marks.
pub(crate) fn pair(d: &Doc) -> Vec<Pair> {
    let mut out = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut carry: Option<(char, Vec<(usize, usize)>)> = None;
    for i in 0..d.len() {
        let new_block = i == 0 || d.block[i] != d.block[i - 1];
        if new_block {
            carry = None;
            // An outermost quotation still open at a paragraph's end continues when the next
            // paragraph opens with the same mark.
            if i > 0 {
                if let Some(bottom) = stack.first() {
                    if d.mark(i) == Some(bottom.mark) && matches!(bottom.mark, '„' | '»' | '«' | '“' | '"') {
                        let mut segments = bottom.carried.clone();
                        segments.push((bottom.tok, i - 1));
                        carry = Some((bottom.mark, segments));
                    }
                }
            }
            stack.clear();
        }
        let Some(c) = d.mark(i) else { continue };
        let (prev, next) = d.around(i);
        let prev_solid = prev.is_some_and(|p| !p.is_whitespace());
        let next_solid = next.is_some_and(|n| !n.is_whitespace());
        let is_single = matches!(c, '\'' | '’' | '‘');
        // Apostrophes: inside a word, or after a word ending in s with no single quote open.
        if is_single && prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric) {
            continue;
        }
        let open_single = stack.iter().rev().take(REACH).any(|o| closes(o.mark, c));
        if (c == '\'' || c == '’') && !open_single && prev.is_some_and(char::is_alphabetic) {
            continue;
        }
        let can_close = prev_solid && (next.is_none_or(|n| !n.is_alphanumeric()) || matches!(c, '“' | '«' | '»'));
        let can_open = can_start(c) && next_solid && (opening_context(prev) || matches!(c, '„' | '»' | '«'));
        if can_close {
            let depth = stack.len();
            let found = (depth.saturating_sub(REACH)..depth).rev().find(|&k| closes(stack[k].mark, c));
            if let Some(k) = found {
                stack.truncate(k + 1);
                if let Some(open) = stack.pop() {
                    let mut segments = open.carried;
                    segments.push((open.tok, i));
                    out.push(Pair { segments, depth: stack.len() });
                }
                continue;
            }
        }
        if can_open {
            let carried = match carry.take() {
                Some((mark, segments)) if mark == c && new_block => segments,
                _ => Vec::new(),
            };
            stack.push(Open { tok: i, mark: c, carried });
        }
    }
    out
}
