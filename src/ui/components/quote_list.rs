//! The quote list: every quotation with who said it; picking one shows it in the text. The list
//! can be grouped by speaker, and a speaker's button marks all of that entity's mentions.

use std::rc::Rc;

use yew::prelude::*;

use super::quote_kind_class;
use crate::engine::{Analysis, Quote};
use crate::ui::state::{send, use_viewer, Action};
use crate::ui::strings::{use_strings, Strings};

#[derive(Properties, PartialEq)]
pub(crate) struct QuoteListProps {
    /// `None` while the model loads.
    pub analysis: Option<Rc<Analysis>>,
}

#[function_component]
pub(crate) fn QuoteList(props: &QuoteListProps) -> Html {
    let t = use_strings();
    let grouped = use_state(|| false);
    let viewer = use_viewer();
    let on_pick = send(&viewer, Action::PickQuote);
    // Marks all mentions of a speaker's entity, as choosing it in the entity index does.
    let on_pick_entity = send(&viewer, |cluster: usize| Action::PickEntity(Some(cluster)));
    // Grouped, the speaker's button sits once in the group's title instead of in every entry.
    let entry = |analysis: &Analysis, index: usize, pick_speaker: bool| {
        let active = viewer.active_quote == Some(index);
        let on_pick_entity = Some(&on_pick_entity).filter(|_| pick_speaker);
        entry(t, analysis, index, &analysis.quotes[index], active, &on_pick, on_pick_entity)
    };
    let body = match props.analysis.as_deref() {
        None => html! { <p class="quote-list-note">{t.quotes_waiting}</p> },
        Some(analysis) if analysis.quotes.is_empty() => {
            html! { <p class="quote-list-note">{t.quotes_none}</p> }
        }
        Some(analysis) if *grouped => {
            let groups = by_speaker(t, analysis).into_iter().map(|(speaker, indices)| {
                let cluster = indices.first().and_then(|&i| analysis.quotes[i].speaker_cluster);
                let pick = speaker_button(t, &speaker, cluster, Some(&on_pick_entity));
                html! {
                    <section class="quote-list-group">
                        <h3 class="quote-list-group-title">
                            {speaker}<span class="quote-list-group-count">{format!(" ({})", indices.len())}</span>
                        </h3>
                        {pick}
                        <ol class="quote-list-items">{for indices.into_iter().map(|i| entry(analysis, i, false))}</ol>
                    </section>
                }
            });
            html! { <div class="quote-list-groups">{for groups}</div> }
        }
        Some(analysis) => {
            html! { <ol class="quote-list-items">{for (0..analysis.quotes.len()).map(|i| entry(analysis, i, true))}</ol> }
        }
    };
    let count = props.analysis.as_ref().map(|a| format!(" ({})", a.quotes.len()));
    let toggle_grouping = {
        let grouped = grouped.clone();
        Callback::from(move |_: MouseEvent| grouped.set(!*grouped))
    };
    let has_quotes = props.analysis.as_ref().is_some_and(|a| !a.quotes.is_empty());
    html! {
        <aside class="quote-list" aria-labelledby="quote-list-title">
            <div class="quote-list-header">
                <h2 class="quote-list-title" id="quote-list-title">{t.quotes}{count}</h2>
                if has_quotes {
                    <button
                        type="button"
                        class={classes!("quote-list-group-toggle", grouped.then_some("is-active"))}
                        aria-pressed={grouped.to_string()}
                        onclick={toggle_grouping}
                    >
                        {t.quotes_by_speaker}
                    </button>
                }
            </div>
            {body}
        </aside>
    }
}

/// The speaker an entry is listed under: the resolved entity's name, else the words as written.
fn speaker_name<'a>(t: &Strings, analysis: &'a Analysis, quote: &Quote) -> std::borrow::Cow<'a, str> {
    let written = quote.speaker.map(|s| analysis.slice(s).trim()).filter(|s| !s.is_empty());
    let name =
        quote.speaker_cluster.and_then(|c| analysis.clusters.get(c)).map(|c| c.name.as_str()).filter(|n| !n.is_empty());
    match name.or(written) {
        Some(name) => name.into(),
        None => t.speaker_unknown.into(),
    }
}

