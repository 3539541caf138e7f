//! Closed classes of words that name or point to an entity, applied to the tagger's labels:
//! what GermEval's training sentences cannot teach a tagger because the words are rare there
//! or newer than the data ("Syrer" never occurs in its training split, "IS" as an organisation
//! neither).
//!
//! - **Inhabitants of a country** ("Syrer", "Ukrainerin", "Afghanen"): GermEval labels them
//!   LOCderiv, as it labels "Amerikaner" (19 times in train) and the adjective "syrisch". The
//!   one table of peoples and their places, [`PEOPLES`], is also what the names index reads to
//!   list "der Norweger" under "Norwegen" ([`place_of_derived`]).
//! - **An acronym before a noun for an organisation's people** ("IS-Anhänger", "SPD-Politiker",
//!   "PKK-Kämpfer"): GermEval labels the compound ORGpart (72 of 77 such compounds in train;
//!   two name a country, "US-Abgeordnete", which the tagger gets right).
//! - **A surname inside a compound** ("Selenskyj-Besuch", "Vučić-Partei"): the tagger's
//!   features for a compound read its first piece's form, shape, cluster and lists, never the
//!   ending that marks an unknown word as a surname when it stands alone, so a compound of a
//!   surname it has never seen takes the kind its head suggests ("Besuch" is mostly a place's
//!   in train).
//!
//! Each rule acts only where the tagger said nothing (O) or, for the surnames, gave a part
//! another kind: it adds knowledge, it does not overrule what the tagger learnt. Measured on
//! GermEval (model/MODEL.md, "After the tagger"): 8 labels right and 2 wrong on train, 4 and 1
//! on dev, all of them people's nouns; the acronyms and surnames it sees the tagger already
//! gets right.

use super::lexicon::{flag, WordTable};
use super::{Label, NAME_PREFIXES};
use crate::engine::{EntityKind, Variant};

