//! The committed model `model/ner.bin`: it loads, and it finds people, places and
//! organisations in German sentences that are not from the bundled articles.

use newslens::engine::ner::Label;
use newslens::engine::{analyze_with, EntityKind, Format, Tagger, Variant};

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
    let analysis = analyze_with(text, Format::Text, &t);
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
