//! A quiet note on where the highlights come from, and why when it is the fallback.

use yew::prelude::*;

use crate::ui::model::ModelState;

#[derive(Properties, PartialEq)]
pub struct ModelStatusProps {
    pub model: ModelState,
}

#[function_component]
pub fn ModelStatus(props: &ModelStatusProps) -> Html {
    let t = crate::ui::strings::use_strings();
    let (class, text, detail) = match &props.model {
        ModelState::Loading => ("model-status-loading", t.model_loading, None),
        ModelState::Trained(_) => ("model-status-trained", t.model_trained, None),
        ModelState::Provisional { reason, .. } => {
            ("model-status-provisional", t.model_provisional, Some(reason.clone()))
        }
    };
    html! {
        <p class={classes!("model-status", class)} role="status" title={detail}>{text}</p>
    }
}
