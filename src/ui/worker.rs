//! Large texts are analysed in a Web Worker (`worker.js`), so a 2 MB paste never freezes the
//! page. The worker runs this same wasm module: [`worker_analyze`] is its entry point, and
//! [`analyze_in_worker`] the page's side. Compiled for the `web` feature only.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};
use yew::Callback;

use super::components::own_text::{analyse_own, OwnSource};
use crate::engine::{Analysis, Format, Tagger};

/// The worker script, beside index.html.
const WORKER_URL: &str = "worker.js";

thread_local! {
    /// In the worker: the trained tagger, once `worker.js` handed over the model's bytes.
    static WORKER_TAGGER: RefCell<Option<Tagger>> = const { RefCell::new(None) };
}

/// In the worker: loads the trained model from its bytes. `false` keeps the provisional tagger.
#[wasm_bindgen(js_name = workerUseModel)]
pub fn worker_use_model(bytes: &[u8]) -> bool {
    match Tagger::from_bytes(bytes) {
        Ok(tagger) => {
            WORKER_TAGGER.with(|t| *t.borrow_mut() = Some(tagger));
            true
        }
        Err(_) => false,
    }
}

/// In the worker: analyses the reader's text exactly as the page would, and returns the
/// serialised [`Analysis`].
#[wasm_bindgen(js_name = workerAnalyze)]
pub fn worker_analyze(text: String, markdown: bool) -> Result<JsValue, JsError> {
    let format = if markdown { Format::Markdown } else { Format::Text };
    let source = OwnSource { text: text.into(), format };
    let analysis = WORKER_TAGGER.with(|t| match &*t.borrow() {
        Some(tagger) => analyse_own(&source, tagger),
        None => analyse_own(&source, &Tagger::provisional()),
    });
    serde_wasm_bindgen::to_value(&analysis).map_err(|e| JsError::new(&e.to_string()))
}

/// A running analysis in a worker; dropping it stops the worker.
pub(crate) struct WorkerJob {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl Drop for WorkerJob {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

/// On the page: analyses `source` in a worker and calls `done` once with the analysis or the
/// reason it failed.
pub(crate) fn analyze_in_worker(
    source: &OwnSource,
    done: Callback<Result<Rc<Analysis>, String>>,
) -> Result<WorkerJob, String> {
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker = Worker::new_with_options(WORKER_URL, &options).map_err(|e| format!("{e:?}"))?;

    let finish = done.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        let analysis = js_sys::Reflect::get(&data, &"analysis".into()).unwrap_or(JsValue::UNDEFINED);
        let result = if analysis.is_undefined() {
            let error = js_sys::Reflect::get(&data, &"error".into()).ok().and_then(|e| e.as_string());
            Err(error.unwrap_or_else(|| "the analysis stopped without a result".into()))
        } else {
            serde_wasm_bindgen::from_value::<Analysis>(analysis).map(Rc::new).map_err(|e| e.to_string())
        };
        finish.emit(result);
    });
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
        done.emit(Err("the background analysis could not start".into()));
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));

    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"text".into(), &JsValue::from_str(&source.text));
    let _ = js_sys::Reflect::set(&message, &"markdown".into(), &JsValue::from_bool(source.format == Format::Markdown));
    worker.post_message(&message).map_err(|e| format!("{e:?}"))?;
    Ok(WorkerJob { worker, _on_message: on_message, _on_error: on_error })
}
