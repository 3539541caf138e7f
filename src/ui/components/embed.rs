//! Embedding: the iframe code for the current article and options, the compact embed
//! (`view=quotes`: who said what, and a link to the article), and the part of the embed view
//! that reports its height to the host page.

use std::rc::Rc;

use yew::prelude::*;

use super::quote_list::QuoteList;
use crate::engine::Analysis;
use crate::ui::link::ViewQuery;
use crate::ui::prefs::Theme;
use crate::ui::route::Route;
use crate::ui::state::use_viewer;
use crate::ui::strings::use_strings;
use crate::ui::web;

/// The host script's file name, beside index.html.
pub const HOST_SCRIPT: &str = "embed.js";

/// The HTML a host page pastes: the iframe for `slug` with `query`, and the script that sizes it.
/// `page` is the viewer's address without its hash (`https://host/newslens/` or
/// `…/index.html`).
///
/// # Examples
///
/// ```
/// use newslens::ui::embed_snippet;
/// use newslens::ui::link::ViewQuery;
/// let code = embed_snippet("https://x.de/nl/", "kiew", &ViewQuery::from_hash("?quotes=0"), "Kiew");
/// assert!(code.contains(r#"src="https://x.de/nl/#/embed/kiew?quotes=0""#));
/// assert!(code.contains(r#"<script src="https://x.de/nl/embed.js" async></script>"#));
/// ```
pub fn embed_snippet(page: &str, slug: &str, query: &ViewQuery, title: &str) -> String {
    let folder = &page[..page.rfind('/').map_or(0, |i| i + 1)];
    let src = format!("{page}{}{}", Route::Embed(slug.to_string().into()).href(), query.to_query_string());
    format!(
        "<iframe src=\"{}\" title=\"{}\" data-newslens width=\"100%\" height=\"600\" loading=\"lazy\" \
         style=\"width:100%;border:0\"></iframe>\n<script src=\"{}{HOST_SCRIPT}\" async></script>",
        escape(&src),
        escape(title),
        escape(folder),
    )
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

#[derive(Properties, PartialEq)]
pub struct EmbedCodeProps {
    pub slug: AttrValue,
    pub title: AttrValue,
}

/// A disclosure with the embed code for the article as shown now, and a copy button.
#[function_component]
pub fn EmbedCode(props: &EmbedCodeProps) -> Html {
    let status = use_state(|| None::<&'static str>);
    let viewer = use_viewer();
    let t = use_strings();
    let reader = &viewer.reader;
    let hidden: Vec<_> = crate::engine::EntityKind::ALL.into_iter().filter(|k| !viewer.hidden.contains(*k)).collect();
    let query = ViewQuery {
        theme: Some(reader.theme()).filter(|t| *t != Theme::Auto),
        types: (hidden.len() < crate::engine::EntityKind::ALL.len()).then_some(hidden),
        quotes: reader.query.quotes,
        lang: Some(reader.lang()),
        ..ViewQuery::default()
    };
    let code = embed_snippet(&web::page_address(), &props.slug, &query, &format!("newslens: {}", props.title));
    let copy = {
        let (code, status) = (code.clone(), status.clone());
        // Where the browser refuses the clipboard, the code is selected for copying by hand.
        let done = Callback::from(move |copied: bool| status.set(Some(if copied { t.copied } else { t.copy_failed })));
        Callback::from(move |_: MouseEvent| web::copy_or_select(code.clone(), "embed-code", done.clone()))
    };
    html! {
        <details class="embed-code">
            <summary class="embed-code-summary">{t.embed}</summary>
            <p class="embed-code-intro" id="embed-code-intro">{t.embed_intro}</p>
            <textarea id="embed-code" class="embed-code-text" readonly=true rows="5"
                aria-describedby="embed-code-intro" aria-label={t.embed} value={code} />
            <div class="embed-code-row">
                <button type="button" class="embed-code-copy" onclick={copy}>{t.copy}</button>
                <span class="embed-code-status" role="status">{(*status).unwrap_or("")}</span>
            </div>
        </details>
    }
}

#[derive(Properties, PartialEq)]
pub struct QuotesEmbedProps {
    pub slug: AttrValue,
    pub title: AttrValue,
    /// `None` while the model loads.
    pub analysis: Option<Rc<Analysis>>,
}

/// The compact embed: the quote list with its speakers, for a page that wants "who said what"
/// beside its own story, and a link to the whole article on this site (in a new tab: the
/// embed's frame is too small for it).
#[function_component]
pub fn QuotesEmbed(props: &QuotesEmbedProps) -> Html {
    let t = use_strings();
    let href = format!("{}{}", web::page_address(), Route::Article(props.slug.to_string().into()).href());
    html! {
        <div class="quotes-embed">
            <QuoteList analysis={props.analysis.clone()} compact=true />
            <p class="quotes-embed-source">
                <a class="quotes-embed-link" {href} target="_blank" rel="noopener">
                    {format!("{}: {}", t.embed_full_article, props.title)}
                </a>
            </p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct FrameReportProps {
    pub frame_id: AttrValue,
}

/// Reports the embed's height to the host page (`web` sends the messages).
#[function_component]
pub fn FrameReport(props: &FrameReportProps) -> Html {
    web::use_frame_height(props.frame_id.to_string());
    html! {}
}
