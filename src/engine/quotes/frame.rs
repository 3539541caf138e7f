//! The frame around a quotation: its cue (the speech verb) and its speaker (the subject of that
//! verb), read off the tokens of one clause.
//!
//! German puts the finite verb second in a main clause. What stands before it is one
//! constituent: if that is a noun phrase ("Der Staatsanwalt sagte"), it is the subject;
//! if it is an adverbial ("Im Februar sagte er"), the subject follows the verb.

use super::lexicon::{self, Class, Form};
use super::Doc;
use crate::engine::words::ROLE_SUFFIXES;
use crate::engine::EntityKind;

/// How far a clause or noun phrase is followed, in tokens.
const CLAUSE_REACH: usize = 40;
const NP_REACH: usize = 12;
/// How far any look around a quotation or cue reaches within its sentence, in tokens, so that
/// one endless "sentence" of quotes still costs a constant per quote.
pub(crate) const LOOK: usize = 60;

/// A cue verb found in a clause.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cue {
    /// The verb token (for a separable verb, its finite part).
    pub at: usize,
    pub form: Form,
    /// The separable particle or participle closing the verb bracket, if any.
    pub end: usize,
}

/// Tokens that end a clause.
pub(crate) fn is_boundary(d: &Doc, i: usize) -> bool {
    matches!(d.word(i), "," | ";" | ":" | "(" | ")" | "–" | "-" | "—" | "." | "!" | "?") || d.mark(i).is_some()
}

/// The first token of the clause holding `i`: back to a boundary or the sentence start,
/// stepping over bracketed asides.
pub(crate) fn clause_start(d: &Doc, i: usize, inside: &[bool]) -> usize {
    let (sa, _) = d.sentence_of(i);
    let mut k = i;
    let mut steps = 0;
    while k > sa && steps < CLAUSE_REACH {
        let prev = k - 1;
        if d.word(prev) == ")" {
            // Step over "(National Environment Management Authority, NEMA)".
            let mut j = prev;
            let mut n = 0;
            while j > sa && d.word(j) != "(" && n < CLAUSE_REACH {
                j -= 1;
                n += 1;
            }
            if d.word(j) == "(" && j > sa {
                k = j;
                steps += n;
                continue;
            }
        }
        // Quoted words are part of the clause: "bezeichnete … als „maßvoll“".
        if is_boundary(d, prev) && !inside.get(prev).copied().unwrap_or(false) {
            break;
        }
        k = prev;
        steps += 1;
    }
    k
}

/// One past the last token of the clause that starts at `i`.
pub(crate) fn clause_end(d: &Doc, i: usize, inside: &[bool]) -> usize {
    let (_, sb) = d.sentence_of(i);
    let mut k = i;
    while k < sb && k < i + CLAUSE_REACH && (!is_boundary(d, k) || inside.get(k).copied().unwrap_or(false)) {
        k += 1;
    }
    k
}

/// The cue form of token `i`, checking a separable verb's particle later in the sentence.
pub(crate) fn cue_at(d: &Doc, i: usize) -> Option<Cue> {
    let w = d.lw(i);
    // A capitalised word inside a sentence is a noun ("nach Angaben"), not a verb.
    if d.is_cap(i) && !opens_clause(d, i) {
        return None;
    }
    if let Some(form) = lexicon::cue(w) {
        return Some(Cue { at: i, form, end: i });
    }
    let particles = lexicon::particles(w);
    if !particles.is_empty() {
        // The particle closes the verb bracket, often after the quoted words: "wies … als
        // „haltlos“ zurück".
        let (_, sb) = d.sentence_of(i);
        for j in i + 1..sb.min(i + CLAUSE_REACH) {
            if matches!(d.word(j), "," | ";" | ":") {
                break;
            }
            if particles.contains(&d.lw(j)) && !d.is_cap(j) {
                let form = Form { class: Class::Say, nonfinite: false, particle: Some(particles[0]) };
                return Some(Cue { at: i, form, end: j });
            }
        }
    }
    if lexicon::is(lexicon::IMPERSONAL, w) && (d.lw(i + 1) == "es" || (i > 0 && d.lw(i - 1) == "es")) {
        let form = Form { class: Class::Say, nonfinite: false, particle: None };
        return Some(Cue { at: i, form, end: if d.lw(i + 1) == "es" { i + 1 } else { i } });
    }
    None
}

/// Whether word `i` has the shape of a finite verb: lower case, letters only, three or more of
/// them, and not a closed-class word (determiner, pronoun, preposition, adverb). The one test
/// for "a verb could stand here" wherever a frame has no verb from the cue list.
pub(crate) fn verb_shaped(d: &Doc, i: usize) -> bool {
    let w = d.lw(i);
    !d.is_cap(i)
        && w.chars().count() > 2
        && w.chars().all(char::is_alphabetic)
        && !lexicon::is(lexicon::DETERMINERS, w)
        && !lexicon::is(lexicon::PRONOUNS, w)
        && !lexicon::is(lexicon::OBJECT_PRONOUNS, w)
        && !lexicon::is(lexicon::PREPOSITIONS, w)
        && !lexicon::is_adverb(w)
}

