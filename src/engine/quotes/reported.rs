//! Reported speech: a speech act told in the reporter's words, with what was said as its
//! object rather than as a clause ("Die Gewerkschaft forderte eine rasche Entscheidung", "Die
//! Opposition warf dem Minister Untätigkeit vor").
//!
//! Precision comes first: a wrong entry in the quote list costs more trust than a missing one.
//! Only acts whose object is itself something said count ("forderte", "sprach von", "warnte
//! vor", "bezeichnete … als" without quoted words), as the finite verb of a sentence's main
//! clause whose subject can speak (a person or organisation the tagger found, a role, group or
//! media noun, a personal pronoun), and the statement is the sentence from the act's own
//! clause on (after an adverbial clause or a first main clause, from its verb or subject), as
//! the quotation data set marks it.

use super::frame::{self, Cue};
use super::lexicon::{self, Class, Form};
use super::{Doc, Draft};
use crate::engine::QuoteKind;

/// What a speech act needs beside its verb to report what was said.
#[derive(Clone, Copy)]
enum Needs {
    /// Its object, with no particle closing the clause: "empfahl den Umstieg" (not "empfahl …
    /// an").
    Object,
    /// Its object with no particle, or the particle "auf" and what it asks for after "zu":
    /// "forderte eine Entscheidung", "forderte die Stadt zur Umkehr auf".
    Call,
    /// A preposition after the verb in its clause: "sprach von einem Erfolg", "warnte vor
    /// Sturm". Without it the verb frames speech or tells of a talk ("sprach mit dem Minister").
    Preposition(&'static [&'static str]),
    /// The separable particle closing the clause, and a preposition if one is listed: "warf …
    /// vor", "geht … von … aus".
    Particle(&'static str, &'static [&'static str]),
    /// A judgement with the listed word, if any, and no quotation in the clause: "bezeichnete
    /// die Entscheidung als richtig", "nannte den Plan einen Fehler". With quoted words the
    /// quotation is what was said ("bezeichnete … als „…“").
    Naming(&'static [&'static str]),
    /// A clause that opens with "als" and a noun naming a reason or an example, and the
    /// particle if one is listed: "Als Grund nannte die Firma …", "Als Beispiel führte er … an".
    Reason(Option<&'static str>),
}

/// Speech acts whose object is what was said, by the start of their forms ("forderte",
/// "empfahl", "gewarnt"), with what they need. Kept to the acts that the quotation data set's
/// training split marks as reported speech more often than not: "kritisierte", "lobte",
/// "kündigte … an", "lehnte … ab" and "berichtete" without "von" are told as often without
/// being annotated as anyone's statement.
const ACTS: &[(&str, Needs)] = &[
    ("forder", Needs::Call),
    ("empfahl", Needs::Object),
    ("empfiehlt", Needs::Object),
    ("empfehl", Needs::Object),
    ("beziffer", Needs::Preposition(&["auf", "mit"])),
    ("verwies", Needs::Preposition(&["auf"])),
    ("verweis", Needs::Preposition(&["auf"])),
    ("wirft", Needs::Particle("vor", &[])),
    ("warf", Needs::Particle("vor", &[])),
    ("werf", Needs::Particle("vor", &[])),
    ("sprach", Needs::Preposition(&["von", "vom"])),
    ("spricht", Needs::Preposition(&["von", "vom"])),
    ("sprechen", Needs::Preposition(&["von", "vom"])),
    ("bericht", Needs::Preposition(&["von", "vom"])),
    ("warn", Needs::Preposition(&["vor"])),
    ("gewarnt", Needs::Preposition(&["vor"])),
    ("geht", Needs::Particle("aus", &["von", "vom"])),
    ("gehen", Needs::Particle("aus", &["von", "vom"])),
    ("ging", Needs::Particle("aus", &["von", "vom"])),
    ("nannte", Needs::Naming(&[])),
    ("nennt", Needs::Naming(&[])),
    ("bezeichn", Needs::Naming(&["als"])),
    ("wertet", Needs::Naming(&["als"])),
    ("werten", Needs::Naming(&["als"])),
    ("stufte", Needs::Particle("ein", &["als"])),
    ("stuft", Needs::Particle("ein", &["als"])),
    ("rief", Needs::Particle("auf", &["zu", "zur", "zum"])),
    ("ruft", Needs::Particle("auf", &["zu", "zur", "zum"])),
    ("gab", Needs::Reason(Some("an"))),
    ("gibt", Needs::Reason(Some("an"))),
    ("führt", Needs::Reason(Some("an"))),
];

/// Nouns after a clause-opening "als" that make the verb name a reason or an example.
const REASONS: &[&str] =
    &["grund", "gründe", "beispiel", "beispiele", "ursache", "ursachen", "hauptursache", "hauptgrund", "begründung"];

/// Separable particles that close a clause and change what its verb does.
const CLOSING_PARTICLES: &[&str] = &["auf", "an", "ein", "aus", "vor", "ab", "zu", "hin", "fest", "zurück", "bekannt"];

/// What the word at `i` needs to be a speech act, if it is one of [`ACTS`]' forms: the cheap
/// test made on every word before the clause around it is looked at.
fn act_needs(d: &Doc, i: usize) -> Option<Needs> {
    let w = d.lw(i);
    if d.is_cap(i) || w.ends_with("ung") {
        return None;
    }
    ACTS.iter().find(|(stem, _)| w.starts_with(stem)).map(|&(_, needs)| needs)
}

/// The speech act at token `i`, a finite verb of the main clause `[cs, end)`, if it is one with
/// what it needs.
fn act_at(d: &Doc, i: usize, cs: usize, end: usize, inside: &[bool]) -> Option<Cue> {
    let needs = act_needs(d, i)?;
    let out = |k: usize| !inside.get(k).copied().unwrap_or(false);
    // "sprach sich für … aus": a reflexive verb takes a stand, it reports nothing said.
    if (i + 1..end).any(|k| out(k) && d.lw(k) == "sich") {
        return None;
    }
    // The particle that closes the clause, if any: "forderte … an" sends for help, "forderte
    // … auf, … zu …" asks in a clause; "warf … vor" accuses.
    let particle = (i + 1..end).find(|&k| {
        out(k)
            && lexicon::is(CLOSING_PARTICLES, d.lw(k))
            && (k + 1 >= end || frame::is_boundary(d, k + 1) || matches!(d.lw(k + 1), "und" | "oder" | "sowie"))
    });
    let has = |words: &[&str]| (i + 1..end).any(|k| out(k) && words.contains(&d.lw(k)));
    let closes = |p: Option<&str>| particle.map(|k| d.lw(k)) == p;
    let ok = match needs {
        Needs::Object => closes(None),
        Needs::Call => closes(None) || closes(Some("auf")) && has(&["zu", "zur", "zum"]),
        Needs::Preposition(words) => closes(None) && has(words),
        Needs::Particle(p, words) => closes(Some(p)) && (words.is_empty() || has(words)),
        Needs::Naming(words) => {
            closes(None) && (words.is_empty() || has(words)) && (cs..end).all(|k| out(k) && d.mark(k).is_none())
        }
        Needs::Reason(p) => d.lw(cs) == "als" && lexicon::is(REASONS, d.lw(cs + 1)) && closes(p),
    };
    let particle_word = particle.and_then(|k| CLOSING_PARTICLES.iter().find(|&&p| p == d.lw(k)).copied());
    let form = Form { class: Class::Say, nonfinite: false, particle: particle_word };
    ok.then_some(Cue { at: i, form, end: particle.unwrap_or(i) })
}

/// Whether the comma at `k` opens a clause that belongs to the statement: a relative clause
/// ("…, die gepflegt werden"), a clause of purpose or reason ("…, um Hilfe zu
/// bringen", "…, weil er …"). Any other clause after the object is what was asked or said in
/// another form ("forderte die Partei auf, … zu setzen", "empfahl dem Gericht, … zu folgen").
fn attached_clause(d: &Doc, k: usize, inside: &[bool]) -> bool {
    let opens = matches!(
        d.lw(k + 1),
        "der"
            | "die"
            | "das"
            | "den"
            | "dem"
            | "deren"
            | "dessen"
            | "welche"
            | "welcher"
            | "welches"
            | "wo"
            | "um"
            | "weil"
            | "da"
            | "wobei"
            | "bei"
            | "mit"
            | "in"
            | "von"
    );
    // "nannte …, den Astronauten mehr Zeit zu geben": an article may open an infinitive
    // clause too, which ends in "zu" and its verb.
    // "…, auf die es … abgesehen hatten": a relative clause after its preposition.
    let preposition = lexicon::is(lexicon::PREPOSITIONS, d.lw(k + 1))
        && !lexicon::is_subordinator(d.lw(k + 1))
        && !matches!(d.lw(k + 1), "und" | "oder" | "als" | "wie" | "dass" | "ob");
    let relative = preposition && lexicon::is(RELATIVE_PRONOUNS, d.lw(k + 2));
    let end = frame::clause_end(d, k + 1, inside);
    let infinitive = d.lw(k + 1) != "um" && end >= k + 3 && d.lw(end - 2) == "zu";
    (opens || relative) && !infinitive
}

/// The sentence `[a, b)` as a reported statement, if the verb of its main clause is a speech
/// act with what it needs.
pub(crate) fn statement(d: &Doc, a: usize, b: usize, inside: &[bool]) -> Option<Draft> {
    let out = |k: usize| !inside.get(k).copied().unwrap_or(false);
    // Something must follow the verb: its object.
    let mut end = b;
    while end > a && matches!(d.word(end - 1), "." | "!" | "?" | ":") {
        end -= 1;
    }
    // The first act that heads the main clause: "Die Firma, die ihre Verluste noch beziffert,
    // spricht von …" passes over the relative clause's verb.
    (a..end.min(a + frame::LOOK)).filter(|&i| out(i) && act_needs(d, i).is_some()).find_map(|i| {
        let next_comma = (i + 1..b).find(|&k| out(k) && matches!(d.word(k), "," | ":" | ";"));
        let cs = frame::clause_start(d, i, inside);
        let cue = act_at(d, i, cs, next_comma.unwrap_or(b), inside)?;
        // What was said is the verb's object, not a clause or quotation after it: "forderte …
        // auf, … zu setzen" and "gab bekannt: „…“" report in other forms.
        if next_comma.is_some_and(|k| d.word(k) != "," || !attached_clause(d, k, inside)) {
            return None;
        }
        if end <= i + 1 || (i + 1..end).all(|k| !out(k)) {
            return None;
        }
        let (speaker, start) = main_clause_subject(d, a, cs, cue, inside)?;
        Some(Draft {
            kind: QuoteKind::Reported,
            spans: vec![(start, end - 1)],
            speaker: Some(speaker),
            cue: Some(cue.at),
            cluster: None,
            interview: None,
        })
    })
}

/// The subject of `cue` when it is the verb of the sentence's main clause `[cs, …)`, and the
/// subject can speak. Not in a subordinate clause ("Nachdem die Behörden gewarnt hatten") nor
/// a relative one ("…, die mehr Geld forderte"); a verb right after a comma heads the main
/// clause only after the subject's apposition or relative clause ("Die Hamas, die Partei der
/// Regierung, bezeichnete …", "Die Firma, die …, spricht von …"). With the subject, where the
/// statement starts (token index): the sentence's start, or the act's own clause when a clause
/// in the reporter's voice comes first ("Während …, fordert die Partei …", "Es kamen 500
/// Menschen, die Polizei spricht von 400"), as the quotation data set marks it.
fn main_clause_subject(d: &Doc, a: usize, cs: usize, cue: Cue, inside: &[bool]) -> Option<((usize, usize), usize)> {
    let speaks = |sp: (usize, usize)| frame::can_speak(d, sp);
    // A second main clause after a full first one: its subject right before its verb.
    if cs > a + 2 && d.word(cs - 1) == "," && cue.at > cs && frame::has_verb(d, a, cs - 1, inside) {
        let second = frame::np_at(d, cs, cue.at).filter(|&(x, y)| x == cs && y + 1 == cue.at && d.is_cap(y));
        if let Some(np) = second.filter(|&np| frame::names_speaker(d, np) || speaks(np)) {
            return Some((np, cs));
        }
    }
    let conjunction = lexicon::is_subordinator(d.lw(cs)) || matches!(d.lw(cs), "und" | "sondern");
    let relative = cs > a && lexicon::is(RELATIVE_PRONOUNS, d.lw(cs));
    // "Als Grund nannte die Firma …": "als" with a noun opens the main clause.
    if (conjunction && !(d.lw(cs) == "als" && cs + 1 < cue.at)) || relative {
        return None;
    }
    if cs > a && d.word(cs - 1) == "," && !d.is_cap(cs) {
        if cs != cue.at {
            return None;
        }
        let first = (a..cs).find(|&k| d.word(k) == ",")?;
        // "Da die Waffe gefunden wurde, geht die Polizei von … aus": after an adverbial clause
        // the subject follows the verb, and the statement starts with it.
        if lexicon::is(lexicon::ADVERBIAL_CONJUNCTIONS, d.lw(a)) || matches!(d.lw(a), "seit" | "wie") {
            return frame::subject(d, cue, inside).filter(|&sp| sp.0 > cue.at && speaks(sp)).map(|sp| (sp, cs));
        }
        let subject = frame::subject(d, cue, inside).filter(|&sp| sp.1 < cs && speaks(sp));
        if let Some(sp) = subject {
            return Some((sp, a));
        }
        // "Zapatero, der der Partei angehört, verwies …": the phrase before a relative clause.
        return lexicon::is(RELATIVE_PRONOUNS, d.lw(first + 1))
            .then(|| frame::np_at(d, a, first))
            .flatten()
            .filter(|&sp| speaks(sp))
            .map(|sp| (sp, a));
    }
    frame::subject(d, cue, inside).filter(|&sp| speaks(sp)).map(|sp| (sp, a))
}

/// Words that open a relative clause after a comma.
const RELATIVE_PRONOUNS: &[&str] =
    &["der", "die", "das", "den", "dem", "deren", "dessen", "welche", "welcher", "welches"];
