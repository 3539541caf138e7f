//! Loading a tagger model from any bytes: an error or a working tagger, never a panic or an
//! allocation the file's size does not justify. A model that loads must tag and save again. The
//! converter from the older format 2 gets the same bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newslens::engine::Tagger;

fuzz_target!(|data: &[u8]| {
    if let Ok(converted) = Tagger::from_format_2(data) {
        assert!(Tagger::from_bytes(&converted.to_bytes().expect("a converted model has bytes")).is_ok());
    }
    let Ok(tagger) = Tagger::from_bytes(data) else { return };
    let words = ["Jens", "Stoltenberg", "sagte", "in", "Kiew", ":", "„", "Wir", "bleiben", "“", "."];
    assert_eq!(tagger.tag(&words).len(), words.len());
    let saved = tagger.to_bytes().expect("a loaded model has bytes");
    let again = Tagger::from_bytes(&saved).expect("a saved model loads again");
    assert_eq!(again.tag(&words), tagger.tag(&words));
});