/// Whether `[a, b)` holds a word that can only be a verb there: a lower-case word that is no
/// function word and does not stand where an adjective would (after an article or preposition,
/// before a noun). "die Union benötige entweder …", "gegen diese Versuche vorzugehen" have one;
/// "auch die Feuerwehr", "vor allem die vielen Freiwilligen" have none.
pub(crate) fn has_verb(d: &Doc, a: usize, b: usize, inside: &[bool]) -> bool {
    (a..b).any(|i| {
        let w = d.lw(i);
        let prev = if i > a { d.lw(i - 1) } else { "" };
        // An infinitive with "zu" is a clause too: "…, weiter gegen den Schmuggel zu kämpfen".
        if prev == "zu" && w.ends_with('n') && !d.is_cap(i) {
            return true;
        }
        // A verb-shaped word before a noun is its adjective ("die erwartete Entscheidung").
        let before_noun = i + 1 < b && d.is_cap(i + 1);
        !inside[i]
            && verb_shaped(d, i)
            && !matches!(w, "allem" | "nicht" | "sowie" | "etwa" | "rund" | "allen" | "jeder" | "jede" | "jedes")
            && !lexicon::is(lexicon::DETERMINERS, prev)
            && !lexicon::is(lexicon::PREPOSITIONS, prev)
            && !before_noun
    })
}

/// Whether word `i` stands where a finite verb can: verb-shaped, and not after a determiner, a
/// preposition or an adjective, where it would be an adjective itself ("für die ehemalige …").
fn verb_at(d: &Doc, i: usize) -> bool {
    let prev = if i > 0 { d.lw(i - 1) } else { "" };
    verb_shaped(d, i)
        && !lexicon::is(lexicon::DETERMINERS, prev)
        && !lexicon::is(lexicon::PREPOSITIONS, prev)
        && (!is_adjective(prev) || d.is_cap(i - 1))
}

/// The first cue in `[from, to)` outside quotations.
pub(crate) fn first_cue(d: &Doc, from: usize, to: usize, inside: &[bool]) -> Option<Cue> {
    (from..to.min(d.len())).filter(|&i| !inside[i]).find_map(|i| cue_at(d, i))
}

/// The last cue in `[from, to)` outside quotations.
pub(crate) fn last_cue(d: &Doc, from: usize, to: usize, inside: &[bool]) -> Option<Cue> {
    (from..to.min(d.len())).rev().filter(|&i| !inside[i]).find_map(|i| cue_at(d, i))
}

/// Whether token `i` starts a sentence or what follows a colon ("… scharf: So sagte er").
fn opens_clause(d: &Doc, i: usize) -> bool {
    d.sentence_of(i).0 == i || (i > 0 && d.word(i - 1) == ":")
}

fn is_function(d: &Doc, i: usize) -> bool {
    // Inside a sentence a capitalised word is a noun or a name ("nach Angaben der Polizei").
    if d.is_cap(i) && !opens_clause(d, i) {
        return false;
    }
    let w = d.lw(i);
    lexicon::is_adverb(w) || lexicon::cue(w).is_some() || lexicon::is(lexicon::AUXILIARIES, w)
}

/// The subject at the start of the sentence holding `i`, up to its first comma: "Der
/// Regierungssprecher, Steffen Seibert, versuchte mit den Worten …".
pub(crate) fn sentence_subject(d: &Doc, i: usize) -> Option<(usize, usize)> {
    let (mut sa, sb) = d.sentence_of(i);
    // "Europapolitik: Die SPD will …": a label before a colon is not the subject.
    if let Some(colon) = (sa..sb.min(sa + 4).min(i)).find(|&k| d.word(k) == ":") {
        if colon + 1 < i {
            sa = colon + 1;
        }
    }
    let sa = after_focus(d, sa, sb.min(i));
    if !np_can_start(d, sa) {
        return None;
    }
    let limit = sb.min(i).min(sa + NP_REACH);
    let head_end = (sa..limit).find(|&k| is_boundary(d, k)).unwrap_or(limit);
    np_at(d, sa, head_end).map(|np| pronoun_after_verb(d, np, head_end).unwrap_or(np))
}

/// Whether a noun phrase can start at `i`.
pub(crate) fn np_can_start(d: &Doc, i: usize) -> bool {
    let w = d.lw(i);
    if lexicon::is(lexicon::DETERMINERS, w) || lexicon::is(lexicon::PRONOUNS, w) {
        return true;
    }
    // Sentence-initial adverbs and adjectives are capitalised too: "Ähnlich", "Schließlich".
    let adverb =
        ["lich", "ig", "isch", "weise", "falls", "mals", "dings", "wärts", "end"].iter().any(|s| w.ends_with(s));
    if adverb && opens_clause(d, i) {
        return false;
    }
    d.is_cap(i) && !is_function(d, i) && d.mark(i).is_none()
}

