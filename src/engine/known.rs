//! Names the article already knows, found again in every form and place.
//!
//! The tagger reads one sentence at a time, so it misses a name where its sentence gives it no
//! clue: "Baerbocks Besuch war kurz." at a sentence start, "EHRENBERG:" labelling an interview
//! answer. This pass reads the tagger's output for the whole article. Every name it found is a
//! known form with its kind (a person's surname too, from "Annalena Baerbock"), and a word the
//! tagger left untagged that is such a form becomes a mention of that kind:
//!
//! - in the genitive ("Baerbocks", "Jones'") or in capitals ("EHRENBERG" for "Ehrenberg"),
//!   anywhere;
//! - as written, at a sentence start, where the tagger has least context;
//! - as the first piece of a compound ("Baerbock-Besuch"), as a part; also where the tagger
//!   took the whole compound for a name ("Oswald-Plan");
//! - a name of several words in another inflection ("Statistisches Landesamt" after "das
//!   Statistische Landesamt").
//!
//! A table's column lists things of one kind, so a cell the tagger left alone in a column of
//! places is a place ("Halle" under "Leipzig").
//!
//! In an interview whose answers are labelled with a person's name ("EHRENBERG: …"), a label
//! in capitals that names nobody the article knows and takes turns with the answers is the
//! outlet asking ("STANDARD: …"): an organisation, at its labels and wherever the article
//! writes it in capitals ("im Gespräch mit dem STANDARD").
//!
//! It also settles three things a sentence alone cannot: a capitalised adjective at a sentence
//! start before its noun ("Linke Hände") is not a name, whatever the tagger guessed and
//! whatever the article calls "die Linke"; an institution named by its seat ("Landgericht
//! Köln") is one organisation where the tagger marked only the place; and a place named with
//! its river or region after a slash or in brackets ("Frankfurt/Oder", "Frankfurt (Oder)") is
//! one place.

use std::collections::HashMap;

use super::ner::narrow_part;
use super::quotes::interview::take_turns;
use super::words::QUESTION_LABELS;
use super::{Block, BlockKind, EntityKind, Found, Span, Variant};

/// Endings of an inflected adjective: "Linke", "Grünen", "Neuer", "Großes", "Altem".
const ADJECTIVE_ENDINGS: &[&str] = &["e", "en", "er", "es", "em"];

/// Shortest known form, in characters: shorter words are too often something else.
const MIN_FORM: usize = 3;

