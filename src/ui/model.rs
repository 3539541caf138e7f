//! Which tagger the highlights come from.
//!
//! The article's text shows at once; the entity highlights follow once the trained model
//! (`model/ner.bin`, a separate static file) is fetched and loaded. When the fetch or the load
//! fails, the provisional rule tagger stands in and the page says so. [`ModelState::from_fetch`]
//! decides which; the fetch itself, once per page, is `web`'s model loader.

use std::rc::Rc;

use yew::AttrValue;

use crate::engine::Tagger;

/// Where the trained model is fetched from, relative to the page so the site works under any
/// sub-path.
pub const MODEL_URL: &str = "model/ner.bin";

/// The state of the tagger the viewer uses.
#[derive(Clone, Debug)]
pub enum ModelState {
    /// The model is being fetched: show the text without highlights.
    Loading,
    /// The trained model is loaded.
    Trained(Rc<Tagger>),
    /// The provisional tagger stands in, with the reason the model is not used.
    Provisional { tagger: Rc<Tagger>, reason: AttrValue },
}

impl ModelState {
    /// The provisional tagger, with a reason to show.
    pub fn provisional(reason: impl Into<AttrValue>) -> ModelState {
        ModelState::Provisional { tagger: Rc::new(Tagger::provisional()), reason: reason.into() }
    }

    /// What the model fetch gave: the trained tagger (reading the fetched bytes in place, no
    /// copy), or the provisional one and why.
    pub fn from_fetch(fetched: Result<Vec<u8>, String>) -> ModelState {
        match fetched.map(Tagger::from_vec) {
            Ok(Ok(tagger)) => ModelState::Trained(Rc::new(tagger)),
            Ok(Err(err)) => ModelState::provisional(err.to_string()),
            Err(why) => ModelState::provisional(format!("the model file could not be fetched: {why}")),
        }
    }

    /// The tagger to annotate with, once one is ready.
    pub fn tagger(&self) -> Option<&Rc<Tagger>> {
        match self {
            ModelState::Loading => None,
            ModelState::Trained(tagger) | ModelState::Provisional { tagger, .. } => Some(tagger),
        }
    }
}

impl PartialEq for ModelState {
    /// Taggers compare by identity: a new load is a new state.
    fn eq(&self, other: &ModelState) -> bool {
        match (self, other) {
            (ModelState::Loading, ModelState::Loading) => true,
            (ModelState::Trained(a), ModelState::Trained(b)) => Rc::ptr_eq(a, b),
            (ModelState::Provisional { tagger: a, reason: ra }, ModelState::Provisional { tagger: b, reason: rb }) => {
                Rc::ptr_eq(a, b) && ra == rb
            }
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failed_fetch_falls_back_with_the_reason() {
        let state = ModelState::from_fetch(Err("HTTP 404".into()));
        assert!(matches!(&state, ModelState::Provisional { reason, .. } if reason.contains("HTTP 404")));
        assert!(state.tagger().is_some());
    }

    #[test]
    fn unreadable_model_falls_back() {
        let state = ModelState::from_fetch(Ok(b"not a model".to_vec()));
        assert!(matches!(state, ModelState::Provisional { .. }));
    }

    #[test]
    fn loading_has_no_tagger() {
        assert!(ModelState::Loading.tagger().is_none());
    }
}
