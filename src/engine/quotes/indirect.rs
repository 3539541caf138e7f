//! Indirect speech: what someone said, in the reporter's words.
//!
//! - A speech verb with a dependent clause after a comma: "sagte er, die Mitgliedstaaten seien
//!   sich einig", "erklärte, dass …", "Wie die Polizei mitteilte, …"; or before it: "…, sagte er."
//! - A source phrase: "laut X …", "X zufolge …", "nach Angaben von X …": the rest of the sentence.
//! - Konjunktiv I sentences right after a reported statement, with no frame of their own
//!   ("Die NATO werde …"): they continue it, with its speaker (IndirectFreeIndirect).

use super::direct;
use super::frame::{self, Cue};
use super::lexicon::{self, Class};
use super::reported;
use super::{Doc, Draft};
use crate::engine::QuoteKind;

/// Words after a comma that start a clause which is not what was said.
const NOT_COMPLEMENT: &[&str] = &[
    "und", "aber", "sondern", "bevor", "nachdem", "als", "weil", "wenn", "um", "während", "obwohl", "da", "sowie",
    "doch", "jedoch", "bis", "seit", "sobald", "wobei", "worauf", "nachdem",
];

/// How many tokens may stand between a cue and the comma that opens its clause.
const CUE_TO_COMMA: usize = 10;
/// The longest complement clause, in tokens.
const MAX_COMPLEMENT: usize = 150;
/// How many sentences after a report a Konjunktiv sentence still continues it.
const REACH_ON: usize = 4;
/// The longest tail "…, sagte der Sprecher der Polizei." a statement before its frame may have.
const TAIL: usize = 12;

/// Whether most of `[a, b]` lies inside quotation marks (then it is a direct quote).
fn mostly_quoted(inside: &[bool], a: usize, b: usize) -> bool {
    let n = b + 1 - a;
    let quoted = (a..=b).filter(|&i| inside.get(i).copied().unwrap_or(false)).count();
    quoted * 10 >= n * 7
}

/// The end (exclusive) of a complement clause starting at `start`: the sentence end, a dash,
/// a semicolon or a following frame.
fn complement_end(d: &Doc, start: usize, b: usize) -> usize {
    // Nothing anyone said runs longer; the bound keeps endless sentences linear.
    let b = b.min(start + MAX_COMPLEMENT);
    let mut k = start;
    while k < b {
        if matches!(d.word(k), "–" | "-" | "—" | ";") && k > start {
            return k;
        }
        // ", denn …", ", aber …": a new main clause in the reporter's voice.
        if d.word(k) == ","
            && k > start
            && matches!(d.lw(k + 1), "denn" | "aber" | "doch" | "sondern" | "jedoch" | "zumal")
        {
            return k;
        }
        k += 1;
    }
    // Drop sentence-final punctuation.
    let mut end = b;
    while end > start && matches!(d.word(end - 1), "." | "!" | "?" | ":") {
        end -= 1;
    }
    end
}

/// Whether `[a, b)` is a clause that reports what was said: a "dass", "ob" or w-clause, or a
/// clause whose finite verb is in the Konjunktiv. A fragment without a verb ("…, auch die
/// Feuerwehr") reports nothing.
fn is_reported_clause(d: &Doc, a: usize, b: usize, inside: &[bool]) -> bool {
    let opener = matches!(
        d.lw(a),
        "dass"
            | "ob"
            | "wer"
            | "was"
            | "wie"
            | "wann"
            | "warum"
            | "weshalb"
            | "wieso"
            | "wo"
            | "wohin"
            | "woher"
            | "welche"
            | "welcher"
            | "welches"
            | "inwieweit"
            | "inwiefern"
            | "wieviel"
            | "wieviele"
    );
    opener || has_subjunctive(d, a, b, inside) || frame::has_verb(d, a, b, inside)
}

fn has_subjunctive(d: &Doc, a: usize, b: usize, inside: &[bool]) -> bool {
    (a..b)
        .any(|i| !inside[i] && lexicon::is(lexicon::SUBJUNCTIVE, d.lw(i)) && !matches!(d.lw(i.wrapping_sub(1)), "ich"))
}

