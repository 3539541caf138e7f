//! Reported speech: a speech act told in the reporter's words, with what was said as its
//! object rather than as a clause ("Die Gewerkschaft forderte eine rasche Entscheidung", "Die
//! Opposition warf dem Minister Untätigkeit vor").
//!
//! Precision comes first: a wrong entry in the quote list costs more trust than a missing one.
//! Only acts whose object is itself something said count ("forderte", "sprach von", "warnte
//! vor", "kündigte … an", "sieht in … einen …", "bezeichnete … als" without quoted words), as
//! the finite verb of a sentence's main clause whose subject can speak (a person or
//! organisation the tagger found, a role, group or media noun, a personal pronoun), and the
//! statement is the sentence from the act's own clause on (after an adverbial clause or a first
//! main clause, from its verb or subject), as the quotation data set marks it. A judgement or a report in the passive is one too, by its
//! agent if one is named ("Der Plan wurde von der Opposition als unsozial kritisiert", "Als
//! Grund wurde … genannt").

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
    /// One of the listed prepositions within three words of the verb and before any article:
    /// "sieht in dem Plan einen Fehler", "sieht er in …" (not "sehen das Spiel im Stadion").
    View(&'static [&'static str]),
}

/// Speech acts whose object is what was said, by the start of their forms ("forderte",
/// "empfahl", "gewarnt"), with what they need. Kept to the kinds of act that the quotation data
/// set's training split marks as reported speech in at least half of the main clauses they head
/// with what they need: judgements of something done ("kritisierte", "lobte", "würdigte",
/// "begrüßte", "lehnte … ab"), confirmations ("bestätigte", "gab … bekannt") and "berichtete"
/// without "von" are told two or three times as often without being annotated as anyone's
/// statement, and so are "bat um" (the police's appeals), "bot … an" (offers for sale) and
/// "hat … gefordert" (the perfect tells what came before).
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
    // Acts that ask for, propose or announce something: what they ask for or announce is
    // what was said.
    ("kündigt", Needs::Particle("an", &[])),
    ("kündigen", Needs::Particle("an", &[])),
    ("verlang", Needs::Object),
    ("appellier", Needs::Preposition(&["an"])),
    ("plädier", Needs::Preposition(&["für"])),
    ("riet", Needs::Preposition(&["zu", "zur", "zum"])),
    ("rät", Needs::Preposition(&["zu", "zur", "zum"])),
    ("raten", Needs::Preposition(&["zu", "zur", "zum"])),
    ("sicherte", Needs::Particle("zu", &[])),
    ("sichert", Needs::Particle("zu", &[])),
    ("regte", Needs::Particle("an", &[])),
    ("regt", Needs::Particle("an", &[])),
    ("mahnte", Needs::Object),
    ("mahnt", Needs::Object),
    ("drängte", Needs::Preposition(&["auf"])),
    ("drängt", Needs::Preposition(&["auf"])),
    // Views and expectations: what someone sees in something, fears, reckons with or weighs.
    // "erwartet" also awaits ("Den Fahrer erwartet eine Anklage") and "hält … für" and
    // "betrachtet … als" judge like "kritisierte", so they stay out.
    ("sieht", Needs::View(&["in", "im"])),
    ("sehen", Needs::View(&["in", "im"])),
    ("befürchte", Needs::Object),
    ("fürchte", Needs::Object),
    ("rechnet", Needs::Preposition(&["mit"])),
    ("rechnete", Needs::Preposition(&["mit"])),
    ("rechnen", Needs::Preposition(&["mit"])),
    ("erwog", Needs::Object),
    ("erwäg", Needs::Object),
];

/// What a disaster "fordert": the dead and injured it counts.
const TOLLS: &[&str] =
    &["menschenleben", "todesopfer", "opfer", "tote", "toten", "verletzte", "schwerverletzte", "tribut"];

/// Nouns after a clause-opening "als" that make the verb name a reason or an example.
const REASONS: &[&str] =
    &["grund", "gründe", "beispiel", "beispiele", "ursache", "ursachen", "hauptursache", "hauptgrund", "begründung"];

/// Separable particles that close a clause and change what its verb does.
const CLOSING_PARTICLES: &[&str] = &["auf", "an", "ein", "aus", "vor", "ab", "zu", "hin", "fest", "zurück", "bekannt"];

/// What the word at `i` may need to be a speech act, one entry for each frame of [`ACTS`] whose
/// form it has: the cheap test made on every word before the clause around it is looked at.
fn act_needs<'d>(d: &'d Doc, i: usize) -> impl Iterator<Item = Needs> + 'd {
    let w = d.lw(i);
    let word = !d.is_cap(i) && !w.ends_with("ung");
    ACTS.iter().filter(move |(stem, _)| word && w.starts_with(stem)).map(|&(_, needs)| needs)
}

