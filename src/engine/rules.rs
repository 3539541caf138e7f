//! Dates, times and numbers, found by rules over tokens.
//!
//! Dates and times (DATE): "20.04.2023", "2023-04-20", "12:06 Uhr", "24. Februar 2022",
//! "3.Mai", "am vierten Juli", "zwischen dem 24. und dem 31. Dezember", "Ende Februar 2022",
//! "im Februar", "Montag", "2008", "1990er Jahre". [`date_value`] normalises them to ISO 8601.
//! Amounts and counts (NUM): as in the field's conventions (spaCy's CARDINAL, QUANTITY and
//! MONEY), the amount with its scale and unit or currency: "1,5 Millionen Euro", "3.000
//! Tonnen", "drei Tage", "40 Prozent"; a counted noun is not part of it ("31" in "31
//! Mitgliedsländer"), so "zwei Syrer" leaves the name "Syrer" its own word.
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

/// Units and measures written as symbols or abbreviations.
const UNITS: &[&str] =
    &["%", "€", "$", "£", "km", "m", "kg", "t", "g", "cm", "mm", "ha", "qm", "km²", "m²", "°C", "l", "kWh", "MW", "GW"];

/// Units, measures, durations and currencies written as words, by their stem; an inflection
/// from `UNIT_ENDINGS` may follow ("Tonnen", "Jahren", "Monate").
const UNIT_WORDS: &[&str] = &[
    "Prozent", "Prozentpunkt", "Promille", "Grad", "Tonne", "Kilogramm", "Gramm", "Kilo", "Meter", "Kilometer",
    "Zentimeter", "Millimeter", "Quadratmeter", "Quadratkilometer", "Kubikmeter", "Hektar", "Liter", "Hektoliter",
    "Watt", "Kilowatt", "Megawatt", "Gigawatt", "Kilowattstunde", "Megawattstunde", "Terawattstunde", "Sekunde",
    "Minute", "Stunde", "Tag", "Woche", "Monat", "Jahr", "Jahrzehnt", "Jahrhundert", "Euro", "Cent", "Dollar",
    "Franken", "Rappen", "Pfund", "Yen", "Yuan", "Rubel", "Krone", "Schilling", "Mark", "Punkt", "Stück", "Mal",
];
const UNIT_ENDINGS: &[&str] = &["", "e", "en", "n", "s", "es"];

/// Ordinal numbers written out, by stem (their endings -e, -en, -er, -em, -es stripped).
const ORDINAL_STEMS: &[(&str, u8)] = &[
    ("erst", 1),
    ("zweit", 2),
    ("dritt", 3),
    ("viert", 4),
    ("fünft", 5),
    ("sechst", 6),
    ("siebt", 7),
    ("siebent", 7),
    ("acht", 8),
    ("neunt", 9),
    ("zehnt", 10),
    ("elft", 11),
    ("zwölft", 12),
    ("dreizehnt", 13),
    ("vierzehnt", 14),
    ("fünfzehnt", 15),
    ("sechzehnt", 16),
    ("siebzehnt", 17),
    ("achtzehnt", 18),
    ("neunzehnt", 19),
    ("zwanzigst", 20),
    ("dreißigst", 30),
];

/// The units before "und" in "einundzwanzigsten".
const UNIT_NUMBERS: &[(&str, u8)] = &[
    ("ein", 1),
    ("zwei", 2),
    ("drei", 3),
    ("vier", 4),
    ("fünf", 5),
    ("sechs", 6),
    ("sieben", 7),
    ("acht", 8),
    ("neun", 9),
];

/// Words that may stand between the days of an elliptical list: "vom 3. bis 5. März",
/// "zwischen dem 24. und dem 31. Dezember".
const DAY_LIST_WORDS: &[&str] = &["und", "bis", "oder", ",", "–", "-", "dem", "den", "zum", "sowie"];

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
    // "24. Februar (2022)", "vierten Juli".
    if (is_ordinal_day(w) || ordinal_word(w).is_some()) && next.is_some_and(is_month) {
        return Some(after_year(words, i + 2));
    }
    // The first days of an elliptical list take the month of the last: "vom 3. bis 5. März".
    if is_ordinal_day(w) && ends_day_list(words, i + 1) {
        return Some(i + 1);
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
    if is_year(w) && !next.is_some_and(counts_something) {
        return Some(i + 1);
    }
    None
}

/// Whether the words after an ordinal day go on through a list of days to one with its month:
/// "und dem 31. Dezember", "bis 5. März".
fn ends_day_list(words: &[&str], from: usize) -> bool {
    let mut j = from;
    let mut joined = false;
    while let Some(&w) = words.get(j).filter(|_| j < from + 8) {
        if DAY_LIST_WORDS.contains(&w) {
            joined = true;
        } else if is_ordinal_day(w) && joined {
            if words.get(j + 1).is_some_and(|m| is_month(m)) {
                return true;
            }
        } else {
            return false;
        }
        j += 1;
    }
    false
}

