//! Dates, times and numbers, found by rules over tokens.
//!
//! Dates and times (DATE): "20.04.2023", "2023-04-20", "12:06 Uhr", "24. Februar 2022",
//! "Ende Februar 2022", "im Februar", "Montag", "2008", "1990er Jahre".
//! Amounts and counts (NUM): a number with what it counts or measures: "31 Mitgliedsländer",
//! "1,5 Millionen Euro", "drei Tage", "40 Prozent".
//!
//! A month name counts only with a date around it ("im Mai", "24. August", "August 2022"), so
//! "Mai" and "August" as names stay names.

use super::{EntityKind, Found, Span, Variant};

const MONTHS: &[&str] = &[
    "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
    "November", "Dezember", "Jan.", "Feb.", "Mär.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Okt.", "Nov.",
    "Dez.",
];

const WEEKDAYS: &[&str] =
    &["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend", "Sonntag"];

/// Words before a month that make it a date: "im Mai", "Ende Februar".
const MONTH_CONTEXT: &[&str] = &[
    "im", "Im", "seit", "Seit", "bis", "Bis", "ab", "Ab", "vom", "zum", "Anfang", "Ende", "Mitte", "Monat", "Monats",
    "von", "Von", "nach", "Nach", "vor", "Vor", "des", "den", "dem", "zwischen",
];

/// Qualifiers that belong to the date they precede: "Ende Februar 2022".
const DATE_QUALIFIERS: &[&str] = &["Anfang", "Ende", "Mitte", "Frühjahr", "Sommer", "Herbst", "Winter"];

const NUMBER_WORDS: &[&str] = &[
    "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "zwanzig", "dreißig",
    "vierzig", "fünfzig", "hundert", "tausend", "Hunderte", "Tausende", "hunderte", "tausende", "Dutzende", "dutzende",
];

/// Scale words that continue an amount: "1,5 Millionen".
const SCALES: &[&str] =
    &["Million", "Millionen", "Mio.", "Milliarde", "Milliarden", "Mrd.", "Billion", "Billionen", "Tausend", "Hundert"];

/// Units and measures that follow an amount even in lower case or as symbols.
const UNITS: &[&str] = &["%", "€", "$", "km", "m", "kg", "t", "g", "cm", "mm", "ha", "qm", "km²", "m²", "°C", "Grad"];

