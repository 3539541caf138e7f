//! Hash routes, so the site works on any static host without rewrite rules.
//!
//! - no hash: the default article (an embedded viewer shows an article straight away)
//! - `#/`: the start page listing all articles
//! - `#/a/<slug>`: one article; an unknown slug shows the not-found page
//! - `#/embed/<slug>`: one article without the site's header, for an iframe
//! - `#/text`: the reader's own text, analysed in the browser
//! - anything else: not found
//!
//! A `?…` after the path carries view parameters (entity, quote, theme, …); [`super::link`]
//! reads them, the route ignores them.

use yew::AttrValue;

use crate::articles::DEFAULT_SLUG;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The list of all articles.
    Home,
    /// One article by its slug (which may not exist).
    Article(AttrValue),
    /// One article for an iframe: no site chrome.
    Embed(AttrValue),
    /// The reader's own text.
    Text,
    /// A hash that names no page.
    NotFound(AttrValue),
}

impl Route {
    /// The route a location hash names (`""`, `"#/"`, `"#/a/slug"`, …). Never fails.
    ///
    /// # Examples
    ///
    /// ```
    /// use newslens::ui::Route;
    /// assert_eq!(Route::from_hash("#/"), Route::Home);
    /// assert_eq!(Route::from_hash("#/a/kiew").href(), "#/a/kiew");
    /// ```
    pub fn from_hash(hash: &str) -> Route {
        let hash = hash.split_once('?').map_or(hash, |(path, _)| path);
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let path = path.trim_end_matches('/');
        if path.is_empty() && hash.trim_start_matches('#').is_empty() {
            return Route::Article(AttrValue::Static(DEFAULT_SLUG));
        }
        if path.is_empty() {
            return Route::Home;
        }
        if path == "/text" {
            return Route::Text;
        }
        let slug = |prefix: &str| {
            path.strip_prefix(prefix)
                .filter(|slug| !slug.is_empty() && !slug.contains('/'))
                .map(|slug| AttrValue::from(percent_decode(slug)))
        };
        if let Some(slug) = slug("/a/") {
            return Route::Article(slug);
        }
        match slug("/embed/") {
            Some(slug) => Route::Embed(slug),
            None => Route::NotFound(AttrValue::from(path.to_string())),
        }
    }

    /// The link to this route, relative to the page (`#/a/<slug>`).
    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".to_string(),
            Route::Article(slug) => format!("#/a/{slug}"),
            Route::Embed(slug) => format!("#/embed/{slug}"),
            Route::Text => "#/text".to_string(),
            Route::NotFound(path) => format!("#{path}"),
        }
    }
}

/// Decodes `%xx` escapes, as browsers write non-ASCII hashes. Invalid escapes stay as they are.
pub(crate) fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes() {
        let cases: &[(&str, Route)] = &[
            ("", Route::Article(DEFAULT_SLUG.into())),
            ("#", Route::Article(DEFAULT_SLUG.into())),
            ("#/", Route::Home),
            ("#//", Route::Home),
            ("#/a/kiew-2023", Route::Article("kiew-2023".into())),
            ("#/a/kiew-2023/", Route::Article("kiew-2023".into())),
            ("#/a/k%C3%B6ln", Route::Article("köln".into())),
            ("#/a/%zz", Route::Article("%zz".into())),
            ("#/a/", Route::NotFound("/a".into())),
            ("#/x/y", Route::NotFound("/x/y".into())),
            ("#/a/b/c", Route::NotFound("/a/b/c".into())),
            ("#/a/kiew?entity=3&quote=2", Route::Article("kiew".into())),
            ("#/a/kiew/?x", Route::Article("kiew".into())),
            ("#/?lang=en", Route::Home),
            ("#/embed/kiew?theme=dark", Route::Embed("kiew".into())),
            ("#/embed/", Route::NotFound("/embed".into())),
            ("#/text", Route::Text),
        ];
        for (hash, route) in cases {
            assert_eq!(&Route::from_hash(hash), route, "{hash:?}");
        }
    }

    #[test]
    fn href_round_trips() {
        for route in [Route::Home, Route::Article("seed".into()), Route::Embed("seed".into()), Route::Text] {
            assert_eq!(Route::from_hash(&route.href()), route);
        }
    }
}
