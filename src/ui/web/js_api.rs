//! The JavaScript API: `annotate(text, options)` gives the analysis as a plain object in the
//! shape of the JSON export (schema `newslens-analysis/2`), for pages that use the engine
//! without the viewer. See docs/js-api.md.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Reflect;
use wasm_bindgen::prelude::*;

use super::model;
use crate::engine::{self, export::Export, Format, Tagger};
use crate::ui::model::{ModelState, MODEL_URL};

thread_local! {
    /// A model `loadModel` loaded from another address than the site's own.
    static OTHER_MODEL: RefCell<Option<Rc<Tagger>>> = const { RefCell::new(None) };
}

/// The tagger `annotate` uses: a model loaded from another address, else the site's model once
/// the one loader has it (the viewer's, when this page shows the viewer too), else the
/// provisional one.
fn tagger() -> Rc<Tagger> {
    if let Some(tagger) = OTHER_MODEL.with(|t| t.borrow().clone()) {
        return tagger;
    }
    match model::loaded().map(|loaded| loaded.state.clone()) {
        Some(ModelState::Trained(tagger)) => tagger,
        _ => Rc::new(Tagger::provisional()),
    }
}

/// The `format` option: a [`Format::name`] (`"article"`, `"markdown"`, `"lines"`, or
/// `"text"`, the old name of `"lines"`); plain paragraphs when absent. Anything else is an error.
fn format_option(options: &JsValue) -> Result<Format, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(Format::Lines);
    }
    if !options.is_object() {
        return Err(JsError::new("newslens.annotate: options must be an object like {format: \"article\"}"));
    }
    let format = Reflect::get(options, &JsValue::from_str("format")).unwrap_or(JsValue::UNDEFINED);
    if format.is_undefined() {
        return Ok(Format::Lines);
    }
    format
        .as_string()
        .as_deref()
        .and_then(Format::from_name)
        .ok_or_else(|| JsError::new("newslens.annotate: options.format must be \"article\", \"markdown\" or \"lines\""))
}

/// Analyses `text` and returns the export object: `{schema, title, text, entities, clusters,
/// quotes, …}` with every offset in bytes, code points and UTF-16 code units.
#[wasm_bindgen(js_name = annotate)]
pub fn annotate_js(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let tagger = tagger();
    let analysis = engine::analyze(text, format_option(&options)?, &tagger);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&Export::new(&analysis), &serializer).map_err(|e| JsError::new(&e.to_string()))
}

/// Loads the trained model (default: `model/ner.bin` beside the page, through the same one
/// fetch the viewer uses); later `annotate` calls use it. Resolves to `true` when loaded, `false`
/// when the provisional tagger stays.
#[wasm_bindgen(js_name = loadModel)]
pub async fn load_model_js(url: Option<String>) -> bool {
    match url.filter(|u| resolve(u) != resolve(&super::dom::served(MODEL_URL))) {
        None => {
            let loaded = js_sys::Promise::new(&mut |resolve, _| {
                model::when_loaded(move |loaded| {
                    let trained = matches!(loaded.state, ModelState::Trained(_));
                    let _ = resolve.call1(&JsValue::NULL, &JsValue::from_bool(trained));
                });
            });
            wasm_bindgen_futures::JsFuture::from(loaded).await.ok().and_then(|v| v.as_bool()).unwrap_or(false)
        }
        Some(url) => {
            let Ok(bytes) = model::fetch_bytes(&url).await else { return false };
            match Tagger::from_vec(bytes) {
                Ok(tagger) => {
                    OTHER_MODEL.with(|t| *t.borrow_mut() = Some(Rc::new(tagger)));
                    true
                }
                Err(_) => false,
            }
        }
    }
}

/// An address relative to the page, made absolute (as given when it cannot be read).
fn resolve(url: &str) -> String {
    let page = gloo::utils::window().location().href().unwrap_or_default();
    web_sys::Url::new_with_base(url, &page).map_or_else(|_| url.to_string(), |u| u.href())
}
