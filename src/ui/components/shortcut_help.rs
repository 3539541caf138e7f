//! The keyboard shortcut overlay (`?` opens it, Esc or its button closes it).

use yew::prelude::*;

use crate::ui::reader::{use_viewer, ReaderAction};
use crate::ui::state::Action;
use crate::ui::strings::Strings;

#[function_component]
pub(crate) fn ShortcutHelp() -> Html {
    let viewer = use_viewer();
    let open = viewer.as_ref().is_some_and(|v| v.reader.help);
    use_focus_when_open(open);
    let Some(viewer) = viewer.filter(|_| open) else { return html! {} };
    let t = Strings::of(viewer.reader.lang());
    let close = {
        let dispatcher = viewer.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::Reader(ReaderAction::Help(false))))
    };
    // The close button is the dialog's only control: Tab stays on it rather than wandering
    // into the page behind.
    let onkeydown = Callback::from(|event: KeyboardEvent| {
        if event.key() == "Tab" {
            event.prevent_default();
        }
    });
    let rows = t.shortcut_rows.iter().map(|(keys, what)| {
        html! { <tr><th scope="row"><kbd>{*keys}</kbd></th><td>{*what}</td></tr> }
    });
    html! {
        <div class="shortcut-help-backdrop" {onkeydown}>
            <div class="shortcut-help" role="dialog" aria-modal="true" aria-labelledby="shortcut-help-title">
                <h2 class="shortcut-help-title" id="shortcut-help-title">{t.shortcuts}</h2>
                <table class="shortcut-help-table"><tbody>{for rows}</tbody></table>
                <button type="button" id="shortcut-help-close" class="shortcut-help-close" onclick={close}>{t.close}</button>
            </div>
        </div>
    }
}

/// Moves focus into the dialog when it opens, and back where it was when it closes.
#[cfg(feature = "web")]
#[hook]
fn use_focus_when_open(open: bool) {
    let before = use_mut_ref(|| None::<web_sys::HtmlElement>);
    use_effect_with(open, move |open| {
        if *open {
            *before.borrow_mut() = crate::ui::dom::focused_element();
            crate::ui::dom::focus_id("shortcut-help-close");
        } else if let Some(element) = before.borrow_mut().take() {
            let _ = element.focus();
        }
    });
}

#[cfg(not(feature = "web"))]
#[hook]
fn use_focus_when_open(_open: bool) {}