/// A noun phrase starting at `i` and ending before `end`: a pronoun, or a determiner with
/// adjectives and nouns, or a run of capitalised words ("VW-Chef Winterkorn").
pub(crate) fn np_at(d: &Doc, i: usize, end: usize) -> Option<(usize, usize)> {
    let end = end.min(d.len()).min(i + NP_REACH);
    if i >= end {
        return None;
    }
    let w = d.lw(i);
    if lexicon::is(lexicon::PRONOUNS, w) && !lexicon::is(lexicon::DETERMINERS, w) || w == "sie" || w == "er" {
        return Some((i, i));
    }
    let det = lexicon::is(lexicon::DETERMINERS, w);
    if !det && (!d.is_cap(i) || is_function(d, i)) {
        return None;
    }
    let mut k = if det { i + 1 } else { i };
    // An attribute with its own phrase between the article and the noun: "die in Hamburg
    // geborene Sängerin", "der seit Mai amtierende Präsident". Its participle comes last ("die
    // zur Universität Jena gehörende Klinik").
    let attribute = |w: &str| lexicon::is(lexicon::PREPOSITIONS, w) && !matches!(w, "als" | "wie" | "und" | "oder");
    let article =
        matches!(w, "der" | "die" | "das" | "den" | "dem" | "des" | "ein" | "eine" | "einer" | "einen" | "einem");
    if article && attribute(d.lw(k)) {
        let participle = (k + 1..end.min(k + 8))
            .take_while(|&j| !is_boundary(d, j))
            .filter(|&j| {
                let w = d.lw(j);
                is_adjective(w)
                    && !lexicon::is(lexicon::DETERMINERS, w)
                    && j + 1 < end
                    && d.is_cap(j + 1)
                    && !is_function(d, j + 1)
            })
            .last();
        if let Some(j) = participle {
            k = j;
        }
    }
    let mut last_cap = if det { None } else { Some(i) };
    while k < end {
        let lw = d.lw(k);
        if d.is_cap(k) && !is_function(d, k) && d.mark(k).is_none() {
            last_cap = Some(k);
            k += 1;
        } else if !d.is_cap(k)
            && last_cap.is_none()
            && (is_adjective(lw) || lw.starts_with(|c: char| c.is_ascii_digit()) && lw.contains('-'))
        {
            k += 1;
        } else if lw == "von"
            && last_cap.is_some_and(|l| l + 1 == k && is_speech_noun(d.lw(l)))
            && k + 1 < end
            && d.is_cap(k + 1)
            && !is_function(d, k + 1)
        {
            // Whose words: "Das Fazit von Lena Hartwig", like the genitive "die Forderung des
            // Verbands".
            k += 1;
        } else if last_cap.is_some()
            && matches!(lw, "des" | "der")
            && k + 1 < end
            && (d.is_cap(k + 1) || is_adjective(d.lw(k + 1)) || d.mark(k + 1).is_some())
        {
            // A genitive: "Angaben der Polizei", "der Vorsitzende des Verbands", "die
            // Online-Ausgabe des „Spiegel“".
            k += 1;
        } else if last_cap.is_some() && d.word(k).chars().all(|c| c.is_ascii_digit()) {
            k += 1;
        } else if (last_cap.is_none() || last_cap == Some(k - 1) || matches!(d.lw(k - 1), "des" | "der"))
            && d.mark(k).is_some()
        {
            // A quoted name after its article or its noun: "die „Computerwoche“", "die
            // Wochenzeitschrift „Jungle World“", "des „Spiegel“".
            match (k + 2..end.min(k + 6)).find(|&c| d.mark(c).is_some()) {
                Some(close) if (k + 1..close).all(|n| d.is_cap(n)) => {
                    last_cap = Some(close);
                    k = close + 1;
                }
                _ => break,
            }
        } else {
            break;
        }
    }
    if det && last_cap.is_none() {
        // "dieser", "die beiden" without a noun: the determiner stands for the speaker.
        return lexicon::is(lexicon::PRONOUNS, w).then_some((i, i));
    }
    last_cap.map(|l| (i, l))
}

/// Whether a lower-cased noun names something said: "Fazit", "Forderung", "Ansicht".
fn is_speech_noun(lw: &str) -> bool {
    lexicon::is(lexicon::SPEECH_NOUNS, lw) || lexicon::is(lexicon::CLAUSE_NOUNS, lw)
}

fn is_adjective(lw: &str) -> bool {
    lw.chars().next().is_some_and(char::is_lowercase)
        && ["e", "en", "er", "es", "em"].iter().any(|s| lw.ends_with(s))
        && !lexicon::is(lexicon::NON_SUBJECT, lw)
        && lexicon::cue(lw).is_none()
        && !lexicon::is(lexicon::AUXILIARIES, lw)
        && lw.chars().count() > 3
}

/// The noun phrase after `i`, skipping a few adverbs and object pronouns ("so charakterisierte
/// ihn der Gewerkschafter", "sagte weiter der Minister").
pub(crate) fn np_after(d: &Doc, i: usize, end: usize) -> Option<(usize, usize)> {
    let mut k = i;
    let mut skipped = 0;
    while k < end.min(d.len()) && skipped < 4 {
        if np_can_start(d, k) {
            if let Some(np) = np_at(d, k, end) {
                return Some(np);
            }
        }
        let w = d.lw(k);
        let skippable = lexicon::is(lexicon::OBJECT_PRONOUNS, w)
            || (lexicon::is(lexicon::NON_SUBJECT, w) && !lexicon::is(lexicon::PREPOSITIONS, w))
            || lexicon::is(lexicon::AUXILIARIES, w);
        if !skippable {
            return None;
        }
        k += 1;
        skipped += 1;
    }
    None
}

