//! Labelled sentences in GermEval 2014 TSV or CoNLL, and strict span counts as `ner_score.py`
//! takes them: what `newslens tag` and `newslens train` read, and what the training progress
//! lines and the dev-score test count. Text in, data out; reading files is the caller's.

use super::Label;
use crate::engine::{EntityKind, Variant};

/// One sentence of a labelled file: its tokens and, where the file gives them, their labels.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LabelledSentence {
    pub tokens: Vec<String>,
    pub labels: Vec<Option<Label>>,
}

/// Whether a line starting with `#` is the token `#` itself (`#<TAB>O` in CoNLL) rather than a
/// comment; the scorer decides the same way.
fn is_hash_token_line(line: &str) -> bool {
    let mut cols = line.split('\t');
    cols.next() == Some("#") && cols.next().is_some_and(|l| Label::parse(l).is_some()) && cols.next().is_none()
}

/// Parses GermEval 2014 TSV (`index<TAB>token<TAB>outer<TAB>inner`, `#` comment lines) or CoNLL
/// (token first, label last), a blank line between sentences. The error names the line.
pub fn parse_labelled(text: &str) -> Result<Vec<LabelledSentence>, String> {
    let mut out = Vec::new();
    let mut cur = LabelledSentence::default();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        if line.starts_with('#') && !is_hash_token_line(line) {
            continue;
        }
        if line.trim().is_empty() {
            if !cur.tokens.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let (token, label) = if cols.len() >= 4 && cols[0].bytes().all(|b| b.is_ascii_digit()) && !cols[0].is_empty() {
            (cols[1], Some(cols[2]))
        } else if cols.len() >= 2 {
            (cols[0], cols.last().copied())
        } else {
            (cols[0], None)
        };
        let label = match label.map(str::trim) {
            None => None,
            Some(l) => Some(Label::parse(l).ok_or_else(|| format!("line {}: unknown label {l:?}", n + 1))?),
        };
        cur.tokens.push(token.to_string());
        cur.labels.push(label);
    }
    if !cur.tokens.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// Strict span matches over sentences: a predicted span counts only where start, end and type
/// all match a gold span.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SpanCounts {
    pub true_positives: usize,
    pub false_positives: usize,
    pub false_negatives: usize,
}

impl SpanCounts {
    /// Adds one sentence's gold and predicted labels.
    pub fn add(&mut self, gold: &[Label], predicted: &[Label]) {
        let (g, p) = (spans(gold), spans(predicted));
        let hit = p.iter().filter(|s| g.contains(s)).count();
        self.true_positives += hit;
        self.false_positives += p.len() - hit;
        self.false_negatives += g.len() - hit;
    }

    pub fn precision(&self) -> f64 {
        ratio(self.true_positives, self.true_positives + self.false_positives)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.true_positives, self.true_positives + self.false_negatives)
    }

    pub fn f1(&self) -> f64 {
        ratio(2 * self.true_positives, 2 * self.true_positives + self.false_positives + self.false_negatives)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// A span's first token, its end (exclusive), and its type (kind and variant).
type LabelledSpan = (usize, usize, (EntityKind, Variant));

/// Spans as the scorer reads BIO: an `I-` of another type (or after `O`) opens a span.
fn spans(labels: &[Label]) -> Vec<LabelledSpan> {
    let mut out = Vec::new();
    let mut open: Option<(usize, (EntityKind, Variant))> = None;
    for (i, label) in labels.iter().copied().chain([Label::Outside]).enumerate() {
        let continues = matches!((label, open), (Label::Inside(k, v), Some((_, t))) if t == (k, v));
        if !continues {
            if let Some((start, t)) = open.take() {
                out.push((start, i, t));
            }
            if let Label::Begin(k, v) | Label::Inside(k, v) = label {
                open = Some((i, (k, v)));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(names: &[&str]) -> Vec<Label> {
        names.iter().map(|l| Label::parse(l).unwrap()).collect()
    }

    #[test]
    fn parses_germeval_and_conll() {
        let text = "#\thttp://x\t[2010]\t\n1\tDie\tO\tO\n2\t#\tO\tO\n3\tNATO\tB-ORG\tO\n\n#\tO\nBerlin\tB-LOC\n";
        let s = parse_labelled(text).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].tokens, ["Die", "#", "NATO"]);
        assert_eq!(s[1].tokens, ["#", "Berlin"]);
        assert_eq!(s[1].labels[1].unwrap().to_string(), "B-LOC");
        assert_eq!(parse_labelled("1\tX\tB-FOO\tO\n").unwrap_err(), "line 1: unknown label \"B-FOO\"");
    }

    #[test]
    fn spans_like_the_scorer() {
        use EntityKind::*;
        let l = labels(&["B-PER", "I-PER", "I-LOC", "O", "I-ORG", "B-LOCderiv", "I-LOC"]);
        let name = Variant::Name;
        assert_eq!(
            spans(&l),
            vec![
                (0, 2, (Per, name)),
                (2, 3, (Loc, name)),
                (4, 5, (Org, name)),
                (5, 6, (Loc, Variant::Deriv)),
                (6, 7, (Loc, name))
            ]
        );
    }

    #[test]
    fn counts_strict_matches() {
        let mut c = SpanCounts::default();
        c.add(&labels(&["B-PER", "I-PER", "O", "B-LOC"]), &labels(&["B-PER", "O", "O", "B-LOC"]));
        assert_eq!(c, SpanCounts { true_positives: 1, false_positives: 1, false_negatives: 1 });
        assert_eq!(c.f1(), 0.5);
        assert_eq!(SpanCounts::default().f1(), 0.0);
    }
}
