//! Golden test: the quotations of the seed article, their kinds and speakers.
//!
//! The rules are general; this pins what they find in one real article: the full quote and the
//! three partial quotes of Jens Stoltenberg, his indirect statement, the statement from
//! "Bündniskreisen", and nothing attributed to the agency the report credits.

use std::sync::OnceLock;

use newslens::engine::{self, Analysis, Format, Quote, QuoteKind, Tagger};

const SEED: &str = include_str!("../articles/stoltenberg-kiew-2023-04-20.txt");
const MODEL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/model/ner.bin");

/// The seed analysed with the committed model, the tagger readers get.
fn analyze(source: &str, format: Format) -> Analysis {
    static TAGGER: OnceLock<Tagger> = OnceLock::new();
    let tagger = TAGGER.get_or_init(|| {
        Tagger::from_bytes(&std::fs::read(MODEL).expect("model/ner.bin is committed")).expect("model/ner.bin loads")
    });
    engine::analyze(source, format, tagger)
}

fn speaker_name<'a>(a: &'a Analysis, q: &Quote) -> &'a str {
    q.speaker_cluster.and_then(|c| a.clusters.get(c)).map_or("", |c| c.name.as_str())
}

fn find<'a>(a: &'a Analysis, kind: QuoteKind, starts_with: &str) -> &'a Quote {
    a.quotes
        .iter()
        .find(|q| q.kind == kind && q.spans.first().is_some_and(|s| a.slice(*s).starts_with(starts_with)))
        .unwrap_or_else(|| panic!("no {kind:?} quote starting {starts_with:?}"))
}

#[test]
fn direct_quotes_of_stoltenberg() {
    let a = analyze(SEED, Format::Article);
    let direct: Vec<&Quote> = a.quotes.iter().filter(|q| q.kind == QuoteKind::Direct).collect();
    let texts: Vec<&str> = direct.iter().map(|q| a.slice(q.extent())).collect();
    assert_eq!(
        texts,
        [
            "\"Wir dürfen nicht zulassen, dass Russland weiter die europäische Sicherheit untergräbt\"",
            "\"Kreislauf der russischen Aggression durchbrechen\"",
            "\"dass sich die Geschichte nicht wiederholt\"",
            "\"langfristige Perspektive\"",
        ]
    );
    for q in &direct {
        assert_eq!(speaker_name(&a, q), "Jens Stoltenberg", "{:?}", a.slice(q.extent()));
    }
    let full = direct[0];
    assert_eq!(full.speaker.map(|s| a.slice(s)), Some("der Norweger"));
    assert_eq!(full.cue.map(|s| a.slice(s)), Some("sagte"));
    // The cluster lists the quotes it is given.
    let cluster = full.speaker_cluster.expect("resolved");
    assert!(a.clusters[cluster].quotes.len() >= 4);
}

#[test]
fn indirect_statement_of_stoltenberg() {
    let a = analyze(SEED, Format::Article);
    let q = find(&a, QuoteKind::Indirect, "die NATO-Mitgliedstaaten seien sich einig");
    assert_eq!(q.speaker.map(|s| a.slice(s)), Some("er"));
    assert_eq!(speaker_name(&a, q), "Jens Stoltenberg");
    assert!(a.slice(q.extent()).ends_with("werden solle"), "stops before the dash: {:?}", a.slice(q.extent()));
}

#[test]
fn statement_from_the_alliance() {
    let a = analyze(SEED, Format::Article);
    let q = find(&a, QuoteKind::Indirect, "geplante Treffen würden");
    assert_eq!(q.speaker.map(|s| a.slice(s)), Some("Bündniskreisen"));
    assert_eq!(q.cue.map(|s| a.slice(s)), Some("hieß"));
}

#[test]
fn nothing_is_attributed_to_the_agency() {
    let a = analyze(SEED, Format::Article);
    for q in &a.quotes {
        let speaker = q.speaker.map_or("", |s| a.slice(s));
        assert!(
            !speaker.contains("Reuters") && speaker_name(&a, q) != "Reuters",
            "{:?} attributed to Reuters",
            a.slice(q.extent())
        );
    }
}

#[test]
fn stoltenberg_is_one_entity() {
    let a = analyze(SEED, Format::Article);
    let c = a.clusters.iter().find(|c| c.name == "Jens Stoltenberg").expect("a cluster for Stoltenberg");
    let surfaces: Vec<&str> = c.mentions.iter().map(|&m| a.slice(a.mentions[m].span)).collect();
    assert!(surfaces.iter().filter(|s| s.contains("Stoltenberg")).count() >= 6, "{surfaces:?}");
}

#[test]
fn nothing_else_is_taken_for_a_quote() {
    let a = analyze(SEED, Format::Article);
    let kinds: Vec<QuoteKind> = a.quotes.iter().map(|q| q.kind).collect();
    assert_eq!(
        kinds,
        [
            // "Die NATO werde …" continues what "Ein NATO-Vertreter bestätigte".
            QuoteKind::IndirectFreeIndirect,
            QuoteKind::Indirect,
            QuoteKind::Direct,
            // "Man müsse den „…“ und dafür sorgen, „…“" continues the Norwegian's words.
            QuoteKind::IndirectFreeIndirect,
            QuoteKind::Direct,
            QuoteKind::Direct,
            QuoteKind::Indirect,
            QuoteKind::Direct,
        ],
        "{:#?}",
        a.quotes.iter().map(|q| a.slice(q.extent())).collect::<Vec<_>>()
    );
}
