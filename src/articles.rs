//! The articles in `articles/`, embedded at compile time for native tests and benchmarks. The
//! browser app never reads them from here (its wasm holds no article): the site build puts them
//! beside the app as files with an index (`newslens index`, `ui::library`).
//!
//! `build.rs` lists the folder. The slug (the file name without its extension) is the article's
//! stable URL.

use crate::engine::Format;

/// One bundled article: its slug, its format and its source text, byte for byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bundled {
    pub slug: &'static str,
    pub format: Format,
    pub source: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/articles.rs"));

/// All bundled articles, sorted by slug.
pub fn all() -> &'static [Bundled] {
    BUNDLED
}

/// The article with this slug, if one is bundled.
pub fn find(slug: &str) -> Option<&'static Bundled> {
    BUNDLED.iter().find(|a| a.slug == slug)
}

/// The article shown when none is chosen: the seed article.
pub const DEFAULT_SLUG: &str = "stoltenberg-kiew-2023-04-20";
