//! Articles from any outlet, in any layout: one row per kind of fault, each with variants in
//! other words. Every row runs with the committed model (`model/ner.bin`), the tagger readers
//! get.
//!
//! A row flagged `known` is a fault not fixed yet: the test checks that it *still* fails, so a
//! fix that makes it pass must remove the flag (and a change that breaks a passing row fails).
//!
//! `cargo test --test outlet_cases -- --nocapture` prints every row's result.

use newslens::engine::export::Export;
use newslens::engine::{analyze, Analysis, Format, Tagger};
use serde_json::Value;

const MODEL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/model/ner.bin");

/// How a row's input is read.
#[derive(Clone, Copy)]
enum Input {
    /// Paragraphs, one a line (`Format::Lines`).
    Plain,
    /// A plain-text article (first line the title).
    Text,
    Markdown,
}

/// What a row expects. Texts name the first occurrence; `Name#2` the second.
enum Check {
    /// The number of sentences.
    Sentences(usize),
    /// A mention with exactly this span, type (`PER`) and variant (`name`, `deriv`, `part`).
    Entity(&'static str, &'static str, &'static str),
    /// No mention overlaps the text.
    NoEntity(&'static str),
    /// No one mention covers the whole text (a name is not swallowed by its neighbour).
    NotOneMention(&'static str),
    /// The two texts are mentions of one cluster.
    SameCluster(&'static str, &'static str),
    /// The block kinds in order, as the JSON export names them.
    Blocks(&'static [&'static str]),
    /// The title as the document gives it.
    Title(&'static str),
    /// A DATE mention with exactly this span and this normalised `value`.
    DateValue(&'static str, &'static str),
    /// No quotation of this type.
    NoQuote(&'static str),
    /// No mention of this type (`NUM`).
    NoKind(&'static str),
    /// No block's text contains this (markup that must not reach the analysed text).
    NotInText(&'static str),
}

struct Row {
    name: &'static str,
    /// A known failure: checked to still fail.
    known: bool,
    input: Input,
    text: &'static str,
    checks: &'static [Check],
}

use Check::*;
use Input::*;

const ROWS: &[Row] = &[
    // Sentence boundaries.
    Row {
        name: "emoji after a full stop",
        known: false,
        input: Plain,
        text: "Er reiste nach Paris. 😀 Danach flog er nach Rom.",
        checks: &[Sentences(2), Entity("Paris", "LOC", "name"), Entity("Rom", "LOC", "name")],
    },
    Row {
        name: "symbol after a full stop, then a quotation",
        known: false,
        input: Plain,
        text: "Die Mannschaft gewann knapp. ⚽ „Wir haben es verdient“, sagte der Trainer.",
        checks: &[Sentences(2), NoQuote("Indirect")],
    },
    Row {
        name: "arrow after an exclamation mark",
        known: false,
        input: Plain,
        text: "Jetzt anmelden! ➡️ Die Plätze sind begrenzt.",
        checks: &[Sentences(2)],
    },
    Row {
        name: "ordinal glued to the month",
        known: false,
        input: Plain,
        text: "Lena kam am 3.Mai zur Welt und Timo am 5.Juni.",
        checks: &[Sentences(1), Entity("3.Mai", "DATE", "name"), Entity("5.Juni", "DATE", "name")],
    },
    Row {
        name: "ordinal glued to the month, with a year",
        known: false,
        input: Plain,
        text: "Der Vertrag gilt ab dem 1.Oktober 2025 für alle Beschäftigten.",
        checks: &[Sentences(1), DateValue("1.Oktober 2025", "2025-10-01")],
    },
    // Dates.
    Row {
        name: "spelled-out ordinal days",
        known: false,
        input: Plain,
        text: "Am vierten Juli beginnt das Fest; zum ersten Mai kommen Gäste, und bis zum dritten Oktober bleibt es offen.",
        checks: &[
            Entity("vierten Juli", "DATE", "name"),
            Entity("ersten Mai", "DATE", "name"),
            Entity("dritten Oktober", "DATE", "name"),
            DateValue("vierten Juli", "--07-04"),
        ],
    },
    Row {
        name: "spelled-out ordinal with a year",
        known: false,
        input: Plain,
        text: "Die Messe endet am zwanzigsten März 2026 in Leipzig.",
        checks: &[DateValue("zwanzigsten März 2026", "2026-03-20"), Entity("Leipzig", "LOC", "name")],
    },
    Row {
        name: "elliptical date list",
        known: false,
        input: Plain,
        text: "Geschlossen ist zwischen dem 24. und dem 31. Dezember.",
        checks: &[DateValue("24.", "--12-24"), DateValue("31. Dezember", "--12-31")],
    },
    Row {
        name: "elliptical date range",
        known: false,
        input: Plain,
        text: "Der Kongress tagt vom 3. bis 5. März in Wien.",
        checks: &[DateValue("3.", "--03-03"), DateValue("5. März", "--03-05"), Entity("Wien", "LOC", "name")],
    },
    Row {
        name: "numeric date value",
        known: false,
        input: Plain,
        text: "Am 20.04.2023 reiste er ab.",
        checks: &[DateValue("20.04.2023", "2023-04-20")],
    },
    Row {
        name: "date value takes the article's year",
        known: false,
        input: Text,
        text: "date 2024-06 Sommerfest Stand: 12.06.2024 10:00 Uhr\n\nDas Fest beginnt am 4. Juli auf dem Marktplatz.",
        checks: &[DateValue("4. Juli", "2024-07-04")],
    },
    Row {
        name: "date value from Markdown front matter",
        known: false,
        input: Markdown,
        text: "---\ntitle: Termine\ndate: 2025-01-10\n---\nDie Frist endet am 31. Januar.",
        checks: &[DateValue("31. Januar", "2025-01-31")],
    },
    // Numbers do not swallow names.
    Row {
        name: "a count before a name",
        known: false,
        input: Plain,
        text: "Die Polizei nahm zwei Syrer und vier IS-Anhänger fest.",
        checks: &[
            Entity("zwei", "NUM", "name"),
            Entity("Syrer", "LOC", "deriv"),
            Entity("vier", "NUM", "name"),
            Entity("IS", "ORG", "part"),
        ],
    },
    Row {
        name: "inhabitants of a country, inflected",
        known: false,
        input: Plain,
        text: "Drei Afghanen und eine Ukrainerin wurden verletzt.",
        checks: &[Entity("Afghanen", "LOC", "deriv"), Entity("Ukrainerin", "LOC", "deriv")],
    },
    Row {
        name: "inhabitants of a country, feminine plural and singular",
        known: false,
        input: Plain,
        text: "Unter den Opfern sind zwei Irakerinnen, ein Eritreer und fünf Syrerinnen.",
        checks: &[
            Entity("Irakerinnen", "LOC", "deriv"),
            Entity("Eritreer", "LOC", "deriv"),
            Entity("Syrerinnen", "LOC", "deriv"),
        ],
    },
    Row {
        name: "an acronym before a member noun",
        known: false,
        input: Plain,
        text: "Zwei IS-Kämpfer wurden gefasst, ein IS-Anhänger zog einen LKW-Anhänger.",
        checks: &[Entity("IS", "ORG", "part"), Entity("IS#2", "ORG", "part"), NoEntity("LKW-Anhänger")],
    },
    Row {
        name: "digits before a derived name",
        known: false,
        input: Plain,
        text: "In dem Bus saßen 12 Franzosen und drei Italiener.",
        checks: &[Entity("12", "NUM", "name"), Entity("Franzosen", "LOC", "deriv"), NotOneMention("drei Italiener")],
    },
    Row {
        name: "an amount keeps its scale and currency",
        known: false,
        input: Plain,
        text: "Das Land zahlt 1,5 Millionen Euro für die Brücke.",
        checks: &[Entity("1,5 Millionen Euro", "NUM", "name")],
    },
    Row {
        name: "an amount keeps its unit",
        known: false,
        input: Plain,
        text: "Im Hafen lagerten 3.000 Tonnen Getreide.",
        checks: &[Entity("3.000 Tonnen", "NUM", "name")],
    },
    Row {
        name: "a count is the number, not the counted noun",
        known: false,
        input: Plain,
        text: "Der Verein hat 31 Mitglieder und vier Trainer.",
        checks: &[Entity("31", "NUM", "name"), Entity("vier", "NUM", "name")],
    },
    // One kind per entity, by evidence.
    Row {
        name: "a compound does not outvote the plain name",
        known: false,
        input: Plain,
        text: "Ein Ukraine-Experte sprach in Berlin. Die Ukraine braucht Hilfe.",
        checks: &[Entity("Ukraine", "LOC", "part"), Entity("Ukraine#2", "LOC", "name")],
    },
    Row {
        name: "the same, sentences swapped",
        known: false,
        input: Plain,
        text: "Die Ukraine braucht Hilfe. Ein Ukraine-Experte sprach in Berlin.",
        checks: &[Entity("Ukraine", "LOC", "name"), Entity("Ukraine#2", "LOC", "part")],
    },
    // Capitalised adjectives at a sentence start.
    Row {
        name: "a capitalised adjective is no name",
        known: false,
        input: Plain,
        text: "Linke Hände schreiben oft anders.",
        checks: &[NoEntity("Linke")],
    },
    Row {
        name: "the adjective does not join the party",
        known: false,
        input: Plain,
        text: "Die Linke verlor die Wahl. Linke Hände schreiben oft anders.",
        checks: &[Entity("Linke", "ORG", "name"), NoEntity("Linke#2")],
    },
    Row {
        name: "another capitalised adjective",
        known: false,
        input: Plain,
        text: "Grüne Wiesen prägen das Tal.",
        checks: &[NoEntity("Grüne")],
    },
    // Names the article already knows.
    Row {
        name: "a genitive at the sentence start",
        known: false,
        input: Plain,
        text: "Annalena Baerbock reiste nach Kiew. Baerbocks Besuch war kurz.",
        checks: &[Entity("Baerbocks", "PER", "name"), SameCluster("Annalena Baerbock", "Baerbocks")],
    },
    Row {
        name: "a surname alone at the sentence start",
        known: false,
        input: Plain,
        text: "Gestern sprach Jana Lindqvist im Landtag. Lindqvist forderte mehr Geld.",
        checks: &[Entity("Lindqvist#2", "PER", "name"), SameCluster("Jana Lindqvist", "Lindqvist#2")],
    },
    Row {
        name: "interview labels in capitals",
        known: false,
        input: Text,
        text: "Interview mit einer Forscherin\n\nIm Gespräch mit dem Standard erklärt die Klimaforscherin Ulrike Ehrenberg, warum Wien heißer wird.\n\nSTANDARD: Frau Ehrenberg, wie heiß wird der Sommer?\n\nEHRENBERG: Heißer als der letzte, fürchte ich.",
        checks: &[Entity("STANDARD", "ORG", "name"), Entity("EHRENBERG", "PER", "name"), SameCluster("Ulrike Ehrenberg", "EHRENBERG")],
    },
    Row {
        name: "interview labels in capitals: the outlet written in capitals in the lead too",
        known: false,
        input: Text,
        text: "Ein Gespräch über Züge\n\nDer Bahnexperte Jonas Brückner sprach mit der ZEIT über Verspätungen.\n\nZEIT: Herr Brückner, warum kommen die Züge zu spät?\n\nBRÜCKNER: Weil das Netz zu alt ist.\n\nZEIT: Und was hilft?\n\nBRÜCKNER: Geld, sehr viel Geld.",
        checks: &[
            Entity("ZEIT", "ORG", "name"),
            Entity("ZEIT#2", "ORG", "name"),
            Entity("BRÜCKNER", "PER", "name"),
            SameCluster("ZEIT", "ZEIT#3"),
        ],
    },
    Row {
        name: "topic labels in capitals that ask nothing are no outlet",
        known: false,
        input: Text,
        text: "Das Programm\n\nDie Partei Anna Lorenz' stellte am Montag ihr Programm vor.\n\nSTEUERN: Kleine Einkommen zahlen weniger.\n\nLORENZ: Das ist gerecht.\n\nRENTE: Das Rentenalter bleibt bei 67 Jahren.",
        checks: &[NoEntity("STEUERN"), NoEntity("RENTE")],
    },
    Row {
        name: "a known name in capitals and in a compound",
        known: false,
        input: Plain,
        text: "Die Ministerin Karin Oswald sprach lange.\nOSWALD: Wir prüfen das.\nDer Oswald-Plan liegt vor.",
        checks: &[
            Entity("OSWALD", "PER", "name"),
            SameCluster("Karin Oswald", "OSWALD"),
            Entity("Oswald#2", "PER", "part"),
        ],
    },
    Row {
        name: "an institution named by its seat",
        known: false,
        input: Plain,
        text: "Das Landgericht Köln wies die Klage ab.",
        checks: &[Entity("Landgericht Köln", "ORG", "name")],
    },
    Row {
        name: "a club's number is part of its name",
        known: false,
        input: Plain,
        text: "Am Samstag verlor Hannover 96 gegen Mainz 05 mit 0:2.",
        checks: &[Entity("Hannover 96", "ORG", "name"), Entity("Mainz 05", "ORG", "name"), NoKind("NUM")],
    },
    // Compounds and place names.
    Row {
        name: "a place with its river after a slash",
        known: false,
        input: Plain,
        text: "Die Brücke in Frankfurt/Oder ist gesperrt.",
        checks: &[Entity("Frankfurt/Oder", "LOC", "name")],
    },
    Row {
        name: "a place with its river in brackets",
        known: false,
        input: Plain,
        text: "Die Brücke in Frankfurt (Oder) ist gesperrt.",
        checks: &[Entity("Frankfurt (Oder)", "LOC", "name")],
    },
    Row {
        name: "a person inside a compound",
        known: false,
        input: Plain,
        text: "Der Selenskyj-Besuch in Berlin dauerte zwei Tage.",
        checks: &[Entity("Selenskyj", "PER", "part"), Entity("Berlin", "LOC", "name")],
    },
    Row {
        name: "a person inside a compound, named in full before",
        known: false,
        input: Plain,
        text: "Wolodymyr Selenskyj reiste ab. Der Selenskyj-Besuch in Berlin dauerte zwei Tage.",
        checks: &[
            Entity("Wolodymyr Selenskyj", "PER", "name"),
            Entity("Selenskyj#2", "PER", "part"),
            SameCluster("Wolodymyr Selenskyj", "Selenskyj#2"),
        ],
    },
    Row {
        name: "other surnames inside compounds",
        known: false,
        input: Plain,
        text: "Das Selenskyj-Interview lief gestern, der Poroschenko-Besuch in Wien endete.",
        checks: &[
            Entity("Selenskyj", "PER", "part"),
            Entity("Poroschenko", "PER", "part"),
            Entity("Wien", "LOC", "name"),
        ],
    },
    Row {
        name: "a surname in -ić inside a compound",
        known: false,
        input: Plain,
        text: "Die Vučić-Partei gewann die Wahl.",
        checks: &[Entity("Vučić", "PER", "part")],
    },
    Row {
        name: "a country inside a compound",
        known: false,
        input: Plain,
        text: "Ein Ukraine-Experte warnte vor zu viel Hoffnung.",
        checks: &[Entity("Ukraine", "LOC", "part")],
    },
    // Markdown from a CMS.
    Row {
        name: "a table's cells are blocks of their own",
        known: false,
        input: Markdown,
        text: "# Ergebnisse\n\n| Stadt | Sieger |\n|---|---|\n| Leipzig | Anna Schulz |\n| Halle | Tom Berg |\n",
        checks: &[
            Blocks(&["title", "tablecell", "tablecell", "tablecell", "tablecell", "tablecell", "tablecell"]),
            Entity("Leipzig", "LOC", "name"),
            Entity("Anna Schulz", "PER", "name"),
            Entity("Halle", "LOC", "name"),
            Entity("Tom Berg", "PER", "name"),
        ],
    },
    Row {
        name: "no entity across a cell border",
        known: false,
        input: Markdown,
        text: "| Land | Hauptstadt |\n|---|---|\n| Polen | Warschau |\n",
        checks: &[NotOneMention("PolenWarschau"), NotOneMention("Polen Warschau"), Entity("Warschau", "LOC", "name")],
    },
    Row {
        name: "footnote markers are not numbers",
        known: false,
        input: Markdown,
        text: "# Bericht\n\nDie Zahl der Gäste stieg deutlich.[^1]\n\n[^1]: Angaben des Statistischen Landesamts.\n",
        checks: &[Blocks(&["title", "lead", "footnote"]), NotInText("[^1]"), NoKind("NUM")],
    },
    Row {
        name: "strikethrough and task lists",
        known: false,
        input: Markdown,
        text: "# Aufgaben\n\nDer Termin ist ~~Montag~~ Dienstag.\n\n- [x] Halle buchen\n- [ ] Gäste einladen\n",
        checks: &[Blocks(&["title", "lead", "taskitem", "taskitem"]), NotInText("[x]"), NotInText("~~")],
    },
    // Plain-text layouts.
    Row {
        name: "bullet lines are list items",
        known: false,
        input: Text,
        text: "Das Wichtigste in Kürze\n\n• Der Streik endet am Freitag\n• Die Bahn fährt wieder nach Plan\n\nMehr dazu später.",
        checks: &[Blocks(&["title", "listitem", "listitem", "paragraph"])],
    },
    Row {
        name: "dash and guillemet lines are list items",
        known: false,
        input: Text,
        text: "Kurz gemeldet\n\n- Die Schule öffnet wieder\n» Der Bürgermeister lädt ein\n* Das Freibad bleibt zu",
        checks: &[Blocks(&["title", "listitem", "listitem", "listitem"])],
    },
    Row {
        name: "a quotation with its dash attribution is a paragraph",
        known: false,
        input: Text,
        text: "Werk bleibt\n\nDer Konzern hat entschieden.\n\n„Wir bleiben hier.“ – Konzernchef Oliver Krämer",
        checks: &[Blocks(&["title", "lead", "paragraph"]), Entity("Oliver Krämer", "PER", "name")],
    },
    Row {
        name: "an agency dateline",
        known: false,
        input: Text,
        text: "Regierung plant Reform\n\nBerlin (dpa) – Die Bundesregierung will das Wahlrecht ändern.",
        checks: &[Blocks(&["title", "dateline", "lead"]), Entity("Berlin", "LOC", "name"), Entity("dpa", "ORG", "name")],
    },
    Row {
        name: "a press-release dateline with two places",
        known: false,
        input: Text,
        text: "Neue Zahlen zum Tourismus\n\nWIESBADEN/BERLIN (ots) – Im Sommer kamen mehr Gäste als im Vorjahr.",
        checks: &[Blocks(&["title", "dateline", "lead"])],
    },
    Row {
        name: "live-ticker markers",
        known: false,
        input: Text,
        text: "Der Abend im Liveticker\n\n+++ 22:13 +++\nDie Polizei meldet einen Unfall in Köln.\n\n+++ 21:50 +++ Der Regen lässt nach.",
        checks: &[
            Blocks(&["title", "ticker", "lead", "ticker", "paragraph"]),
            Entity("Köln", "LOC", "name"),
            DateValue("22:13", "T22:13"),
        ],
    },
    Row {
        name: "a picture credit is not the title",
        known: false,
        input: Text,
        text: "Foto: APA/HELMUT FOHRINGER\nHochwasser in der Wachau\n\nDie Donau trat über die Ufer.",
        checks: &[Title("Hochwasser in der Wachau")],
    },
    Row {
        name: "a credit in capitals is not the title",
        known: false,
        input: Text,
        text: "REUTERS/ANNA MEIER\nStreik in den Häfen\n\nIn Hamburg ruht die Arbeit.",
        checks: &[Title("Streik in den Häfen")],
    },
];

fn tagger() -> Tagger {
    let bytes = std::fs::read(MODEL).expect("model/ner.bin is committed with the source");
    Tagger::from_bytes(&bytes).expect("model/ner.bin loads")
}

fn analyse(row: &Row, tagger: &Tagger) -> Analysis {
    match row.input {
        Plain => analyze(row.text, Format::Lines, tagger),
        Text => analyze(row.text, Format::Article, tagger),
        Markdown => analyze(row.text, Format::Markdown, tagger),
    }
}

/// The byte span of `needle` (`Name#2`: its second occurrence) in the analysed text.
fn locate(text: &str, needle: &str) -> Option<(usize, usize)> {
    let (word, nth) = match needle.rsplit_once('#') {
        Some((w, n)) if n.parse::<usize>().is_ok() => (w, n.parse::<usize>().unwrap_or(1)),
        _ => (needle, 1),
    };
    let start = text.match_indices(word).nth(nth.checked_sub(1)?)?.0;
    Some((start, start + word.len()))
}

/// Why a check fails, or `None` when it holds.
fn failure(check: &Check, analysis: &Analysis, export: &Value) -> Option<String> {
    let text = analysis.text();
    let entities = export["entities"].as_array().cloned().unwrap_or_default();
    let span_of = |e: &Value| {
        (e["span"]["start"].as_u64().unwrap_or(0) as usize, e["span"]["end"].as_u64().unwrap_or(0) as usize)
    };
    let listing = || -> String {
        entities
            .iter()
            .map(|e| {
                let (s, t) = span_of(e);
                format!("{}:{}/{}", &text[s..t], e["type"].as_str().unwrap_or(""), e["variant"].as_str().unwrap_or(""))
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    match check {
        Sentences(n) => (analysis.sentences.len() != *n).then(|| {
            let got: Vec<&str> = analysis.sentences.iter().map(|s| analysis.slice(*s)).collect();
            format!("{n} sentences expected, got {got:?}")
        }),
        Entity(needle, kind, variant) => {
            let Some(span) = locate(text, needle) else { return Some(format!("{needle:?} not in the text")) };
            let hit = entities.iter().any(|e| {
                span_of(e) == span && e["type"].as_str() == Some(kind) && e["variant"].as_str() == Some(variant)
            });
            (!hit).then(|| format!("{needle} {kind} {variant} expected; found {}", listing()))
        }
        NoEntity(needle) => {
            let Some((a, b)) = locate(text, needle) else { return Some(format!("{needle:?} not in the text")) };
            let hit = entities.iter().any(|e| {
                let (s, t) = span_of(e);
                s < b && a < t
            });
            hit.then(|| format!("no entity at {needle} expected; found {}", listing()))
        }
        NotOneMention(needle) => {
            let (a, b) = locate(text, needle)?;
            let hit = entities.iter().any(|e| {
                let (s, t) = span_of(e);
                s <= a && b <= t
            });
            hit.then(|| format!("{needle} is one mention: {}", listing()))
        }
        SameCluster(x, y) => {
            let cluster_at = |needle: &str| {
                let span = locate(text, needle)?;
                entities.iter().find(|e| span_of(e) == span).and_then(|e| e["cluster"].as_u64())
            };
            let (cx, cy) = (cluster_at(x), cluster_at(y));
            (cx.is_none() || cx != cy).then(|| format!("{x} and {y} in one cluster expected: {cx:?} {cy:?}"))
        }
        Blocks(kinds) => {
            let got: Vec<String> = export["blocks"]
                .as_array()
                .map(|b| b.iter().map(|b| b["kind"]["type"].as_str().unwrap_or("?").to_string()).collect())
                .unwrap_or_default();
            (got != *kinds).then(|| format!("blocks {kinds:?} expected, got {got:?}"))
        }
        Title(title) => (analysis.document.title != *title)
            .then(|| format!("title {title:?} expected, got {:?}", analysis.document.title)),
        DateValue(needle, value) => {
            let Some(span) = locate(text, needle) else { return Some(format!("{needle:?} not in the text")) };
            let hit = entities.iter().any(|e| {
                span_of(e) == span && e["type"].as_str() == Some("DATE") && e["value"].as_str() == Some(value)
            });
            (!hit).then(|| format!("DATE {needle} = {value} expected; found {}", listing()))
        }
        NoQuote(kind) => {
            let hit = analysis.quotes.iter().find(|q| q.kind.label() == *kind);
            hit.map(|q| format!("no {kind} quote expected, found {:?}", analysis.slice(q.extent())))
        }
        NoKind(kind) => {
            let hit = entities.iter().any(|e| e["type"].as_str() == Some(kind));
            hit.then(|| format!("no {kind} expected; found {}", listing()))
        }
        NotInText(markup) => text.contains(markup).then(|| format!("{markup:?} is in the analysed text")),
    }
}

#[test]
fn outlet_cases() {
    let tagger = tagger();
    let mut wrong = Vec::new();
    for row in ROWS {
        let analysis = analyse(row, &tagger);
        let export = serde_json::to_value(Export::new(&analysis)).expect("the export serialises");
        let failures: Vec<String> = row.checks.iter().filter_map(|c| failure(c, &analysis, &export)).collect();
        let passes = failures.is_empty();
        let mark = match (row.known, passes) {
            (false, true) => "ok",
            (true, false) => "known failure",
            (false, false) => "FAILS",
            (true, true) => "PASSES (remove its known flag)",
        };
        println!("{mark:>14}: {}", row.name);
        for f in &failures {
            println!("                {f}");
        }
        if row.known == passes {
            wrong.push(row.name);
        }
    }
    assert!(wrong.is_empty(), "rows whose result changed: {wrong:?}");
}
