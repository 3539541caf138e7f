//! The analysis worker: every analysis runs in a Web Worker (`worker.js`) with its own wasm
//! module (`newslens-analysis`, src/bin/analysis.rs), so the page's module holds no tagger and
//! the text shows sooner, and a 2 MB paste never freezes the page. The loader script starts
//! the worker while the page's module compiles; the page's one model loader asks it to load the
//! model (which it fetches itself), then the page asks it for analyses.
//!
//! Messages: the page posts `{id, model: url}` (answered `{id, model: "trained"}` or
//! `{id, error}`: the provisional tagger stands in) and `{id, text, format}` (answered
//! `{id, annotations}`, the [`Annotations`] in postcard's bytes as a `Uint8Array`, or
//! `{id, error}`; the page parses the text itself, as it does to show it, and joins the two).
//! `{id, failed}` says the worker's module could not start.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};
use yew::prelude::*;

use crate::engine::{Analysis, Annotations, Document};
use crate::ui::model::{Analyse, Analyser, AnalysisDone, ModelState};
use crate::ui::own::OwnSource;

/// The worker script, beside index.html.
const WORKER_URL: &str = "worker.js";

const NOT_STARTED: &str = "the analysis worker could not start";

/// An answer of the worker, or why none came.
type Answer = Box<dyn FnOnce(Result<JsValue, String>)>;

/// The page's analysis worker and the requests it has not answered yet.
struct AnalysisWorker {
    worker: Worker,
    waiting: RefCell<HashMap<u32, Answer>>,
    next: Cell<u32>,
    /// Set once the worker failed to start: it will answer nothing.
    dead: Cell<bool>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

thread_local! {
    static PAGE_WORKER: RefCell<Option<Rc<AnalysisWorker>>> = const { RefCell::new(None) };
}

impl AnalysisWorker {
    /// The page's one worker: the one the loader script started (`newslensAnalyser`), else a
    /// new one.
    fn page() -> Result<Rc<AnalysisWorker>, String> {
        if let Some(worker) = PAGE_WORKER.with(|w| w.borrow().clone()) {
            return Ok(worker);
        }
        let global = js_sys::global();
        let started = Reflect::get(&global, &"newslensAnalyser".into()).ok().and_then(|w| w.dyn_into::<Worker>().ok());
        // The loader's worker may have failed before anyone listened (see loader.js).
        let failed_already = started
            .as_ref()
            .is_some_and(|w| Reflect::get(w, &"newslensFailed".into()).ok().is_some_and(|f| f.is_truthy()));
        let worker = match started {
            Some(worker) => worker,
            None => {
                let options = WorkerOptions::new();
                options.set_type(WorkerType::Module);
                let worker = Worker::new_with_options(&super::dom::served(WORKER_URL), &options)
                    .map_err(|e| format!("{e:?}"))?;
                // So the loader script does not start a second one.
                let _ = Reflect::set(&global, &"newslensAnalyser".into(), &worker);
                worker
            }
        };
        let worker = Rc::new_cyclic(|me: &std::rc::Weak<AnalysisWorker>| {
            let me_message = me.clone();
            let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                let data = event.data();
                let id = Reflect::get(&data, &"id".into()).ok().and_then(|id| id.as_f64()).map(|id| id as u32);
                let answer = me_message.upgrade().zip(id).and_then(|(me, id)| me.waiting.borrow_mut().remove(&id));
                if let Some(answer) = answer {
                    answer(Ok(data));
                }
            });
            let me_error = me.clone();
            let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
                // The script or its module did not load: nothing waiting, or asked later, will be
                // answered.
                let Some(me) = me_error.upgrade() else { return };
                me.dead.set(true);
                let waiting = std::mem::take(&mut *me.waiting.borrow_mut());
                for (_, answer) in waiting {
                    answer(Err(NOT_STARTED.into()));
                }
            });
            worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
            AnalysisWorker {
                worker,
                waiting: RefCell::default(),
                next: Cell::new(0),
                dead: Cell::new(failed_already),
                _on_message: on_message,
                _on_error: on_error,
            }
        });
        PAGE_WORKER.with(|w| *w.borrow_mut() = Some(worker.clone()));
        Ok(worker)
    }

    /// Posts `message` with a fresh id; `answer` gets the worker's reply.
    fn ask(&self, message: Object, answer: Answer) {
        if self.dead.get() {
            return answer(Err(NOT_STARTED.into()));
        }
        let id = self.next.get();
        self.next.set(id.wrapping_add(1));
        let _ = Reflect::set(&message, &"id".into(), &JsValue::from(id));
        self.waiting.borrow_mut().insert(id, answer);
        if let Err(e) = self.worker.post_message(&message) {
            if let Some(answer) = self.waiting.borrow_mut().remove(&id) {
                answer(Err(format!("{e:?}")));
            }
        }
    }
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);
}

