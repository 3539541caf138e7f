//! Two more shapes of an analysis for other tools: the entities in displaCy's manual format,
//! and the quotations as CSV.

use serde::Serialize;

use crate::engine::{Analysis, BlockKind, Quote, Span};

/// One entity in displaCy's manual format.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DisplacyEnt {
    /// Offsets in Unicode code points, as Python (and so displaCy) indexes strings. JavaScript
    /// users: the JSON export has UTF-16 offsets (`start_utf16`).
    pub start: usize,
    pub end: usize,
    /// `PER`, `LOC`, `ORG`, `OTH`, `DATE`, `NUM`.
    pub label: &'static str,
}

/// The document for `displacy.render(doc, style="ent", manual=True)`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Displacy<'a> {
    /// The article's readable text: the title, then each block's text, blocks separated by a
    /// blank line (`\n\n`), line ends as LF; no export header line, no Markdown markup.
    pub text: String,
    pub ents: Vec<DisplacyEnt>,
    pub title: Option<&'a str>,
}

/// The entities of an analysis in displaCy's manual format, in text order, over the article's
/// readable text (see [`Displacy::text`]).
///
/// # Examples
///
/// ```
/// use newslens::engine::{analyze, Format, Tagger, export::displacy};
/// let source = "date 2023-04 Ärger Stand: 20.04.2023 12:06 Uhr\n\nÄrger in Kiew.";
/// let analysis = analyze(source, Format::Article, &Tagger::provisional());
/// let doc = displacy(&analysis);
/// assert_eq!(doc.text, "Ärger\n\nÄrger in Kiew.");
/// assert_eq!(doc.title, Some("Ärger"));
/// let kiew = doc.ents.iter().find(|e| e.label == "LOC").unwrap();
/// let chars: Vec<char> = doc.text.chars().collect();
/// assert_eq!(chars[kiew.start..kiew.end].iter().collect::<String>(), "Kiew");
/// ```
pub fn displacy(analysis: &Analysis) -> Displacy<'_> {
    let source = analysis.text();
    let document = &analysis.document;
    let title = Some(document.title.as_str()).filter(|t| !t.is_empty());
    let mut text = String::new();
    let mut chars = 0;
    // A title given only in Markdown's front matter is not in the analysed text: it heads the
    // readable text all the same.
    if let Some(title) = title.filter(|_| !document.blocks.iter().any(|b| b.kind == BlockKind::Title)) {
        text.push_str(title);
        chars += title.chars().count();
    }
    let mut ents = Vec::with_capacity(analysis.mentions.len());
    let mut mentions = analysis.mentions.iter().peekable();
    for block in &document.blocks {
        // A caption runs on to its credit ("… in Kiew. Bild: REUTERS").
        let segment = Span::new(block.span.start, block.credit.map_or(block.span.end, |c| c.end.max(block.span.end)));
        if !text.is_empty() {
            text.push_str("\n\n");
            chars += 2;
        }
        // A mention outside every block has no place in the readable text (there is none).
        while mentions.next_if(|m| m.span.start < segment.start).is_some() {}
        let mut byte = segment.start;
        // Copies the text up to `to` (CR dropped: line ends as LF) and gives the code points so far.
        let mut advance = |to: usize, text: &mut String| {
            if let Some(part) = source.get(byte..to.clamp(byte, segment.end)) {
                for c in part.chars().filter(|&c| c != '\r') {
                    text.push(c);
                    chars += 1;
                }
                byte = to.clamp(byte, segment.end);
            }
            chars
        };
        while let Some(mention) = mentions.next_if(|m| m.span.end <= segment.end) {
            let start = advance(mention.span.start, &mut text);
            let end = advance(mention.span.end, &mut text);
            ents.push(DisplacyEnt { start, end, label: mention.kind.label() });
        }
        advance(segment.end, &mut text);
    }
    Displacy { text, ents, title }
}

/// The columns of [`quotes_csv`].
pub const QUOTE_COLUMNS: [&str; 11] = [
    "index", "type", "dataset_type", "text", "speaker", "speaker_as_written", "cue", "start_char", "end_char",
    "speaker_entity", "inside_quote",
];

