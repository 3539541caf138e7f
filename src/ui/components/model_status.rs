//! A quiet note on where the highlights come from, and why when it is the fallback.

use yew::prelude::*;

use crate::ui::model::ModelState;
use crate::ui::state::use_viewer;
use crate::ui::strings::use_strings;

#[function_component]
pub fn ModelStatus() -> Html {
    let viewer = use_viewer();
    let t = use_strings();
    let (class, text, detail) = match &viewer.model {
        ModelState::Loading => ("model-status-loading", t.model_loading, None),
        ModelState::Trained(_) => ("model-status-trained", t.model_trained, None),
        ModelState::Provisional { reason, .. } => {
            ("model-status-provisional", t.model_provisional, Some(reason.clone()))
        }
        ModelState::Failed(reason) => ("model-status-failed", t.model_failed, Some(reason.clone())),
    };
    html! {
        <p class={classes!("model-status", class)} role="status" title={detail}>{text}</p>
    }
}
