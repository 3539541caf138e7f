//! Direct quotations: which quoted passages are speech, and their frames.
//!
//! Quotation marks also enclose titles, names and terms („Shenzhou 6“, „Morning Star“, der so
//! genannte „Ur-Fisch“). Speech shows itself by its length and punctuation (a sentence of its
//! own), by its frame (a colon after a speech verb, „…“, sagte X), or, for a short phrase, by
//! starting in lower case inside a sentence (partial quotes: „bewusst und gewollt stranguliert“).
//! A short capitalised phrase after a noun, or one in title case, is a name.

use super::frame::{self, LOOK};
use super::lexicon::{self, Class};
use super::marks::Pair;
use super::{Doc, Draft};
use crate::engine::QuoteKind;

/// How many sentences back a quotation without a frame looks for the speaker it continues.
const CONTINUE_SENTENCES: usize = 3;

struct Inner {
    words: usize,
    caps: usize,
    first_lower: bool,
    title_case: bool,
    terminal: bool,
}

fn inner(d: &Doc, p: &Pair) -> Inner {
    let mut words = 0;
    let mut caps = 0;
    let mut first_lower = None;
    let mut terminal = false;
    for &(a, b) in &p.segments {
        for i in a + 1..b {
            if d.is_wordlike(i) {
                words += 1;
                if d.is_cap(i) || d.word(i).chars().all(|c| !c.is_alphabetic()) {
                    caps += 1;
                }
                if first_lower.is_none() {
                    first_lower = Some(d.word(i).chars().next().is_some_and(char::is_lowercase));
                }
            } else if matches!(d.word(i), "." | "!" | "?" | "…" | "?!" | "...")
                && i + 1 < b.max(1)
                && d.around(i).1.is_some_and(char::is_whitespace)
                && !(d.word(i) == "." && abbreviation(d, i - 1))
            {
                // A sentence end inside the quote ("news.bbc.co.uk" has none): more than a name.
                terminal = true;
            }
        }
        // The last word before the closing mark ends the sentence: "„Wir bleiben.“"
        if b > a + 1
            && matches!(d.word(b - 1), "." | "!" | "?" | "…" | "...")
            && !(d.word(b - 1) == "." && abbreviation(d, b - 2))
        {
            terminal = true;
        }
    }
    Inner { words, caps, first_lower: first_lower.unwrap_or(false), title_case: words > 0 && caps == words, terminal }
}

/// How many words a term may have: longer quoted phrases read as somebody's words even with
/// nobody named.
const TERM_WORDS: usize = 6;

/// Whether a quotation is short enough to be a term and has no sentence end inside or at its
/// close: at most [`TERM_WORDS`] words, no ".", "!", "?" or "…" before a closing mark.
pub(crate) fn is_term(d: &Doc, q: &Draft) -> bool {
    let mut words = 0;
    for &(a, b) in &q.spans {
        for i in a + 1..b {
            if d.is_wordlike(i) {
                words += 1;
            } else if matches!(d.word(i), "." | "!" | "?" | "…" | "..." | "?!") {
                return false;
            }
        }
    }
    words <= TERM_WORDS
}

/// Whether word `i`, followed by a full stop, is an abbreviation: a legal form or title ("Inc.",
/// "e.V.", "Ltd."), whose stop ends no sentence („Nordlicht Energy Inc.“ is a name).
fn abbreviation(d: &Doc, i: usize) -> bool {
    let w = d.lw(i);
    w.contains('.') || matches!(w, "inc" | "ltd" | "co" | "corp" | "jr" | "sr" | "nr" | "bzw" | "ca" | "gmbh" | "ag")
}

/// Whether the quoted text is one unbroken string with dots or slashes: a web address
/// („news.bbc.co.uk“) or a file name.
fn inner_is_address(d: &Doc, p: &Pair) -> bool {
    let (o, c) = (p.open(), p.close());
    if c <= o + 1 {
        return false;
    }
    let text = d.text.get(d.toks[o].end..d.toks[c].start).unwrap_or("");
    !text.contains(char::is_whitespace) && text.contains(['.', '/', '@'])
}

