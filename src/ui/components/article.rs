//! The article page: metadata, legend, the blocks with their marks, and the quote list.

use std::rc::Rc;

use yew::prelude::*;

use super::entity_index::{EntityIndex, EntityStepper};
use super::legend::Legend;
use super::marked::Marker;
use super::model_status::ModelStatus;
use super::quote_list::QuoteList;
use crate::engine::{Analysis, Block, BlockKind, Cell, Document, Span};
use crate::ui::state::{use_viewer, Action, KindSet};
use crate::ui::strings::{use_strings, Strings};
use crate::ui::web;

#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    /// The parsed article: shown at once, before any analysis.
    pub document: Rc<Document>,
    /// The analysis, once a tagger is ready; its document is the one shown then.
    #[prop_or_default]
    pub analysis: Option<Rc<Analysis>>,
}

/// The article with its tools and the quote list, as the viewer's state says to show it.
#[function_component]
pub fn ArticleView(props: &ArticleViewProps) -> Html {
    let viewer = use_viewer();
    let strings = use_strings();
    // The same callback at every render: a new one would differ from the last (callbacks
    // compare by address) and render the whole text again at every change of the state.
    let on_pick_quote = {
        let dispatcher = viewer.dispatcher();
        use_callback((), move |event: MouseEvent, _| {
            if let Some(index) = web::quote_under(&event) {
                dispatcher.dispatch(Action::PickQuote(index));
            }
        })
    };
    html! {
        <div class="article-layout">
            <ArticleText
                document={props.document.clone()}
                analysis={props.analysis.clone()}
                // Nothing will analyse it: the page is final as it is (the status says why).
                busy={props.analysis.is_none() && !viewer.model.failed()}
                hidden={viewer.hidden}
                active_quote={viewer.active_quote}
                chosen={viewer.reader.entity}
                current={viewer.reader.current_mention()}
                {strings}
                {on_pick_quote}
            />
            <QuoteList analysis={props.analysis.clone()} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ArticleTextProps {
    document: Rc<Document>,
    analysis: Option<Rc<Analysis>>,
    /// Highlights are still to come.
    busy: bool,
    hidden: KindSet,
    active_quote: Option<usize>,
    /// The cluster chosen in the entity index, and the mention stepped to.
    chosen: Option<usize>,
    current: Option<usize>,
    strings: &'static Strings,
    on_pick_quote: Callback<MouseEvent>,
}

/// The article itself: its own component, so that a change elsewhere in the state (an
/// overlay, a preference) does not render a long text again.
#[function_component]
fn ArticleText(props: &ArticleTextProps) -> Html {
    let analysis = props.analysis.as_deref();
    let document = analysis.map_or(&*props.document, |a| &a.document);
    let marker = Marker::new(&document.text, analysis, props.hidden, props.active_quote)
        .with_chosen(props.chosen, props.current)
        .with_strings(props.strings);

    let meta = document.date.map(|date| {
        html! { <time class="article-date" datetime={date.iso()}>{date.german()}</time> }
    });
    let source = document.source.as_ref().map(|source| {
        html! { <span class="article-source">{source.clone()}</span> }
    });

    html! {
        // aria-busy until the highlights are in: assistive technology (and the page-load
        // benchmark) can tell the final state from the first paint.
        <article
            class="article"
            lang={document.lang.clone().unwrap_or_else(|| "de".into())}
            aria-busy={if props.busy { "true" } else { "false" }}
        >
            <header class="article-header">
                <h1 class="article-title">{title(document, &marker)}</h1>
                if meta.is_some() || source.is_some() {
                    <p class="article-meta">{meta}{source}</p>
                }
            </header>
            <div class="article-tools">
                <ModelStatus />
                <Legend analysis={props.analysis.clone()} />
                <EntityIndex analysis={props.analysis.clone()} />
            </div>
            <EntityStepper analysis={props.analysis.clone()} />
            // Clicking a quotation in the text picks it in the quote list too, so the two are
            // linked both ways: one handler on the body finds the quote under the click.
            <div class="article-body" onclick={props.on_pick_quote.clone()}>
                {blocks(document, &marker)}
            </div>
        </article>
    }
}

/// The headline with its marks, from its block; a title from Markdown front matter is not in
/// the analysed text and shows as it is.
fn title(document: &Document, marker: &Marker<'_>) -> Html {
    match document.blocks.iter().find(|b| b.kind == BlockKind::Title) {
        Some(block) => marker.render(block.span, &block.inline),
        None => html! { {document.title.clone()} },
    }
}

/// The blocks in reading order, but for the title, which heads the page. Consecutive list and
/// task items share one list, the cells of one table one table, consecutive footnotes one list
/// of notes.
fn blocks(document: &Document, marker: &Marker<'_>) -> Html {
    let mut out: Vec<Html> = Vec::new();
    let all: Vec<&Block> = document.blocks.iter().filter(|b| b.kind != BlockKind::Title).collect();
    let mut i = 0;
    while let Some(&block) = all.get(i) {
        // The run of blocks that render as one element with this one.
        let group = |b: &Block| match (block.kind, b.kind) {
            (BlockKind::ListItem | BlockKind::TaskItem(_), BlockKind::ListItem | BlockKind::TaskItem(_)) => true,
            (BlockKind::TableCell, BlockKind::TableCell) => b.cell.map(|c| c.table) == block.cell.map(|c| c.table),
            (BlockKind::Footnote, BlockKind::Footnote) => true,
            _ => false,
        };
        let run = all[i..].iter().take_while(|b| group(b)).count().max(1);
        let members = &all[i..i + run];
        out.push(match block.kind {
            BlockKind::ListItem | BlockKind::TaskItem(_) => html! {
                <ul class="article-items">{for members.iter().map(|b| list_item(b, marker))}</ul>
            },
            BlockKind::TableCell => table(members, marker),
            BlockKind::Footnote => html! {
                <ol class="article-footnotes">
                    {for members.iter().map(|b| html! {
                        <li class="article-footnote" value={b.footnote.unwrap_or(1).to_string()}>
                            {marker.render(b.span, &b.inline)}
                        </li>
                    })}
                </ol>
            },
            _ => block_node(document, block, marker),
        });
        i += run;
    }
    out.into_iter().collect()
}

fn list_item(block: &Block, marker: &Marker<'_>) -> Html {
    let content = marker.render(block.span, &block.inline);
    match block.kind {
        BlockKind::TaskItem(done) => html! {
            <li class={classes!("article-item", "article-task", done.then_some("is-done"))}>
                <input type="checkbox" class="article-task-box" disabled=true checked={done} />
                {content}
            </li>
        },
        _ => html! { <li class="article-item">{content}</li> },
    }
}

/// A table from its cells, row by row; the header row's cells are `th`.
fn table(cells: &[&Block], marker: &Marker<'_>) -> Html {
    let mut rows: Vec<(u32, bool, Vec<Html>)> = Vec::new();
    for cell in cells {
        let place = cell.cell.unwrap_or(Cell { table: 0, row: 0, column: 0, header: false });
        let content = marker.render(cell.span, &cell.inline);
        let node = if place.header {
            html! { <th scope="col">{content}</th> }
        } else {
            html! { <td>{content}</td> }
        };
        match rows.last_mut() {
            Some((row, _, nodes)) if *row == place.row => nodes.push(node),
            _ => rows.push((place.row, place.header, vec![node])),
        }
    }
    let (head, body): (Vec<_>, Vec<_>) = rows.into_iter().partition(|(_, header, _)| *header);
    html! {
        <div class="article-table-wrap">
            <table class="article-table">
                if !head.is_empty() {
                    <thead>{for head.into_iter().map(|(_, _, nodes)| html! { <tr>{for nodes}</tr> })}</thead>
                }
                <tbody>{for body.into_iter().map(|(_, _, nodes)| html! { <tr>{for nodes}</tr> })}</tbody>
            </table>
        </div>
    }
}

fn block_node(document: &Document, block: &Block, marker: &Marker<'_>) -> Html {
    let content = marker.render(block.span, &block.inline);
    match block.kind {
        BlockKind::Lead => html! { <p class="article-lead">{content}</p> },
        BlockKind::Heading(level) => {
            // The article title is the page's h1; subheadings start at h2.
            let tag = format!("h{}", level.clamp(2, 6));
            html! { <@{tag} class="article-subheading">{content}</@> }
        }
        // The title heads the page (`title`); `blocks` does not pass it here.
        BlockKind::Paragraph | BlockKind::Title => html! { <p class="article-paragraph">{content}</p> },
        BlockKind::Caption => html! {
            <figure class="article-figure">
                <figcaption class="article-caption">
                    {content}
                    {block.credit.map(|credit| credit_node(document, block.span, credit, marker))}
                </figcaption>
            </figure>
        },
        BlockKind::BlockQuote => html! {
            <blockquote class="article-blockquote"><p>{content}</p></blockquote>
        },
        BlockKind::Code => html! { <pre class="article-code"><code>{content}</code></pre> },
        BlockKind::ListItem | BlockKind::TaskItem(_) | BlockKind::TableCell | BlockKind::Footnote => {
            html! { <p class="article-paragraph">{content}</p> }
        }
        BlockKind::Dateline => html! { <p class="article-dateline">{content}</p> },
        BlockKind::Ticker => html! { <p class="article-ticker">{content}</p> },
    }
}

/// "Bild: REUTERS": the credit word as the article writes it, then the credit.
fn credit_node(document: &Document, body: Span, credit: Span, marker: &Marker<'_>) -> Html {
    let between = Span { start: body.end.min(credit.start), end: credit.start };
    let word = between.slice(&document.text).trim();
    let word = if word.is_empty() { "Bild:" } else { word };
    html! {
        <span class="article-credit">
            <span class="article-credit-label">{word.to_string()}</span>
            {" "}
            {marker.render(credit, &[])}
        </span>
    }
}