/// All dates, times and amounts in the tokens, in text order, never overlapping.
pub(crate) fn find(text: &str, tokens: &[Span]) -> Vec<Found> {
    let words: Vec<&str> = tokens.iter().map(|t| t.slice(text)).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if let Some((end, kind)) = date_at(&words, i)
            .map(|e| (e, EntityKind::Date))
            .or_else(|| amount_at(&words, i).map(|e| (e, EntityKind::Num)))
        {
            // A qualifier just before a date belongs to it: "Ende Februar 2022".
            let start = if kind == EntityKind::Date
                && i > 0
                && DATE_QUALIFIERS.contains(&words[i - 1])
                && out.last().is_none_or(|f: &Found| f.span.end <= tokens[i - 1].start)
            {
                i - 1
            } else {
                i
            };
            out.push(Found { span: Span::new(tokens[start].start, tokens[end - 1].end), kind, variant: Variant::Name });
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// The end (exclusive token index) of a date or time starting at `i`.
fn date_at(words: &[&str], i: usize) -> Option<usize> {
    let w = words[i];
    let next = words.get(i + 1).copied();
    // Times: "12:06 Uhr", "12.30 Uhr", "12 Uhr".
    if next == Some("Uhr") && (is_clock(w) || is_int(w, 0, 24)) {
        return Some(i + 2);
    }
    if is_clock(w) && w.contains(':') {
        return Some(i + 1);
    }
    // Numeric dates: "20.04.2023", "2023-04-20", "20.4.".
    if is_numeric_date(w) {
        return Some(after_time(words, i + 1));
    }
    // "24. Februar (2022)".
    if is_ordinal_day(w) && next.is_some_and(is_month) {
        return Some(after_year(words, i + 2));
    }
    // "im Februar (2022)", "Februar 2022".
    if is_month(w) {
        let prev = i.checked_sub(1).map(|p| words[p]);
        let year_follows = next.is_some_and(is_year);
        if year_follows || prev.is_some_and(|p| MONTH_CONTEXT.contains(&p) || DATE_QUALIFIERS.contains(&p)) {
            return Some(after_year(words, i + 1));
        }
        return None;
    }
    // Weekdays, also compounds: "Montag", "Montagabend".
    if WEEKDAYS.iter().any(|d| w.starts_with(d)) && w.chars().count() <= 16 {
        return Some(i + 1);
    }
    // Decades: "1990er", "1990er-Jahren".
    if let Some(digits) = w.strip_suffix("er").or_else(|| w.split_once("er-").map(|(d, _)| d)) {
        if is_year(digits) {
            let end = if words.get(i + 1).is_some_and(|n| n.starts_with("Jahr")) { i + 2 } else { i + 1 };
            return Some(end);
        }
    }
    // Years standing alone: "2008", unless they count something ("2008 Menschen").
    if is_year(w) && !next.is_some_and(|n| counts_something(n)) {
        return Some(i + 1);
    }
    None
}

/// The end of an amount starting at `i`: a number, optional scale words, and what it counts.
fn amount_at(words: &[&str], i: usize) -> Option<usize> {
    let w = words[i];
    let is_number = is_numeral(w) || NUMBER_WORDS.contains(&w);
    if !is_number {
        return None;
    }
    let mut end = i + 1;
    while words.get(end).is_some_and(|n| SCALES.contains(n)) {
        end += 1;
    }
    match words.get(end) {
        Some(n) if counts_something(n) => Some(end + 1),
        // A bare spelled-out number is too often part of a phrase ("die zwei").
        _ if NUMBER_WORDS.contains(&w) && end == i + 1 => None,
        _ => Some(end),
    }
}

/// Whether a word after a number says what it counts or measures: a capitalised noun
/// ("Mitgliedsländer", "Euro", "Prozent") or a unit symbol.
fn counts_something(word: &str) -> bool {
    UNITS.contains(&word)
        || (word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().count() > 1
            && word.chars().any(char::is_lowercase)
            && !is_month(word)
            && word != "Uhr")
}

fn after_year(words: &[&str], i: usize) -> usize {
    if words.get(i).is_some_and(|w| is_year(w)) {
        after_time(words, i + 1)
    } else {
        i
    }
}

/// Extends a date over a following time: "20.04.2023 12:06 Uhr", "20.04.2023, 12:06 Uhr".
fn after_time(words: &[&str], i: usize) -> usize {
    let j = if words.get(i) == Some(&",") { i + 1 } else { i };
    match words.get(j) {
        Some(w) if is_clock(w) && w.contains(':') => {
            if words.get(j + 1) == Some(&"Uhr") {
                j + 2
            } else {
                j + 1
            }
        }
        _ => i,
    }
}

fn is_month(word: &str) -> bool {
    MONTHS.contains(&word)
}

fn is_int(word: &str, min: u32, max: u32) -> bool {
    word.len() <= 4
        && word.bytes().all(|b| b.is_ascii_digit())
        && word.parse::<u32>().is_ok_and(|n| (min..=max).contains(&n))
}

fn is_year(word: &str) -> bool {
    word.len() == 4 && is_int(word, 1000, 2099)
}

fn is_ordinal_day(word: &str) -> bool {
    word.strip_suffix('.').is_some_and(|d| is_int(d, 1, 31))
}

/// "12:06", "12.30", "9:15".
fn is_clock(word: &str) -> bool {
    let Some((h, m)) = word.split_once([':', '.']) else { return false };
    is_int(h, 0, 24) && m.len() == 2 && is_int(m, 0, 59)
}

/// "20.04.2023", "20.4.2023", "20.04.", "2023-04-20".
fn is_numeric_date(word: &str) -> bool {
    let parts: Vec<&str> = word.split('.').collect();
    let german = match parts.as_slice() {
        [d, m, y] => {
            is_int(d, 1, 31) && is_int(m, 1, 12) && (y.is_empty() || is_year(y) || (y.len() == 2 && is_int(y, 0, 99)))
        }
        _ => false,
    };
    let iso = match word.split('-').collect::<Vec<_>>().as_slice() {
        [y, m, d] => is_year(y) && m.len() == 2 && is_int(m, 1, 12) && d.len() == 2 && is_int(d, 1, 31),
        _ => false,
    };
    german || iso
}

/// Digits with optional thousands separators and decimals: "31", "1.000", "1,5", "3/4".
fn is_numeral(word: &str) -> bool {
    let w = word.strip_suffix('%').unwrap_or(word);
    !w.is_empty()
        && w.starts_with(|c: char| c.is_ascii_digit())
        && w.ends_with(|c: char| c.is_ascii_digit())
        && w.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '/'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::token;

    fn found(text: &str) -> Vec<(&str, EntityKind)> {
        let tokens = token::tokens(text, Span::new(0, text.len()));
        find(text, &tokens).into_iter().map(|f| (f.span.slice(text), f.kind)).collect()
    }

    #[test]
    fn rules_table() {
        use EntityKind::{Date, Num};
        let cases: &[(&str, &[(&str, EntityKind)])] = &[
            ("Stand: 20.04.2023 12:06 Uhr", &[("20.04.2023 12:06 Uhr", Date)]),
            ("um 12:06 Uhr", &[("12:06 Uhr", Date)]),
            ("seit Kriegsbeginn Ende Februar 2022 jedoch", &[("Ende Februar 2022", Date)]),
            ("Am 24. Februar überfiel Russland", &[("24. Februar", Date)]),
            ("bereits im Jahr 2008 eine Aufnahme", &[("2008", Date)]),
            ("die 31 Mitgliedsländer des Bündnisses", &[("31 Mitgliedsländer", Num)]),
            ("Im Februar sagte er", &[("Februar", Date)]),
            ("1,5 Millionen Euro fehlen", &[("1,5 Millionen Euro", Num)]),
            ("um 40 Prozent", &[("40 Prozent", Num)]),
            ("am Montagabend", &[("Montagabend", Date)]),
            ("in den 1990er Jahren", &[("1990er Jahren", Date)]),
            ("am 2023-04-20 um 9 Uhr", &[("2023-04-20", Date), ("9 Uhr", Date)]),
            ("Karl August traf Mai Thi", &[]),
            ("2008 Menschen kamen", &[("2008 Menschen", Num)]),
            ("die zwei gingen", &[]),
            ("drei Tage lang", &[("drei Tage", Num)]),
        ];
        for (text, expected) in cases {
            assert_eq!(found(text), *expected, "{text:?}");
        }
    }
}
