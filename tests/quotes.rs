//! Quotations: table-driven cases for each typography, frame and kind, and robustness on
//! hostile input.

use std::sync::OnceLock;

use newslens::engine::{analyze, Analysis, Format, QuoteKind, Tagger};

const MODEL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/model/ner.bin");

/// The text analysed with the committed model, the tagger readers get.
fn run(text: &str) -> Analysis {
    static TAGGER: OnceLock<Tagger> = OnceLock::new();
    let tagger = TAGGER.get_or_init(|| {
        Tagger::from_bytes(&std::fs::read(MODEL).expect("model/ner.bin is committed")).expect("model/ner.bin loads")
    });
    analyze(text, Format::Lines, tagger)
}

/// One quotation as (kind, quoted text with its spans joined by " | ", speaker as written).
fn quotes(text: &str) -> Vec<(QuoteKind, String, String)> {
    let a = run(text);
    a.quotes
        .iter()
        .map(|q| {
            let words: Vec<&str> = q.spans.iter().map(|s| a.slice(*s)).collect();
            (q.kind, words.join(" | "), q.speaker.map_or(String::new(), |s| a.slice(s).to_string()))
        })
        .collect()
}

fn directs(text: &str) -> Vec<(String, String)> {
    quotes(text).into_iter().filter(|q| q.0 == QuoteKind::Direct).map(|q| (q.1, q.2)).collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

#[test]
fn every_typography() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("Der Minister sagte: „Wir bleiben hier.“", &[("„Wir bleiben hier.“", "Der Minister")]),
        ("Der Minister sagte: ‚Wir bleiben hier.‘", &[("‚Wir bleiben hier.‘", "Der Minister")]),
        ("Der Minister sagte: »Wir bleiben hier.«", &[("»Wir bleiben hier.«", "Der Minister")]),
        ("Der Minister sagte: «Wir bleiben hier.»", &[("«Wir bleiben hier.»", "Der Minister")]),
        ("Der Minister sagte: “Wir bleiben hier.”", &[("“Wir bleiben hier.”", "Der Minister")]),
        ("Der Minister sagte: \"Wir bleiben hier.\"", &[("\"Wir bleiben hier.\"", "Der Minister")]),
        ("Der Minister sagte: 'Wir bleiben hier.'", &[("'Wir bleiben hier.'", "Der Minister")]),
    ];
    for (text, expected) in cases {
        assert_eq!(directs(text), pairs(expected), "{text:?}");
    }
}

#[test]
fn apostrophes_are_not_quotes() {
    for text in [
        "Wie geht's dir, fragte er.", "Stoltenbergs' Rede war kurz.", "Das ist Peters' Auto und Hans' Haus.",
        "Rock 'n' Roll lebt.",
    ] {
        assert_eq!(directs(text), [], "{text:?}");
    }
    // An apostrophe inside a quotation does not end it.
    assert_eq!(
        directs("Er sagte: „Wie geht's weiter? Keiner weiß es.“"),
        pairs(&[("„Wie geht's weiter? Keiner weiß es.“", "Er")])
    );
}

#[test]
fn nested_quotes_stay_inside() {
    assert_eq!(
        directs("Sie sagte: „Er rief ‚Hilfe‘ und lief davon.“"),
        pairs(&[("„Er rief ‚Hilfe‘ und lief davon.“", "Sie")])
    );
}

#[test]
fn quote_over_two_paragraphs_is_one() {
    let text = "Der Sprecher sagte: „Wir haben viel erreicht. Das bleibt.\n\n„Aber es gibt noch viel zu tun.“";
    let a = run(text);
    let direct: Vec<_> = a.quotes.iter().filter(|q| q.kind == QuoteKind::Direct).collect();
    assert_eq!(direct.len(), 1);
    assert_eq!(direct[0].spans.len(), 2);
    assert_eq!(a.slice(direct[0].spans[1]), "„Aber es gibt noch viel zu tun.“");
    assert_eq!(direct[0].speaker.map(|s| a.slice(s)), Some("Der Sprecher"));
}

#[test]
fn titles_names_and_scare_quotes_are_not_speech() {
    for text in [
        "Das Raumschiff „Shenzhou 6“ besteht aus zwei Kapseln.",
        "Das Symbol heißt „Morning Star“ und ist verboten.",
        "Forscher haben einen so genannten „Ur-Fisch“ entdeckt.",
        "Er spielte im Film „Jungle Fever“ (1991) mit.",
        "Laut der Website „icelandreview.com“ wird gejagt.",
        "Die Bewegung „People's Alliance for Democracy“ protestiert.",
        "Der Bär JJ1, auch „Bruno“ genannt, ist tot.",
    ] {
        assert_eq!(directs(text), [], "{text:?}");
    }
}

