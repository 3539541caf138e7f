//! The analysis as others read it: a versioned, self-describing shape for JSON and JavaScript.
//!
//! Inside the engine spans are byte offsets. Here every span carries three pairs of offsets:
//! bytes (`start`, `end`), Unicode code points (`start_char`, `end_char`, as Python indexes
//! strings) and UTF-16 code units (`start_utf16`, `end_utf16`, as JavaScript does). The schema
//! is named by [`SCHEMA`]; a change that breaks readers bumps its version.

mod formats;

use serde::Serialize;

pub use formats::{displacy, quotes_csv, Displacy, DisplacyEnt, QUOTE_COLUMNS};

use super::{Analysis, BlockKind, Cell, EntityKind, InterviewTurn, QuoteKind, Span, Variant};

/// The name and version of the export format.
///
/// Version 2 added a DATE's normalised `value`, the block kinds `taskitem`, `dateline`,
/// `ticker`, `tablecell` (with `cell`) and `footnote` (with `footnote`).
pub const SCHEMA: &str = "newslens-analysis/2";

#[derive(Clone, Debug, Serialize)]
pub struct Export<'a> {
    pub schema: &'static str,
    pub title: &'a str,
    /// ISO 8601 (`2023-04-20T12:06`), when the article gives a date.
    pub date: Option<String>,
    pub source: Option<&'a str>,
    pub url: Option<&'a str>,
    pub lang: Option<&'a str>,
    /// The analysed text: every offset indexes it.
    pub text: &'a str,
    pub blocks: Vec<ExportBlock>,
    pub sentences: Vec<ExportSpan>,
    pub entities: Vec<ExportEntity>,
    pub clusters: Vec<ExportCluster<'a>>,
    pub quotes: Vec<ExportQuote>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ExportSpan {
    pub start: usize,
    pub end: usize,
    pub start_char: usize,
    pub end_char: usize,
    pub start_utf16: usize,
    pub end_utf16: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct ExportBlock {
    pub kind: BlockKind,
    pub span: ExportSpan,
    pub credit: Option<ExportSpan>,
    /// For a `tablecell`: its table (from 0), row (0 the header row), column and whether it
    /// is a header cell.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cell: Option<Cell>,
    /// For a `footnote`: its number, as its marks show it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub footnote: Option<u32>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ExportEntity {
    pub span: ExportSpan,
    #[serde(rename = "type")]
    pub kind: EntityKind,
    pub variant: Variant,
    pub cluster: usize,
    /// For DATE: the normalised ISO 8601 value ([`Analysis::date_value`]); absent otherwise
    /// and where the words name no calendar position (a weekday).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ExportCluster<'a> {
    pub name: &'a str,
    #[serde(rename = "type")]
    pub kind: EntityKind,
    pub mentions: &'a [usize],
    pub quotes: &'a [usize],
}

#[derive(Clone, Debug, Serialize)]
pub struct ExportQuote {
    #[serde(rename = "type")]
    pub kind: QuoteKind,
    pub spans: Vec<ExportSpan>,
    pub speaker: Option<ExportSpan>,
    pub speaker_cluster: Option<usize>,
    pub cue: Option<ExportSpan>,
    /// "question" or "answer" for the turns of an interview; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interview: Option<InterviewTurn>,
}

impl<'a> Export<'a> {
    pub fn new(analysis: &'a Analysis) -> Export<'a> {
        let doc = &analysis.document;
        let map = OffsetMap::new(&doc.text, analysis);
        Export {
            schema: SCHEMA,
            title: &doc.title,
            date: doc.date.map(|d| d.iso()),
            source: doc.source.as_deref(),
            url: doc.url.as_deref(),
            lang: doc.lang.as_deref(),
            text: &doc.text,
            blocks: doc
                .blocks
                .iter()
                .map(|b| ExportBlock {
                    kind: b.kind,
                    span: map.span(b.span),
                    credit: b.credit.map(|c| map.span(c)),
                    cell: b.cell,
                    footnote: b.footnote,
                })
                .collect(),
            sentences: analysis.sentences.iter().map(|s| map.span(*s)).collect(),
            entities: analysis
                .mentions
                .iter()
                .enumerate()
                .map(|(i, m)| ExportEntity {
                    span: map.span(m.span),
                    kind: m.kind,
                    variant: m.variant,
                    cluster: m.cluster,
                    value: analysis.date_value(i),
                })
                .collect(),
            clusters: analysis
                .clusters
                .iter()
                .map(|c| ExportCluster { name: &c.name, kind: c.kind, mentions: &c.mentions, quotes: &c.quotes })
                .collect(),
            quotes: analysis
                .quotes
                .iter()
                .map(|q| ExportQuote {
                    kind: q.kind,
                    spans: q.spans.iter().map(|s| map.span(*s)).collect(),
                    speaker: q.speaker.map(|s| map.span(s)),
                    speaker_cluster: q.speaker_cluster,
                    cue: q.cue.map(|s| map.span(s)),
                    interview: q.interview,
                })
                .collect(),
        }
    }
}

/// Byte offsets to code-point and UTF-16 offsets, computed in one pass over the text for all
/// the offsets an analysis uses (counting from the start for each span would be quadratic).
struct OffsetMap {
    /// Sorted byte offsets with their code-point and UTF-16 offsets.
    table: Vec<(usize, usize, usize)>,
}

impl OffsetMap {
    fn new(text: &str, analysis: &Analysis) -> OffsetMap {
        let mut wanted: Vec<usize> = Vec::new();
        let mut add = |s: Span| {
            wanted.push(s.start);
            wanted.push(s.end);
        };
        for b in &analysis.document.blocks {
            add(b.span);
            b.credit.map(&mut add);
        }
        analysis.sentences.iter().copied().for_each(&mut add);
        analysis.mentions.iter().for_each(|m| add(m.span));
        for q in &analysis.quotes {
            q.spans.iter().copied().for_each(&mut add);
            q.speaker.map(&mut add);
            q.cue.map(&mut add);
        }
        wanted.sort_unstable();
        wanted.dedup();
        let mut table = Vec::with_capacity(wanted.len());
        let (mut chars, mut units) = (0, 0);
        let mut next = wanted.iter().peekable();
        for (byte, c) in text.char_indices().chain(std::iter::once((text.len(), '\0'))) {
            while let Some(&&w) = next.peek() {
                if w > byte {
                    break;
                }
                // An offset inside a character (never produced by the engine) maps to its start.
                table.push((w, chars, units));
                next.next();
            }
            chars += 1;
            units += c.len_utf16();
        }
        OffsetMap { table }
    }

    fn convert(&self, byte: usize) -> (usize, usize) {
        match self.table.binary_search_by_key(&byte, |&(b, _, _)| b) {
            Ok(i) => (self.table[i].1, self.table[i].2),
            Err(_) => (0, 0),
        }
    }

    fn span(&self, span: Span) -> ExportSpan {
        let (start_char, start_utf16) = self.convert(span.start);
        let (end_char, end_utf16) = self.convert(span.end);
        ExportSpan { start: span.start, end: span.end, start_char, end_char, start_utf16, end_utf16 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{analyze, Format, Tagger};

    #[test]
    fn offsets_agree_with_direct_counting() {
        let text = "Titel\n\nÄrger 😀 in Kiew am 24. Februar 2022: „Wir bleiben“, sagte Jens Stoltenberg.";
        let analysis = analyze(text, Format::Article, &Tagger::provisional());
        let export = Export::new(&analysis);
        let spans: Vec<ExportSpan> = export
            .entities
            .iter()
            .map(|e| e.span)
            .chain(export.quotes.iter().flat_map(|q| q.spans.iter().copied()))
            .chain(export.sentences.iter().copied())
            .collect();
        assert!(spans.len() >= 3, "{spans:?}");
        for s in spans {
            let span = Span::new(s.start, s.end);
            assert_eq!((s.start_char, s.end_char), span.to_chars(text));
            assert_eq!((s.start_utf16, s.end_utf16), span.to_utf16(text));
        }
    }

    #[test]
    #[cfg(feature = "cli")]
    fn dates_values_and_new_blocks_in_the_json() {
        let text = "---\ndate: 2024-05-02\n---\nAm 4. Juli und am Montag.[^1]\n\n| A | B |\n|---|---|\n| x | y |\n\n[^1]: Notiz.\n";
        let analysis = analyze(text, Format::Markdown, &Tagger::provisional());
        let json = serde_json::to_value(Export::new(&analysis)).expect("serialises");
        assert_eq!(json["schema"], "newslens-analysis/2");
        let dates: Vec<&serde_json::Value> =
            json["entities"].as_array().unwrap().iter().filter(|e| e["type"] == "DATE").collect();
        assert_eq!(dates[0]["value"], "2024-07-04");
        assert!(dates[1].get("value").is_none(), "a weekday has no value");
        let blocks = json["blocks"].as_array().unwrap();
        let cell = blocks.iter().find(|b| b["kind"]["type"] == "tablecell").expect("a cell");
        assert_eq!(cell["cell"], serde_json::json!({"table": 0, "row": 0, "column": 0, "header": true}));
        let note = blocks.iter().find(|b| b["kind"]["type"] == "footnote").expect("a footnote");
        assert_eq!(note["footnote"], 1);
    }

    #[test]
    #[cfg(feature = "cli")]
    fn analysis_round_trips_through_serde() {
        // The viewer moves analyses of large texts between threads as serialised values.
        let analysis = analyze(
            include_str!("../../articles/stoltenberg-kiew-2023-04-20.txt"),
            Format::Article,
            &Tagger::provisional(),
        );
        let json = serde_json::to_string(&analysis).expect("serialises");
        let back: Analysis = serde_json::from_str(&json).expect("deserialises");
        assert_eq!(back, analysis);
    }
}
