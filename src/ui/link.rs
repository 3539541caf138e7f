//! The query part of a hash route: what a shared link opens on, and how an embed looks.
//!
//! `#/a/<slug>?entity=3&quote=2` and `#/embed/<slug>?theme=dark&types=per,loc&quotes=0`.
//! The path before `?` is the [`Route`](super::route::Route); this module reads the rest.
//!
//! | parameter | values | default |
//! |---|---|---|
//! | `entity` | index of an entity cluster (0-based, as `clusters` in the JSON export) | none |
//! | `quote` | index of a quotation (0-based, as `quotes` in the JSON export) | none |
//! | `theme` | `auto`, `light`, `dark`, `sepia` | the reader's stored choice, else `auto` |
//! | `lang` | `de`, `en` | from `navigator.language` |
//! | `types` | comma-separated `per,loc,org,oth,date,num`: the kinds highlighted | all |
//! | `quotes` | `1` shows the quote list, `0` hides it | `1` |
//! | `bg` | `transparent` (no page background, for embeds) | the theme's background |
//! | `view` | `quotes`: only the quote list with its speakers and a link to the article (embeds); `article` | `article` |
//! | `id` | `[A-Za-z0-9_-]{1,64}`: the key of Datawrapper's height message | `newslens` |
//! | `q` | the start page's filter: words looked for in titles, sources and dates | none |
//!
//! Reading never fails: a bad value or an unknown parameter keeps the default and leaves a
//! [`Notice`] for the page to show.

use crate::engine::EntityKind;

use super::prefs::{Lang, Theme};
use super::route::percent_decode;

/// A parameter that was not used, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The name is not a parameter this page knows.
    Unknown(String),
    /// The parameter is known but the value is not one it takes.
    Invalid { name: String, value: String },
}

/// Everything the query part of the hash says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewQuery {
    pub entity: Option<usize>,
    pub quote: Option<usize>,
    pub theme: Option<Theme>,
    pub lang: Option<Lang>,
    /// The kinds to highlight, when the link limits them.
    pub types: Option<Vec<EntityKind>>,
    /// `Some(false)` hides the quote list.
    pub quotes: Option<bool>,
    pub transparent: bool,
    /// `view=quotes`: the embed shows only the quote list and a link to the article.
    pub quotes_only: bool,
    pub frame_id: Option<String>,
    /// The start page's filter, as typed (`None` when empty).
    pub filter: Option<String>,
    pub notices: Vec<Notice>,
}

/// Longest value a notice repeats back; a link can be arbitrarily long.
const NOTICE_CHARS: usize = 40;