/// Whether a quoted word mixes letters and digits, or a short quote holds a bare number.
fn has_code(d: &Doc, p: &Pair) -> bool {
    let (o, c) = (p.open(), p.close());
    (o + 1..c).any(|i| {
        let w = d.word(i);
        let digits = w.chars().any(|ch| ch.is_ascii_digit());
        let letters = w.chars().any(char::is_alphabetic);
        digits && (letters || c - o <= 4)
    })
}

/// Whether the sentence before `o` reports speech: a cue, a Konjunktiv, or "als" after a verb.
fn reported_context(d: &Doc, o: usize, inside: &[bool]) -> bool {
    let sa = d.sentence_of(o).0.max(o.saturating_sub(LOOK));
    frame::last_cue(d, sa, o, inside).is_some()
        || source_phrase(d, sa, o, inside).is_some()
        || (sa..o).any(|i| !inside[i] && lexicon::is(lexicon::SUBJUNCTIVE, d.lw(i)))
        || (o.saturating_sub(2).max(sa)..o).any(|i| d.lw(i) == "als")
}

/// Whether the quoted passage is somebody's words.
fn is_speech(d: &Doc, p: &Pair, inside: &[bool]) -> bool {
    let (o, c) = (p.open(), p.close());
    let q = inner(d, p);
    if q.words == 0 {
        return false;
    }
    let (sa, _) = d.sentence_of(o);
    let prev = (o > sa).then(|| o - 1);
    let prev_w = prev.map_or("", |i| d.lw(i));
    let next_w = d.lw(c + 1);
    let colon_before = prev_w == ":";
    let naming_before = (o.saturating_sub(2).max(sa)..o).any(|i| lexicon::is(lexicon::NAMING_WORDS, d.lw(i)));
    let naming_after = (next_w == "," && lexicon::is(lexicon::NAMING_WORDS, d.lw(c + 3)) && d.lw(c + 2) == "so")
        || lexicon::is(lexicon::NAMING_WORDS, next_w);
    let speech_noun = (o.saturating_sub(3).max(sa)..o).any(|i| lexicon::is(lexicon::SPEECH_NOUNS, d.lw(i)));
    let straight_single = d.mark(o) == Some('\'');
    if straight_single && d.mark(o + 1) == Some('\'') {
        // ''…'': wiki emphasis, not a quotation.
        return false;
    }
    let after_article = prev.is_some_and(|i| lexicon::is(lexicon::DETERMINERS, d.lw(i)));
    if after_article && q.title_case && q.words >= 2 && !q.terminal {
        // "die Chefin der „Nordsee Rundschau Heute“, bestätigt …": a name in title case inside
        // a noun phrase, even when a frame follows it.
        return false;
    }
    if is_gloss(d, o, sa) && !q.terminal && q.words <= 7 {
        // "die Aktion „Open Doors“ („offene Türen“)", "(etwa: „Partei des Volkes“)":
        // a translation in brackets. Words in brackets that end a sentence are still speech:
        // "die Trainerin („Das hat sie sich verdient.“)".
        return false;
    }
    // "Wie „netzpost online“ berichtet": a medium's name as the subject of a source clause.
    if prev_w == "wie" && frame::cue_at(d, c + 1).is_some() && !q.terminal && q.words <= 5 {
        return false;
    }
    let after_frame = after_frame(d, c, inside).is_some();
    if (naming_before && !colon_before && !speech_noun) || naming_after {
        return false;
    }
    if colon_before {
        // "Unter dem Motto: „…“" is a name; "sagte er: „…“" speech.
        let cs = frame::clause_start(d, o - 1, inside);
        let cued = frame::first_cue(d, cs, o, inside).is_some()
            || (cs..o).any(|i| lexicon::is(lexicon::SPEECH_NOUNS, d.lw(i)));
        let label = o >= 2 && d.is_cap(o - 2) && frame::np_can_start(d, o - 2) && !cued;
        if label || inner_is_address(d, p) {
            return q.terminal;
        }
        return cued || q.terminal || (q.words >= 3 && !q.title_case);
    }
    if inner_is_address(d, p) {
        return false;
    }
    if after_frame {
        return true;
    }
    if straight_single {
        // Straight single marks in German text set off terms, rarely speech.
        return false;
    }
    if q.terminal && q.words >= 3 {
        return true;
    }
    // A clause of its own reads as speech even without a frame: "„Wir investieren weiter“ –
    // das versprach …". Titles and names have no verb ("„Die letzte Fahrt“").
    let quoted = vec![false; inside.len()];
    let mostly_caps = q.caps * 10 >= q.words * 6;
    if q.words >= 3 && !mostly_caps && frame::has_verb(d, o + 1, c, &quoted) && !prev_is_noun_before(d, o) {
        return true;
    }
    if d.word(c + 1) == "(" && !q.first_lower {
        // „Jungle Fever“ (1991), „People's Alliance for Democracy“ (PAD)
        return false;
    }
    let naming_frame = (o.saturating_sub(2).max(sa)..o).any(|i| d.lw(i) == "als")
        && frame::last_cue(d, sa.max(o.saturating_sub(LOOK)), o, inside).is_some();
    if q.words >= 2 && !q.first_lower && q.caps * 10 >= q.words * 6 && !naming_frame {
        // Mostly capitalised: a name or title ("Championnat du Monde de Pétanque").
        return false;
    }
    let prev_is_noun = prev.is_some_and(|i| d.is_cap(i) && i > sa && !lexicon::is(lexicon::SPEECH_NOUNS, d.lw(i)));
    if prev_is_noun && !q.first_lower {
        return false;
    }
    if has_code(d, p) && q.words <= 3 {
        // „c4“, „HD 13189“, „documenta 12“: model names and codes.
        return false;
    }
    if q.first_lower {
        // One word is a partial quote only where the sentence reports speech; otherwise it is
        // a term ("„randvoll“", "„nur“").
        return q.words > 1 || reported_context(d, o, inside);
    }
    if q.words >= 5 {
        return true;
    }
    // A short capitalised phrase: a word someone used, only where the sentence reports speech
    // before it ("sprach von einer „Katastrophe“", "bezeichnete … als „Gesindel“").
    let naming_cue = frame::last_cue(d, sa.max(o.saturating_sub(LOOK)), o, inside)
        .filter(|cue| !lexicon::is(lexicon::NAMING_WORDS, d.lw(cue.at)));
    speech_noun
        || ((o.saturating_sub(2).max(sa)..o).any(|i| d.lw(i) == "als") && naming_cue.is_some())
        || naming_cue
            .is_some_and(|cue| cue.form.class == Class::Name || (matches!(prev_w, "von" | "vor") && o - cue.at <= 6))
}

