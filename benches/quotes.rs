//! Quotation finding and entity clustering on the bundled seed article and on a long text, beside
//! the tokeniser alone as a baseline.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newslens::engine::{analyze, tokens, Format, Span, Tagger};

const SEED: &str = include_str!("../articles/stoltenberg-kiew-2023-04-20.txt");

fn quotes(c: &mut Criterion) {
    let tagger = Tagger::provisional();
    let long = SEED.repeat(200);
    let marks = "„Wort“ »Wort« \"Wort\" 'Wort' ‚Wort‘ sagte er, ".repeat(5_000);
    let mut group = c.benchmark_group("quotes");
    for (name, text) in [("seed", SEED), ("seed x200", long.as_str()), ("marks", marks.as_str())] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("tokens only / {name}"), |b| {
            b.iter(|| tokens(text, Span::new(0, text.len())).len())
        });
        group.bench_function(format!("whole analysis / {name}"), |b| {
            b.iter(|| analyze(text, Format::Lines, &tagger).quotes.len())
        });
    }
    group.finish();
}

criterion_group!(benches, quotes);
criterion_main!(benches);
