//! One component per file, plus the words and class names they share.

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

/// The German name of an entity kind, as the legend and the tooltips say it.
pub(crate) fn kind_name(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Per => "Person",
        EntityKind::Loc => "Ort",
        EntityKind::Org => "Organisation",
        EntityKind::Oth => "Sonstiges",
        EntityKind::Date => "Datum",
        EntityKind::Num => "Zahl",
    }
}

/// The class that colours a kind: `entity-per`, `entity-loc`, …
pub(crate) fn kind_class(kind: EntityKind) -> String {
    format!("entity-{}", kind.slug())
}

/// How the quote list names a kind of quotation.
pub(crate) fn quote_kind_name(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "direkt",
        QuoteKind::Indirect => "indirekt",
        QuoteKind::IndirectFreeIndirect => "indirekt, fortgesetzt",
        QuoteKind::FreeIndirect => "erlebte Rede",
        QuoteKind::Reported => "berichtet",
    }
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
