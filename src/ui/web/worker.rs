//! Large texts are analysed in a Web Worker (`worker.js`), so a 2 MB paste never freezes the
//! page. The worker runs this same wasm module: [`worker_analyze`] is its entry point, and
//! [`use_own_analysis`] the page's side. The page hands the worker the model's bytes from the
//! one model loader, so the worker never fetches the model and tags exactly as the page would.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};
use yew::prelude::*;

use crate::engine::{Analysis, Format, Tagger};
use crate::ui::model::ModelState;
use crate::ui::own::{analyse_own, OwnSource, WORKER_THRESHOLD};

/// The worker script, beside index.html.
const WORKER_URL: &str = "worker.js";

/// In the worker: analyses the reader's text exactly as the page would, with the model whose
/// bytes the page sent (the provisional tagger when it sent none: the page shows that it uses
/// it), and returns the serialised [`Analysis`]. A model that does not load is an error, not a
/// quiet fallback.
#[wasm_bindgen(js_name = workerAnalyze)]
pub fn worker_analyze(text: String, markdown: bool, model: Option<Vec<u8>>) -> Result<JsValue, JsError> {
    let tagger = match model {
        Some(bytes) => Tagger::from_vec(bytes)
            .map_err(|e| JsError::new(&format!("the model could not be loaded in the background: {e}")))?,
        None => Tagger::provisional(),
    };
    let format = if markdown { Format::Markdown } else { Format::Article };
    let analysis = analyse_own(&OwnSource { text: text.into(), format }, &tagger);
    serde_wasm_bindgen::to_value(&analysis).map_err(|e| JsError::new(&e.to_string()))
}

/// A running analysis in a worker; dropping it stops the worker.
struct WorkerJob {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl Drop for WorkerJob {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

/// The analysis of the reader's text, once ready. Short texts are analysed at once; long ones
/// in a Web Worker, so the page stays usable meanwhile (`None` until it answers). Where no
/// worker can run, or it fails, the analysis still happens, on this thread.
#[hook]
pub(crate) fn use_own_analysis(source: Option<OwnSource>, model: ModelState) -> Option<Rc<Analysis>> {
    let analysis = use_state(|| None::<Rc<Analysis>>);
    let job = use_mut_ref(|| None::<WorkerJob>);
    {
        let analysis = analysis.clone();
        use_effect_with((source, model), move |(source, model)| {
            analysis.set(None);
            *job.borrow_mut() = None;
            if let (Some(source), Some(tagger)) = (source, model.tagger()) {
                let on_this_thread = {
                    let (analysis, source, tagger) = (analysis.clone(), source.clone(), tagger.clone());
                    move || analysis.set(Some(Rc::new(analyse_own(&source, &tagger))))
                };
                if source.text.len() > WORKER_THRESHOLD {
                    let done = {
                        let (analysis, on_this_thread) = (analysis.clone(), on_this_thread.clone());
                        Callback::from(move |result: Result<Rc<Analysis>, String>| match result {
                            Ok(result) => analysis.set(Some(result)),
                            Err(_) => on_this_thread(),
                        })
                    };
                    // The bytes of the model the page uses; none when the page uses the
                    // provisional tagger.
                    let bytes = matches!(model, ModelState::Trained(_))
                        .then(super::model::loaded)
                        .flatten()
                        .and_then(|loaded| loaded.bytes.clone());
                    match analyze_in_worker(source, bytes.as_deref(), done) {
                        Ok(started) => *job.borrow_mut() = Some(started),
                        Err(_) => on_this_thread(),
                    }
                } else {
                    on_this_thread();
                }
            }
        });
    }
    (*analysis).clone()
}

/// Analyses `source` in a worker with the model `bytes` and calls `done` once with the analysis
/// or the reason it failed.
fn analyze_in_worker(
    source: &OwnSource,
    bytes: Option<&[u8]>,
    done: Callback<Result<Rc<Analysis>, String>>,
) -> Result<WorkerJob, String> {
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker = Worker::new_with_options(&super::dom::served(WORKER_URL), &options).map_err(|e| format!("{e:?}"))?;

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
    if let Some(bytes) = bytes {
        let _ = js_sys::Reflect::set(&message, &"model".into(), &js_sys::Uint8Array::from(bytes));
    }
    worker.post_message(&message).map_err(|e| format!("{e:?}"))?;
    Ok(WorkerJob { worker, _on_message: on_message, _on_error: on_error })
}
