//! The entity index: the article's entities grouped by kind, most mentioned first. Choosing one
//! marks all its mentions in the text; the stepper walks through them ("3 / 7").

use std::cmp::Reverse;
use std::rc::Rc;

use yew::prelude::*;

use super::kind_class;
use crate::engine::{Analysis, EntityKind};
use crate::ui::route::Route;
use crate::ui::state::{use_viewer, Action};
use crate::ui::strings::use_strings;

#[derive(Properties, PartialEq)]
pub(crate) struct EntityIndexProps {
    /// `None` while the model loads.
    pub analysis: Option<Rc<Analysis>>,
}

/// The clusters of each kind with at least one mention, most mentioned first, then by name.
pub(crate) fn grouped(analysis: &Analysis) -> Vec<(EntityKind, Vec<usize>)> {
    EntityKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let mut clusters: Vec<usize> = (0..analysis.clusters.len())
                .filter(|&c| analysis.clusters[c].kind == kind && !analysis.clusters[c].mentions.is_empty())
                .collect();
            clusters.sort_by_key(|&c| {
                (Reverse(analysis.clusters[c].mentions.len()), analysis.clusters[c].name.to_lowercase())
            });
            (!clusters.is_empty()).then_some((kind, clusters))
        })
        .collect()
}

/// The name a cluster is listed under: its fullest name, else its first mention as written.
pub(crate) fn cluster_name(analysis: &Analysis, cluster: usize) -> String {
    let Some(c) = analysis.clusters.get(cluster) else { return String::new() };
    if !c.name.is_empty() {
        return c.name.clone();
    }
    c.mentions
        .first()
        .and_then(|&m| analysis.mentions.get(m))
        .map(|m| analysis.slice(m.span).to_string())
        .unwrap_or_default()
}

#[function_component]
pub(crate) fn EntityIndex(props: &EntityIndexProps) -> Html {
    let viewer = use_viewer();
    let t = use_strings();
    let Some(analysis) = props.analysis.as_deref() else {
        return html! { <p class="entity-index-note">{t.entity_index_waiting}</p> };
    };
    let send = |action: Action| {
        let dispatcher = viewer.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(action.clone()))
    };

    let entity = viewer.reader.entity;
    let chosen = entity.filter(|&c| c < analysis.clusters.len() && !analysis.clusters[c].mentions.is_empty());
    let mut notes = Vec::new();
    if entity.is_some() && chosen.is_none() {
        notes.push(t.notice_entity);
    }
    if viewer.active_quote.is_some_and(|q| q >= analysis.quotes.len()) {
        notes.push(t.notice_quote);
    }
    let notes = notes.into_iter().map(|n| html! { <p class="entity-index-stale" role="status">{n}</p> });

    let stepper = chosen.map(|c| {
        let cluster = &analysis.clusters[c];
        let total = cluster.mentions.len();
        let at = viewer.reader.cursor.min(total - 1) + 1;
        html! {
            <div class={classes!("entity-stepper", kind_class(cluster.kind))} role="group" aria-label={cluster_name(analysis, c)}>
                <span class="entity-stepper-name">{cluster_name(analysis, c)}</span>
                <button type="button" class="entity-stepper-button" data-step="previous"
                    aria-label={t.previous_mention} title={format!("{} (p)", t.previous_mention)}
                    onclick={send(Action::StepMention(-1))}>{"‹"}</button>
                <span class="entity-stepper-position" aria-live="polite" aria-label={t.position(at, total)}>
                    {format!("{at} / {total}")}
                </span>
                <button type="button" class="entity-stepper-button" data-step="next"
                    aria-label={t.next_mention} title={format!("{} (n)", t.next_mention)}
                    onclick={send(Action::StepMention(1))}>{"›"}</button>
                <button type="button" class="entity-stepper-clear" onclick={send(Action::PickEntity(None))}>
                    {t.clear_choice}
                </button>
            </div>
        }
    });

    let groups = grouped(analysis).into_iter().map(|(kind, clusters)| {
        let items = clusters.into_iter().map(|c| {
            let count = analysis.clusters[c].mentions.len();
            let is_chosen = chosen == Some(c);
            let action = Action::PickEntity(if is_chosen { None } else { Some(c) });
            html! {
                <li class="entity-index-entry">
                    <button type="button"
                        class={classes!("entity-index-item", is_chosen.then_some("is-chosen"))}
                        aria-pressed={is_chosen.to_string()}
                        data-cluster={c.to_string()}
                        onclick={send(action)}>
                        <span class={classes!("entity-index-swatch", kind_class(kind))} aria-hidden="true"></span>
                        <span class="entity-index-name">{cluster_name(analysis, c)}</span>
                        <span class="entity-index-count" aria-label={t.mentions(count)}>{count}</span>
                    </button>
                </li>
            }
        });
        html! {
            <section class="entity-index-group" data-kind={kind.label()}>
                <h3 class="entity-index-kind">{t.kind(kind)}</h3>
                <ul class="entity-index-items">{for items}</ul>
            </section>
        }
    });
    let total: usize = analysis.clusters.iter().filter(|c| !c.mentions.is_empty()).count();
    // An embed starts compact: the list opens on request (and the iframe grows with it).
    let open = !matches!(viewer.route, Route::Embed(_));
    html! {
        <div class="entity-index">
            {for notes}
            {stepper}
            <details class="entity-index-panel" {open}>
                <summary class="entity-index-summary">{format!("{} ({total})", t.entity_index)}</summary>
                <p class="entity-index-note">{t.entity_index_note}</p>
                <div class="entity-index-groups">{for groups}</div>
            </details>
        </div>
    }
}
