//! Which tagger the highlights come from, and what runs it.
//!
//! The article's text shows at once; the entity highlights follow once the trained model
//! (`model/ner.bin`, a separate static file) is fetched and loaded. When the fetch or the load
//! fails, the provisional rule tagger stands in and the page says so. In the browser the
//! analysis runs in the analysis worker (`worker.js` with its own wasm module, so the page's
//! module holds no tagger); the fetch itself, once per page, is `web`'s model loader.

use std::rc::Rc;

use yew::AttrValue;

use crate::engine::{self, Analysis, Document, Tagger};
use crate::ui::own::OwnSource;

/// Where the trained model is fetched from, relative to the page so the site works under any
/// sub-path.
pub const MODEL_URL: &str = "model/ner.bin";

/// Called once with an analysis, or with why there is none.
pub type AnalysisDone = Box<dyn FnOnce(Result<Rc<Analysis>, String>)>;

/// What analyses a text: the page's analysis worker, or a tagger on this thread (render tests,
/// browser tests, the native CLI's tests).
pub trait Analyse {
    /// Analyses `source` exactly as [`analyse_own`](crate::ui::own::analyse_own) does and calls
    /// `done` once: at once on this thread, or when the worker answers. `document` is `source`
    /// parsed, which the page has already to show it: the analysis is built on it rather than
    /// on a second parse.
    fn analyse(&self, source: &OwnSource, document: &Rc<Document>, done: AnalysisDone);
}

/// A tagger analyses on this thread.
impl Analyse for Tagger {
    fn analyse(&self, _source: &OwnSource, document: &Rc<Document>, done: AnalysisDone) {
        done(Ok(Rc::new(engine::annotate((**document).clone(), self))));
    }
}

/// What the viewer analyses with once a model state is settled. Compares by identity: a new
/// load is a new analyser.
#[derive(Clone)]
pub struct Analyser(Rc<dyn Analyse>);

impl Analyser {
    pub fn new(analyse: impl Analyse + 'static) -> Analyser {
        Analyser(Rc::new(analyse))
    }

    /// An analyser shared with others (the page's one worker).
    pub fn shared(analyse: Rc<dyn Analyse>) -> Analyser {
        Analyser(analyse)
    }

    pub fn analyse(&self, source: &OwnSource, document: &Rc<Document>, done: AnalysisDone) {
        self.0.analyse(source, document, done);
    }
}

impl PartialEq for Analyser {
    fn eq(&self, other: &Analyser) -> bool {
        std::ptr::addr_eq(Rc::as_ptr(&self.0), Rc::as_ptr(&other.0))
    }
}

impl std::fmt::Debug for Analyser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Analyser")
    }
}

/// The state of the tagger the viewer uses.
#[derive(Clone, Debug, PartialEq)]
pub enum ModelState {
    /// The model is being fetched: show the text without highlights.
    Loading,
    /// The trained model is loaded.
    Trained(Analyser),
    /// The provisional tagger stands in, with the reason the model is not used.
    Provisional { analyser: Analyser, reason: AttrValue },
    /// Nothing can analyse (the analysis worker did not start): the text stays without
    /// highlights, and the page says why.
    Failed(AttrValue),
}

impl ModelState {
    /// The provisional tagger on this thread, with a reason to show.
    pub fn provisional(reason: impl Into<AttrValue>) -> ModelState {
        ModelState::Provisional { analyser: Analyser::new(Tagger::provisional()), reason: reason.into() }
    }

    /// The trained tagger `tagger` on this thread.
    pub fn trained(tagger: Tagger) -> ModelState {
        ModelState::Trained(Analyser::new(tagger))
    }

    /// What loading the model into `analyser` gave: trained, or the provisional tagger stands
    /// in and `Err` says why.
    pub fn loaded(analyser: Analyser, result: Result<(), String>) -> ModelState {
        match result {
            Ok(()) => ModelState::Trained(analyser),
            Err(reason) => ModelState::Provisional { analyser, reason: reason.into() },
        }
    }

    /// Nothing will analyse: no highlights, names or quotes are to come.
    pub fn failed(&self) -> bool {
        matches!(self, ModelState::Failed(_))
    }

    /// What to analyse with, once a tagger is ready.
    pub fn analyser(&self) -> Option<&Analyser> {
        match self {
            ModelState::Loading | ModelState::Failed(_) => None,
            ModelState::Trained(analyser) | ModelState::Provisional { analyser, .. } => Some(analyser),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Format;

    #[test]
    fn a_failed_load_falls_back_with_the_reason() {
        let state = ModelState::loaded(Analyser::new(Tagger::provisional()), Err("HTTP 404".into()));
        assert!(matches!(&state, ModelState::Provisional { reason, .. } if reason.contains("HTTP 404")));
        assert!(state.analyser().is_some());
    }

    #[test]
    fn loading_and_failed_have_no_analyser() {
        assert!(ModelState::Loading.analyser().is_none());
        assert!(ModelState::Failed("no worker".into()).analyser().is_none());
    }

    #[test]
    fn analysers_compare_by_identity() {
        let one = Analyser::new(Tagger::provisional());
        assert_eq!(one, one.clone());
        assert_ne!(one, Analyser::new(Tagger::provisional()));
    }

    #[test]
    fn a_tagger_analyses_at_once() {
        let source = OwnSource { text: "Jens Stoltenberg reiste nach Kiew.".into(), format: Format::Lines };
        let document = Rc::new(engine::parse(&source.text, source.format));
        let got = Rc::new(std::cell::RefCell::new(None));
        let out = got.clone();
        let tagger = Tagger::provisional();
        let want = crate::ui::own::analyse_own(&source, &tagger);
        Analyser::new(tagger).analyse(&source, &document, Box::new(move |r| *out.borrow_mut() = Some(r)));
        let analysis = got.borrow_mut().take().expect("called at once").expect("an analysis");
        assert!(!analysis.mentions.is_empty());
        assert_eq!(*analysis, want, "as the text analysed in one piece");
    }
}