/// Whether a noun phrase starting at `i` can be a subject (not "den …", "dem …", "einem …").
fn is_nominative(d: &Doc, i: usize) -> bool {
    // "der Süddeutschen Zeitung": "der" with a weak adjective in -en is dative or genitive.
    // "der Zeitung": a feminine noun (told by its suffix) after "der" is dative or genitive.
    // "-in" only as a woman's role ("der Ministerin"), not "der Verein".
    let noun = d.lw(i + 1).rsplit('-').next().unwrap_or("");
    // "-ur" ("der Kultur"), but not the masculine agents in "-eur" ("der Redakteur").
    let feminine = ["ung", "heit", "keit", "schaft", "ion", "tät", "ei", "ik", "ur", "enz", "anz", "erin"]
        .iter()
        .any(|s| noun.ends_with(s))
        && !noun.ends_with("eur")
        || ROLE_SUFFIXES.iter().any(|s| s.ends_with("in") && noun.ends_with(s));
    let oblique_der = d.lw(i) == "der" && (d.lw(i + 1).ends_with("en") || (d.is_cap(i + 1) && feminine));
    !oblique_der
        && !matches!(
            d.lw(i),
            "den"
                | "dem"
                | "des"
                | "einen"
                | "einem"
                | "eines"
                | "diesen"
                | "diesem"
                | "ihn"
                | "ihm"
                | "ihnen"
                | "seinen"
                | "seinem"
                | "ihren"
                | "ihrem"
        )
}

/// The finite verb of the clause `[cs, ..)` for a cue: the cue itself, or for a participle or
/// infinitive the auxiliary before it.
fn finite(d: &Doc, cs: usize, cue: Cue, inside: &[bool]) -> usize {
    if cue.form.nonfinite {
        // Not an auxiliary in the quoted words: „… saniert werden,“ betont sie.
        let aux = (cs..cue.at).find(|&k| !inside[k] && lexicon::is(lexicon::AUXILIARIES, d.lw(k)));
        if let Some(aux) = aux {
            return aux;
        }
    }
    cue.at
}

/// The speaker of a cue: the subject of its clause. The expletive "es" is none ("Es drohe
/// „…“": something looms, nobody threatens).
pub(crate) fn subject(d: &Doc, cue: Cue, inside: &[bool]) -> Option<(usize, usize)> {
    let subject = clause_subject_of(d, cue, inside).filter(|&(a, b)| !(a == b && d.lw(a) == "es"));
    quoted_object(d, cue, subject, inside).or(subject)
}

/// "Die Zeitung zitiert den Trainer mit den Worten „…“", "„…“, zitierte man Mara Lindqvist":
/// with active "zitieren" the person quoted is the object; the subject (a medium, "man")
/// only passes the words on. `None` unless that object is a person and the subject is not.
fn quoted_object(d: &Doc, cue: Cue, subject: Option<(usize, usize)>, inside: &[bool]) -> Option<(usize, usize)> {
    if !d.lw(cue.at).starts_with("zitier") {
        return None;
    }
    let cs = clause_start(d, cue.at, inside);
    if finite(d, cs, cue, inside) != cue.at {
        return None;
    }
    let person = |np: (usize, usize)| {
        (np.0..=np.1).any(|k| matches!(d.entity.get(k), Some(Some(crate::engine::EntityKind::Per))))
            || np.0 < np.1 && d.is_cap(np.1) && lexicon::is_person_noun(d.lw(np.1))
    };
    if subject.is_some_and(person) {
        return None;
    }
    let from = match subject {
        Some((_, b)) if b > cue.at => b + 1,
        _ => cue.at + 1,
    };
    let ce = clause_end(d, cue.at + 1, inside);
    np_after(d, from, ce).filter(|&np| person(np))
}

