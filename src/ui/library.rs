//! The articles the app can show: an archive's index, read from the site, or any list of
//! sources a test hands in.
//!
//! The site build (`newslens index`) copies each article beside the app as a static file and
//! writes the index: one listing of every article for the start page, and the same entries split
//! into shards by slug, so opening one article fetches a few kilobytes of index however large the
//! archive is. `index.html` names the listing and the shards (the [`Archive`] manifest); every
//! file's name carries a hash of its content, so a browser never mixes two deployments.

use std::rc::Rc;

use yew::AttrValue;

use crate::engine::{self, DateTime, Document, Format};

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

/// What the index knows of one article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub slug: AttrValue,
    /// The article's file, relative to the site's root: `articles/<hash>/<slug>.txt`, the
    /// hash being the whole archive's (see `newslens index`).
    pub file: AttrValue,
    /// How the file is written (its name no longer says: every article is served as `.txt`).
    pub format: Format,
    /// The title as parsed (the slug when the article has none).
    pub title: AttrValue,
    pub date: Option<DateTime>,
    pub source: Option<AttrValue>,
    pub lang: Option<AttrValue>,
    /// Words in the article's text (whitespace-separated).
    pub words: u32,
    /// The article itself, when the library was built from sources (tests); otherwise the
    /// browser fetches `file`.
    pub text: Option<ArticleSource>,
    /// Title, source and date (ISO and German), lower-cased: what the start page's filter searches.
    haystack: Rc<str>,
}

/// The first line of an index file; a file without it is not an index (or of another version).
pub const INDEX_HEADER: &str = "newslens-index/2";

impl Entry {
    /// The entry for an article's source, parsed; `file` is where the site serves it.
    pub fn of(article: ArticleSource, file: impl Into<AttrValue>) -> Entry {
        let document = article.parse();
        let title = if document.title.is_empty() { article.slug.to_string() } else { document.title };
        let words = document.text.split_whitespace().count().try_into().unwrap_or(u32::MAX);
        Entry::new(
            article.slug.clone(),
            file.into(),
            article.format,
            title.into(),
            document.date,
            document.source.map(AttrValue::from),
            document.lang.map(AttrValue::from),
            words,
            Some(article),
        )
    }

    #[allow(clippy::too_many_arguments)]
    fn new(
        slug: AttrValue,
        file: AttrValue,
        format: Format,
        title: AttrValue,
        date: Option<DateTime>,
        source: Option<AttrValue>,
        lang: Option<AttrValue>,
        words: u32,
        text: Option<ArticleSource>,
    ) -> Entry {
        let dates = date.map(|d| format!("{} {}", d.iso(), d.german())).unwrap_or_default();
        let haystack = format!("{title} {} {dates}", source.as_deref().unwrap_or("")).to_lowercase().into();
        Entry { slug, file, format, title, date, source, lang, words, text, haystack }
    }

    /// Whether every word of the (lower-cased) filter occurs in the title, source or date.
    pub fn matches(&self, words: &[String]) -> bool {
        words.iter().all(|w| self.haystack.contains(w.as_str()))
    }

    /// The entry as one line of an index file (tab-separated: slug, file, format name, title,
    /// ISO date, source, language, words; tabs and line breaks inside a field become spaces).
    pub fn index_line(&self) -> String {
        let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
        format!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
            clean(&self.slug),
            clean(&self.file),
            self.format.name(),
            clean(&self.title),
            self.date.map(|d| d.iso()).unwrap_or_default(),
            clean(self.source.as_deref().unwrap_or("")),
            clean(self.lang.as_deref().unwrap_or("")),
            self.words,
        )
    }

    fn from_index_line(line: &str) -> Option<Entry> {
        let mut fields = line.split('\t');
        let mut next = || fields.next();
        let (slug, file, format, title, date, source, lang, words) =
            (next()?, next()?, next()?, next()?, next()?, next()?, next()?, next()?);
        let optional = |s: &str| (!s.is_empty()).then(|| AttrValue::from(s.to_string()));
        if slug.is_empty() || file.is_empty() {
            return None;
        }
        Some(Entry::new(
            slug.to_string().into(),
            file.to_string().into(),
            Format::from_name(format)?,
            title.to_string().into(),
            DateTime::parse_iso(date),
            optional(source),
            optional(lang),
            words.trim().parse().ok()?,
            None,
        ))
    }
}

/// A shared, cheaply cloned list of articles, newest first. Two libraries are equal when they
/// are the same list, so comparing props never walks the entries.
#[derive(Clone, Debug, Default)]
pub struct Library(Rc<[Entry]>);

