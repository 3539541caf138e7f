//! The one model loader: `model/ner.bin` is fetched once per page, and the page, the analysis
//! worker and the JavaScript API all use what that one fetch gave: the tagger (or the
//! provisional one and why not) and the model's bytes, which the worker loads for itself.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::utils::window;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::ui::model::{ModelState, MODEL_URL};

/// What the one fetch gave.
pub(crate) struct Loaded {
    /// Trained, or provisional with the reason; never `Loading`.
    pub state: ModelState,
    /// The model file, when it loaded: the worker builds its own tagger from it.
    pub bytes: Option<Rc<[u8]>>,
}

/// What runs once the model is loaded.
type Waiting = Box<dyn FnOnce(&Loaded)>;

enum Load {
    Idle,
    /// Fetching; these run once it is done.
    Pending(Vec<Waiting>),
    Done(Rc<Loaded>),
}

thread_local! {
    static MODEL: RefCell<Load> = const { RefCell::new(Load::Idle) };
}

/// Calls `done` with the model once it is loaded, starting the fetch if nobody has yet; at once
/// if it is loaded already.
pub(crate) fn when_loaded(done: impl FnOnce(&Loaded) + 'static) {
    let mut done = Some(done);
    let ready = MODEL.with(|model| {
        let mut model = model.borrow_mut();
        let waiting: Waiting = match &*model {
            Load::Done(loaded) => return Some(loaded.clone()),
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
    if let (Some(loaded), Some(done)) = (ready, done) {
        done(&loaded);
    }
}

/// The model if it is loaded already (`None` while it is fetched, or before anyone asked).
pub(crate) fn loaded() -> Option<Rc<Loaded>> {
    MODEL.with(|model| match &*model.borrow() {
        Load::Done(loaded) => Some(loaded.clone()),
        _ => None,
    })
}

async fn fetch_and_share() {
    let fetched = fetch_bytes(&super::dom::served(MODEL_URL)).await;
    let bytes: Option<Rc<[u8]>> = fetched.as_ref().ok().map(|b| b.as_slice().into());
    let state = ModelState::from_fetch(fetched);
    let loaded = Rc::new(Loaded { bytes: bytes.filter(|_| matches!(state, ModelState::Trained(_))), state });
    let waiting = MODEL.with(|model| match std::mem::replace(&mut *model.borrow_mut(), Load::Done(loaded.clone())) {
        Load::Pending(waiting) => waiting,
        _ => Vec::new(),
    });
    for done in waiting {
        done(&loaded);
    }
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

/// The response the loader script started for `url`, taken (each is read once); `None` when it
/// started none (another page, a worker, a later navigation).
fn prefetched(url: &str) -> Option<js_sys::Promise> {
    let global = js_sys::global();
    let prefetch = js_sys::Reflect::get(&global, &"newslensPrefetch".into()).ok().filter(|v| v.is_object())?;
    let take: js_sys::Function = js_sys::Reflect::get(&prefetch, &"take".into()).ok()?.dyn_into().ok()?;
    take.call1(&prefetch, &url.into()).ok()?.dyn_into().ok()
}
