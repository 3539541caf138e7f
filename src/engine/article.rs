//! The article: metadata and blocks, parsed from the plain-text format.
//!
//! The format is the tagesschau export's: a first line
//! `date YYYY-MM <title> Stand: DD.MM.YYYY HH:MM Uhr`, then paragraphs separated by blank lines.
//! Text without that first line takes its first line as the title. Windows line endings, a byte
//! order mark and stray whitespace are all accepted; spans always index the original text.

use serde::{Deserialize, Serialize};

use super::Span;

/// An article ready to show and analyse.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub title: String,
    pub date: Option<DateTime>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub lang: Option<String>,
    /// The analysed text. For plain-text articles it is the source itself; for Markdown it is
    /// the text of the rendered blocks, so spans never point into markup.
    pub text: String,
    /// In text order, never overlapping.
    pub blocks: Vec<Block>,
}

/// A calendar date with an optional time of day, as the article states it (no time zone).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct DateTime {
    pub year: u16,
    pub month: u8,
    pub day: u8,
    /// Hour and minute, when given.
    pub time: Option<(u8, u8)>,
}

impl DateTime {
    /// Builds a date, or `None` when it is not a real calendar date.
    pub fn new(year: u16, month: u8, day: u8, time: Option<(u8, u8)>) -> Option<DateTime> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        let time_ok = time.is_none_or(|(h, m)| h < 24 && m < 60);
        (year > 0 && (1..=days).contains(&day) && time_ok).then_some(DateTime { year, month, day, time })
    }

    /// ISO 8601, as `<time datetime>` wants it: `2023-04-20T12:06` or `2023-04-20`.
    pub fn iso(&self) -> String {
        let date = format!("{:04}-{:02}-{:02}", self.year, self.month, self.day);
        match self.time {
            Some((h, m)) => format!("{date}T{h:02}:{m:02}"),
            None => date,
        }
    }

    /// The German way of writing it: `20.04.2023, 12:06 Uhr`.
    pub fn german(&self) -> String {
        let date = format!("{:02}.{:02}.{:04}", self.day, self.month, self.year);
        match self.time {
            Some((h, m)) => format!("{date}, {h:02}:{m:02} Uhr"),
            None => date,
        }
    }

    /// Parses `2023-04-20`, `2023-04-20T12:06` or `2023-04-20 12:06` (seconds ignored).
    pub fn parse_iso(s: &str) -> Option<DateTime> {
        let s = s.trim();
        let (date, time) = match s.find(['T', ' ']) {
            Some(i) => (&s[..i], Some(&s[i + 1..])),
            None => (s, None),
        };
        let mut parts = date.splitn(3, '-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        let time = match time {
            Some(t) => Some(parse_clock(t)?),
            None => None,
        };
        DateTime::new(year, month, day, time)
    }

    /// Parses the German `20.04.2023` with an optional `12:06`.
    pub fn parse_german(date: &str, time: Option<&str>) -> Option<DateTime> {
        let mut parts = date.trim().splitn(3, '.');
        let day = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let year = parts.next()?.parse().ok()?;
        let time = match time {
            Some(t) => Some(parse_clock(t)?),
            None => None,
        };
        DateTime::new(year, month, day, time)
    }
}

fn parse_clock(s: &str) -> Option<(u8, u8)> {
    let mut parts = s.trim().splitn(3, ':');
    let hour = parts.next()?.parse().ok()?;
    let minute = parts.next()?.get(..2)?.parse().ok()?;
    Some((hour, minute))
}

/// One block of the article, in reading order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    pub kind: BlockKind,
    /// The block's text, without surrounding whitespace (and, for captions, without the credit).
    pub span: Span,
    /// Who the picture is credited to ("REUTERS"), for captions.
    pub credit: Option<Span>,
    /// Emphasis, links and code inside the block (Markdown only).
    pub inline: Vec<InlineStyle>,
}

impl Block {
    fn new(kind: BlockKind, span: Span) -> Block {
        Block { kind, span, credit: None, inline: Vec::new() }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "level", rename_all = "lowercase")]
pub enum BlockKind {
    /// The headline, shown as the page's h1 (`Document::title` holds its text too). At most
    /// one, and first; analysed like any other block.
    Title,
    /// The first paragraph, a summary.
    Lead,
    /// A subheading; level 2 is the highest inside an article.
    Heading(u8),
    Paragraph,
    /// An image caption.
    Caption,
    /// A quoted block (Markdown `>`).
    BlockQuote,
    /// A list item (Markdown).
    ListItem,
    /// Preformatted text (Markdown code blocks).
    Code,
}

/// Formatting inside a block's text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InlineStyle {
    pub span: Span,
    pub kind: InlineKind,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", content = "href", rename_all = "lowercase")]
pub enum InlineKind {
    Emphasis,
    Strong,
    Code,
    /// A link whose target is known to be safe (http, https or mailto).
    Link(String),
}