#[test]
fn partial_quotes_inside_a_sentence() {
    let got = directs("Die Ministerin sagte, der Plan sei „völlig unausgegoren“ und müsse überarbeitet werden.");
    assert_eq!(got, pairs(&[("„völlig unausgegoren“", "Die Ministerin")]));
    let got = directs("Der Kanzler bezeichnete die Vorwürfe als „haltlos“.");
    assert_eq!(got, pairs(&[("„haltlos“", "Der Kanzler")]));
}

#[test]
fn each_frame_pattern() {
    let cases: &[(&str, &str)] = &[
        ("Der Bürgermeister sagte: „Wir bauen die Brücke neu.“", "Der Bürgermeister"),
        ("„Wir bauen die Brücke neu“, sagte der Bürgermeister.", "der Bürgermeister"),
        ("„Wir bauen die Brücke neu“, so Bürgermeister Peter Krause.", "Bürgermeister Peter Krause"),
        ("„Wir bauen die Brücke neu“, hatte Krause am Montag gesagt.", "Krause"),
        ("„Wir bauen die Brücke neu“, erklärte sie am Abend.", "sie"),
        ("Am Montag erklärte er: „Wir bauen die Brücke neu.“", "er"),
        ("Der Zeitung sagte Peter Krause: „Wir bauen die Brücke neu.“", "Peter Krause"),
        ("Der Sprecher der Stadt, Peter Krause, erklärte: „Wir bauen die Brücke neu.“", "Peter Krause"),
        ("Sie wird mit den Worten zitiert: „Wir bauen die Brücke neu.“", "Sie"),
        ("„Wo bleibt der Bus?“ fragte die Frau.", "die Frau"),
    ];
    for (text, speaker) in cases {
        let got = directs(text);
        assert_eq!(got.len(), 1, "{text:?}: {got:?}");
        assert_eq!(got[0].1, *speaker, "{text:?}");
    }
}

#[test]
fn a_quote_without_a_frame_continues_the_speaker() {
    let text = "Die Ministerin sagte: „Wir sind bereit.“ „Wir haben lange gewartet.“";
    let got = directs(text);
    assert_eq!(got.len(), 2);
    assert_eq!(got[1].1, "Die Ministerin");
}

#[test]
fn indirect_speech() {
    let cases: &[(&str, QuoteKind, &str, &str)] = &[
        (
            "Im Februar sagte er, die Mitgliedstaaten seien sich einig.",
            QuoteKind::Indirect,
            "die Mitgliedstaaten seien sich einig",
            "er",
        ),
        (
            "Die Polizei erklärte, dass niemand verletzt wurde.",
            QuoteKind::Indirect,
            "dass niemand verletzt wurde",
            "Die Polizei",
        ),
        (
            "Wie die Polizei mitteilte, wurde niemand verletzt.",
            QuoteKind::Indirect,
            "wurde niemand verletzt",
            "die Polizei",
        ),
        ("Die Lage sei ernst, sagte der Minister.", QuoteKind::Indirect, "Die Lage sei ernst", "der Minister"),
        (
            "Nach Angaben der Polizei wurden drei Menschen verletzt.",
            QuoteKind::Indirect,
            "wurden drei Menschen verletzt",
            "Angaben der Polizei",
        ),
        (
            "Laut dem Bürgermeister bleibt die Brücke gesperrt.",
            QuoteKind::Indirect,
            "bleibt die Brücke gesperrt",
            "dem Bürgermeister",
        ),
        (
            "Dem Bericht zufolge stieg die Zahl der Opfer.",
            QuoteKind::Indirect,
            "stieg die Zahl der Opfer",
            "Dem Bericht",
        ),
        (
            "Aus Regierungskreisen hieß es, die Gespräche würden fortgesetzt.",
            QuoteKind::Indirect,
            "die Gespräche würden fortgesetzt",
            "Regierungskreisen",
        ),
    ];
    for (text, kind, quote, speaker) in cases {
        let got = quotes(text);
        assert_eq!(got, [(*kind, quote.to_string(), speaker.to_string())], "{text:?}");
    }
}

