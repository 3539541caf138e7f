//! Golden test: the quotations of the seed article, their kinds and speakers.

use newslens::engine::{analyze, Analysis, Format, Quote, QuoteKind};

const SEED: &str = include_str!("../articles/stoltenberg-kiew-2023-04-20.txt");

fn describe(a: &Analysis, q: &Quote) -> String {
    let words: Vec<&str> = q.spans.iter().map(|s| a.slice(*s)).collect();
    let speaker = q.speaker.map_or("", |s| a.slice(s));
    let cluster = q.speaker_cluster.and_then(|c| a.clusters.get(c)).map_or("", |c| c.name.as_str());
    format!("{:?} [{}] speaker={speaker:?} cluster={cluster:?}", q.kind, words.join(" | "))
}

#[test]
fn print_seed() {
    let a = analyze(SEED, Format::Text);
    for q in &a.quotes {
        println!("{}", describe(&a, q));
    }
    for c in &a.clusters {
        println!("{:?} {:?} {:?}", c.name, c.kind, c.mentions.iter().map(|&m| a.slice(a.mentions[m].span)).collect::<Vec<_>>());
    }
    let _ = QuoteKind::Direct;
}
