//! The keyboard shortcuts: which key does what. The browser module listens for the keys and
//! leaves out presses into text fields and with modifier keys; this is only the table.

use super::reader::ReaderAction;

/// The action a key (`KeyboardEvent.key`) stands for, if any.
pub fn action_for(key: &str) -> Option<ReaderAction> {
    Some(match key {
        "n" | "j" => ReaderAction::StepMention(1),
        "p" | "k" => ReaderAction::StepMention(-1),
        "]" => ReaderAction::StepQuote(1),
        "[" => ReaderAction::StepQuote(-1),
        "t" => ReaderAction::CycleTheme,
        "?" => ReaderAction::Help(true),
        "Escape" => ReaderAction::Dismiss,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        assert_eq!(action_for("j"), Some(ReaderAction::StepMention(1)));
        assert_eq!(action_for("k"), Some(ReaderAction::StepMention(-1)));
        assert_eq!(action_for("["), Some(ReaderAction::StepQuote(-1)));
        assert_eq!(action_for("?"), Some(ReaderAction::Help(true)));
        assert_eq!(action_for("N"), None);
        assert_eq!(action_for("Enter"), None);
    }
}
