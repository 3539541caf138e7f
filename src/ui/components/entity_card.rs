//! The entity card: shown for the entity mark under the pointer or keyboard focus, with the
//! entity's kind, its name, how often the article mentions it and what it is quoted saying.

use std::rc::Rc;

use yew::prelude::*;

use super::entity_index::cluster_name;
use super::kind_class;
use crate::engine::Analysis;
use crate::ui::strings::use_strings;
use crate::ui::web;

#[derive(Properties, PartialEq)]
pub(crate) struct EntityCardProps {
    pub analysis: Option<Rc<Analysis>>,
}

/// Longest quote text the card shows, in characters.
const QUOTE_CHARS: usize = 160;

#[function_component]
pub(crate) fn EntityCard(props: &EntityCardProps) -> Html {
    // The mention under the pointer or keyboard focus; `web` anchors the card to its mark.
    let target = web::use_card_target();
    let t = use_strings();
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
