//! DOM helpers behind the door (`ui::web`): the tab's title, scrolling and focus, the entity
//! card's place, downloads, the clipboard, files and form values. Everything here fails
//! quietly: a browser that refuses the clipboard still shows the article.

use gloo::events::EventListener;
use gloo::utils::{document, window};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use crate::ui::own::{decode_text, is_text_file, LoadedFile, MAX_FILE_BYTES};

/// Sets the browser tab's title while the calling page is shown.
#[hook]
pub(crate) fn use_document_title(title: String) {
    use_effect_with(title, |title| document().set_title(title));
}

/// The address of the page without its hash: the base of embed codes.
pub(crate) fn page_address() -> String {
    let href = window().location().href().unwrap_or_default();
    href.split('#').next().unwrap_or("").to_string()
}

/// The quotation under a click (the `data-quote` of the nearest element that has one).
pub(crate) fn quote_under(event: &MouseEvent) -> Option<usize> {
    event
        .target_dyn_into::<Element>()
        .and_then(|target| target.closest("[data-quote]").ok().flatten())
        .and_then(|element| element.get_attribute("data-quote"))
        .and_then(|index| index.parse().ok())
}

/// The name the site serves a file under (its content-hashed name, from index.html's
/// `newslens-files` map); the name itself where no page names it (a worker, a page that only
/// loads the module, a site built without hashing).
pub(crate) fn served(name: &str) -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("meta[name='newslens-files']").ok().flatten())
        .and_then(|meta| meta.get_attribute("content"))
        .and_then(|map| crate::ui::library::served_name(&map, name).map(str::to_string))
        .unwrap_or_else(|| name.to_string())
}

/// The value of the `<select>` an event came from.
pub(crate) fn select_value(event: &Event) -> Option<String> {
    event.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()).map(|s| s.value())
}

/// The value of the `<input>` an input event came from.
pub(crate) fn input_value(event: &InputEvent) -> Option<String> {
    event.target()?.dyn_into::<web_sys::HtmlInputElement>().ok().map(|t| t.value())
}

/// The value of the `<textarea>` an input event came from.
pub(crate) fn textarea_value(event: &InputEvent) -> Option<String> {
    event.target()?.dyn_into::<web_sys::HtmlTextAreaElement>().ok().map(|t| t.value())
}

/// Reads the file chosen in the `<input type=file>` an event came from.
pub(crate) fn chosen_file(event: &Event, done: Callback<LoadedFile>) {
    let file = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .and_then(|input| input.files())
        .and_then(|files| files.get(0));
    if let Some(file) = file {
        read_file(file, done);
    }
}

/// Reads the first file of a drop.
pub(crate) fn dropped_file(event: &DragEvent, done: Callback<LoadedFile>) {
    event.prevent_default();
    if let Some(file) = event.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
        read_file(file, done);
    }
}

/// The mention under the pointer or keyboard focus (an index into `Analysis::mentions`), for
/// the entity card. Local to the card, so hovering re-renders nothing else.
/// The card is anchored to that mark.
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
    use_effect_with(*target, |target| anchor_card(*target));
    *target
}

fn prefers_reduced_motion() -> bool {
    window().match_media("(prefers-reduced-motion: reduce)").ok().flatten().is_some_and(|query| query.matches())
}

/// Whether the screen is a phone's (at most 40rem wide): some panels start folded there.
pub(crate) fn narrow_screen() -> bool {
    window().match_media("(max-width: 40rem)").ok().flatten().is_some_and(|query| query.matches())
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
fn anchor_card(mention: Option<usize>) {
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
pub(crate) fn download_text(file_name: &str, mime: &str, text: &str) {
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

/// Offers a value as a JSON file download.
pub(crate) fn download_json<T: serde::Serialize>(file_name: &str, value: &T) {
    if let Some(text) = to_json(value) {
        download_text(file_name, "application/json", &text);
    }
}

/// Serialises a value to JSON through the browser's JSON (no JSON library in the wasm).
fn to_json<T: serde::Serialize>(value: &T) -> Option<String> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let js = value.serialize(&serializer).ok()?;
    js_sys::JSON::stringify_with_replacer_and_space(&js, &JsValue::NULL, &JsValue::from_f64(2.0))
        .ok()
        .and_then(|s| s.as_string())
}

/// Copies text to the clipboard and calls `done` with `true`; where the browser refuses, selects
/// the text field `id` for copying by hand and calls `done` with `false`.
pub(crate) fn copy_or_select(text: String, id: &'static str, done: Callback<bool>) {
    wasm_bindgen_futures::spawn_local(async move {
        let promise = window().navigator().clipboard().write_text(&text);
        let copied = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        if !copied {
            select_all(id);
        }
        done.emit(copied);
    });
}

/// Selects the whole text of a text field, for copying by hand.
fn select_all(id: &str) {
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
fn read_file(file: web_sys::File, done: Callback<LoadedFile>) {
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
