//! The one model loader: `model/ner.bin` is fetched once per page and handed to the analysis
//! worker, which builds the tagger (or falls back to the provisional one and says why). The
//! page itself never builds a tagger.

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
/// with the reason, or failed), starting the fetch if nobody has yet; at once if it is loaded
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
                wasm_bindgen_futures::spawn_local(fetch_and_share());
            }
        }
        None
    });
    if let (Some(state), Some(done)) = (ready, done) {
        done(&state);
    }
}

async fn fetch_and_share() {
    let fetched = fetch_buffer(&super::dom::served(MODEL_URL)).await;
    super::worker::load_model(fetched, |state| {
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
    Ok(js_sys::Uint8Array::new(&fetch_buffer(url).await?.into()).to_vec())
}

/// [`fetch_bytes`], left in JavaScript's memory: the model's bytes go on to the analysis worker
/// and never into the page's wasm.
async fn fetch_buffer(url: &str) -> Result<js_sys::ArrayBuffer, String> {
    let describe = |e: wasm_bindgen::JsValue| e.as_string().unwrap_or_else(|| format!("{e:?}"));
    let started = prefetched(url).unwrap_or_else(|| window().fetch_with_str(url));
    let response = JsFuture::from(started).await.map_err(describe)?;
    let response: web_sys::Response = response.dyn_into().map_err(describe)?;
    if !response.ok() {
        return Err(format!("HTTP {} for {url}", response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(describe)?).await.map_err(describe)?;
    buffer.dyn_into().map_err(describe)
}

/// The response the loader script started for `url`, taken (each is read once); `None` when it
/// started none (another page, a later navigation).
fn prefetched(url: &str) -> Option<js_sys::Promise> {
    let global = js_sys::global();
    let prefetch = js_sys::Reflect::get(&global, &"newslensPrefetch".into()).ok().filter(|v| v.is_object())?;
    let take: js_sys::Function = js_sys::Reflect::get(&prefetch, &"take".into()).ok()?.dyn_into().ok()?;
    take.call1(&prefetch, &url.into()).ok()?.dyn_into().ok()
}
