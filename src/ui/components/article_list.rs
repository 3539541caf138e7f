//! The list of articles: the start page, and the way out of a not-found page.

use yew::prelude::*;

use crate::engine::DateTime;
use crate::ui::library::Library;
use crate::ui::route::Route;
use crate::ui::strings::use_strings;
use crate::ui::web::use_document_title;

#[derive(Properties, PartialEq)]
pub struct ArticleListProps {
    pub library: Library,
}

/// What the list shows of one article.
#[derive(PartialEq)]
struct Entry {
    href: String,
    title: String,
    date: Option<DateTime>,
    source: Option<String>,
}

#[function_component]
pub fn ArticleList(props: &ArticleListProps) -> Html {
    let entries = use_memo(props.library.clone(), |library| {
        library
            .iter()
            .map(|article| {
                let document = article.parse();
                let title = if document.title.is_empty() { article.slug.to_string() } else { document.title };
                Entry {
                    href: Route::Article(article.slug.clone()).href(),
                    title,
                    date: document.date,
                    source: document.source,
                }
            })
            .collect::<Vec<_>>()
    });
    let t = use_strings();
    if entries.is_empty() {
        return html! { <p class="article-list-empty">{t.no_articles}</p> };
    }
    let items = entries.iter().map(|entry| {
        let date = entry.date.map(|d| html! { <time datetime={d.iso()}>{d.german()}</time> });
        let source = entry.source.as_ref().map(|s| html! { <span class="article-list-source">{s.clone()}</span> });
        html! {
            <li class="article-list-item">
                <a class="article-list-link" href={entry.href.clone()}>{entry.title.clone()}</a>
                if date.is_some() || source.is_some() {
                    <span class="article-list-meta">{date}{source}</span>
                }
            </li>
        }
    });
    html! { <ul class="article-list">{for items}</ul> }
}

#[derive(Properties, PartialEq)]
pub struct HomePageProps {
    pub library: Library,
}

/// The start page.
#[function_component]
pub fn HomePage(props: &HomePageProps) -> Html {
    let t = use_strings();
    use_document_title(format!("{} – newslens", t.home_title));
    html! {
        <section class="home">
            <h1 class="home-title">{t.home_title}</h1>
            <p class="home-intro">{t.home_intro}</p>
            <ArticleList library={props.library.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    /// What the URL asked for.
    pub wanted: AttrValue,
    pub library: Library,
}

/// An unknown article or address, with the articles that do exist.
#[function_component]
pub fn NotFound(props: &NotFoundProps) -> Html {
    let t = use_strings();
    use_document_title(format!("{} – newslens", t.not_found_title));
    html! {
        <section class="not-found">
            <h1 class="not-found-title">{t.not_found_title}</h1>
            <p class="not-found-text">
                {t.not_found_text.0}<code class="not-found-wanted">{props.wanted.clone()}</code>
                {t.not_found_text.1}
            </p>
            <ArticleList library={props.library.clone()} />
        </section>
    }
}