/// A country or region and the words for its people: `(place, man, woman, adjective)`, the
/// nouns in the nominative singular, the adjective uninflected. The nouns' other forms follow
/// from their endings ([`is_inhabitant_form`]); "Deutscher" is declined as the adjective it is.
pub(crate) const PEOPLES: &[(&str, &str, &str, &str)] = &[
    ("Afghanistan", "Afghane", "Afghanin", "afghanisch"),
    ("Ägypten", "Ägypter", "Ägypterin", "ägyptisch"),
    ("Albanien", "Albaner", "Albanerin", "albanisch"),
    ("Algerien", "Algerier", "Algerierin", "algerisch"),
    ("Amerika", "Amerikaner", "Amerikanerin", "amerikanisch"),
    ("Argentinien", "Argentinier", "Argentinierin", "argentinisch"),
    ("Armenien", "Armenier", "Armenierin", "armenisch"),
    ("Äthiopien", "Äthiopier", "Äthiopierin", "äthiopisch"),
    ("Australien", "Australier", "Australierin", "australisch"),
    ("Belarus", "Belarusse", "Belarussin", "belarussisch"),
    ("Belgien", "Belgier", "Belgierin", "belgisch"),
    ("Bosnien", "Bosnier", "Bosnierin", "bosnisch"),
    ("Brasilien", "Brasilianer", "Brasilianerin", "brasilianisch"),
    ("Bulgarien", "Bulgare", "Bulgarin", "bulgarisch"),
    ("Chile", "Chilene", "Chilenin", "chilenisch"),
    ("China", "Chinese", "Chinesin", "chinesisch"),
    ("Dänemark", "Däne", "Dänin", "dänisch"),
    ("Deutschland", "Deutscher", "Deutsche", "deutsch"),
    ("England", "Engländer", "Engländerin", "englisch"),
    ("Eritrea", "Eritreer", "Eritreerin", "eritreisch"),
    ("Estland", "Este", "Estin", "estnisch"),
    ("Europa", "Europäer", "Europäerin", "europäisch"),
    ("Finnland", "Finne", "Finnin", "finnisch"),
    ("Frankreich", "Franzose", "Französin", "französisch"),
    ("Georgien", "Georgier", "Georgierin", "georgisch"),
    ("Griechenland", "Grieche", "Griechin", "griechisch"),
    ("Großbritannien", "Brite", "Britin", "britisch"),
    ("Indien", "Inder", "Inderin", "indisch"),
    ("Indonesien", "Indonesier", "Indonesierin", "indonesisch"),
    ("Irak", "Iraker", "Irakerin", "irakisch"),
    ("Iran", "Iraner", "Iranerin", "iranisch"),
    ("Irland", "Ire", "Irin", "irisch"),
    ("Island", "Isländer", "Isländerin", "isländisch"),
    ("Israel", "Israeli", "Israelin", "israelisch"),
    ("Italien", "Italiener", "Italienerin", "italienisch"),
    ("Japan", "Japaner", "Japanerin", "japanisch"),
    ("Jemen", "Jemenit", "Jemenitin", "jemenitisch"),
    ("Jordanien", "Jordanier", "Jordanierin", "jordanisch"),
    ("Kanada", "Kanadier", "Kanadierin", "kanadisch"),
    ("Kasachstan", "Kasache", "Kasachin", "kasachisch"),
    ("Kolumbien", "Kolumbianer", "Kolumbianerin", "kolumbianisch"),
    ("Kroatien", "Kroate", "Kroatin", "kroatisch"),
    ("Kuba", "Kubaner", "Kubanerin", "kubanisch"),
    ("Lettland", "Lette", "Lettin", "lettisch"),
    ("Libanon", "Libanese", "Libanesin", "libanesisch"),
    ("Libyen", "Libyer", "Libyerin", "libysch"),
    ("Litauen", "Litauer", "Litauerin", "litauisch"),
    ("Luxemburg", "Luxemburger", "Luxemburgerin", "luxemburgisch"),
    ("Marokko", "Marokkaner", "Marokkanerin", "marokkanisch"),
    ("Mexiko", "Mexikaner", "Mexikanerin", "mexikanisch"),
    ("Niederlande", "Niederländer", "Niederländerin", "niederländisch"),
    ("Nigeria", "Nigerianer", "Nigerianerin", "nigerianisch"),
    ("Norwegen", "Norweger", "Norwegerin", "norwegisch"),
    ("Österreich", "Österreicher", "Österreicherin", "österreichisch"),
    ("Pakistan", "Pakistaner", "Pakistanerin", "pakistanisch"),
    ("Palästina", "Palästinenser", "Palästinenserin", "palästinensisch"),
    ("Polen", "Pole", "Polin", "polnisch"),
    ("Portugal", "Portugiese", "Portugiesin", "portugiesisch"),
    ("Rumänien", "Rumäne", "Rumänin", "rumänisch"),
    ("Russland", "Russe", "Russin", "russisch"),
    ("Saudi-Arabien", "Saudi", "Saudin", "saudisch"),
    ("Schottland", "Schotte", "Schottin", "schottisch"),
    ("Schweden", "Schwede", "Schwedin", "schwedisch"),
    ("Schweiz", "Schweizer", "Schweizerin", "schweizerisch"),
    ("Serbien", "Serbe", "Serbin", "serbisch"),
    ("Slowakei", "Slowake", "Slowakin", "slowakisch"),
    ("Slowenien", "Slowene", "Slowenin", "slowenisch"),
    ("Somalia", "Somalier", "Somalierin", "somalisch"),
    ("Spanien", "Spanier", "Spanierin", "spanisch"),
    ("Sudan", "Sudanese", "Sudanesin", "sudanesisch"),
    ("Südafrika", "Südafrikaner", "Südafrikanerin", "südafrikanisch"),
    ("Syrien", "Syrer", "Syrerin", "syrisch"),
    ("Tschechien", "Tscheche", "Tschechin", "tschechisch"),
    ("Tunesien", "Tunesier", "Tunesierin", "tunesisch"),
    ("Türkei", "Türke", "Türkin", "türkisch"),
    ("Ukraine", "Ukrainer", "Ukrainerin", "ukrainisch"),
    ("Ungarn", "Ungar", "Ungarin", "ungarisch"),
    ("Venezuela", "Venezolaner", "Venezolanerin", "venezolanisch"),
    ("Vietnam", "Vietnamese", "Vietnamesin", "vietnamesisch"),
];

