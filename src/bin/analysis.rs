//! The analysis module (`newslens-analysis.js` and its wasm): the engine for the browser,
//! without the viewer. The viewer's analysis worker (src/ui/web/worker.js) runs it, so the
//! page's own module holds no tagger; other pages use it as a library (`annotate`,
//! `loadModel`; see docs/js-api.md).

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Reflect;
use newslens::engine::{export::Export, Format, Tagger};
use newslens::ui::library::served_name;
use newslens::ui::model::MODEL_URL;
use newslens::ui::own::{analyse_own, OwnSource};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Nothing starts on load: the module only answers calls.
fn main() {}

thread_local! {
    /// The tagger `useModel` or `loadModel` loaded; `None`: the provisional tagger.
    static TAGGER: RefCell<Option<Rc<Tagger>>> = const { RefCell::new(None) };
}

fn tagger() -> Rc<Tagger> {
    TAGGER.with(|t| t.borrow_mut().get_or_insert_with(|| Rc::new(Tagger::provisional())).clone())
}

/// Loads the model from its bytes (`model/ner.bin`); later analyses use it. A model that does
/// not load throws an `Error` saying why, and the tagger in use stays.
#[wasm_bindgen(js_name = useModel)]
pub fn use_model(bytes: Vec<u8>) -> Result<(), JsError> {
    let tagger = Tagger::from_vec(bytes).map_err(|e| JsError::new(&e.to_string()))?;
    TAGGER.with(|t| *t.borrow_mut() = Some(Rc::new(tagger)));
    Ok(())
}

#[wasm_bindgen]
extern "C" {
    /// The global `fetch`, on a page or in a worker.
    #[wasm_bindgen(js_name = fetch)]
    fn fetch_url(url: &str) -> js_sys::Promise;
}

/// The site's model: the name the page's `newslens-files` map gives `model/ner.bin` (see
/// scripts/hash-names.mjs), else that name itself, relative to the page.
fn site_model() -> String {
    let map = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.query_selector("meta[name=\"newslens-files\"]").ok().flatten())
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_default();
    served_name(&map, MODEL_URL).unwrap_or(MODEL_URL).to_string()
}

/// Fetches the trained model (default: the site's, see [`site_model`]) and loads it. Resolves
/// to `true` when loaded, `false` when the tagger in use stays (the provisional one, unless a
/// model was loaded before).
#[wasm_bindgen(js_name = loadModel)]
pub async fn load_model(url: Option<String>) -> bool {
    let url = url.unwrap_or_else(site_model);
    let Ok(response) = JsFuture::from(fetch_url(&url)).await else { return false };
    let Ok(response) = response.dyn_into::<web_sys::Response>() else { return false };
    if !response.ok() {
        return false;
    }
    let Ok(buffer) = response.array_buffer() else { return false };
    let Ok(buffer) = JsFuture::from(buffer).await else { return false };
    use_model(js_sys::Uint8Array::new(&buffer).to_vec()).is_ok()
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
#[wasm_bindgen]
pub fn annotate(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let source = OwnSource { text: text.into(), format: format_option(&options)? };
    let analysis = analyse_own(&source, &tagger());
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&Export::new(&analysis), &serializer).map_err(|e| JsError::new(&e.to_string()))
}

/// The viewer's analysis of `text` read as `format` (a [`Format::name`]), without the parsed
/// document, which the page has already: the engine's `Annotations` in postcard's bytes, which
/// the page decodes back (src/ui/web/worker.rs). Bytes cross to the page in one copy; as
/// JavaScript objects, an article's thousand-odd spans and mentions were built here, cloned
/// across and read back field by field (the page's part alone took 4–5 ms).
#[wasm_bindgen(js_name = annotationsOf)]
pub fn annotations_of(text: &str, format: &str) -> Result<Vec<u8>, JsError> {
    let format = Format::from_name(format).ok_or_else(|| JsError::new(&format!("unknown format {format:?}")))?;
    let (_, annotations) = analyse_own(&OwnSource { text: text.into(), format }, &tagger()).into_parts();
    postcard::to_allocvec(&annotations).map_err(|e| JsError::new(&e.to_string()))
}