/// A speech verb followed by its clause: "sagte er, …" / "erklärte, dass …".
fn forward(d: &Doc, cue: Cue, b: usize, inside: &[bool]) -> Option<Draft> {
    let after = cue.end.max(cue.at);
    // "Berichte, wonach …": a capitalised word at the sentence start right before a comma is a
    // noun, not a verb.
    if d.is_cap(cue.at) && d.word(cue.at + 1) == "," {
        return None;
    }
    // "Nachdem die Gewerkschaft mehr Lohn forderte, begannen …": the clause after a temporal or
    // causal one is the reporter's. ("Wie die Polizei mitteilte, …" does frame a report.)
    // Not "da" or "als": "…, da sie befürchten, viele könnten …" reports what they fear.
    if matches!(
        d.lw(frame::clause_start(d, cue.at, inside)),
        "nachdem" | "weil" | "wenn" | "obwohl" | "während" | "bevor" | "seitdem" | "sobald"
    ) {
        return None;
    }
    if d.word(after + 1) == ":" {
        return None;
    }
    let mut k = after + 1;
    while k < b && k <= after + CUE_TO_COMMA && !frame::is_boundary(d, k) {
        k += 1;
    }
    if k >= b || d.word(k) != "," {
        return None;
    }
    let start = k + 1;
    if start >= b || lexicon::is(NOT_COMPLEMENT, d.lw(start)) || is_relative(d, start) {
        return None;
    }
    let end = complement_end(d, start, b);
    if end <= start + 1 || mostly_quoted(inside, start, end - 1) || !is_reported_clause(d, start, end, inside) {
        return None;
    }
    // After a prepositional phrase, a clause without "dass" or a Konjunktiv belongs to its noun
    // ("begründet seinen Angriff mit dem Wunsch Kiews, dem Bündnis beizutreten").
    let after_phrase = (after + 1..k)
        .any(|i| matches!(d.lw(i), "mit" | "von" | "über" | "auf" | "für" | "gegen" | "um" | "nach" | "aus"));
    if after_phrase && !matches!(d.lw(start), "dass" | "ob") && !has_subjunctive(d, start, end, inside) {
        return None;
    }
    let speaker = frame::subject(d, cue, inside);
    // Without a speaker, a clause far from its verb is more often an attribute of a noun
    // ("begründet … mit dem Wunsch Kiews, … beizutreten").
    if speaker.is_none() && k > after + 3 {
        return None;
    }
    Some(Draft {
        kind: QuoteKind::Indirect,
        spans: vec![(start, end - 1)],
        speaker,
        cue: Some(cue.at),
        cluster: None,
        interview: None,
    })
}

/// Whether a clause starting at `i` is a relative clause ("…, die in diesem Jahr angezündet
/// wurden", "…, was ein Hinweis ist"), not what was said ("…, die Lage sei ernst").
fn is_relative(d: &Doc, i: usize) -> bool {
    match d.lw(i) {
        "was" | "wo" | "welche" | "welcher" | "welches" | "dessen" | "deren" | "wobei" | "woraufhin" => true,
        // An article before a noun starts the statement; a pronoun before anything else relates.
        "der" | "die" | "das" | "dem" | "den" => {
            !d.is_cap(i + 1) && !d.lw(i + 1).ends_with('e') && !d.lw(i + 1).ends_with("en")
        }
        _ => false,
    }
}

