//! One component per file, plus the class names they share. Components read the viewer's state
//! (`use_viewer`) and their words (`use_strings`), send actions, and reach the browser only
//! through `ui::web`.

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

use crate::engine::{EntityKind, QuoteKind};

/// The class that colours a kind: `entity-per`, `entity-loc`, …
pub(crate) fn kind_class(kind: EntityKind) -> String {
    format!("entity-{}", kind.slug())
}

/// Direct quotes and all the indirect kinds are told apart by one class.
pub(crate) fn quote_kind_class(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "quote-direct",
        // A summary in the reporter's words: told apart from indirect speech.
        QuoteKind::Reported => "quote-reported",
        _ => "quote-indirect",
    }
}