/// The day a written-out ordinal names: "vierten" → 4, "einunddreißigsten" → 31.
fn ordinal_word(word: &str) -> Option<u8> {
    let lower = word.to_lowercase();
    let stem = ["en", "er", "em", "es", "e"].iter().find_map(|e| lower.strip_suffix(e))?;
    if let Some(&(_, n)) = ORDINAL_STEMS.iter().find(|(s, _)| *s == stem) {
        return Some(n);
    }
    let (unit, tens) = stem.split_once("und")?;
    let tens = ORDINAL_STEMS.iter().find(|(s, _)| *s == tens).map(|&(_, n)| n).filter(|n| *n >= 20)?;
    let unit = UNIT_NUMBERS.iter().find(|(s, _)| *s == unit).map(|&(_, n)| n)?;
    Some(tens + unit).filter(|d| *d <= 31)
}

/// The end of an amount starting at `i`: a number, optional scale words, and its unit or
/// currency when one follows. A spelled-out number counts only before a noun ("zwei Syrer",
/// "drei Tage"), never alone ("die zwei").
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
        Some(n) if is_unit(n) => Some(end + 1),
        Some(n) if counts_something(n) => Some(end),
        _ if NUMBER_WORDS.contains(&w) && end == i + 1 => None,
        _ => Some(end),
    }
}

/// Whether a word after an amount is its unit, measure or currency ("Euro", "Tonnen", "%").
fn is_unit(word: &str) -> bool {
    UNITS.contains(&word)
        || UNIT_WORDS.iter().any(|stem| word.strip_prefix(stem).is_some_and(|ending| UNIT_ENDINGS.contains(&ending)))
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

/// A date as far as the text gives it, each part optional.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Parts {
    year: Option<u16>,
    month: Option<u8>,
    day: Option<u8>,
    time: Option<(u8, u8)>,
}

impl Parts {
    /// ISO 8601 as far as known: `2023-04-20`, `2023-04`, `--07-04` (no year), `2008`,
    /// `2023-04-20T12:06`, `T22:13` (a time of day alone). `None` for a weekday or decade.
    fn iso(self) -> Option<String> {
        let date = match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => Some(format!("{y:04}-{m:02}-{d:02}")),
            (Some(y), Some(m), None) => Some(format!("{y:04}-{m:02}")),
            (None, Some(m), Some(d)) => Some(format!("--{m:02}-{d:02}")),
            (None, Some(m), None) => Some(format!("--{m:02}")),
            (Some(y), None, None) => Some(format!("{y:04}")),
            _ => None,
        };
        match (date, self.time) {
            (Some(d), Some((h, m))) if self.day.is_some() => Some(format!("{d}T{h:02}:{m:02}")),
            (Some(d), _) => Some(d),
            (None, Some((h, m))) => Some(format!("T{h:02}:{m:02}")),
            (None, None) => None,
        }
    }
}

/// What a DATE mention's words say: "24. Februar 2022", "20.04.2023, 12:06 Uhr", "vierten
/// Juli", "Juli 2024", "22:13".
fn parts(text: &str) -> Parts {
    // A bare ordinal day ("24.") is tokenised as a number and a full stop.
    if let Some(day) = text.trim().strip_suffix('.').filter(|d| is_int(d, 1, 31)) {
        return Parts { day: day.parse().ok(), ..Parts::default() };
    }
    let tokens = super::token::tokens(text, Span::new(0, text.len()));
    let mut p = Parts::default();
    let mut words = tokens.iter().map(|t| t.slice(text)).peekable();
    while let Some(w) = words.next() {
        if let Some(m) = month_number(w) {
            p.month = Some(m);
        } else if is_year(w) {
            p.year = w.parse().ok();
        } else if let Some(d) = w.strip_suffix('.').filter(|d| is_int(d, 1, 31)) {
            p.day = d.parse().ok();
        } else if let Some(d) = ordinal_word(w) {
            p.day = Some(d);
        } else if is_numeric_date(w) {
            let pieces: Vec<&str> = w.split(['.', '-']).collect();
            let (y, m, d) = match pieces.as_slice() {
                [y, m, d] if y.len() == 4 => (*y, *m, *d),
                [d, m, y] => (*y, *m, *d),
                _ => continue,
            };
            p.day = d.parse().ok();
            p.month = m.parse().ok();
            p.year = match y.len() {
                4 => y.parse().ok(),
                // "20.04.23": the century the text most likely means.
                2 => y.parse::<u16>().ok().map(|y| if y < 70 { 2000 + y } else { 1900 + y }),
                _ => None,
            };
        } else if is_clock(w) {
            let (h, m) = w.split_once([':', '.']).unwrap_or(("", ""));
            p.time = h.parse().ok().zip(m.parse().ok());
        } else if is_int(w, 0, 24) && words.peek() == Some(&"Uhr") {
            p.time = w.parse().ok().map(|h| (h, 0));
        }
    }
    p
}

