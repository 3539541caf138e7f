//! Indirect speech: what someone said, in the reporter's words.
//!
//! - A speech verb with a dependent clause after a comma: "sagte er, die Mitgliedstaaten seien
//!   sich einig", "erklärte, dass …", "Wie die Polizei mitteilte, …"; or before it: "…, sagte er."
//! - A source phrase: "laut X …", "X zufolge …", "nach Angaben von X …": the rest of the sentence.
//! - Konjunktiv I sentences right after a reported statement, with no frame of their own
//!   ("Die NATO werde …"): they continue it, with its speaker (IndirectFreeIndirect); a run of
//!   them in one paragraph is one statement.

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

/// Konjunktiv II forms in [`lexicon::SUBJUNCTIVE`], which the reporter's own conditionals
/// share ("Ein Streik hätte Folgen").
const SUBJUNCTIVE_II: &[&str] =
    &["wäre", "wären", "hätten", "würden", "könnten", "müssten", "sollten", "dürften", "lägen", "gäbe"];

/// Whether `[a, b)` has a verb in the Konjunktiv I outside quotations: the mark of reported
/// speech that no conditional shares.
fn has_present_subjunctive(d: &Doc, a: usize, b: usize, inside: &[bool]) -> bool {
    (a..b).any(|i| {
        !inside[i]
            && lexicon::is(lexicon::SUBJUNCTIVE, d.lw(i))
            && !lexicon::is(SUBJUNCTIVE_II, d.lw(i))
            && !matches!(d.lw(i.wrapping_sub(1)), "ich")
    })
}

/// Whether word `i` is a Konjunktiv I beside a third-person singular pronoun: "man prüfe",
/// "prüfe man", "er verlange". Unlisted verbs have their Konjunktiv I in -e, which in the
/// indicative only the first person has ("ich prüfe"); beside "er", "sie", "es" or "man" the
/// -e form is the Konjunktiv. Forms in -te are left out, most are the past ("sollte sie",
/// "sagte er"), and so are words in -e that are no verbs (articles, "alle", "gerne").
fn pronoun_subjunctive(d: &Doc, i: usize) -> bool {
    let w = d.lw(i);
    let beside = |k: usize| matches!(d.lw(k), "er" | "sie" | "es" | "man");
    w.len() >= 4
        && w.ends_with('e')
        && !w.ends_with("te")
        && !d.is_cap(i)
        && (i > 0 && beside(i - 1) || beside(i + 1))
        && !lexicon::is(lexicon::DETERMINERS, w)
        && !matches!(
            w,
            "alle"
                | "gerne"
                | "heute"
                | "ohne"
                | "alleine"
                | "bitte"
                | "lange"
                | "solche"
                | "welche"
                | "jede"
                | "manche"
                | "wenige"
                | "meine"
                | "deine"
                | "euere"
                | "eure"
                | "selbe"
                | "gleiche"
                | "ebenso"
        )
}

