//! Names of people, places, organisations and other things (PER, LOC, ORG, OTH), tagged token
//! by token in BIO with GermEval 2014's labels.
//!
//! [`Tagger`] is the one interface: the provisional rule tagger and the trained model sit behind
//! it, so the rest of the engine never knows which one ran.

use super::{EntityKind, Found, Span, Variant};

mod closed;
#[cfg(feature = "train")]
pub mod eval;
mod features;
mod hash;
mod legacy;
mod lexicon;
mod model;
#[cfg(feature = "train")]
pub mod train;

pub use closed::place_of_derived;
pub use lexicon::Lexicon;

/// A BIO label: outside, or the beginning or inside of a mention of a kind and variant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Label {
    Outside,
    Begin(EntityKind, Variant),
    Inside(EntityKind, Variant),
}

impl Label {
    /// Parses GermEval's spelling: `O`, `B-PER`, `I-LOCderiv`, `B-ORGpart`.
    pub fn parse(s: &str) -> Option<Label> {
        if s == "O" {
            return Some(Label::Outside);
        }
        let (bio, rest) = s.split_once('-')?;
        let (kind, variant) = if let Some(k) = rest.strip_suffix("deriv") {
            (k, Variant::Deriv)
        } else if let Some(k) = rest.strip_suffix("part") {
            (k, Variant::Part)
        } else {
            (rest, Variant::Name)
        };
        let kind = match kind {
            "PER" => EntityKind::Per,
            "LOC" => EntityKind::Loc,
            "ORG" => EntityKind::Org,
            "OTH" => EntityKind::Oth,
            _ => return None,
        };
        match bio {
            "B" => Some(Label::Begin(kind, variant)),
            "I" => Some(Label::Inside(kind, variant)),
            _ => None,
        }
    }
}

impl std::fmt::Display for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (bio, kind, variant) = match *self {
            Label::Outside => return f.write_str("O"),
            Label::Begin(k, v) => ("B", k, v),
            Label::Inside(k, v) => ("I", k, v),
        };
        let suffix = match variant {
            Variant::Name => "",
            Variant::Deriv => "deriv",
            Variant::Part => "part",
        };
        write!(f, "{bio}-{}{suffix}", kind.label())
    }
}

/// Tags the words of one sentence: the provisional rules, or a trained model.
#[derive(Clone, Debug, Default)]
pub struct Tagger {
    inner: Inner,
}

#[derive(Clone, Debug, Default)]
enum Inner {
    #[default]
    Provisional,
    Trained(Box<model::Model>),
}

impl Tagger {
    /// The provisional rule tagger: no model, no word lists beyond German function words.
    pub fn provisional() -> Tagger {
        Tagger { inner: Inner::Provisional }
    }

    pub(crate) fn from_model(model: model::Model) -> Tagger {
        Tagger { inner: Inner::Trained(Box::new(model)) }
    }

    /// Loads a trained model from its bytes (the file `model/ner.bin`), copying them. Any byte
    /// string is safe to pass: a truncated or foreign file is an error, never a panic.
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, ModelError> {
        Tagger::from_vec(bytes.to_vec())
    }

    /// [`Tagger::from_bytes`] without the copy: the tagger keeps `bytes` and reads its weights
    /// and words from them in place. Loading checks the header and the section bounds only, in
    /// constant time; a corrupt entry inside a section reads as a missing word or feature.
    pub fn from_vec(bytes: Vec<u8>) -> Result<Tagger, ModelError> {
        model::Model::from_bytes(bytes).map(Tagger::from_model)
    }

    /// Converts a model file of format 2 (the layout before models were read in place) to a
    /// tagger that tags exactly as that file did; [`Tagger::to_bytes`] then gives the current
    /// format.
    pub fn from_format_2(bytes: &[u8]) -> Result<Tagger, ModelError> {
        legacy::from_format_2(bytes).map(Tagger::from_model)
    }

    /// The model file's bytes; `None` for the provisional tagger, which has no file.
    pub fn to_bytes(&self) -> Option<Vec<u8>> {
        match &self.inner {
            Inner::Provisional => None,
            Inner::Trained(m) => Some(m.to_bytes()),
        }
    }

    /// Whether this is a trained model rather than the provisional rules.
    pub fn is_trained(&self) -> bool {
        matches!(self.inner, Inner::Trained(_))
    }