/// Whether the quotation at `o` opens a bracket, alone or after a gloss word ("(„…“",
/// "(etwa: „…“", "(übersetzt etwa: „…“", "(engl. „…“").
fn is_gloss(d: &Doc, o: usize, sa: usize) -> bool {
    let gloss = |w: &str| matches!(w, "etwa" | "übersetzt" | "deutsch" | "dt" | "engl" | "englisch" | ":" | ".");
    let mut k = o;
    while k > sa && o - k < 4 && gloss(d.lw(k - 1)) {
        k -= 1;
    }
    k > sa && d.word(k - 1) == "("
}

/// Whether the word before the opening mark is a noun the quote names ("der Film „…“").
fn prev_is_noun_before(d: &Doc, o: usize) -> bool {
    let sa = d.sentence_of(o).0;
    o > sa && d.is_cap(o - 1) && !lexicon::is(lexicon::SPEECH_NOUNS, d.lw(o - 1))
}

/// A frame after the closing mark: „…“, sagte X / „…“, so X / „…“, hatte X gesagt.
fn after_frame(d: &Doc, c: usize, inside: &[bool]) -> Option<(Option<(usize, usize)>, usize)> {
    let (_, sb) = d.sentence_of(c);
    let mut j = c + 1;
    // "„…“ wird der Trainer in der Zeitung zitiert": a passive of quoting needs no comma.
    // The one quoted follows the auxiliary.
    if matches!(d.lw(j), "wird" | "wurde") && d.block.get(j) == d.block.get(c) {
        let end = frame::clause_end(d, j + 1, inside);
        let cue = frame::first_cue(d, j + 1, end, inside).filter(|cue| d.lw(cue.at) == "zitiert");
        if let Some(cue) = cue {
            return Some((frame::np_after(d, j + 1, cue.at), cue.at));
        }
    }
    if d.word(j) == "," {
        j += 1;
    } else if !matches!(d.word(c.wrapping_sub(1)), "?" | "!" | "." | "…" | "..." | ",") {
        // Without a comma only after a full sentence, or with the comma set inside the marks:
        // „Wo bleibt er?“ fragte sie; „Wir bleiben,“ betonte sie.
        return None;
    }
    if j >= sb || inside.get(j).copied().unwrap_or(true) || d.block.get(j) != d.block.get(c) {
        return None;
    }
    let end = frame::clause_end(d, j, inside);
    let (sa, _) = d.sentence_of(c);
    let open = (sa.max(c.saturating_sub(LOOK))..c).find(|&k| inside.get(k).copied().unwrap_or(false)).unwrap_or(c);
    if (open.saturating_sub(3)..open).any(|k| d.lw(k) == "worten") && !frame::is_boundary(d, j) {
        // "Mit den Worten „…“, richtete er seinen Blick …": the main clause's subject speaks.
        return Some((frame::np_after(d, j + 1, end), j));
    }
    if d.lw(j) == "so" {
        // "so Murtha", "so der Gewerkschafter", "so charakterisierte ihn der Gewerkschafter"
        if let Some(cue) = frame::cue_at(d, j + 1) {
            return Some((frame::np_after(d, cue.end.max(cue.at) + 1, end), cue.at));
        }
        if d.word(j + 1).chars().next().is_some_and(char::is_lowercase) && !frame::np_can_start(d, j + 1) {
            return None;
        }
        return frame::np_at(d, j + 1, end).map(|np| (Some(np), j));
    }
    // The verb comes first after the quote: a finite cue, or an auxiliary with a participle.
    let head = d.lw(j);
    let cue = if lexicon::is(lexicon::AUXILIARIES, head) {
        frame::first_cue(d, j + 1, end, inside)
    } else {
        frame::cue_at(d, j)
    };
    match cue {
        Some(cue) => Some((frame::subject(d, cue, inside), cue.at)),
        None => verb_first_frame(d, j, end),
    }
}

