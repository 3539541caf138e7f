//! The reader's controls in the page header: theme, text size, typeface, and the shortcut
//! overview. On narrow screens they fold away behind one button, so the article's title and
//! lead come first; the stylesheet shows them unfolded, without the button, on wide screens.

use yew::prelude::*;

use crate::ui::prefs::{Prefs, TextSize, Theme, Typeface};
use crate::ui::state::{send, use_viewer, Action};
use crate::ui::strings::use_strings;
use crate::ui::web;

#[function_component]
pub(crate) fn ReaderBar() -> Html {
    let viewer = use_viewer();
    let t = use_strings();
    let prefs = Prefs { theme: viewer.reader.theme(), ..viewer.reader.prefs };
    let set = |change: fn(Prefs, &str) -> Prefs| {
        let dispatcher = viewer.dispatcher();
        Callback::from(move |event: Event| {
            if let Some(value) = web::select_value(&event) {
                dispatcher.dispatch(Action::SetPrefs(change(prefs, &value)));
            }
        })
    };
    let themes = Theme::ALL.map(|v| (v.as_str(), t.theme_name(v), v == prefs.theme));
    let sizes = TextSize::ALL.map(|v| (v.as_str(), t.size_name(v), v == prefs.size));
    let faces = Typeface::ALL.map(|v| (v.as_str(), t.face_name(v), v == prefs.face));
    let help = send(&viewer, |_: MouseEvent| Action::Help(true));
    // Local to the bar: whether the folded controls are open is nobody else's business.
    let open = use_state_eq(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <div class="reader-bar" role="group" aria-label={t.display}>
            <button type="button" class="reader-bar-toggle" aria-expanded={open.to_string()}
                aria-controls="reader-bar-fields" onclick={toggle}>{t.display}</button>
            <div id="reader-bar-fields" class={classes!("reader-bar-fields", open.then_some("is-open"))}>
                {select("reader-theme", t.theme, &themes, set(|p, v| Prefs { theme: Theme::parse(v).unwrap_or(p.theme), ..p }))}
                {select("reader-size", t.text_size, &sizes, set(|p, v| Prefs { size: TextSize::parse(v).unwrap_or(p.size), ..p }))}
                {select("reader-face", t.typeface, &faces, set(|p, v| Prefs { face: Typeface::parse(v).unwrap_or(p.face), ..p }))}
                <button type="button" class="reader-bar-help" aria-keyshortcuts="?" onclick={help}>{t.shortcuts_open}</button>
            </div>
        </div>
    }
}

fn select(
    id: &'static str,
    label: &'static str,
    options: &[(&'static str, &'static str, bool)],
    onchange: Callback<Event>,
) -> Html {
    let options = options.iter().map(|(value, name, selected)| {
        html! { <option value={*value} selected={*selected}>{*name}</option> }
    });
    html! {
        <label class="reader-bar-field" for={id}>
            <span class="reader-bar-label">{label}</span>
            <select class="reader-bar-select" {id} {onchange}>{for options}</select>
        </label>
    }
}