    /// The number of weighted features and lexicon words of a trained model (0, 0 otherwise).
    pub fn size(&self) -> (usize, usize) {
        match &self.inner {
            Inner::Provisional => (0, 0),
            Inner::Trained(m) => (m.feature_count(), m.word_table().len()),
        }
    }

    /// Sets the bias added to every token's `O` score (weight units): below 0 finds more
    /// names at some cost in precision. No effect on the provisional tagger.
    pub fn set_outside_bias(&mut self, bias: f64) {
        if let Inner::Trained(m) = &mut self.inner {
            let q = (bias / f64::from(m.scale)).round();
            m.outside_bias = if q.is_finite() { q.clamp(-1e12, 1e12) as i64 } else { 0 };
        }
    }

    /// One label per word.
    ///
    /// # Examples
    ///
    /// ```
    /// use newslens::engine::Tagger;
    ///
    /// let labels = Tagger::provisional().tag(&["Er", "wohnt", "in", "Kiew", "."]);
    /// assert_eq!(labels.len(), 5);
    /// assert_eq!(labels[3].to_string(), "B-LOC");
    /// ```
    ///
    /// The labels are the tagger's with the closed classes of words it cannot learn applied
    /// (inhabitants of a country, an acronym before a noun for its members, a surname inside a
    /// compound; see `closed.rs`).
    pub fn tag(&self, words: &[&str]) -> Vec<Label> {
        let mut labels = match &self.inner {
            Inner::Provisional => provisional::tag(words),
            Inner::Trained(m) => m.tag(words),
        };
        closed::apply(words, &mut labels, self.word_table().as_ref());
        labels
    }

    /// The trained model's lexicon; `None` for the provisional rules.
    fn word_table(&self) -> Option<lexicon::WordTable<'_>> {
        match &self.inner {
            Inner::Provisional => None,
            Inner::Trained(m) => Some(m.word_table()),
        }
    }

    /// One label per word, with the tagger's confidence in each word's kind: how far it
    /// leads the best other kind (real weight units, ≥ 0 where the label is a kind's; 0 for
    /// `O`). The provisional rules are equally unsure of everything: 0 throughout, as is a
    /// label the closed classes of words set.
    pub(crate) fn tag_with_margins(&self, words: &[&str]) -> (Vec<Label>, Vec<f64>) {
        let (mut labels, mut margins) = match &self.inner {
            Inner::Provisional => (provisional::tag(words), vec![0.0; words.len()]),
            Inner::Trained(m) => m.tag_with_margins(words),
        };
        let changed = closed::apply(words, &mut labels, self.word_table().as_ref());
        for (margin, _) in margins.iter_mut().zip(&changed).filter(|(_, &c)| c) {
            *margin = 0.0;
        }
        (labels, margins)
    }
}

/// A mention from the tagger with its evidence for its kind, for deciding one kind per
/// entity: 1 plus the tagger's mean margin for the kind over its words ([`Tagger::
/// tag_with_margins`]), so every mention counts and a confident one counts more.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Evidence {
    pub span: Span,
    pub weight: f64,
}

/// A model file that cannot be used, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModelError {
    reason: String,
}

impl ModelError {
    pub(crate) fn new(reason: impl Into<String>) -> ModelError {
        ModelError { reason: reason.into() }
    }
}

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the entity model cannot be used: {}", self.reason)
    }
}

impl std::error::Error for ModelError {}

/// The most words tagged as one sequence; longer sentences are tagged in pieces this long.
const MAX_TAGGED_WORDS: usize = 500;

/// Runs the tagger over every sentence and turns its labels into mentions, each with its
/// [`Evidence`] for its kind (same order).
pub(crate) fn tag_sentences(
    tagger: &Tagger,
    text: &str,
    sentences: &[Span],
    tokens: &[Span],
) -> (Vec<Found>, Vec<Evidence>) {
    let mut found = Vec::new();
    let mut evidence = Vec::new();
    let mut t = 0;
    for sentence in sentences {
        while t < tokens.len() && tokens[t].start < sentence.start {
            t += 1;
        }
        let first = t;
        while t < tokens.len() && tokens[t].end <= sentence.end {
            t += 1;
        }
        // A "sentence" of a million words (text with no full stops) is tagged in pieces: the
        // tagger's memory grows with the sentence (some 70 features a word), and its features
        // look two words either side, so pieces this long lose nothing a reader would notice.
        for spans in tokens[first..t].chunks(MAX_TAGGED_WORDS) {
            let words: Vec<&str> = spans.iter().map(|s| s.slice(text)).collect();
            let (labels, margins) = tagger.tag_with_margins(&words);
            // Mentions come in word order: one cursor walks the words they cover.
            let mut w = 0;
            for f in mentions_from_labels(spans, &labels) {
                while w < spans.len() && spans[w].start < f.span.start {
                    w += 1;
                }
                let (mut sum, mut count) = (0.0, 0usize);
                while w < spans.len() && spans[w].end <= f.span.end {
                    sum += margins.get(w).copied().unwrap_or(0.0).max(0.0);
                    count += 1;
                    w += 1;
                }
                let mean = sum / count.max(1) as f64;
                let f = narrow_part(text, f);
                evidence.push(Evidence { span: f.span, weight: 1.0 + mean });
                found.push(f);
            }
        }
    }
    (found, evidence)
}

