//! The entity index: the article's entities grouped by kind, most mentioned first. Choosing one
//! marks all its mentions in the text; the stepper walks through them ("3 / 7").

use std::cmp::Reverse;
use std::rc::Rc;

use yew::prelude::*;

use super::kind_class;
use crate::engine::{Analysis, EntityKind, Variant};
use crate::ui::route::Route;
use crate::ui::state::{use_viewer, Action};
use crate::ui::strings::use_strings;
use crate::ui::web;

#[derive(Properties, PartialEq)]
pub(crate) struct EntityIndexProps {
    /// `None` while the model loads.
    pub analysis: Option<Rc<Analysis>>,
}

/// How the index lists a cluster.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Listing<'a> {
    /// Under its own name.
    Own,
    /// Made only of derived words whose place the engine knows ([`Cluster::place`](crate::engine::Cluster::place)): under
    /// that name ("Europa").
    Under(&'a str),
    /// Made only of derived words the table of peoples does not know: in a group of its own.
    Derived,
}

/// How the index lists cluster `cluster` (see [`Listing`]).
pub(crate) fn listing(analysis: &Analysis, cluster: usize) -> Listing<'_> {
    let Some(c) = analysis.clusters.get(cluster) else { return Listing::Own };
    let derived = |&m: &usize| analysis.mentions.get(m).is_some_and(|m| m.variant == Variant::Deriv);
    if c.mentions.is_empty() || !c.mentions.iter().all(derived) {
        return Listing::Own;
    }
    // Derived words join their base in the engine when the article names it too; the
    // engine names the place for an article that only says "europäische" or "der Norweger".
    match c.place.as_deref() {
        Some(base) => Listing::Under(base),
        None => Listing::Derived,
    }
}

/// One group of the index: the clusters of a kind, or those of its derived words that have no
/// name of their own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Group {
    pub kind: EntityKind,
    pub derived: bool,
    pub clusters: Vec<usize>,
}

/// The clusters of each kind with at least one mention, most mentioned first, then by name;
/// each kind's derived words without a known base follow it in a group of their own.
pub(crate) fn grouped(analysis: &Analysis) -> Vec<Group> {
    EntityKind::ALL
        .into_iter()
        .flat_map(|kind| {
            let mut clusters: Vec<usize> = (0..analysis.clusters.len())
                .filter(|&c| analysis.clusters[c].kind == kind && !analysis.clusters[c].mentions.is_empty())
                .collect();
            clusters.sort_by_key(|&c| {
                (Reverse(analysis.clusters[c].mentions.len()), cluster_name(analysis, c).to_lowercase())
            });
            let (derived, own): (Vec<usize>, Vec<usize>) =
                clusters.into_iter().partition(|&c| listing(analysis, c) == Listing::Derived);
            [Group { kind, derived: false, clusters: own }, Group { kind, derived: true, clusters: derived }]
        })
        .filter(|group| !group.clusters.is_empty())
        .collect()
}

/// The name a cluster is listed under: its fullest name, else its first mention as written; a
/// cluster of derived words the name they derive from where that is known ("Europa").
pub(crate) fn cluster_name(analysis: &Analysis, cluster: usize) -> String {
    let Some(c) = analysis.clusters.get(cluster) else { return String::new() };
    if let Listing::Under(base) = listing(analysis, cluster) {
        return base.to_string();
    }
    if !c.name.is_empty() {
        return c.name.clone();
    }
    first_written(analysis, cluster)
}

/// The cluster's first mention as the text writes it.
fn first_written(analysis: &Analysis, cluster: usize) -> String {
    analysis
        .clusters
        .get(cluster)
        .and_then(|c| c.mentions.first())
        .and_then(|&m| analysis.mentions.get(m))
        .map(|m| analysis.slice(m.span).to_string())
        .unwrap_or_default()
}

