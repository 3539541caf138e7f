//! Notices about the address: parameters that were ignored and the defaults used instead.

use yew::prelude::*;

use crate::ui::state::use_viewer;
use crate::ui::strings::use_strings;

#[function_component]
pub(crate) fn Notices() -> Html {
    let viewer = use_viewer();
    let t = use_strings();
    let notices = &viewer.reader.query.notices;
    if notices.is_empty() {
        return html! {};
    }
    let items = notices.iter().map(|n| html! { <li>{t.notice(n)}</li> });
    html! {
        <aside class="notices" role="status" aria-label={t.notice_title}>
            <ul class="notices-items">{for items}</ul>
        </aside>
    }
}
