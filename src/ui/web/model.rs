//! The one model loader: the analysis worker is asked once per page to load `model/ner.bin`,
//! which it fetches itself (the loader script may have had it start already) and builds the
//! tagger from, or falls back to the provisional one and says why. The page itself never holds
//! the model's bytes nor builds a tagger. Also the page's fetches of its own files.

use std::cell::RefCell;

use gloo::utils::window;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::ui::model::{ModelState, MODEL_URL};

/// What runs once the model is loaded.
type Waiting = Box<dyn FnOnce(&ModelState)>;

enum Load {
    Idle,
    /// Fetching; these run once it is done.
    Pending(Vec<Waiting>),
    Done(ModelState),
}

thread_local! {
    static MODEL: RefCell<Load> = const { RefCell::new(Load::Idle) };
}

/// Calls `done` with the settled model state once the model is loaded (trained, provisional
/// with the reason, or failed), starting the load if nobody has yet; at once if it is loaded
/// already.
pub(crate) fn when_loaded(done: impl FnOnce(&ModelState) + 'static) {
    let mut done = Some(done);
    let ready = MODEL.with(|model| {
        let mut model = model.borrow_mut();
        let waiting: Waiting = match &*model {
            Load::Done(state) => return Some(state.clone()),
            _ => Box::new(done.take()?),
        };
        match &mut *model {
            Load::Pending(list) => list.push(waiting),
            _ => {
                *model = Load::Pending(vec![waiting]);
                // Later, not now: the answer may come at once, while MODEL is borrowed here.
                wasm_bindgen_futures::spawn_local(async { load() });
            }
        }
        None
    });
    if let (Some(state), Some(done)) = (ready, done) {
        done(&state);
    }
}

/// Asks the page's analysis worker to load the model, and hands the settled state to everyone
/// waiting.
fn load() {
    super::worker::load_model(&super::dom::served(MODEL_URL), |state| {
        let waiting =
            MODEL.with(|model| match std::mem::replace(&mut *model.borrow_mut(), Load::Done(state.clone())) {
                Load::Pending(waiting) => waiting,
                _ => Vec::new(),
            });
        for done in waiting {
            done(&state);
        }
    });
}

/// Fetches a file relative to the page: the response the loader script started for it while
/// the wasm compiled (see src/ui/web/loader.js), else a new `fetch`. Plain `fetch`: the few
/// requests the app makes need no HTTP client crate in the wasm.
pub(crate) async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let describe = |e: wasm_bindgen::JsValue| e.as_string().unwrap_or_else(|| format!("{e:?}"));
    let started = prefetched(url).unwrap_or_else(|| window().fetch_with_str(url));
    let response = JsFuture::from(started).await.map_err(describe)?;
    let response: web_sys::Response = response.dyn_into().map_err(describe)?;
    if !response.ok() {
        return Err(format!("HTTP {} for {url}", response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(describe)?).await.map_err(describe)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The text of `url` if the loader script has read it already (while the wasm compiled), taken
/// (the loader keeps it for one reader); `None` otherwise.
pub(crate) fn prefetched_text(url: &str) -> Option<String> {
    ask_loader("text", url)?.as_string()
}

/// The response the loader script started for `url`, taken (each is read once); `None` when it
/// started none (another page, a later navigation).
fn prefetched(url: &str) -> Option<js_sys::Promise> {
    ask_loader("take", url)?.dyn_into().ok()
}

/// Calls `newslensPrefetch[method](url)`, the loader script's hand-over (src/ui/web/loader.js);
/// `None` when the page has no loader or the call fails.
fn ask_loader(method: &str, url: &str) -> Option<wasm_bindgen::JsValue> {
    let global = js_sys::global();
    let prefetch = js_sys::Reflect::get(&global, &"newslensPrefetch".into()).ok().filter(|v| v.is_object())?;
    let call: js_sys::Function = js_sys::Reflect::get(&prefetch, &method.into()).ok()?.dyn_into().ok()?;
    call.call1(&prefetch, &url.into()).ok()
}
