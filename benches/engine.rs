//! The engine's speed, stage by stage, beside a trivial baseline measured in the same run.
//!
//! Inputs: each bundled article, and synthetic articles of 10 KB, 100 KB and 1 MB made by
//! repeating the bundled articles' paragraphs (so the same throughput at every size means the
//! stage is linear). Every benchmark reports bytes per second; `scripts/bench.sh` turns the
//! figures into tokens per second and ratios to the baseline.
//!
//! Stages:
//! - `baseline`: `str::split_whitespace` over the text, the floor any tokeniser is measured by;
//! - `tokenise`: sentences and tokens of every block, as `engine::annotate` computes them;
//! - `tag-provisional` / `tag-trained`: the tagger over every sentence's words;
//! - `analyse-provisional` / `analyse-trained`: parsing and the whole analysis (rules,
//!   tagging, clusters, quotations);
//! - `analyse-quotes`: the whole analysis of text dense with quotations and their frames.
//!
//! The trained model is `model/ner.bin`, read from disk when it exists (its stages are skipped
//! otherwise). `NEWSLENS_BENCH_INPUTS=path` writes each input's bytes and tokens as TSV.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use newslens::engine::{analyze, parse, Document, Format, Tagger};
use newslens::engine::{sentences, tokens};

struct Input {
    name: String,
    format: Format,
    source: String,
}

/// A title line, then the bundled paragraphs over and over until the text has `bytes` bytes.
fn synthetic(paragraphs: &[&str], bytes: usize) -> String {
    let mut text = String::from("Synthetischer Artikel\n\n");
    for p in paragraphs.iter().cycle() {
        if text.len() >= bytes {
            break;
        }
        text.push_str(p);
        text.push_str("\n\n");
    }
    text
}

fn paragraphs(keep: impl Fn(&str) -> bool) -> Vec<&'static str> {
    newslens::articles::all()
        .iter()
        .flat_map(|a| a.source.split("\n\n").skip(1))
        .map(str::trim)
        .filter(|p| !p.is_empty() && keep(p))
        .collect()
}

fn inputs() -> Vec<Input> {
    let mut out: Vec<Input> = newslens::articles::all()
        .iter()
        .map(|a| Input { name: format!("article-{}", a.slug), format: a.format, source: a.source.to_string() })
        .collect();
    let all = paragraphs(|_| true);
    for (name, bytes) in [("10KB", 10_000), ("100KB", 100_000), ("1MB", 1_000_000)] {
        out.push(Input { name: name.to_string(), format: Format::Article, source: synthetic(&all, bytes) });
    }
    out
}

/// 100 KB of the bundled paragraphs that quote someone, and of typical frames around them.
fn quote_dense() -> Input {
    let mut quoted = paragraphs(|p| p.contains(['"', '„', '“', '»', '«']));
    quoted.extend([
        "„Wir bleiben an der Seite der Ukraine“, sagte Stoltenberg in Kiew. Er betonte: „Die Zukunft der Ukraine liegt in der NATO.“",
        "Selenskyj sagte, die Ukraine sei bereit. »Wir brauchen mehr Luftabwehr«, so der Präsident. Laut Reuters habe er weitere Hilfe gefordert.",
    ]);
    Input { name: "quotes-100KB".to_string(), format: Format::Article, source: synthetic(&quoted, 100_000) }
}

/// The words of each sentence of `doc`, as the tagger sees them.
fn sentence_words(doc: &Document) -> Vec<Vec<&str>> {
    let text = doc.text.as_str();
    doc.blocks
        .iter()
        .flat_map(|block| sentences(text, block.span))
        .map(|s| tokens(text, s).iter().map(|t| t.slice(text)).collect())
        .collect()
}

fn token_count(input: &Input) -> usize {
    let doc = parse(&input.source, input.format);
    doc.blocks
        .iter()
        .map(|b| sentences(&doc.text, b.span).iter().map(|&s| tokens(&doc.text, s).len()).sum::<usize>())
        .sum()
}

fn committed_model() -> Option<Tagger> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("model/ner.bin");
    let bytes = std::fs::read(path).ok()?;
    Some(Tagger::from_bytes(&bytes).expect("model/ner.bin loads"))
}

fn write_inputs_table(inputs: &[Input], quotes: &Input) {
    let Ok(path) = std::env::var("NEWSLENS_BENCH_INPUTS") else { return };
    let mut tsv = String::from("group\tinput\tbytes\ttokens\n");
    for input in inputs {
        tsv.push_str(&format!("*\t{}\t{}\t{}\n", input.name, input.source.len(), token_count(input)));
    }
    tsv.push_str(&format!("analyse-quotes\t{}\t{}\t{}\n", quotes.name, quotes.source.len(), token_count(quotes)));
    std::fs::write(path, tsv).expect("the inputs table can be written");
}

fn engine(c: &mut Criterion) {
    let inputs = inputs();
    let quotes = quote_dense();
    write_inputs_table(&inputs, &quotes);
    let provisional = Tagger::provisional();
    let trained = committed_model();

    let mut group = c.benchmark_group("baseline");
    for input in &inputs {
        group.throughput(Throughput::Bytes(input.source.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(&input.name), input, |b, input| {
            b.iter(|| black_box(&input.source).split_whitespace().count())
        });
    }
    group.finish();

    let mut group = c.benchmark_group("tokenise");
    for input in &inputs {
        let doc = parse(&input.source, input.format);
        group.throughput(Throughput::Bytes(input.source.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(&input.name), &doc, |b, doc| {
            b.iter(|| {
                let mut count = 0;
                for block in &doc.blocks {
                    for s in sentences(&doc.text, block.span) {
                        count += tokens(&doc.text, s).len();
                    }
                }
                count
            })
        });
    }
    group.finish();

    let taggers = [("provisional", Some(&provisional)), ("trained", trained.as_ref())];
    for (name, tagger) in taggers {
        let Some(tagger) = tagger else { continue };
        let mut group = c.benchmark_group(format!("tag-{name}"));
        for input in &inputs {
            let doc = parse(&input.source, input.format);
            let words = sentence_words(&doc);
            group.throughput(Throughput::Bytes(input.source.len() as u64));
            group.bench_with_input(BenchmarkId::from_parameter(&input.name), &words, |b, words| {
                b.iter(|| words.iter().map(|ws| tagger.tag(ws).len()).sum::<usize>())
            });
        }
        group.finish();
    }

    for (name, tagger) in taggers {
        let Some(tagger) = tagger else { continue };
        let mut group = c.benchmark_group(format!("analyse-{name}"));
        for input in &inputs {
            group.throughput(Throughput::Bytes(input.source.len() as u64));
            group.bench_with_input(BenchmarkId::from_parameter(&input.name), input, |b, input| {
                b.iter(|| analyze(black_box(&input.source), input.format, tagger))
            });
        }
        group.finish();
    }

    let mut group = c.benchmark_group("analyse-quotes");
    group.throughput(Throughput::Bytes(quotes.source.len() as u64));
    group.bench_with_input(BenchmarkId::from_parameter(&quotes.name), &quotes, |b, input| {
        b.iter(|| analyze(black_box(&input.source), input.format, &provisional))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    // A few samples suffice for megabyte inputs; scripts/bench.sh shortens the time further.
    config = Criterion::default().sample_size(10);
    targets = engine
}
criterion_main!(benches);
