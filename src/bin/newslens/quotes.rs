//! `newslens quotes FILE.jsonl [--model FILE]`: the quotations of each `{"id", "text"}` line as
//! `{"id", "quotes": [{"type", "quote", "speaker", "cue"}]}`, offsets in Unicode code points
//! (the input of `quote_score.py`). Each text is read as plain paragraphs, without a title line.

use std::io::{BufWriter, Write};

use newslens::engine::{analyze, Analysis, Format, Span};
use serde_json::{json, Value};

use crate::args::{Args, Spec};
use crate::error::{read_text, Error};

pub const SPEC: Spec = Spec { values: &["model"], flags: &[] };

pub fn run(args: &Args) -> Result<(), Error> {
    let path = args.positional(0).ok_or_else(|| Error::usage("quotes: give a .jsonl file"))?;
    let tagger = crate::model::load(args)?;
    let source = read_text(path)?;
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for (n, line) in source.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let bad = |why: &str| {
            Error::input(format!("{path}:{}: {why}; each line must be a JSON object with \"id\" and \"text\"", n + 1))
        };
        let value: Value = serde_json::from_str(line).map_err(|e| bad(&e.to_string()))?;
        let id = value.get("id").cloned().ok_or_else(|| bad("no \"id\""))?;
        let text = value.get("text").and_then(Value::as_str).ok_or_else(|| bad("no \"text\" string"))?;
        let analysis = analyze(text, Format::Lines, &tagger);
        let record = json!({ "id": id, "quotes": quotes_json(&analysis) });
        writeln!(out, "{record}").map_err(|e| Error::io("standard output", e))?;
    }
    out.flush().map_err(|e| Error::io("standard output", e))
}

/// Byte offsets to code points, with one pass over the text for all spans.
struct CharOffsets(Vec<usize>);

impl CharOffsets {
    fn new(text: &str) -> CharOffsets {
        CharOffsets(text.char_indices().map(|(i, _)| i).collect())
    }

    fn pair(&self, span: Span) -> [usize; 2] {
        [self.0.partition_point(|&b| b < span.start), self.0.partition_point(|&b| b < span.end)]
    }
}

fn quotes_json(analysis: &Analysis) -> Vec<Value> {
    let offsets = CharOffsets::new(analysis.text());
    analysis
        .quotes
        .iter()
        .map(|q| {
            let spans = |s: &[Span]| s.iter().map(|&s| offsets.pair(s)).collect::<Vec<_>>();
            json!({
                "type": q.kind.label(),
                "quote": spans(&q.spans),
                "speaker": spans(q.speaker.as_slice()),
                "cue": spans(q.cue.as_slice()),
            })
        })
        .collect()
}