/// The mentions with the known names added and the adjectives dropped, in text order, never
/// overlapping. `found` is in text order and never overlapping; `tokens` are the article's.
pub(crate) fn recall(
    text: &str,
    blocks: &[Block],
    sentences: &[Span],
    tokens: &[Span],
    found: Vec<Found>,
) -> Vec<Found> {
    let words: Vec<&str> = tokens.iter().map(|t| t.slice(text)).collect();
    let starts = sentence_starts(text, sentences, tokens);
    // Which mention covers each token, if any.
    let mut cover: Vec<Option<usize>> = vec![None; tokens.len()];
    let mut m = 0;
    for (t, tok) in tokens.iter().enumerate() {
        while m < found.len() && found[m].span.end <= tok.start {
            m += 1;
        }
        if found.get(m).is_some_and(|f| f.span.overlaps(*tok)) {
            cover[t] = Some(m);
        }
    }
    let adjective_at = |t: usize| -> bool {
        let w = words[t];
        starts.get(t).copied().unwrap_or(false)
            && ADJECTIVE_ENDINGS.iter().any(|e| w.ends_with(e))
            && words.get(t + 1).is_some_and(|n| is_capitalised(n) && !is_all_caps(n))
            && cover.get(t + 1).is_some_and(Option::is_none)
    };

    // The tagger's sentence-initial adjectives go.
    let mut drop = vec![false; found.len()];
    for (t, c) in cover.iter().enumerate() {
        if let Some(i) = *c {
            let f = found[i];
            if f.variant == Variant::Name && is_name_kind(f.kind) && f.span == tokens[t] && adjective_at(t) {
                drop[i] = true;
            }
        }
    }

    // The known forms, by the weight of the mentions that give them.
    let mut votes: HashMap<&str, [usize; 4]> = HashMap::new();
    for (i, f) in found.iter().enumerate() {
        if drop[i] || f.variant != Variant::Name || !is_name_kind(f.kind) {
            continue;
        }
        let written = f.span.slice(text);
        let form = if written.contains(char::is_whitespace) {
            // A person's surname stands for them; other names of several words have no
            // one-word form.
            if f.kind != EntityKind::Per {
                continue;
            }
            written.split_whitespace().next_back().unwrap_or("")
        } else {
            written
        };
        if form.chars().count() >= MIN_FORM && is_capitalised(form) {
            if let Some(slot) = votes.entry(form).or_default().get_mut(kind_index(f.kind)) {
                *slot += 1;
            }
        }
    }
    let known: HashMap<&str, EntityKind> = votes
        .into_iter()
        .filter_map(|(form, v)| {
            let (k, n) = v.iter().enumerate().max_by_key(|&(k, n)| (*n, std::cmp::Reverse(k)))?;
            (*n > 0).then(|| (form, NAME_KINDS[k]))
        })
        .collect();

    let mut out: Vec<Found> = found.iter().zip(&drop).filter(|(_, d)| !**d).map(|(f, _)| *f).collect();
    // A compound the tagger took for a name whole ("Oswald-Plan") whose first piece is a name
    // the article knows on its own, and whose head is not: the name is a part of it.
    for f in &mut out {
        let written = f.span.slice(text);
        let Some((first, rest)) = written.split_once(['-', '‐']) else { continue };
        let head = rest.rsplit(['-', '‐']).next().unwrap_or(rest);
        if f.variant != Variant::Name || written.contains(char::is_whitespace) || known.contains_key(head) {
            continue;
        }
        if let Some(&kind) = known.get(first) {
            let part = narrow_part(text, Found { kind, variant: Variant::Part, ..*f });
            if part.span.slice(text) == first {
                *f = part;
            }
        }
    }
    // Names of several words, by the stems of their words: "das Statistische Landesamt" is
    // known when "Statistisches Landesamt" stands alone in a press release's trailer.
    let mut phrases: HashMap<String, EntityKind> = HashMap::new();
    for (i, f) in found.iter().enumerate() {
        let written = f.span.slice(text);
        let n = written.split_whitespace().count();
        if !drop[i] && f.variant == Variant::Name && f.kind != EntityKind::Per && (2..=MAX_PHRASE).contains(&n) {
            phrases.entry(phrase_key(written.split_whitespace())).or_insert(f.kind);
        }
    }
    let mut t = 0;
    while t < words.len() {
        let free =
            |u: usize| cover.get(u).is_some_and(Option::is_none) && words.get(u).is_some_and(|w| is_capitalised(w));
        if !known.is_empty() && free(t) && !adjective_at(t) {
            if let Some(f) = recalled(text, tokens[t], words[t], starts.get(t).copied().unwrap_or(false), &known) {
                out.push(f);
                t += 1;
                continue;
            }
        }
        // The longest run of free capitalised words from here that is a known phrase.
        let run = if phrases.is_empty() {
            0
        } else {
            (t..words.len()).take_while(|&u| free(u) && u < t + MAX_PHRASE).count()
        };
        let phrase = (2..=run)
            .rev()
            .find_map(|n| phrases.get(&phrase_key(words[t..t + n].iter().copied())).map(|&kind| (n, kind)));
        if let Some((n, kind)) = phrase {
            out.push(Found { span: Span::new(tokens[t].start, tokens[t + n - 1].end), kind, variant: Variant::Name });
            t += n;
        } else {
            t += 1;
        }
    }
    out.sort_by_key(|f| f.span.start);
    let out = join_seats(tokens, &words, out);
    let out = join_place_qualifiers(tokens, &words, out);
    let out = interviewer(blocks, tokens, &words, &known, out);
    fill_table_columns(text, blocks, out)
}

