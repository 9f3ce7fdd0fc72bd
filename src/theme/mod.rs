//! Light, dark or system theme: the choice (pure) and the toggle that remembers it.

mod choice;
mod toggle;

pub use choice::{Theme, THEME_KEY};
pub use toggle::ThemeToggle;