/// The normalised ISO 8601 value of a DATE mention (see `Parts::iso`). A bare day of an
/// elliptical list ("24." in "zwischen dem 24. und dem 31. Dezember") takes its month and
/// year from `next`, the DATE mention that ends the list; a date without a year takes
/// `article_year`, the year the article is dated, when known. `None` where the words name no
/// calendar position (a weekday, a decade).
pub(crate) fn date_value(text: &str, next: Option<&str>, article_year: Option<u16>) -> Option<String> {
    let mut p = parts(text);
    if p.day.is_some() && p.month.is_none() && p.time.is_none() {
        let last = parts(next?);
        p.month = last.month;
        p.year = p.year.or(last.year);
    }
    if p.year.is_none() && p.month.is_some() {
        p.year = article_year;
    }
    // A day that does not exist in its month is not normalised.
    if let (Some(d), Some(m)) = (p.day, p.month) {
        super::DateTime::new(p.year.unwrap_or(2000), m, d, None)?;
    }
    p.iso()
}

fn month_number(word: &str) -> Option<u8> {
    let i = MONTHS.iter().position(|m| *m == word)?;
    // MONTHS lists the twelve names with "Jänner" after "Januar", then the abbreviations
    // from "Jan." in calendar order, without "Mai" and with "Sept." beside "Sep.".
    const NUMBERS: [u8; 25] = [1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12];
    NUMBERS.get(i).copied()
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
            ("die 31 Mitgliedsländer des Bündnisses", &[("31", Num)]),
            ("Im Februar sagte er", &[("Februar", Date)]),
            ("1,5 Millionen Euro fehlen", &[("1,5 Millionen Euro", Num)]),
            ("um 40 Prozent", &[("40 Prozent", Num)]),
            ("am Montagabend", &[("Montagabend", Date)]),
            ("in den 1990er Jahren", &[("1990er Jahren", Date)]),
            ("am 2023-04-20 um 9 Uhr", &[("2023-04-20", Date), ("9 Uhr", Date)]),
            ("Karl August traf Mai Thi", &[]),
            ("2008 Menschen kamen", &[("2008", Num)]),
            ("zwei Syrer und vier IS-Anhänger", &[("zwei", Num), ("vier", Num)]),
            ("3.000 Tonnen Getreide", &[("3.000 Tonnen", Num)]),
            ("für 150 Millionen Franken", &[("150 Millionen Franken", Num)]),
            ("seit acht Monaten", &[("acht Monaten", Num)]),
            ("am 3.Mai und am 5.Juni", &[("3.Mai", Date), ("5.Juni", Date)]),
            ("am vierten Juli", &[("vierten Juli", Date)]),
            ("am einunddreißigsten Mai 2024", &[("einunddreißigsten Mai 2024", Date)]),
            ("zwischen dem 24. und dem 31. Dezember", &[("24.", Date), ("31. Dezember", Date)]),
            ("vom 3. bis 5. März", &[("3.", Date), ("5. März", Date)]),
            ("die 3. Liga und der 5. Mai", &[("5. Mai", Date)]),
            ("die zwei gingen", &[]),
            ("drei Tage lang", &[("drei Tage", Num)]),
        ];
        for (text, expected) in cases {
            assert_eq!(found(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn date_values() {
        // The mention, the list's last date, the article's year, the value.
        type Case = (&'static str, Option<&'static str>, Option<u16>, Option<&'static str>);
        let cases: &[Case] = &[
            ("20.04.2023", None, None, Some("2023-04-20")),
            ("20.04.2023 12:06 Uhr", None, None, Some("2023-04-20T12:06")),
            ("2023-04-20", None, Some(1999), Some("2023-04-20")),
            ("24. Februar 2022", None, None, Some("2022-02-24")),
            ("Ende Februar 2022", None, None, Some("2022-02")),
            ("4. Juli", None, None, Some("--07-04")),
            ("4. Juli", None, Some(2024), Some("2024-07-04")),
            ("vierten Juli", None, None, Some("--07-04")),
            ("3.Mai", None, None, Some("--05-03")),
            ("24.", Some("31. Dezember"), None, Some("--12-24")),
            ("24.", Some("31. Dezember 2021"), Some(2024), Some("2021-12-24")),
            ("24.", None, None, None),
            ("Juli 2024", None, None, Some("2024-07")),
            ("im Mai", None, None, Some("--05")),
            ("2008", None, Some(2024), Some("2008")),
            ("22:13", None, None, Some("T22:13")),
            ("9 Uhr", None, None, Some("T09:00")),
            ("Montag", None, Some(2024), None),
            ("31. Februar", None, None, None),
            ("Sept. 2020", None, None, Some("2020-09")),
        ];
        for &(text, next, year, value) in cases {
            assert_eq!(date_value(text, next, year).as_deref(), value, "{text:?}");
        }
    }
}
