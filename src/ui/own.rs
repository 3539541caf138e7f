//! The reader's own text: what was handed in (pasted, or a dropped `.txt` / `.md` file), how a
//! file's bytes become text, and how the text is analysed. Shared by the own-text page and the
//! analysis worker, so both analyse exactly alike.

use std::rc::Rc;

use crate::engine::{self, Analysis, Format};

/// Files larger than this are not read: the analysis would keep the page busy too long.
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;

/// A file's bytes as text: UTF-8, with invalid sequences replaced by U+FFFD. The flag says
/// whether anything was replaced, so the page can say so.
///
/// # Examples
///
/// ```
/// use newslens::ui::decode_text;
/// assert_eq!(decode_text(b"K\xc3\xb6ln"), ("Köln".to_string(), false));
/// assert_eq!(decode_text(b"K\xf6ln"), ("K\u{fffd}ln".to_string(), true));
/// ```
pub fn decode_text(bytes: &[u8]) -> (String, bool) {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match String::from_utf8_lossy(bytes) {
        std::borrow::Cow::Borrowed(text) => (text.to_string(), false),
        std::borrow::Cow::Owned(text) => (text, true),
    }
}

/// Whether a file name is one the page reads.
pub fn is_text_file(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    [".txt", ".md", ".markdown", ".text"].iter().any(|ext| lower.ends_with(ext))
}

/// A file as read.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadedFile {
    Text { text: String, lossy: bool, markdown: bool },
    TooLarge,
    NotText,
}

/// A text to analyse and its format: what the reader handed in, or an article's source.
#[derive(Clone, Debug, PartialEq)]
pub struct OwnSource {
    pub text: Rc<str>,
    pub format: Format,
}

/// Analyses the reader's text exactly as a bundled article of its format: plain text is read
/// as an article (a first line that reads as a title is the headline, short lines are
/// subheadings, other outlets' layouts are recognised), Markdown as Markdown.
pub fn analyse_own(source: &OwnSource, tagger: &engine::Tagger) -> Analysis {
    engine::analyze(&source.text, source.format, tagger)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding() {
        assert_eq!(decode_text(b"\xef\xbb\xbfBOM"), ("BOM".to_string(), false));
        assert_eq!(decode_text(b""), (String::new(), false));
        assert!(decode_text(b"\xff\xfe").1);
    }

    #[test]
    fn text_files() {
        assert!(is_text_file("a.TXT"));
        assert!(is_text_file("notes.md"));
        assert!(!is_text_file("photo.jpg"));
    }

    #[test]
    fn pasted_text_is_analysed_as_an_article() {
        let text = "Besuch in Kiew\r\n\r\n„Wir bleiben“, sagte Jens Stoltenberg in Kiew.\r\n\r\nZweiter Absatz.";
        let source = OwnSource { text: text.into(), format: Format::Article };
        let analysis = analyse_own(&source, &engine::Tagger::provisional());
        assert_eq!(analysis, engine::analyze(text, Format::Article, &engine::Tagger::provisional()));
        assert_eq!(analysis.document.title, "Besuch in Kiew");
        assert_eq!(analysis.document.blocks.len(), 3);
        assert_eq!(analysis.quotes.len(), 1);
    }
}