impl Library {
    /// The articles in `articles/`, compiled in: for native tests and benchmarks. The browser
    /// app never calls it, so the site's wasm holds no article.
    pub fn bundled() -> Library {
        crate::articles::all()
            .iter()
            .map(|a| ArticleSource {
                slug: AttrValue::Static(a.slug),
                format: a.format,
                source: AttrValue::Static(a.source),
            })
            .collect()
    }

    /// A library of these entries, sorted newest first (undated last), then by slug.
    pub fn from_entries(mut entries: Vec<Entry>) -> Library {
        entries.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.slug.cmp(&b.slug)));
        Library(entries.into())
    }

    /// Reads an index file (see [`Entry::index_line`]). A line that cannot be read is skipped;
    /// a file without the header is an error.
    pub fn from_index(text: &str) -> Result<Library, String> {
        let mut lines = text.lines();
        if lines.next().map(str::trim_end) != Some(INDEX_HEADER) {
            return Err(format!("not an article index (its first line is not {INDEX_HEADER:?})"));
        }
        Ok(Library::from_entries(lines.filter_map(Entry::from_index_line).collect()))
    }

    /// The index file for these entries.
    pub fn to_index(&self) -> String {
        let mut out = format!("{INDEX_HEADER}\n");
        self.0.iter().for_each(|e| out.push_str(&e.index_line()));
        out
    }

    pub fn find(&self, slug: &str) -> Option<&Entry> {
        self.0.iter().find(|a| a.slug == slug)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The entry at `index` in the library's order.
    pub fn get(&self, index: usize) -> Option<&Entry> {
        self.0.get(index)
    }

    /// The indices of the entries whose title, source or date hold every word of `filter` (case
    /// ignored), in the library's order (newest first).
    pub fn matching(&self, filter: &str) -> Vec<usize> {
        let words: Vec<String> = filter.split_whitespace().map(str::to_lowercase).collect();
        (0..self.0.len()).filter(|&i| self.0[i].matches(&words)).collect()
    }
}

impl PartialEq for Library {
    fn eq(&self, other: &Library) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl FromIterator<ArticleSource> for Library {
    /// A library holding these sources (each as if served as `articles/<slug>.txt`).
    fn from_iter<I: IntoIterator<Item = ArticleSource>>(iter: I) -> Library {
        let entries = iter.into_iter().map(|article| {
            let file = format!("articles/{}.txt", article.slug);
            Entry::of(article, file)
        });
        Library::from_entries(entries.collect())
    }
}

/// The shard an article's index entry is in: FNV-1a (32 bits) of the slug's bytes, modulo the
/// number of shards. The build and the browser (the app and its loader script) compute it alike.
pub fn shard_of(slug: &str, shards: usize) -> usize {
    let hash = slug.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    hash as usize % shards.max(1)
}

/// Articles per index shard the build aims at: a shard stays a few kilobytes.
pub const SHARD_SIZE: usize = 64;

/// Where an archive's index lives: the listing of every article and the shards by slug, paths
/// relative to the site's root, and where each article's file is. `index.html` carries it as
/// `<meta name="newslens-archive" content="<listing> <shard 0> <shard 1> … <files>">`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Archive {
    pub listing: String,
    pub shards: Vec<String>,
    /// The article files' path with `{slug}` for the slug (`articles/<hash>/{slug}.txt`), so a
    /// page can ask for an article's file beside its shard; `None` when the manifest names none.
    pub files: Option<String>,
}

/// What stands for the slug in [`Archive::files`].
pub const SLUG_PLACEHOLDER: &str = "{slug}";

impl Archive {
    /// Reads the manifest's space-separated paths; `None` without a listing.
    pub fn parse(manifest: &str) -> Option<Archive> {
        let (files, paths): (Vec<&str>, Vec<&str>) =
            manifest.split_whitespace().partition(|p| p.contains(SLUG_PLACEHOLDER));
        let mut paths = paths.into_iter().map(str::to_string);
        let listing = paths.next()?;
        Some(Archive { listing, shards: paths.collect(), files: files.first().map(|f| f.to_string()) })
    }

    /// The manifest text [`Archive::parse`] reads.
    pub fn manifest(&self) -> String {
        std::iter::once(&self.listing).chain(&self.shards).chain(&self.files).cloned().collect::<Vec<_>>().join(" ")
    }

    /// The shard that holds `slug`'s entry, or the listing when there are no shards.
    pub fn shard_for(&self, slug: &str) -> &str {
        self.shards.get(shard_of(slug, self.shards.len())).unwrap_or(&self.listing)
    }
}

