//! Keeps the viewer's state in step with the browser: the state starts from the address,
//! stored preferences and the browser's language; one `hashchange` listener turns a changed
//! address into one action; a choice made on the page adds a history entry; the theme and sizes
//! go on `<html>`; preferences are stored; shortcut keys become actions; what was picked is
//! scrolled to; the model is fetched. Everything here fails quietly: a browser that refuses
//! storage still shows the article.

use gloo::events::{EventListener, EventListenerOptions};
use gloo::utils::{document, window};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

use super::dom::{focus_id, focused_element, scroll_to_id};
use crate::ui::link::ViewQuery;
use crate::ui::model::ModelState;
use crate::ui::prefs::{Lang, Prefs};
use crate::ui::route::Route;
use crate::ui::shortcuts;
use crate::ui::state::{Action, Viewer, ViewerState};

const PREFS_KEY: &str = "newslens:prefs";

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// The route the address bar names now.
pub(crate) fn current_route() -> Route {
    Route::from_hash(&current_hash())
}

/// The element the app mounts on: `#app` in index.html; none in a worker (no window) or on a
/// page without it.
pub(crate) fn app_root() -> Option<Element> {
    web_sys::window()?.document()?.get_element_by_id("app")
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The state the app starts in: the address's view parameters applied, the stored preferences
/// and the browser's language read.
pub(crate) fn starting_state(state: ViewerState) -> ViewerState {
    let mut state = state;
    state.reader.prefs = storage()
        .and_then(|s| s.get_item(PREFS_KEY).ok().flatten())
        .map_or_else(Prefs::default, |v| Prefs::from_storage(&v));
    state.reader.browser_lang = window().navigator().language().map_or(Lang::De, |l| Lang::from_browser(&l));
    let hash = current_hash();
    let action = Action::Navigate { route: state.route.clone(), query: ViewQuery::from_hash(&hash) };
    yew::Reducible::reduce(std::rc::Rc::new(state), action).as_ref().clone()
}

/// Keeps the state in step with the browser while the app is shown (see the module's overview).
#[hook]
pub(crate) fn use_browser(state: &Viewer) {
    use_address(state);
    use_filter_address(state);
    use_view_attributes(state);
    use_stored_prefs(state);
    use_keys(state);
    use_scrolling(state);
    use_help_focus(state.reader.help);

    let needs_model = matches!(state.model, ModelState::Loading);
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        if needs_model {
            super::model::when_loaded(move |model| dispatcher.dispatch(Action::ModelReady(model.clone())));
        }
    });
}

/// The address bar: followed with one listener, and written when the reader chooses.
#[hook]
fn use_address(state: &Viewer) {
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        let listener = EventListener::new(&window(), "hashchange", move |_| {
            let hash = current_hash();
            dispatcher
                .dispatch(Action::Navigate { route: Route::from_hash(&hash), query: ViewQuery::from_hash(&hash) });
        });
        move || drop(listener)
    });

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

    // A new page starts at its top, as after following a link.
    use_effect_with(state.route.clone(), |_| window().scroll_to_with_x_and_y(0.0, 0.0));
}

/// The start page's filter goes into the address as it is typed (`#/?q=…`), replacing the entry
/// rather than adding one per key, so a reload or a shared link keeps it.
#[hook]
fn use_filter_address(state: &Viewer) {
    let wanted = (state.route.clone(), state.reader.query.clone());
    use_effect_with(wanted, |(route, query)| {
        let hash = current_hash();
        if *route == Route::Home && Route::from_hash(&hash) == Route::Home {
            let shown = ViewQuery::from_hash(&hash);
            if shown.filter != query.filter {
                let link = ViewQuery { filter: query.filter.clone(), ..shown };
                let href = format!("{}{}", route.href(), link.to_query_string());
                if let Ok(history) = window().history() {
                    let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&href));
                }
            }
        }
    });
}

/// The view attributes the stylesheets select on.
#[hook]
fn use_view_attributes(state: &Viewer) {
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
}

/// Preferences are remembered once the reader changes them (not the defaults of a first visit,
/// and not a theme an embed's URL imposes).
#[hook]
fn use_stored_prefs(state: &Viewer) {
    let prefs = state.reader.prefs;
    let first = use_mut_ref(|| true);
    use_effect_with(prefs, move |prefs| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            if let Some(storage) = storage() {
                // A full or refused storage is not the reader's problem.
                let _ = storage.set_item(PREFS_KEY, &prefs.to_storage());
            }
        }
    });
}

