//! The keyboard shortcut overlay (`?` opens it, Esc or its button closes it).

use yew::prelude::*;

use crate::ui::state::{send, use_viewer, Action};
use crate::ui::strings::use_strings;

/// The focus moves into the dialog when it opens and back when it closes (`web` does that, as
/// the state says).
#[function_component]
pub(crate) fn ShortcutHelp() -> Html {
    let viewer = use_viewer();
    let t = use_strings();
    if !viewer.reader.help {
        return html! {};
    }
    let close = send(&viewer, |_: MouseEvent| Action::Help(false));
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