#[test]
fn konjunktiv_continues_a_reported_statement() {
    let got = quotes("Der Minister sagte, die Lage sei ernst. Die Regierung werde handeln. Das Wetter ist schön.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, QuoteKind::IndirectFreeIndirect);
    assert_eq!(got[1].1, "Die Regierung werde handeln");
    assert_eq!(got[1].2, "Der Minister");
}

#[test]
fn agencies_credit_reports_and_speak_for_no_one() {
    assert_eq!(quotes("Dort legte er laut Reuters einen Kranz nieder."), []);
}

#[test]
fn pronouns_and_descriptions_resolve_to_people() {
    let text = "Jens Stoltenberg reiste nach Kiew. Dort traf er Wolodymyr Selenskyj. „Wir stehen an Ihrer Seite“, sagte der Norweger. Stoltenberg fuhr am Abend zurück. „Es war ein guter Tag“, sagte er.";
    let a = run(text);
    let speakers: Vec<&str> = a
        .quotes
        .iter()
        .map(|q| q.speaker_cluster.and_then(|c| a.clusters.get(c)).map_or("", |c| c.name.as_str()))
        .collect();
    assert_eq!(speakers, ["Jens Stoltenberg", "Jens Stoltenberg"]);
    let cluster = a.clusters.iter().position(|c| c.name == "Jens Stoltenberg").expect("a cluster");
    assert_eq!(a.clusters[cluster].quotes, [0, 1]);
}

#[test]
fn empty_and_blank_text() {
    for text in ["", " ", "\n\n", "„", "“", "\"", "'", "„“", "„„„", "“““", "« »", "»«"] {
        let a = run(text);
        assert!(a.quotes.iter().all(|q| q.spans.iter().all(|s| s.end <= text.len())), "{text:?}");
    }
}

#[test]
fn unbalanced_marks_do_not_swallow_the_text() {
    let text = "Er sagte: „Wir bleiben. Dann ging er.\n\nEin neuer Absatz ohne Zitat. Sie sagte: „Ja.“";
    let got = directs(text);
    assert_eq!(got, pairs(&[("„Ja.“", "Sie")]));
}

/// Every span lies inside the text, on character boundaries, with start ≤ end.
fn assert_spans_sound(text: &str, a: &Analysis) {
    for q in &a.quotes {
        for s in q.spans.iter().chain(q.speaker.iter()).chain(q.cue.iter()) {
            assert!(s.start <= s.end && s.end <= text.len(), "{s:?}");
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{s:?}");
        }
        if let Some(c) = q.speaker_cluster {
            assert!(c < a.clusters.len());
        }
    }
    assert!(a.quotes.windows(2).all(|w| w[0].extent().start <= w[1].extent().start), "quotes in text order");
}

#[test]
fn a_hundred_thousand_quotation_marks() {
    let marks = ["„", "“", "\"", "'", "»", "«", "‚", "‘", "”", "’"];
    let mut text = String::new();
    for i in 0..100_000 {
        text.push_str(marks[i % marks.len()]);
        text.push_str(if i % 7 == 0 { " sagte er, " } else { "Wort " });
    }
    let a = run(&text);
    assert_spans_sound(&text, &a);
}

#[test]
fn a_megabyte_of_quoted_speech() {
    let paragraph = "Der Minister sagte: „Wir bleiben hier.“ „Das ist klar“, so Müller. Laut Polizei sei alles ruhig. Sie werde weiter beobachten.\n\n";
    let text = paragraph.repeat(1_000_000 / paragraph.len() + 1);
    let a = run(&text);
    assert_spans_sound(&text, &a);
    assert!(a.quotes.len() > 10_000);
}

#[test]
fn odd_text_never_panics() {
    let samples = [
        "„\u{0301}“ sagte: „",
        "\u{FEFF}„Ja“, so",
        ", so",
        "sagte:",
        ":„",
        "„“, sagte",
        "laut",
        "zufolge",
        "nach Angaben",
        "„a“ „b“ „c“ ‚d‘ »e« «f» \"g\" 'h'",
        "\"\"\"\"",
        "''''''",
        "„\n\n„\n\n„",
        "Er sagte, ",
        ", sagte er.",
        "Wie , teilte mit",
        "😀„😀“😀, sagte 😀.",
    ];
    for text in samples {
        let a = run(text);
        assert_spans_sound(text, &a);
    }
}

#[test]
fn one_endless_sentence_of_quotes_stays_sound() {
    // No sentence end and no speech verb: every look-around must stay bounded (how the time
    // grows with such input is measured by benches/scaling.rs, not asserted here).
    for unit in ["„Wort“ und ", "„Wort“, so ", "„Wort“ laut Bericht, ", "der „Bär“ "] {
        let text = unit.repeat(20_000);
        let a = run(&text);
        assert_spans_sound(&text, &a);
    }
}
