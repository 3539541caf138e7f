//! The archive from the site: the index named by `index.html`'s manifest, its shards and the
//! articles' files, each fetched when a page first needs it. The listing and the shards are
//! kept for the page's life (a fetched shard answers every later look-up in it); an article's
//! file is fetched each time the article is opened (its hashed name lets the browser cache it).
//!
//! What the loader script has read already (the first page's shard and article, or the
//! listing) is used in the first render: the page's first frame shows the article itself, not a
//! placeholder that a task later replaces.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use gloo::utils::document;
use yew::prelude::*;

use super::model::{fetch_bytes, prefetched_text};
use crate::ui::library::{Archive, ArticleSource, Entry, Library, Load};

thread_local! {
    /// Index files fetched so far, by path (the listing, shards).
    static INDEXES: RefCell<HashMap<String, Library>> = RefCell::new(HashMap::new());
    /// The article file the loader script had read, by path, kept so that every render of the
    /// article finds it (only one: a later article is fetched as usual).
    static FIRST_TEXT: RefCell<Option<(String, AttrValue)>> = const { RefCell::new(None) };
}

/// The manifest `index.html` carries (`<meta name="newslens-archive">`).
fn archive() -> Result<Archive, AttrValue> {
    document()
        .query_selector("meta[name='newslens-archive']")
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .and_then(|content| Archive::parse(&content))
        .ok_or_else(|| AttrValue::from("the page names no article index"))
}

/// An index file, from this page's earlier fetch or fetched now.
async fn index(path: String) -> Result<Library, AttrValue> {
    if let Some(known) = index_now(&path) {
        return known;
    }
    let text = fetch_text(&path).await?;
    parse_index(path, &text)
}

/// An index file without waiting: parsed before, or read by the loader script while the wasm
/// compiled; `None` when it has to be fetched.
fn index_now(path: &str) -> Option<Result<Library, AttrValue>> {
    if let Some(library) = INDEXES.with(|i| i.borrow().get(path).cloned()) {
        return Some(Ok(library));
    }
    let text = prefetched_text(path)?;
    Some(parse_index(path.to_string(), &text))
}

/// Parses an index file and keeps it for the page's life.
fn parse_index(path: String, text: &str) -> Result<Library, AttrValue> {
    let library = Library::from_index(text).map_err(|e| AttrValue::from(format!("{path}: {e}")))?;
    INDEXES.with(|i| i.borrow_mut().insert(path, library.clone()));
    Ok(library)
}

/// An index file's result as a page's state: `None` while it has to be fetched.
fn loaded<T>(index: Option<Result<Library, AttrValue>>, pick: impl FnOnce(Library) -> Load<T>) -> Option<Load<T>> {
    index.map(|known| known.map_or_else(Load::Failed, pick))
}

async fn fetch_text(path: &str) -> Result<String, AttrValue> {
    let bytes = fetch_bytes(path).await.map_err(AttrValue::from)?;
    String::from_utf8(bytes).map_err(|_| AttrValue::from(format!("{path} is not UTF-8 text")))
}

/// Runs `load` once per `key` and gives what it gave (`Loading` meanwhile). A result for a key
/// that is no longer wanted is dropped.
#[hook]
fn use_loaded<K, T, F>(key: K, ready: Option<Load<T>>, load: impl Fn(K) -> F + 'static) -> Load<T>
where
    K: Clone + PartialEq + 'static,
    T: Clone + PartialEq + 'static,
    F: std::future::Future<Output = Load<T>> + 'static,
{
    let state = use_state(|| None::<(K, Load<T>)>);
    let wanted = use_mut_ref(|| key.clone());
    {
        let state = state.clone();
        let needed = ready.is_none();
        use_effect_with(key.clone(), move |key| {
            *wanted.borrow_mut() = key.clone();
            if needed {
                let key = key.clone();
                let future = load(key.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let loaded = future.await;
                    if *wanted.borrow() == key {
                        state.set(Some((key, loaded)));
                    }
                });
            }
        });
    }
    if let Some(ready) = ready {
        return ready;
    }
    match &*state {
        Some((k, loaded)) if *k == key => loaded.clone(),
        _ => Load::Loading,
    }
}

/// The whole listing for the start page: `given` when a test handed one in, else the site's.
#[hook]
pub(crate) fn use_listing(given: &Library) -> Load<Library> {
    let ready = if given.is_empty() {
        archive().map_or_else(|why| Some(Load::Failed(why)), |a| loaded(index_now(&a.listing), Load::Ready))
    } else {
        Some(Load::Ready(given.clone()))
    };
    use_loaded((), ready, |()| async {
        match archive() {
            Ok(archive) => index(archive.listing).await.map_or_else(Load::Failed, Load::Ready),
            Err(why) => Load::Failed(why),
        }
    })
}

/// One article's entry: from `given` when a test handed a library in, else from the shard of
/// the site's index that holds its slug.
#[hook]
pub(crate) fn use_entry(given: &Library, slug: &AttrValue) -> Load<Entry> {
    let ready = if given.is_empty() {
        archive().map_or_else(|why| Some(Load::Failed(why)), |a| entry_now(&a, slug))
    } else {
        Some(found(given, slug))
    };
    use_loaded(slug.clone(), ready, |slug: AttrValue| async move {
        let archive = match archive() {
            Ok(archive) => archive,
            Err(why) => return Load::Failed(why),
        };
        if let Some(known) = entry_now(&archive, &slug) {
            return known;
        }
        match index(archive.shard_for(&slug).to_string()).await {
            Ok(shard) => found(&shard, &slug),
            Err(why) => Load::Failed(why),
        }
    })
}

/// An entry without waiting: from the listing this page fetched (opened from the start page) or
/// from its shard, parsed before or read by the loader script; `None` when the shard has to be
/// fetched.
fn entry_now(archive: &Archive, slug: &str) -> Option<Load<Entry>> {
    let listed = INDEXES.with(|i| i.borrow().get(&archive.listing).and_then(|l| l.find(slug).cloned()));
    if let Some(entry) = listed {
        return Some(Load::Ready(entry));
    }
    loaded(index_now(archive.shard_for(slug)), |shard| found(&shard, slug))
}

fn found(library: &Library, slug: &str) -> Load<Entry> {
    library.find(slug).map_or(Load::Missing, |e| Load::Ready(e.clone()))
}

/// An article's text: held by the entry (tests), read by the loader script, or fetched from its
/// file.
#[hook]
pub(crate) fn use_article_text(entry: &Entry) -> Load<ArticleSource> {
    let source = |entry: &Entry, text: AttrValue| {
        Load::Ready(ArticleSource { slug: entry.slug.clone(), format: entry.format, source: text })
    };
    let ready = entry.text.clone().map(Load::Ready).or_else(|| first_text(&entry.file).map(|t| source(entry, t)));
    use_loaded(Rc::new(entry.clone()), ready, move |entry: Rc<Entry>| async move {
        match fetch_text(&entry.file).await {
            Ok(text) => source(&entry, text.into()),
            Err(why) => Load::Failed(why),
        }
    })
}

/// The article file the loader script read, if it is `path`.
fn first_text(path: &str) -> Option<AttrValue> {
    let kept = FIRST_TEXT.with(|f| f.borrow().as_ref().filter(|(p, _)| p == path).map(|(_, t)| t.clone()));
    kept.or_else(|| {
        let text = AttrValue::from(prefetched_text(path)?);
        FIRST_TEXT.with(|f| *f.borrow_mut() = Some((path.to_string(), text.clone())));
        Some(text)
    })
}