/// Inflected forms that are other words first: the fins of a surfboard ("Finnen"), a
/// magnet's poles ("Pole"). The country names among the forms ("Polen", "Schweden") are left
/// out by [`place_of_inhabitants`] itself.
const HOMONYMS: &[&str] = &["Finnen", "Pole"];

/// Whether `word` is a form of a people's nouns: the man's with its plural, dative plural and
/// genitive ("Syrer", "Syrern", "Syrers"; "Afghane", "Afghanen"; "Israeli", "Israelis"), the
/// woman's and her plural ("Syrerin", "Syrerinnen"); "Deutscher" as the adjective it is
/// ("Deutsche", "Deutschen", "Deutschem"). Compares in place, allocating nothing: it runs for
/// every capitalised word the tagger leaves unlabelled.
fn is_inhabitant_form(word: &str, man: &str, woman: &str) -> bool {
    if man == "Deutscher" {
        return matches!(word, "Deutscher" | "Deutsche" | "Deutschen" | "Deutschem");
    }
    let endings: &[&str] = if man.ends_with('e') {
        &["", "n"]
    } else if man.ends_with("er") {
        &["", "n", "s"]
    } else {
        &["", "s"]
    };
    word.strip_prefix(man).is_some_and(|rest| endings.contains(&rest))
        || word.strip_prefix(woman).is_some_and(|rest| rest.is_empty() || rest == "nen")
}

/// The place whose people `word` names, as written (capitalised: the noun, not the
/// adjective), or `None`: "Syrerinnen" → "Syrien". A country's own name is no inhabitant
/// ("Polen", "Schweden").
pub(crate) fn place_of_inhabitants(word: &str) -> Option<&'static str> {
    if HOMONYMS.contains(&word) || !word.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    // A man's and a woman's noun start with the same letter: one byte compared rules out
    // nearly every people before any form is.
    let first = word.as_bytes().first();
    PEOPLES
        .iter()
        .filter(|(_, man, ..)| man.as_bytes().first() == first)
        .find(|&&(place, man, woman, _)| word != place && is_inhabitant_form(word, man, woman))
        .map(|&(place, ..)| place)
}

/// The place a word derived from a place's name comes from, by the word's lower-cased form:
/// a people's noun ("der Norweger" → "Norwegen") or the adjective in any inflection
/// ("europäische" → "Europa"). `None` for a word of no listed place.
///
/// # Examples
///
/// ```
/// use newslens::engine::ner::place_of_derived;
///
/// assert_eq!(place_of_derived("Syrerinnen"), Some("Syrien"));
/// assert_eq!(place_of_derived("ukrainischen"), Some("Ukraine"));
/// assert_eq!(place_of_derived("Berliner"), None);
/// ```
pub fn place_of_derived(word: &str) -> Option<&'static str> {
    let lower = word.to_lowercase();
    // The nouns as a noun is written: "norweger" → "Norweger".
    let mut chars = lower.chars();
    let noun: String = chars.next().into_iter().flat_map(char::to_uppercase).chain(chars).collect();
    place_of_inhabitants(&noun).or_else(|| {
        PEOPLES.iter().find(|&&(_, _, _, adjective)| lower.starts_with(adjective)).map(|&(place, ..)| place)
    })
}

/// Nouns for the people or organs of an organisation, lower case, as the head of a compound
/// after an acronym: "IS-Anhänger", "SPD-Politikerin", "EU-Kommission". Their inflected forms
/// follow from [`is_member_head`].
const MEMBER_HEADS: &[&str] = &[
    "anhänger", "kämpfer", "mitglied", "politiker", "funktionär", "wähler", "terrorist", "miliz", "chef",
    "vorsitzende", "sprecher", "abgeordnete", "fraktion", "führung", "spitze", "ableger", "kommission",
];

/// Whether `head` (lower case) is a form of one of [`MEMBER_HEADS`]: the noun with a plural,
/// case or feminine ending ("kämpferinnen", "mitgliedern", "terroristen").
fn is_member_head(head: &str) -> bool {
    const ENDINGS: &[&str] = &["", "n", "s", "e", "en", "er", "ern", "es", "in", "innen", "r"];
    MEMBER_HEADS.iter().any(|h| head.strip_prefix(h).is_some_and(|rest| ENDINGS.contains(&rest)))
}

