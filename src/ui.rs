//! The viewer: Yew components that show an article with its entities and quotations.
//!
//! The engine does all the analysis; this module only renders it. Everything here compiles
//! natively (feature `ssr`, for render tests) and to wasm (feature `web`); every call into
//! browser APIs goes through [`web`], the one door to the browser.
//!
//! - [`state`]: what the reader has chosen: [`ViewerState`], its [`Action`]s and its one
//!   reducer, read by components through [`use_viewer`](state::use_viewer).
//! - `app`: [`App`], made of [`ViewerProvider`] (the state, provided once) and the page the
//!   route names.
//! - `components`: one component per file; they read the state and the words, and send actions.
//! - [`route`], [`link`]: the hash routes (`#/`, `#/a/<slug>`) and their query
//!   (`?entity=3&quote=2`, embed options), parsed and written in one place.
//! - [`model`]: which tagger the highlights come from and what runs it, and the fallback when
//!   the model fails.
//! - [`library`]: the archive's index and the articles' sources; [`own`]: the reader's own text.
//! - [`prefs`], [`strings`], [`shortcuts`]: themes and sizes, the words in German and English
//!   (read with [`use_strings`](strings::use_strings)), the shortcut keys.
//! - `web`: the browser: start-up, the address bar, storage, keys, the embed's messages, the
//!   analysis worker and the model loader.

mod app;
mod components;
pub mod library;
pub mod link;
pub mod model;
pub mod own;
pub mod prefs;
pub mod route;
pub mod shortcuts;
pub mod state;
pub mod strings;
mod web;

pub use app::{App, AppProps, ViewerProvider, ViewerProviderProps};
pub use components::article::ArticleView;
pub use components::article_list::HomePage;
pub use components::embed::embed_snippet;
pub use library::{ArticleSource, Library};
pub use model::{Analyser, ModelState};
pub use own::decode_text;
pub use route::Route;
pub use state::{Action, KindSet, ViewerState};

/// Starts the app in the browser: mounts it on `#app`, at the route the URL names.
#[cfg(feature = "web")]
pub fn start() {
    // A page without #app shows no viewer.
    let Some(root) = web::app_root() else { return };
    // No library: the app fetches the site's index, and each article when it is opened.
    let props = AppProps { route: web::current_route(), model: ModelState::Loading, library: Library::default() };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