fn clause_subject_of(d: &Doc, cue: Cue, inside: &[bool]) -> Option<(usize, usize)> {
    let cs = clause_start(d, cue.at, inside);
    let ce = clause_end(d, cue.end.max(cue.at) + 1, inside).max(cue.at + 1);
    let f = finite(d, cs, cue, inside);
    // A passive names the speaker as its agent: "Es wurde von der Ministerin geäußert", "wurde vom
    // Verband kritisiert". Not "X wird von der Zeitung zitiert": X is the one quoted.
    let passive = matches!(d.lw(f), "wird" | "wurde" | "werden" | "wurden") && d.lw(cue.at) != "zitiert";
    if cue.form.nonfinite && passive && f < cue.at {
        let agent = (f + 1..cue.at)
            .filter(|&k| !inside[k] && matches!(d.lw(k), "von" | "vom"))
            .find_map(|k| np_at(d, k + 1, cue.at))
            .filter(|&np| names_speaker(d, np) || can_speak(d, np));
        if agent.is_some() {
            return agent;
        }
    }
    // "Auch die Ministerin sagte": a focus particle stands in the first position with the
    // subject it stresses. "…, und der Verleger rief aus:": a coordinating conjunction stands
    // before the first position (after "und" the verb itself is handled below).
    let cs = if matches!(d.lw(cs), "und" | "oder" | "aber" | "sondern") && cs + 1 < f { cs + 1 } else { cs };
    let cs = after_focus(d, cs, f);
    // "Wie das Polizeipräsidium mitteilte,": the subject between the conjunction and the verb,
    // which ends the clause ("Als Begründung sagte ein Wissenschaftler:" is a main clause).
    let last = cue.end.max(cue.at);
    // "zumal die Anwältin betont hatte,": an auxiliary may close the clause after the cue.
    let last =
        if lexicon::is(lexicon::AUXILIARIES, d.lw(last + 1)) && is_boundary(d, last + 2) { last + 1 } else { last };
    // A verb split from its particle ("gaben … an") or an auxiliary before the participle
    // ("wurde angegeben") stands second: a main clause, whatever its first word ("Als Grund
    // gab die Stadt an,").
    let second = (cue.form.particle.is_some() && cue.end > cue.at) || f < cue.at;
    let verb_final = !second && (is_boundary(d, last + 1) || last + 1 >= ce);
    if verb_final && (lexicon::is_subordinator(d.lw(cs)) || d.lw(cs) == "was") && cs + 1 < f {
        // "Wie aus Unternehmenskreisen verlautete": the source after the preposition.
        let from = if matches!(d.lw(cs + 1), "aus" | "von" | "in" | "bei") { cs + 2 } else { cs + 1 };
        // "wie sich der Abgeordnete ausdrückte": a reflexive pronoun before the subject.
        let from = if d.lw(from) == "sich" && from + 1 < f { from + 1 } else { from };
        // "Wie „netzpost online“ berichtet": a quoted name is the source.
        let quoted_name =
            || (d.mark(from).is_some() && f >= from + 2 && d.mark(f - 1).is_some()).then_some((from, f - 1));
        return np_at(d, from, f).or_else(quoted_name);
    }
    // "ein Kommentar, der die Entscheidung als „…“ bezeichnet": a relative clause speaks for
    // the phrase it describes; the speaker is that phrase with its pronoun ("ein Kommentar,
    // der"), as the data set marks either.
    if verb_final && cs > 0 && d.word(cs - 1) == "," && lexicon::is(RELATIVES, d.lw(cs)) && cs + 1 < f {
        // Its case is the main clause's ("hinterließen einen Zettel, der …"): only the noun decides.
        let speaks = |(a, b): (usize, usize)| {
            (a..=b).any(|k| d.is_speaker_entity(k)) || {
                let noun = d.lw(b);
                let noun = noun.rsplit('-').next().unwrap_or(noun);
                lexicon::is_person_noun(noun)
                    || lexicon::is_group_noun(noun)
                    || lexicon::is_plural_person_noun(noun)
                    || lexicon::is_media_noun(noun)
            }
        };
        if let Some((a, _)) = antecedent(d, cs - 1).filter(|&np| speaks(np)) {
            return Some((a, cs));
        }
    }
    // Impersonal "hieß es": the source is a preposition's object ("Aus Bündniskreisen hieß
    // es", "So heißt es in dem Schreiben").
    if lexicon::is(lexicon::IMPERSONAL, d.lw(cue.at)) {
        // "Auf der Homepage heißt es", "heißt es auf der Website": a page is a place too.
        let place = |k: usize| {
            matches!(d.lw(k), "aus" | "von" | "vom" | "in" | "im" | "bei" | "beim" | "seitens" | "auf" | "unter")
        };
        if place(cs) && cs + 1 < f {
            return np_at(d, cs + 1, f);
        }
        // "Im letzten Satz der Anordnung, die … zugestellt wurde, heißt es": the place opens
        // the sentence, before a relative clause.
        let (sa, _) = d.sentence_of(cue.at);
        if cs == f && cs > sa + 1 && d.word(cs - 1) == "," && place(sa) {
            let end = (sa + 1..cs).find(|&k| d.word(k) == ",").unwrap_or(cs);
            if let Some(np) = np_at(d, sa + 1, end) {
                return Some(np);
            }
        }
        let k = (cue.end + 1..ce.min(cue.end + 4)).find(|&k| place(k))?;
        return np_at(d, k + 1, ce);
    }
    // "Medvedev bedankte sich … und sagte:": the subject is the first clause's.
    let (sa, _) = d.sentence_of(cue.at);
    if f > 0 && d.lw(f - 1) == "und" {
        let first = clause_start(d, f - 1, inside);
        return clause_subject(d, first, f - 1);
    }
    // The verb opens its clause: at the sentence start, right after a quotation ("„…“, sagte
    // X"), or after the comma that ends what was said ("Es sei ein Fehler gewesen, sagte der
    // Trainer"). A finite verb first in a clause has its subject after it.
    let after_quote = |k: usize| k > 0 && inside.get(k - 1).copied().unwrap_or(false);
    let after_clause = cs > sa + 1 && d.word(cs - 1) == "," && !(sa..cs - 1).all(|k| np_material(d, k));
    let verb_first = cs == f && (cs == sa || after_quote(cs) || after_clause);
    // "Der Vorsitzende des Verbandes, Miriam Hoffmann, erklärte": the verb follows an apposition,
    // and the sentence starts with the subject.
    if cs == f && f > sa && d.word(f - 1) == "," {
        if let Some(subject) = apposition_subject(d, sa, f - 1) {
            return Some(subject);
        }
        // "Wie die Leiterin des Amtes, Mara Lindqvist, erklärte,": the same after the "wie"
        // of a source clause.
        if d.lw(sa) == "wie" && last + 1 < d.len() && is_boundary(d, last + 1) {
            if let Some(subject) = apposition_subject(d, sa + 1, f - 1) {
                return Some(subject);
            }
        }
        // "Die Ministerin wies das zurück, die Sprecherin der Fraktion, Lena Hartwig, erklärte:":
        // a subject and its apposition between commas after a first clause.
        let apposition = (sa..f - 1).rev().find(|&k| d.word(k) == ",");
        let before = apposition.and_then(|c| (sa..c).rev().find(|&k| d.word(k) == ","));
        if let Some(subject) = before.and_then(|c| apposition_subject(d, c + 1, f - 1)) {
            return Some(subject);
        }
    }
    let before_is_np = f > cs && np_can_start(d, cs) && is_nominative(d, cs);
    // A noun phrase right after the verb is the subject when the verb opens the clause
    // ("„…“, sagte der Norweger"), when it is a pronoun ("Im Februar sagte er"), or when what
    // stands before the verb is no subject and it fills the clause ("Der Zeitung sagte Filep
    // Karma:"). Quoted words do not end the clause: "nannte diese Zahlen „…“" has an object.
    if let Some((a, b)) = np_after(d, f + 1, ce) {
        let fills = b + 1 >= ce || (is_boundary(d, b + 1) && d.mark(b + 1).is_none());
        let pronoun = a == f + 1 && matches!(d.lw(a), "er" | "ich" | "wir" | "man");
        if is_nominative(d, a) && (pronoun || verb_first || (fills && !before_is_np)) {
            return Some((a, b));
        }
    }
    // "„…“, kommentierte „Die Woche“": a quoted name in title case right after the verb that opens
    // the clause is its subject, a paper or a programme.
    let after_quote_comma = cs == f && cs >= 2 && d.word(cs - 1) == "," && after_quote(cs - 1);
    if (after_quote(cs) || after_quote_comma) && cs == f && d.mark(f + 1).is_some() {
        let close = (f + 3..ce.min(f + 8)).find(|&c| d.mark(c).is_some());
        if let Some(close) = close.filter(|&c| (f + 2..c).all(|k| d.is_cap(k))) {
            return Some((f + 1, close));
        }
    }
    // "Der Vorsitzende, Peter Müller, sagte": the clause before the verb is an apposition; the
    // sentence starts with the subject.
    // A longer apposition: "Barry Steinhardt, seines Zeichens Direktor der ACLU, warnte".
    if cs == f && f > sa && d.word(f - 1) == "," && !after_clause && np_can_start(d, sa) && d.lw(sa) != "es" {
        let head_end = (sa..f.min(sa + NP_REACH)).find(|&k| d.word(k) == ",").unwrap_or(f);
        if head_end > sa {
            return Some((sa, head_end - 1));
        }
    }
    if before_is_np {
        let before = np_at(d, cs, f).unwrap_or((cs, f - 1));
        // "Den Vorschlag lehnte die Ministerin ab", "Im Dezember hatte Kanzlerin Berg verkündet"
        // after a heading run into the sentence: a first phrase that cannot speak yields to
        // one after the verb that can.
        if !can_speak(d, before) {
            if let Some(after) = np_after(d, f + 1, ce).filter(|&(a, _)| is_nominative(d, a)) {
                if names_speaker(d, after) {
                    return Some(after);
                }
            }
        }
        return Some(before);
    }
    // A name with a particle: "Von der Leyen betonte".
    if f == cs + 3 && d.lw(cs) == "von" && matches!(d.lw(cs + 1), "der" | "dem") && d.is_cap(cs + 2) {
        return Some((cs, cs + 2));
    }
    // An adverbial first ("Nach dem Besuch sprach der Präsident von …"): the subject follows.
    np_after(d, f + 1, ce).filter(|&(a, _)| is_nominative(d, a))
}

