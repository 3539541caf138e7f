//! The entity card: shown for the entity mark under the pointer or keyboard focus, with the
//! entity's kind, its name, how often the article mentions it and what it is quoted saying.

use std::rc::Rc;

use yew::prelude::*;

use super::entity_index::cluster_name;
use super::kind_class;
use crate::engine::Analysis;
use crate::ui::strings::Strings;

#[derive(Properties, PartialEq)]
pub(crate) struct EntityCardProps {
    pub analysis: Option<Rc<Analysis>>,
    pub strings: &'static Strings,
}

/// Longest quote text the card shows, in characters.
const QUOTE_CHARS: usize = 160;

#[function_component]
pub(crate) fn EntityCard(props: &EntityCardProps) -> Html {
    let target = use_card_target();
    use_place_card(target);
    let t = props.strings;
    let Some(analysis) = props.analysis.as_deref() else { return html! {} };
    let Some(mention) = target.and_then(|m| analysis.mentions.get(m)) else { return html! {} };
    let Some(cluster) = analysis.clusters.get(mention.cluster) else { return html! {} };
    let quotes = cluster.quotes.iter().filter_map(|&q| analysis.quotes.get(q)).map(|quote| {
        let words: Vec<&str> = quote.spans.iter().map(|&s| analysis.slice(s).trim()).collect();
        let mut text = words.join(" … ");
        if text.chars().count() > QUOTE_CHARS {
            text = text.chars().take(QUOTE_CHARS).collect::<String>() + "…";
        }
        html! { <li class="entity-card-quote">{text}</li> }
    });
    let quotes = if cluster.quotes.is_empty() {
        html! { <p class="entity-card-none">{t.no_quotes_of}</p> }
    } else {
        html! {
            <>
                <p class="entity-card-label">{t.quotes_of}</p>
                <ul class="entity-card-quotes">{for quotes}</ul>
            </>
        }
    };
    html! {
        <div id="entity-card" class={classes!("entity-card", kind_class(cluster.kind))} role="tooltip">
            <p class="entity-card-kind">{t.kind(cluster.kind)}</p>
            <p class="entity-card-name">{cluster_name(analysis, mention.cluster)}</p>
            <p class="entity-card-count">{t.mentions(cluster.mentions.len())}</p>
            {quotes}
        </div>
    }
}

#[cfg(feature = "web")]
use crate::ui::dom::use_card_target;

#[cfg(not(feature = "web"))]
#[hook]
fn use_card_target() -> Option<usize> {
    None
}

#[cfg(feature = "web")]
#[hook]
fn use_place_card(target: Option<usize>) {
    use_effect_with(target, |target| crate::ui::dom::anchor_card(*target));
}

#[cfg(not(feature = "web"))]
#[hook]
fn use_place_card(_target: Option<usize>) {}
