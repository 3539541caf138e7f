//! The list of articles: the start page, and the way out of a not-found page. With thousands of
//! articles it stays quick: a filter over titles, sources and dates (kept in the address,
//! `#/?q=…`), and the matches shown a page at a time.

use yew::prelude::*;

use crate::ui::library::{Library, Load};
use crate::ui::route::Route;
use crate::ui::state::{use_viewer, Action};
use crate::ui::strings::use_strings;
use crate::ui::web::{input_value, use_document_title, use_listing};

/// Entries shown at first, and added by each "show more".
pub const PAGE: usize = 50;

#[derive(Properties, PartialEq)]
pub struct ArticleListProps {
    /// The articles a test hands in; empty in the browser, which fetches the site's listing.
    pub library: Library,
}

#[function_component]
pub fn ArticleList(props: &ArticleListProps) -> Html {
    let t = use_strings();
    match use_listing(&props.library) {
        Load::Ready(library) if library.is_empty() => html! { <p class="article-list-empty">{t.no_articles}</p> },
        Load::Ready(library) => html! { <FilteredList {library} /> },
        Load::Loading => html! { <p class="article-list-loading" aria-busy="true">{t.list_loading}</p> },
        Load::Missing => html! { <p class="article-list-failed" role="alert">{t.list_failed}</p> },
        Load::Failed(why) => {
            html! { <p class="article-list-failed" role="alert">{t.list_failed}{" "}<code>{why}</code></p> }
        }
    }
}

#[derive(Properties, PartialEq)]
struct FilteredListProps {
    library: Library,
}

/// The filter, the count of matches and the first pages of them.
#[function_component]
fn FilteredList(props: &FilteredListProps) -> Html {
    let t = use_strings();
    let viewer = use_viewer();
    let filter = viewer.reader.query.filter.clone().unwrap_or_default();
    let matches = use_memo((props.library.clone(), filter.clone()), |(library, filter)| library.matching(filter));
    // How many matches are shown; a new filter starts again at one page.
    let shown = use_state(|| (filter.clone(), PAGE));
    let limit = if shown.0 == filter { shown.1 } else { PAGE };
    let on_input = {
        let dispatcher = viewer.dispatcher();
        Callback::from(move |event: InputEvent| {
            if let Some(value) = input_value(&event) {
                dispatcher.dispatch(Action::Filter(value));
            }
        })
    };
    let more = {
        let (shown, filter) = (shown.clone(), filter.clone());
        Callback::from(move |_: MouseEvent| shown.set((filter.clone(), limit + PAGE)))
    };
    let items = matches.iter().take(limit).filter_map(|&i| props.library.get(i)).map(|entry| {
        let date = entry.date.map(|d| html! { <time datetime={d.iso()}>{d.german()}</time> });
        let source = entry.source.as_ref().map(|s| html! { <span class="article-list-source">{s.clone()}</span> });
        html! {
            <li class="article-list-item" key={entry.slug.to_string()}>
                <a class="article-list-link" href={Route::Article(entry.slug.clone()).href()}>{entry.title.clone()}</a>
                if date.is_some() || source.is_some() {
                    <span class="article-list-meta">{date}{source}</span>
                }
            </li>
        }
    });
    html! {
        <div class="article-list-box">
            <div class="article-list-filter">
                <label for="article-filter">{t.filter_label}</label>
                <input id="article-filter" type="search" value={filter} oninput={on_input} autocomplete="off" />
                <p class="article-list-count" role="status">
                    {t.filter_count(matches.len(), props.library.len())}
                </p>
            </div>
            if matches.is_empty() {
                <p class="article-list-empty">{t.filter_none}</p>
            } else {
                <ul class="article-list">{for items}</ul>
            }
            if matches.len() > limit {
                <button type="button" class="article-list-more" onclick={more}>{t.show_more}</button>
            }
        </div>
    }
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

#[derive(Properties, PartialEq)]
pub struct UnreadableProps {
    /// Why the article could not be loaded.
    pub why: AttrValue,
}

/// An article the index names but whose file could not be fetched or read, with a way back.
#[function_component]
pub fn Unreadable(props: &UnreadableProps) -> Html {
    let t = use_strings();
    use_document_title(format!("{} – newslens", t.unreadable_title));
    html! {
        <section class="not-found">
            <h1 class="not-found-title">{t.unreadable_title}</h1>
            <p class="not-found-text" role="alert">{t.unreadable_text}{" "}<code>{props.why.clone()}</code></p>
            <p><a class="not-found-back" href={Route::Home.href()}>{t.back_to_list}</a></p>
        </section>
    }
}