/// Quote indices grouped by speaker: the most quoted first, ties in order of first quote; an
/// entity's quotes stay together however the speaker was written.
fn by_speaker(t: &Strings, analysis: &Analysis) -> Vec<(String, Vec<usize>)> {
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    let mut keys: std::collections::HashMap<(Option<usize>, String), usize> = std::collections::HashMap::new();
    for (index, quote) in analysis.quotes.iter().enumerate() {
        let name = speaker_name(t, analysis, quote).into_owned();
        let key = (quote.speaker_cluster, if quote.speaker_cluster.is_some() { String::new() } else { name.clone() });
        let slot = *keys.entry(key).or_insert_with(|| {
            groups.push((name, Vec::new()));
            groups.len() - 1
        });
        groups[slot].1.push(index);
    }
    // A stable sort keeps groups with as many quotes in order of their first quote.
    groups.sort_by(|a, b| b.1.len().cmp(&a.1.len()));
    groups
}

fn entry(
    t: &Strings,
    analysis: &Analysis,
    index: usize,
    quote: &Quote,
    active: bool,
    on_pick: &Callback<usize>,
    on_pick_entity: Option<&Callback<usize>>,
) -> Html {
    let words: Vec<&str> = quote.spans.iter().map(|&s| analysis.slice(s).trim()).collect();
    let words = words.join(" … ");
    let written = quote.speaker.map(|s| analysis.slice(s).trim()).filter(|s| !s.is_empty());
    let name =
        quote.speaker_cluster.and_then(|c| analysis.clusters.get(c)).map(|c| c.name.as_str()).filter(|n| !n.is_empty());
    let speaker = speaker_name(t, analysis, quote).into_owned();
    // The mention as written, when the speaker was resolved to a differently named entity:
    // "der Norweger" for Jens Stoltenberg.
    let as_written = written.filter(|w| name.is_some_and(|n| n != *w)).map(|w| {
        html! { <span class="quote-list-mention">{format!("„{w}“")}</span> }
    });
    let cue = quote.cue.map(|c| analysis.slice(c).trim()).filter(|c| !c.is_empty()).map(|c| {
        html! { <span class="quote-list-cue">{c.to_string()}</span> }
    });
    let onclick = on_pick.reform(move |_: MouseEvent| index);
    // A button of its own beside the quote's: buttons cannot nest.
    let pick_speaker = speaker_button(t, &speaker, quote.speaker_cluster, on_pick_entity);
    html! {
        <li class="quote-list-entry">
            <button
                type="button"
                class={classes!("quote-list-item", quote_kind_class(quote.kind), active.then_some("is-active"))}
                aria-pressed={active.to_string()}
                data-quote={index.to_string()}
                {onclick}
            >
                <span class="quote-list-kind">{t.quote_label(quote.kind, quote.interview)}</span>
                <span class="quote-list-text">{words}</span>
                <span class="quote-list-attribution">
                    <span class="quote-list-speaker">{speaker}</span>
                    {as_written}
                    {cue}
                </span>
            </button>
            {pick_speaker}
        </li>
    }
}

/// The button that marks all mentions of a speaker's entity, when the speaker is one.
fn speaker_button(
    t: &Strings,
    speaker: &str,
    cluster: Option<usize>,
    on_pick_entity: Option<&Callback<usize>>,
) -> Option<Html> {
    let (cluster, pick) = cluster.zip(on_pick_entity)?;
    let onclick = pick.reform(move |_: MouseEvent| cluster);
    Some(html! {
        <button
            type="button"
            class="quote-list-speaker-pick"
            data-cluster={cluster.to_string()}
            aria-label={format!("{}: {speaker}", t.speaker_mentions)}
            {onclick}
        >
            {t.speaker_mentions}
        </button>
    })
}