/// A statement followed by its frame: "Die NATO werde …, sagte er." / "…, so der Sprecher."
fn backward(d: &Doc, i: usize, a: usize, b: usize, inside: &[bool]) -> Option<Draft> {
    if i < a + 3 || d.word(i - 1) != "," || b - i > TAIL || (i..b).any(|k| d.word(k) == ",") {
        return None;
    }
    let end = i - 2;
    if mostly_quoted(inside, a, end) || !is_reported_clause(d, a, end + 1, inside) {
        return None;
    }
    let tail_end = complement_end(d, i, b);
    let (speaker, cue) = if d.lw(i) == "so" {
        (frame::np_at(d, i + 1, tail_end), i)
    } else if d.lw(i) == "wie" {
        // "…, wie die Nachrichtenagentur ANSA gestern berichtete."
        let cue = frame::last_cue(d, i + 1, tail_end, inside).filter(|c| c.form.class == Class::Say)?;
        (frame::subject(d, cue, inside), cue.at)
    } else {
        let cue = frame::cue_at(d, i).filter(|c| c.form.class == Class::Say && !c.form.nonfinite)?;
        (frame::np_after(d, cue.end.max(cue.at) + 1, tail_end).or_else(|| frame::subject(d, cue, inside)), cue.at)
    };
    speaker?;
    Some(Draft {
        kind: QuoteKind::Indirect,
        spans: vec![(a, end)],
        speaker,
        cue: Some(cue),
        cluster: None,
        interview: None,
    })
}

/// A speech noun with its clause: "vertritt die Ansicht, dass …", "widersprach der Forderung,
/// dass …".
fn noun_complement(d: &Doc, a: usize, b: usize, inside: &[bool]) -> Option<Draft> {
    // "Spekulationen, wonach …", "Berichte, wonach …": "wonach" reports after any noun.
    let n = (a..b).find(|&i| {
        !inside[i]
            && d.word(i + 1) == ","
            && (lexicon::is(lexicon::CLAUSE_NOUNS, d.lw(i)) && d.lw(i + 2) == "dass"
                || d.is_cap(i) && d.lw(i + 2) == "wonach")
    })?;
    let wonach = d.lw(n + 2) == "wonach";
    let start = if wonach { n + 3 } else { n + 2 };
    let mut end = complement_end(d, start, b);
    if wonach {
        // The "wonach" clause is an attribute: the sentence goes on after its comma.
        end = (start..end).find(|&k| d.word(k) == "," && !inside[k]).unwrap_or(end);
    }
    if end <= start + 1 || mostly_quoted(inside, start, end - 1) {
        return None;
    }
    let cs = frame::clause_start(d, n, inside);
    let speaker = frame::clause_subject(d, cs, n);
    Some(Draft {
        kind: QuoteKind::Indirect,
        spans: vec![(start, end - 1)],
        speaker,
        cue: Some(n),
        cluster: None,
        interview: None,
    })
}

/// "Im Département sollen drei Lagerhallen abgebrannt sein.": "sollen" with a perfect
/// infinitive reports a claim without saying whose (FreeIndirect).
fn reportative(d: &Doc, a: usize, b: usize, inside: &[bool]) -> bool {
    let end = complement_end(d, a, b);
    let modal = (a..end).any(|i| !inside[i] && matches!(d.lw(i), "soll" | "sollen"));
    let perfect = end >= a + 2
        && matches!(d.lw(end - 1), "sein" | "haben")
        && (d.lw(end - 2).starts_with("ge") || d.lw(end - 2).ends_with("en") || d.lw(end - 2).ends_with('t'));
    modal && perfect
}

