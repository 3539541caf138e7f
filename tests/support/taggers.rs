//! The taggers the robustness checks run: a tiny model trained on the spot, so the trained
//! decoder is exercised whether or not `model/ner.bin` is committed yet, and that file when it is.

#![allow(dead_code)]

use newslens::engine::ner::train::{self, Sentence};
use newslens::engine::ner::{Label, Lexicon};
use newslens::engine::{EntityKind, Tagger, Variant};

/// A model trained in milliseconds on a few sentences: small, but it runs feature extraction,
/// the weights and the constrained Viterbi decoder.
pub fn tiny_trained() -> Tagger {
    use EntityKind::{Loc, Org, Per};
    let b = |k| Label::Begin(k, Variant::Name);
    let i = |k| Label::Inside(k, Variant::Name);
    let o = Label::Outside;
    let part = Label::Begin(Org, Variant::Part);
    let sentence =
        |words: &[&str], labels: Vec<Label>| Sentence { words: words.iter().map(|w| w.to_string()).collect(), labels };
    let data = vec![
        sentence(&["Jens", "Stoltenberg", "besucht", "Kiew", "."], vec![b(Per), i(Per), o, b(Loc), o]),
        sentence(&["Die", "NATO", "tagt", "in", "Warschau", "."], vec![o, b(Org), o, o, b(Loc), o]),
        sentence(&["Der", "NATO-Gipfel", "beginnt", "."], vec![o, part, o, o]),
        sentence(&["„", "Wir", "bleiben", "“", ",", "sagte", "Selenskyj", "."], vec![o, o, o, o, o, o, b(Per), o]),
    ];
    let lexicon = Lexicon::parse_tsv("Kiew\t5\t12\t\nNATO\t9\t14\t\nsagte\t3\t8\t\n").expect("tiny lexicon parses");
    let options = train::Options { epochs: 3, ..train::Options::default() };
    train::train(&data, &lexicon, &options, &mut |_, _| {})
}

/// The committed model, read at run time so the tests build before it exists.
pub fn committed() -> Option<Tagger> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("model/ner.bin");
    let bytes = std::fs::read(path).ok()?;
    Some(Tagger::from_bytes(&bytes).expect("model/ner.bin loads"))
}