/// The outlet asking in an interview: a one-word label in capitals at the start of paragraphs
/// ("STANDARD: …") that no mention covers and whose every paragraph asks (holds a question
/// mark), taking turns with labels that name a person ("EHRENBERG: …"; by a mention or by a
/// name `known` holds). It becomes an organisation at each label and at each other free word
/// written the same way. `found` is in text order and never overlapping; so is the result.
fn interviewer(
    blocks: &[Block],
    tokens: &[Span],
    words: &[&str],
    known: &HashMap<&str, EntityKind>,
    mut found: Vec<Found>,
) -> Vec<Found> {
    let covering = |found: &[Found], t: usize| -> Option<EntityKind> {
        let k = found.partition_point(|f| f.span.end <= tokens[t].start);
        found.get(k).filter(|f| f.span.overlaps(tokens[t])).map(|f| f.kind)
    };
    struct Label {
        at: usize,
        person: bool,
        asks: bool,
    }
    let mut labels: Vec<Label> = Vec::new();
    for block in blocks.iter().filter(|b| b.kind == BlockKind::Paragraph) {
        let at = tokens.partition_point(|t| t.start < block.span.start);
        let opens = words.get(at + 1) == Some(&":") && tokens.get(at + 1).is_some_and(|c| c.end < block.span.end);
        if opens && is_all_caps(words[at]) {
            // A person's label: the tagger's, or a name the article knows ("EHRENBERG" for
            // "Ulrike Ehrenberg", whatever the tagger made of the capitals).
            let person = covering(&found, at) == Some(EntityKind::Per)
                || known.get(title_case(words[at]).as_str()) == Some(&EntityKind::Per);
            let end = tokens.partition_point(|t| t.start < block.span.end);
            let asks = words[at..end].contains(&"?");
            labels.push(Label { at, person, asks });
        }
    }
    let outlet = labels.iter().find(|l| {
        !l.person && covering(&found, l.at).is_none() && !QUESTION_LABELS.contains(&words[l.at].to_lowercase().as_str())
    });
    let Some(outlet) = outlet.map(|l| words[l.at]) else { return found };
    let turns: Vec<&Label> = labels.iter().filter(|l| l.person || words[l.at] == outlet).collect();
    let asking = turns.iter().all(|l| l.person || l.asks);
    if !asking || !turns.iter().any(|l| l.person) || !take_turns(turns.iter().map(|l| !l.person)) {
        return found;
    }
    for t in (0..words.len()).filter(|&t| words[t] == outlet) {
        if covering(&found, t).is_none() {
            let at = found.partition_point(|f| f.span.start < tokens[t].start);
            found.insert(at, Found { span: tokens[t], kind: EntityKind::Org, variant: Variant::Name });
        }
    }
    found
}

/// A table's column lists things of one kind: "Leipzig", "Halle", "Dessau" under "Stadt". Where
/// at least half of a column's body cells are each one name of one kind, a cell of one to three
/// capitalised words with no mention at all is a name of that kind too.
fn fill_table_columns(text: &str, blocks: &[Block], mut found: Vec<Found>) -> Vec<Found> {
    let mut columns: HashMap<(u32, u32), Vec<Span>> = HashMap::new();
    for b in blocks {
        if let (BlockKind::TableCell, Some(cell)) = (b.kind, b.cell) {
            if !cell.header {
                columns.entry((cell.table, cell.column)).or_default().push(b.span);
            }
        }
    }
    let mut added = Vec::new();
    for cells in columns.values() {
        // What is in each cell: nothing, one name filling it, or something else.
        let inside = |cell: Span| -> Vec<Found> {
            let from = found.partition_point(|f| f.span.end <= cell.start);
            found[from..].iter().take_while(|f| f.span.start < cell.end).copied().collect()
        };
        let mut votes = [0usize; 4];
        for &cell in cells {
            if let [f] = inside(cell).as_slice() {
                if f.span == cell && f.variant == Variant::Name && is_name_kind(f.kind) {
                    votes[kind_index(f.kind)] += 1;
                }
            }
        }
        let Some((k, &n)) = votes.iter().enumerate().max_by_key(|&(k, n)| (*n, std::cmp::Reverse(k))) else {
            continue;
        };
        if n == 0 || 2 * n < cells.len() {
            continue;
        }
        for &cell in cells {
            let words: Vec<&str> = cell.slice(text).split_whitespace().collect();
            let name_like = (1..=3).contains(&words.len())
                && words.iter().all(|w| is_capitalised(w) && w.chars().all(|c| c.is_alphabetic() || c == '-'));
            if name_like && inside(cell).is_empty() {
                added.push(Found { span: cell, kind: NAME_KINDS[k], variant: Variant::Name });
            }
        }
    }
    if !added.is_empty() {
        found.extend(added);
        found.sort_by_key(|f| f.span.start);
    }
    found
}

