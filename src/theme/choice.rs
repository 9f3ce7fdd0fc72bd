//! The colour theme a visitor or an embedding site chooses. Pure Rust.

/// The localStorage key of the visitor's theme choice.
pub const THEME_KEY: &str = "backend-roadmap:theme";

/// A colour theme choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    /// Follow the system setting.
    Auto,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::Auto];

    pub fn slug(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Theme::Light => "Light",
            Theme::Dark => "Dark",
            Theme::Auto => "System",
        }
    }

    pub fn from_slug(s: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.slug() == s)
    }
}
