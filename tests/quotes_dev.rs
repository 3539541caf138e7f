//! Quotation scores on the German news quotation data set's train and dev splits, with the
//! committed model (`../shared/data/quotes-de/`; licence CC BY-NC-SA, read at test time, never
//! copied). The tests are ignored without the data (`cargo test -- --include-ignored` runs them;
//! `scripts/test.sh` does when the data is there).
//!
//! The matching mirrors `quote_score.py`: same group, at least half the union of characters
//! shared (punctuation, quotation marks and space at either end not counted), one-to-one, best
//! overlap first. The scorer itself stays the reference: these floors only catch regressions.
#![cfg(feature = "cli")]

use std::collections::HashSet;

use newslens::engine::{analyze, Format, QuoteKind, Tagger};
use serde_json::Value;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/quotes-de");
const MODEL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/model/ner.bin");

fn group(kind: &str) -> &'static str {
    match kind {
        "Direct" => "direct",
        "Indirect" | "IndirectFreeIndirect" | "FreeIndirect" => "indirect",
        _ => "reported",
    }
}

fn group_of(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "direct",
        QuoteKind::Reported => "reported",
        _ => "indirect",
    }
}

fn trimmed(chars: &[char], spans: &[(usize, usize)]) -> HashSet<usize> {
    let trim = |c: char| c.is_whitespace() || "\"'„“”‚‘’»«›‹.,:;!?–—-()".contains(c);
    let mut out = HashSet::new();
    for &(b, e) in spans {
        let (mut b, mut e) = (b.min(chars.len()), e.min(chars.len()));
        while b < e && trim(chars[b]) {
            b += 1;
        }
        while e > b && trim(chars[e - 1]) {
            e -= 1;
        }
        out.extend(b..e);
    }
    out
}

fn spans(v: &Value) -> Vec<(usize, usize)> {
    v.as_array()
        .map(|a| a.iter().filter_map(|p| Some((p.get(0)?.as_u64()? as usize, p.get(1)?.as_u64()? as usize))).collect())
        .unwrap_or_default()
}

#[derive(Default)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
    speaker_ok: usize,
    with_speaker: usize,
}

impl Counts {
    fn f1(&self) -> f64 {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    fn precision(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }

    fn attributed_f1(&self) -> f64 {
        let wrong = self.with_speaker - self.speaker_ok;
        let tp = self.tp - wrong;
        let p = tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = tp as f64 / (self.tp + self.fn_).max(1) as f64;
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Direct, indirect and reported counts over one split.
fn scores(split: &str) -> (Counts, Counts, Counts) {
    let path = format!("{DATA}/{split}.jsonl");
    let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e} (the test needs ../shared)"));
    let tagger = Tagger::from_bytes(&std::fs::read(MODEL).expect("model/ner.bin")).expect("model/ner.bin loads");
    let mut direct = Counts::default();
    let mut indirect = Counts::default();
    let mut reported = Counts::default();
    for line in source.lines().filter(|l| !l.trim().is_empty()) {
        let doc: Value = serde_json::from_str(line).expect("a JSON line");
        let text = doc["text"].as_str().unwrap_or("");
        let chars: Vec<char> = text.chars().collect();
        let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        let to_char = |b: usize| starts.partition_point(|&s| s < b);
        let analysis = analyze(text, Format::Lines, &tagger);
        for (name, counts) in [("direct", &mut direct), ("indirect", &mut indirect), ("reported", &mut reported)] {
            let gold: Vec<(HashSet<usize>, HashSet<usize>)> = doc["quotes"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|q| group(q["type"].as_str().unwrap_or("")) == name)
                .map(|q| (trimmed(&chars, &spans(&q["quote"])), trimmed(&chars, &spans(&q["speaker"]))))
                .collect();
            let pred: Vec<(HashSet<usize>, HashSet<usize>)> = analysis
                .quotes
                .iter()
                .filter(|q| group_of(q.kind) == name)
                .map(|q| {
                    let quote: Vec<_> = q.spans.iter().map(|s| (to_char(s.start), to_char(s.end))).collect();
                    let speaker: Vec<_> = q.speaker.iter().map(|s| (to_char(s.start), to_char(s.end))).collect();
                    (trimmed(&chars, &quote), trimmed(&chars, &speaker))
                })
                .collect();
            let mut pairs = Vec::new();
            for (i, g) in gold.iter().enumerate() {
                for (j, p) in pred.iter().enumerate() {
                    if !g.0.is_empty() && !p.0.is_empty() {
                        let score = g.0.intersection(&p.0).count() as f64 / g.0.union(&p.0).count() as f64;
                        if score >= 0.5 {
                            pairs.push((score, i, j));
                        }
                    }
                }
            }
            pairs.sort_by(|a, b| b.partial_cmp(a).unwrap_or(std::cmp::Ordering::Equal));
            let (mut used_g, mut used_p) = (HashSet::new(), HashSet::new());
            for (_, i, j) in pairs {
                if used_g.contains(&i) || used_p.contains(&j) {
                    continue;
                }
                used_g.insert(i);
                used_p.insert(j);
                counts.tp += 1;
                if !gold[i].1.is_empty() {
                    counts.with_speaker += 1;
                    if !gold[i].1.is_disjoint(&pred[j].1) {
                        counts.speaker_ok += 1;
                    }
                }
            }
            counts.fn_ += gold.len() - used_g.len();
            counts.fp += pred.len() - used_p.len();
        }
    }
    println!(
        "{split}: direct F1 {:.4} attributed F1 {:.4} indirect F1 {:.4} reported P {:.4} F1 {:.4}",
        direct.f1(),
        direct.attributed_f1(),
        indirect.f1(),
        reported.precision(),
        reported.f1()
    );
    (direct, indirect, reported)
}

// Floors a little under the figures in the README: they catch regressions, the shared scorer
// gives the figures.
#[test]
#[ignore = "needs ../shared"]
fn dev_scores() {
    let (direct, indirect, reported) = scores("dev");
    assert!(direct.f1() >= 0.915, "direct F1 {:.4}", direct.f1());
    assert!(direct.attributed_f1() >= 0.825, "attributed F1 {:.4}", direct.attributed_f1());
    assert!(indirect.f1() >= 0.72, "indirect F1 {:.4}", indirect.f1());
    // Reported speech: precision first, a wrong entry costs more trust than a missing one.
    assert!(reported.precision() >= 0.65, "reported precision {:.4}", reported.precision());
    assert!(reported.f1() >= 0.275, "reported F1 {:.4}", reported.f1());
}

#[test]
#[ignore = "needs ../shared"]
fn train_scores() {
    let (direct, indirect, reported) = scores("train");
    assert!(direct.f1() >= 0.90, "direct F1 {:.4}", direct.f1());
    assert!(direct.attributed_f1() >= 0.775, "attributed F1 {:.4}", direct.attributed_f1());
    assert!(indirect.f1() >= 0.715, "indirect F1 {:.4}", indirect.f1());
    assert!(reported.precision() >= 0.70, "reported precision {:.4}", reported.precision());
    assert!(reported.f1() >= 0.50, "reported F1 {:.4}", reported.f1());
}