/// "„…“, zeigte sich Trainer Milovan Rajevac zufrieden", "„…“, ließ ein Sprecher verlauten":
/// a verb the lexicon does not list opens the clause after the quote, and its subject follows
/// it. The shape is the frame; the verb is whatever word stands first.
fn verb_first_frame(d: &Doc, j: usize, end: usize) -> Option<(Option<(usize, usize)>, usize)> {
    let w = d.lw(j);
    // "„…“, kurz EBU", "„…“, sprich …": an abbreviation or gloss follows, not a frame.
    let gloss = matches!(w, "kurz" | "sprich" | "alias" | "genannt" | "bzw" | "beziehungsweise" | "auch");
    if !frame::verb_shaped(d, j) || gloss {
        return None;
    }
    let np = frame::np_after(d, j + 1, end)?;
    (frame::can_speak(d, np) && !matches!(d.lw(np.0), "den" | "dem" | "des" | "einen" | "einem"))
        .then_some((Some(np), j))
}

/// An attribution line after the quote: "„Wir bleiben hier.“ – Konzernchef Oliver Krämer".
/// A dash, then nothing but a noun phrase up to the end of the paragraph.
fn dash_frame(d: &Doc, c: usize) -> Option<(Option<(usize, usize)>, usize)> {
    let dash = c + 1;
    if !matches!(d.word(dash), "–" | "—" | "-") || d.block.get(dash) != d.block.get(c) {
        return None;
    }
    let block = d.block.get(dash)?;
    let mut end = dash + 1;
    while end < d.len() && d.block.get(end) == Some(block) && end <= dash + 8 {
        end += 1;
    }
    // The paragraph ends with the name (a full stop at most).
    let mut last = end.checked_sub(1)?;
    if end < d.len() && d.block.get(end) == Some(block) {
        return None;
    }
    if matches!(d.word(last), "." | ")") && last > dash + 1 {
        last -= 1;
        if d.word(last + 1) == ")" {
            // "– Oliver Krämer (CEO)": the bracket closes an aside after the name.
            last = (dash + 1..=last).rev().find(|&k| d.word(k) == "(")?.checked_sub(1)?;
        }
    }
    let from = if d.lw(dash + 1) == "so" { dash + 2 } else { dash + 1 };
    let np = frame::np_at(d, from, last + 1).filter(|np| np.1 == last)?;
    Some((Some(np), dash))
}