/// Institutions named by the place they sit in: "Landgericht Köln", "Universität Bremen".
const INSTITUTIONS: &[&str] = &[
    "Amtsgericht", "Landgericht", "Oberlandesgericht", "Verwaltungsgericht", "Oberverwaltungsgericht",
    "Arbeitsgericht", "Landesarbeitsgericht", "Sozialgericht", "Landessozialgericht", "Finanzgericht",
    "Staatsanwaltschaft", "Generalstaatsanwaltschaft", "Polizeipräsidium", "Universität", "Hochschule",
    "Fachhochschule", "Universitätsklinikum", "Klinikum", "Stadtwerke", "Landratsamt", "Bezirksamt", "Handelskammer",
    "Handwerkskammer", "Erzbistum", "Bistum", "Landeskirche",
];

/// "Landgericht Köln": an institution word right before a place is one organisation with it
/// (GermEval's convention), where the tagger marked only the place.
fn join_seats(tokens: &[Span], words: &[&str], mut found: Vec<Found>) -> Vec<Found> {
    let mut m = 0;
    for (t, w) in words.iter().enumerate() {
        if !INSTITUTIONS.contains(w) {
            continue;
        }
        let Some(next) = tokens.get(t + 1) else { continue };
        while m < found.len() && found[m].span.end <= tokens[t].start {
            m += 1;
        }
        // The institution word is untagged and the place starts right after it.
        let Some(place) = found.get_mut(m).filter(|f| f.span.start == next.start) else { continue };
        if place.kind == EntityKind::Loc && place.variant == Variant::Name {
            *place = Found {
                span: Span::new(tokens[t].start, place.span.end),
                kind: EntityKind::Org,
                variant: Variant::Name,
            };
        }
    }
    found
}

/// The most words a name of several words is looked for with.
const MAX_PHRASE: usize = 4;

/// A name of several words by its words' stems, inflection endings dropped: "Statistische
/// Landesamt" and "Statistisches Landesamt" are both "statistisch landesamt".
fn phrase_key<'a>(words: impl Iterator<Item = &'a str>) -> String {
    let stems: Vec<String> = words
        .map(|w| {
            let lower = w.to_lowercase();
            let stem = ["en", "er", "es", "em", "e", "s"]
                .iter()
                .find_map(|e| lower.strip_suffix(e).filter(|s| s.chars().count() >= MIN_FORM))
                .unwrap_or(&lower);
            stem.to_string()
        })
        .collect();
    stems.join(" ")
}

const NAME_KINDS: [EntityKind; 4] = [EntityKind::Per, EntityKind::Loc, EntityKind::Org, EntityKind::Oth];

fn is_name_kind(kind: EntityKind) -> bool {
    NAME_KINDS.contains(&kind)
}

fn kind_index(kind: EntityKind) -> usize {
    NAME_KINDS.iter().position(|&k| k == kind).unwrap_or(0)
}

/// A mention for an untagged word that is a known name in another form, if it is one.
fn recalled(
    text: &str,
    span: Span,
    word: &str,
    sentence_start: bool,
    known: &HashMap<&str, EntityKind>,
) -> Option<Found> {
    let name = |kind| Found { span, kind, variant: Variant::Name };
    if sentence_start {
        if let Some(&kind) = known.get(word) {
            return Some(name(kind));
        }
    }
    if let Some(&kind) = without_genitive(word).and_then(|w| known.get(w)) {
        return Some(name(kind));
    }
    if is_all_caps(word) {
        let title = title_case(word);
        let kind = known.get(title.as_str()).or_else(|| without_genitive(&title).and_then(|w| known.get(w)));
        if let Some(&kind) = kind {
            return Some(name(kind));
        }
    }
    // "Baerbock-Besuch": the name before the hyphen, as a part.
    let (first, _) = word.split_once(['-', '‐'])?;
    let kind = *known.get(first)?;
    let part = narrow_part(text, Found { span, kind, variant: Variant::Part });
    (part.span.slice(text) == first).then_some(part)
}