/// Prefixes that attach to a name without being part of it: "Anti-Trump", "Ex-Kanzler".
const NAME_PREFIXES: &[&str] = &["anti", "pro", "ex", "post", "prä", "nicht", "neo", "pseudo", "vize", "nach", "vor"];

/// Narrows a `part` mention of one hyphenated word to the name inside it, so the viewer marks
/// "NATO" in "NATO-Gipfel" and "Ukraine" in "Ukraine-Unterstützer". German compounds put the
/// head noun last, so the name is what stands before it, less a leading "Anti-"/"Pro-"; a name
/// of several pieces ("Baden-Württemberg-Reise") stays whole. Words without a hyphen
/// ("Deutschlandreise") keep the whole token.
pub(crate) fn narrow_part(text: &str, found: Found) -> Found {
    if found.variant != Variant::Part {
        return found;
    }
    let word = found.span.slice(text);
    if word.is_empty() || word.contains(char::is_whitespace) {
        return found;
    }
    // Byte ranges of the hyphen-separated pieces, relative to the word.
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    let mut begin = 0;
    for (i, c) in word.char_indices() {
        if c == '-' || c == '‐' {
            pieces.push((begin, i));
            begin = i + c.len_utf8();
        }
    }
    pieces.push((begin, word.len()));
    pieces.retain(|&(a, b)| b > a);
    if pieces.len() < 2 {
        return found;
    }
    let piece = |p: (usize, usize)| word.get(p.0..p.1).unwrap_or("");
    let is_acronym =
        |s: &str| s.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !s.chars().any(char::is_lowercase);
    let mut first = 0;
    while first + 1 < pieces.len() && NAME_PREFIXES.contains(&piece(pieces[first]).to_lowercase().as_str()) {
        first += 1;
    }
    let mut last = pieces.len() - 1;
    // Drop the head noun unless it is all that is left, or is itself a name ("Anti-Trump",
    // "Pro-EU").
    if last > first && !is_acronym(piece(pieces[last])) {
        last -= 1;
    } else if last > first && is_acronym(piece(pieces[last])) && !is_acronym(piece(pieces[first])) {
        first = last;
    }
    // Lower-case pieces are never the name ("US-amerikanisch" keeps "US").
    while last > first && !piece(pieces[last]).chars().next().is_some_and(char::is_uppercase) {
        last -= 1;
    }
    let (Some(&(a, _)), Some(&(_, b))) = (pieces.get(first), pieces.get(last)) else { return found };
    Found { span: Span::new(found.span.start + a, found.span.start + b), ..found }
}

/// Groups BIO labels into mentions. An `I-` without a matching `B-` starts a mention, as in
/// conlleval, so no label is lost.
pub fn mentions_from_labels(spans: &[Span], labels: &[Label]) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let mut open = false;
    for (span, label) in spans.iter().zip(labels) {
        match *label {
            Label::Outside => open = false,
            Label::Inside(kind, variant)
                if open && out.last().is_some_and(|f| f.kind == kind && f.variant == variant) =>
            {
                let last = out.last_mut().expect("open mention");
                last.span = last.span.cover(*span);
            }
            Label::Begin(kind, variant) | Label::Inside(kind, variant) => {
                out.push(Found { span: *span, kind, variant });
                open = true;
            }
        }
    }
    out
}

mod provisional {
    //! A deliberately simple stand-in: German capitalises every noun, so a capital letter alone
    //! says little. This guesses a name where a capitalised word stands without an article or
    //! other determiner before it, and guesses its type from its neighbours.

    use super::Label;
    use crate::engine::{EntityKind, Variant};

