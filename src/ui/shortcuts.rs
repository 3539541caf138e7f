//! The keyboard shortcuts: which key does what. `web` listens for the keys and leaves out
//! presses into text fields and with modifier keys; this is only the table.

use super::state::Action;

/// The action a key (`KeyboardEvent.key`) stands for, if any.
pub fn action_for(key: &str) -> Option<Action> {
    Some(match key {
        "n" | "j" => Action::StepMention(1),
        "p" | "k" => Action::StepMention(-1),
        "]" => Action::StepQuote(1),
        "[" => Action::StepQuote(-1),
        "t" => Action::CycleTheme,
        "?" => Action::Help(true),
        "Escape" => Action::Dismiss,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        assert_eq!(action_for("j"), Some(Action::StepMention(1)));
        assert_eq!(action_for("k"), Some(Action::StepMention(-1)));
        assert_eq!(action_for("["), Some(Action::StepQuote(-1)));
        assert_eq!(action_for("?"), Some(Action::Help(true)));
        assert_eq!(action_for("N"), None);
        assert_eq!(action_for("Enter"), None);
    }
}
