//! `newslens tag` and `newslens train`: the file side of the entity tagger.
//!
//! ```text
//! newslens tag FILE [--model FILE]
//! newslens train --train FILE [--dev FILE] --out DIR
//!     [--lexicon FILE|none]   word clusters and lists (default model/lexicon.tsv)
//!     [--seed N] [--epochs N] [--runs N] [--min-count N] [--prune X] [--levels N]
//!     [--pa C] [--crf --l2 X --lr X] [--tune-bias]
//! ```
//!
//! The defaults are the committed model's settings (model/MODEL.md), so the plain command
//! reproduces `model/ner.bin` byte for byte.
//!
//! Both read GermEval 2014 TSV (`index<TAB>token<TAB>outer<TAB>inner`, `#` comment lines) or
//! CoNLL (token first, label last), a blank line between sentences (`engine::ner::eval`).

use std::io::Write;
use std::time::Instant;

use newslens::engine::ner::eval::{parse_labelled, LabelledSentence, SpanCounts};
use newslens::engine::ner::train::{self, Options, Sentence};
use newslens::engine::ner::Label;
use newslens::engine::ner::Lexicon;
use newslens::engine::Tagger;

use crate::args::{Args, Spec};
use crate::error::{read_text, Error};
use crate::model;

/// The lexicon built by `scripts/build-resources.py`.
const DEFAULT_LEXICON: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/model/lexicon.tsv");

/// The labelled sentences of a file, or an error naming the file and line.
fn parse(text: &str, path: &str) -> Result<Vec<LabelledSentence>, Error> {
    parse_labelled(text).map_err(|e| Error::input(format!("{path}: {e}")))
}

pub const TAG_SPEC: Spec = Spec { values: &["model"], flags: &[] };

pub fn run_tag(args: &Args) -> Result<(), Error> {
    let path = args.positional(0).ok_or_else(|| Error::usage("tag: which file?"))?;
    let tagger = model::load(args)?;
    let sentences = parse(&read_text(path)?, path)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let written: std::io::Result<()> = (|| {
        for s in &sentences {
            let words: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
            for (w, l) in words.iter().zip(tagger.tag(&words)) {
                writeln!(out, "{w}\t{l}")?;
            }
            writeln!(out)?;
        }
        out.flush()
    })();
    written.map_err(|e| Error::io("standard output", e))
}

fn number<T: std::str::FromStr>(args: &Args, name: &str, default: T) -> Result<T, Error> {
    match args.value(name) {
        None => Ok(default),
        Some(v) => v.parse().map_err(|_| Error::usage(format!("--{name}: not a number: {v}"))),
    }
}

pub const TRAIN_SPEC: Spec = Spec {
    values: &[
        "train", "dev", "out", "lexicon", "epochs", "seed", "min-count", "prune", "levels", "pa", "runs", "l2", "lr",
    ],
    flags: &["crf", "tune-bias"],
};

pub fn run_train(args: &Args) -> Result<(), Error> {
    let train_path = args.value("train").ok_or_else(|| Error::usage("train: --train FILE is required"))?;
    let dev_path = args.value("dev");
    let out_dir = args.value("out").ok_or_else(|| Error::usage("train: --out DIR is required"))?;
    let lexicon_path = args.value("lexicon").unwrap_or(DEFAULT_LEXICON);
    let defaults = Options::default();
    let options = Options {
        epochs: number(args, "epochs", defaults.epochs)?,
        seed: number(args, "seed", defaults.seed)?,
        min_count: number(args, "min-count", defaults.min_count)?,
        prune: number(args, "prune", defaults.prune)?,
        levels: number(args, "levels", defaults.levels)?,
        pa: number(args, "pa", defaults.pa)?,
        crf: args.flag("crf"),
        runs: number(args, "runs", defaults.runs)?,
        l2: number(args, "--l2", defaults.l2)?,
        lr: number(args, "lr", defaults.lr)?,
    };
    let started = Instant::now();
    let lexicon = if lexicon_path == "none" {
        Lexicon::default()
    } else {
        Lexicon::parse_tsv(&read_text(lexicon_path)?).map_err(|e| Error::input(format!("{lexicon_path}: {e}")))?
    };
    let train: Vec<Sentence> = parse(&read_text(train_path)?, train_path)?
        .into_iter()
        .map(|p| Sentence { labels: p.labels.iter().map(|l| l.unwrap_or(Label::Outside)).collect(), words: p.tokens })
        .collect();
    let dev = match dev_path {
        Some(p) => parse(&read_text(p)?, p)?,
        None => Vec::new(),
    };
    eprintln!(
        "train: {} sentences, dev: {} sentences, lexicon: {} words; {:?}",
        train.len(),
        dev.len(),
        lexicon.len(),
        options
    );
    let mut on_epoch = |epoch: usize, tagger: &Tagger| {
        let (features, words) = tagger.size();
        if dev.is_empty() {
            eprintln!("epoch {epoch:>2}: {features} features, {words} words, {:.0?}", started.elapsed());
            return;
        }
        let (p, r, f) = strict_f1(tagger, &dev);
        eprintln!(
            "epoch {epoch:>2}: dev P {p:.4} R {r:.4} F1 {f:.4} (internal; score with ner_score.py), {features} features, {:.0?}",
            started.elapsed()
        );
    };
    let mut tagger = train::train(&train, &lexicon, &options, &mut on_epoch);
    if !dev.is_empty() {
        let (p, r, f) = strict_f1(&tagger, &dev);
        eprintln!("final model: dev P {p:.4} R {r:.4} F1 {f:.4} (internal)");
    }
    // Recall trails precision for a perceptron tagger: lower the score of `O` by what dev F1
    // says is best, from a fixed grid so the result stays deterministic.
    if !dev.is_empty() && args.flag("tune-bias") {
        let mut best = (strict_f1(&tagger, &dev).2, 0.0);
        for step in 1..=12 {
            let bias = -0.5 * f64::from(step);
            tagger.set_outside_bias(bias);
            let f = strict_f1(&tagger, &dev).2;
            eprintln!("outside bias {bias:>5.1}: dev F1 {f:.4} (internal)");
            if f > best.0 {
                best = (f, bias);
            }
        }
        tagger.set_outside_bias(best.1);
        eprintln!("outside bias {:.1} chosen on dev (internal F1 {:.4})", best.1, best.0);
    }
    let bytes = tagger.to_bytes().unwrap_or_default();
    std::fs::create_dir_all(out_dir).map_err(|e| Error::io(out_dir, e))?;
    let out_path = format!("{}/ner.bin", out_dir.trim_end_matches('/'));
    std::fs::write(&out_path, &bytes).map_err(|e| Error::io(&out_path, e))?;
    eprintln!("wrote {out_path} ({} bytes) in {:.0?}", bytes.len(), started.elapsed());
    Ok(())
}

/// Outer strict span P/R/F1 over labelled sentences, as the scorer counts, for progress lines.
fn strict_f1(tagger: &Tagger, sentences: &[LabelledSentence]) -> (f64, f64, f64) {
    let mut counts = SpanCounts::default();
    for s in sentences {
        let words: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
        let gold: Vec<Label> = s.labels.iter().map(|l| l.unwrap_or(Label::Outside)).collect();
        counts.add(&gold, &tagger.tag(&words));
    }
    (counts.precision(), counts.recall(), counts.f1())
}
