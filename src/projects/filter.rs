//! Project filters and the readiness rule. Pure Rust.
//!
//! URL form: `?level=beginner,advanced&tag=Redis,JWT`. Within a group any selected value
//! matches; both groups must match. Unknown values are dropped, never echoed.

use crate::content::{Level, Project};
use crate::progress::{Progress, TopicState};

/// Which projects to show. Empty groups do not filter. Each group is sorted and holds a value
/// once (a sorted Vec: a `BTreeSet` per value type cost the page's wasm kilobytes of tree code).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub levels: Vec<Level>,
    pub tags: Vec<&'static str>,
}

/// Put `x` in the sorted set `set` (`true`), or take it out if it is there (`false`).
fn toggle<T: Ord>(set: &mut Vec<T>, x: T, keep: bool) {
    match set.binary_search(&x) {
        Ok(i) if !keep => {
            set.remove(i);
        }
        Ok(_) => {}
        Err(i) => set.insert(i, x),
    }
}

impl Filter {
    pub fn matches(&self, p: &Project) -> bool {
        (self.levels.is_empty() || self.levels.contains(&p.level))
            && (self.tags.is_empty() || p.tags.iter().any(|t| self.tags.contains(t)))
    }

    pub fn is_empty(&self) -> bool {
        self.levels.is_empty() && self.tags.is_empty()
    }

    pub fn toggle_level(&mut self, l: Level) {
        toggle(&mut self.levels, l, false);
    }

    pub fn toggle_tag(&mut self, t: &'static str) {
        toggle(&mut self.tags, t, false);
    }

    /// The `level` and `tag` parameter values (None when a group is empty).
    pub fn to_params(&self) -> (Option<String>, Option<String>) {
        let join = |v: Vec<&str>| (!v.is_empty()).then(|| v.join(","));
        (
            join(self.levels.iter().map(|l| l.slug()).collect()),
            join(self.tags.to_vec()),
        )
    }

    /// Read the parameters back against `projects`' tags; anything unknown is ignored.
    pub fn from_params(
        level: Option<&str>,
        tag: Option<&str>,
        projects: &'static [Project],
    ) -> Filter {
        // Inserted one by one: `collect` into a set sorts first, and each sort costs the wasm
        // kilobytes.
        let tags = all_tags(projects);
        let mut f = Filter::default();
        for l in split(level).filter_map(Level::from_slug) {
            toggle(&mut f.levels, l, true);
        }
        for t in split(tag) {
            if let Some(known) = tags.iter().copied().find(|k| k.eq_ignore_ascii_case(t)) {
                toggle(&mut f.tags, known, true);
            }
        }
        f
    }
}

/// Comma-separated values, trimmed, at most 32 of them.
fn split(s: Option<&str>) -> impl Iterator<Item = &str> {
    s.unwrap_or("")
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .take(32)
}

/// Every tag used by a project, in first-use order.
pub fn all_tags(projects: &'static [Project]) -> Vec<&'static str> {
    let mut tags: Vec<&'static str> = Vec::new();
    for t in projects.iter().flat_map(|p| p.tags.iter()) {
        if !tags.contains(t) {
            tags.push(t);
        }
    }
    tags
}

/// The topics a project needs that are not completed yet: empty means "Ready to build".
pub fn missing_topics(project: &Project, progress: &Progress) -> Vec<&'static str> {
    project
        .needs
        .iter()
        .copied()
        .filter(|t| progress.topic_state(t) != TopicState::Completed)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::PROJECTS;

    fn project(id: &str) -> &'static Project {
        PROJECTS.iter().find(|p| p.id == id).unwrap()
    }

    #[test]
    fn a_project_is_ready_when_all_its_topics_are_completed() {
        let blog = project("blog-api");
        let mut p = Progress::new();
        assert_eq!(missing_topics(blog, &p), blog.needs);
        for t in blog.needs {
            p.set_topic(t, TopicState::Completed, 1);
        }
        assert!(missing_topics(blog, &p).is_empty());
        // Skipped or in-progress topics are not enough.
        p.set_topic("sql", TopicState::Skipped, 2);
        p.set_topic("auth", TopicState::InProgress, 2);
        assert_eq!(missing_topics(blog, &p), ["sql", "auth"]);
    }

    #[test]
    fn filters_combine_or_within_and_across_groups() {
        let shown = |f: &Filter| {
            PROJECTS
                .iter()
                .filter(|p| f.matches(p))
                .map(|p| p.id)
                .collect::<Vec<_>>()
        };
        let cases: &[(Option<&str>, Option<&str>, &[&str])] = &[
            (
                None,
                None,
                &[
                    "rest-api",
                    "auth-system",
                    "blog-api",
                    "ecommerce",
                    "chat",
                    "url-shortener",
                ],
            ),
            (Some("beginner"), None, &["rest-api", "auth-system"]),
            (
                Some("beginner,advanced"),
                None,
                &["rest-api", "auth-system", "ecommerce", "chat"],
            ),
            (None, Some("Redis"), &["ecommerce", "chat", "url-shortener"]),
            (Some("intermediate"), Some("Redis"), &["url-shortener"]),
            (Some("beginner"), Some("Redis"), &[]),
            (
                None,
                Some("redis,jwt"),
                &["auth-system", "ecommerce", "chat", "url-shortener"],
            ),
        ];
        for (level, tag, want) in cases {
            assert_eq!(
                shown(&Filter::from_params(*level, *tag, PROJECTS)),
                *want,
                "{level:?} {tag:?}"
            );
        }
    }

    #[test]
    fn url_params_round_trip_and_drop_unknown_values() {
        let mut f = Filter::default();
        f.toggle_level(Level::Advanced);
        f.toggle_tag("Redis");
        f.toggle_tag("JWT");
        let (level, tag) = f.to_params();
        assert_eq!(
            (level.as_deref(), tag.as_deref()),
            (Some("advanced"), Some("JWT,Redis"))
        );
        assert_eq!(
            Filter::from_params(level.as_deref(), tag.as_deref(), PROJECTS),
            f
        );
        let hostile = Filter::from_params(
            Some("expert,<script>"),
            Some("\"><img src=x>,,Redis"),
            PROJECTS,
        );
        assert_eq!(hostile.levels.len(), 0);
        assert_eq!(hostile.tags.into_iter().collect::<Vec<_>>(), ["Redis"]);
        f.toggle_level(Level::Advanced);
        assert_eq!(f.to_params().0, None);
    }

    #[test]
    fn tags_are_listed_once() {
        let tags = all_tags(PROJECTS);
        assert_eq!(tags.len(), 16);
        assert_eq!(tags.iter().filter(|t| **t == "Redis").count(), 1);
    }
}
