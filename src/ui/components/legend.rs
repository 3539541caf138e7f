//! The legend: one toggle per entity kind, with how many mentions the article has of it.

use std::rc::Rc;

use yew::prelude::*;

use super::kind_class;
use crate::engine::{Analysis, EntityKind};
use crate::ui::state::{send, use_viewer, Action};
use crate::ui::strings::use_strings;

#[derive(Properties, PartialEq)]
pub(crate) struct LegendProps {
    /// `None` while the model loads: the toggles wait for it.
    pub analysis: Option<Rc<Analysis>>,
}

#[function_component]
pub(crate) fn Legend(props: &LegendProps) -> Html {
    let viewer = use_viewer();
    let t = use_strings();
    let on_toggle = send(&viewer, Action::ToggleKind);
    let count =
        |kind: EntityKind| props.analysis.as_ref().map(|a| a.mentions.iter().filter(|m| m.kind == kind).count());
    let items = EntityKind::ALL.into_iter().map(|kind| {
        let shown = !viewer.hidden.contains(kind);
        let onclick = on_toggle.reform(move |_: MouseEvent| kind);
        let count = count(kind);
        // "…" while counts are to come; "–" when nothing will count them.
        let pending = if viewer.model.failed() { "–" } else { "…" };
        let count_text = count.map_or_else(|| pending.to_string(), |n| n.to_string());
        let label = t.legend_label(kind, &count_text, shown);
        html! {
            <li class="legend-item">
                <button
                    type="button"
                    class={classes!("legend-toggle", (!shown).then_some("is-off"))}
                    aria-pressed={shown.to_string()}
                    title={label}
                    data-kind={kind.label()}
                    disabled={count.is_none()}
                    {onclick}
                >
                    <span class={classes!("legend-swatch", "entity", kind_class(kind), (!shown).then_some("is-off"))}
                        data-kind={kind.label()}>
                        {t.kind(kind)}
                    </span>
                    <span class="legend-count">{count_text}</span>
                </button>
            </li>
        }
    });
    html! {
        <section class="legend" aria-label={t.legend}>
            <ul class="legend-items">{for items}</ul>
            <p class="legend-note">{t.legend_note}</p>
        </section>
    }
}
