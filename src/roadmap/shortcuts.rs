//! Keyboard shortcuts on a focused topic, in one table: the key handler reads it and the help
//! dialog lists it, so the two cannot disagree.

use crate::progress::TopicState;

/// What a shortcut does to the focused topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Set the topic's state.
    Set(TopicState),
    /// Open the topic's details.
    Details,
    /// Show this list.
    Help,
    /// The browser's own (listed, not handled): a topic is a button.
    Native,
}

/// Keys as `KeyboardEvent.key` gives them, what they are called in the list, and the action.
pub const SHORTCUTS: &[(&[&str], &str, &str, Action)] = &[
    (
        &[" ", "Enter"],
        "Space or Enter",
        "Mark completed, or not started again",
        Action::Native,
    ),
    (
        &["c", "C"],
        "C",
        "Completed",
        Action::Set(TopicState::Completed),
    ),
    (
        &["i", "I"],
        "I",
        "In progress",
        Action::Set(TopicState::InProgress),
    ),
    (
        &["s", "S"],
        "S",
        "Skipped",
        Action::Set(TopicState::Skipped),
    ),
    (
        &["n", "N"],
        "N",
        "Not started",
        Action::Set(TopicState::NotStarted),
    ),
    (
        &["d", "D"],
        "D",
        "Open the topic's details",
        Action::Details,
    ),
    (&["?"], "?", "Show these shortcuts", Action::Help),
];

/// The action for a key pressed on a focused topic (none for the browser's own keys).
pub fn action(key: &str) -> Option<Action> {
    SHORTCUTS
        .iter()
        .find(|(keys, ..)| keys.contains(&key))
        .map(|&(.., a)| a)
        .filter(|a| *a != Action::Native)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_key_does_one_thing_and_every_state_has_a_key() {
        assert_eq!(action("i"), Some(Action::Set(TopicState::InProgress)));
        assert_eq!(action("S"), Some(Action::Set(TopicState::Skipped)));
        assert_eq!(action("d"), Some(Action::Details));
        assert_eq!(action("?"), Some(Action::Help));
        for native in [" ", "Enter", "Tab", "x", "Escape", ""] {
            assert_eq!(action(native), None, "{native:?}");
        }
        let keys: Vec<&str> = SHORTCUTS
            .iter()
            .flat_map(|(k, ..)| k.iter().copied())
            .collect();
        let mut unique = keys.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(keys.len(), unique.len(), "a key is listed twice");
        for state in TopicState::ALL {
            assert!(
                SHORTCUTS.iter().any(|s| s.3 == Action::Set(state)),
                "{state:?}"
            );
        }
    }
}
