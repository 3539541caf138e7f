//! Writes the tiny trained model's bytes to the `model_bytes` corpus, so the fuzzer starts from
//! a file that loads and mutates its fields rather than guessing the magic bytes.
//!
//!     cd fuzz && cargo run --example model_seed

fn main() -> std::io::Result<()> {
    let bytes = newslens_fuzz::tiny_trained().to_bytes().expect("a trained model has bytes");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/model_bytes");
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join("tiny-model"), &bytes)?;
    eprintln!("wrote {} bytes", bytes.len());
    Ok(())
}
