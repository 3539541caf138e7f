//! The browser calls of the reader features (compiled for the `web` feature only): the address
//! bar's query, history entries, shortcuts, the entity card's place, stored preferences, the
//! theme attributes on `<html>`, downloads, the clipboard and the embed's height messages.
//! Everything here fails quietly: a browser that refuses storage or the clipboard still shows
//! the article.

use gloo::events::{EventListener, EventListenerOptions};
use gloo::utils::{document, window};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use super::link::ViewQuery;
use super::prefs::{Lang, Prefs};
use super::reader::ReaderAction;
use super::route::Route;
use super::shortcuts;
use super::state::{Action, ViewerState};

const PREFS_KEY: &str = "newslens:prefs";

pub(crate) fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

pub(crate) fn browser_lang() -> Lang {
    window().navigator().language().map_or(Lang::De, |l| Lang::from_browser(&l))
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The preferences stored earlier; defaults when storage is refused or empty.
pub(crate) fn load_prefs() -> Prefs {
    storage()
        .and_then(|s| s.get_item(PREFS_KEY).ok().flatten())
        .map_or_else(Prefs::default, |v| Prefs::from_storage(&v))
}

fn save_prefs(prefs: Prefs) {
    if let Some(storage) = storage() {
        // A full or refused storage is not the reader's problem.
        let _ = storage.set_item(PREFS_KEY, &prefs.to_storage());
    }
}

/// The address of the page without its hash: the base of embed codes.
pub(crate) fn page_address() -> String {
    let href = window().location().href().unwrap_or_default();
    href.split('#').next().unwrap_or("").to_string()
}

/// Keeps the reader features in step with the browser: history entries for the chosen entity
/// and quote, the theme on `<html>`, stored preferences, keyboard shortcuts and the card.
#[hook]
pub(crate) fn use_reader_browser(state: &UseReducerHandle<ViewerState>) {
    // The address bar names the chosen entity and quote: a choice adds a history entry (so Back
    // returns to the previous choice); following the address (Back, a link) changes nothing here.
    // A render right after a change of route follows the address, never writes it.
    let wanted = (state.route.clone(), state.reader.entity, state.active_quote);
    let query = state.reader.query.clone();
    let last_route = use_mut_ref(|| state.route.clone());
    use_effect_with(wanted, move |(route, entity, quote)| {
        let moved = std::mem::replace(&mut *last_route.borrow_mut(), route.clone()) != *route;
        let hash = current_hash();
        let shown = ViewQuery::from_hash(&hash);
        let same_route = Route::from_hash(&hash) == *route;
        let names_page = matches!(route, Route::Article(_) | Route::Embed(_));
        if !moved && same_route && names_page && (shown.entity != *entity || shown.quote != *quote) {
            let link = ViewQuery { entity: *entity, quote: *quote, notices: Vec::new(), ..query };
            let href = format!("{}{}", route.href(), link.to_query_string());
            if let Ok(history) = window().history() {
                let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&href));
            }
        }
    });

    // The view attributes the stylesheets select on.
    let reader = &state.reader;
    let embed = matches!(state.route, Route::Embed(_));
    let view = (reader.theme(), reader.prefs, reader.lang(), embed && reader.query.transparent);
    use_effect_with(view, |(theme, prefs, lang, transparent)| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-theme", theme.as_str());
            let _ = root.set_attribute("data-text-size", prefs.size.as_str());
            let _ = root.set_attribute("data-typeface", prefs.face.as_str());
            let _ = root.set_attribute("lang", lang.as_str());
            if *transparent {
                let _ = root.set_attribute("data-bg", "transparent");
            } else {
                let _ = root.remove_attribute("data-bg");
            }
        }
    });

    // Preferences are remembered once the reader changes them (not the defaults of a first
    // visit, and not a theme an embed's URL imposes).
    let prefs = state.reader.prefs;
    let first = use_mut_ref(|| true);
    use_effect_with(prefs, move |prefs| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            save_prefs(*prefs);
        }
    });

    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        let on_key = {
            let dispatcher = dispatcher.clone();
            EventListener::new_with_options(
                &document(),
                "keydown",
                EventListenerOptions::enable_prevent_default(),
                move |event| {
                    let Some(event) = event.dyn_ref::<KeyboardEvent>() else { return };
                    if event.ctrl_key()
                        || event.meta_key()
                        || event.alt_key()
                        || event.is_composing()
                        || is_typing(event)
                    {
                        return;
                    }
                    if let Some(by) = arrow_step(event) {
                        if focus_next_mark(event, by) {
                            event.prevent_default();
                            return;
                        }
                    }
                    if let Some(action) = shortcuts::action_for(&event.key()) {
                        event.prevent_default();
                        dispatcher.dispatch(Action::Reader(action));
                    }
                },
            )
        };
        // After the app's own listener has followed the route, the query follows too.
        let on_hash = EventListener::new(&window(), "hashchange", move |_| {
            dispatcher.dispatch(Action::Reader(ReaderAction::FromUrl(ViewQuery::from_hash(&current_hash()))));
        });
        move || drop((on_key, on_hash))
    });
}