/// Words in brackets right after a name are that person's: "der Leiter der Behörde, Jonas
/// Keller („Wir sind bereit.“), und …". The name must be one the tagger found.
fn bracket_frame(d: &Doc, o: usize) -> Option<(Option<(usize, usize)>, usize)> {
    let bracket = o.checked_sub(1).filter(|&b| d.word(b) == "(")?;
    let last = bracket.checked_sub(1).filter(|&k| d.is_speaker_entity(k))?;
    let (sa, _) = d.sentence_of(o);
    let mut first = last;
    while first > sa && d.is_speaker_entity(first - 1) && last - first < 5 {
        first -= 1;
    }
    Some((Some((first, last)), bracket))
}

/// A frame before the opening mark, in the same sentence: "X sagte: „…“", "Er sagte, wer …
/// „…“", "X bezeichnete … als „…“".
fn before_frame(d: &Doc, o: usize, inside: &[bool]) -> Option<(Option<(usize, usize)>, usize)> {
    let (sa, _) = d.sentence_of(o);
    if o == 0 {
        return None;
    }
    let Some(cue) = frame::last_cue(d, sa.max(o.saturating_sub(LOOK)), o, inside) else {
        // "Der Sprecher versuchte mit den Worten zu beruhigen: „…“", "Bundesinnenminister
        // Schäuble: „…“": no speech verb, but a colon announces the words; the subject of the
        // clause before it speaks.
        if d.word(o - 1) != ":" {
            return None;
        }
        let cs = frame::clause_start(d, o - 1, inside);
        let subject = if d.lw(cs) == "zitat" && d.lw(cs + 1) == "von" {
            frame::np_at(d, cs + 2, o - 1)
        } else if d.lw(cs) == "so" && cs > sa && d.word(cs - 1) == "," {
            // "…, so Dörrbecker weiter: „…“": the source after "so" speaks on.
            frame::np_at(d, cs + 1, o - 1)
        } else if (cs == sa && frame::np_can_start(d, cs) && d.is_cap(cs)) || (cs > sa && d.word(cs - 1) == ",") {
            // After an apposition ("Der Sprecher, Steffen Seibert, versuchte …:") the sentence
            // opens with the subject.
            frame::sentence_subject(d, o)
                .filter(|&np| frame::can_speak(d, np))
                .or_else(|| frame::clause_subject(d, cs, o - 1))
                .or_else(|| frame::sentence_subject(d, o))
        } else {
            frame::clause_subject(d, cs, o - 1)
        };
        // "Den Vorschlag lehnt sie ab:", "Jede Schuld weist Okafor von sich:": a first
        // phrase that cannot speak is the object; the speaker follows the finite verb.
        let subject = match subject {
            Some(np) if !frame::can_speak(d, np) => frame::speaker_after_verb(d, np.1 + 1, o - 1, inside),
            other => other,
        };
        return Some((subject, o - 1));
    };
    Some((frame::subject(d, cue, inside), cue.at))
}

/// A frame later in the same sentence: "„…“ bezeichnete er die Lage".
fn later_frame(d: &Doc, c: usize, inside: &[bool]) -> Option<(Option<(usize, usize)>, usize)> {
    let (_, sb) = d.sentence_of(c);
    let cue = frame::first_cue(d, c + 1, sb.min(c + 1 + LOOK), inside)?;
    Some((frame::subject(d, cue, inside), cue.at))
}

