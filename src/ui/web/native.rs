//! The door's stand-ins outside the browser (render tests, feature `ssr`): no address bar, no
//! storage, no events, no worker. Each has the browser version's signature and does nothing, or
//! the plainest thing that keeps a render test's page the same as the browser's first paint.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::{Analysis, Document};
use crate::ui::library::{ArticleSource, Entry, Library, Load};
use crate::ui::model::ModelState;
use crate::ui::own::{LoadedFile, OwnSource};
use crate::ui::state::{Viewer, ViewerState};

/// The state as given: no address, storage or browser language to read.
pub(crate) fn starting_state(state: ViewerState) -> ViewerState {
    state
}

#[hook]
pub(crate) fn use_browser(_state: &Viewer) {}

#[hook]
pub(crate) fn use_document_title(_title: String) {}

#[hook]
pub(crate) fn use_card_target() -> Option<usize> {
    None
}

#[hook]
pub(crate) fn use_frame_height(_frame_id: String) {}

/// Analysed at once, on this thread: a render test's analyser is a tagger, which answers
/// before `analyse` returns.
#[hook]
pub(crate) fn use_analysis(source: Option<(OwnSource, Rc<Document>)>, model: ModelState) -> Option<Rc<Analysis>> {
    let analysis = use_memo((source, model), |(source, model)| {
        let got = Rc::new(std::cell::RefCell::new(None));
        let out = got.clone();
        let (source, document) = source.as_ref()?;
        model.analyser()?.analyse(source, document, Box::new(move |result| *out.borrow_mut() = result.ok()));
        let analysis = got.borrow_mut().take();
        analysis
    });
    (*analysis).clone()
}

/// A render test's page is a desktop's.
pub(crate) fn narrow_screen() -> bool {
    false
}

pub(crate) fn page_address() -> String {
    String::new()
}

pub(crate) fn quote_under(_event: &MouseEvent) -> Option<usize> {
    None
}

pub(crate) fn select_value(_event: &Event) -> Option<String> {
    None
}

pub(crate) fn input_value(_event: &InputEvent) -> Option<String> {
    None
}

pub(crate) fn textarea_value(_event: &InputEvent) -> Option<String> {
    None
}

pub(crate) fn chosen_file(_event: &Event, _done: Callback<LoadedFile>) {}

pub(crate) fn dropped_file(_event: &DragEvent, _done: Callback<LoadedFile>) {}

pub(crate) fn copy_or_select(_text: String, _id: &'static str, _done: Callback<bool>) {}

pub(crate) fn download_text(_file_name: &str, _mime: &str, _text: &str) {}

pub(crate) fn download_json<T: serde::Serialize>(_file_name: &str, _value: &T) {}

/// The library handed in, as it is.
#[hook]
pub(crate) fn use_listing(given: &Library) -> Load<Library> {
    Load::Ready(given.clone())
}

/// The entry from the library handed in.
#[hook]
pub(crate) fn use_entry(given: &Library, slug: &AttrValue) -> Load<Entry> {
    given.find(slug).map_or(Load::Missing, |e| Load::Ready(e.clone()))
}

/// The text the entry holds; there is nothing to fetch from.
#[hook]
pub(crate) fn use_article_text(entry: &Entry) -> Load<ArticleSource> {
    entry.text.clone().map_or_else(|| Load::Failed(format!("{} is not loaded", entry.file).into()), Load::Ready)
}