/// The name the site serves `name` under, from index.html's `newslens-files` map
/// (`model/ner.bin=model/ner.<hash>.bin worker.js=worker.<hash>.js …`, written by the site
/// build); `None` when the map does not name it.
pub fn served_name<'a>(map: &'a str, name: &str) -> Option<&'a str> {
    map.split_whitespace().find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
}

/// A file the browser fetches: not there yet, there, or not to be had (with the reason).
#[derive(Clone, Debug, PartialEq)]
pub enum Load<T> {
    Loading,
    Ready(T),
    /// The index was read and has no such article.
    Missing,
    /// The file could not be fetched or read.
    Failed(AttrValue),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(slug: &'static str, text: &'static str) -> ArticleSource {
        ArticleSource { slug: slug.into(), format: Format::Article, source: text.into() }
    }

    #[test]
    fn an_index_round_trips_and_sorts_newest_first() {
        let library: Library = [
            source("alt", "date 2021-01 Alt\tes Stand: 01.02.2021 10:00 Uhr\n\nEin Absatz."),
            source("neu", "date 2023-04 Neu Stand: 20.04.2023 12:06 Uhr\n\nZwei Wörter hier."),
            source("ohne", "Ohne Datum\n\nText."),
        ]
        .into_iter()
        .collect();
        let index = library.to_index();
        let read = Library::from_index(&index).unwrap();
        let slugs: Vec<_> = read.iter().map(|e| e.slug.to_string()).collect();
        assert_eq!(slugs, ["neu", "alt", "ohne"]);
        let neu = read.find("neu").unwrap();
        assert_eq!(neu.title, "Neu");
        assert_eq!(neu.date.map(|d| d.iso()).as_deref(), Some("2023-04-20T12:06"));
        assert_eq!(neu.file, "articles/neu.txt");
        assert!(neu.text.is_none());
        assert_eq!(read.find("alt").unwrap().title, "Alt es", "a tab in a title is a space");
        assert_eq!(read.to_index(), index);
    }

    #[test]
    fn a_bad_index_is_an_error_and_bad_lines_are_skipped() {
        assert!(Library::from_index("slug\tfile").is_err());
        assert!(Library::from_index("").is_err());
        let read = Library::from_index("newslens-index/2\nkaputt\na\tarticles/h/a.txt\tarticle\tA\t\t\t\t3\n").unwrap();
        assert_eq!(read.len(), 1);
    }

    #[test]
    fn the_filter_needs_every_word_in_title_source_or_date() {
        let library: Library = [
            source("a", "date 2023-04 Stoltenberg in Kiew Stand: 20.04.2023 12:06 Uhr\n\nText."),
            source("b", "date 2022-01 Wahl in Berlin Stand: 03.01.2022 08:00 Uhr\n\nText."),
        ]
        .into_iter()
        .collect();
        let slugs =
            |q: &str| library.matching(q).iter().map(|&i| library.get(i).unwrap().slug.to_string()).collect::<Vec<_>>();
        assert_eq!(slugs(""), ["a", "b"]);
        assert_eq!(slugs("KIEW"), ["a"]);
        assert_eq!(slugs("in 2022"), ["b"]);
        assert_eq!(slugs("03.01.2022"), ["b"]);
        assert_eq!(slugs("kiew berlin"), Vec::<String>::new());
    }

    #[test]
    fn served_names_come_from_the_map() {
        let map = "model/ner.bin=model/ner.0123456789ab.bin worker.js=worker.ba9876543210.js";
        assert_eq!(served_name(map, "model/ner.bin"), Some("model/ner.0123456789ab.bin"));
        assert_eq!(served_name(map, "worker.js"), Some("worker.ba9876543210.js"));
        assert_eq!(served_name(map, "ner.bin"), None);
        assert_eq!(served_name("", "worker.js"), None);
    }

    #[test]
    fn shards_are_stable_and_in_range() {
        // The loader script computes the same (src/ui/web/loader.js).
        assert_eq!(shard_of("stoltenberg-kiew-2023-04-20", 1), 0);
        assert_eq!(shard_of("a", 1000), 0xe40c292c_u32 as usize % 1000);
        let archive = Archive::parse("articles/index.1.tsv articles/s0.2.tsv articles/s1.3.tsv").unwrap();
        assert_eq!(Archive::parse(&archive.manifest()), Some(archive.clone()));
        assert!(archive.shards.iter().any(|s| s == archive.shard_for("x")));
        assert_eq!(Archive::parse("articles/index.1.tsv").unwrap().shard_for("x"), "articles/index.1.tsv");
        assert_eq!(Archive::parse("  "), None);
    }
}
