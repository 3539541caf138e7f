//! Browser test: articles written to attack the page never run script.
//!
//! Each input of the corpus is shown as an article (plain text and Markdown) in a real DOM in
//! headless Chromium. The test fails if any script ran (it would set `window.__xss`), or if the
//! rendered page holds an element or attribute that can run script or load anything (beyond what
//! the app renders for a harmless article: its own `<details>` panels).
//! Run with scripts/test-browser.sh. Elsewhere (native `cargo test`) this file is empty.
#![cfg(all(target_arch = "wasm32", feature = "web"))]

use newslens::engine::Format;
use newslens::ui::{App, AppProps, ArticleSource, Library, ModelState, Route};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// Every line tries a different way in; each would set `window.__xss` if it ran.
const CORPUS: &[&str] = &[
    "<script>window.__xss = 1</script>",
    "<img src=x onerror=\"window.__xss = 1\">",
    "<svg onload=\"window.__xss = 1\"><script>window.__xss = 1</script></svg>",
    "<iframe src=\"javascript:window.__xss = 1\"></iframe>",
    "<details open ontoggle=\"window.__xss = 1\">x</details>",
    "<a href=\"javascript:window.__xss = 1\">Link</a>",
    "[Link](javascript:window.__xss=1)",
    "[Link](JaVaScRiPt:window.__xss=1)",
    "[Link](data:text/html,<script>window.__xss=1</script>)",
    "[Link](vbscript:window.__xss=1)",
    "![Bild](javascript:window.__xss=1)",
    "<javascript:window.__xss=1>",
    "<style>body{display:none}</style>",
    "<object data=\"javascript:window.__xss=1\"></object>",
    "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>",
    "„<b onmouseover=\"window.__xss = 1\">Zitat</b>“, sagte Angela Merkel.",
    "\"><script>window.__xss = 1</script>",
    "Text mit &lt;script&gt; und &#60;img src=x onerror=window.__xss=1&#62;",
];

/// Elements that must never come out of an article.
const FORBIDDEN_ELEMENTS: &str =
    "script, style, img, svg, iframe, object, embed, math, details, form, input, link, meta, base";

fn mount(format: Format, source: String) -> Element {
    let article = ArticleSource { slug: "hostile".into(), format, source: source.into() };
    let library: Library = std::iter::once(article).collect();
    let root = gloo::utils::document().create_element("div").expect("a div");
    gloo::utils::body().append_child(&root).expect("appended");
    let props = AppProps { route: Route::Article("hostile".into()), model: ModelState::provisional("test"), library };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    root
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).expect("a timer");
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.expect("the timer fired");
}

/// What in the rendered page could run script or load something, described for the failure.
/// The whole page is scanned, the app's own controls included: what the app renders itself (its
/// `<details>` panels) shows up for a harmless article too, and the test compares with that.
fn dangers(root: &Element) -> Vec<String> {
    let mut found = Vec::new();
    let forbidden = root.query_selector_all(FORBIDDEN_ELEMENTS).expect("a valid selector");
    for i in 0..forbidden.length() {
        if let Some(node) = forbidden.item(i) {
            // The names index has one disclosure per kind found, and a harmless article and a
            // hostile one name different kinds: those are the app's own and not compared.
            let element = wasm_bindgen::JsCast::dyn_ref::<Element>(&node);
            if element.is_some_and(|e| e.matches("details.entity-index-group").unwrap_or(false)) {
                continue;
            }
            found.push(format!("element <{}>", node.node_name().to_lowercase()));
        }
    }
    let all = root.query_selector_all("*").expect("a valid selector");
    for i in 0..all.length() {
        let Some(element) = all.item(i).and_then(|n| wasm_bindgen::JsCast::dyn_into::<Element>(n).ok()) else {
            continue;
        };
        let names = element.get_attribute_names();
        for j in 0..names.length() {
            let name = names.get(j).as_string().unwrap_or_default().to_lowercase();
            let value = element.get_attribute(&name).unwrap_or_default();
            let lower = value.trim().to_lowercase();
            if name.starts_with("on") || name == "style" || name == "srcdoc" {
                found.push(format!("attribute {name}={value:?}"));
            }
            if matches!(name.as_str(), "href" | "src" | "action" | "formaction" | "xlink:href")
                && !(lower.starts_with("http://")
                    || lower.starts_with("https://")
                    || lower.starts_with("mailto:")
                    || lower.starts_with('#'))
            {
                found.push(format!("attribute {name}={value:?}"));
            }
        }
    }
    found.sort();
    found
}

/// Mounts the article and waits until its text is shown.
async fn rendered(format: Format, source: String) -> Element {
    let root = mount(format, source);
    for _ in 0..250 {
        if root.query_selector("article").ok().flatten().is_some() {
            break;
        }
        sleep(20).await;
    }
    assert!(root.query_selector("article").ok().flatten().is_some(), "{format:?}: the article did not render");
    root
}

#[wasm_bindgen_test]
async fn hostile_articles_never_run_script() {
    for (format, wrap) in [
        (Format::Article, (|s: &str| format!("Titel {s}\n\nEin Absatz {s} mit Text.\n\n{s}")) as fn(&str) -> String),
        (Format::Markdown, |s: &str| {
            format!(
                "---\ntitle: {s}\nurl: javascript:window.__xss=1\n---\n# {s}\n\nEin Absatz {s}.\n\n> {s}\n\n- {s}\n"
            )
        }),
    ] {
        // The page of a harmless article: what the app renders of its own.
        let harmless = rendered(format, wrap("harmlos")).await;
        sleep(30).await;
        let own = dangers(&harmless);
        harmless.remove();
        for attack in CORPUS {
            let root = rendered(format, wrap(attack)).await;
            // Give any injected handler a chance to fire.
            sleep(30).await;
            let ran = js_sys::Reflect::get(&gloo::utils::window(), &"__xss".into()).expect("readable");
            assert!(ran.is_undefined(), "{format:?} {attack:?}: script ran");
            let found = dangers(&root);
            assert_eq!(found, own, "{format:?} {attack:?}: more than the app's own controls");
            root.remove();
        }
    }
}