/// A source phrase in the sentence: "laut X", "X zufolge", "nach Angaben von X".
/// A source phrase: its whole extent, the source's noun phrase, and its cue word ("laut").
pub(crate) struct Source {
    pub extent: (usize, usize),
    pub source: (usize, usize),
    pub cue: usize,
}

/// Judgements and announcements whose owner "nach" names as a source, beside
/// [`lexicon::SOURCE_NOUNS`]: "nach Bewertung der Polizei", "nach der Ankündigung der
/// Ministerin". Not nouns of events that "nach" follows in time ("nach dem Urteil", "nach
/// der Auswertung").
const JUDGEMENT_NOUNS: &[&str] = &[
    "bewertung", "beurteilung", "ankündigung", "äußerung", "äußerungen", "aussagen", "feststellung", "prognose",
    "prognosen", "recherchen",
];

/// Possessives before a speech noun: "seiner Meinung nach" (in the third person: "meiner
/// Meinung nach" is the speaker's own aside, inside what is quoted).
const POSSESSIVES: &[&str] = &["seiner", "ihrer", "deren", "dessen"];

/// The source named after "laut" at `i`: a noun phrase, or what a noun phrase's test misses
/// there: a quoted name ("laut „Welt“"), a web address ("laut ndr.de") or adjectives before
/// their noun without an article ("laut israelischen Medien", "laut aktueller Statistik").
fn source_np(d: &Doc, i: usize, end: usize) -> Option<(usize, usize)> {
    if let Some(np) = frame::np_at(d, i, end) {
        return Some(np);
    }
    if d.mark(i).is_some() {
        let close = (i + 2..end.min(i + 6)).find(|&c| d.mark(c).is_some())?;
        return (i + 1..close).all(|k| d.is_cap(k)).then_some((i, close));
    }
    // A web address is three tokens with nothing between them: "ndr", ".", "de".
    let joined = |k: usize| d.toks.get(k).zip(d.toks.get(k + 1)).is_some_and(|(x, y)| x.end == y.start);
    let domain = d.word(i + 2);
    if d.word(i + 1) == "."
        && joined(i)
        && joined(i + 1)
        && !d.is_cap(i)
        && (2..=4).contains(&domain.len())
        && domain.chars().all(|c| c.is_ascii_lowercase())
    {
        return Some((i, i + 2));
    }
    let mut k = i;
    while k < end && k < i + 3 && !d.is_cap(k) && (d.lw(k).ends_with("en") || d.lw(k).ends_with("er")) {
        k += 1;
    }
    (k > i && k < end && d.is_cap(k)).then(|| frame::np_at(d, k, end).map_or((i, k), |np| (i, np.1)))
}

