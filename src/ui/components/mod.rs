//! One component per file, plus the class names they share. Their words are in `ui::strings`.

pub mod article;
pub mod article_list;
pub mod embed;
pub(crate) mod entity_card;
pub(crate) mod entity_index;
pub mod export_menu;
mod legend;
mod marked;
pub mod model_status;
pub(crate) mod notices;
pub mod own_text;
mod quote_list;
pub(crate) mod reader_bar;
pub(crate) mod shortcut_help;

use yew::prelude::*;

use crate::engine::{EntityKind, QuoteKind};

/// The class that colours a kind: `entity-per`, `entity-loc`, …
pub(crate) fn kind_class(kind: EntityKind) -> String {
    format!("entity-{}", kind.slug())
}

/// Direct quotes and all the indirect kinds are told apart by one class.
pub(crate) fn quote_kind_class(kind: QuoteKind) -> &'static str {
    if kind.is_direct() {
        "quote-direct"
    } else {
        "quote-indirect"
    }
}

/// Sets the browser tab's title while the calling page is shown.
#[cfg(feature = "web")]
#[hook]
pub(crate) fn use_document_title(title: String) {
    use_effect_with(title, |title| crate::ui::browser::set_title(title));
}

/// Outside the browser there is no tab title.
#[cfg(not(feature = "web"))]
#[hook]
pub(crate) fn use_document_title(_title: String) {}