/// Parses a plain-text article.
pub(crate) fn parse_text(source: &str) -> Document {
    let mut doc = Document { text: source.to_string(), ..Document::default() };
    let paragraphs = paragraphs(source);
    let mut rest = paragraphs.as_slice();

    // The title: the first line of the first paragraph, with the export's header if present.
    if let Some(first) = rest.first() {
        let line_end = source[first.start..first.end].find('\n').map_or(first.end, |i| first.start + i);
        let line = trim_span(source, Span::new(first.start, line_end));
        let (title, date) = parse_header(line.slice(source));
        doc.title = title.to_string();
        doc.date = date;
        if !title.is_empty() {
            // `title` is a slice of `source`: its span is where it lies.
            let start = title.as_ptr() as usize - source.as_ptr() as usize;
            doc.blocks.push(Block::new(BlockKind::Title, Span::new(start, start + title.len())));
        }
        let remainder = trim_span(source, Span::new(line_end, first.end));
        if remainder.is_empty() {
            rest = &rest[1..];
        } else {
            // The rest of the first paragraph is the lead.
            doc.blocks.push(Block::new(BlockKind::Paragraph, remainder));
            rest = &rest[1..];
        }
    }
    for &span in rest {
        let text = span.slice(source);
        if let Some((body, credit)) = split_credit(source, span) {
            doc.blocks.push(Block { kind: BlockKind::Caption, span: body, credit: Some(credit), inline: Vec::new() });
        } else if is_subheading(text) {
            doc.blocks.push(Block::new(BlockKind::Heading(2), span));
        } else {
            doc.blocks.push(Block::new(BlockKind::Paragraph, span));
        }
    }
    mark_lead(&mut doc.blocks);
    doc
}

/// The first paragraph after the title, if it comes before any heading, is the lead.
pub(crate) fn mark_lead(blocks: &mut [Block]) {
    if let Some(first) = blocks.iter_mut().find(|b| b.kind != BlockKind::Title) {
        if first.kind == BlockKind::Paragraph {
            first.kind = BlockKind::Lead;
        }
    }
}

/// Splits the export's header `date 2023-04 <title> Stand: 20.04.2023 12:06 Uhr` into title and
/// date. Any other line is all title.
fn parse_header(line: &str) -> (&str, Option<DateTime>) {
    let mut title = line;
    if let Some(rest) = line.strip_prefix("date ") {
        let month = rest.get(..7).unwrap_or("");
        let is_month = month.len() == 7
            && month.bytes().enumerate().all(|(i, b)| if i == 4 { b == b'-' } else { b.is_ascii_digit() });
        if is_month {
            title = rest[7..].trim_start();
        }
    }
    let mut date = None;
    if let Some(i) = title.rfind("Stand:") {
        let stamp = title[i + "Stand:".len()..].trim();
        let mut words = stamp.split_whitespace();
        let day = words.next().unwrap_or("");
        let time = words.next().filter(|t| t.contains(':'));
        date = DateTime::parse_german(day, time);
        if date.is_some() {
            title = title[..i].trim_end();
        }
    }
    (title.trim(), date)
}

/// Paragraph spans: runs of non-blank lines, trimmed.
fn paragraphs(source: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut pos = 0;
    for line in source.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        if blank {
            if let Some(s) = start.take() {
                out.push(trim_span(source, Span::new(s, end)));
            }
        } else {
            start.get_or_insert(pos);
            end = pos + line.len();
        }
        pos += line.len();
    }
    if let Some(s) = start {
        out.push(trim_span(source, Span::new(s, end)));
    }
    out.retain(|s| !s.is_empty());
    out
}

/// The span without leading and trailing whitespace (including a byte order mark).
pub(crate) fn trim_span(text: &str, span: Span) -> Span {
    let part = span.slice(text);
    let is_space = |c: char| c.is_whitespace() || c == '\u{FEFF}';
    let trimmed_start = part.trim_start_matches(is_space);
    let start = span.start + (part.len() - trimmed_start.len());
    let trimmed = trimmed_start.trim_end_matches(is_space);
    Span::new(start, start + trimmed.len())
}

/// Words that introduce a picture credit at the end of a caption.
const CREDIT_WORDS: &[&str] = &["Bild:", "Bilder:", "Foto:", "Fotos:", "Grafik:", "Quelle:", "Video:"];

/// Splits "… in Kiew, Ukraine. Bild: REUTERS" into the caption and the credit.
fn split_credit(source: &str, span: Span) -> Option<(Span, Span)> {
    let text = span.slice(source);
    let (at, word) = CREDIT_WORDS.iter().filter_map(|w| text.rfind(w).map(|i| (i, *w))).max()?;
    let credit = text[at + word.len()..].trim();
    let credit_ok = !credit.is_empty()
        && credit.chars().count() <= 60
        && !credit.ends_with(['.', '!', '?'])
        && (at == 0 || text[..at].ends_with(char::is_whitespace));
    if !credit_ok || text[..at].trim().is_empty() {
        return None;
    }
    let body = trim_span(source, Span::new(span.start, span.start + at));
    let credit = trim_span(source, Span::new(span.start + at + word.len(), span.end));
    Some((body, credit))
}