pub(crate) fn source_phrase(d: &Doc, from: usize, to: usize, inside: &[bool]) -> Option<Source> {
    for i in from..to.min(d.len()) {
        if inside[i] {
            continue;
        }
        let w = d.lw(i);
        let end = frame::clause_end(d, i + 1, inside).min(to);
        match w {
            "laut" | "gemäß" => {
                // A news agency credits the report ("laut Reuters"); it is not a speaker.
                if let Some(np) = source_np(d, i + 1, end).filter(|np| !lexicon::is(lexicon::AGENCIES, d.lw(np.0))) {
                    return Some(Source { extent: (i, np.1), source: np, cue: i });
                }
            }
            // "Seiner Meinung nach", "Dem Vernehmen nach": the source noun before "nach".
            "nach"
                if i >= from + 2
                    && !inside[i - 1]
                    && (lexicon::is(lexicon::SOURCE_NOUNS, d.lw(i - 1)) || d.lw(i - 1) == "vernehmen")
                    && (lexicon::is(lexicon::DETERMINERS, d.lw(i - 2)) || lexicon::is(POSSESSIVES, d.lw(i - 2))) =>
            {
                return Some(Source { extent: (i - 2, i), source: (i - 2, i - 1), cue: i });
            }
            "nach" => {
                // "nach Angaben der Polizei", "nach eigenen Angaben", "nach Polizeiangaben"
                let mut k = i + 1;
                while k < end && k < i + 3 && !d.is_cap(k) {
                    k += 1;
                }
                // The source noun may head a compound: "nach einem Fernsehbericht des Senders".
                let source_noun = |w: &str| {
                    lexicon::is(lexicon::SOURCE_NOUNS, w)
                        || lexicon::is(JUDGEMENT_NOUNS, w)
                        || ["bericht", "berichten", "angaben", "informationen", "meldung", "meldungen"]
                            .iter()
                            .any(|s| w.ends_with(s))
                };
                if k < end && source_noun(d.lw(k)) {
                    let mut np = frame::np_at(d, k, end).unwrap_or((k, k));
                    // "nach Einschätzung von Experten": the source follows "von".
                    if d.lw(np.1 + 1) == "von" {
                        if let Some(of) = frame::np_at(d, np.1 + 2, end) {
                            np.1 = of.1;
                        }
                    }
                    return Some(Source { extent: (i, np.1), source: np, cue: i });
                }
                // "Nach Schäubles Ansicht": a name in the genitive before the source noun.
                if k + 1 < end
                    && d.is_cap(k)
                    && d.lw(k).ends_with('s')
                    && lexicon::is(lexicon::SOURCE_NOUNS, d.lw(k + 1))
                {
                    return Some(Source { extent: (i, k + 1), source: (k, k + 1), cue: i });
                }
            }
            // "Für den Theologen Hans Küng sei der Rücktritt „verständlich“": whose view a
            // judgement is, before its copula.
            "für" => {
                if let Some(np) = frame::np_at(d, i + 1, end) {
                    let copula = matches!(d.lw(np.1 + 1), "ist" | "sei" | "war" | "wäre" | "sind" | "seien" | "waren");
                    let person = (np.0..=np.1).any(|k| d.is_speaker_entity(k))
                        || lexicon::is_person_noun(d.lw(np.1))
                        || lexicon::is_group_noun(d.lw(np.1));
                    if copula && person {
                        return Some(Source { extent: (i, np.1), source: np, cue: i });
                    }
                }
            }
            "zufolge" => {
                // The noun phrase right before: back over nouns, adjectives and genitives to its
                // article ("Unter den Passagieren befanden sich Berichten zufolge …").
                let cs = frame::clause_start(d, i, inside).max(i.saturating_sub(8));
                let mut k = i;
                while k > cs {
                    let w = d.lw(k - 1);
                    let part = d.is_cap(k - 1) || w.ends_with("en") || w.ends_with('e') || matches!(w, "des" | "der");
                    if lexicon::is(lexicon::DETERMINERS, w) {
                        k -= 1;
                        break;
                    }
                    if !part || lexicon::is(lexicon::NON_SUBJECT, w) || lexicon::cue(w).is_some() {
                        break;
                    }
                    k -= 1;
                }
                if k < i {
                    return Some(Source { extent: (k, i), source: (k, i - 1), cue: i });
                }
            }
            _ => {}
        }
    }
    None
}