/// The speech act at token `i`, a finite verb of the main clause `[cs, end)`, if it is one with
/// what one of its frames needs.
fn act_at(d: &Doc, i: usize, cs: usize, end: usize, inside: &[bool]) -> Option<Cue> {
    act_needs(d, i).find_map(|needs| act_with(d, i, needs, cs, end, inside))
}

/// The speech act at token `i` in the frame `needs`, if the clause `[cs, end)` gives it.
fn act_with(d: &Doc, i: usize, needs: Needs, cs: usize, end: usize, inside: &[bool]) -> Option<Cue> {
    let out = |k: usize| !inside.get(k).copied().unwrap_or(false);
    // The act is the finite verb: after an auxiliary or a modal of its own clause it is an
    // infinitive or a participle ("hätte eine Prüfung verlangen müssen"); after "und" a new
    // verb may follow one ("hat … aufgegriffen und fordert …").
    let own = (cs..i).rev().find(|&k| out(k) && matches!(d.lw(k), "und" | "oder" | "aber")).map_or(cs, |k| k + 1);
    if (own..i).any(|k| out(k) && lexicon::is(lexicon::AUXILIARIES, d.lw(k))) {
        return None;
    }
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
        // "Die Flut forderte 90 Menschenleben" counts the dead; it asks for nothing.
        Needs::Call if has(TOLLS) => false,
        Needs::Call => closes(None) || closes(Some("auf")) && has(&["zu", "zur", "zum"]),
        Needs::Preposition(words) => closes(None) && has(words),
        Needs::Particle(p, words) => closes(Some(p)) && (words.is_empty() || has(words)),
        Needs::Naming(words) => {
            closes(None) && (words.is_empty() || has(words)) && (cs..end).all(|k| out(k) && d.mark(k).is_none())
        }
        Needs::Reason(p) => d.lw(cs) == "als" && lexicon::is(REASONS, d.lw(cs + 1)) && closes(p),
        Needs::View(words) => {
            let at = (i + 1..end.min(i + 4)).find(|&k| out(k) && words.contains(&d.lw(k)));
            closes(None) && at.is_some_and(|p| (i + 1..p).all(|k| !lexicon::is(lexicon::DETERMINERS, d.lw(k))))
        }
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
/// act with what it needs, in the active or in the passive.
pub(crate) fn statement(d: &Doc, a: usize, b: usize, inside: &[bool]) -> Option<Draft> {
    active(d, a, b, inside).or_else(|| passive(d, a, b, inside))
}

/// Participles whose passive reports a judgement or what was said, with what the clause needs
/// beside them: a judgement with "als" and no quotation ("wurde von der Opposition als
/// unangemessen kritisiert"; with quoted words the quotation is what was said), a report of
/// something ("Von Schäden wird auch aus dem Süden berichtet"), a figure ("wurde mit 214
/// angegeben") or a reason ("Als Grund wurde … genannt"). "geschätzt" and "gefordert" are left
/// out: the data set marks an estimate or a demand with no one named ("Der Schaden wird auf
/// … geschätzt") as nobody's statement.
const PASSIVES: &[(&str, Needs)] = &[
    ("bezeichnet", Needs::Naming(&["als"])),
    ("gewertet", Needs::Naming(&["als"])),
    ("bewertet", Needs::Naming(&["als"])),
    ("beurteilt", Needs::Naming(&["als"])),
    ("eingestuft", Needs::Naming(&["als"])),
    ("eingeschätzt", Needs::Naming(&["als"])),
    ("kritisiert", Needs::Naming(&["als"])),
    ("verurteilt", Needs::Naming(&["als"])),
    ("gelobt", Needs::Naming(&["als"])),
    ("gesehen", Needs::Naming(&["als"])),
    ("gesprochen", Needs::Preposition(&["von", "vom"])),
    ("berichtet", Needs::Preposition(&["von", "vom"])),
    ("ausgegangen", Needs::Preposition(&["von", "vom"])),
    ("angegeben", Needs::Preposition(&["mit"])),
    ("beziffert", Needs::Preposition(&["mit", "auf"])),
    ("genannt", Needs::Reason(None)),
    ("angegeben", Needs::Reason(None)),
];

/// The sentence `[a, b)` as a reported statement in the passive: "wird/wurde" heads its main
/// clause from the sentence's start and one of [`PASSIVES`] closes that clause (before
/// "worden", if any). The speaker is the agent after "von" where one is named and can speak,
/// else none ("Als Ursache wurde … genannt" names nobody).
fn passive(d: &Doc, a: usize, b: usize, inside: &[bool]) -> Option<Draft> {
    let out = |k: usize| !inside.get(k).copied().unwrap_or(false);
    let mut end = b;
    while end > a && matches!(d.word(end - 1), "." | "!" | "?" | ":") {
        end -= 1;
    }
    let aux =
        (a..end.min(a + frame::LOOK)).find(|&k| out(k) && matches!(d.lw(k), "wird" | "wurde" | "wurden" | "werden"))?;
    // Not a subordinate clause's auxiliary ("Weil der Plan als zu teuer kritisiert wurde,"):
    // there it closes the clause, after the participle. "Als Grund wurde …" is a main clause.
    let reason = d.lw(a) == "als" && lexicon::is(REASONS, d.lw(a + 1));
    if frame::clause_start(d, aux, inside) != a || lexicon::is_subordinator(d.lw(a)) && !reason {
        return None;
    }
    let ce = frame::clause_end(d, aux + 1, inside);
    let last = if d.lw(ce - 1) == "worden" { ce - 2 } else { ce - 1 };
    if last <= aux || !out(last) {
        return None;
    }
    let has = |words: &[&str]| (a..last).any(|k| out(k) && words.contains(&d.lw(k)));
    let w = d.lw(last);
    let needs = PASSIVES.iter().filter(|&&(p, _)| p == w).map(|&(_, needs)| needs).find(|&needs| match needs {
        Needs::Naming(words) => has(words) && (a..ce).all(|k| out(k) && d.mark(k).is_none()),
        Needs::Preposition(words) => has(words),
        Needs::Reason(_) => reason,
        _ => false,
    })?;
    // What follows the clause belongs to it, as after an active act.
    if ce < end && (d.word(ce) != "," || !attached_clause(d, ce, inside)) {
        return None;
    }
    // The agent ("von der Opposition", "Von Unionspolitikern"); "von" is what was reported
    // on after "gesprochen", "berichtet", "ausgegangen".
    let agent = !matches!(needs, Needs::Preposition(words) if words.contains(&"von"));
    let speaker = (a..last)
        .filter(|&k| agent && out(k) && matches!(d.lw(k), "von" | "vom"))
        .find_map(|k| frame::np_at(d, k + 1, last))
        .filter(|&np| agent_speaks(d, np));
    // Without a named agent, a judgement is a naming unless it is an adjective alone: "wird als
    // transparent gelobt" reports a view, "wird im Volksmund als Perle bezeichnet" or "als
    // schöne Stadt bezeichnet" a name.
    if let Needs::Naming(words) = needs {
        let predicate = (a..last).find(|&k| out(k) && words.contains(&d.lw(k))).map(|k| k + 1);
        let noun = |k: usize| d.is_cap(k) || lexicon::is(lexicon::DETERMINERS, d.lw(k)) || d.is_cap(k + 1);
        if speaker.is_none() && predicate.is_some_and(noun) {
            return None;
        }
    }
    Some(Draft {
        kind: QuoteKind::Reported,
        spans: vec![(a, end - 1)],
        speaker,
        cue: Some(last),
        cluster: None,
        interview: None,
    })
}

/// Whether the agent `[a, b]` of a passive can speak: a person or organisation the tagger
/// found, or a head noun for people, a body or a medium, also in the dative plural ("von den
/// Anwohnern", "vom Verband", "von der Stadt").
fn agent_speaks(d: &Doc, (a, b): (usize, usize)) -> bool {
    if (a..=b).any(|k| d.is_speaker_entity(k)) {
        return true;
    }
    // The head: the last noun before a genitive ("vom Sprecher des Verbands").
    let head = (a..=b).take_while(|&k| k == a || !matches!(d.lw(k), "des" | "der")).filter(|&k| d.is_cap(k)).last();
    head.is_some_and(|h| {
        let noun = d.lw(h);
        let noun = noun.rsplit('-').next().unwrap_or(noun);
        let singular = noun.strip_suffix('n').filter(|s| s.ends_with("er")).unwrap_or(noun);
        lexicon::is_person_noun(singular)
            || lexicon::is_group_noun(noun)
            || lexicon::is_group_noun(singular)
            || lexicon::is_plural_person_noun(noun)
            || lexicon::is_media_noun(noun)
    })
}

/// The sentence `[a, b)` as a reported statement whose act is the finite verb of its main
/// clause, in the active.
fn active(d: &Doc, a: usize, b: usize, inside: &[bool]) -> Option<Draft> {
    let out = |k: usize| !inside.get(k).copied().unwrap_or(false);
    // Something must follow the verb: its object.
    let mut end = b;
    while end > a && matches!(d.word(end - 1), "." | "!" | "?" | ":") {
        end -= 1;
    }
    // The first act that heads the main clause: "Die Firma, die ihre Verluste noch beziffert,
    // spricht von …" passes over the relative clause's verb.
    (a..end.min(a + frame::LOOK)).filter(|&i| out(i) && act_needs(d, i).next().is_some()).find_map(|i| {
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
