//! How the whole analysis scales with the size of its input, for every input shape of the
//! robustness tests' kind (hostile, extreme, realistic): the time at 100 KB and at 1 MB and their
//! ratio (about 10 is linear; a ratio over 2.5 times that is flagged). A report, not a test:
//! timings on shared machines are too noisy to assert.
//!
//! ```text
//! cargo bench --bench scaling
//! ```

use std::time::{Duration, Instant};

use newslens::engine::{analyze, Format, Tagger};

#[path = "../tests/support/taggers.rs"]
mod taggers;

/// The bundled articles' paragraphs, the raw material of long realistic texts.
fn paragraphs() -> Vec<&'static str> {
    newslens::articles::all()
        .iter()
        .flat_map(|a| a.source.split("\n\n"))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// `unit` repeated to about `bytes` bytes.
fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len().max(1)).max(1))
}

/// Builds a text of about the given size.
type Shape = Box<dyn Fn(usize) -> String>;

/// Input shapes for the scaling check.
fn shapes() -> Vec<(&'static str, Shape)> {
    let article = paragraphs().join("\n\n") + "\n\n";
    let line = paragraphs().join(" ") + " ";
    vec![
        ("articles", Box::new(move |n| repeat_to(&article, n))),
        ("one line", Box::new(move |n| repeat_to(&line, n))),
        ("„ only", Box::new(|n| repeat_to("„", n))),
        ("\" only", Box::new(|n| repeat_to("\"", n))),
        ("mixed marks", Box::new(|n| repeat_to("\"'„“”‚‘’»«›‹", n))),
        ("framed quotes", Box::new(|n| repeat_to("„Wir bleiben“, sagte Stoltenberg. ", n))),
        ("unclosed quotes", Box::new(|n| repeat_to("„Wir bleiben, sagte er. ", n))),
        ("reported speech", Box::new(|n| repeat_to("Er sagte, die Staaten seien sich einig und er habe recht, ", n))),
        (
            "cycling marks",
            Box::new(|n| repeat_to("„Wort “ sagte er, \"Wort 'Wort »Wort «Wort ‚Wort ‘Wort ”Wort ’Wort ", n)),
        ),
        ("quoted words, so", Box::new(|n| repeat_to("„Wort“, so ", n))),
        ("quoted words, laut", Box::new(|n| repeat_to("„Wort“ laut Bericht, ", n))),
        ("scare quotes", Box::new(|n| repeat_to("der „Bär“ ", n))),
        ("NUL", Box::new(|n| repeat_to("\0", n))),
        ("U+FFFD", Box::new(|n| repeat_to("\u{FFFD}", n))),
        ("combining", Box::new(|n| repeat_to("\u{301}", n))),
        ("RTL", Box::new(|n| repeat_to("\u{5D4}\u{5E0}\u{5D0} \u{627}\u{644}. ", n))),
        ("emoji", Box::new(|n| repeat_to("😀👩‍👩‍👧 ", n))),
        ("one word", Box::new(|n| repeat_to("a", n))),
        ("periods", Box::new(|n| repeat_to(".", n))),
        ("hyphen compound", Box::new(|n| repeat_to("NATO-", n))),
        ("abbreviations", Box::new(|n| repeat_to("z.B. ", n))),
        ("dotted letters", Box::new(|n| repeat_to("a.", n))),
        ("digits and dots", Box::new(|n| repeat_to("1.", n))),
        ("apostrophes", Box::new(|n| repeat_to("a'", n))),
        ("capitalised words", Box::new(|n| repeat_to("Stoltenberg Kiew NATO ", n))),
        ("dates", Box::new(|n| repeat_to("am 24. Februar 2022 um 12:06 Uhr ", n))),
        ("blank lines", Box::new(|n| repeat_to("\n", n))),
        ("short paragraphs", Box::new(|n| repeat_to("Er sagte:\n\n", n))),
        ("md >", Box::new(|n| repeat_to(">", n))),
        ("md *", Box::new(|n| repeat_to("*", n))),
        ("md [", Box::new(|n| repeat_to("[", n))),
        ("md `", Box::new(|n| repeat_to("`", n))),
        ("md list", Box::new(|n| repeat_to("- a\n", n))),
    ]
}

fn time_analysis(text: &str, format: Format, tagger: &Tagger) -> Duration {
    let began = Instant::now();
    let analysis = analyze(text, format, tagger);
    let took = began.elapsed();
    std::hint::black_box(analysis);
    took
}

/// Prints, for every input shape, the time at 100 KB and 1 MB and their ratio (linear is ~10).
/// `NEWSLENS_SHAPES=word,md` keeps the shapes whose names contain one of the words;
/// `NEWSLENS_SIZES=100000,4000000` measures other sizes; `NEWSLENS_TRAINED=1` tags with the
/// committed model (or the tiny one) instead of the provisional rules.
fn main() {
    let tagger =
        std::env::var("NEWSLENS_TRAINED").is_ok().then(|| taggers::committed().unwrap_or_else(taggers::tiny_trained));
    let tagger = tagger.unwrap_or_else(Tagger::provisional);
    let filter: Vec<String> =
        std::env::var("NEWSLENS_SHAPES").map(|s| s.split(',').map(str::to_string).collect()).unwrap_or_default();
    let sizes: Vec<usize> = std::env::var("NEWSLENS_SIZES")
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|_| vec![100_000, 1_000_000]);
    let (small_size, large_size) = (sizes[0], sizes[sizes.len() - 1]);
    let linear = large_size as f64 / small_size as f64;
    println!(
        "{:<20} {:>6} {:>12} {:>12} {:>7}   (linear: {linear:.1})",
        "shape", "format", small_size, large_size, "ratio"
    );
    for (name, make) in shapes() {
        if !filter.is_empty() && !filter.iter().any(|f| name.contains(f.as_str())) {
            continue;
        }
        for format in [Format::Article, Format::Markdown] {
            if name.starts_with("md ") && format == Format::Article {
                continue;
            }
            let title = if format == Format::Article { "Titel\n" } else { "" };
            let small = format!("{title}{}", make(small_size));
            let large = format!("{title}{}", make(large_size));
            let a = time_analysis(&small, format, &tagger).min(time_analysis(&small, format, &tagger));
            let b = time_analysis(&large, format, &tagger).min(time_analysis(&large, format, &tagger));
            let ratio = b.as_secs_f64() / a.as_secs_f64().max(1e-9);
            let flag = if ratio > 2.5 * linear { "  <-- superlinear" } else { "" };
            let format = if format == Format::Article { "text" } else { "md" };
            println!(
                "{name:<20} {format:>6} {:>10.1}ms {:>10.1}ms {ratio:>7.1}{flag}",
                a.as_secs_f64() * 1e3,
                b.as_secs_f64() * 1e3
            );
        }
    }
}
