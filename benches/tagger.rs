//! Tagging speed of the trained entity model, in tokens per second, beside a trivial baseline
//! (`split_whitespace` over the same text) measured in the same run; and the time to load the
//! model beside a plain pass over its bytes (a byte-sum checksum), also in the same run.
//!
//! ```text
//! cargo bench --bench tagger
//! ```
//!
//! Inputs: the bundled articles, and the GermEval 2014 dev set when it is present at
//! `../shared/data/germeval2014/NER-de-dev.tsv` (skipped with a message otherwise).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use newslens::engine::{self, Format, Span, Tagger};

const MODEL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/model/ner.bin");
const DEV: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/germeval2014/NER-de-dev.tsv");

/// The sentences of every bundled article, as words.
fn article_sentences() -> (Vec<Vec<String>>, String) {
    let mut out = Vec::new();
    let mut all_text = String::new();
    for article in newslens::articles::all() {
        let doc = engine::parse(article.source, article.format);
        let text = doc.text.as_str();
        for block in &doc.blocks {
            for sentence in engine::sentences(text, block.span) {
                let words = engine::tokens(text, sentence).iter().map(|s: &Span| s.slice(text).to_string()).collect();
                out.push(words);
            }
        }
        all_text.push_str(text);
        all_text.push('\n');
    }
    let _ = Format::Article;
    (out, all_text)
}

/// The dev set's sentences (token column only), if the file is there.
fn dev_sentences() -> Option<Vec<Vec<String>>> {
    let text = std::fs::read_to_string(DEV).ok()?;
    let mut out = Vec::new();
    let mut cur = Vec::new();
    for line in text.lines() {
        if line.starts_with("#\t") || line.is_empty() {
            if line.is_empty() && !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if let Some(tok) = line.split('\t').nth(1) {
            cur.push(tok.to_string());
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    Some(out)
}

fn bench_set(c: &mut Criterion, name: &str, tagger: &Tagger, sentences: &[Vec<String>]) {
    let refs: Vec<Vec<&str>> = sentences.iter().map(|s| s.iter().map(String::as_str).collect()).collect();
    let tokens: usize = refs.iter().map(Vec::len).sum();
    let joined: String = sentences.iter().map(|s| s.join(" ")).collect::<Vec<_>>().join("\n");
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Elements(tokens as u64));
    group.sample_size(10);
    group.bench_function("baseline split_whitespace", |b| {
        b.iter(|| black_box(&joined).split_whitespace().map(|w| w.len()).sum::<usize>())
    });
    group.bench_function("tag", |b| {
        b.iter(|| {
            let mut n = 0;
            for words in &refs {
                n += tagger.tag(black_box(words)).len();
            }
            n
        })
    });
    group.finish();
}

/// A plain pass over the bytes: what loading is measured against.
fn checksum(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0u64, |sum, &b| sum.wrapping_add(u64::from(b)))
}

/// Loading the model (copying the bytes it is given, then checking its header and sections)
/// beside a checksum of the same bytes. Target: load at most 3× the checksum.
fn bench_load(c: &mut Criterion, bytes: &[u8]) {
    let mut group = c.benchmark_group("load");
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function("baseline checksum", |b| b.iter(|| checksum(black_box(bytes))));
    group.bench_function("from_bytes", |b| b.iter(|| Tagger::from_bytes(black_box(bytes)).is_ok()));
    // What the browser does with the fetched buffer: hand it over, no copy.
    group.bench_function("from_vec (buffer handed over)", |b| {
        b.iter_batched(|| bytes.to_vec(), |v| Tagger::from_vec(black_box(v)).is_ok(), BatchSize::LargeInput)
    });
    group.finish();
}

fn benches(c: &mut Criterion) {
    let bytes = match std::fs::read(MODEL) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("tagger bench skipped: no model at {MODEL} ({e})");
            return;
        }
    };
    let tagger = Tagger::from_bytes(&bytes).expect("model/ner.bin loads");
    bench_load(c, &bytes);
    let (articles, _) = article_sentences();
    bench_set(c, "articles", &tagger, &articles);
    match dev_sentences() {
        Some(dev) => bench_set(c, "germeval-dev", &tagger, &dev),
        None => eprintln!("germeval-dev bench skipped: {DEV} not found"),
    }
}

criterion_group!(tagger_benches, benches);
criterion_main!(tagger_benches);
