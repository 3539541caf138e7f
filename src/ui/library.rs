//! The articles the app can show: the bundled ones, or any list a test hands in.

use std::rc::Rc;

use yew::AttrValue;

use crate::articles;
use crate::engine::{self, Document, Format};

/// One article's source, as the viewer receives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArticleSource {
    /// The stable name in the URL.
    pub slug: AttrValue,
    pub format: Format,
    pub source: AttrValue,
}

impl ArticleSource {
    /// Parses the article (no analysis): enough to show its text and metadata.
    pub fn parse(&self) -> Document {
        engine::parse(&self.source, self.format)
    }
}

/// A shared, cheaply cloned list of articles. Two libraries are equal when they are the same
/// list, so comparing props never walks the texts.
#[derive(Clone, Debug)]
pub struct Library(Rc<[ArticleSource]>);

impl Library {
    /// The articles bundled with the site, sorted by slug.
    pub fn bundled() -> Library {
        articles::all()
            .iter()
            .map(|a| ArticleSource {
                slug: AttrValue::Static(a.slug),
                format: a.format,
                source: AttrValue::Static(a.source),
            })
            .collect()
    }

    pub fn find(&self, slug: &str) -> Option<&ArticleSource> {
        self.0.iter().find(|a| a.slug == slug)
    }

    pub fn iter(&self) -> impl Iterator<Item = &ArticleSource> {
        self.0.iter()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Default for Library {
    fn default() -> Library {
        Library::bundled()
    }
}

impl PartialEq for Library {
    fn eq(&self, other: &Library) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl FromIterator<ArticleSource> for Library {
    fn from_iter<I: IntoIterator<Item = ArticleSource>>(iter: I) -> Library {
        Library(iter.into_iter().collect())
    }
}
