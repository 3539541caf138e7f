//! Markdown articles: a small front matter, then CommonMark parsed with pulldown-cmark.
//!
//! ```text
//! ---
//! title: Ein Titel
//! date: 2023-04-20T12:06
//! source: tagesschau
//! url: https://www.tagesschau.de/…
//! lang: de
//! ---
//! Erster Absatz …
//! ```
//!
//! The blocks' plain text becomes [`Document::text`] (blocks separated by a blank line), so the
//! analysis never sees markup. A table's cells are blocks of their own (no sentence and no name
//! runs across a cell border); footnotes are blocks, their marks empty inline styles, so `[^1]`
//! is not in the text; struck-through text is a style; a task-list item is a block of its own
//! kind. Raw HTML is kept as visible text, never as markup; links keep
//! their target only for http, https and mailto.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::article::{mark_lead, trim_span, Block, BlockKind, Cell, DateTime, Document, InlineKind, InlineStyle};
use super::Span;

/// Parses a Markdown article.
pub(crate) fn parse(source: &str) -> Document {
    let (meta, body) = split_front_matter(source);
    let mut doc = Document::default();
    for (key, value) in meta {
        let value = value.trim().trim_matches('"').trim();
        if value.is_empty() {
            continue;
        }
        match key.trim().to_ascii_lowercase().as_str() {
            "title" => doc.title = value.to_string(),
            "date" => doc.date = DateTime::parse_iso(value),
            "source" => doc.source = Some(value.to_string()),
            "url" if safe_href(value).is_some() => doc.url = Some(value.to_string()),
            "lang" => doc.lang = Some(value.to_string()),
            _ => {}
        }
    }
    Builder::new(&mut doc).run(body);
    mark_lead(&mut doc.blocks);
    doc
}

/// Splits `---\nkey: value\n---\n` off the top. Without a closing `---` there is no front matter.
fn split_front_matter(source: &str) -> (Vec<(&str, &str)>, &str) {
    let trimmed = source.trim_start_matches('\u{FEFF}');
    let Some(rest) = trimmed.strip_prefix("---").and_then(|r| r.strip_prefix('\n').or_else(|| r.strip_prefix("\r\n")))
    else {
        return (Vec::new(), source);
    };
    let mut pos = 0;
    let mut meta = Vec::new();
    for line in rest.split_inclusive('\n') {
        pos += line.len();
        let line = line.trim_end();
        if line == "---" || line == "..." {
            return (meta, &rest[pos..]);
        }
        if let Some((k, v)) = line.split_once(':') {
            meta.push((k, v));
        }
    }
    (Vec::new(), source)
}

/// Only web and mail links are kept: `javascript:`, `data:` and the like are dropped.
fn safe_href(href: &str) -> Option<&str> {
    let href = href.trim();
    let lower = href.to_ascii_lowercase();
    ["http://", "https://", "mailto:"].iter().any(|p| lower.starts_with(p)).then_some(href)
}

/// Builds the document's text and blocks from the event stream.
struct Builder<'d> {
    doc: &'d mut Document,
    /// Where the current block's text began, and its kind.
    block: Option<(usize, BlockKind)>,
    /// Open inline styles: their kind and where they began.
    open: Vec<(Option<InlineKind>, usize)>,
    inline: Vec<InlineStyle>,
    /// Nesting of containers that decide a paragraph's kind.
    containers: Vec<BlockKind>,
    /// Inside the first level-1 heading, which becomes the title (a `Title` block) when the
    /// front matter has none.
    title_heading: bool,
    /// Tables begun so far, and where the current cell stands.
    tables: u32,
    cell: Cell,
    /// Footnote labels in the order first seen (a mark or a definition); a note's number is its
    /// position here plus one.
    footnotes: Vec<String>,
    /// The number of the footnote being defined.
    footnote: Option<u32>,
}

