//! The rows of the quotation tables (`tests/quotes_cases.rs`, `tests/quotes_frame.rs`) and how
//! they are checked: a short text, analysed with the committed model (`model/ner.bin`, the
//! tagger readers get), and every quotation the analysis must list, in text order: its type,
//! its words, its speaker as written, and, where the row says so, the cue and the entity the
//! speaker resolves to. A row marked `known` is a fault not fixed yet: the check wants it to
//! *still* fail, so a fix that makes it pass must remove the mark.

#![allow(dead_code)]

use std::sync::OnceLock;

use newslens::engine::{analyze, Analysis, Format, QuoteKind, Tagger};

const MODEL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/model/ner.bin");

pub fn tagger() -> &'static Tagger {
    static TAGGER: OnceLock<Tagger> = OnceLock::new();
    TAGGER.get_or_init(|| {
        let bytes = std::fs::read(MODEL).expect("model/ner.bin is committed with the source");
        Tagger::from_bytes(&bytes).expect("model/ner.bin loads")
    })
}

/// What one quotation must be. `speaker` is the speaker as written ("" for none, "*" for any);
/// `cue` the cue as written ("" not checked); `entity` the name of the cluster the speaker
/// resolves to ("" not checked, "-" none).
#[derive(Clone, Copy, Debug)]
pub struct Want {
    pub kind: QuoteKind,
    pub words: &'static str,
    pub speaker: &'static str,
    pub cue: &'static str,
    pub entity: &'static str,
}

pub const fn q(kind: QuoteKind, words: &'static str, speaker: &'static str) -> Want {
    Want { kind, words, speaker, cue: "", entity: "" }
}

pub const fn cued(kind: QuoteKind, words: &'static str, speaker: &'static str, cue: &'static str) -> Want {
    Want { kind, words, speaker, cue, entity: "" }
}

pub const fn resolved(kind: QuoteKind, words: &'static str, speaker: &'static str, entity: &'static str) -> Want {
    Want { kind, words, speaker, cue: "", entity }
}

pub struct Case {
    /// What the row is about.
    pub name: &'static str,
    /// Paragraphs, one a line (as `Format::Lines` reads data sets), or with a title line when
    /// `article` is set.
    pub text: &'static str,
    pub article: bool,
    pub want: &'static [Want],
    pub known: bool,
}

pub const fn case(name: &'static str, text: &'static str, want: &'static [Want]) -> Case {
    Case { name, text, article: false, want, known: false }
}

/// A row whose fault is not fixed yet.
pub const fn known(name: &'static str, text: &'static str, want: &'static [Want]) -> Case {
    Case { name, text, article: false, want, known: true }
}

pub fn analyse(case: &Case) -> Analysis {
    if case.article {
        analyze(case.text, Format::Article, tagger())
    } else {
        analyze(case.text, Format::Lines, tagger())
    }
}

/// One quotation of the analysis as the table reads it: kind, words (spans joined by " | "),
/// speaker and cue as written ("" for none), and the speaker's entity ("-" for none).
struct Got<'a> {
    kind: QuoteKind,
    words: String,
    speaker: &'a str,
    cue: &'a str,
    entity: &'a str,
}

impl Got<'_> {
    fn fits(&self, w: &Want) -> bool {
        self.kind == w.kind
            && self.words == w.words
            && (w.speaker == "*" || self.speaker == w.speaker)
            && (w.cue.is_empty() || self.cue == w.cue)
            && (w.entity.is_empty() || self.entity == w.entity)
    }
}

/// Why the analysis differs from the row, or `None` when it matches.
pub fn mismatch(case: &Case) -> Option<String> {
    let a = analyse(case);
    let got: Vec<Got> = a
        .quotes
        .iter()
        .map(|q| Got {
            kind: q.kind,
            words: q.spans.iter().map(|s| a.slice(*s)).collect::<Vec<_>>().join(" | "),
            speaker: q.speaker.map_or("", |s| a.slice(s)),
            cue: q.cue.map_or("", |s| a.slice(s)),
            entity: q.speaker_cluster.and_then(|c| a.clusters.get(c)).map_or("-", |c| c.name.as_str()),
        })
        .collect();
    let fits = got.len() == case.want.len() && got.iter().zip(case.want).all(|(g, w)| g.fits(w));
    let shown: Vec<String> = got
        .iter()
        .map(|g| format!("{:?} {:?} by {:?} (cue {:?}, entity {:?})", g.kind, g.words, g.speaker, g.cue, g.entity))
        .collect();
    (!fits).then(|| format!("want {:#?}\n got {shown:#?}", case.want))
}

/// Checks every row and panics with each one that differs (or a `known` row that passes now).
pub fn check(cases: &[Case]) {
    let mut failures = Vec::new();
    for case in cases {
        match (mismatch(case), case.known) {
            (Some(why), false) => failures.push(format!("{}: {}\n{why}", case.name, case.text)),
            (None, true) => failures.push(format!("{}: passes now; remove its `known` mark", case.name)),
            _ => {}
        }
    }
    assert!(failures.is_empty(), "{} rows differ:\n\n{}", failures.len(), failures.join("\n\n"));
}
