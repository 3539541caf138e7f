//! What the fuzz targets share: the engine's invariants (the same file the integration tests
//! use), the taggers to run, and a structured text builder that reaches the quotation finder's
//! deeper paths far sooner than random bytes do.

use std::sync::OnceLock;

use newslens::engine::Tagger;

#[path = "../../tests/support/invariants.rs"]
pub mod invariants;
#[path = "../../tests/support/taggers.rs"]
mod tagger_models;

pub use tagger_models::tiny_trained;

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

/// Pieces of German news text around quotations: every typography of quotation mark, speech
/// verbs, speakers, pronouns, Konjunktiv I, sentence ends and paragraph breaks.
const PIECES: &[&str] = &[
    "„", "“", "”", "\"", "'", "‚", "‘", "’", "»", "«", "›", "‹", " ", " ", " ", ", ", ". ", ": ", "? ", "! ", "\n",
    "\n\n", "\r\n", " - ", " – ", "(", ")", "sagte", "sagt", "erklärte", "betonte", "so", "laut", "zufolge",
    "nach Angaben von", "er", "sie", "Sie", "der Norweger", "die Kanzlerin", "Jens Stoltenberg", "Stoltenberg",
    "Olaf Scholz", "Scholz", "Selenskyj", "die NATO", "Reuters", "Wir", "bleiben", "seien", "sei", "habe", "werde",
    "müsse", "dass", "die Mitgliedstaaten", "sich einig", "nicht", "Kiew", "am 24. Februar 2022", "als", "bezeichnete",
    "Die", "Das", "ist", "war", "Man", "heißt es", "Sprecher", "z.B.", "Dr.", "NATO-Gipfel", "É", "\u{301}", "😀",
    "\u{5D0}", "\u{200F}", "\0", "\u{FEFF}", "> ", "* ", "# ",
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
