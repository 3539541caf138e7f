//! The committed model `model/ner.bin`: it loads, and it finds people, places and
//! organisations in German sentences that are not from the bundled articles.

use newslens::engine::ner::Label;
use newslens::engine::{analyze, EntityKind, Format, Tagger, Variant};

const MODEL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/model/ner.bin");

fn tagger() -> Tagger {
    let bytes = std::fs::read(MODEL).expect("model/ner.bin is committed with the source");
    Tagger::from_bytes(&bytes).expect("model/ner.bin loads")
}

fn labels(tagger: &Tagger, sentence: &str) -> Vec<String> {
    let words: Vec<&str> = sentence.split(' ').collect();
    tagger.tag(&words).iter().map(Label::to_string).collect()
}

#[test]
fn tags_person_place_and_organisation() {
    let t = tagger();
    assert!(t.is_trained());
    let got = labels(&t, "Angela Merkel traf in Paris den Präsidenten von Siemens .");
    assert_eq!(got[..2], ["B-PER", "I-PER"], "{got:?}");
    assert_eq!(got[4], "B-LOC", "{got:?}");
    assert_eq!(got[8], "B-ORG", "{got:?}");
    assert!(got.iter().enumerate().all(|(i, l)| [0, 1, 4, 8].contains(&i) || l == "O"), "{got:?}");
}

#[test]
fn tags_derived_and_part_mentions() {
    let t = tagger();
    let got = labels(&t, "Der französische Präsident sprach mit dem EU-Kommissar in Brüssel .");
    assert_eq!(got[1], "B-LOCderiv", "{got:?}");
    assert_eq!(got[6], "B-ORGpart", "{got:?}");
    assert_eq!(got[8], "B-LOC", "{got:?}");
}

#[test]
fn common_nouns_stay_outside() {
    let t = tagger();
    let got = labels(&t, "Die Regierung will die Steuern im nächsten Jahr senken .");
    assert!(got.iter().all(|l| l == "O"), "{got:?}");
}

#[test]
fn analysis_marks_the_name_inside_a_compound() {
    let t = tagger();
    // The first line of a plain-text article is its title; the body follows.
    let text = "Treffen in Wien\n\nBeim Treffen in Wien forderte der NATO-Generalsekretär mehr Geld.";
    let analysis = analyze(text, Format::Article, &t);
    let nato =
        analysis.mentions.iter().find(|m| m.variant == Variant::Part).expect("a part mention for NATO-Generalsekretär");
    assert_eq!(analysis.slice(nato.span), "NATO");
    assert_eq!(nato.kind, EntityKind::Org);
    assert!(analysis.mentions.iter().any(|m| m.kind == EntityKind::Loc && analysis.slice(m.span) == "Wien"));
}

#[test]
fn odd_input_never_panics() {
    let t = tagger();
    assert!(t.tag(&[]).is_empty());
    let odd = ["", "-", "🙂", "\u{301}", "#", "ẞ", "A-B-C-", "x-"];
    assert_eq!(t.tag(&odd).len(), odd.len());
}

#[path = "support/taggers.rs"]
mod taggers;

/// A tiny model saved in format 2 (the varint layout before models were read in place), trained
/// by `taggers::tiny_trained` on the same sentences.
const FORMAT_2: &[u8] = include_bytes!("../src/engine/ner/testdata/tiny-format-2.bin");

#[test]
fn format_2_is_refused_with_the_way_to_convert_it() {
    let err = Tagger::from_bytes(FORMAT_2).expect_err("format 2 is not read in place");
    let message = err.to_string();
    assert!(message.contains("format 2") && message.contains("newslens upgrade-model"), "{message}");
}

#[test]
fn format_2_converts_to_what_training_gives_now() {
    // Conversion and deterministic retraining agree byte for byte, so either path gives the
    // committed model's tags.
    let converted = Tagger::from_format_2(FORMAT_2).expect("the format-2 file converts");
    let retrained = taggers::tiny_trained();
    assert_eq!(converted.to_bytes(), retrained.to_bytes());
    let words = ["Jens", "Stoltenberg", "besucht", "Kiew", "."];
    assert_eq!(converted.tag(&words), retrained.tag(&words));
    assert!(Tagger::from_format_2(&converted.to_bytes().unwrap()).is_err());
}

#[test]
fn the_committed_model_loads_in_place() {
    let bytes = std::fs::read(MODEL).expect("model/ner.bin is committed with the source");
    let t = Tagger::from_vec(bytes.clone()).expect("model/ner.bin loads without a copy");
    assert_eq!(t.to_bytes().as_deref(), Some(bytes.as_slice()));
    let (features, words) = t.size();
    assert!(features > 50_000 && words > 100_000, "{features} features, {words} words");
}
