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
    let rows = t.shortcut_rows.iter().map(|(keys, what)| {
        html! { <tr><th scope="row"><kbd>{*keys}</kbd></th><td>{*what}</td></tr> }
    });
    html! {
        <div class="shortcut-help-backdrop">
            <div class="shortcut-help" role="dialog" aria-modal="true" aria-labelledby="shortcut-help-title">
                <h2 class="shortcut-help-title" id="shortcut-help-title">{t.shortcuts}</h2>
                <table class="shortcut-help-table"><tbody>{for rows}</tbody></table>
                <button type="button" id="shortcut-help-close" class="shortcut-help-close" onclick={close}>{t.close}</button>
            </div>
        </div>
    }
}

#[cfg(feature = "web")]
#[hook]
fn use_focus_when_open(open: bool) {
    use_effect_with(open, |open| {
        if *open {
            crate::ui::dom::focus_id("shortcut-help-close");
        }
    });
}

#[cfg(not(feature = "web"))]
#[hook]
fn use_focus_when_open(_open: bool) {}
