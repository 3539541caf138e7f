//! Reported speech: a speech act told in the reporter's words, with what was said as its
//! object rather than as a clause ("Die Gewerkschaft forderte eine rasche Entscheidung", "Die
//! Opposition warf dem Minister Untätigkeit vor").
//!
//! Precision comes first: a wrong entry in the quote list costs more trust than a missing one.
//! Only verbs whose object is itself something said count, in a main clause whose subject can
//! speak (a person or organisation the tagger found, a role, group or media noun, a personal
//! pronoun), and the statement is the whole clause, as the quotation data set marks it.

use super::frame::{self, Cue};
use super::lexicon;
use super::{Doc, Draft};
use crate::engine::QuoteKind;

/// Speech acts whose object is what was said, by the stem of their forms ("forderte",
/// "empfahl"). Kept to the acts that the quotation data set's training split marks as reported
/// speech more often than not: "kritisierte", "berichtete", "nannte" and their kin are told as
/// often without being annotated as anyone's statement.
const STEMS: &[&str] = &["forder", "empfahl", "empfiehlt", "empfehl"];

/// Separable verbs whose particle makes the act a report of speech: "warf … vor".
const PARTICLES: &[&str] = &["vor"];

/// Whether the cue is a speech act whose object is what was said.
fn is_report_verb(d: &Doc, cue: Cue) -> bool {
    // "schlug … vor" (a proposal) shares the particle but is as often not annotated.
    if cue.form.particle.is_some_and(|p| PARTICLES.contains(&p)) && !d.lw(cue.at).starts_with("schl") {
        return true;
    }
    let w = d.lw(cue.at);
    STEMS.iter().any(|s| w.starts_with(s)) && !w.ends_with("ung")
}

/// The sentence `[a, b)` as a reported statement of the speech act `cue`, if it is one.
pub(crate) fn statement(d: &Doc, a: usize, b: usize, cue: Cue, inside: &[bool]) -> Option<Draft> {
    if cue.form.nonfinite || !is_report_verb(d, cue) || d.is_cap(cue.at) {
        return None;
    }
    // A main clause: the verb second, after its subject or an adverbial, not in a subordinate
    // clause ("Nachdem die Behörden gewarnt hatten").
    let cs = frame::clause_start(d, cue.at, inside);
    let conjunction = lexicon::is_subordinator(d.lw(cs)) || matches!(d.lw(cs), "und" | "sondern");
    // After a comma, an article word starts a relative clause ("…, die mehr Geld forderte").
    let relative = cs > a
        && matches!(
            d.lw(cs),
            "der" | "die" | "das" | "den" | "dem" | "deren" | "dessen" | "welche" | "welcher" | "welches"
        );
    let subordinate = conjunction || relative;
    if subordinate || (cs > a && d.word(cs - 1) == "," && !d.is_cap(cs)) {
        return None;
    }
    let speaker = frame::subject(d, cue, inside).filter(|&sp| frame::can_speak(d, sp))?;
    // What was said is the verb's object, not a clause or quotation after it: "forderte …
    // auf, … zu setzen" and "gab bekannt: „…“" report in other forms.
    if (cue.at + 1..b).any(|k| !inside.get(k).copied().unwrap_or(false) && matches!(d.word(k), "," | ":" | ";")) {
        return None;
    }
    // Something must follow the verb: its object.
    let mut end = b;
    while end > a && matches!(d.word(end - 1), "." | "!" | "?" | ":") {
        end -= 1;
    }
    if end <= cue.at + 1 || (cue.at + 1..end).all(|k| inside.get(k).copied().unwrap_or(false)) {
        return None;
    }
    Some(Draft {
        kind: QuoteKind::Reported,
        spans: vec![(a, end - 1)],
        speaker: Some(speaker),
        cue: Some(cue.at),
        cluster: None,
        interview: None,
    })
}