/// ← and → on an entity mark move to the previous and next mark.
fn arrow_step(event: &KeyboardEvent) -> Option<isize> {
    match event.key().as_str() {
        "ArrowRight" => Some(1),
        "ArrowLeft" => Some(-1),
        _ => None,
    }
}

/// Moves the keyboard focus from the entity mark the key was pressed on to the next (or
/// previous) shown mark of the same article, headline included, wrapping around. False when
/// the key was not pressed on a mark.
fn focus_next_mark(event: &KeyboardEvent, by: isize) -> bool {
    let Some(mark) =
        event.target().and_then(|t| t.dyn_into::<Element>().ok()).filter(|e| e.matches("mark.entity").unwrap_or(false))
    else {
        return false;
    };
    let Some(article) = mark.closest(".article").ok().flatten() else { return false };
    // The first piece of each mention (a mention split by a quotation's edge has two), and not
    // the kinds the legend has switched off.
    let Ok(list) = article.query_selector_all("mark.entity[id]:not(.is-off)") else { return false };
    let marks: Vec<HtmlElement> =
        (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok()).collect();
    if marks.is_empty() {
        return false;
    }
    // On a mark's second piece (not in the list), → goes to the first mark and ← to the last.
    let here =
        marks.iter().position(|m| m.is_same_node(Some(&mark))).map_or(if by > 0 { -1 } else { 0 }, |i| i as isize);
    let len = marks.len() as isize;
    let next = (((here + by) % len + len) % len) as usize;
    if let Some(target) = marks.get(next) {
        let _ = target.focus();
    }
    true
}

/// The mention under the pointer or keyboard focus (an index into `Analysis::mentions`), for
/// the entity card. Local to the card, so hovering re-renders nothing else.
#[hook]
pub(crate) fn use_card_target() -> Option<usize> {
    let target = use_state_eq(|| None::<usize>);
    {
        let target = target.clone();
        use_effect_with((), move |_| {
            let follow = |name: &'static str, show: bool| {
                let target = target.clone();
                EventListener::new(&document(), name, move |event| {
                    let mark = event
                        .target()
                        .and_then(|t| t.dyn_into::<Element>().ok())
                        .and_then(|e| e.closest("mark[data-mention]").ok().flatten());
                    match mark {
                        Some(mark) if show => {
                            target.set(mark.get_attribute("data-mention").and_then(|m| m.parse().ok()))
                        }
                        Some(_) => target.set(None),
                        None => {}
                    }
                })
            };
            let listeners = [
                follow("mouseover", true),
                follow("focusin", true),
                follow("mouseout", false),
                follow("focusout", false),
            ];
            move || drop(listeners)
        });
    }
    *target
}

