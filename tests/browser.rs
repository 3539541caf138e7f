//! Browser tests: the app mounted into a real DOM in headless Chromium.
//!
//! Run with scripts/test-browser.sh, or
//! `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner cargo test
//!  --target wasm32-unknown-unknown --no-default-features --features web --test browser`.
//! Elsewhere (native `cargo test`) this file is empty.
#![cfg(all(target_arch = "wasm32", feature = "web"))]

use newslens::articles::DEFAULT_SLUG;
use newslens::engine::Format;
use newslens::ui::{App, AppProps, ArticleSource, Library, ModelState, Route};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement};
use yew::{AppHandle, AttrValue};

wasm_bindgen_test_configure!(run_in_browser);

/// An app mounted on its own element. Dropping it destroys the app and removes the element:
/// an app left running would keep its listeners on the window and the document (address,
/// keys) and act on events meant for the tests after it.
struct Mounted {
    root: Element,
    app: Option<AppHandle<App>>,
}

impl std::ops::Deref for Mounted {
    type Target = Element;

    fn deref(&self) -> &Element {
        &self.root
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.root.remove();
    }
}

/// Mounts the app on a fresh element in the page.
fn mount(route: Route, model: ModelState, library: Library) -> Mounted {
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("a div");
    gloo::utils::body().append_child(&root).expect("appended");
    let app = yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { route, model, library }).render();
    Mounted { root, app: Some(app) }
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).expect("a timer");
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.expect("the timer fired");
}

/// Waits until `ready` holds (Yew renders asynchronously), failing after five seconds.
async fn until(what: &str, ready: impl Fn() -> bool) {
    until_within(5_000, what, ready).await;
}

async fn until_within(ms: i32, what: &str, ready: impl Fn() -> bool) {
    for _ in 0..ms / 20 {
        if ready() {
            return;
        }
        sleep(20).await;
    }
    panic!("timed out waiting for: {what}");
}

fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).expect("a valid selector")
}

fn click(root: &Element, selector: &str) {
    let element = find(root, selector).unwrap_or_else(|| panic!("nothing matches {selector}"));
    // A click on a disabled button does nothing: say so here rather than time out later.
    assert!(!element.has_attribute("disabled"), "{selector} is disabled");
    element.dyn_into::<HtmlElement>().expect("an HTML element").click();
}

fn seed(model: ModelState) -> Mounted {
    mount(Route::Article(AttrValue::Static(DEFAULT_SLUG)), model, Library::bundled())
}

#[wasm_bindgen_test]
async fn seed_article_has_marks() {
    let root = seed(ModelState::provisional("test"));
    until("entity marks", || find(&root, "mark.entity").is_some()).await;
    let title = find(&root, "h1.article-title").and_then(|h| h.text_content()).unwrap_or_default();
    assert_eq!(title, "NATO-Generalsekretär Stoltenberg besucht überraschend Kiew");
    assert!(find(&root, "mark.entity.entity-per[data-kind=PER]").is_some());
    assert!(find(&root, "time[datetime='2023-04-20T12:06']").is_some());
}

#[wasm_bindgen_test]
async fn legend_toggle_switches_a_kind_off_and_on() {
    let root = seed(ModelState::provisional("test"));
    until("entity marks", || find(&root, "mark.entity-per").is_some()).await;
    assert!(find(&root, "mark.is-off").is_none());
    // Yew may paint the marks a task before the legend, a child component, gets the same
    // analysis (its scheduler yields between a render and pending props updates).
    let toggle = "button.legend-toggle[data-kind=PER]:not([disabled])";
    until("the PER toggle enabled", || find(&root, toggle).is_some()).await;

    click(&root, "button.legend-toggle[data-kind=PER]");
    until("PER marks switched off", || find(&root, "mark.entity-per:not(.is-off)").is_none()).await;
    assert!(find(&root, "mark.entity-per.is-off").is_some());
    assert!(find(&root, "mark.is-off:not(.entity-per)").is_none(), "only PER is off");
    let toggle = find(&root, "button.legend-toggle[data-kind=PER]").expect("the toggle");
    assert_eq!(toggle.get_attribute("aria-pressed").as_deref(), Some("false"));

    click(&root, "button.legend-toggle[data-kind=PER]");
    until("PER marks back on", || find(&root, "mark.is-off").is_none()).await;
    assert!(find(&root, "mark.entity-per").is_some());
}

#[wasm_bindgen_test]
async fn picking_a_quote_marks_it_in_the_text() {
    let root = seed(ModelState::provisional("test"));
    until("the quote list", || find(&root, "button.quote-list-item").is_some()).await;
    click(&root, "button.quote-list-item[data-quote='0']");
    until("quote 0 active", || find(&root, "#quote-0.is-active").is_some()).await;
    assert!(find(&root, "button.quote-list-item.is-active[data-quote='0']").is_some());
    assert!(find(&root, ".quote.is-active:not([data-quote='0'])").is_none());
}

#[wasm_bindgen_test]
async fn markup_in_the_text_stays_text() {
    let hostile = ArticleSource {
        slug: "hostile".into(),
        format: Format::Article,
        source: "Titel <script>window.pwned = 1</script>\n\n\
                 Der Text <img src=x onerror=\"window.pwned = 1\"> und <b>fett</b> bleibt Text."
            .into(),
    };
    let library: Library = std::iter::once(hostile).collect();
    let root = mount(Route::Article("hostile".into()), ModelState::provisional("test"), library);
    until("the article", || find(&root, ".article-lead").is_some()).await;
    assert!(find(&root, "img").is_none());
    assert!(find(&root, "script").is_none());
    assert!(find(&root, "b").is_none());
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("<img src=x onerror=\"window.pwned = 1\">"), "{text}");
    assert!(text.contains("<script>window.pwned = 1</script>"), "{text}");
    sleep(50).await;
    let pwned = js_sys::Reflect::get(&gloo::utils::window(), &"pwned".into()).expect("readable");
    assert!(pwned.is_undefined());
}

#[wasm_bindgen_test]
async fn the_text_shows_at_once_and_the_model_state_settles() {
    // The test server has no built site, so no analysis worker (worker.js and its module) can
    // start: the text still comes first, and the status then says why nothing is marked. The
    // marks following the model in the worker are the end-to-end tests' (tests/e2e).
    let root = seed(ModelState::Loading);
    until("the text", || find(&root, ".article-lead").is_some()).await;
    assert!(find(&root, "mark.entity").is_none(), "no marks before a tagger is ready");
    assert!(find(&root, ".model-status-loading").is_some());
    let settled = || find(&root, ".model-status-trained, .model-status-provisional, .model-status-failed").is_some();
    until_within(120_000, "the model to load or fail", settled).await;
    assert!(find(&root, ".article-lead").is_some(), "the text stays");
}

#[wasm_bindgen_test]
async fn unknown_slug_shows_not_found() {
    let root = mount(Route::Article("gibt-es-nicht".into()), ModelState::provisional("test"), Library::bundled());
    until("the not-found page", || find(&root, ".not-found").is_some()).await;
    let link = format!("a.article-list-link[href='#/a/{DEFAULT_SLUG}']");
    assert!(find(&root, &link).is_some());
}
