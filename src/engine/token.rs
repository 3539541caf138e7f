//! Sentences and tokens, tokenised the way GermEval 2014 is: hyphenated compounds
//! ("NATO-Generalsekretär"), dates ("20.04.2023"), times ("12:06"), ordinals ("24.") and
//! abbreviations ("z.B.", "Dr.") stay one token; punctuation and quotation marks stand alone.

use super::words::{DETERMINERS, PRONOUNS};
use super::Span;

/// Abbreviations that end with a period without ending the sentence.
const ABBREVIATIONS: &[&str] = &[
    "Abs", "Abb", "Art", "Bd", "bspw", "bzw", "ca", "Chr", "Dr", "d.h", "Dipl", "etc", "evtl", "Fr", "gem", "ggf",
    "Hr", "Hrsg", "inkl", "Ing", "Jh", "Jhd", "Kap", "max", "Mio", "min", "Mrd", "Nr", "o.ä", "Prof", "S", "sog", "St",
    "Str", "u.a", "u.ä", "usw", "v", "vgl", "z.B", "z.T", "zzgl", "Jan", "Feb", "Mär", "Apr", "Jun", "Jul", "Aug",
    "Sep", "Sept", "Okt", "Nov", "Dez", "Mr", "Mrs", "bzgl", "evtl", "geb", "gest", "rd", "u", "v.a", "z", "Tel",
    "ehem", "Gebr",
];

/// Whether `c` is a quotation mark of any typography.
pub fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '\'' | '„' | '“' | '”' | '‚' | '‘' | '’' | '»' | '«' | '›' | '‹')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\u{AD}') || is_mark(c)
}

fn is_mark(c: char) -> bool {
    // Combining marks belong to the letter before them.
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// The tokens of `span` in `text`, in order. Whitespace is never part of a token.
pub fn tokens(text: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let Some(part) = text.get(span.start..span.end) else { return out };
    let base = span.start;
    let chars: Vec<(usize, char)> = part.char_indices().collect();
    let n = chars.len();
    let end_of = |i: usize| if i < n { chars[i].0 } else { part.len() };
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        if is_word_char(c) {
            i += 1;
            loop {
                while i < n && is_word_char(chars[i].1) {
                    i += 1;
                }
                // Joiners keep a token together when a word character follows them:
                // hyphen (compounds), period and colon between digits or letters (dates, times,
                // "z.B."), apostrophe inside a word ("geht's"), slash and ampersand in names.
                if i + 1 < n && is_word_char(chars[i + 1].1) {
                    let joiner = chars[i].1;
                    let prev = chars[i - 1].1;
                    let next = chars[i + 1].1;
                    let joins = match joiner {
                        '-' | '‐' | '&' => true,
                        '.' => {
                            (prev.is_ascii_digit() && next.is_ascii_digit()) || is_abbreviation_part(&chars, start, i)
                        }
                        ':' | ',' => prev.is_ascii_digit() && next.is_ascii_digit(),
                        '\'' | '’' => prev.is_alphabetic() && next.is_lowercase() && word_len(&chars, i + 1) <= 2,
                        '/' => prev.is_ascii_digit() && next.is_ascii_digit(),
                        _ => false,
                    };
                    if joins {
                        i += 1;
                        continue;
                    }
                }
                break;
            }
            // A trailing period belongs to an abbreviation or an ordinal ("24.").
            if i < n && chars[i].1 == '.' {
                let word = &part[end_of(start)..end_of(i)];
                if is_abbreviation(word) || is_ordinal(word, &chars, i) {
                    i += 1;
                }
            }
            // A trailing hyphen marks a truncated compound ("Ein- und Ausreise").
            if i < n
                && chars[i].1 == '-'
                && i + 1 < n
                && chars[i + 1].1 == ' '
                && next_is_conjunction(part, end_of(i + 2))
            {
                i += 1;
            }
        } else {
            // Punctuation: runs of the same mark ("...", "--") are one token.
            i += 1;
            if !is_quote_mark(c) {
                while i < n && chars[i].1 == c {
                    i += 1;
                }
            }
        }
        out.push(Span::new(base + end_of(start), base + end_of(i)));
    }
    out
}