/// A subheading is one short line with no closing punctuation.
fn is_subheading(text: &str) -> bool {
    !text.contains('\n')
        && text.chars().count() <= 90
        && text.split_whitespace().count() <= 12
        && !text.ends_with(['.', '!', '?', ':', ';', ',', '"', '“', '”', '«', '»', ')', '-', '–'])
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = include_str!("../../articles/stoltenberg-kiew-2023-04-20.txt");

    fn kinds(doc: &Document) -> Vec<BlockKind> {
        doc.blocks.iter().map(|b| b.kind).collect()
    }

    #[test]
    fn seed_article_structure() {
        let doc = parse_text(SEED);
        assert_eq!(doc.title, "NATO-Generalsekretär Stoltenberg besucht überraschend Kiew");
        assert_eq!(doc.date.map(|d| d.iso()).as_deref(), Some("2023-04-20T12:06"));
        let headings: Vec<&str> =
            doc.blocks.iter().filter(|b| matches!(b.kind, BlockKind::Heading(_))).map(|b| b.span.slice(SEED)).collect();
        assert_eq!(headings, ["Stoltenberg ist großer Ukraine-Unterstützer", "Die NATO, Ukraine und Russland"]);
        let captions: Vec<&Block> = doc.blocks.iter().filter(|b| b.kind == BlockKind::Caption).collect();
        assert_eq!(captions.len(), 1);
        assert_eq!(captions[0].credit.unwrap().slice(SEED), "REUTERS");
        assert!(captions[0].span.slice(SEED).ends_with("in Kiew, Ukraine."));
        // The headline is a block of its own, without the export's date and stamp.
        assert_eq!(doc.blocks[0].kind, BlockKind::Title);
        assert_eq!(doc.blocks[0].span.slice(SEED), doc.title);
        assert_eq!(doc.blocks[1].kind, BlockKind::Lead);
        assert!(doc.blocks[1].span.slice(SEED).starts_with("Durch den russischen Angriffskrieg"));
        let paragraphs = doc.blocks.iter().filter(|b| b.kind == BlockKind::Paragraph).count();
        assert_eq!(paragraphs, 7);
    }

    #[test]
    fn windows_line_endings_give_the_same_blocks() {
        let crlf = SEED.replace('\n', "\r\n");
        let (unix, windows) = (parse_text(SEED), parse_text(&crlf));
        assert_eq!(unix.title, windows.title);
        assert_eq!(kinds(&unix), kinds(&windows));
        for (a, b) in unix.blocks.iter().zip(&windows.blocks) {
            assert_eq!(a.span.slice(SEED), b.span.slice(&crlf));
        }
    }

    #[test]
    fn plain_text_without_header() {
        let doc = parse_text("Ein Titel\n\nErster Absatz. Mit zwei Sätzen.\n\nZweiter Absatz.");
        assert_eq!(doc.title, "Ein Titel");
        assert_eq!(doc.date, None);
        assert_eq!(kinds(&doc), [BlockKind::Title, BlockKind::Lead, BlockKind::Paragraph]);
    }

    #[test]
    fn title_line_directly_followed_by_text() {
        let doc = parse_text("Titel\nDer Text geht gleich weiter.");
        assert_eq!(doc.title, "Titel");
        assert_eq!(kinds(&doc), [BlockKind::Title, BlockKind::Lead]);
        assert_eq!(doc.blocks[1].span.slice("Titel\nDer Text geht gleich weiter."), "Der Text geht gleich weiter.");
    }

    #[test]
    fn header_variants() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("date 2023-04 Titel Stand: 20.04.2023 12:06 Uhr", "Titel", Some("2023-04-20T12:06")),
            ("Titel Stand: 01.02.2020", "Titel", Some("2020-02-01")),
            ("date 2023-04 Titel Stand: 31.02.2023 12:06 Uhr", "Titel Stand: 31.02.2023 12:06 Uhr", None),
            ("Nur ein Titel", "Nur ein Titel", None),
        ];
        for (line, title, iso) in cases {
            let (t, d) = parse_header(line);
            assert_eq!((t, d.map(|d| d.iso())), (*title, iso.map(str::to_string)), "{line:?}");
        }
    }

    #[test]
    fn empty_and_blank_input() {
        for text in ["", "\n\n \r\n", "\u{FEFF}"] {
            let doc = parse_text(text);
            assert!(doc.blocks.is_empty());
            assert_eq!(doc.title, "");
        }
    }
}
