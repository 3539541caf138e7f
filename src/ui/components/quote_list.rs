//! The quote list: every quotation with who said it; picking one shows it in the text.

use std::rc::Rc;

use yew::prelude::*;

use super::quote_kind_class;
use crate::ui::strings::{use_strings, Strings};
use crate::engine::{Analysis, Quote};

#[derive(Properties, PartialEq)]
pub(crate) struct QuoteListProps {
    /// `None` while the model loads.
    pub analysis: Option<Rc<Analysis>>,
    pub active: Option<usize>,
    pub on_pick: Callback<usize>,
}

#[function_component]
pub(crate) fn QuoteList(props: &QuoteListProps) -> Html {
    let t = use_strings();
    let body = match props.analysis.as_deref() {
        None => html! { <p class="quote-list-note">{t.quotes_waiting}</p> },
        Some(analysis) if analysis.quotes.is_empty() => {
            html! { <p class="quote-list-note">{t.quotes_none}</p> }
        }
        Some(analysis) => {
            let entries = analysis.quotes.iter().enumerate().map(|(index, quote)| {
                entry(t, analysis, index, quote, props.active == Some(index), &props.on_pick)
            });
            html! { <ol class="quote-list-items">{for entries}</ol> }
        }
    };
    let count = props.analysis.as_ref().map(|a| format!(" ({})", a.quotes.len()));
    html! {
        <aside class="quote-list" aria-labelledby="quote-list-title">
            <h2 class="quote-list-title" id="quote-list-title">{t.quotes}{count}</h2>
            {body}
        </aside>
    }
}

fn entry(t: &Strings, analysis: &Analysis, index: usize, quote: &Quote, active: bool, on_pick: &Callback<usize>) -> Html {
    let words: Vec<&str> = quote.spans.iter().map(|&s| analysis.slice(s).trim()).collect();
    let words = words.join(" … ");
    let written = quote.speaker.map(|s| analysis.slice(s).trim()).filter(|s| !s.is_empty());
    let name = quote
        .speaker_cluster
        .and_then(|c| analysis.clusters.get(c))
        .map(|c| c.name.as_str())
        .filter(|n| !n.is_empty());
    let speaker = name.or(written).unwrap_or(t.speaker_unknown).to_string();
    // The mention as written, when the speaker was resolved to a differently named entity:
    // "der Norweger" for Jens Stoltenberg.
    let as_written = written.filter(|w| name.is_some_and(|n| n != *w)).map(|w| {
        html! { <span class="quote-list-mention">{format!("„{w}“")}</span> }
    });
    let cue = quote.cue.map(|c| analysis.slice(c).trim()).filter(|c| !c.is_empty()).map(|c| {
        html! { <span class="quote-list-cue">{c.to_string()}</span> }
    });
    let onclick = on_pick.reform(move |_: MouseEvent| index);
    html! {
        <li class="quote-list-entry">
            <button
                type="button"
                class={classes!("quote-list-item", quote_kind_class(quote.kind), active.then_some("is-active"))}
                aria-pressed={active.to_string()}
                data-quote={index.to_string()}
                {onclick}
            >
                <span class="quote-list-kind">{t.quote_kind(quote.kind)}</span>
                <span class="quote-list-text">{words}</span>
                <span class="quote-list-attribution">
                    <span class="quote-list-speaker">{speaker}</span>
                    {as_written}
                    {cue}
                </span>
            </button>
        </li>
    }
}