fn word_len(chars: &[(usize, char)], from: usize) -> usize {
    chars[from..].iter().take_while(|(_, c)| is_word_char(*c)).count()
}

fn is_abbreviation_part(chars: &[(usize, char)], start: usize, dot: usize) -> bool {
    // "z.B", "u.a", "d.h": single letters joined by periods.
    dot - start == 1 && chars[start].1.is_alphabetic()
}

fn is_abbreviation(word: &str) -> bool {
    ABBREVIATIONS.contains(&word) || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
}

fn is_ordinal(word: &str, chars: &[(usize, char)], dot: usize) -> bool {
    // "24. Februar", "3. Liga": one or two digits, then a word after a space; or a capitalised
    // word right after the period ("3.Mai"), which a sentence end would have a space before.
    if !(1..=2).contains(&word.len()) || !word.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let Some(&(_, after)) = chars.get(dot + 1) else { return false };
    if after.is_uppercase() {
        return true;
    }
    if after != ' ' || !chars.get(dot + 2).is_some_and(|&(_, c)| c.is_alphanumeric()) {
        return false;
    }
    // An ordinal's noun phrase goes on with its adjective or noun; a capitalised article or
    // pronoun opens a new sentence instead ("das Modell 3. Ein neues Werk …", "Platz 2. Er …").
    let next: String = chars[dot + 2..].iter().map(|&(_, c)| c).take_while(|&c| is_word_char(c)).collect();
    let opens_sentence = next.chars().next().is_some_and(char::is_uppercase) && {
        let lower = next.to_lowercase();
        DETERMINERS.contains(&lower.as_str()) || PRONOUNS.contains(&lower.as_str())
    };
    !opens_sentence
}

fn next_is_conjunction(part: &str, from: usize) -> bool {
    let rest = part.get(from..).unwrap_or("");
    ["und ", "oder ", "bis ", "sowie "].iter().any(|w| rest.starts_with(w))
}

/// The sentences of `span` in `text`, trimmed of surrounding whitespace.
pub fn sentences(text: &str, span: Span) -> Vec<Span> {
    let toks = tokens(text, span);
    let mut out = Vec::new();
    let mut begin = 0;
    for i in 0..toks.len() {
        let tok = toks[i].slice(text);
        let ends = matches!(tok, "." | "!" | "?" | "..." | "…" | "?!" | "!?" | "!!" | "??");
        if !ends {
            continue;
        }
        // Closing quotation marks and brackets after the end mark belong to the sentence.
        let mut last = i;
        while last + 1 < toks.len() {
            let next = toks[last + 1].slice(text);
            if next.chars().all(is_closing) && !next.is_empty() && toks[last + 1].start == toks[last].end {
                last += 1;
            } else {
                break;
            }
        }
        // Emoji and pictographs after the end mark belong to the sentence they close
        // ("Das ist neu. 😀 Danach …"): they hide the next sentence's start otherwise.
        while toks.get(last + 1).is_some_and(|t| t.slice(text).chars().all(is_pictograph)) {
            last += 1;
        }
        // The sentence ends only where the next token could start one.
        let starts_next = match toks.get(last + 1) {
            None => true,
            Some(next) => next.slice(text).chars().next().is_some_and(|c| {
                c.is_uppercase() || c.is_ascii_digit() || is_quote_mark(c) || c == '(' || c == '-' || c == '–'
            }),
        };
        if starts_next {
            out.push(Span::new(toks[begin].start, toks[last].end));
            begin = last + 1;
        }
    }
    if begin < toks.len() {
        out.push(Span::new(toks[begin].start, toks[toks.len() - 1].end));
    }
    out
}

