//! The viewer renders the blocks of any outlet's layout: a Markdown table as a table (one cell a
//! block, a header row of `th`), footnotes as a numbered list with their marks as superscripts,
//! task items with their boxes, struck-through text, datelines and ticker stamps. Run with
//! `cargo test --no-default-features --features ssr --test render_blocks`.

use std::rc::Rc;

use newslens::engine::{self, Analysis, Format};
use newslens::ui::{ArticleView, ModelState, Route, ViewerProvider, ViewerState};
use yew::prelude::*;
use yew::ServerRenderer;

#[path = "support/render.rs"]
#[allow(dead_code)]
mod render_support;
use render_support::{block_on, trained_tagger};

#[derive(Properties, PartialEq)]
struct ViewProps {
    analysis: Rc<Analysis>,
}

/// The article view inside the viewer's provider, as the app renders it.
#[function_component]
fn View(props: &ViewProps) -> Html {
    let state = ViewerState::new(Route::Article("view".into()), ModelState::Loading);
    let analysis = props.analysis.clone();
    html! {
        <ViewerProvider {state}>
            <ArticleView document={Rc::new(analysis.document.clone())} analysis={Some(analysis)} />
        </ViewerProvider>
    }
}

fn render(text: &'static str, format: Format) -> String {
    block_on(
        ServerRenderer::<View>::with_props(move || {
            // The committed model, the tagger readers get.
            let tagger = trained_tagger();
            ViewProps { analysis: Rc::new(engine::analyze(text, format, &tagger)) }
        })
        .hydratable(false)
        .render(),
    )
}

fn count(html: &str, open: &str) -> usize {
    html.matches(open).count()
}

const MARKDOWN: &str = "# Ergebnisse\n\nDie Wahl ist vorbei.[^1] Der Termin war ~~Montag~~ Sonntag.\n\n| Stadt | Sieger |\n|---|---|\n| Leipzig | Anna Schulz |\n| Halle | Tom Berg |\n\n- [x] Zählen\n- [ ] Feiern\n\n[^1]: Angaben der Wahlleiterin.\n";

#[test]
fn markdown_tables_footnotes_tasks_and_strikethrough() {
    let html = render(MARKDOWN, Format::Markdown);
    assert_eq!(count(&html, "<table"), 1, "{html}");
    assert_eq!(count(&html, "<tr"), 3, "{html}");
    assert_eq!(count(&html, "<th scope"), 2, "{html}");
    assert_eq!(count(&html, "<td"), 4, "{html}");
    // The cells' texts are in their own cells, never glued.
    assert!(!html.contains("LeipzigAnna"), "{html}");
    assert_eq!(count(&html, "<sup class=\"article-footnote-ref\">1</sup>"), 1, "{html}");
    assert!(!html.contains("[^1]"), "{html}");
    assert_eq!(count(&html, "<ol class=\"article-footnotes\""), 1, "{html}");
    assert!(html.contains("der Wahlleiterin.</li>"), "{html}");
    assert_eq!(count(&html, "type=\"checkbox\""), 2, "{html}");
    // Yew sets `checked` as a property, which the server renderer does not write: the done
    // item is known by its class.
    assert_eq!(count(&html, "is-done"), 1, "{html}");
    // The struck word, marked or not, is all the <del> holds.
    let struck = html.split("<del>").nth(1).and_then(|rest| rest.split("</del>").next()).unwrap_or("");
    let text: String = struck.split('<').map(|part| part.split_once('>').map_or(part, |(_, text)| text)).collect();
    assert_eq!(text, "Montag", "{html}");
}

#[test]
fn datelines_and_ticker_stamps() {
    let text = "Titel\n\nBerlin (dpa) – Die Regierung plant etwas.\n\n+++ 22:13 +++\nDer Regen lässt nach.";
    let html = render(text, Format::Article);
    assert_eq!(count(&html, "class=\"article-dateline\""), 1, "{html}");
    assert_eq!(count(&html, "class=\"article-ticker\""), 1, "{html}");
    assert!(html.contains("22:13"), "{html}");
}
