//! The engine: an article's text in, its [`Analysis`] out.
//!
//! Stages, each a plain function over borrowed text:
//!
//! 1. [`article`] / [`markdown`]: the source becomes a [`Document`]: metadata, the text that is
//!    analysed, and its blocks (lead, headings, captions, paragraphs).
//! 2. `token`: [`sentences`] and [`tokens`].
//! 3. [`rules`] (dates, times, numbers) and [`ner`] (people, places, organisations, other names)
//!    give entity [`Mention`]s.
//! 4. `known` finds the names the article already knows in their other forms (genitive,
//!    capitals, sentence starts); `entities` merges mentions of one entity into [`Cluster`]s.
//! 5. `quotes` finds quotations and who said them.
//!
//! Every span is a half-open byte range into [`Document::text`], on `char` boundaries.
//! Analysis never fails and never panics: odd text is still text.
//!
//! # Examples
//!
//! ```
//! use newslens::engine::{analyze, Format, EntityKind, Tagger};
//!
//! let analysis = analyze("Ein Titel\n\nAm 24. Februar 2022 sagte er: „Wir bleiben.“", Format::Article, &Tagger::provisional());
//! assert_eq!(analysis.quotes.len(), 1);
//! assert!(analysis.mentions.iter().any(|m| m.kind == EntityKind::Date));
//! ```

mod article;
mod entities;
pub mod export;
mod known;
mod markdown;
pub mod ner;
mod quotes;
mod rules;
mod span;
mod token;
mod words;

use serde::{Deserialize, Serialize};

pub use article::{Block, BlockKind, Cell, DateTime, Document, InlineKind, InlineStyle};
pub use ner::Tagger;
pub use span::Span;
pub use token::{sentences, tokens};

/// How a source is written: what [`parse`] looks for in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Format {
    /// A plain-text article: the tagesschau export (a first line
    /// `date YYYY-MM <title> Stand: DD.MM.YYYY HH:MM Uhr`), or any outlet's plain text, whose
    /// first line is the title when it reads as one. Paragraphs are separated by blank lines;
    /// subheadings, captions, list items, datelines and ticker stamps are recognised.
    /// The bundled `.txt` articles and the reader's pasted text.
    #[serde(alias = "Text")]
    Article,
    /// Markdown with an optional `---` front matter (title, date, source, url, lang).
    Markdown,
    /// Nothing but paragraphs, one a line: no title, header, captions or subheadings. For data
    /// sets whose texts are bare paragraphs (the `quotes` command's input).
    Lines,
}

impl Format {
    /// The format a file name's extension says: `.md` / `.markdown` is Markdown, all else an
    /// article.
    pub fn from_file_name(name: &str) -> Format {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".md") || lower.ends_with(".markdown") {
            Format::Markdown
        } else {
            Format::Article
        }
    }

    /// The format's name as the command line and the JavaScript API spell it: `article`,
    /// `markdown`, `lines`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Article => "article",
            Format::Markdown => "markdown",
            Format::Lines => "lines",
        }
    }

    /// Reads a name [`Format::name`] writes, in any case. `text`, the name plain paragraphs
    /// had before the formats were named for what they are, still means [`Format::Lines`].
    ///
    /// # Examples
    ///
    /// ```
    /// use newslens::engine::Format;
    /// assert_eq!(Format::from_name("Article"), Some(Format::Article));
    /// assert_eq!(Format::from_name("text"), Some(Format::Lines));
    /// assert_eq!(Format::from_name("pdf"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Format> {
        match name.to_ascii_lowercase().as_str() {
            "article" => Some(Format::Article),
            "markdown" => Some(Format::Markdown),
            "lines" | "text" => Some(Format::Lines),
            _ => None,
        }
    }
}

/// The kinds of entity the viewer shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityKind {
    /// People.
    Per,
    /// Places.
    Loc,
    /// Organisations.
    Org,
    /// Other names: events, works, products, …
    Oth,
    /// Dates and times of day.
    Date,
    /// Amounts and counts.
    Num,
}

