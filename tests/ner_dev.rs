//! The committed model on the GermEval 2014 development set: a regression floor under its
//! score. Skips, saying so, when the data is not beside the repository.
//!
//! The figures in model/MODEL.md come from `ner_score.py`; this test counts strict outer spans
//! the same way, only to catch a model or feature change that loses accuracy.

use newslens::engine::ner::Label;
use newslens::engine::Tagger;

const MODEL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/model/ner.bin");
const DEV: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/germeval2014/NER-de-dev.tsv");

/// (tokens, outer labels) per sentence; `#` comment lines skipped.
fn read_dev(text: &str) -> Vec<(Vec<String>, Vec<String>)> {
    let mut out = Vec::new();
    let mut cur = (Vec::new(), Vec::new());
    for line in text.lines() {
        if line.trim().is_empty() {
            if !cur.0.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() >= 4 && cols[0].bytes().all(|b| b.is_ascii_digit()) {
            cur.0.push(cols[1].to_string());
            cur.1.push(cols[2].to_string());
        }
    }
    if !cur.0.is_empty() {
        out.push(cur);
    }
    out
}

fn spans(labels: &[String]) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, String)> = None;
    for (i, l) in labels.iter().map(String::as_str).chain(["O"]).enumerate() {
        let (prefix, typ) = l.split_once('-').unwrap_or((l, ""));
        let continues = prefix == "I" && open.as_ref().is_some_and(|(_, t)| t == typ);
        if !continues {
            if let Some((s, t)) = open.take() {
                out.push((s, i, t));
            }
            if prefix == "B" || prefix == "I" {
                open = Some((i, typ.to_string()));
            }
        }
    }
    out
}

#[test]
fn dev_f1_stays_above_its_floor() {
    let Ok(text) = std::fs::read_to_string(DEV) else {
        println!("skipped: GermEval 2014 dev data not found at {DEV}");
        return;
    };
    let tagger = Tagger::from_bytes(&std::fs::read(MODEL).expect("model/ner.bin")).expect("model loads");
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for (tokens, gold) in read_dev(&text) {
        let words: Vec<&str> = tokens.iter().map(String::as_str).collect();
        let pred: Vec<String> = tagger.tag(&words).iter().map(Label::to_string).collect();
        let (g, p) = (spans(&gold), spans(&pred));
        let hit = p.iter().filter(|s| g.contains(s)).count();
        tp += hit;
        fp += p.len() - hit;
        fn_ += g.len() - hit;
    }
    let f1 = 2.0 * tp as f64 / (2 * tp + fp + fn_) as f64;
    println!("dev strict F1 {f1:.4}");
    // MODEL.md reports 0.776 for the committed model.
    assert!(f1 >= 0.77, "dev F1 {f1:.4} fell below 0.77");
}
