//! How each format reads a source: a table of texts in the words a reader might paste, each
//! read with LF, CRLF and CR-alone line ends, which must all give the same blocks.

use newslens::engine::{analyze, parse, BlockKind, Document, Format, Tagger};

use BlockKind::*;

struct Case {
    why: &'static str,
    format: Format,
    text: &'static str,
    title: &'static str,
    kinds: &'static [BlockKind],
}

const CASES: &[Case] = &[
    Case {
        why: "a pasted article: its first line is the headline, a short line a subheading",
        format: Format::Article,
        text: "Stadtrat streitet über neue Radwege\n\nDie Stadt will bis 2026 zwölf Kilometer Radwege bauen.\n\nKritik aus der Opposition\n\n„Das ist zu wenig“, sagte Fraktionschefin Petra Lindner.",
        title: "Stadtrat streitet über neue Radwege",
        kinds: &[Title, Lead, Heading(2), Paragraph],
    },
    Case {
        why: "a headline may ask a question",
        format: Format::Article,
        text: "Wer zahlt für die Brücke?\n\nDas Land und der Bund streiten seit Monaten.",
        title: "Wer zahlt für die Brücke?",
        kinds: &[Title, Lead],
    },
    Case {
        why: "a text that starts with a sentence has no headline",
        format: Format::Article,
        text: "„Wir bleiben hier“, sagte Ilse Brandt am Montag in Kassel.\n\nDer Verein hatte zuvor abgestimmt.",
        title: "",
        kinds: &[Lead, Paragraph],
    },
    Case {
        why: "a first line that runs on into a lower-case word is wrapped body text, not a headline",
        format: Format::Article,
        text: "Der Gemeinderat hat am Abend nach einer\nlangen Debatte beschlossen, das Freibad zu sanieren.",
        title: "",
        kinds: &[Lead],
    },
    Case {
        why: "the headline runs straight into the text",
        format: Format::Article,
        text: "Freibad wird saniert\nDer Gemeinderat hat es beschlossen.\n\nDie Arbeiten beginnen im Herbst.",
        title: "Freibad wird saniert",
        kinds: &[Title, Lead, Paragraph],
    },
    Case {
        why: "the export's header line is a headline whatever it ends with",
        format: Format::Article,
        text: "date 2024-05 Ein Satz. Stand: 02.05.2024 09:30 Uhr\n\nDer Text.",
        title: "Ein Satz.",
        kinds: &[Title, Lead],
    },
    Case {
        why: "other outlets' layouts in a pasted text: dateline, list",
        format: Format::Article,
        text: "Streik am Flughafen\n\nFrankfurt (dpa) – Am Dienstag fallen Flüge aus.\n\nBetroffen sind:\n- Inlandsflüge\n- Flüge nach Wien",
        title: "Streik am Flughafen",
        kinds: &[Title, Dateline, Lead, Paragraph, ListItem, ListItem],
    },
    Case {
        why: "lines: every line a paragraph, nothing else looked for",
        format: Format::Lines,
        text: "Kurze Zeile\n\nNoch eine Zeile ohne Punkt\nUnd ein Satz.",
        title: "",
        kinds: &[Paragraph, Paragraph, Paragraph],
    },
    Case {
        why: "Markdown keeps its own rules",
        format: Format::Markdown,
        text: "# Radwege\n\nDie Stadt baut.\n\n## Kritik\n\nZu wenig.",
        title: "Radwege",
        kinds: &[Title, Lead, Heading(2), Paragraph],
    },
];

fn kinds(doc: &Document) -> Vec<BlockKind> {
    doc.blocks.iter().map(|b| b.kind).collect()
}

fn block_texts(doc: &Document) -> Vec<String> {
    doc.blocks.iter().map(|b| b.span.slice(&doc.text).replace("\r\n", "\n")).collect()
}

#[test]
fn each_format_reads_its_cases() {
    for case in CASES {
        let doc = parse(case.text, case.format);
        assert_eq!(doc.title, case.title, "{}: {:?}", case.why, case.text);
        assert_eq!(kinds(&doc), case.kinds, "{}: {:?}", case.why, case.text);
    }
}

#[test]
fn every_line_end_reads_alike() {
    for case in CASES {
        let lf = parse(case.text, case.format);
        for ending in ["\r\n", "\r"] {
            let source = case.text.replace('\n', ending);
            let doc = parse(&source, case.format);
            let what = format!("{} with {ending:?}", case.why);
            assert_eq!(doc.title, lf.title, "{what}");
            assert_eq!(kinds(&doc), kinds(&lf), "{what}");
            assert_eq!(block_texts(&doc), block_texts(&lf), "{what}");
            // Spans index the source as given: same length, same offsets for CR alone.
            if ending == "\r" && case.format != Format::Markdown {
                assert_eq!(doc.text.len(), source.len(), "{what}");
                assert_eq!(
                    doc.blocks.iter().map(|b| b.span).collect::<Vec<_>>(),
                    lf.blocks.iter().map(|b| b.span).collect::<Vec<_>>()
                );
            }
        }
    }
}

#[test]
fn quotes_are_found_alike_with_every_line_end() {
    let tagger = Tagger::provisional();
    let text = CASES[0].text;
    let quotes = |source: &str| {
        let analysis = analyze(source, Format::Article, &tagger);
        analysis.quotes.iter().map(|q| analysis.slice(q.extent()).to_string()).collect::<Vec<_>>()
    };
    let lf = quotes(text);
    assert_eq!(lf.len(), 1, "{lf:?}");
    assert_eq!(quotes(&text.replace('\n', "\r\n")), lf);
    assert_eq!(quotes(&text.replace('\n', "\r")), lf);
}

#[test]
fn format_names_round_trip() {
    for format in [Format::Article, Format::Markdown, Format::Lines] {
        assert_eq!(Format::from_name(format.name()), Some(format));
    }
    assert_eq!(Format::from_name("text"), Some(Format::Lines), "the old name of lines");
}