impl EntityKind {
    pub const ALL: [EntityKind; 6] =
        [EntityKind::Per, EntityKind::Loc, EntityKind::Org, EntityKind::Oth, EntityKind::Date, EntityKind::Num];

    /// The short label: `PER`, `LOC`, `ORG`, `OTH`, `DATE`, `NUM`.
    pub fn label(self) -> &'static str {
        match self {
            EntityKind::Per => "PER",
            EntityKind::Loc => "LOC",
            EntityKind::Org => "ORG",
            EntityKind::Oth => "OTH",
            EntityKind::Date => "DATE",
            EntityKind::Num => "NUM",
        }
    }

    /// The name tags use (`per`, `loc`, …), e.g. for CSS classes.
    pub fn slug(self) -> &'static str {
        match self {
            EntityKind::Per => "per",
            EntityKind::Loc => "loc",
            EntityKind::Org => "org",
            EntityKind::Oth => "oth",
            EntityKind::Date => "date",
            EntityKind::Num => "num",
        }
    }

    /// Parses a label as [`EntityKind::label`] or [`EntityKind::slug`] writes it.
    pub fn from_label(label: &str) -> Option<EntityKind> {
        EntityKind::ALL.into_iter().find(|k| k.label().eq_ignore_ascii_case(label))
    }
}

/// How a mention names its entity (GermEval 2014's variants).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Variant {
    /// The name itself: "Stoltenberg", "Kiew".
    Name,
    /// A word derived from the name: "ukrainischen".
    Deriv,
    /// The name inside a longer word: "NATO-Gipfel".
    Part,
}

/// One mention of an entity in the text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub span: Span,
    pub kind: EntityKind,
    pub variant: Variant,
    /// Index into [`Analysis::clusters`].
    pub cluster: usize,
}

/// All mentions of one entity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cluster {
    /// The fullest name the text gives, e.g. "Jens Stoltenberg".
    pub name: String,
    pub kind: EntityKind,
    /// Indices into [`Analysis::mentions`], in text order.
    pub mentions: Vec<usize>,
    /// Indices into [`Analysis::quotes`] whose speaker is this entity.
    pub quotes: Vec<usize>,
    /// For a cluster made only of a place's derived words ("Syrer", "europäische"; the article
    /// does not name the place itself) whose place the table of peoples knows: that place
    /// ("Syrien", "Europa"), which the names index lists it under. `None` for any other.
    /// Always written, even when `None`: the worker sends [`Annotations`] in a format whose
    /// fields are known by position (postcard).
    pub place: Option<String>,
}

/// The kinds of quotation, named as in the German news quotation data set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum QuoteKind {
    /// Verbatim, in quotation marks.
    Direct,
    /// Reported with a frame: "sagte er, die Mitgliedstaaten seien sich einig".
    Indirect,
    /// Konjunktiv I continuing a reported statement without a frame.
    IndirectFreeIndirect,
    /// Free indirect speech.
    FreeIndirect,
    /// A summary of what was said: "Die Firma forderte …".
    Reported,
}

impl QuoteKind {
    /// The type's name in the quotation data set's terms, as exports write it: "Direct",
    /// "Indirect", "IndirectFreeIndirect", "FreeIndirect", "Reported".
    pub fn label(self) -> &'static str {
        match self {
            QuoteKind::Direct => "Direct",
            QuoteKind::Indirect => "Indirect",
            QuoteKind::IndirectFreeIndirect => "IndirectFreeIndirect",
            QuoteKind::FreeIndirect => "FreeIndirect",
            QuoteKind::Reported => "Reported",
        }
    }

    /// Whether the words are the speaker's own (in quotation marks).
    pub fn is_direct(self) -> bool {
        self == QuoteKind::Direct
    }
}

