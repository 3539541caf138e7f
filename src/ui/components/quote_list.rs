//! The quote list: every quotation with who said it; picking one shows it in the text. The list
//! can be grouped by speaker, and a speaker's button (once per run of that speaker's quotes)
//! marks all of that entity's mentions. One sentence is one card: the quoted fragments of an
//! indirect quote ([`Analysis::enclosing_quotes`]) are marked inside its card, not listed
//! apart, though the analysis and the exports keep them as quotations of their own.

use std::rc::Rc;

use yew::prelude::*;

use super::quote_kind_class;
use crate::engine::{Analysis, Quote, Span};
use crate::ui::state::{send, use_viewer, Action};
use crate::ui::strings::{use_strings, Strings};

#[derive(Properties, PartialEq)]
pub(crate) struct QuoteListProps {
    /// `None` while the model loads.
    pub analysis: Option<Rc<Analysis>>,
    /// Shown without the article (the compact embed): no buttons that mark mentions in a
    /// text that is not there.
    #[prop_or_default]
    pub compact: bool,
}

#[function_component]
pub(crate) fn QuoteList(props: &QuoteListProps) -> Html {
    let t = use_strings();
    let grouped = use_state(|| false);
    let viewer = use_viewer();
    let on_pick = send(&viewer, Action::PickQuote);
    // Marks all mentions of a speaker's entity, as choosing it in the entity index does.
    let on_pick_entity = send(&viewer, |cluster: usize| Action::PickEntity(Some(cluster)));
    let on_pick_entity = Some(on_pick_entity).filter(|_| !props.compact);
    let cards = props.analysis.as_deref().map(Cards::of);
    // Grouped, the speaker's button sits once in the group's title instead of in an entry.
    let entry = |analysis: &Analysis, cards: &Cards, index: usize, pick_speaker: bool| {
        let active = viewer.active_quote.is_some_and(|a| a == index || cards.inside.get(a) == Some(&Some(index)));
        let on_pick_entity = on_pick_entity.as_ref().filter(|_| pick_speaker);
        entry(t, analysis, index, cards.fragments(index), active, &on_pick, on_pick_entity)
    };
    let body = match (props.analysis.as_deref(), cards.as_ref()) {
        (None, _) | (_, None) => {
            let note = if viewer.model.failed() { t.quotes_unavailable } else { t.quotes_waiting };
            html! { <p class="quote-list-note">{note}</p> }
        }
        (Some(analysis), _) if analysis.quotes.is_empty() => {
            html! { <p class="quote-list-note">{t.quotes_none}</p> }
        }
        (Some(analysis), Some(cards)) if *grouped => {
            let groups = by_speaker(t, analysis, &cards.shown).into_iter().map(|(speaker, indices)| {
                let cluster = indices.first().and_then(|&i| analysis.quotes[i].speaker_cluster);
                let pick = speaker_button(t, &speaker, cluster, on_pick_entity.as_ref());
                html! {
                    <section class="quote-list-group">
                        <h3 class="quote-list-group-title">
                            {speaker}<span class="quote-list-group-count">{format!(" ({})", indices.len())}</span>
                        </h3>
                        {pick}
                        <ol class="quote-list-items">{for indices.into_iter().map(|i| entry(analysis, cards, i, false))}</ol>
                    </section>
                }
            });
            html! { <div class="quote-list-groups">{for groups}</div> }
        }
        (Some(analysis), Some(cards)) => {
            // The button stands once per run of one speaker's cards, on the run's first.
            let items = cards.shown.iter().enumerate().map(|(n, &i)| {
                let speaker = analysis.quotes[i].speaker_cluster;
                let starts_run = n == 0 || analysis.quotes[cards.shown[n - 1]].speaker_cluster != speaker;
                entry(analysis, cards, i, starts_run)
            });
            html! { <ol class="quote-list-items">{for items}</ol> }
        }
    };
    let count = cards.as_ref().map(|c| format!(" ({})", c.shown.len()));
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

/// Which quotes get a card of their own, and which stand inside another's.
struct Cards {
    /// For each quote, the quote it stands inside ([`Analysis::enclosing_quotes`]).
    inside: Vec<Option<usize>>,
    /// For each quote, the quotes that stand inside it, in text order.
    held: Vec<Vec<usize>>,
    /// The quotes with a card, in text order.
    shown: Vec<usize>,
}

impl Cards {
    fn of(analysis: &Analysis) -> Cards {
        let inside = analysis.enclosing_quotes();
        let mut held = vec![Vec::new(); inside.len()];
        for (i, outer) in inside.iter().enumerate() {
            if let Some(&outer) = outer.as_ref() {
                held[outer].push(i);
            }
        }
        let shown = (0..inside.len()).filter(|&i| inside[i].is_none()).collect();
        Cards { inside, held, shown }
    }

    fn fragments(&self, index: usize) -> &[usize] {
        self.held.get(index).map_or(&[], Vec::as_slice)
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
fn by_speaker(t: &Strings, analysis: &Analysis, shown: &[usize]) -> Vec<(String, Vec<usize>)> {
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    let mut keys: std::collections::HashMap<(Option<usize>, String), usize> = std::collections::HashMap::new();
    for &index in shown {
        let quote = &analysis.quotes[index];
        let name = speaker_name(t, analysis, quote).into_owned();
        let key = (quote.speaker_cluster, if quote.speaker_cluster.is_some() { String::new() } else { name.clone() });
        let slot = *keys.entry(key).or_insert_with(|| {
            groups.push((name, Vec::new()));
            groups.len() - 1
        });
        groups[slot].1.push(index);
    }
    // A stable sort keeps groups with as many quotes in order of their first quote.
    groups.sort_by_key(|group| std::cmp::Reverse(group.1.len()));
    groups
}

fn entry(
    t: &Strings,
    analysis: &Analysis,
    index: usize,
    fragments: &[usize],
    active: bool,
    on_pick: &Callback<usize>,
    on_pick_entity: Option<&Callback<usize>>,
) -> Html {
    let quote = &analysis.quotes[index];
    let marks: Vec<Span> = fragments.iter().flat_map(|&f| analysis.quotes[f].spans.iter().copied()).collect();
    let words = quote.spans.iter().enumerate().map(|(n, &span)| {
        let gap = (n > 0).then_some(" … ");
        html! { <>{gap}{words_with_fragments(analysis, span, &marks)}</> }
    });
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
                <span class="quote-list-text">{for words}</span>
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

/// The words of one span of a quote, trimmed, with the quoted fragments inside it marked.
fn words_with_fragments(analysis: &Analysis, span: Span, marks: &[Span]) -> Html {
    let text = analysis.text();
    let trimmed = span.slice(text);
    let start = span.start + (trimmed.len() - trimmed.trim_start().len());
    let span = Span::new(start, start + trimmed.trim().len());
    let mut out: Vec<Html> = Vec::new();
    let mut at = span.start;
    for mark in marks.iter().filter(|m| span.contains(**m) && !m.is_empty()) {
        if mark.start < at {
            continue;
        }
        out.push(html! { {Span::new(at, mark.start).slice(text).to_string()} });
        out.push(html! { <mark class="quote-list-fragment">{mark.slice(text).to_string()}</mark> });
        at = mark.end;
    }
    out.push(html! { {Span::new(at, span.end).slice(text).to_string()} });
    out.into_iter().collect()
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