/// An acronym as the first piece of a compound: two to six capital letters ("IS", "SPD").
fn is_acronym(piece: &str) -> bool {
    (2..=6).contains(&piece.chars().count()) && piece.chars().all(|c| c.is_alphabetic() && c.is_uppercase())
}

/// Endings of surnames that no common German word or place has: Slavic (-ski, -sky,
/// -skij/-skyj and the Ukrainian -yj, -enko, -witsch) and South Slavic (-ić, -vic). Of the
/// capitalised words of five letters or more in GermEval train ending so, 80 of 99 are people
/// (most others are inside an organisation's name, "Lewski Sofia"); in compounds, 3 of 4
/// ("Wasserski-Hochburg" is the fourth, and the tagger leaves it alone).
const SURNAME_ENDINGS: &[&str] = &["ski", "sky", "yj", "ij", "enko", "witsch", "ić", "vic"];

/// Whether a compound's name piece looks like a surname: capitalised, not an acronym, five
/// letters at least, a surname's ending, and not a place the lexicon knows.
fn is_surname_shaped(piece: &str, table: Option<&WordTable>) -> bool {
    let mut chars = piece.chars();
    let capitalised = chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase);
    let place = flag::CITY | flag::COUNTRY | flag::PLACE_WORD;
    capitalised
        && piece.chars().count() >= 5
        && SURNAME_ENDINGS.iter().any(|e| piece.ends_with(e))
        && table.and_then(|t| t.get(piece)).is_none_or(|e| e.flags & place == 0)
}

/// The pieces of a hyphenated word without a leading "Anti-", "Ex-" …: the name piece first,
/// the head last. `None` for a word without a hyphen between two pieces.
fn compound(word: &str) -> Option<(&str, &str)> {
    // A byte scan first: "‐" (U+2010) ends in 0x90, which no ASCII byte is.
    if !word.bytes().any(|b| b == b'-' || b == 0x90) {
        return None;
    }
    let mut pieces = word.split(['-', '‐']).filter(|p| !p.is_empty()).peekable();
    while pieces.peek().is_some_and(|p| NAME_PREFIXES.contains(&p.to_lowercase().as_str())) {
        pieces.next();
    }
    let first = pieces.next()?;
    let last = pieces.last()?;
    Some((first, last))
}

