//! The root: [`ViewerProvider`], which owns the state and keeps it in step with the browser, and
//! the page the route names.

use std::rc::Rc;

use yew::prelude::*;

use super::components::article::ArticleView;
use super::components::article_list::{HomePage, NotFound, Unreadable};
use super::components::embed::{EmbedCode, FrameReport, QuotesEmbed};
use super::components::entity_card::EntityCard;
use super::components::export_menu::ExportMenu;
use super::components::notices::Notices;
use super::components::own_text::OwnText;
use super::components::reader_bar::ReaderBar;
use super::components::shortcut_help::ShortcutHelp;
use super::library::{ArticleSource, Entry, Library, Load};
use super::model::ModelState;
use super::own::OwnSource;
use super::route::Route;
use super::state::{use_viewer, Action, Counts, Viewer, ViewerState};
use super::strings::use_strings;
use super::web;

#[derive(Properties, PartialEq)]
pub struct ViewerProviderProps {
    /// The state to start from; in the browser, the address, stored preferences and the
    /// browser's language are applied to it, and a `Loading` model is fetched.
    pub state: ViewerState,
    #[prop_or_default]
    pub children: Html,
}

/// Owns the viewer's state and provides it to everything inside (see [`use_viewer`]); in the
/// browser it also keeps the state in step with the address bar, storage and keys.
#[function_component]
pub fn ViewerProvider(props: &ViewerProviderProps) -> Html {
    let state = {
        let state = props.state.clone();
        use_reducer(move || web::starting_state(state))
    };
    web::use_browser(&state);
    html! {
        <ContextProvider<Viewer> context={state}>{props.children.clone()}</ContextProvider<Viewer>>
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The page to show first.
    pub route: Route,
    /// The tagger to start with; `Loading` makes the browser app fetch the trained model.
    pub model: ModelState,
    /// The articles, with their sources (tests); empty in the browser, which fetches the site's
    /// index and each article's file when it is opened.
    #[prop_or_default]
    pub library: Library,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    html! {
        <ViewerProvider state={ViewerState::new(props.route.clone(), props.model.clone())}>
            <Page library={props.library.clone()} />
        </ViewerProvider>
    }
}

#[derive(Properties, PartialEq)]
struct PageProps {
    library: Library,
}

/// The site's frame around the page the route names.
#[function_component]
fn Page(props: &PageProps) -> Html {
    let viewer = use_viewer();
    let t = use_strings();
    let embed = matches!(viewer.route, Route::Embed(_));

    let page = match &viewer.route {
        Route::Home => html! { <HomePage library={props.library.clone()} /> },
        Route::Article(slug) | Route::Embed(slug) => {
            html! { <ArticleRoute key={slug.to_string()} slug={slug.clone()} {embed} library={props.library.clone()} /> }
        }
        Route::Text => html! { <OwnText /> },
        Route::NotFound(path) => html! { <NotFound wanted={path.clone()} library={props.library.clone()} /> },
    };
    let class = classes!(
        "app",
        embed.then_some("app-embed"),
        // The compact embed is the quote list: `quotes=0` has nothing to hide there.
        (viewer.reader.query.quotes == Some(false) && !(embed && viewer.reader.query.quotes_only))
            .then_some("app-no-quotes"),
    );
    let frame_id = viewer.reader.query.frame_id.clone().unwrap_or_else(|| "newslens".to_string());
    html! {
        <div {class}>
            if !embed {
                <header class="app-header">
                    <a class="app-brand" href={Route::Home.href()}>{"newslens"}</a>
                    <nav class="app-nav" aria-label={t.pages}>
                        <a class="app-nav-link" href={Route::Home.href()}>{t.all_articles}</a>
                        {" "}
                        <a class="app-nav-link" href={Route::Text.href()}>{t.own_text}</a>
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
    }
}

#[derive(Properties, PartialEq)]
struct ArticleRouteProps {
    slug: AttrValue,
    embed: bool,
    library: Library,
}

/// An article's address: its index entry looked up (a shard of the site's index), then its file
/// fetched; meanwhile a placeholder, and a clear page when either is missing or unreadable.
#[function_component]
fn ArticleRoute(props: &ArticleRouteProps) -> Html {
    let t = use_strings();
    match web::use_entry(&props.library, &props.slug) {
        Load::Ready(entry) => html! { <ArticleFile {entry} embed={props.embed} /> },
        Load::Loading => loading(t.article_loading),
        Load::Missing if props.embed => html! { <p class="embed-missing" role="alert">{t.embed_not_found}</p> },
        Load::Missing => html! { <NotFound wanted={props.slug.clone()} library={props.library.clone()} /> },
        Load::Failed(why) => html! { <Unreadable {why} /> },
    }
}

fn loading(text: &'static str) -> Html {
    html! { <p class="app-loading" aria-busy="true">{text}</p> }
}

#[derive(Properties, PartialEq)]
struct ArticleFileProps {
    entry: Entry,
    embed: bool,
}

#[function_component]
fn ArticleFile(props: &ArticleFileProps) -> Html {
    let t = use_strings();
    match web::use_article_text(&props.entry) {
        Load::Ready(article) => html! { <ArticlePage embed={props.embed} {article} /> },
        Load::Loading => loading(t.article_loading),
        Load::Missing => html! { <Unreadable why={props.entry.file.clone()} /> },
        Load::Failed(why) => html! { <Unreadable {why} /> },
    }
}

#[derive(Properties, PartialEq)]
struct ArticlePageProps {
    /// Shown in an iframe: no embed code or downloads.
    embed: bool,
    article: ArticleSource,
}

/// One article's text: parsed at once, analysed as soon as a tagger is ready.
#[function_component]
fn ArticlePage(props: &ArticlePageProps) -> Html {
    let viewer = use_viewer();
    let document = use_memo(props.article.clone(), |article| article.parse());
    // The analysis runs in the worker, so it starts at once: the text paints meanwhile.
    // Made once per article, so a render compares the same text by address, not by content.
    let source = use_memo(props.article.clone(), |article| OwnSource {
        text: Rc::from(&*article.source),
        format: article.format,
    });
    let analysis = web::use_analysis(Some(((*source).clone(), document.clone())), viewer.model.clone());
    // The keyboard steps through what this analysis found.
    {
        let dispatcher = viewer.dispatcher();
        use_effect_with(analysis.clone(), move |analysis| {
            if let Some(analysis) = analysis.as_ref() {
                dispatcher.dispatch(Action::Analysed(Counts::of(analysis)));
            }
        });
    }
    web::use_document_title(if document.title.is_empty() {
        "newslens".to_string()
    } else {
        format!("{} – newslens", document.title)
    });
    if props.embed && viewer.reader.query.quotes_only {
        let (slug, title) = (props.article.slug.clone(), AttrValue::from(document.title.clone()));
        return html! { <QuotesEmbed {slug} {title} analysis={analysis.clone()} /> };
    }
    html! {
        <>
        if !props.embed {
            <div class="article-actions">
                <EmbedCode slug={props.article.slug.clone()} title={document.title.clone()} />
                <ExportMenu analysis={analysis.clone()} name={props.article.slug.clone()} />
            </div>
        }
        <ArticleView document={document.clone()} analysis={analysis.clone()} />
        <EntityCard analysis={analysis.clone()} />
        </>
    }
}
