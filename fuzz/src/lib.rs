//! What the fuzz targets share: the engine's invariants (the same file the integration tests
//! use), the taggers to run, and a structured text builder that reaches the quotation finder's
//! deeper paths far sooner than random bytes do.

use std::sync::OnceLock;

use newslens::engine::ner::train::{self, Sentence};
use newslens::engine::ner::{Label, Lexicon};
use newslens::engine::{EntityKind, Tagger, Variant};

#[path = "../../tests/support/invariants.rs"]
pub mod invariants;

/// Every tagger worth fuzzing: the provisional rules, a tiny model trained on the spot (so the
/// trained decoder runs even before a model is committed), and the committed model if any.
pub fn taggers() -> &'static [Tagger] {
    static TAGGERS: OnceLock<Vec<Tagger>> = OnceLock::new();
    TAGGERS.get_or_init(|| {
        let all = vec![Tagger::provisional(), tiny_trained()];
        #[cfg(committed_model)]
        let all = {
            let mut all = all;
            all.push(Tagger::from_bytes(include_bytes!("../../model/ner.bin")).expect("model/ner.bin loads"));
            all
        };
        all
    })
}

/// A model trained in milliseconds on a few sentences: small, but it exercises feature
/// extraction, the weights and the constrained Viterbi decoder.
pub fn tiny_trained() -> Tagger {
    use EntityKind::{Loc, Org, Per};
    let b = |k| Label::Begin(k, Variant::Name);
    let i = |k| Label::Inside(k, Variant::Name);
    let o = Label::Outside;
    let part = Label::Begin(Org, Variant::Part);
    let sentence = |words: &[&str], labels: Vec<Label>| Sentence { words: words.iter().map(|w| w.to_string()).collect(), labels };
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

/// Pieces of German news text around quotations: every typography of quotation mark, speech
/// verbs, speakers, pronouns, Konjunktiv I, sentence ends and paragraph breaks.
const PIECES: &[&str] = &[
    "„", "“", "”", "\"", "'", "‚", "‘", "’", "»", "«", "›", "‹", " ", " ", " ", ", ", ". ", ": ",
    "? ", "! ", "\n", "\n\n", "\r\n", " - ", " – ", "(", ")", "sagte", "sagt", "erklärte",
    "betonte", "so", "laut", "zufolge", "nach Angaben von", "er", "sie", "Sie", "der Norweger",
    "die Kanzlerin", "Jens Stoltenberg", "Stoltenberg", "Olaf Scholz", "Scholz", "Selenskyj",
    "die NATO", "Reuters", "Wir", "bleiben", "seien", "sei", "habe", "werde", "müsse", "dass",
    "die Mitgliedstaaten", "sich einig", "nicht", "Kiew", "am 24. Februar 2022", "als",
    "bezeichnete", "Die", "Das", "ist", "war", "Man", "heißt es", "Sprecher", "z.B.", "Dr.",
    "NATO-Gipfel", "É", "\u{301}", "😀", "\u{5D0}", "\u{200F}", "\0", "\u{FEFF}", "> ", "* ", "# ",
];

/// Turns fuzz bytes into text: each byte picks a piece, so short inputs make long, plausible
/// articles full of quotation marks and frames.
pub fn pieces_text(data: &[u8]) -> String {
    let mut text = String::new();
    for &b in data {
        text.push_str(PIECES[usize::from(b) % PIECES.len()]);
    }
    text
}
