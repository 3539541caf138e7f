//! The root component: the one reducer, and the page the route names.

use std::rc::Rc;

use yew::prelude::*;

use super::components::article::ArticleView;
use super::components::article_list::{HomePage, NotFound};
use super::components::model_status::ModelStatus;
use super::components::use_document_title;
use super::library::{ArticleSource, Library};
use super::model::ModelState;
use super::route::Route;
use super::state::{Action, KindSet, ViewerState};
use crate::engine::{self, EntityKind};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The page to show first.
    pub route: Route,
    /// The tagger to start with; `Loading` makes the browser app fetch the trained model.
    pub model: ModelState,
    #[prop_or_default]
    pub library: Library,
}

#[cfg(feature = "web")]
use super::browser::use_browser;

/// Outside the browser (render tests) there is no address bar to follow and no model to fetch.
#[cfg(not(feature = "web"))]
#[hook]
fn use_browser(_state: &UseReducerHandle<ViewerState>) {}

/// A callback that turns its argument into an action for the reducer.
fn dispatch<T: 'static>(state: &UseReducerHandle<ViewerState>, action: fn(T) -> Action) -> Callback<T> {
    let dispatcher = state.dispatcher();
    Callback::from(move |value: T| dispatcher.dispatch(action(value)))
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let state = {
        let (route, model) = (props.route.clone(), props.model.clone());
        use_reducer(move || ViewerState::new(route, model))
    };
    use_browser(&state);

    let page = match &state.route {
        Route::Home => html! { <HomePage library={props.library.clone()} /> },
        Route::Article(slug) => match props.library.find(slug) {
            Some(article) => html! {
                <ArticlePage
                    key={slug.to_string()}
                    article={article.clone()}
                    model={state.model.clone()}
                    hidden={state.hidden}
                    active_quote={state.active_quote}
                    quote_picks={state.quote_picks}
                    on_toggle={dispatch(&state, Action::ToggleKind)}
                    on_pick_quote={dispatch(&state, Action::PickQuote)}
                />
            },
            None => html! { <NotFound wanted={slug.clone()} library={props.library.clone()} /> },
        },
        Route::NotFound(path) => html! { <NotFound wanted={path.clone()} library={props.library.clone()} /> },
    };
    html! {
        <div class="app">
            <header class="app-header">
                <a class="app-brand" href={Route::Home.href()}>{"newslens"}</a>
                <nav class="app-nav" aria-label="Seiten">
                    <a class="app-nav-link" href={Route::Home.href()}>{"Alle Artikel"}</a>
                </nav>
            </header>
            <main class="app-main">{page}</main>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ArticlePageProps {
    article: ArticleSource,
    model: ModelState,
    hidden: KindSet,
    active_quote: Option<usize>,
    quote_picks: u32,
    on_toggle: Callback<EntityKind>,
    on_pick_quote: Callback<usize>,
}

/// One bundled article: parsed at once, analysed as soon as a tagger is ready.
#[function_component]
fn ArticlePage(props: &ArticlePageProps) -> Html {
    let document = use_memo(props.article.clone(), |article| article.parse());
    let analysis = {
        let document = document.clone();
        use_memo((props.article.clone(), props.model.clone()), move |(_, model)| {
            model.tagger().map(|tagger| Rc::new(engine::annotate((*document).clone(), tagger)))
        })
    };
    use_document_title(if document.title.is_empty() {
        "newslens".to_string()
    } else {
        format!("{} – newslens", document.title)
    });
    html! {
        <ArticleView
            document={document.clone()}
            analysis={(*analysis).clone()}
            hidden={props.hidden}
            active_quote={props.active_quote}
            quote_picks={props.quote_picks}
            status={html! { <ModelStatus model={props.model.clone()} /> }}
            on_toggle={props.on_toggle.clone()}
            on_pick_quote={props.on_pick_quote.clone()}
        />
    }
}