/// "Baerbocks" → "Baerbock", "Jones'" → "Jones", "Merkel's" → "Merkel".
fn without_genitive(word: &str) -> Option<&str> {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .or_else(|| word.strip_suffix('\''))
        .or_else(|| word.strip_suffix('’'))
        .or_else(|| word.strip_suffix('s'))
        .filter(|w| w.chars().count() >= MIN_FORM)
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Three or more letters, all capitals: "EHRENBERG", not "NATO-Gipfel" or "EU".
fn is_all_caps(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= MIN_FORM && !word.chars().any(char::is_lowercase)
}

/// "EHRENBERG" → "Ehrenberg".
fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect()).unwrap_or_default()
}

/// For each token, whether it is the first word of its sentence (quotation marks, brackets and
/// list markers before it do not count).
fn sentence_starts(text: &str, sentences: &[Span], tokens: &[Span]) -> Vec<bool> {
    let mut starts = vec![false; tokens.len()];
    let mut t = 0;
    for sentence in sentences {
        while t < tokens.len() && tokens[t].start < sentence.start {
            t += 1;
        }
        while t < tokens.len() && tokens[t].end <= sentence.end {
            if tokens[t].slice(text).chars().any(char::is_alphanumeric) {
                starts[t] = true;
                break;
            }
            t += 1;
        }
    }
    starts
}

