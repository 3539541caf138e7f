//! Property tests: for arbitrary text, and text built from the pieces German news is made of
//! (quotation marks of every typography, CRLF, combining characters, right-to-left script,
//! emoji, NUL, Markdown markup), every span of the analysis lies inside the text on char
//! boundaries, tokens lie within sentences and sentences within blocks, mentions never overlap,
//! the export's code-point and UTF-16 offsets agree with direct counting, and parsing and
//! analysis are deterministic.

#[path = "support/invariants.rs"]
mod invariants;
#[path = "support/taggers.rs"]
mod taggers;

use std::sync::OnceLock;

use invariants::{check_analysis, check_document, check_export, check_tokenisation};
use newslens::engine::{analyze, parse, Format, Span, Tagger};
use newslens::engine::{sentences, tokens};
use proptest::prelude::*;

/// Fragments of German news text and of everything that makes text hard.
const PIECES: &[&str] = &[
    // Words, names and frames.
    "Jens Stoltenberg", "Stoltenberg", "NATO-Generalsekretär", "Kiew", "die Ukraine", "Olaf Scholz", "sagte",
    "sagte er", "erklärte", "so", "laut", "zufolge", "der Norweger", "sie", "Wir bleiben", "seien sich einig", "habe",
    "dass", "Größe", "Straße", "z.B.", "Dr.", "24. Februar 2022", "20.04.2023 12:06 Uhr", "31 Mitgliedsländer",
    "1,5 Millionen Euro", "Ein- und Ausreise", "geht's", "Stand: 20.04.2023 12:06 Uhr", "date 2023-04 ",
    "Bild: REUTERS", "Foto:", // Punctuation and spacing.
    " ", " ", " ", ", ", ". ", ": ", "! ", "? ", "...", "…", " - ", " – ", "(", ")", "\n", "\n\n", "\r\n", "\r\n\r\n",
    "\r", "\t", "\u{A0}", "\u{2028}", "\u{FEFF}", // Quotation marks of every typography.
    "\"", "'", "„", "“", "”", "‚", "‘", "’", "»", "«", "›", "‹", "「", "」",
    // Combining characters, right-to-left script and controls, emoji, NUL, replacement.
    "e\u{301}", "\u{301}", "\u{308}\u{308}", "\u{20DD}", "\u{5E9}\u{5DC}\u{5D5}\u{5DD}", "\u{627}\u{644}\u{646}",
    "\u{200F}", "\u{202E}", "\u{200E}", "😀", "👩‍👩‍👧‍👦", "🇺🇦", "👍🏽", "\0", "\u{FFFD}", "\u{10FFFF}", // Markdown.
    "# ", "## ", "> ", "* ", "- ", "1. ", "*", "**", "_", "`", "```\n", "[Link](https://example.org)",
    "[x](javascript:alert(1))", "<b>", "---\n", "title: T\n", "| a | b |\n|---|---|\n",
    // Other outlets' layouts: footnotes, tasks, strikethrough, tickers, datelines, bullets, places
    // with their river, glued and written-out dates, names in capitals and the genitive.
    "[^1]", "[^1]: ", "~~", "- [x] ", "- [ ] ", "| Leipzig | Anna Schulz |\n", "+++ ", " +++", "+++ 22:13 +++\n",
    "Berlin (dpa) – ", "WIESBADEN/BERLIN (ots) – ", "• ", "» ", "Frankfurt/Oder", "Frankfurt (Oder)", "3.Mai",
    "am vierten Juli", "zwischen dem 24. und dem 31. Dezember", "EHRENBERG: ", "Baerbocks", "Linke ",
    "Landgericht Köln", "zwei Syrer",
];

/// Text made of the pieces above and arbitrary characters.
fn news_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..80).prop_map(|pieces| pieces.concat())
}

/// Any string at all, or news-like text.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![news_text(), any::<String>()]
}

fn format() -> impl Strategy<Value = Format> {
    prop_oneof![Just(Format::Article), Just(Format::Markdown), Just(Format::Lines)]
}

/// The provisional rules, the tiny trained model and the committed one, if there is one.
fn all_taggers() -> &'static [Tagger] {
    static TAGGERS: OnceLock<Vec<Tagger>> = OnceLock::new();
    TAGGERS.get_or_init(|| {
        let mut all = vec![Tagger::provisional(), taggers::tiny_trained()];
        all.extend(taggers::committed());
        all
    })
}

/// A char boundary at about `fraction` of the text.
fn boundary(text: &str, fraction: f64) -> usize {
    let mut at = ((text.len() as f64) * fraction) as usize;
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn analysis_spans_are_valid(text in any_text(), format in format()) {
        let analysis = analyze(&text, format, &Tagger::provisional());
        check_analysis(&analysis);
    }

    #[test]
    fn analysis_spans_are_valid_with_every_tagger(text in news_text(), format in format(), which in any::<prop::sample::Index>()) {
        let tagger = which.get(all_taggers());
        check_analysis(&analyze(&text, format, tagger));
    }

    #[test]
    fn export_offsets_agree_with_counting(text in any_text(), format in format()) {
        let analysis = analyze(&text, format, &Tagger::provisional());
        check_analysis(&analysis);
        check_export(&analysis);
    }

    #[test]
    fn parsing_is_deterministic(text in any_text(), format in format()) {
        let doc = parse(&text, format);
        check_document(&doc);
        prop_assert_eq!(&parse(&text, format), &doc);
        if format != Format::Markdown {
            // A plain-text article's spans index the source itself: the text is the source,
            // but for a CR alone, read as LF (one byte for one).
            prop_assert_eq!(doc.text.len(), text.len());
            prop_assert_eq!(doc.text.replace('\r', "\n"), text.replace('\r', "\n"));
        }
    }

    #[test]
    fn analysis_is_deterministic(text in news_text(), format in format()) {
        prop_assert_eq!(analyze(&text, format, &Tagger::provisional()), analyze(&text, format, &Tagger::provisional()));
    }

    #[test]
    fn tokens_lie_within_sentences_of_any_span(text in any_text(), a in 0.0..=1.0f64, b in 0.0..=1.0f64) {
        let span = Span::new(boundary(&text, a.min(b)), boundary(&text, a.max(b)));
        for span in [span, Span::new(0, text.len())] {
            check_tokenisation(&text, span, &tokens(&text, span), &sentences(&text, span));
        }
    }

    #[test]
    fn model_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = Tagger::from_bytes(&bytes);
    }

    #[test]
    fn a_mutated_model_never_panics(flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8), cut in any::<prop::sample::Index>()) {
        static MODEL: OnceLock<Vec<u8>> = OnceLock::new();
        let model = MODEL.get_or_init(|| taggers::tiny_trained().to_bytes().expect("trained model has bytes"));
        let mut bytes = model.clone();
        for (at, value) in flips {
            *at.get_mut(&mut bytes) = value;
        }
        bytes.truncate(cut.index(bytes.len() + 1));
        if let Ok(tagger) = Tagger::from_bytes(&bytes) {
            let words = ["Jens", "Stoltenberg", "sagte", "in", "Kiew", "."];
            prop_assert_eq!(tagger.tag(&words).len(), words.len());
        }
    }
}

#[test]
fn bundled_articles_keep_every_invariant() {
    for article in newslens::articles::all() {
        for tagger in all_taggers() {
            let analysis = analyze(article.source, article.format, tagger);
            check_analysis(&analysis);
            check_export(&analysis);
            assert!(!analysis.tokens.is_empty(), "{}", article.slug);
        }
    }
}
