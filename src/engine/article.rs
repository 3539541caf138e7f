//! The article: metadata and blocks, parsed from the plain-text format.
//!
//! The format is the tagesschau export's: a first line
//! `date YYYY-MM <title> Stand: DD.MM.YYYY HH:MM Uhr`, then paragraphs separated by blank lines.
//! Text without that first line takes its first line as the title when it reads as one (short,
//! no closing full stop); otherwise it has no title and begins with its lead. Windows line
//! endings, a byte order mark and stray whitespace are all accepted; spans always index the
//! original text. [`parse_lines`] reads bare paragraphs, one a line.

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
        let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
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
    /// Emphasis, links, code and footnote marks inside the block (Markdown only).
    pub inline: Vec<InlineStyle>,
    /// For [`BlockKind::TableCell`]: where the cell stands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cell: Option<Cell>,
    /// For [`BlockKind::Footnote`]: its number, from 1 in the order the notes are defined.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub footnote: Option<u32>,
}

impl Block {
    /// A block of `kind` over `span`, with no credit, styles, cell or footnote number.
    pub fn new(kind: BlockKind, span: Span) -> Block {
        Block { kind, span, credit: None, inline: Vec::new(), cell: None, footnote: None }
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
    /// A list item: Markdown's, or a plain-text line that begins with » • – - * or ·
    /// (the marker is not part of the span).
    ListItem,
    /// A task-list item (Markdown `- [x]`), done or not; the box is not part of the span.
    TaskItem(bool),
    /// Preformatted text (Markdown code blocks).
    Code,
    /// The place and agency an agency report starts with, "Berlin (dpa) –", dash included;
    /// the lead follows as its own block.
    Dateline,
    /// A live ticker's time stamp: the span is what stands between `+++` and `+++`
    /// ("22:13"); the entry's text follows as its own blocks.
    Ticker,
    /// One cell of a table, analysed as a text of its own; [`Block::cell`] says where it is.
    TableCell,
    /// A footnote's text; [`Block::footnote`] is its number, as its marks in the text show it.
    Footnote,
}

/// Where a table cell stands: which table of the article (from 0), its row (0 is the header
/// row) and column (from 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cell {
    pub table: u32,
    pub row: u32,
    pub column: u32,
    /// A header cell (the table's first row).
    pub header: bool,
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
    /// Struck-through text (Markdown `~~…~~`).
    Strikethrough,
    /// A link whose target is known to be safe (http, https or mailto).
    Link(String),
    /// A footnote mark: an empty span where the mark stands, and the number of the note it
    /// refers to (as [`Block::footnote`]). The mark itself is not in the analysed text.
    #[serde(rename = "footnoteref")]
    FootnoteRef(u32),
}

/// Parses a plain-text article.
pub(crate) fn parse_text(source: &str) -> Document {
    let mut doc = Document { text: source.to_string(), ..Document::default() };
    let mut rest: std::collections::VecDeque<Span> = paragraphs(source).into();

    // The title: the first line, with the export's header if present. A picture credit on a
    // line of its own before it ("Foto: APA/…", "REUTERS/ANNA MEIER") is a caption.
    while let Some(first) = rest.pop_front() {
        let line_end = source[first.start..first.end].find('\n').map_or(first.end, |i| first.start + i);
        let line = trim_span(source, Span::new(first.start, line_end));
        let remainder = trim_span(source, Span::new(line_end, first.end));
        if is_credit_line(line.slice(source), !remainder.is_empty()) {
            doc.blocks.push(Block::new(BlockKind::Caption, line));
            if !remainder.is_empty() {
                rest.push_front(remainder);
            }
            continue;
        }
        let (title, date) = parse_header(line.slice(source));
        let next_line = remainder.slice(source).lines().next().unwrap_or("");
        if date.is_none() && !reads_as_title(title, next_line) {
            // Text that starts with its body: no headline to show.
            rest.push_front(first);
            break;
        }
        doc.title = title.to_string();
        doc.date = date;
        if !title.is_empty() {
            // `title` is a slice of `source`: its span is where it lies.
            let start = title.as_ptr() as usize - source.as_ptr() as usize;
            doc.blocks.push(Block::new(BlockKind::Title, Span::new(start, start + title.len())));
        }
        // The rest of the first paragraph is the lead.
        if !remainder.is_empty() {
            body_blocks(&mut doc.blocks, source, remainder, true);
        }
        break;
    }
    for span in rest {
        let first_body = doc.blocks.iter().all(|b| matches!(b.kind, BlockKind::Title | BlockKind::Caption));
        body_blocks(&mut doc.blocks, source, span, first_body);
    }
    mark_lead(&mut doc.blocks);
    doc
}

