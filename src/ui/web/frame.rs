//! The embed's messages to the page around its iframe (compiled for the `web` feature only).
//!
//! Whenever the content's height changes (load, resize, a panel opened), the embed posts three
//! messages to its parent, so that any of three host scripts can size the iframe:
//!
//! - its own: `{type: "newslens:height", version: 1, height}` (read by `embed.js`)
//! - Datawrapper's: `{"datawrapper-height": {<id>: height}}`, `<id>` from the `id` parameter
//! - AMP's `amp-iframe`: `{sentinel: "amp", type: "embed-size", height}`
//!
//! `height` is the content's height in CSS pixels, rounded up. The messages carry nothing of
//! the article, so they go to any origin (`"*"`). The one message the embed accepts is
//! `{type: "newslens:request-height", version: 1}` from its parent, answered with the height
//! messages; everything else is ignored.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::utils::{document, window};
use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, ResizeObserver, Window};
use yew::prelude::*;

pub(crate) const HEIGHT_TYPE: &str = "newslens:height";
pub(crate) const REQUEST_TYPE: &str = "newslens:request-height";
pub(crate) const VERSION: u32 = 1;

fn parent() -> Option<Window> {
    let parent = window().parent().ok().flatten()?;
    // A page that is not in a frame is its own parent.
    (!Object::is(&parent, &window())).then_some(parent)
}

fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object.into()
}

fn content_height() -> f64 {
    document().body().map_or(0.0, |body| body.get_bounding_client_rect().height().ceil())
}

fn post_height(parent: &Window, frame_id: &str, height: f64) {
    let height = JsValue::from_f64(height);
    let messages = [
        object(&[
            ("type", JsValue::from_str(HEIGHT_TYPE)),
            ("version", JsValue::from(VERSION)),
            ("height", height.clone()),
        ]),
        object(&[("datawrapper-height", object(&[(frame_id, height.clone())]))]),
        object(&[
            ("sentinel", JsValue::from_str("amp")),
            ("type", JsValue::from_str("embed-size")),
            ("height", height),
        ]),
    ];
    for message in messages {
        let _ = parent.post_message(&message, "*");
    }
}

/// Whether a message is a well-formed height request.
fn is_height_request(data: &JsValue) -> bool {
    if !data.is_object() {
        return false;
    }
    let field = |name: &str| Reflect::get(data, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
    field("type").as_string().as_deref() == Some(REQUEST_TYPE) && field("version").as_f64() == Some(f64::from(VERSION))
}

/// What reports the height while the page is shown: the observer, and the callback and the
/// listener it keeps alive until the cleanup drops them.
type Watching = (ResizeObserver, Closure<dyn FnMut()>, EventListener);

/// Reports the content height to the parent page while the calling component is shown.
#[hook]
pub(crate) fn use_frame_height(frame_id: String) {
    use_effect_with(frame_id, |frame_id| {
        let frame_id = frame_id.clone();
        let mut cleanup: Option<Watching> = None;
        if let Some(parent) = parent() {
            let last = Rc::new(Cell::new(-1.0));
            let report = {
                let (parent, frame_id, last) = (parent.clone(), frame_id.clone(), last.clone());
                move |force: bool| {
                    let height = content_height();
                    if force || height != last.get() {
                        last.set(height);
                        post_height(&parent, &frame_id, height);
                    }
                }
            };
            let on_resize = {
                let report = report.clone();
                Closure::<dyn FnMut()>::new(move || report(false))
            };
            let on_message = {
                let parent = parent.clone();
                EventListener::new(&window(), "message", move |event| {
                    let Some(event) = event.dyn_ref::<MessageEvent>() else { return };
                    let from_parent = event.source().is_some_and(|s| Object::is(&s, &parent));
                    if from_parent && is_height_request(&event.data()) {
                        report(true);
                    }
                })
            };
            if let (Ok(observer), Some(body)) =
                (ResizeObserver::new(on_resize.as_ref().unchecked_ref()), document().body())
            {
                observer.observe(&body);
                cleanup = Some((observer, on_resize, on_message));
            }
        }
        move || {
            if let Some((observer, _closure, _listener)) = cleanup {
                observer.disconnect();
            }
        }
    });
}