/// One quotation and, where found, who said it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub kind: QuoteKind,
    /// The quoted words; for direct quotes including the quotation marks. Usually one span; a
    /// quote interrupted by its frame ("„…“, sagte er, „…“") has several.
    pub spans: Vec<Span>,
    /// The speaker as written ("der Norweger", "Sie").
    pub speaker: Option<Span>,
    /// The entity the speaker is resolved to, an index into [`Analysis::clusters`].
    pub speaker_cluster: Option<usize>,
    /// The speech verb or phrase ("sagte", "laut").
    pub cue: Option<Span>,
    /// For an interview in question-and-answer form, which turn this is.
    pub interview: Option<InterviewTurn>,
}

/// A turn of an interview in question-and-answer form ("Frage: …" / "Roth: …"); its words
/// are a [`QuoteKind::Direct`] quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InterviewTurn {
    /// The interviewer's question.
    Question,
    /// The interviewed person's answer.
    Answer,
}

impl Quote {
    /// The whole extent of the quote, from its first span's start to its last span's end.
    pub fn extent(&self) -> Span {
        let start = self.spans.first().map_or(0, |s| s.start);
        let end = self.spans.last().map_or(start, |s| s.end);
        Span::new(start, end)
    }
}

/// Everything the engine finds in one article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub document: Document,
    pub sentences: Vec<Span>,
    pub tokens: Vec<Span>,
    /// In text order, never overlapping.
    pub mentions: Vec<Mention>,
    pub clusters: Vec<Cluster>,
    /// In text order.
    pub quotes: Vec<Quote>,
}

/// What [`annotate`] adds to a document: an [`Analysis`] without its document. The browser's
/// analysis worker sends only this to the page, which parsed the same text itself.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Annotations {
    pub sentences: Vec<Span>,
    pub tokens: Vec<Span>,
    pub mentions: Vec<Mention>,
    pub clusters: Vec<Cluster>,
    pub quotes: Vec<Quote>,
}

impl Analysis {
    /// The document and what annotating it added.
    pub fn into_parts(self) -> (Document, Annotations) {
        let Analysis { document, sentences, tokens, mentions, clusters, quotes } = self;
        (document, Annotations { sentences, tokens, mentions, clusters, quotes })
    }

    /// The analysis of `document` from the annotations of a document equal to it (the same
    /// text parsed in the same format): the inverse of [`Analysis::into_parts`].
    pub fn from_parts(document: Document, annotations: Annotations) -> Analysis {
        let Annotations { sentences, tokens, mentions, clusters, quotes } = annotations;
        Analysis { document, sentences, tokens, mentions, clusters, quotes }
    }

    /// The analysed text; every span indexes it.
    pub fn text(&self) -> &str {
        &self.document.text
    }

    /// The text a span covers.
    pub fn slice(&self, span: Span) -> &str {
        span.slice(&self.document.text)
    }

    /// The normalised value of the DATE mention at `mention` (an index into `mentions`), in
    /// ISO 8601 as far as the text says: `2023-04-20`, `2023-04`, `--07-04` when no year is
    /// known, `2008`, `2023-04-20T12:06`, `T22:13` for a time of day alone. A date without a
    /// year takes the article's ([`Document::date`]); a bare day of a list ("24." in "zwischen
    /// dem 24. und dem 31. Dezember") takes the month of the date that ends the list. `None`
    /// for other kinds, and for weekdays and decades.
    pub fn date_value(&self, mention: usize) -> Option<String> {
        let m = self.mentions.get(mention).filter(|m| m.kind == EntityKind::Date)?;
        // The list's last date follows within a few words.
        let next = self
            .mentions
            .get(mention + 1)
            .filter(|n| n.kind == EntityKind::Date && n.span.start.saturating_sub(m.span.end) <= 24)
            .map(|n| self.slice(n.span));
        rules::date_value(self.slice(m.span), next, self.document.date.map(|d| d.year))
    }
}

