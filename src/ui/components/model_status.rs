//! A quiet note on where the highlights come from, and why when it is the fallback.

use yew::prelude::*;

use crate::ui::model::ModelState;

#[derive(Properties, PartialEq)]
pub struct ModelStatusProps {
    pub model: ModelState,
}

#[function_component]
pub fn ModelStatus(props: &ModelStatusProps) -> Html {
    let (class, text, detail) = match &props.model {
        ModelState::Loading => ("model-status-loading", "Markierungen werden geladen …", None),
        ModelState::Trained(_) => ("model-status-trained", "Markierungen vom trainierten Modell.", None),
        ModelState::Provisional { reason, .. } => (
            "model-status-provisional",
            "Vorläufige Markierungen: das trainierte Modell ließ sich nicht laden.",
            Some(reason.clone()),
        ),
    };
    html! {
        <p class={classes!("model-status", class)} role="status" title={detail}>{text}</p>
    }
}