/// Whether an article's first line (without the export's header) reads as a headline: one
/// short line that does not end a sentence with a full stop, comma, colon or semicolon (a
/// question or an exclamation may be a headline). `next_line` is the line that follows in the
/// same paragraph, if any: a line that runs on into it ("… der" / "über zwei Zeilen") is
/// wrapped body text, not a headline.
fn reads_as_title(line: &str, next_line: &str) -> bool {
    let closing = ['“', '”', '"', '«', '»', '\'', '’', ')'];
    let bare = line.trim_end_matches(closing);
    let ends_sentence = bare.ends_with(['.', ',', ':', ';', '-']) && !bare.ends_with("...");
    let short = line.chars().count() <= 160 && line.split_whitespace().count() <= 24;
    let runs_on = next_line.trim_start().chars().next().is_some_and(|c| c.is_lowercase());
    !line.is_empty() && short && !ends_sentence && !runs_on
}

/// Parses bare paragraphs, one a line: every non-blank line is a paragraph, nothing else is
/// looked for (no title, header, captions or subheadings), as data sets of paragraphs want.
pub(crate) fn parse_lines(source: &str) -> Document {
    let mut blocks = Vec::new();
    let mut pos = 0;
    for line in source.split_inclusive('\n') {
        let span = trim_span(source, Span::new(pos, pos + line.len()));
        if !span.is_empty() {
            blocks.push(Block::new(BlockKind::Paragraph, span));
        }
        pos += line.len();
    }
    Document { text: source.to_string(), blocks, ..Document::default() }
}

/// A picture credit standing as the article's first line: it begins with a credit word
/// ("Foto: APA/…"), or it is in capitals with more text after it ("REUTERS/ANNA MEIER").
fn is_credit_line(line: &str, more_follows: bool) -> bool {
    let short = line.chars().count() <= 80;
    let by_word = CREDIT_WORDS.iter().any(|w| line.starts_with(w));
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = letters >= 2 && !line.chars().any(char::is_lowercase);
    short && (by_word || (capitals && more_follows))
}

/// Markers that begin a list item in plain text.
const BULLETS: &[char] = &['»', '•', '–', '-', '*', '·', '▪', '►'];

/// The blocks of one paragraph of the body: a ticker's time stamp, a dateline, list items, a
/// caption, a heading or the paragraph itself. `first_body` is whether it is the first
/// paragraph after the title, where a dateline without an agency ("München –") counts.
fn body_blocks(blocks: &mut Vec<Block>, source: &str, span: Span, first_body: bool) {
    let mut span = span;
    // "+++ 22:13 +++": the stamp, then the entry's text (same line or the next).
    if let Some((stamp, after)) = ticker_stamp(source, span) {
        blocks.push(Block::new(BlockKind::Ticker, stamp));
        span = trim_span(source, Span::new(after, span.end));
        if span.is_empty() {
            return;
        }
    }
    if let Some(end) = dateline_end(span.slice(source), first_body) {
        blocks.push(Block::new(BlockKind::Dateline, Span::new(span.start, span.start + end)));
        span = trim_span(source, Span::new(span.start + end, span.end));
        if span.is_empty() {
            return;
        }
    }
    if let Some(items) = list_items(source, span) {
        blocks.extend(items);
        return;
    }
    if let Some((body, credit)) = split_credit(source, span) {
        blocks.push(Block { credit: Some(credit), ..Block::new(BlockKind::Caption, body) });
    } else if is_subheading(span.slice(source)) {
        blocks.push(Block::new(BlockKind::Heading(2), span));
    } else {
        blocks.push(Block::new(BlockKind::Paragraph, span));
    }
}

/// The time stamp of a live-ticker entry, `+++ 22:13 +++`, at the start of `span`: the stamp's
/// span (between the markers, trimmed) and where the text after the closing marker begins.
fn ticker_stamp(source: &str, span: Span) -> Option<(Span, usize)> {
    let inner = span.slice(source).strip_prefix("+++")?;
    let close = inner.find("+++")?;
    let start = span.start + 3;
    let stamp = trim_span(source, Span::new(start, start + close));
    let words = stamp.slice(source);
    let short = !stamp.is_empty() && words.chars().count() <= 40 && !words.contains('\n');
    short.then_some((stamp, start + close + 3))
}

