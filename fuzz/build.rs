//! Fuzzes the committed tagger model too, once `model/ner.bin` exists: sets `cfg(committed_model)`.

fn main() {
    let model = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../model/ner.bin");
    println!("cargo:rustc-check-cfg=cfg(committed_model)");
    println!("cargo:rerun-if-changed={}", model.parent().unwrap().display());
    if model.exists() {
        println!("cargo:rustc-cfg=committed_model");
    }
}
