//! Lists `articles/` so native tests and benchmarks have the articles embedded with
//! `include_str!` (the site serves them as files; the browser app's wasm never links them).

use std::{env, fs, path::Path};

fn main() {
    // Read at run time: a build script compiled for one checkout may be reused for another.
    let manifest_dir = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = Path::new(&manifest_dir).join("articles");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut entries: Vec<(String, &str, String)> = Vec::new();
    for entry in fs::read_dir(&dir).expect("articles/ is readable") {
        let path = entry.expect("articles/ entry").path();
        println!("cargo:rerun-if-changed={}", path.display());
        let format = match path.extension().and_then(|e| e.to_str()) {
            Some("txt") => "Format::Article",
            Some("md") => "Format::Markdown",
            _ => continue,
        };
        let slug = path.file_stem().unwrap().to_string_lossy().into_owned();
        let valid = !slug.is_empty() && slug.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        assert!(valid, "article file name {slug:?}: use only a-z, 0-9, '-' and '_' (it becomes the URL)");
        entries.push((slug, format, path.display().to_string()));
    }
    entries.sort();
    let mut out = String::from("static BUNDLED: &[Bundled] = &[\n");
    for (slug, format, path) in entries {
        out.push_str(&format!("    Bundled {{ slug: {slug:?}, format: {format}, source: include_str!({path:?}) }},\n"));
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("articles.rs");
    fs::write(dest, out).expect("write articles.rs");
}