/// Relative pronouns that can be a relative clause's subject.
const RELATIVES: &[&str] = &["der", "die", "das", "welcher", "welche", "welches"];

/// The noun phrase that ends right before `comma`: back over nouns, adjectives, numbers and
/// genitive attributes to its determiner ("eine griechische Botschaft", "der Leiter des Amtes").
fn antecedent(d: &Doc, comma: usize) -> Option<(usize, usize)> {
    let (sa, _) = d.sentence_of(comma);
    let end = comma.checked_sub(1)?;
    if !d.is_cap(end) || is_function(d, end) {
        return None;
    }
    let mut k = end;
    while k > sa && end - k < NP_REACH {
        let w = d.lw(k - 1);
        if lexicon::is(lexicon::DETERMINERS, w) {
            // "des Amtes" after a noun is its genitive: the phrase goes on before it.
            let genitive = matches!(w, "des" | "der") && k >= sa + 2 && d.is_cap(k - 2) && !is_function(d, k - 2);
            k -= 1;
            if !genitive {
                break;
            }
            continue;
        }
        // An adjective only after its article or another adjective: "standen Fans"
        // ends in -en like one, but is a verb.
        let adjective = is_adjective(w)
            && k >= sa + 2
            && (lexicon::is(lexicon::DETERMINERS, d.lw(k - 2)) || is_adjective(d.lw(k - 2)));
        if !(d.is_cap(k - 1) && !is_function(d, k - 1) || adjective) {
            break;
        }
        k -= 1;
    }
    Some((k, end))
}

