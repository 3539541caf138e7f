//! The one door to the browser: every call the viewer makes into browser APIs (the address bar
//! and history, storage, keys, scrolling and focus, downloads and the clipboard, files, the
//! embed's messages, the analysis worker, the model fetch) is behind it.
//!
//! The split between browser and elsewhere is written here once. With the `web` feature the
//! names below come from the modules in `web/`, which hold all of the app's `web_sys` and
//! `wasm_bindgen` code; without it (render tests, feature `ssr`) they come from `web/native.rs`,
//! stand-ins that do nothing or the plainest thing. Components call these names and never
//! touch the platform themselves.
//!
//! - `sync`: keeps [`ViewerState`](super::state::ViewerState) in step with the browser: one
//!   `hashchange` listener (route and query read together, one action), history entries,
//!   stored preferences, the theme attributes, keyboard shortcuts, scrolling to what was
//!   picked, and the model fetch.
//! - `archive`: the article index and the articles' files, fetched when a page needs them.
//! - `model`: the one model loader: `model/ner.bin` fetched once per page and handed to the
//!   analysis worker.
//! - `dom`: DOM helpers for components (titles, the entity card's place, downloads, the
//!   clipboard, files, form values).
//! - `frame`: the embed's height messages to its host page.
//! - `worker`: the analysis worker (`worker.js` and the `newslens-analysis` module): every
//!   analysis runs there, with the page's model. The JavaScript API for pages without the
//!   viewer is that module's (src/bin/analysis.rs).

#[cfg(feature = "web")]
mod archive;
#[cfg(feature = "web")]
mod dom;
#[cfg(feature = "web")]
mod frame;
#[cfg(feature = "web")]
mod model;
#[cfg(feature = "web")]
mod sync;
#[cfg(feature = "web")]
mod worker;

#[cfg(feature = "web")]
mod door {
    pub(crate) use super::archive::{use_article_text, use_entry, use_listing};
    pub(crate) use super::dom::{
        chosen_file, copy_or_select, download_json, download_text, dropped_file, input_value, narrow_screen,
        page_address, quote_under, select_value, textarea_value, use_card_target, use_document_title,
    };
    pub(crate) use super::frame::use_frame_height;
    pub(crate) use super::sync::{app_root, current_route, starting_state, use_browser};
    pub(crate) use super::worker::use_analysis;
}

#[cfg(not(feature = "web"))]
#[path = "web/native.rs"]
mod door;

pub(crate) use door::*;