/// The subject of the sentence `prev` right before the sentence at `a`, when it surely names
/// someone (a person or organisation the tagger found, a role noun, "er" or "sie").
fn previous_speaker(d: &Doc, prev: (usize, usize), a: usize) -> Option<(usize, usize)> {
    let (pa, pb) = prev;
    if pb != a || d.block.get(pa) != d.block.get(a) {
        return None;
    }
    frame::sentence_subject(d, pb.saturating_sub(1)).filter(|&np| frame::names_speaker(d, np))
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
    let opener = frame::clause_start(d, cue.at, inside);
    if matches!(d.lw(opener), "nachdem" | "weil" | "wenn" | "obwohl" | "während" | "bevor" | "seitdem" | "sobald") {
        return None;
    }
    // "Wie gesagt, …", "Wie erwartet, …": a "wie" clause of its verb alone is a set phrase that
    // names no source ("Wie es hieß, …" has its "es").
    if d.lw(opener) == "wie" && cue.at == opener + 1 && cue.end <= cue.at {
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
    // "sagte, dass er „eine offene Kirche“ haben möchte": a "dass" clause reports in the
    // reporter's words, however much of it is quoted.
    // So is a clause whose verb in the Konjunktiv stands outside the quoted words: "erklärte,
    // er sei „äußerst erschüttert“".
    let quoted = mostly_quoted(inside, start, end - 1)
        && (d.lw(start) != "dass" || inside[start])
        && !has_present_subjunctive(d, start, end, inside);
    if end <= start + 1 || quoted || !is_reported_clause(d, start, end, inside) {
        return None;
    }
    // "Die Hunde, die erwartet wurden, trafen … ein": a clause that opens with a verb in the
    // indicative is the sentence going on after the cue's own (relative or subordinate)
    // clause, not what was said ("Wie die Polizei mitteilte, wurden …" excepted); an
    // infinitive clause may open with an adverb ("…, enger zusammenzuarbeiten"), and a word
    // before a noun is its adjective ("…, geplante Treffen würden …").
    let infinitive = (start..end).any(|k| {
        !d.is_cap(k)
            && (d.lw(k) == "zu" && d.lw(k + 1).ends_with('n') || d.lw(k).contains("zu") && d.lw(k).ends_with("en"))
    });
    let source = d.lw(d.sentence_of(cue.at).0) == "wie";
    if !source
        && frame::verb_shaped(d, start)
        && !d.is_cap(start + 1)
        && !infinitive
        && !has_subjunctive(d, start, end, inside)
    {
        return None;
    }
    // "…, die Sprecherin der Fraktion, Lena Hartwig, erklärte: „…“": a clause that announces
    // a quotation with a speech verb of its own is a new main clause, not what was said.
    let announces = (start..end).any(|k| {
        !inside[k]
            && d.word(k + 1) == ":"
            && frame::cue_at(d, k).is_some_and(|c| c.form.class == Class::Say && c.end == k)
    });
    if announces {
        return None;
    }
    // After a prepositional phrase, a clause without "dass" or a Konjunktiv belongs to its noun
    // ("begründet seinen Angriff mit dem Wunsch Kiews, dem Bündnis beizutreten").
    // The separable particle closing the verb before the comma is none ("forderte die Partei
    // auf, …").
    let after_phrase = (after + 1..k).any(|i| {
        matches!(d.lw(i), "mit" | "von" | "über" | "auf" | "für" | "gegen" | "um" | "nach" | "aus") && i + 1 < k
    });
    let konjunktiv =
        has_subjunctive(d, start, end, inside) || (start..end).any(|i| !inside[i] && pronoun_subjunctive(d, i));
    if after_phrase && !matches!(d.lw(start), "dass" | "ob") && !konjunktiv {
        return None;
    }
    // "wurde bekannt, dass …" makes something known without saying by whom.
    let impersonal = d.lw(cue.at) == "bekannt"
        && (cue.end == cue.at || matches!(d.lw(cue.end), "wurde" | "wird" | "wurden" | "geworden" | "werden"));
    let speaker = if impersonal { None } else { frame::subject(d, cue, inside) };
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

/// "bekannt geben" and "bekannt werden" with the particle before the verb ("Wie die Stadt
/// bekannt gab,", "war bekannt geworden,") or alone before the comma ("wurde bekannt,"): a cue
/// at "bekannt" that ends with the verb after it, if any.
fn made_known(d: &Doc, i: usize) -> Option<Cue> {
    if d.lw(i) != "bekannt" {
        return None;
    }
    let verb = |w: &str| {
        matches!(
            w,
            "gab" | "gaben" | "gibt" | "geben" | "gegeben" | "wurde" | "wird" | "wurden" | "geworden" | "werden"
        )
    };
    let end = if verb(d.lw(i + 1)) {
        i + 1
    } else if d.word(i + 1) == ","
        && (i.saturating_sub(6)..i).any(|k| matches!(d.lw(k), "wurde" | "wird" | "war" | "ist"))
    {
        i
    } else {
        return None;
    };
    let nonfinite = matches!(d.lw(end), "gegeben" | "geworden" | "geben" | "werden");
    Some(Cue { at: i, form: lexicon::Form { class: Class::Say, nonfinite, particle: None }, end })
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
        // "…, mit der am Abend zu rechnen ist": a preposition and a pronoun that relates.
        w if lexicon::is(lexicon::PREPOSITIONS, w) && !lexicon::is_subordinator(w) && !matches!(w, "und" | "oder") => {
            matches!(
                d.lw(i + 1),
                "der"
                    | "die"
                    | "das"
                    | "dem"
                    | "den"
                    | "denen"
                    | "deren"
                    | "dessen"
                    | "welcher"
                    | "welchem"
                    | "welchen"
            ) && !d.is_cap(i + 2)
                && !d.lw(i + 2).ends_with('e')
                && !d.lw(i + 2).ends_with("en")
        }
        _ => false,
    }
}

/// Whether `[i, b)` can be the frame that ends a statement: short, or a short frame and an
/// apposition to its speaker ("…, so Ursula Brandt, die Leiterin des Jugendamts."), but no
/// clause of its own ("…, sagte er, die Lage sei ernst").
fn frame_tail(d: &Doc, i: usize, b: usize, inside: &[bool]) -> bool {
    // A quotation the frame announces ("so X: „…“") is not part of its length.
    let Some(comma) = (i..b).find(|&k| d.word(k) == ",") else { return (i..b).filter(|&k| !inside[k]).count() <= TAIL };
    let end = complement_end(d, comma + 1, b);
    comma - i <= TAIL
        && end - comma <= TAIL
        && !(comma + 1..end).any(|k| d.word(k) == ",")
        && !frame::has_verb(d, comma + 1, end, inside)
}

/// A statement followed by its frame: "Die NATO werde …, sagte er." / "…, so der Sprecher."
fn backward(d: &Doc, i: usize, a: usize, b: usize, inside: &[bool]) -> Option<Draft> {
    if i < a + 3 || d.word(i - 1) != "," || !frame_tail(d, i, b, inside) {
        return None;
    }
    // "…, Lena Hartwig, erklärte: „…“": a verb that announces a quotation frames what follows.
    if d.lw(i) != "so" && (i..b).any(|k| !inside[k] && d.word(k) == ":") {
        return None;
    }
    let end = i - 2;
    // "Weil die Spuren eindeutig sind, geht die Polizei von … aus": an adverbial clause before
    // the main clause's verb gives a reason or a time, not what was said.
    if lexicon::is(lexicon::ADVERBIAL_CONJUNCTIONS, d.lw(a)) {
        return None;
    }
    let quoted = mostly_quoted(inside, a, end) && !has_present_subjunctive(d, a, end + 1, inside);
    if quoted || !is_reported_clause(d, a, end + 1, inside) {
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
        // First after the comma the verb is finite: "…, berichtet Reuters", "…, berichten
        // Medien" (forms a participle or infinitive shares), never "…, gesagt".
        let cue = frame::cue_at(d, i).filter(|c| c.form.class == Class::Say && !d.lw(i).starts_with("ge"))?;
        // The subject follows the verb, before a separable particle ("teilte die Reederei
        // mit") but after the "es" of "hieß es".
        let from = if lexicon::is(lexicon::IMPERSONAL, d.lw(cue.at)) { cue.end.max(cue.at) + 1 } else { cue.at + 1 };
        (frame::np_after(d, from, tail_end).or_else(|| frame::subject(d, cue, inside)), cue.at)
    };
    // "…, heißt es." reports without naming whom; any other frame must name its speaker.
    let impersonal = lexicon::is(lexicon::IMPERSONAL, d.lw(cue)) && d.lw(cue + 1) == "es";
    if speaker.is_none() && !impersonal {
        return None;
    }
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
    // "Spekulationen, wonach …", "Berichte, wonach …", "Gerüchte, nach denen …": "wonach"
    // reports after any noun.
    let by_which = |k: usize| {
        matches!(d.lw(k), "nach" | "laut" | "gemäß")
            && matches!(d.lw(k + 1), "denen" | "dem" | "der" | "welchem" | "welcher" | "welchen")
    };
    let Some(n) = (a..b).find(|&i| {
        !inside[i]
            && d.word(i + 1) == ","
            && (lexicon::is(lexicon::CLAUSE_NOUNS, d.lw(i)) && d.lw(i + 2) == "dass"
                || d.is_cap(i) && (d.lw(i + 2) == "wonach" || by_which(i + 2)))
    }) else {
        return noun_subjunctive(d, a, b, inside);
    };
    let wonach = d.lw(n + 2) == "wonach" || by_which(n + 2);
    let start = if by_which(n + 2) {
        n + 4
    } else if wonach {
        n + 3
    } else {
        n + 2
    };
    let mut end = complement_end(d, start, b);
    if wonach {
        // The "wonach" clause is an attribute: the sentence goes on after its comma.
        end = (start..end).find(|&k| d.word(k) == "," && !inside[k]).unwrap_or(end);
    }
    if end <= start + 1 || mostly_quoted(inside, start, end - 1) {
        return None;
    }
    let cs = frame::clause_start(d, n, inside);
    // "Es gibt Gerüchte, nach denen …": the expletive "es" speaks for nobody.
    let speaker = frame::clause_subject(d, cs, n).filter(|&(x, y)| !(x == y && d.lw(x) == "es"));
    Some(Draft {
        kind: QuoteKind::Indirect,
        spans: vec![(start, end - 1)],
        speaker,
        cue: Some(n),
        cluster: None,
        interview: None,
    })
}

/// Nouns whose clause in the Konjunktiv after a comma is what someone said: "der Vorwurf der
/// Opposition, die Wahl sei nicht gültig", "Berichte, sie seien gewarnt worden".
const REPORT_NOUNS: &[&str] = &[
    "berichte", "berichten", "verdacht", "vorschlag", "gerüchte", "gerüchten", "ängste", "befürchtungen", "einwand",
    "behauptungen", "hinweise", "hinweisen", "warnungen", "forderungen", "aussagen", "worten", "argument",
];

/// A speech noun, its attributes and a comma, then a clause in the Konjunktiv: "Er trat dem
/// Vorwurf der Opposition, die Wahl sei nicht gültig, entgegen." The clause ends at
/// the next comma; its speaker is the noun's owner ("der Opposition") or else the subject
/// of the clause that holds the noun.
fn noun_subjunctive(d: &Doc, a: usize, b: usize, inside: &[bool]) -> Option<Draft> {
    let report_noun =
        |k: usize| d.is_cap(k) && (lexicon::is(lexicon::CLAUSE_NOUNS, d.lw(k)) || lexicon::is(REPORT_NOUNS, d.lw(k)));
    let b = b.min(a + frame::LOOK);
    let (noun, comma) = (a + 1..b).filter(|&k| !inside[k] && d.word(k) == ",").find_map(|k| {
        let noun = (k.saturating_sub(6).max(a)..k).rev().find(|&n| !inside[n] && report_noun(n))?;
        (!frame::has_verb(d, noun + 1, k, inside)).then_some((noun, k))
    })?;
    let start = comma + 1;
    if lexicon::is(NOT_COMPLEMENT, d.lw(start)) || is_relative(d, start) || lexicon::is_subordinator(d.lw(start)) {
        return None;
    }
    let end = (start..complement_end(d, start, b))
        .find(|&k| d.word(k) == "," && !inside[k])
        .unwrap_or(complement_end(d, start, b));
    if end <= start + 1 || mostly_quoted(inside, start, end - 1) || !has_subjunctive(d, start, end, inside) {
        return None;
    }
    let owner = matches!(d.lw(noun + 1), "des" | "der" | "von" | "vom")
        .then(|| frame::np_at(d, noun + 2, comma))
        .flatten()
        .filter(|&np| frame::can_speak(d, np));
    let speaker = owner.or_else(|| {
        let cs = frame::clause_start(d, noun, inside);
        frame::clause_subject(d, cs, noun).filter(|&np| frame::can_speak(d, np))
    });
    Some(Draft {
        kind: QuoteKind::Indirect,
        spans: vec![(start, end - 1)],
        speaker,
        cue: Some(noun),
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

/// What a source phrase (`frame`, "nach Angaben der Polizei") in the sentence `[a, b)`
/// attributes, as a token range `[start, end)`: the sentence, or from the boundary before it
/// when a semicolon or colon comes first ("…; nach Polizeiangaben kamen mehr"), or the
/// subordinate or relative clause that holds it ("…, weil die Mission nach Angaben der UN
/// überfordert ist", "…, die nach Aussagen der Verbände nicht betroffen sind").
fn source_clause(d: &Doc, a: usize, b: usize, frame: (usize, usize), inside: &[bool]) -> (usize, usize) {
    let cs = frame::clause_start(d, frame.0, inside);
    if cs > a && matches!(d.word(cs - 1), ";" | ":") {
        return (cs, complement_end(d, cs, b));
    }
    let relative = |w: &str| {
        matches!(w, "der" | "die" | "das" | "dem" | "den" | "denen" | "deren" | "dessen")
            || w.starts_with("welch")
            || matches!(w, "worauf" | "woraufhin" | "wobei" | "womit" | "wodurch")
    };
    let opens = lexicon::is_subordinator(d.lw(cs))
        || relative(d.lw(cs))
        || lexicon::is(lexicon::PREPOSITIONS, d.lw(cs)) && relative(d.lw(cs + 1));
    if cs > a && d.word(cs - 1) == "," && opens && d.lw(cs) != "wie" {
        let end = frame::clause_end(d, frame.1 + 1, inside).min(b);
        let mut end = end.max(frame.1 + 1);
        while end > cs && matches!(d.word(end - 1), "." | "!" | "?" | ":") {
            end -= 1;
        }
        return (cs, end);
    }
    (a, complement_end(d, a, b))
}

/// "Die Brücke bleibt gesperrt. Das teilte die Stadt mit.": a sentence that opens with "Das"
/// or "Dies" and a speech verb attributes the sentence `prev` before it, with the pronoun, to
/// the subject after the verb ("Dies geht aus einem Bericht des Amtes hervor": the report).
fn attributed_back(d: &Doc, prev: (usize, usize), a: usize, b: usize, inside: &[bool]) -> Option<Draft> {
    let (pa, pb) = prev;
    if !matches!(d.lw(a), "das" | "dies") || pb != a || pb <= pa + 2 || d.block.get(pa) != d.block.get(a) {
        return None;
    }
    let cue = frame::cue_at(d, a + 1).filter(|c| c.form.class == Class::Say && !c.form.nonfinite)?;
    if mostly_quoted(inside, pa, pb - 1) || (a..b).any(|k| inside[k]) {
        return None;
    }
    let ce = frame::clause_end(d, cue.at + 1, inside).min(b);
    let from = if matches!(d.lw(cue.at + 1), "aus" | "von" | "vom") { cue.at + 2 } else { cue.at + 1 };
    let speaker = frame::np_after(d, from, ce);
    Some(Draft {
        kind: QuoteKind::Indirect,
        spans: vec![(pa, a)],
        speaker,
        cue: Some(cue.at),
        cluster: None,
        interview: None,
    })
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
    // The sentence of the last unframed continuation, which a next one joins.
    let mut run: Option<usize> = None;
    for (s, &(a, b)) in d.sents.iter().enumerate() {
        let mut found: Option<Draft> = None;
        let mut reporting: Option<Option<(usize, usize)>> = None;
        if let Some(q) = s.checked_sub(1).and_then(|p| attributed_back(d, d.sents[p], a, b, inside)) {
            // The sentence before is what "Dies" stands for; a guess made for it without a
            // frame of its own gives way.
            let (pa, _) = d.sents[s - 1];
            if out.last().is_some_and(|l: &Draft| l.start() >= pa && l.cue.is_none()) {
                out.pop();
            }
            found = Some(q);
        }
        let mut i = if found.is_some() { b } else { a };
        while i < b && found.is_none() {
            if inside[i] {
                i += 1;
                continue;
            }
            if matches!(d.lw(i), "so" | "wie") && i > a && d.word(i - 1) == "," {
                found = backward(d, i, a, b, inside);
            } else if let Some(cue) = made_known(d, i) {
                found = forward(d, cue, b, inside);
            } else if let Some(cue) = frame::cue_at(d, i).filter(|c| c.form.class == Class::Say) {
                found = forward(d, cue, b, inside).or_else(|| backward(d, i, a, b, inside));
                if reporting.is_none() {
                    reporting = Some(frame::subject(d, cue, inside));
                }
            }
            i += 1;
        }
        if found.is_none() {
            found = noun_complement(d, a, b, inside);
        }
        if found.is_none() && !mostly_quoted(inside, a, b.saturating_sub(1).max(a)) {
            // "Für X ist …" gives whose view a judgement is, which the data set does not mark
            // as anyone's statement; it only names the speaker of the quotation inside.
            if let Some(src) = direct::source_phrase(d, a, b, inside).filter(|src| d.lw(src.cue) != "für") {
                let (frame_span, np, cue) = (src.extent, src.source, src.cue);
                let (start, end) = source_clause(d, a, b, frame_span, inside);
                let mut spans = Vec::new();
                if frame_span.0 > start {
                    spans.push((start, frame_span.0 - 1));
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
                let q = unframed(d, QuoteKind::IndirectFreeIndirect, a, b, speaker);
                push_run(d, &mut out, q, run == Some(s.wrapping_sub(1)));
                run = Some(s);
                chain = Some((s, speaker));
            }
            // "Bürgermeister Reinhold ist besorgt. Der Streit sei nicht politisch.": a
            // sentence in the Konjunktiv I right after one whose subject names someone reports
            // that speaker, though no speech verb framed it.
            None if !continues
                && reporting.is_none()
                && s > 0
                && has_present_subjunctive(d, a, b, inside)
                && !mostly_quoted(inside, a, b - 1)
                && previous_speaker(d, d.sents[s - 1], a).is_some() =>
            {
                let speaker = previous_speaker(d, d.sents[s - 1], a);
                out.push(unframed(d, QuoteKind::IndirectFreeIndirect, a, b, speaker));
                run = Some(s);
                chain = Some((s, speaker));
            }
            None if reporting.is_none() && reportative(d, a, b, inside) && !mostly_quoted(inside, a, b - 1) => {
                let speaker = if continues { chain.and_then(|(_, sp)| sp) } else { None };
                let q = unframed(d, QuoteKind::FreeIndirect, a, b, speaker);
                push_run(d, &mut out, q, run == Some(s.wrapping_sub(1)));
                run = Some(s);
                chain = Some((s, speaker));
            }
            None => {
                // A speech act with what was said as its object: "Die Firma forderte …".
                if !mostly_quoted(inside, a, b.saturating_sub(1).max(a)) {
                    out.extend(reported::statement(d, a, b, inside));
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

/// Adds the unframed statement `q`, or, when it follows one of its kind in the sentence right
/// before it (`follows`) and in the same paragraph, joins it to that one: a run of such
/// sentences is one statement ("Die NATO werde … Dabei sei …"), as the data set marks it.
fn push_run(d: &Doc, out: &mut Vec<Draft>, q: Draft, follows: bool) {
    match out.last_mut() {
        Some(last)
            if follows
                && last.kind == q.kind
                && last.cue.is_none()
                && d.block.get(last.start()) == d.block.get(q.start()) =>
        {
            last.spans[0].1 = q.spans[0].1;
        }
        _ => out.push(q),
    }
}

/// A sentence `[a, b)` that is speech without a frame of its own: the whole sentence up to its
/// closing punctuation, by the speaker it continues (if any).
fn unframed(d: &Doc, kind: QuoteKind, a: usize, b: usize, speaker: Option<(usize, usize)>) -> Draft {
    let end = complement_end(d, a, b).max(a + 1);
    Draft { kind, spans: vec![(a, end - 1)], speaker, cue: None, cluster: None, interview: None }
}