    /// Words after which a capitalised word is most likely a common noun.
    const DETERMINERS: &[&str] = &[
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine",
        "keinen", "keinem", "keiner", "im", "am", "zum", "zur", "vom", "beim", "ins", "ans", "aufs", "diese", "dieser",
        "dieses", "diesen", "diesem", "jede", "jeder", "jedes", "jeden", "jedem", "sein", "seine", "seinen", "seinem",
        "seiner", "ihr", "ihre", "ihren", "ihrem", "ihrer", "unser", "unsere", "alle", "allen", "aller", "viele",
        "vielen", "mehr", "weitere", "weiteren", "weiterer", "zwei", "drei", "vier", "fünf", "mehrere", "einige",
        "wenige", "welche", "welcher", "solche", "bei", "mit", "für", "von", "über", "um", "aus", "zu", "vor", "nach",
        "gegen", "ohne", "durch", "unter", "seit", "wegen", "trotz",
    ];

    /// Prepositions that usually introduce a place when a bare name follows.
    const PLACE_PREPOSITIONS: &[&str] = &["in", "nach", "aus", "bei", "von", "gegen"];

    /// Capitalised function words that start sentences and are never names.
    const FUNCTION_WORDS: &[&str] = &[
        "Der", "Die", "Das", "Ein", "Eine", "Er", "Sie", "Es", "Wir", "Ich", "Ihr", "Man", "Im", "Am", "Auf", "In",
        "Mit", "Nach", "Bei", "Aus", "Zu", "Von", "Vor", "Als", "Auch", "Aber", "Und", "Oder", "Doch", "Dort", "Dann",
        "Damit", "Dass", "Denn", "Wenn", "Weil", "Wie", "Was", "Wer", "Zuletzt", "Zudem", "Bereits", "Noch", "Nun",
        "So", "Dies", "Diese", "Dieser", "Durch", "Für", "Gegen", "Seit", "Unter", "Über", "Um", "Weitere", "Bis",
    ];