impl Analysis {
    /// For each quote (index as in [`Analysis::quotes`]), the quote it stands inside: the
    /// smallest other, not direct, quotation whose extent holds its whole extent, such as the
    /// quoted fragments of an indirect sentence ("Man müsse den „Kreislauf … durchbrechen“").
    /// `None` for a quote that stands alone. The engine and the exports keep such fragments
    /// as quotations of their own, as the quotation data set does; a reader may show them
    /// inside their sentence.
    ///
    /// # Examples
    ///
    /// ```
    /// use newslens::engine::{analyze, Format, Tagger};
    /// let text = "Titel\n\nEr sagte, man müsse den „Kreislauf der Gewalt durchbrechen“.";
    /// let analysis = analyze(text, Format::Article, &Tagger::provisional());
    /// let inside = analysis.enclosing_quotes();
    /// assert_eq!(inside.len(), analysis.quotes.len());
    /// ```
    pub fn enclosing_quotes(&self) -> Vec<Option<usize>> {
        let quotes = &self.quotes;
        let encloses = |outer: usize, inner: usize| {
            let (o, i) = (quotes[outer].extent(), quotes[inner].extent());
            outer != inner && !quotes[outer].kind.is_direct() && o.contains(i) && o.len() > i.len()
        };
        let mut out = vec![None; quotes.len()];
        // Quotes are in text order (by start; at one start a direct quote first), so what
        // holds a quote starts before it, or at its start just after it. `open` keeps the
        // not-direct quotes that may still hold what follows.
        let mut open: Vec<usize> = Vec::new();
        for i in 0..quotes.len() {
            let extent = quotes[i].extent();
            open.retain(|&j| quotes[j].extent().end > extent.start);
            let at_start = (i + 1..quotes.len()).take_while(|&j| quotes[j].extent().start == extent.start);
            let held_by = open.iter().rev().copied().chain(at_start).filter(|&j| encloses(j, i));
            // The smallest quote that holds it.
            out[i] = held_by.min_by_key(|&j| quotes[j].extent().len());
            if !quotes[i].kind.is_direct() {
                open.push(i);
            }
        }
        out
    }
}

/// Parses an article and analyses it with the given tagger: the trained model
/// ([`Tagger::from_bytes`]) for what readers see, [`Tagger::provisional`] for the rule stand-in.
pub fn analyze(source: &str, format: Format, tagger: &Tagger) -> Analysis {
    let document = parse(source, format);
    annotate(document, tagger)
}

/// Parses a source into a [`Document`] without analysing it: enough to show the text.
///
/// Line ends may be LF, CRLF or CR alone, in any mix: every format reads them alike. Spans
/// index the source as given (a CRLF stays in [`Document::text`], where it is whitespace at
/// a line's end); a CR alone becomes LF, which keeps every offset.
pub fn parse(source: &str, format: Format) -> Document {
    let source = lone_cr_as_lf(source);
    match format {
        Format::Article => article::parse_text(&source),
        Format::Markdown => markdown::parse(&source),
        Format::Lines => article::parse_lines(&source),
    }
}

/// The source with every CR that does not start a CRLF replaced by LF (one byte for one, so
/// offsets stay); borrowed when there is none.
fn lone_cr_as_lf(source: &str) -> std::borrow::Cow<'_, str> {
    let bytes = source.as_bytes();
    let lone = |i: usize| bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n');
    if !(0..bytes.len()).any(lone) {
        return source.into();
    }
    let fixed: Vec<u8> = (0..bytes.len()).map(|i| if lone(i) { b'\n' } else { bytes[i] }).collect();
    // Only ASCII bytes were replaced by ASCII bytes: still UTF-8.
    String::from_utf8(fixed).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()).into()
}