impl<'d> Builder<'d> {
    fn new(doc: &'d mut Document) -> Builder<'d> {
        Builder {
            doc,
            block: None,
            open: Vec::new(),
            inline: Vec::new(),
            containers: Vec::new(),
            title_heading: false,
            tables: 0,
            cell: Cell { table: 0, row: 0, column: 0, header: false },
            footnotes: Vec::new(),
            footnote: None,
        }
    }

    /// A footnote's number by its label, numbered in order of first sight.
    fn footnote_number(&mut self, label: &str) -> u32 {
        let index = match self.footnotes.iter().position(|l| l == label) {
            Some(i) => i,
            None => {
                self.footnotes.push(label.to_string());
                self.footnotes.len() - 1
            }
        };
        u32::try_from(index + 1).unwrap_or(u32::MAX)
    }

    fn run(mut self, body: &str) {
        let options = Options::ENABLE_STRIKETHROUGH
            | Options::ENABLE_TABLES
            | Options::ENABLE_FOOTNOTES
            | Options::ENABLE_TASKLISTS;
        let parser = Parser::new_ext(body, options);
        for event in parser {
            match event {
                Event::Start(tag) => self.start(tag),
                Event::End(tag) => self.end(tag),
                Event::Text(t) => self.push_text(&t),
                Event::Code(t) => {
                    let start = self.text_pos();
                    self.push_text(&t);
                    self.inline
                        .push(InlineStyle { span: Span::new(start, self.doc.text.len()), kind: InlineKind::Code });
                }
                // Raw HTML is shown as the characters it is, never interpreted.
                Event::Html(t) | Event::InlineHtml(t) => self.push_text(&t),
                Event::SoftBreak => self.push_text(" "),
                Event::HardBreak => self.push_text("\n"),
                Event::TaskListMarker(done) => {
                    // The item's block has begun; it is a task.
                    if let Some((_, kind)) = &mut self.block {
                        *kind = BlockKind::TaskItem(done);
                    }
                    if let Some(kind) = self.containers.last_mut() {
                        *kind = BlockKind::TaskItem(done);
                    }
                }
                Event::FootnoteReference(label) => {
                    let number = self.footnote_number(&label);
                    let at = self.text_pos();
                    self.inline.push(InlineStyle { span: Span::new(at, at), kind: InlineKind::FootnoteRef(number) });
                }
                Event::Rule => {}
                Event::InlineMath(t) | Event::DisplayMath(t) => self.push_text(&t),
            }
        }
        self.finish_block();
    }

    fn text_pos(&mut self) -> usize {
        if self.block.is_none() {
            let kind = self.containers.last().copied().unwrap_or(BlockKind::Paragraph);
            self.begin_block(kind);
        }
        self.doc.text.len()
    }

    fn push_text(&mut self, t: &str) {
        self.text_pos();
        self.doc.text.push_str(t);
    }

    fn begin_block(&mut self, kind: BlockKind) {
        self.finish_block();
        if !self.doc.text.is_empty() {
            self.doc.text.push_str("\n\n");
        }
        self.block = Some((self.doc.text.len(), kind));
    }

    fn finish_block(&mut self) {
        let Some((start, kind)) = self.block.take() else { return };
        let span = trim_span(&self.doc.text, Span::new(start, self.doc.text.len()));
        // Styles stay inside the trimmed block: a code span may begin or end with the
        // whitespace the trim removes ("`a\t`" at the end of a block).
        let inline = std::mem::take(&mut self.inline)
            .into_iter()
            .filter_map(|mut style| {
                let (start, end) = (style.span.start.max(span.start), style.span.end.min(span.end));
                style.span = Span::new(start, end.max(start));
                // A footnote mark is empty by design: it stands between two characters.
                let mark = matches!(style.kind, InlineKind::FootnoteRef(_)) && start <= span.end;
                (start < end || mark).then_some(style)
            })
            .collect();
        if !span.is_empty() {
            let cell = (kind == BlockKind::TableCell).then_some(self.cell);
            let footnote = if kind == BlockKind::Footnote { self.footnote } else { None };
            self.doc.blocks.push(Block { inline, cell, footnote, ..Block::new(kind, span) });
        }
    }

    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Heading { level: HeadingLevel::H1, .. } if self.doc.title.is_empty() && self.doc.blocks.is_empty() => {
                self.begin_block(BlockKind::Title);
                self.title_heading = true;
            }
            Tag::Heading { level, .. } => {
                let level = (level as u8).clamp(2, 6);
                self.begin_block(BlockKind::Heading(level));
            }
            Tag::Paragraph => {
                let kind = self.containers.last().copied().unwrap_or(BlockKind::Paragraph);
                self.begin_block(kind);
            }
            Tag::BlockQuote(_) => self.containers.push(BlockKind::BlockQuote),
            Tag::Item => {
                self.containers.push(BlockKind::ListItem);
                self.begin_block(BlockKind::ListItem);
            }
            Tag::CodeBlock(_) => self.begin_block(BlockKind::Code),
            Tag::Table(_) => {
                self.finish_block();
                self.cell = Cell { table: self.tables, row: 0, column: 0, header: true };
                self.tables = self.tables.saturating_add(1);
            }
            Tag::TableHead => self.cell = Cell { row: 0, column: 0, header: true, ..self.cell },
            Tag::TableRow => {
                self.cell = Cell { row: self.cell.row.saturating_add(1), column: 0, header: false, ..self.cell };
            }
            Tag::TableCell => self.begin_block(BlockKind::TableCell),
            Tag::FootnoteDefinition(label) => {
                self.finish_block();
                self.footnote = Some(self.footnote_number(&label));
                self.containers.push(BlockKind::Footnote);
            }
            Tag::Strikethrough => self.open_inline(Some(InlineKind::Strikethrough)),
            Tag::Emphasis => self.open_inline(Some(InlineKind::Emphasis)),
            Tag::Strong => self.open_inline(Some(InlineKind::Strong)),
            Tag::Link { dest_url, .. } => {
                let kind = safe_href(&dest_url).map(|h| InlineKind::Link(h.to_string()));
                self.open_inline(kind);
            }
            _ => {}
        }
    }

    fn open_inline(&mut self, kind: Option<InlineKind>) {
        let start = self.text_pos();
        self.open.push((kind, start));
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) if self.title_heading => {
                self.title_heading = false;
                self.finish_block();
                if let Some(title) = self.doc.blocks.last().filter(|b| b.kind == BlockKind::Title) {
                    self.doc.title = title.span.slice(&self.doc.text).to_string();
                }
            }
            TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::CodeBlock => self.finish_block(),
            TagEnd::TableCell => {
                self.finish_block();
                self.cell.column = self.cell.column.saturating_add(1);
            }
            TagEnd::FootnoteDefinition => {
                self.finish_block();
                self.containers.pop();
                self.footnote = None;
            }
            TagEnd::BlockQuote(_) => {
                self.finish_block();
                self.containers.pop();
            }
            TagEnd::Item => {
                self.finish_block();
                self.containers.pop();
            }
            TagEnd::Emphasis | TagEnd::Strong | TagEnd::Link | TagEnd::Strikethrough => {
                if let Some((Some(kind), start)) = self.open.pop() {
                    let span = Span::new(start, self.doc.text.len());
                    if !span.is_empty() {
                        self.inline.push(InlineStyle { span, kind });
                    }
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "---\ntitle: Ein Titel\ndate: 2023-04-20T12:06\nsource: Beispiel\nurl: https://example.org/a\nlang: de\n---\nDer *erste* Absatz mit [Link](https://example.org) und [böse](javascript:alert(1)).\n\n## Zwischentitel\n\n> Ein Zitat.\n\n- eins\n- zwei\n\n<script>alert(1)</script>\n";

    #[test]
    fn front_matter_and_blocks() {
        let doc = parse(ARTICLE);
        assert_eq!(doc.title, "Ein Titel");
        assert_eq!(doc.date.unwrap().iso(), "2023-04-20T12:06");
        assert_eq!(doc.source.as_deref(), Some("Beispiel"));
        assert_eq!(doc.lang.as_deref(), Some("de"));
        let kinds: Vec<BlockKind> = doc.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Lead,
                BlockKind::Heading(2),
                BlockKind::BlockQuote,
                BlockKind::ListItem,
                BlockKind::ListItem,
                BlockKind::Paragraph
            ]
        );
        assert_eq!(doc.blocks[0].span.slice(&doc.text), "Der erste Absatz mit Link und böse.");
    }

    #[test]
    fn links_are_filtered_and_styles_kept() {
        let doc = parse(ARTICLE);
        let inline = &doc.blocks[0].inline;
        let kinds: Vec<&InlineKind> = inline.iter().map(|s| &s.kind).collect();
        assert_eq!(kinds, [&InlineKind::Emphasis, &InlineKind::Link("https://example.org".into())]);
        assert_eq!(inline[0].span.slice(&doc.text), "erste");
    }

    #[test]
    fn raw_html_is_text() {
        let doc = parse(ARTICLE);
        assert_eq!(doc.blocks.last().unwrap().span.slice(&doc.text), "<script>alert(1)</script>");
    }

    #[test]
    fn first_heading_is_title_without_front_matter() {
        let doc = parse("# Über*schrift*\n\nText.");
        assert_eq!(doc.title, "Überschrift");
        let kinds: Vec<BlockKind> = doc.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(kinds, [BlockKind::Title, BlockKind::Lead]);
        assert_eq!(doc.blocks[0].span.slice(&doc.text), "Überschrift");
        assert_eq!(doc.blocks[0].inline.len(), 1, "the emphasis is kept");
        assert_eq!(doc.date, None);
    }

    #[test]
    fn table_cells_are_blocks_with_their_place() {
        let doc = parse("| Stadt | Sieger |\n|---|---|\n| Leipzig | Anna Schulz |\n| Halle | |\n");
        let cells: Vec<(&str, u32, u32, bool)> = doc
            .blocks
            .iter()
            .map(|b| {
                let c = b.cell.expect("every block is a cell");
                (b.span.slice(&doc.text), c.row, c.column, c.header)
            })
            .collect();
        assert_eq!(
            cells,
            [
                ("Stadt", 0, 0, true),
                ("Sieger", 0, 1, true),
                ("Leipzig", 1, 0, false),
                ("Anna Schulz", 1, 1, false),
                ("Halle", 2, 0, false)
            ]
        );
        assert!(doc.blocks.iter().all(|b| b.kind == BlockKind::TableCell));
    }

    #[test]
    fn footnotes_strikethrough_and_tasks() {
        let doc = parse("Text.[^a] Mehr[^b].\n\n- [x] fertig\n- [ ] ~~offen~~\n\n[^b]: Zwei.\n[^a]: Eins.\n");
        assert!(!doc.text.contains("[^"), "{:?}", doc.text);
        let kinds: Vec<BlockKind> = doc.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Lead,
                BlockKind::TaskItem(true),
                BlockKind::TaskItem(false),
                BlockKind::Footnote,
                BlockKind::Footnote
            ]
        );
        let marks: Vec<(usize, &InlineKind)> = doc.blocks[0].inline.iter().map(|s| (s.span.start, &s.kind)).collect();
        assert_eq!(marks, [(5, &InlineKind::FootnoteRef(1)), (10, &InlineKind::FootnoteRef(2))]);
        assert_eq!(doc.blocks[3].footnote, Some(2));
        assert_eq!(doc.blocks[3].span.slice(&doc.text), "Zwei.");
        assert_eq!(doc.blocks[4].footnote, Some(1));
        assert_eq!(doc.blocks[2].inline[0].kind, InlineKind::Strikethrough);
    }

    #[test]
    fn unclosed_front_matter_is_text() {
        let doc = parse("---\ntitle: x\nText ohne Ende");
        assert_eq!(doc.title, "");
        assert!(!doc.blocks.is_empty());
    }
}