/// A reply's `error` or `failed` text, if it has one.
fn reply_text(data: &JsValue, field: &str) -> Option<String> {
    Reflect::get(data, &field.into()).ok().filter(|v| !v.is_undefined()).map(|v| v.as_string().unwrap_or_default())
}

impl Analyse for AnalysisWorker {
    fn analyse(&self, source: &OwnSource, document: &Rc<Document>, done: AnalysisDone) {
        let message = Object::new();
        let _ = Reflect::set(&message, &"text".into(), &JsValue::from_str(&source.text));
        let _ = Reflect::set(&message, &"format".into(), &JsValue::from_str(source.format.name()));
        let document = document.clone();
        self.ask(
            message,
            Box::new(move |reply| {
                let result = reply.and_then(|data| {
                    if let Some(why) = reply_text(&data, "error").or_else(|| reply_text(&data, "failed")) {
                        return Err(why);
                    }
                    let annotations = Reflect::get(&data, &"annotations".into()).map_err(|e| format!("{e:?}"))?;
                    let bytes = annotations
                        .dyn_into::<js_sys::Uint8Array>()
                        .map_err(|_| "the analysis came without its bytes".to_string())?
                        .to_vec();
                    let annotations: Annotations = postcard::from_bytes(&bytes).map_err(|e| e.to_string())?;
                    Ok(Rc::new(Analysis::from_parts((*document).clone(), annotations)))
                });
                done(result);
            }),
        );
    }
}

/// Starts the analysis worker (if the loader script has not) and asks it to load the model from
/// `url` (the served `model/ner.bin`, relative to the page's folder, where the worker script
/// sits too); `done` gets the settled state.
pub(crate) fn load_model(url: &str, done: impl FnOnce(ModelState) + 'static) {
    let worker = match AnalysisWorker::page() {
        Ok(worker) => worker,
        Err(why) => return done(ModelState::Failed(format!("{NOT_STARTED}: {why}").into())),
    };
    let message = Object::new();
    let _ = Reflect::set(&message, &"model".into(), &JsValue::from_str(url));
    let analyser = Analyser::shared(worker.clone());
    worker.ask(
        message,
        Box::new(move |reply| {
            let state = match reply {
                Err(why) => ModelState::Failed(why.into()),
                Ok(data) => match reply_text(&data, "failed") {
                    Some(why) => ModelState::Failed(format!("{NOT_STARTED}: {why}").into()),
                    None => ModelState::loaded(analyser, reply_text(&data, "error").map_or(Ok(()), Err)),
                },
            };
            done(state);
        }),
    );
}

/// The analysis of `source` (with `document`, its parse, which the page shows meanwhile) by the
/// model state's analyser, once it answers (`None` before, and when it fails: the text stays
/// without highlights). A new source or model starts a new analysis; an answer for an old one
/// is dropped.
#[hook]
pub(crate) fn use_analysis(source: Option<(OwnSource, Rc<Document>)>, model: ModelState) -> Option<Rc<Analysis>> {
    let analysis = use_state(|| None::<Rc<Analysis>>);
    {
        let analysis = analysis.clone();
        use_effect_with((source, model), move |(source, model)| {
            analysis.set(None);
            let current = Rc::new(Cell::new(true));
            if let (Some((source, document)), Some(analyser)) = (source, model.analyser()) {
                let current = current.clone();
                analyser.analyse(
                    source,
                    document,
                    Box::new(move |result| match result {
                        Ok(result) if current.get() => analysis.set(Some(result)),
                        Ok(_) => {}
                        Err(why) => console_error(&format!("newslens: the analysis failed: {why}")),
                    }),
                );
            }
            move || current.set(false)
        });
    }
    (*analysis).clone()
}
