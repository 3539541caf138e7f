//! Two more shapes of an analysis for other tools: the entities in displaCy's manual format,
//! and the quotations as CSV.

use serde::Serialize;

use crate::engine::{Analysis, Span};

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
    pub text: &'a str,
    pub ents: Vec<DisplacyEnt>,
    pub title: Option<&'a str>,
}

/// The entities of an analysis in displaCy's manual format, in text order.
///
/// # Examples
///
/// ```
/// use newslens::engine::{analyze, Format, Tagger, export::displacy};
/// let analysis = analyze("Titel\n\nÄrger in Kiew.", Format::Article, &Tagger::provisional());
/// let doc = displacy(&analysis);
/// let kiew = doc.ents.iter().find(|e| e.label == "LOC").unwrap();
/// let chars: Vec<char> = doc.text.chars().collect();
/// assert_eq!(chars[kiew.start..kiew.end].iter().collect::<String>(), "Kiew");
/// ```
pub fn displacy(analysis: &Analysis) -> Displacy<'_> {
    let text = analysis.text();
    // One pass over the text for all offsets; mentions are in text order.
    let mut ents = Vec::with_capacity(analysis.mentions.len());
    let mut chars = 0;
    let mut byte = 0;
    let mut advance = |to: usize| {
        if let Some(part) = text.get(byte..to.max(byte)) {
            chars += part.chars().count();
            byte = to.max(byte);
        }
        chars
    };
    for mention in &analysis.mentions {
        let start = advance(mention.span.start);
        let end = advance(mention.span.end);
        ents.push(DisplacyEnt { start, end, label: mention.kind.label() });
    }
    let title = Some(analysis.document.title.as_str()).filter(|t| !t.is_empty());
    Displacy { text, ents, title }
}

/// The columns of [`quotes_csv`].
pub const QUOTE_COLUMNS: [&str; 9] =
    ["index", "type", "text", "speaker", "speaker_as_written", "cue", "start_char", "end_char", "speaker_entity"];

/// The quotations as CSV (RFC 4180: comma-separated, CRLF line ends, fields with commas,
/// quotation marks or line breaks in double quotes, inner double quotes doubled), with a header
/// row of [`QUOTE_COLUMNS`]. `text` joins a quote's parts with " … "; `start_char`/`end_char`
/// are code-point offsets of its whole extent; `speaker` is the resolved entity's name, else
/// the speaker as written; `speaker_entity` is the cluster index, or empty.
///
/// # Examples
///
/// ```
/// use newslens::engine::{analyze, Format, Tagger, export::quotes_csv};
/// let csv = quotes_csv(&analysis_of("Titel\n\n„Wir bleiben, sagte er“, sagte Jens Stoltenberg."));
/// # fn analysis_of(t: &str) -> newslens::engine::Analysis { analyze(t, Format::Article, &Tagger::provisional()) }
/// assert!(csv.starts_with("index,type,text,"));
/// assert!(csv.contains("\"„Wir bleiben, sagte er“\""));
/// ```
pub fn quotes_csv(analysis: &Analysis) -> String {
    let text = analysis.text();
    let mut out = String::new();
    push_row(&mut out, QUOTE_COLUMNS.iter().map(|c| c.to_string()));
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
                quote.kind.label().to_string(),
                words.join(" … "),
                name,
                written,
                quote.cue.map(|s: Span| analysis.slice(s).trim().to_string()).unwrap_or_default(),
                start.to_string(),
                end.to_string(),
                quote.speaker_cluster.map(|c| c.to_string()).unwrap_or_default(),
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
        let csv = quotes_csv(&analysis);
        let rows = parse_csv(&csv);
        assert_eq!(rows.len(), analysis.quotes.len() + 1);
        assert!(rows.iter().all(|r| r.len() == QUOTE_COLUMNS.len()), "{rows:?}");
        let chars: Vec<char> = analysis.text().chars().collect();
        for (row, quote) in rows[1..].iter().zip(&analysis.quotes) {
            let (start, end): (usize, usize) = (row[6].parse().unwrap(), row[7].parse().unwrap());
            let extent: String = chars[start..end].iter().collect();
            assert_eq!(extent, analysis.slice(quote.extent()));
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
