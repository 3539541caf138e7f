//! The viewer: Yew components that show an article with its entities and quotations.
//!
//! The engine does all the analysis; this module only renders it. Everything here compiles
//! natively (feature `ssr`, for render tests) and to wasm (feature `web`); the calls into
//! browser APIs live in `browser`, `dom` and `frame`, compiled for the `web` feature only.
//!
//! - [`route`]: the hash routes (`#/`, `#/a/<slug>`), parsed and written in one place.
//! - [`state`]: the one reducer, [`ViewerState`] with its [`Action`]s.
//! - [`model`]: which tagger the highlights come from, and the fallback when the model fails.
//! - [`library`]: the articles the app can show.
//! - [`link`]: the query part of a route (`?entity=3&quote=2`, embed options), read and written.
//! - [`reader`]: the chosen entity, preferences and overlays, part of the one reducer.
//! - [`prefs`], [`strings`], [`shortcuts`]: themes and sizes, the words in German and English,
//!   the shortcut keys.
//! - `components`: one component per file; [`App`] at the root.

mod app;
#[cfg(feature = "web")]
mod browser;
mod components;
#[cfg(feature = "web")]
mod dom;
#[cfg(feature = "web")]
mod frame;
#[cfg(feature = "web")]
pub mod js_api;
pub mod library;
pub mod link;
pub mod model;
pub mod prefs;
pub mod reader;
pub mod route;
pub mod shortcuts;
pub mod state;
pub mod strings;
#[cfg(feature = "web")]
mod worker;

pub use app::{App, AppProps};
pub use components::article::{ArticleView, ArticleViewProps};
pub use components::embed::embed_snippet;
pub use components::own_text::decode_text;
pub use library::{ArticleSource, Library};
pub use model::ModelState;
pub use route::Route;
pub use state::{Action, KindSet, ViewerState};

/// Starts the app in the browser: mounts it on `#app`, at the route the URL names,
/// and starts fetching the trained model.
#[cfg(feature = "web")]
pub fn start() {
    // The same module runs in the analysis worker (worker.js), which has no page to render.
    if web_sys::window().is_none() {
        return;
    }
    let props = AppProps { route: browser::current_route(), model: ModelState::Loading, library: Library::bundled() };
    // A page without #app loaded the module for its JavaScript API (`annotate`), not the viewer.
    if let Some(root) = browser::app_root() {
        yew::Renderer::<App>::with_root_and_props(root, props).render();
    }
}
