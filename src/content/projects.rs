//! Project ideas, each naming the roadmap topics it needs (the ideas themselves are in the
//! roadmap file: `content::roadmap`).

/// How hard a project is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    Beginner,
    Intermediate,
    Advanced,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Beginner, Level::Intermediate, Level::Advanced];

    pub fn label(self) -> &'static str {
        match self {
            Level::Beginner => "Beginner",
            Level::Intermediate => "Intermediate",
            Level::Advanced => "Advanced",
        }
    }

    /// Lower-case form used in URLs and CSS classes.
    pub fn slug(self) -> &'static str {
        match self {
            Level::Beginner => "beginner",
            Level::Intermediate => "intermediate",
            Level::Advanced => "advanced",
        }
    }

    pub fn from_slug(s: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.slug() == s)
    }
}

/// A portfolio project idea.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Project {
    /// Stable id: project progress is keyed by it.
    pub id: &'static str,
    pub title: &'static str,
    pub level: Level,
    pub description: &'static str,
    pub tags: &'static [&'static str],
    pub learn: &'static str,
    /// Roadmap topic ids the project builds on.
    pub needs: &'static [&'static str],
}