/// Focus particles that share the first position of a main clause with the phrase they
/// stress: "Auch der Trainer sagte", "Selbst die Opposition lobte".
const FOCUS: &[&str] =
    &["auch", "selbst", "sogar", "nur", "gerade", "ebenso", "ebenfalls", "besonders", "insbesondere"];

/// Where the first phrase of the clause `[cs, f)` starts: after a focus particle when a noun
/// phrase follows it ("Auch die Leiterin der Delegation, Mara Lindqvist, äußerte"), else at `cs`.
fn after_focus(d: &Doc, cs: usize, f: usize) -> usize {
    let stressed = lexicon::is(FOCUS, d.lw(cs))
        && cs + 1 < f
        && (lexicon::is(lexicon::DETERMINERS, d.lw(cs + 1))
            || d.is_cap(cs + 1) && !is_function(d, cs + 1)
            || cs + 2 == f && matches!(d.lw(cs + 1), "er" | "sie" | "wir" | "ich"))
        && np_at(d, cs + 1, f).is_some();
    if stressed {
        cs + 1
    } else {
        cs
    }
}

/// Whether the phrase `[a, b]` can name who speaks: a person or organisation the tagger found,
/// a personal pronoun, a role, group, body or media noun, or a name the tagger missed; not the
/// expletive "es", an object ("Den Unmut der CDU") or an abstract noun ("Die Speicherung", "Seine
/// Zuversicht").
pub(crate) fn can_speak(d: &Doc, (a, b): (usize, usize)) -> bool {
    let first = d.lw(a);
    if matches!(first, "es" | "den" | "dem" | "des" | "einen" | "einem" | "eines" | "diesen" | "diesem") {
        return false;
    }
    if (a..=b).any(|k| d.is_speaker_entity(k)) {
        return true;
    }
    if a == b && lexicon::is(lexicon::PRONOUNS, first) {
        return true;
    }
    // The head: the last noun before a genitive attribute ("Der Sprecher des Verbandes"), or
    // before a name in the genitive ("Der Außenminister Italiens").
    let mut head = None;
    let mut owner = false;
    for k in a..=b {
        if k > a && matches!(d.lw(k), "des" | "der" | "von" | "vom" | "aus" | "im" | "in") {
            owner = matches!(d.lw(k), "des" | "der" | "von" | "vom") && k < b;
            break;
        }
        if d.is_cap(k) {
            let genitive_name = head.is_some_and(|h| h + 1 == k)
                && d.lw(k).ends_with('s')
                && d.entity.get(k).is_some_and(Option::is_some);
            if genitive_name {
                owner = true;
                break;
            }
            head = Some(k);
        }
    }
    let Some(mut head) = head else { return false };
    // "Der Vertreter Libyens", "Die Regierungspartei Palästinas": a name in the genitive after
    // the head noun.
    if head > a && d.is_cap(head - 1) && d.lw(head).ends_with('s') && d.entity.get(head) == Some(&Some(EntityKind::Loc))
    {
        head -= 1;
    }
    let noun = d.lw(head);
    let noun = noun.rsplit('-').next().unwrap_or(noun);
    if lexicon::is_person_noun(noun)
        || lexicon::is_group_noun(noun)
        || lexicon::is_plural_person_noun(noun)
        || lexicon::is_media_noun(noun)
    {
        return true;
    }
    // Somebody's words with their owner: "Die Forderung des Verbands", "Die Ansicht von X".
    if owner && is_speech_noun(noun) {
        return true;
    }
    // A bare capitalised word after no article is likely a name the tagger missed ("Romney"),
    // unless the tagger found it as a place ("Bayern sei … verpflichtet:").
    let place = matches!(d.entity.get(head), Some(Some(EntityKind::Loc)));
    head == a && !owner && !place && !lexicon::is(lexicon::DETERMINERS, first) && !lexicon::is_adverb(first)
}

/// The speaker after the finite verb of a main clause whose first phrase ends before `from`:
/// the verb is the first word in `[from, end)` that can only be one ([`has_verb`]'s test), and
/// the noun phrase after it must be a nominative that can speak ("Den Ärger brachte die
/// Sprecherin, Mia Sommer, auf den Punkt:").
pub(crate) fn speaker_after_verb(d: &Doc, from: usize, end: usize, inside: &[bool]) -> Option<(usize, usize)> {
    let verb = (from..end.min(from + CLAUSE_REACH)).find(|&k| !inside[k] && verb_at(d, k))?;
    let np = np_after(d, verb + 1, clause_end(d, verb + 1, inside).min(end))?;
    (is_nominative(d, np.0) && names_speaker(d, np)).then_some(np)
}