#[function_component]
pub(crate) fn EntityIndex(props: &EntityIndexProps) -> Html {
    let viewer = use_viewer();
    let t = use_strings();
    // On a phone the groups start folded, each with its count, so the reader sees at once all
    // there is instead of a box that scrolls on its own.
    let folded = *use_memo((), |_| web::narrow_screen());
    let Some(analysis) = props.analysis.as_deref() else {
        let note = if viewer.model.failed() { t.entity_index_unavailable } else { t.entity_index_waiting };
        return html! { <p class="entity-index-note">{note}</p> };
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

    let groups = grouped(analysis).into_iter().map(|Group { kind, derived, clusters }| {
        let count = clusters.len();
        let items = clusters.into_iter().map(|c| {
            let mentions = analysis.clusters[c].mentions.len();
            let is_chosen = chosen == Some(c);
            let action = Action::PickEntity(if is_chosen { None } else { Some(c) });
            // A place named only by derived words shows them beside its name: "Europa (europäische)".
            let form = matches!(listing(analysis, c), Listing::Under(_)).then(|| {
                html! { <span class="entity-index-form">{format!(" ({})", first_written(analysis, c))}</span> }
            });
            html! {
                <li class="entity-index-entry">
                    <button type="button"
                        class={classes!("entity-index-item", is_chosen.then_some("is-chosen"))}
                        aria-pressed={is_chosen.to_string()}
                        data-cluster={c.to_string()}
                        onclick={send(action)}>
                        <span class={classes!("entity-index-swatch", kind_class(kind))} aria-hidden="true"></span>
                        <span class="entity-index-name">{cluster_name(analysis, c)}{form}</span>
                        <span class="entity-index-count" aria-label={t.mentions(mentions)}>{mentions}</span>
                    </button>
                </li>
            }
        });
        let title = if derived { t.derived_from(kind) } else { t.kind(kind) };
        let data_kind = if derived { format!("{}-deriv", kind.label()) } else { kind.label().to_string() };
        // The group of the chosen entity starts open.
        let open = !folded || chosen.is_some_and(|c| analysis.clusters[c].kind == kind);
        html! {
            <details class="entity-index-group" data-kind={data_kind} {open}>
                <summary class="entity-index-group-summary">
                    <h3 class="entity-index-kind">{title}</h3>
                    <span class="entity-index-group-count">{format!(" ({count})")}</span>
                </summary>
                <ul class="entity-index-items">{for items}</ul>
            </details>
        }
    });
    let total: usize = analysis.clusters.iter().filter(|c| !c.mentions.is_empty()).count();
    // An embed starts compact: the list opens on request (and the iframe grows with it).
    let open = !matches!(viewer.route, Route::Embed(_));
    html! {
        <div class="entity-index">
            {for notes}
            <details class="entity-index-panel" {open}>
                <summary class="entity-index-summary">{format!("{} ({total})", t.entity_index)}</summary>
                <p class="entity-index-note">{t.entity_index_note}</p>
                <div class="entity-index-groups">{for groups}</div>
            </details>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub(crate) struct EntityStepperProps {
    pub analysis: Option<Rc<Analysis>>,
}

/// The stepper through the chosen entity's mentions ("3 / 7"). It sits above the text and stays
/// in view while the reader steps through it (the stylesheet keeps it at the top of the view).
#[function_component]
pub(crate) fn EntityStepper(props: &EntityStepperProps) -> Html {
    let viewer = use_viewer();
    let t = use_strings();
    let Some(analysis) = props.analysis.as_deref() else { return html! {} };
    let Some(c) =
        viewer.reader.entity.filter(|&c| c < analysis.clusters.len() && !analysis.clusters[c].mentions.is_empty())
    else {
        return html! {};
    };
    let send = |action: Action| {
        let dispatcher = viewer.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(action.clone()))
    };
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{analyze, Format, Tagger};

    fn names(text: &str) -> Vec<String> {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/model/ner.bin");
        let bytes = std::fs::read(path).expect("model/ner.bin is committed with the source");
        let tagger = Tagger::from_bytes(&bytes).expect("model/ner.bin loads");
        let analysis = analyze(text, Format::Lines, &tagger);
        grouped(&analysis).iter().flat_map(|g| g.clusters.clone()).map(|c| cluster_name(&analysis, c)).collect()
    }

    #[test]
    fn peoples_are_listed_under_their_country() {
        let names =
            names("Zwei Syrer, eine Ukrainerin und drei Afghanen kamen an, begleitet von europäischen Helfern.");
        for place in ["Syrien", "Ukraine", "Afghanistan", "Europa"] {
            assert!(names.iter().any(|n| n == place), "{place} in {names:?}");
        }
    }
}