/// Whether a key press goes into a text field (shortcuts must not eat the reader's typing).
fn is_typing(event: &KeyboardEvent) -> bool {
    let Some(element) = event.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) else {
        return false;
    };
    matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || element.is_content_editable()
}

fn prefers_reduced_motion() -> bool {
    window().match_media("(prefers-reduced-motion: reduce)").ok().flatten().is_some_and(|query| query.matches())
}

/// Scrolls the element with this id into the middle of the view.
pub(crate) fn scroll_to_id(id: &str) {
    let Some(element) = document().get_element_by_id(id) else { return };
    let options = ScrollIntoViewOptions::new();
    options.set_behavior(if prefers_reduced_motion() { ScrollBehavior::Instant } else { ScrollBehavior::Smooth });
    options.set_block(ScrollLogicalPosition::Center);
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Anchors the entity card to the mark it describes. The stylesheet places it with CSS anchor
/// positioning; the mark only gets a class (a style set by script would show up as a style
/// attribute, which the page keeps free of).
pub(crate) fn anchor_card(mention: Option<usize>) {
    const ANCHOR: &str = "is-card-anchor";
    if let Ok(old) = document().query_selector_all(&format!(".{ANCHOR}")) {
        for i in 0..old.length() {
            if let Some(element) = old.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let _ = element.class_list().remove_1(ANCHOR);
            }
        }
    }
    let Some(mention) = mention else { return };
    if let Some(mark) = document().query_selector(&format!("mark[data-mention=\"{mention}\"]")).ok().flatten() {
        let _ = mark.class_list().add_1(ANCHOR);
    }
}

/// Offers `text` as a file download.
pub(crate) fn download(file_name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Some(link) =
        document().create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        link.set_href(&url);
        link.set_download(file_name);
        link.click();
    }
    // The click has handed the blob to the download; free it a moment later.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}

/// Serialises a value to JSON through the browser's JSON (no JSON library in the wasm).
pub(crate) fn to_json<T: serde::Serialize>(value: &T) -> Option<String> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let js = value.serialize(&serializer).ok()?;
    js_sys::JSON::stringify_with_replacer_and_space(&js, &JsValue::NULL, &JsValue::from_f64(2.0))
        .ok()
        .and_then(|s| s.as_string())
}

/// Copies text to the clipboard; `false` when the browser refuses.
pub(crate) async fn copy_text(text: &str) -> bool {
    let promise = window().navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Selects the whole text of a text field, for copying by hand.
pub(crate) fn select_all(id: &str) {
    if let Some(field) =
        document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    {
        field.select();
        let _ = field.focus();
    }
}

/// The element that has the keyboard focus, if it is an HTML element.
pub(crate) fn focused_element() -> Option<HtmlElement> {
    document().active_element().and_then(|e| e.dyn_into::<HtmlElement>().ok())
}

/// Focuses an element by id (the overlay's close button when it opens).
pub(crate) fn focus_id(id: &str) {
    if let Some(element) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Reads a dropped or chosen file as text (lossy UTF-8) and hands it on; refuses files that are
/// not .txt/.md or larger than the limit.
pub(crate) fn read_file(file: web_sys::File, done: Callback<super::components::own_text::LoadedFile>) {
    use super::components::own_text::{decode_text, is_text_file, LoadedFile, MAX_FILE_BYTES};
    let name = file.name();
    if !is_text_file(&name) {
        done.emit(LoadedFile::NotText);
        return;
    }
    if file.size() > MAX_FILE_BYTES as f64 {
        done.emit(LoadedFile::TooLarge);
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(buffer) = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await else {
            done.emit(LoadedFile::NotText);
            return;
        };
        let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
        let (text, lossy) = decode_text(&bytes);
        let markdown = crate::engine::Format::from_file_name(&name) == crate::engine::Format::Markdown;
        done.emit(LoadedFile::Text { text, lossy, markdown });
    });
}
