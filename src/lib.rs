//! newslens: German news articles with their entities and quotations, analysed in the browser.
//!
//! Three layers:
//!
//! - [`engine`]: pure Rust, text in and [`engine::Analysis`] out. It never does I/O and never
//!   panics on any input, so it runs unchanged natively (CLI, tests, benches) and in wasm.
//! - `ui` (feature `ui`): Yew components that render an analysis; compiled to wasm for the
//!   browser (feature `web`) and rendered to strings natively for tests (feature `ssr`).
//! - the binaries: `newslens` (CLI: annotate, tag, quotes, train), `newslens-web` (the page's
//!   wasm: the viewer, which parses and shows) and `newslens-analysis` (the analysis worker's
//!   wasm and the JavaScript API: the engine without the viewer).
//!
//! The site serves the articles in `articles/` as files beside the app (`newslens index`); native
//! tests and benchmarks read them compiled in, from [`articles`].

pub mod articles;
pub mod engine;
#[cfg(feature = "ui")]
pub mod ui;