/// The quotations as CSV (RFC 4180: comma-separated, CRLF line ends, fields with commas,
/// quotation marks or line breaks in double quotes, inner double quotes doubled), UTF-8 with a
/// byte order mark (so spreadsheet programs read umlauts right), with a header row of
/// [`QUOTE_COLUMNS`]. `type` is what `reader_type` calls the quote (the viewer passes the words
/// its quote list shows: "direkt", "Antwort", …); `dataset_type` is the quotation data set's
/// type ([`QuoteKind::label`](crate::engine::QuoteKind::label)); `text` joins a quote's parts
/// with " … "; `start_char`/`end_char` are code-point offsets of its whole extent; `speaker` is
/// the resolved entity's name, else the speaker as written; `speaker_entity` is the cluster
/// index, or empty; `inside_quote` is the index of the quote this one stands inside
/// ([`Analysis::enclosing_quotes`]), or empty.
///
/// # Examples
///
/// ```
/// use newslens::engine::{analyze, Format, Tagger, export::quotes_csv};
/// let csv = quotes_csv(&analysis_of("Titel\n\n„Wir bleiben, sagte er“, sagte Jens Stoltenberg."), &|q| q.kind.label().to_lowercase());
/// # fn analysis_of(t: &str) -> newslens::engine::Analysis { analyze(t, Format::Article, &Tagger::provisional()) }
/// assert!(csv.starts_with("\u{feff}index,type,dataset_type,text,"));
/// assert!(csv.contains("direct,Direct,\"„Wir bleiben, sagte er“\""));
/// ```
pub fn quotes_csv(analysis: &Analysis, reader_type: &dyn Fn(&Quote) -> String) -> String {
    let text = analysis.text();
    let mut out = String::from("\u{feff}");
    push_row(&mut out, QUOTE_COLUMNS.iter().map(|c| c.to_string()));
    let inside = analysis.enclosing_quotes();
    for (index, quote) in analysis.quotes.iter().enumerate() {
        let words: Vec<&str> = quote.spans.iter().map(|&s| analysis.slice(s).trim()).collect();
        let written = quote.speaker.map(|s| analysis.slice(s).trim().to_string()).unwrap_or_default();
        let name = quote
            .speaker_cluster
            .and_then(|c| analysis.clusters.get(c))
            .map(|c| c.name.clone())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| written.clone());
        let (start, end) = quote.extent().to_chars(text);
        push_row(
            &mut out,
            [
                index.to_string(),
                reader_type(quote),
                quote.kind.label().to_string(),
                words.join(" … "),
                name,
                written,
                quote.cue.map(|s: Span| analysis.slice(s).trim().to_string()).unwrap_or_default(),
                start.to_string(),
                end.to_string(),
                quote.speaker_cluster.map(|c| c.to_string()).unwrap_or_default(),
                inside[index].map(|i| i.to_string()).unwrap_or_default(),
            ]
            .into_iter(),
        );
    }
    out
}

fn push_row(out: &mut String, fields: impl Iterator<Item = String>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&csv_field(&field));
    }
    out.push_str("\r\n");
}

