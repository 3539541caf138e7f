//! The app's own browser calls (compiled for the `web` feature only): the route in the address
//! bar, the model fetch, the page title. The reader features' calls (query, history, keys,
//! storage, scrolling, focus) are in `dom`; the embed's messages to its host page in `frame`.

use gloo::events::EventListener;
use gloo::utils::{document, window};
use web_sys::Element;
use yew::prelude::*;

use super::model::{self, ModelState};
use super::route::Route;
use super::state::{Action, ViewerState};

/// The route the address bar names now.
pub(crate) fn current_route() -> Route {
    Route::from_hash(&window().location().hash().unwrap_or_default())
}

/// The element the app mounts on: `#app` in index.html.
pub(crate) fn app_root() -> Option<Element> {
    document().get_element_by_id("app")
}

/// Keeps the state in step with the browser: follows the address bar, and fetches the model
/// once if the app started without one.
#[hook]
pub(crate) fn use_browser(state: &UseReducerHandle<ViewerState>) {
    let dispatcher = state.dispatcher();
    use_effect_with((), {
        let dispatcher = dispatcher.clone();
        move |_| {
            let listener = EventListener::new(&window(), "hashchange", move |_| {
                dispatcher.dispatch(Action::Navigate(current_route()));
            });
            move || drop(listener)
        }
    });

    let needs_model = matches!(state.model, ModelState::Loading);
    use_effect_with((), move |_| {
        if needs_model {
            wasm_bindgen_futures::spawn_local(async move {
                dispatcher.dispatch(Action::ModelReady(model::load().await));
            });
        }
    });

    // A new page starts at its top, as after following a link.
    use_effect_with(state.route.clone(), |_| window().scroll_to_with_x_and_y(0.0, 0.0));
}

/// Fetches a file relative to the page. Plain `fetch`: the one request the app makes needs no
/// HTTP client crate in the wasm.
pub(crate) async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    let describe = |e: wasm_bindgen::JsValue| e.as_string().unwrap_or_else(|| format!("{e:?}"));
    let response = JsFuture::from(window().fetch_with_str(url)).await.map_err(describe)?;
    let response: web_sys::Response = response.dyn_into().map_err(describe)?;
    if !response.ok() {
        return Err(format!("HTTP {} for {url}", response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(describe)?).await.map_err(describe)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

pub(crate) fn set_title(title: &str) {
    document().set_title(title);
}