impl ViewQuery {
    /// Reads the part of a location hash after `?` (the `?` itself may be included). Never fails.
    ///
    /// # Examples
    ///
    /// ```
    /// use newslens::ui::link::ViewQuery;
    /// let query = ViewQuery::from_hash("#/a/kiew?entity=3&quote=2");
    /// assert_eq!((query.entity, query.quote), (Some(3), Some(2)));
    /// assert!(ViewQuery::from_hash("#/a/kiew?entity=x").notices.len() == 1);
    /// ```
    pub fn from_hash(hash: &str) -> ViewQuery {
        let query = hash.split_once('?').map_or("", |(_, q)| q);
        let mut out = ViewQuery::default();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let (name, value) = (decode(name), decode(value));
            let invalid = || Notice::Invalid { name: shorten(&name), value: shorten(&value) };
            let ok = match name.as_str() {
                "entity" => parse_index(&value).map(|n| out.entity = Some(n)).is_some(),
                "quote" => parse_index(&value).map(|n| out.quote = Some(n)).is_some(),
                "theme" => Theme::parse(&value).map(|t| out.theme = Some(t)).is_some(),
                "lang" => Lang::parse(&value).map(|l| out.lang = Some(l)).is_some(),
                "quotes" => match value.as_str() {
                    "1" => Some(true),
                    "0" => Some(false),
                    _ => None,
                }
                .map(|q| out.quotes = Some(q))
                .is_some(),
                "bg" => (value == "transparent").then(|| out.transparent = true).is_some(),
                "view" => match value.as_str() {
                    "quotes" => Some(true),
                    "article" => Some(false),
                    _ => None,
                }
                .map(|q| out.quotes_only = q)
                .is_some(),
                "id" => is_frame_id(&value).then(|| out.frame_id = Some(value.clone())).is_some(),
                "q" => {
                    out.filter = Some(value.clone()).filter(|v| !v.trim().is_empty());
                    true
                }
                "types" => {
                    let (kinds, bad) = parse_types(&value);
                    if !kinds.is_empty() {
                        out.types = Some(kinds);
                    }
                    !bad
                }
                _ => {
                    out.notices.push(Notice::Unknown(shorten(&name)));
                    continue;
                }
            };
            if !ok {
                out.notices.push(invalid());
            }
        }
        out
    }

    /// The query string (`?entity=3&quote=2`, or empty) that gives this query back, without
    /// notices. Parameters appear in a fixed order so equal queries write equal links.
    pub fn to_query_string(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(n) = self.entity {
            parts.push(format!("entity={n}"));
        }
        if let Some(n) = self.quote {
            parts.push(format!("quote={n}"));
        }
        if let Some(theme) = self.theme {
            parts.push(format!("theme={}", theme.as_str()));
        }
        if let Some(types) = &self.types {
            let slugs: Vec<&str> = types.iter().map(|k| k.slug()).collect();
            parts.push(format!("types={}", slugs.join(",")));
        }
        if let Some(quotes) = self.quotes {
            parts.push(format!("quotes={}", u8::from(quotes)));
        }
        if self.transparent {
            parts.push("bg=transparent".to_string());
        }
        if self.quotes_only {
            parts.push("view=quotes".to_string());
        }
        if let Some(lang) = self.lang {
            parts.push(format!("lang={}", lang.as_str()));
        }
        if let Some(id) = &self.frame_id {
            parts.push(format!("id={id}"));
        }
        if let Some(filter) = &self.filter {
            parts.push(format!("q={}", encode(filter)));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

/// A small non-negative index; anything else (signs, spaces, huge numbers) is refused.
fn parse_index(value: &str) -> Option<usize> {
    if value.is_empty() || value.len() > 6 || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    value.parse().ok()
}

/// The kinds named, in the fixed kind order without repeats, and whether any name was bad.
fn parse_types(value: &str) -> (Vec<EntityKind>, bool) {
    let mut bad = value.trim().is_empty();
    let mut named = Vec::new();
    for name in value.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        match EntityKind::from_label(name) {
            Some(kind) => named.push(kind),
            None => bad = true,
        }
    }
    let kinds = EntityKind::ALL.into_iter().filter(|k| named.contains(k)).collect();
    (kinds, bad)
}

fn is_frame_id(value: &str) -> bool {
    (1..=64).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn shorten(s: &str) -> String {
    if s.chars().count() <= NOTICE_CHARS {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(NOTICE_CHARS).collect();
        out.push('…');
        out
    }
}

/// Decodes a query value: `+` as space, then `%xx` escapes (so `%2B` stays a plus).
/// Escapes what would end or split a query value (and anything outside printable ASCII).
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b' ' => out.push('+'),
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' | b':' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn decode(s: &str) -> String {
    percent_decode(&s.replace('+', " "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_round_trips_through_the_link() {
        let q = ViewQuery::from_hash("#/?q=Kiew+20.04.%C3%B6%26x");
        assert_eq!(q.filter.as_deref(), Some("Kiew 20.04.ö&x"));
        assert!(q.notices.is_empty());
        assert_eq!(ViewQuery::from_hash(&format!("#/{}", q.to_query_string())), q);
        assert_eq!(ViewQuery::from_hash("#/?q=+").filter, None);
    }

    #[test]
    fn query_values_decode_plus_and_escapes() {
        assert_eq!(decode("a+b%2Bc%20d%zz%C3%B6"), "a b+c d%zzö");
    }

    #[test]
    fn deep_link_and_embed_parameters() {
        let q = ViewQuery::from_hash(
            "#/embed/x?theme=dark&bg=transparent&types=per,LOC&quotes=0&lang=en&id=chart-1&view=quotes",
        );
        assert!(q.quotes_only);
        assert_eq!(q.theme, Some(Theme::Dark));
        assert!(q.transparent);
        assert_eq!(q.types, Some(vec![EntityKind::Per, EntityKind::Loc]));
        assert_eq!(q.quotes, Some(false));
        assert_eq!(q.lang, Some(Lang::En));
        assert_eq!(q.frame_id.as_deref(), Some("chart-1"));
        assert!(q.notices.is_empty(), "{:?}", q.notices);
    }

    #[test]
    fn bad_values_fall_back_with_a_notice() {
        let cases: &[(&str, usize)] = &[
            ("?entity=-1", 1),
            ("?entity=99999999999", 1),
            ("?quote=1e3", 1),
            ("?theme=purple", 1),
            ("?lang=fr", 1),
            ("?quotes=yes", 1),
            ("?bg=red", 1),
            ("?view=chart", 1),
            ("?types=", 1),
            ("?types=per,xyz", 1),
            ("?id=<script>", 1),
            ("?foo=1&bar", 2),
            ("?&&", 0),
            ("?%ZZ=%", 1),
        ];
        for (hash, notices) in cases {
            let q = ViewQuery::from_hash(hash);
            assert_eq!(q.notices.len(), *notices, "{hash}: {:?}", q.notices);
            assert_eq!(q.theme, None);
            assert_eq!(q.entity, None);
        }
        // The good kinds of a partly bad list still count.
        assert_eq!(ViewQuery::from_hash("?types=per,xyz").types, Some(vec![EntityKind::Per]));
    }

    #[test]
    fn notices_are_short() {
        let long = "x".repeat(500);
        let q = ViewQuery::from_hash(&format!("?theme={long}"));
        match &q.notices[0] {
            Notice::Invalid { value, .. } => assert!(value.chars().count() <= NOTICE_CHARS + 1),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn query_strings_round_trip() {
        for hash in [
            "",
            "?entity=3&quote=2",
            "?theme=sepia&types=per,org&quotes=0&bg=transparent&lang=de&id=a_b",
            "?view=quotes",
        ] {
            let q = ViewQuery::from_hash(hash);
            assert_eq!(q.to_query_string(), hash);
            assert_eq!(ViewQuery::from_hash(&q.to_query_string()), q);
        }
    }
}