/// Whether the phrase `[a, b]` surely names someone: a person or organisation the tagger
/// found, a personal pronoun that can only be a subject, or a role noun ("die Sprecherin"). A
/// stricter test than [`can_speak`], for taking a phrase after the verb over the one before it.
pub(crate) fn names_speaker(d: &Doc, (a, b): (usize, usize)) -> bool {
    if (a..=b).any(|k| d.is_speaker_entity(k)) {
        return true;
    }
    if a == b {
        return matches!(d.lw(a), "er" | "sie" | "ich" | "wir");
    }
    let head = (a..=b)
        .take_while(|&k| k == a || !matches!(d.lw(k), "des" | "der" | "von" | "vom"))
        .filter(|&k| d.is_cap(k))
        .last();
    head.is_some_and(|h| {
        let noun = d.lw(h);
        ROLE_SUFFIXES.iter().any(|s| noun.rsplit('-').next().unwrap_or(noun).ends_with(s))
    })
}

/// Whether `[a, b)` can be a noun phrase with its attributes and no verb: "Der Vorsitzende des
/// Verbandes in Sachsen", "Miriam Hoffmann".
fn verbless_phrase(d: &Doc, a: usize, b: usize) -> bool {
    b > a
        && b - a <= NP_REACH
        && np_can_start(d, a)
        && d.lw(a) != "es"
        && (a..b).all(|k| d.word(k) != "," && np_material(d, k))
}

/// Whether token `k` can be part of a noun phrase: nouns and names, determiners, adjectives,
/// prepositions of attributes, numbers, brackets and commas of appositions, never a verb.
fn np_material(d: &Doc, k: usize) -> bool {
    let w = d.lw(k);
    d.is_cap(k) && !is_function(d, k)
        || lexicon::is(lexicon::DETERMINERS, w)
        || lexicon::is(lexicon::PREPOSITIONS, w) && !matches!(w, "dass" | "ob" | "wenn" | "weil" | "als" | "wie")
        || is_adjective(w)
        || matches!(w, "(" | ")" | "-" | "/" | "," | "seines" | "ihres")
        || d.mark(k).is_some()
        || w.chars().all(|c| c.is_ascii_digit())
}

/// The subject of a sentence that opens with a noun phrase and its apposition, up to the comma
/// at `comma` before the verb: the name in the apposition where it is one ("Die Vorsitzende des
/// Verbandes, Miriam Hoffmann, erklärte"), else the opening phrase ("Der Sprecher der Stadt,
/// ein erfahrener Beamter, sagte").
fn apposition_subject(d: &Doc, sa: usize, comma: usize) -> Option<(usize, usize)> {
    let sa = after_focus(d, sa, comma);
    let first = (sa..comma).find(|&k| d.word(k) == ",")?;
    // "Den Verband, dessen Mitglieder …, lobte er": an object, not a subject.
    if !is_nominative(d, sa) || !verbless_phrase(d, sa, first) || !verbless_phrase(d, first + 1, comma) {
        return None;
    }
    Some(apposed_name(d, first + 1, comma).unwrap_or((sa, first - 1)))
}

/// The name that `[a, b)` holds when it is nothing but a name: capitalised words, one of them
/// tagged as a person or organisation ("Miriam Hoffmann", "Jonas Keller (SPD)").
pub(crate) fn apposed_name(d: &Doc, a: usize, b: usize) -> Option<(usize, usize)> {
    if a >= b || b - a > 5 {
        return None;
    }
    let mut last = None;
    for k in a..b {
        if d.word(k) == "(" {
            break;
        }
        if !d.is_cap(k) {
            return None;
        }
        last = Some(k);
    }
    let last = last?;
    (a..=last).any(|k| d.is_speaker_entity(k)).then_some((a, last))
}

/// "Das Angebot lehnt er ab:": a pronoun that can only be a subject, right after the verb that
/// follows the first phrase `np`, is the subject; the first phrase is then the object.
fn pronoun_after_verb(d: &Doc, (_, b): (usize, usize), end: usize) -> Option<(usize, usize)> {
    let verb = b + 1;
    (verb + 1 < end && verb_shaped(d, verb) && matches!(d.lw(verb + 1), "er" | "ich" | "wir"))
        .then_some((verb + 1, verb + 1))
}

/// The subject of a main clause `[cs, end)` without a known verb: its first noun phrase, or
/// after an adverb and the verb, the noun phrase that follows ("Hier sparte der
/// Bundespräsident nicht mit Kritik", "biss der Randalierer den Fluggast").
pub(crate) fn clause_subject(d: &Doc, cs: usize, end: usize) -> Option<(usize, usize)> {
    // "…, und der Vorsitzende Tomas Berg:": the last of a list of speakers.
    let cs = if matches!(d.lw(cs), "und" | "sowie" | "oder") && cs + 1 < end { cs + 1 } else { cs };
    let cs = after_focus(d, cs, end);
    if np_can_start(d, cs) && is_nominative(d, cs) {
        let first = np_at(d, cs, end);
        // "Das Angebot lehnt er ab:": a pronoun that can only be a subject, right after the
        // verb that follows the first phrase, is the subject; the first phrase is the object.
        return first.map(|np| pronoun_after_verb(d, np, end).unwrap_or(np));
    }
    // The finite verb: the first word that can be one, past an adverbial ("Während der Debatte
    // über den Haushalt hatte sich Berg …").
    let verb = (cs..end.min(cs + CLAUSE_REACH)).find(|&k| verb_at(d, k))?;
    np_after(d, verb + 1, end).filter(|&(a, _)| is_nominative(d, a))
}