/// Analyses a parsed document.
pub fn annotate(document: Document, tagger: &Tagger) -> Analysis {
    let text = document.text.as_str();
    let mut sentences = Vec::new();
    let mut tokens = Vec::new();
    for block in &document.blocks {
        for sentence in token::sentences(text, block.span) {
            sentences.push(sentence);
            tokens.extend(token::tokens(text, sentence));
        }
    }
    // Where mentions collide the rules win (a date beats a name guess, "im Mai"; an amount
    // its currency, "1,5 Millionen Euro"), but a name beats an amount that lies inside it
    // ("Hannover 96", "FC Schalke 04").
    let (names, evidence) = ner::tag_sentences(tagger, text, &sentences, &tokens);
    let mut found: Vec<Found> = rules::find(text, &tokens)
        .into_iter()
        .filter(|f| {
            // The tagger's names are in text order and never overlap: only the last one that
            // starts at or before the amount can hold it.
            let before = names.partition_point(|n| n.span.start <= f.span.start);
            let holder = before.checked_sub(1).and_then(|i| names.get(i));
            f.kind != EntityKind::Num || !holder.is_some_and(|n| n.span.contains(f.span) && n.span.len() > f.span.len())
        })
        .collect();
    found.extend(names);
    let found = known::recall(text, &document.blocks, &sentences, &tokens, span::resolve_overlaps(found));
    let evidence = evidence.into_iter().map(|e| (e.span, e.weight)).collect();
    let (mentions, mut clusters) = entities::cluster(text, found, &evidence);
    let quotes = quotes::find(text, &document.blocks, &sentences, &tokens, &mentions, &clusters);
    for (i, quote) in quotes.iter().enumerate() {
        if let Some(c) = quote.speaker_cluster {
            clusters[c].quotes.push(i);
        }
    }
    Analysis { document, sentences, tokens, mentions, clusters, quotes }
}

/// A mention before clustering: what the rules and the tagger produce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    pub span: Span,
    pub kind: EntityKind,
    pub variant: Variant,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The browser joins the page's own parse with the worker's annotations: that must give the
    /// analysis the engine gives in one piece, in every format.
    #[test]
    fn parts_join_back_into_the_analysis() {
        let tagger = Tagger::provisional();
        let texts = [
            (Format::Article, "Besuch in Kiew\n\n„Wir bleiben“, sagte Jens Stoltenberg am 20. April in Kiew."),
            (
                Format::Markdown,
                "---\ntitle: Termine\n---\n# Kiew\n\n| Stadt | Sieger |\n|---|---|\n| Halle | Tom Berg |",
            ),
            (Format::Lines, "Olaf Scholz reiste nach Paris.\nDort traf er Emmanuel Macron."),
        ];
        for (format, text) in texts {
            let whole = analyze(text, format, &tagger);
            let (document, annotations) = whole.clone().into_parts();
            assert_eq!(document, parse(text, format));
            assert_eq!(Analysis::from_parts(parse(text, format), annotations), whole, "{format:?}");
        }
    }

    /// The worker sends the page the annotations in postcard's bytes, whose fields are known by
    /// position: every field must be written, `None`s included (a skipped one shifts the rest).
    #[test]
    fn annotations_survive_the_workers_bytes() {
        let tagger = Tagger::provisional();
        let texts = [
            "„Wir bleiben“, sagte Jens Stoltenberg am 20. April in Kiew. Stoltenberg lobte die Ukrainer.",
            "Die Syrer und die Europäer warten. Der Minister sagte, man habe 120 Anträge geprüft.",
        ];
        let mut places = Vec::new();
        for text in texts {
            let (_, annotations) = analyze(text, Format::Article, &tagger).into_parts();
            assert!(!annotations.mentions.is_empty() && !annotations.clusters.is_empty(), "{text}");
            let bytes = postcard::to_allocvec(&annotations).expect("serialises");
            let back: Annotations = postcard::from_bytes(&bytes).expect("deserialises");
            assert_eq!(back, annotations, "{text}");
            places.extend(annotations.clusters.iter().map(|c| c.place.is_some()));
        }
        assert!(
            places.contains(&true) && places.contains(&false),
            "a cluster with a place and one without: {places:?}"
        );
    }
}