/// The end (bytes, dash included) of an agency dateline at the start of a paragraph:
/// "Berlin (dpa) –", "WIESBADEN/BERLIN (ots) –", or in the first paragraph a place alone,
/// "München –": at most four capitalised words (joined by spaces or `/`), the agency in
/// brackets, then a dash with a space either side and a sentence after it.
fn dateline_end(text: &str, first_body: bool) -> Option<usize> {
    let head = text.get(..text.char_indices().nth(80).map_or(text.len(), |(i, _)| i))?;
    let (at, len) = [" – ", " — ", " - "].iter().filter_map(|d| head.find(d).map(|i| (i, d.len()))).min()?;
    let prefix = &head[..at];
    let (places, agency) = match prefix.find('(') {
        Some(open) => {
            let close = prefix.rfind(')')?;
            let agency = prefix.get(open + 1..close)?;
            if close + 1 != prefix.len() || agency.is_empty() || agency.chars().count() > 12 {
                return None;
            }
            (prefix[..open].trim_end(), Some(agency))
        }
        None => (prefix, None),
    };
    let words: Vec<&str> = places.split([' ', '/']).filter(|w| !w.is_empty()).collect();
    let is_place = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-')
    };
    let places_ok = !words.is_empty() && words.len() <= 4 && words.iter().all(is_place);
    let after = text.get(at + len..).and_then(|t| t.chars().next());
    let sentence_follows = after.is_some_and(|c| c.is_uppercase() || super::token::is_quote_mark(c));
    // The span ends after the dash, before the space that follows it.
    (places_ok && sentence_follows && (agency.is_some() || first_body)).then_some(at + len - 1)
}

/// A paragraph whose lines begin with list markers, as list items (markers dropped); lines
/// before the first marker form a paragraph, and a line without a marker continues the item
/// before it. `None` when no line begins with a marker.
fn list_items(source: &str, span: Span) -> Option<Vec<Block>> {
    let marker_len = |line: &str| -> Option<usize> {
        let c = line.chars().next()?;
        let after = line.get(c.len_utf8()..)?.chars().next();
        (BULLETS.contains(&c) && after.is_some_and(|a| a == ' ' || a == '\t')).then(|| c.len_utf8())
    };
    let text = span.slice(source);
    if !text.lines().any(|l| marker_len(l.trim_start()).is_some()) {
        return None;
    }
    let mut out: Vec<Block> = Vec::new();
    let mut pos = span.start;
    for line in text.split_inclusive('\n') {
        let line_span = trim_span(source, Span::new(pos, pos + line.len()));
        pos += line.len();
        if line_span.is_empty() {
            continue;
        }
        match marker_len(line_span.slice(source)) {
            Some(n) => {
                let item = trim_span(source, Span::new(line_span.start + n, line_span.end));
                if !item.is_empty() {
                    out.push(Block::new(BlockKind::ListItem, item));
                }
            }
            None => match out.last_mut() {
                Some(last) => last.span = Span::new(last.span.start, line_span.end),
                None => out.push(Block::new(BlockKind::Paragraph, line_span)),
            },
        }
    }
    Some(out)
}

/// The first paragraph after the title, if it comes before any heading, is the lead. Picture
/// credits, a dateline and a ticker's time stamp may stand before it.
pub(crate) fn mark_lead(blocks: &mut [Block]) {
    let before_lead =
        |k: BlockKind| matches!(k, BlockKind::Title | BlockKind::Caption | BlockKind::Dateline | BlockKind::Ticker);
    if let Some(first) = blocks.iter_mut().find(|b| !before_lead(b.kind)) {
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

/// A subheading is one short line with no closing punctuation; not a quotation with its
/// speaker after a dash ("„Wir bleiben.“ – Konzernchef Oliver Krämer"), and not a labelled
/// line of a press release's trailer ("Pressekontakt: Landesamt, Referat Presse").
fn is_subheading(text: &str) -> bool {
    let attributed = ["“ – ", "” – ", "\" – ", "« – ", "» – ", "“ — ", "« — ", "\" - ", "“ - "];
    let labelled =
        text.split_once(": ").is_some_and(|(label, rest)| !label.contains(char::is_whitespace) && rest.contains(','));
    !attributed.iter().any(|d| text.contains(d))
        && !labelled
        && !text.contains('\n')
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
    fn outlet_layouts() {
        use BlockKind::*;
        let cases: &[(&str, &[BlockKind])] = &[
            ("T\n\nBerlin (dpa) – Der Text.", &[Title, Dateline, Lead]),
            ("T\n\nMünchen – Der Text.\n\nBerlin – Das ist kein Ort vorn.", &[Title, Dateline, Lead, Paragraph]),
            ("T\n\n+++ 09:15 +++ Es regnet.", &[Title, Ticker, Lead]),
            ("T\n\nVorher:\n- eins\n- zwei\nweiter", &[Title, Lead, ListItem, ListItem]),
            ("T\n\n„Wir bleiben.“ – Oliver Krämer", &[Title, Lead]),
            ("T\n\nText.\n\nPressekontakt: Landesamt, Referat Presse", &[Title, Lead, Paragraph]),
            ("T\n\nText.\n\nAnalyse: Die Lage in Kiew", &[Title, Lead, Heading(2)]),
            ("Foto: dpa\n\nTitel\n\nText.", &[Caption, Title, Lead]),
            ("+++", &[Title]),
            ("T\n\n+++ +++", &[Title, Heading(2)]),
        ];
        for (text, kinds) in cases {
            assert_eq!(parse_text(text).blocks.iter().map(|b| b.kind).collect::<Vec<_>>(), *kinds, "{text:?}");
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
