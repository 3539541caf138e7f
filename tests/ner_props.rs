//! Properties of the entity tagger on arbitrary input: one label per word, never a panic, and
//! model bytes that are damaged anywhere load as an error or as a model that still tags.

use std::sync::OnceLock;

use newslens::engine::{analyze, Format, Tagger};
use proptest::prelude::*;

const MODEL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/model/ner.bin");

fn model_bytes() -> &'static [u8] {
    static BYTES: OnceLock<Vec<u8>> = OnceLock::new();
    BYTES.get_or_init(|| std::fs::read(MODEL).expect("model/ner.bin is committed"))
}

fn tagger() -> &'static Tagger {
    static TAGGER: OnceLock<Tagger> = OnceLock::new();
    TAGGER.get_or_init(|| Tagger::from_bytes(model_bytes()).expect("model loads"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn one_label_per_word(words in prop::collection::vec("\\PC{0,12}", 0..40)) {
        let refs: Vec<&str> = words.iter().map(String::as_str).collect();
        prop_assert_eq!(tagger().tag(&refs).len(), refs.len());
    }

    #[test]
    fn mentions_stay_inside_the_text(text in "[A-ZÄÖÜa-zäöüß \\-.,„“\"]{0,200}") {
        let analysis = analyze(&text, Format::Article, tagger());
        for m in &analysis.mentions {
            prop_assert!(m.span.start <= m.span.end && m.span.end <= analysis.text().len());
            prop_assert!(analysis.text().is_char_boundary(m.span.start));
            prop_assert!(analysis.text().is_char_boundary(m.span.end));
        }
    }

    #[test]
    fn damaged_model_bytes_never_panic(at in 0usize..4096, flip in 1u8..=255, cut in 0usize..4096) {
        let bytes = model_bytes();
        // The head of the file holds the structure that a damaged byte can break; the weights
        // and words after it are checked the same way.
        let mut damaged = bytes[..bytes.len().min(4096 + cut)].to_vec();
        if let Some(b) = damaged.get_mut(at) {
            *b ^= flip;
        }
        if let Ok(t) = Tagger::from_bytes(&damaged) {
            prop_assert_eq!(t.tag(&["Anna", "in", "Berlin", "."]).len(), 4);
        }
    }

    #[test]
    fn random_bytes_are_an_error(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        prop_assert!(Tagger::from_bytes(&bytes).is_err());
    }
}