/// Emoji, pictographs, arrows and dingbats, with the joiners and selectors that build emoji
/// sequences.
fn is_pictograph(c: char) -> bool {
    matches!(c as u32,
        0x2190..=0x21FF | 0x2300..=0x23FF | 0x25A0..=0x27BF | 0x2900..=0x297F | 0x2B00..=0x2BFF
        | 0x1F000..=0x1FAFF | 0x200D | 0xFE0E | 0xFE0F | 0x20E3 | 0xE0020..=0xE007F)
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '’' | '«' | '»' | '‘' | '\'' | ')' | ']')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokens(text, Span::new(0, text.len())).into_iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn tokens_table() {
        let cases: &[(&str, &[&str])] = &[
            ("NATO-Generalsekretär Jens Stoltenberg", &["NATO-Generalsekretär", "Jens", "Stoltenberg"]),
            ("Stand: 20.04.2023 12:06 Uhr", &["Stand", ":", "20.04.2023", "12:06", "Uhr"]),
            ("Am 24. Februar überfiel", &["Am", "24.", "Februar", "überfiel"]),
            ("im Jahr 2008. Die", &["im", "Jahr", "2008", ".", "Die"]),
            ("\"Wir dürfen nicht\", sagte", &["\"", "Wir", "dürfen", "nicht", "\"", ",", "sagte"]),
            ("„Shenzhou 6“", &["„", "Shenzhou", "6", "“"]),
            ("z.B. Dr. Müller", &["z.B.", "Dr.", "Müller"]),
            ("Wie geht's?", &["Wie", "geht's", "?"]),
            ("Ein- und Ausreise", &["Ein-", "und", "Ausreise"]),
            ("1,5 Millionen", &["1,5", "Millionen"]),
            ("der - seit Finnlands Beitritt - 31", &["der", "-", "seit", "Finnlands", "Beitritt", "-", "31"]),
            ("Warte...", &["Warte", "..."]),
            ("am 3.Mai", &["am", "3.", "Mai"]),
            ("im Jahr 2008.Die", &["im", "Jahr", "2008", ".", "Die"]),
            ("das Modell 3. Ein", &["das", "Modell", "3", ".", "Ein"]),
            ("die 2. Bundesliga", &["die", "2.", "Bundesliga"]),
        ];
        for (text, expected) in cases {
            assert_eq!(words(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn sentences_table() {
        let cases: &[(&str, usize)] = &[
            ("Er kam. Sie ging.", 2),
            ("Am 24. Februar kam er. Dann ging er.", 2),
            ("Das war im Jahr 2008. Die NATO kam.", 2),
            ("„Wir bleiben.“ Das sagte er.", 2),
            ("Er sagte z.B. nichts.", 1),
            ("Kein Punkt am Ende", 1),
            ("Er reiste nach Paris. 😀 Danach flog er nach Rom.", 2),
            ("Jetzt anmelden! ➡️ Die Plätze sind begrenzt.", 2),
            ("Das Spiel ist aus. ⚽🎉", 1),
            ("Lena kam am 3.Mai zur Welt und Timo am 5.Juni.", 1),
            // A number ends the sentence when an article or a pronoun opens the next one.
            ("Der Hersteller baut das Modell 3. Ein zweites Werk folgt.", 2),
            ("Sie landete auf Platz 2. Er wurde Dritter.", 2),
            ("Gelesen wird Kapitel 12. Die Klasse hört zu.", 2),
            ("Das gilt ab dem 1. Januar und bis zum 3. Oktober.", 1),
            ("Die Partie der 3. Liga endete 1:1.", 1),
            ("Am 2. Weihnachtstag kam sie.", 1),
            ("", 0),
        ];
        for (text, count) in cases {
            assert_eq!(sentences(text, Span::new(0, text.len())).len(), *count, "{text:?}");
        }
    }
}