/// "Frankfurt/Oder" and "Frankfurt (Oder)": a place followed, right after a slash or in
/// brackets, by one capitalised word that the text does not name on its own elsewhere, is one
/// place with it. ("Kiew (Ukraine)" in a text that names Ukraine stays two places.)
fn join_place_qualifiers(tokens: &[Span], words: &[&str], mut found: Vec<Found>) -> Vec<Found> {
    // How often each word stands on its own (not right after a bracket or slash).
    let mut alone: HashMap<&str, usize> = HashMap::new();
    for (t, w) in words.iter().enumerate() {
        let bracketed = t > 0 && matches!(words[t - 1], "(" | "/");
        if !bracketed {
            *alone.entry(w).or_default() += 1;
        }
    }
    let mut i = 0;
    while i < found.len() {
        let f = found[i];
        i += 1;
        if f.kind != EntityKind::Loc || f.variant != Variant::Name {
            continue;
        }
        // Tokens are in order and never overlap: the mention's last token by binary search.
        let last = tokens.partition_point(|t| t.end < f.span.end);
        if tokens.get(last).is_none_or(|t| t.end != f.span.end) {
            continue;
        }
        let (qualifier, end) = match (words.get(last + 1), words.get(last + 2), words.get(last + 3)) {
            (Some(&"/"), Some(_), _)
                if tokens[last + 1].start == f.span.end && tokens[last + 2].start == tokens[last + 1].end =>
            {
                (last + 2, tokens[last + 2].end)
            }
            (Some(&"("), Some(_), Some(&")")) => (last + 2, tokens[last + 3].end),
            _ => continue,
        };
        let q = words[qualifier];
        let title_word =
            is_capitalised(q) && q.chars().skip(1).all(char::is_lowercase) && q.chars().count() >= MIN_FORM;
        // The qualifier is no name of its own elsewhere in the text.
        let elsewhere = alone.get(q).copied().unwrap_or(0) > 0;
        // A mention on the qualifier itself (the tagger's "Oder") joins; a person or
        // organisation there means the brackets say something else.
        let next = found.get(i).copied().filter(|n| n.span.start < end);
        let joins = next.is_none_or(|n| n.kind == EntityKind::Loc && n.span == tokens[qualifier]);
        if title_word && !elsewhere && joins {
            if next.is_some() {
                found.remove(i);
            }
            if let Some(f) = found.get_mut(i - 1) {
                f.span = Span::new(f.span.start, end);
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::token;

    fn run(text: &str, tags: &[(&str, EntityKind)]) -> Vec<(String, EntityKind, Variant)> {
        let sentences = token::sentences(text, Span::new(0, text.len()));
        let tokens: Vec<Span> = sentences.iter().flat_map(|s| token::tokens(text, *s)).collect();
        let mut from = 0;
        let found: Vec<Found> = tags
            .iter()
            .map(|&(w, kind)| {
                let start = from + text[from..].find(w).expect("in the text");
                from = start + w.len();
                Found { span: Span::new(start, from), kind, variant: Variant::Name }
            })
            .collect();
        recall(text, &[], &sentences, &tokens, found)
            .into_iter()
            .map(|f| (f.span.slice(text).to_string(), f.kind, f.variant))
            .collect()
    }

    #[test]
    fn known_names_in_other_forms() {
        use EntityKind::*;
        use Variant::*;
        let got = run(
            "Annalena Baerbock reiste ab. Baerbocks Besuch war kurz. BAERBOCK: Ja. Baerbock-Reise. Baerbock lachte.",
            &[("Annalena Baerbock", Per)],
        );
        let want = [
            ("Annalena Baerbock", Per, Name),
            ("Baerbocks", Per, Name),
            ("BAERBOCK", Per, Name),
            ("Baerbock", Per, Part),
            ("Baerbock", Per, Name),
        ];
        let want: Vec<(String, EntityKind, Variant)> = want.iter().map(|&(w, k, v)| (w.to_string(), k, v)).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn adjectives_at_a_sentence_start_are_not_names() {
        use EntityKind::*;
        let got = run("Die Linke verlor. Linke Hände schreiben anders.", &[("Linke", Org), ("Linke", Per)]);
        assert_eq!(got, [("Linke".to_string(), Org, Variant::Name)]);
        // A name before a verb stays.
        let got = run("Lange sprach.", &[("Lange", Per)]);
        assert_eq!(got.len(), 1);
    }

    #[test]
    fn a_column_of_places() {
        let source = "| Stadt | Anteil |\n|---|---|\n| Leipzig | 40 % |\n| Halle | 35 % |\n| Dessau | 25 % |\n";
        let doc = crate::engine::parse(source, crate::engine::Format::Markdown);
        let text = doc.text.as_str();
        let sentences: Vec<Span> = doc.blocks.iter().flat_map(|b| token::sentences(text, b.span)).collect();
        let tokens: Vec<Span> = sentences.iter().flat_map(|s| token::tokens(text, *s)).collect();
        let place = |name: &str| {
            let at = text.find(name).expect("in the text");
            Found { span: Span::new(at, at + name.len()), kind: EntityKind::Loc, variant: Variant::Name }
        };
        let found = vec![place("Leipzig"), place("Dessau")];
        let got: Vec<&str> =
            recall(text, &doc.blocks, &sentences, &tokens, found).iter().map(|f| f.span.slice(text)).collect();
        assert_eq!(got, ["Leipzig", "Halle", "Dessau"]);
    }

    #[test]
    fn names_of_several_words_in_another_inflection() {
        let got = run(
            "Das Statistische Landesamt zählte. Kontakt: Statistisches Landesamt, Presse.",
            &[("Statistische Landesamt", EntityKind::Org)],
        );
        let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(names, ["Statistische Landesamt", "Statistisches Landesamt"]);
    }

    #[test]
    fn institutions_by_their_seat() {
        let got = run("Das Landgericht Köln urteilte.", &[("Köln", EntityKind::Loc)]);
        assert_eq!(got, [("Landgericht Köln".to_string(), EntityKind::Org, Variant::Name)]);
    }

    #[test]
    fn places_with_their_river() {
        use EntityKind::*;
        let got = run("In Frankfurt/Oder und Frankfurt (Oder) bleibt es.", &[("Frankfurt", Loc), ("Frankfurt", Loc)]);
        let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(names, ["Frankfurt/Oder", "Frankfurt (Oder)"]);
        // A country named on its own elsewhere stays separate.
        let got = run("Kiew (Ukraine) bleibt. Die Ukraine kämpft.", &[("Kiew", Loc), ("Ukraine", Loc)]);
        assert_eq!(got[0].0, "Kiew");
    }
}
