//! The root component: the one reducer, and the page the route names.

use std::rc::Rc;

use yew::prelude::*;

use super::components::article::ArticleView;
use super::components::article_list::{HomePage, NotFound};
use super::components::embed::{EmbedCode, FrameReport};
use super::components::entity_card::EntityCard;
use super::components::export_menu::ExportMenu;
use super::components::model_status::ModelStatus;
use super::components::notices::Notices;
use super::components::own_text::OwnText;
use super::components::reader_bar::ReaderBar;
use super::components::shortcut_help::ShortcutHelp;
use super::components::use_document_title;
use super::library::{ArticleSource, Library};
use super::model::ModelState;
use super::reader::{self, Counts, ReaderAction};
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
#[cfg(feature = "web")]
use super::dom::use_reader_browser;

#[cfg(not(feature = "web"))]
#[hook]
fn use_reader_browser(_state: &UseReducerHandle<ViewerState>) {}

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
        use_reducer(move || reader::starting_state(ViewerState::new(route, model)))
    };
    use_browser(&state);
    use_reader_browser(&state);
    let strings = super::strings::Strings::of(state.reader.lang());
    let embed = matches!(state.route, Route::Embed(_));

    let page = match &state.route {
        Route::Home => html! { <HomePage library={props.library.clone()} /> },
        Route::Article(slug) | Route::Embed(slug) => match props.library.find(slug) {
            Some(article) => html! {
                <ArticlePage
                    key={slug.to_string()}
                    {embed}
                    article={article.clone()}
                    model={state.model.clone()}
                    hidden={state.hidden}
                    active_quote={state.active_quote}
                    quote_picks={state.quote_picks}
                    on_toggle={dispatch(&state, Action::ToggleKind)}
                    on_pick_quote={dispatch(&state, Action::PickQuote)}
                />
            },
            None if embed => html! { <p class="embed-missing" role="alert">{strings.embed_not_found}</p> },
            None => html! { <NotFound wanted={slug.clone()} library={props.library.clone()} /> },
        },
        Route::Text => html! { <OwnText model={state.model.clone()} /> },
        Route::NotFound(path) => html! { <NotFound wanted={path.clone()} library={props.library.clone()} /> },
    };
    let class = classes!(
        "app",
        embed.then_some("app-embed"),
        (state.reader.query.quotes == Some(false)).then_some("app-no-quotes"),
    );
    let frame_id = state.reader.query.frame_id.clone().unwrap_or_else(|| "newslens".to_string());
    html! {
        <ContextProvider<UseReducerHandle<ViewerState>> context={state.clone()}>
        <ContextProvider<reader::Selection> context={state.reader.selection()}>
            <div {class}>
                if !embed {
                    <header class="app-header">
                        <a class="app-brand" href={Route::Home.href()}>{"newslens"}</a>
                        <nav class="app-nav" aria-label={strings.pages}>
                            <a class="app-nav-link" href={Route::Home.href()}>{strings.all_articles}</a>
                            {" "}
                            <a class="app-nav-link" href={Route::Text.href()}>{strings.own_text}</a>
                        </nav>
                        <ReaderBar />
                    </header>
                }
                <main class="app-main"><Notices />{page}</main>
                <ShortcutHelp />
                if embed {
                    <FrameReport frame_id={frame_id} />
                }
            </div>
        </ContextProvider<reader::Selection>>
        </ContextProvider<UseReducerHandle<ViewerState>>>
    }
}

#[derive(Properties, PartialEq)]
struct ArticlePageProps {
    /// Shown in an iframe: no embed code or downloads.
    embed: bool,
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
    // The keyboard steps through what this analysis found.
    let viewer = reader::use_viewer();
    let strings = super::strings::Strings::of(viewer.as_ref().map(|v| v.reader.lang()).unwrap_or_default());
    let dispatcher = viewer.map(|v| v.dispatcher());
    use_effect_with(analysis.clone(), move |analysis| {
        if let (Some(dispatcher), Some(analysis)) = (dispatcher, analysis.as_ref()) {
            dispatcher.dispatch(Action::Reader(ReaderAction::Analysed(Counts::of(analysis))));
        }
    });
    use_document_title(if document.title.is_empty() {
        "newslens".to_string()
    } else {
        format!("{} – newslens", document.title)
    });
    html! {
        <>
        if !props.embed {
            <div class="article-actions">
                <EmbedCode slug={props.article.slug.clone()} title={document.title.clone()} />
                <ExportMenu analysis={(*analysis).clone()} name={props.article.slug.clone()} {strings} />
            </div>
        }
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
        <EntityCard analysis={(*analysis).clone()} {strings} />
        </>
    }
}