/// The direct quotations among the outermost pairs, with their frames.
pub(crate) fn find(d: &Doc, outer: &[&Pair], inside: &[bool]) -> Vec<Draft> {
    let mut out: Vec<Draft> = Vec::new();
    let mut last: Option<(usize, (usize, usize))> = None; // (sentence, speaker) of the last attributed quote
                                                          // The closing mark of the last quotation that was not speech (a title, a name).
    let mut last_title: Option<usize> = None;
    for p in outer {
        // "in „Nackt unter Wölfen“ oder „Jeder stirbt für sich allein“": a quotation joined to
        // a title by "oder", "und" or a comma is another title.
        let listed = last_title.is_some_and(|t| {
            t + 1 < p.open() && (t + 1..p.open()).all(|k| matches!(d.lw(k), "oder" | "und" | "," | "sowie" | "bzw."))
        });
        if listed || !is_speech(d, p, inside) {
            last_title = Some(p.close());
            continue;
        }
        let (o, c) = (p.open(), p.close());
        let (sa, sb) = d.sentence_of(o);
        let found = dash_frame(d, c)
            .or_else(|| bracket_frame(d, o))
            .or_else(|| after_frame(d, c, inside))
            .or_else(|| before_frame(d, o, inside))
            .or_else(|| {
                source_phrase(d, sa.max(o.saturating_sub(LOOK)), sb.min(c + LOOK), inside)
                    .map(|src| (Some(src.source), src.cue))
            })
            .or_else(|| later_frame(d, c, inside));
        let (mut speaker, cue) = match found {
            Some((speaker, cue)) => (speaker, Some(cue)),
            None => (None, None),
        };
        let sentence = d.sent.get(o).copied().unwrap_or(0);
        if speaker.is_none() {
            // No frame of its own: the speaker of the sentence before, or of the quote it continues.
            let prev_sentence = sentence.checked_sub(1).and_then(|s| d.sents.get(s)).copied();
            let from_prev = prev_sentence.and_then(|(a, b)| {
                let a = a.max(b.saturating_sub(LOOK));
                match frame::last_cue(d, a, b, inside) {
                    Some(cue) => (cue.form.class == Class::Say).then(|| frame::subject(d, cue, inside)).flatten(),
                    // "Nach Ansicht der Ministerin ist nichts entschieden. „…“": a quotation
                    // that opens its sentence after one a source phrase frames.
                    None if o == sa => source_phrase(d, a, b, inside).map(|src| src.source),
                    None => None,
                }
            });
            // A quotation inside its sentence belongs first to that sentence's subject when the
            // tagger knows it as a person or organisation ("Stadträtin Petra Holm will den Plan
            // „…“ prüfen"); any noun there was tried and loses on dev.
            let own = (o > sa)
                .then(|| frame::sentence_subject(d, o).filter(|&(_, b)| b < o))
                .flatten()
                .filter(|&(a, b)| (a..=b).any(|k| d.is_speaker_entity(k)));
            // So does a personal pronoun as its subject, first or after the verb ("Zunächst
            // wollte er den Plan „…“ prüfen"); not in the Konjunktiv, where the pronoun is what a report
            // is about ("Er werde „…“ prüfen"), and not "sie", as often plural as not.
            let reported = (sa..o).any(|k| !inside[k] && lexicon::is(lexicon::SUBJUNCTIVE, d.lw(k)));
            let pronoun = || {
                (o > sa && !reported)
                    .then(|| frame::sentence_subject(d, o).or_else(|| frame::clause_subject(d, sa, o)))
                    .flatten()
                    .filter(|&(a, b)| a == b && b < o && matches!(d.lw(a), "er" | "ich" | "wir"))
            };
            speaker = own
                .or_else(pronoun)
                .or(from_prev)
                .or_else(|| last.filter(|(s, _)| sentence.saturating_sub(*s) <= CONTINUE_SENTENCES).map(|(_, sp)| sp));
            if speaker.is_none() {
                // Nothing reports it: the quote speaks for the subject of its sentence, or, when
                // it is a sentence of its own, of the sentence before ("Die SPD will … . „Wir …“").
                speaker = if o == sa {
                    prev_sentence.and_then(|(_, b)| frame::sentence_subject(d, b.saturating_sub(1)))
                } else {
                    frame::sentence_subject(d, o).filter(|&(_, b)| b < o)
                }
                .filter(|&np| frame::can_speak(d, np));
            }
        }
        if let Some(sp) = speaker {
            last = Some((d.sent.get(c).copied().unwrap_or(sentence), sp));
        }
        out.push(Draft {
            kind: QuoteKind::Direct,
            spans: p.segments.clone(),
            speaker,
            cue,
            cluster: None,
            interview: None,
        });
    }
    // A quote without a frame takes the frame of the next quote in its sentence: "Die „…“
    // hätten „…“, so Murtha."
    for k in (1..out.len()).rev() {
        let (before, after) = out.split_at_mut(k);
        let (prev, next) = (&mut before[k - 1], &after[0]);
        if prev.cue.is_none() && next.cue.is_some() && d.sent.get(prev.start()) == d.sent.get(next.start()) {
            prev.speaker = next.speaker;
            prev.cue = next.cue;
        }
    }
    out
}