/// Indirect quotations, sentence by sentence.
pub(crate) fn find(d: &Doc, inside: &[bool], directs: &[Draft]) -> Vec<Draft> {
    let mut out = Vec::new();
    // The speaker of each sentence's attributed direct quote, to start a chain.
    let mut direct_speaker: Vec<Option<(usize, usize)>> = vec![None; d.sents.len()];
    for q in directs {
        if let (Some(sp), Some(&(_, last))) = (q.speaker, q.spans.last()) {
            if let Some(slot) = d.sent.get(last).and_then(|&s| direct_speaker.get_mut(s)) {
                *slot = Some(sp);
            }
        }
    }
    // The speaker a following Konjunktiv I sentence continues: (sentence, speaker).
    let mut chain: Option<(usize, Option<(usize, usize)>)> = None;
    for (s, &(a, b)) in d.sents.iter().enumerate() {
        let mut found: Option<Draft> = None;
        let mut reporting: Option<Option<(usize, usize)>> = None;
        let mut reporting_cue: Option<Cue> = None;
        let mut i = a;
        while i < b && found.is_none() {
            if inside[i] {
                i += 1;
                continue;
            }
            if matches!(d.lw(i), "so" | "wie") && i > a && d.word(i - 1) == "," {
                found = backward(d, i, a, b, inside);
            } else if let Some(cue) = frame::cue_at(d, i).filter(|c| c.form.class == Class::Say) {
                found = forward(d, cue, b, inside).or_else(|| backward(d, i, a, b, inside));
                if reporting.is_none() {
                    reporting = Some(frame::subject(d, cue, inside));
                }
                if reporting_cue.is_none() {
                    reporting_cue = Some(cue);
                }
            }
            i += 1;
        }
        if found.is_none() {
            found = noun_complement(d, a, b, inside);
        }
        if found.is_none() && !mostly_quoted(inside, a, b.saturating_sub(1).max(a)) {
            if let Some(src) = direct::source_phrase(d, a, b, inside) {
                let (frame_span, np, cue) = (src.extent, src.source, src.cue);
                let end = complement_end(d, a, b);
                let mut spans = Vec::new();
                if frame_span.0 > a {
                    spans.push((a, frame_span.0 - 1));
                }
                if frame_span.1 + 1 < end {
                    spans.push((frame_span.1 + 1, end - 1));
                }
                if !spans.is_empty() {
                    found = Some(Draft {
                        kind: QuoteKind::Indirect,
                        spans,
                        speaker: Some(np),
                        cue: Some(cue),
                        cluster: None,
                        interview: None,
                    });
                }
            }
        }
        // A report reaches a few sentences on: "Dies sei eindeutig nachzuweisen gewesen."
        let continues = chain.is_some_and(|(cs, _)| cs + REACH_ON >= s);
        if found.is_none() && matches!(d.lw(a), "demnach" | "demzufolge") && !mostly_quoted(inside, a, b - 1) {
            // "Demnach haben die Versorger keine Preise abgesprochen": what the report, letter
            // or ruling of the sentence before says, by the speaker a report there continues
            // (none otherwise: the sentence before often names only a document).
            let end = complement_end(d, a, b);
            let speaker = if continues { chain.and_then(|(_, sp)| sp) } else { None };
            if end > a + 2 {
                found = Some(Draft {
                    kind: QuoteKind::Indirect,
                    spans: vec![(a + 1, end - 1)],
                    speaker,
                    cue: Some(a),
                    cluster: None,
                    interview: None,
                });
            }
        }
        match found {
            Some(q) => {
                chain = Some((s, q.speaker));
                out.push(q);
            }
            None if continues
                && reporting.is_none()
                && has_subjunctive(d, a, b, inside)
                && !mostly_quoted(inside, a, b - 1) =>
            {
                let speaker = chain.and_then(|(_, sp)| sp);
                out.push(unframed(d, QuoteKind::IndirectFreeIndirect, a, b, speaker));
                chain = Some((s, speaker));
            }
            None if reporting.is_none() && reportative(d, a, b, inside) && !mostly_quoted(inside, a, b - 1) => {
                let speaker = if continues { chain.and_then(|(_, sp)| sp) } else { None };
                out.push(unframed(d, QuoteKind::FreeIndirect, a, b, speaker));
                chain = Some((s, speaker));
            }
            None => {
                if let Some(q) = reporting_cue
                    .filter(|_| !mostly_quoted(inside, a, b.saturating_sub(1).max(a)))
                    .and_then(|cue| reported::statement(d, a, b, cue, inside))
                {
                    out.push(q);
                }
                chain = match (direct_speaker.get(s).copied().flatten(), reporting) {
                    (Some(sp), _) => Some((s, Some(sp))),
                    (None, Some(sp)) if sp.is_some() => Some((s, sp)),
                    _ => chain,
                };
            }
        }
    }
    out
}

/// A sentence `[a, b)` that is speech without a frame of its own: the whole sentence up to its
/// closing punctuation, by the speaker it continues (if any).
fn unframed(d: &Doc, kind: QuoteKind, a: usize, b: usize, speaker: Option<(usize, usize)>) -> Draft {
    let end = complement_end(d, a, b).max(a + 1);
    Draft { kind, spans: vec![(a, end - 1)], speaker, cue: None, cluster: None, interview: None }
}