/// One CSV field, quoted when it must be.
fn csv_field(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{analyze, Format, Tagger};

    #[test]
    fn csv_fields_are_quoted_when_needed() {
        let cases = [
            ("plain", "plain"),
            ("a,b", "\"a,b\""),
            ("er sagte \"ja\"", "\"er sagte \"\"ja\"\"\""),
            ("zwei\nZeilen", "\"zwei\nZeilen\""),
            ("„deutsch“", "„deutsch“"),
            ("", ""),
        ];
        for (field, quoted) in cases {
            assert_eq!(csv_field(field), quoted, "{field:?}");
        }
    }

    /// A naive CSV reader, enough to check that every row has every column.
    fn parse_csv(csv: &str) -> Vec<Vec<String>> {
        let (mut rows, mut row, mut field, mut quoted) = (Vec::new(), Vec::new(), String::new(), false);
        let mut chars = csv.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, quoted) {
                ('"', true) if chars.peek() == Some(&'"') => {
                    field.push('"');
                    chars.next();
                }
                ('"', _) => quoted = !quoted,
                (',', false) => row.push(std::mem::take(&mut field)),
                ('\r', false) => {}
                ('\n', false) => {
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                (c, _) => field.push(c),
            }
        }
        rows
    }

    #[test]
    fn seed_quotes_as_csv() {
        let source = crate::articles::find(crate::articles::DEFAULT_SLUG).expect("the seed article is bundled");
        let analysis = analyze(source.source, source.format, &Tagger::provisional());
        let csv = quotes_csv(&analysis, &|q| q.kind.label().to_lowercase());
        let rows = parse_csv(csv.strip_prefix('\u{feff}').expect("a byte order mark"));
        assert_eq!(rows.len(), analysis.quotes.len() + 1);
        assert!(rows.iter().all(|r| r.len() == QUOTE_COLUMNS.len()), "{rows:?}");
        let chars: Vec<char> = analysis.text().chars().collect();
        for (row, quote) in rows[1..].iter().zip(&analysis.quotes) {
            let (start, end): (usize, usize) = (row[7].parse().unwrap(), row[8].parse().unwrap());
            let extent: String = chars[start..end].iter().collect();
            assert_eq!(extent, analysis.slice(quote.extent()));
            assert_eq!(
                (row[1].as_str(), row[2].as_str()),
                (quote.kind.label().to_lowercase().as_str(), quote.kind.label())
            );
        }
        // The fragments in "Man müsse den „Kreislauf …“ und dafür sorgen, „dass …“" name it.
        let outer = analysis.quotes.iter().position(|q| analysis.slice(q.extent()).starts_with("Man müsse")).unwrap();
        let inside: Vec<&str> =
            rows[1..].iter().filter(|r| r[10] == outer.to_string()).map(|r| r[3].as_str()).collect();
        assert_eq!(
            inside,
            ["\"Kreislauf der russischen Aggression durchbrechen\"", "\"dass sich die Geschichte nicht wiederholt\""]
        );
    }

    #[test]
    fn displacy_text_is_the_readable_text() {
        let source = crate::articles::find(crate::articles::DEFAULT_SLUG).expect("the seed article is bundled");
        let analysis = analyze(&source.source.replace('\n', "\r\n"), source.format, &Tagger::provisional());
        let doc = displacy(&analysis);
        let title = "NATO-Generalsekretär Stoltenberg besucht überraschend Kiew";
        assert_eq!(doc.title, Some(title));
        assert!(
            doc.text.starts_with(&format!("{title}\n\nDurch den russischen Angriffskrieg")),
            "{}",
            &doc.text[..200]
        );
        assert!(!doc.text.contains("Stand:") && !doc.text.contains('\r'));
        assert!(doc.text.contains("in Kiew, Ukraine. Bild: REUTERS\n\n"), "the caption with its credit");
        let chars: Vec<char> = doc.text.chars().collect();
        assert_eq!(doc.ents.len(), analysis.mentions.len());
        for (ent, mention) in doc.ents.iter().zip(&analysis.mentions) {
            let got: String = chars[ent.start..ent.end].iter().collect();
            assert_eq!(got, analysis.slice(mention.span));
        }
    }

    #[test]
    fn displacy_puts_a_front_matter_title_first() {
        let analysis =
            analyze("---\ntitle: Gipfel\n---\nOlaf Scholz in Paris.", Format::Markdown, &Tagger::provisional());
        let doc = displacy(&analysis);
        assert_eq!(doc.text, "Gipfel\n\nOlaf Scholz in Paris.");
        let chars: Vec<char> = doc.text.chars().collect();
        for (ent, mention) in doc.ents.iter().zip(&analysis.mentions) {
            assert_eq!(chars[ent.start..ent.end].iter().collect::<String>(), analysis.slice(mention.span));
        }
    }

    #[test]
    fn displacy_offsets_are_code_points() {
        let text = "Titel\n\n😀 Ärger in Kiew und Berlin, sagte Jens Stoltenberg am 3. Mai 2023.";
        let analysis = analyze(text, Format::Article, &Tagger::provisional());
        let doc = displacy(&analysis);
        assert_eq!(doc.ents.len(), analysis.mentions.len());
        assert!(!doc.ents.is_empty());
        let chars: Vec<char> = doc.text.chars().collect();
        for (ent, mention) in doc.ents.iter().zip(&analysis.mentions) {
            let got: String = chars[ent.start..ent.end].iter().collect();
            assert_eq!(got, analysis.slice(mention.span));
            assert_eq!(ent.label, mention.kind.label());
        }
        assert_eq!(doc.title, Some("Titel"));
    }
}