/// Applies the closed classes to one sentence's labels. `table` is the model's lexicon (the
/// provisional tagger has none). Returns, per word, whether its label was changed here.
pub(crate) fn apply(words: &[&str], labels: &mut [Label], table: Option<&WordTable>) -> Vec<bool> {
    let mut changed = vec![false; labels.len()];
    let mut i = 0;
    while i < words.len().min(labels.len()) {
        let word = words[i];
        match labels[i] {
            Label::Outside => {
                if place_of_inhabitants(word).is_some() {
                    labels[i] = Label::Begin(EntityKind::Loc, Variant::Deriv);
                    changed[i] = true;
                } else if let Some((first, last)) = compound(word) {
                    // "LKW-Anhänger" is a trailer: an acronym the lexicon also knows as a
                    // common noun ("Lkw") names a thing, not an organisation.
                    let as_noun = || {
                        let mut c = first.chars();
                        let folded: String = c.next().into_iter().chain(c.flat_map(char::to_lowercase)).collect();
                        table.and_then(|t| t.get(&folded)).is_some_and(|e| e.flags & flag::NOUN != 0)
                    };
                    if is_acronym(first) && is_member_head(&last.to_lowercase()) && !as_noun() {
                        labels[i] = Label::Begin(EntityKind::Org, Variant::Part);
                        changed[i] = true;
                    }
                }
                i += 1;
            }
            Label::Begin(kind, Variant::Part) if kind != EntityKind::Per => {
                let surname = compound(word).is_some_and(|(first, _)| is_surname_shaped(first, table));
                let mut end = i + 1;
                while end < labels.len() && labels[end] == Label::Inside(kind, Variant::Part) {
                    end += 1;
                }
                if surname {
                    labels[i] = Label::Begin(EntityKind::Per, Variant::Part);
                    labels[i + 1..end].fill(Label::Inside(EntityKind::Per, Variant::Part));
                    changed[i..end].iter_mut().for_each(|c| *c = true);
                }
                i = end;
            }
            _ => i += 1,
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inhabitants_in_every_form_and_no_other_word() {
        for (word, place) in [
            ("Syrer", "Syrien"),
            ("Syrern", "Syrien"),
            ("Syrers", "Syrien"),
            ("Syrerin", "Syrien"),
            ("Syrerinnen", "Syrien"),
            ("Afghanen", "Afghanistan"),
            ("Französin", "Frankreich"),
            ("Franzosen", "Frankreich"),
            ("Israelis", "Israel"),
            ("Deutschen", "Deutschland"),
            ("Schwede", "Schweden"),
        ] {
            assert_eq!(place_of_inhabitants(word), Some(place), "{word}");
        }
        // Countries, homonyms, adjectives, lower case and other words are not inhabitants.
        for word in ["Syrien", "Polen", "Schweden", "Finnen", "Pole", "syrer", "syrisch", "Berliner", "Syr", ""] {
            assert_eq!(place_of_inhabitants(word), None, "{word}");
        }
    }

    #[test]
    fn derived_words_name_their_place() {
        for (word, place) in [
            ("europäische", "Europa"),
            ("Norweger", "Norwegen"),
            ("britischen", "Großbritannien"),
            ("Briten", "Großbritannien"),
            ("Russen", "Russland"),
            ("Amerikanerinnen", "Amerika"),
        ] {
            assert_eq!(place_of_derived(word), Some(place), "{word}");
        }
        assert_eq!(place_of_derived("Hamburger"), None);
    }

    #[test]
    fn member_heads_and_acronyms() {
        for head in ["anhänger", "kämpferinnen", "mitgliedern", "terroristen", "politikerin", "vorsitzender"] {
            assert!(is_member_head(head), "{head}");
        }
        for head in ["präsident", "regierung", "dollar", "titel", "anhängerschaftsx"] {
            assert!(!is_member_head(head), "{head}");
        }
        assert!(is_acronym("IS") && is_acronym("SPD") && !is_acronym("S") && !is_acronym("AfD"));
        assert_eq!(compound("Anti-IS-Kämpfer"), Some(("IS", "Kämpfer")));
        assert_eq!(compound("Selenskyj-Besuch"), Some(("Selenskyj", "Besuch")));
        assert_eq!(compound("Selenskyj"), None);
        assert_eq!(compound("-"), None);
    }

    fn labels(text: &str) -> Vec<String> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut labels: Vec<Label> = words
            .iter()
            .map(|w| match *w {
                "Selenskyj-Besuch" | "Berlin-Besuch" => Label::Begin(EntityKind::Loc, Variant::Part),
                _ => Label::Outside,
            })
            .collect();
        apply(&words, &mut labels, None);
        labels.iter().map(Label::to_string).collect()
    }

    #[test]
    fn rules_add_labels_where_the_tagger_said_nothing() {
        assert_eq!(labels("zwei Syrer und vier IS-Anhänger"), ["O", "B-LOCderiv", "O", "O", "B-ORGpart"]);
        assert_eq!(labels("der Selenskyj-Besuch und der Berlin-Besuch"), ["O", "B-PERpart", "O", "O", "B-LOCpart"]);
        assert_eq!(labels("IS-Präsident Syrien Wasserski-Hochburg"), ["O", "O", "O"]);
    }

    #[test]
    fn odd_words_do_not_panic() {
        let words = ["", "-", "--", "A-", "-b", "ẞ-ß", "🙂-🙂", "IS-", "-Anhänger", "\u{301}-x"];
        let mut labels = vec![Label::Begin(EntityKind::Org, Variant::Part); words.len()];
        apply(&words, &mut labels, None);
        let mut outside = vec![Label::Outside; words.len()];
        apply(&words, &mut outside, None);
        apply(&words, &mut [], None);
    }
}