/// The shortcut keys (`shortcuts`), and ← / → between entity marks.
#[hook]
fn use_keys(state: &Viewer) {
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        let on_key = EventListener::new_with_options(
            &document(),
            "keydown",
            EventListenerOptions::enable_prevent_default(),
            move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else { return };
                if event.ctrl_key() || event.meta_key() || event.alt_key() || event.is_composing() || is_typing(event) {
                    return;
                }
                if let Some(step) = mark_step(event) {
                    if focus_mark(event, step) {
                        event.prevent_default();
                        return;
                    }
                }
                // Enter on a focused name chooses its entity, at that mention.
                if event.key() == "Enter" {
                    if let Some(mention) = focused_mark(event).and_then(|m| m.get_attribute("data-mention")) {
                        if let Ok(mention) = mention.parse() {
                            event.prevent_default();
                            dispatcher.dispatch(Action::ChooseMention(mention));
                            return;
                        }
                    }
                }
                if let Some(action) = shortcuts::action_for(&event.key()) {
                    event.prevent_default();
                    dispatcher.dispatch(action);
                }
            },
        );
        move || drop(on_key)
    });
}

/// Scrolls a picked quotation, and the mention stepped to, into view after the render that
/// marks it; picking or stepping again scrolls again. A page opened from a link lands on what
/// the link names (its quote, else its entity's first mention) once the analysis that marks it
/// is shown: not before, whenever the text arrives.
#[hook]
fn use_scrolling(state: &Viewer) {
    use_effect_with((state.active_quote, state.quote_picks), |(active, _)| {
        if let Some(index) = *active {
            scroll_to_id(&format!("quote-{index}"));
        }
    });
    // Keyed on the choice, not on `current_mention()`, which also changes when an analysis
    // arrives: the landing below decides what to show then.
    let current = state.reader.current_mention();
    use_effect_with((state.reader.entity, state.reader.cursor, state.reader.steps), move |_| {
        if let Some(m) = current {
            scroll_to_id(&format!("mention-{m}"));
        }
    });
    // An embed does not scroll on its own: that would move the page around it.
    let lands = matches!(state.route, Route::Article(_));
    let target = match (state.active_quote, current) {
        (Some(quote), _) => Some(format!("quote-{quote}")),
        (None, Some(mention)) => Some(format!("mention-{mention}")),
        (None, None) => None,
    };
    use_effect_with(state.reader.analyses, move |analyses| {
        if let Some(id) = target.filter(|_| lands && *analyses > 0) {
            scroll_to_id(&id);
        }
    });
}

/// Moves focus into the shortcut overlay when it opens, and back where it was when it closes.
#[hook]
fn use_help_focus(open: bool) {
    let before = use_mut_ref(|| None::<HtmlElement>);
    use_effect_with(open, move |open| {
        if *open {
            *before.borrow_mut() = focused_element();
            focus_id("shortcut-help-close");
        } else if let Some(element) = before.borrow_mut().take() {
            let _ = element.focus();
        }
    });
}

/// Where a key moves the focus from an entity mark.
#[derive(Clone, Copy)]
enum MarkStep {
    /// To the next (`1`) or previous (`-1`) mark, wrapping around.
    By(isize),
    First,
    Last,
}

/// ← and → on an entity mark move to the previous and next mark, Home and End to the first
/// and last.
fn mark_step(event: &KeyboardEvent) -> Option<MarkStep> {
    match event.key().as_str() {
        "ArrowRight" => Some(MarkStep::By(1)),
        "ArrowLeft" => Some(MarkStep::By(-1)),
        "Home" => Some(MarkStep::First),
        "End" => Some(MarkStep::Last),
        _ => None,
    }
}

/// The entity mark a key was pressed on, if it was pressed on one.
fn focused_mark(event: &KeyboardEvent) -> Option<Element> {
    event.target().and_then(|t| t.dyn_into::<Element>().ok()).filter(|e| e.matches("mark.entity").unwrap_or(false))
}

/// Moves the keyboard focus from the entity mark the key was pressed on to another shown mark
/// of the same article, headline included. False when the key was not pressed on a mark.
fn focus_mark(event: &KeyboardEvent, step: MarkStep) -> bool {
    let Some(mark) = focused_mark(event) else { return false };
    let Some(article) = mark.closest(".article").ok().flatten() else { return false };
    // The first piece of each mention (a mention split by a quotation's edge has two), and not
    // the kinds the legend has switched off.
    let Ok(list) = article.query_selector_all("mark.entity[id]:not(.is-off)") else { return false };
    let marks: Vec<HtmlElement> =
        (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok()).collect();
    if marks.is_empty() {
        return false;
    }
    let len = marks.len() as isize;
    let next = match step {
        MarkStep::First => 0,
        MarkStep::Last => len - 1,
        MarkStep::By(by) => {
            // On a mark's second piece (not in the list), → goes to the first mark and ← to the last.
            let here = marks
                .iter()
                .position(|m| m.is_same_node(Some(&mark)))
                .map_or(if by > 0 { -1 } else { 0 }, |i| i as isize);
            ((here + by) % len + len) % len
        }
    };
    if let Some(target) = marks.get(next as usize) {
        let _ = target.focus();
    }
    true
}

/// Whether a key press goes into a text field (shortcuts must not eat the reader's typing).
fn is_typing(event: &KeyboardEvent) -> bool {
    let Some(element) = event.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) else {
        return false;
    };
    matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || element.is_content_editable()
}
