//! The articles bundled with the site, embedded at compile time from `articles/`.
//!
//! `build.rs` lists the folder, so adding an article is dropping a `.txt` or `.md` file there
//! and rebuilding. The slug (the file name without its extension) is the article's stable URL.

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