    fn is_capitalised(word: &str) -> bool {
        let mut chars = word.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_alphabetic)
    }

    fn is_acronym(word: &str) -> bool {
        let letters = word.split('-').next().unwrap_or(word);
        letters.chars().count() >= 2
            && letters.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
            && letters.chars().any(char::is_alphabetic)
    }

    pub(super) fn tag(words: &[&str]) -> Vec<Label> {
        let mut labels = vec![Label::Outside; words.len()];
        let mut i = 0;
        while i < words.len() {
            let word = words[i];
            let prev = i.checked_sub(1).map(|p| words[p]);
            if is_acronym(word) {
                // "NATO", "NATO-Gipfel": an organisation, or part of a longer word.
                let variant = if word.contains('-') && !is_acronym(word.rsplit('-').next().unwrap_or("")) {
                    Variant::Part
                } else {
                    Variant::Name
                };
                labels[i] = Label::Begin(EntityKind::Org, variant);
                i += 1;
                continue;
            }
            let after_determiner = prev.is_some_and(|p| DETERMINERS.contains(&p.to_lowercase().as_str()));
            let sentence_start = prev.is_none_or(|p| !p.chars().any(char::is_alphanumeric));
            if !is_capitalised(word)
                || word.contains('-')
                || after_determiner
                || (sentence_start && FUNCTION_WORDS.contains(&word))
            {
                i += 1;
                continue;
            }
            // A run of bare capitalised words: "Jens Stoltenberg", "Wolodymyr Selenskyj".
            let mut end = i + 1;
            while end < words.len()
                && is_capitalised(words[end])
                && !words[end].contains('-')
                && !is_acronym(words[end])
            {
                end += 1;
            }
            // At a sentence start a single word is too often a plain noun to guess.
            if sentence_start && end - i == 1 && !words.get(end).is_some_and(|w| is_verb_like(w)) {
                i = end;
                continue;
            }
            let kind = if end - i >= 2 {
                EntityKind::Per
            } else if prev.is_some_and(|p| PLACE_PREPOSITIONS.contains(&p)) {
                EntityKind::Loc
            } else {
                EntityKind::Per
            };
            labels[i] = Label::Begin(kind, Variant::Name);
            for label in &mut labels[i + 1..end] {
                *label = Label::Inside(kind, Variant::Name);
            }
            i = end;
        }
        labels
    }

    /// A lower-case word after a bare name hints that the name is a subject: "Stoltenberg besuchte".
    fn is_verb_like(word: &str) -> bool {
        word.chars().next().is_some_and(char::is_lowercase)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_round_trip() {
        for s in ["O", "B-PER", "I-LOCderiv", "B-ORGpart", "I-OTH"] {
            assert_eq!(Label::parse(s).unwrap().to_string(), s);
        }
        assert_eq!(Label::parse("B-XYZ"), None);
    }

    #[test]
    fn bio_groups_into_mentions() {
        let spans = [Span::new(0, 4), Span::new(5, 16), Span::new(17, 20), Span::new(21, 25)];
        let labels = [
            Label::Begin(EntityKind::Per, Variant::Name),
            Label::Inside(EntityKind::Per, Variant::Name),
            Label::Outside,
            Label::Inside(EntityKind::Loc, Variant::Name),
        ];
        let found = mentions_from_labels(&spans, &labels);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].span, Span::new(0, 16));
        assert_eq!(found[1].kind, EntityKind::Loc);
    }

    fn part(text: &str) -> &str {
        let found = Found { span: Span::new(0, text.len()), kind: EntityKind::Org, variant: Variant::Part };
        narrow_part(text, found).span.slice(text)
    }

    #[test]
    fn part_mentions_narrow_to_the_name() {
        let cases = [
            ("NATO-Gipfel", "NATO"),
            ("Ukraine-Unterstützer", "Ukraine"),
            ("NATO-Generalsekretär", "NATO"),
            ("Baden-Württemberg-Reise", "Baden-Württemberg"),
            ("Anti-Trump", "Trump"),
            ("Pro-EU-Demonstration", "EU"),
            ("Bundes-SPD", "SPD"),
            ("US-amerikanische", "US"),
            ("Deutschlandreise", "Deutschlandreise"),
            ("-", "-"),
            ("A-", "A-"),
            ("--NATO--Gipfel", "NATO"),
        ];
        for (word, name) in cases {
            assert_eq!(part(word), name, "{word}");
        }
        // Other variants are left alone.
        let f = Found { span: Span::new(0, 11), kind: EntityKind::Org, variant: Variant::Name };
        assert_eq!(narrow_part("NATO-Gipfel", f), f);
    }

    #[test]
    fn very_long_sentences_are_tagged_in_pieces_with_the_right_offsets() {
        // 1,234 words with no full stop, a place after "in" in every piece.
        let mut text = String::new();
        let mut tokens = Vec::new();
        for i in 0..1234 {
            let word = if i % 300 == 299 {
                "Kiew"
            } else if i % 300 == 298 {
                "in"
            } else {
                "wir"
            };
            if !text.is_empty() {
                text.push(' ');
            }
            tokens.push(Span::new(text.len(), text.len() + word.len()));
            text.push_str(word);
        }
        let (found, _) = tag_sentences(&Tagger::provisional(), &text, &[Span::new(0, text.len())], &tokens);
        assert_eq!(found.len(), 4, "{found:?}");
        for f in &found {
            assert_eq!(f.span.slice(&text), "Kiew");
            assert_eq!(f.kind, EntityKind::Loc);
        }
    }

    #[test]
    fn tag_sentences_marks_the_name_inside_a_compound() {
        let text = "Der NATO-Gipfel beginnt.";
        let tokens = [Span::new(0, 3), Span::new(4, 15), Span::new(16, 23), Span::new(23, 24)];
        let (found, _) = tag_sentences(&Tagger::provisional(), text, &[Span::new(0, 24)], &tokens);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].span.slice(text), "NATO");
        assert_eq!(found[0].variant, Variant::Part);
    }

    #[test]
    #[cfg(feature = "train")]
    fn model_round_trips_and_tags() {
        let tagger = tiny_model();
        let bytes = tagger.to_bytes().unwrap();
        let loaded = Tagger::from_bytes(&bytes).unwrap();
        assert_eq!(loaded.to_bytes().unwrap(), bytes);
        let words = ["Gestern", "kam", "Anna", "Weber", "nach", "Hamburg", "."];
        assert_eq!(loaded.tag(&words), tagger.tag(&words));
        let labels: Vec<String> = loaded.tag(&words).iter().map(Label::to_string).collect();
        assert_eq!(labels, ["O", "O", "B-PER", "I-PER", "O", "B-LOC", "O"]);
    }

    #[test]
    #[cfg(feature = "train")]
    fn broken_model_files_are_errors() {
        let bytes = tiny_model().to_bytes().unwrap();
        assert!(Tagger::from_bytes(&[]).is_err());
        assert!(Tagger::from_bytes(b"not a model at all").is_err());
        for len in 0..bytes.len() {
            assert!(Tagger::from_bytes(&bytes[..len]).is_err(), "truncated at {len}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(Tagger::from_bytes(&longer).is_err());
        // Flipping any byte may still load (a weight changes), but must never panic.
        for i in 0..bytes.len() {
            let mut b = bytes.clone();
            b[i] ^= 0xA5;
            if let Ok(t) = Tagger::from_bytes(&b) {
                t.tag(&["Anna", "in", "Hamburg"]);
            }
        }
    }

    #[test]
    #[cfg(feature = "train")]
    fn old_and_future_formats_are_refused_with_what_to_do() {
        let mut bytes = tiny_model().to_bytes().unwrap();
        bytes[8..12].copy_from_slice(&2u32.to_le_bytes());
        let err = Tagger::from_bytes(&bytes).unwrap_err().to_string();
        assert!(err.contains("newslens upgrade-model"), "{err}");
        for old_or_future in [3u32, 5] {
            bytes[8..12].copy_from_slice(&old_or_future.to_le_bytes());
            let err = Tagger::from_bytes(&bytes).unwrap_err().to_string();
            assert!(err.contains(&format!("format {old_or_future}")) && err.contains("newslens train"), "{err}");
        }
    }

    #[test]
    #[cfg(feature = "train")]
    fn outside_bias_is_saved() {
        let mut tagger = tiny_model();
        tagger.set_outside_bias(-1.5);
        let bytes = tagger.to_bytes().unwrap();
        let loaded = Tagger::from_bytes(&bytes).unwrap();
        assert_eq!(loaded.to_bytes().unwrap(), bytes);
        assert_ne!(bytes, tiny_model().to_bytes().unwrap(), "the bias is in the file");
    }

    #[test]
    #[cfg(feature = "train")]
    fn tagging_odd_words_never_panics() {
        let tagger = tiny_model();
        assert!(tagger.tag(&[]).is_empty());
        let long_word = "x".repeat(500);
        let odd = ["", " ", "-", "--", "\u{0}", "🙂", "ß", "ǅungla", "A-", "-b", "'", "#", "\u{301}", &long_word];
        assert_eq!(tagger.tag(&odd).len(), odd.len());
        let long: Vec<&str> = std::iter::repeat_n("Hamburg", 3000).collect();
        assert_eq!(tagger.tag(&long).len(), 3000);
    }

    #[test]
    #[cfg(feature = "train")]
    fn training_is_deterministic() {
        assert_eq!(tiny_model().to_bytes(), tiny_model().to_bytes());
    }

    /// A model trained in milliseconds on a handful of sentences.
    #[cfg(feature = "train")]
    fn tiny_model() -> Tagger {
        let lexicon = Lexicon::parse_tsv("Hamburg\t80\t10\tC\nAnna\t504\t11\tF\nWeber\t40\t12\tL\n").unwrap();
        let data = [
            ("Anna Weber wohnt in Hamburg .", "B-PER I-PER O O B-LOC O"),
            ("Gestern kam Peter Müller nach Berlin .", "O O B-PER I-PER O B-LOC O"),
            ("Die Stadt Hamburg wächst .", "O O B-LOC O O"),
            ("Anna fährt nach Hamburg .", "B-PER O O B-LOC O"),
            ("Der NATO-Gipfel beginnt .", "O B-ORGpart O O"),
        ];
        let sentences: Vec<train::Sentence> = data
            .iter()
            .map(|(w, l)| train::Sentence {
                words: w.split(' ').map(String::from).collect(),
                labels: l.split(' ').map(|l| Label::parse(l).unwrap()).collect(),
            })
            .collect();
        let options =
            train::Options { epochs: 5, prune: 0.0, min_count: 1, runs: 2, levels: 1000, ..train::Options::default() };
        train::train(&sentences, &lexicon, &options, &mut |_, _| {})
    }

    #[test]
    fn provisional_tagger_guesses_bare_names() {
        let words = ["NATO-Generalsekretär", "Jens", "Stoltenberg", "ist", "in", "Kiew", "eingetroffen", "."];
        let labels = Tagger::provisional().tag(&words);
        assert_eq!(labels[0], Label::Begin(EntityKind::Org, Variant::Part));
        assert_eq!(labels[1], Label::Begin(EntityKind::Per, Variant::Name));
        assert_eq!(labels[2], Label::Inside(EntityKind::Per, Variant::Name));
        assert_eq!(labels[5], Label::Begin(EntityKind::Loc, Variant::Name));
    }
}
