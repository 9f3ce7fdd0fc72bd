//! The page's content as typed data: one place for sections, topics, milestones, salaries,
//! projects, FAQ and the article text. Pure Rust: no Leptos, no web-sys.
//!
//! Topic ids are stable: saved progress and share codes are keyed by them, so an id never
//! changes meaning. Rename a title freely; never reuse or repurpose an id.

pub mod file;
mod pages;
mod projects;
mod roadmap;
mod salaries;

pub use pages::*;
pub use projects::{Level, Project};
pub use roadmap::{FAQ, PROJECTS, ROADMAP, ROADMAP_ID, ROADMAP_TITLE};
pub use salaries::{Country, Currency, SalaryBand, SalaryTable, SALARY_TABLES};

/// The Backend Developer Roadmap's id. The page is built from its file unless the build option
/// `ROADMAP_FILE` names another (`build.rs`).
pub const BACKEND_ID: &str = "backend-2026";

/// Whether the page is built from the Backend Developer Roadmap: its hero, about, career,
/// salaries, architecture and mistakes sections are written for it. A site built from another
/// file is that file's page (`crate::custom::page`).
pub const IS_BACKEND: bool = same(ROADMAP_ID, BACKEND_ID);

const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The page parameter that names a roadmap file to show instead of the built-in one
/// (`?roadmap=NAME` shows `roadmaps/NAME.json`, see `crate::custom`).
pub const ROADMAP_PARAM: &str = "roadmap";

/// The page parameter that opens the instructors' cohort view (`?view=cohort`).
pub const VIEW_PARAM: &str = "view";

/// What an address asks the page to show instead of the built-in roadmap: the roadmap file it
/// names (any name but the built-in roadmap's), and whether it asks for the cohort view. A
/// parameter given more than once counts by its last value, as every parameter does (the head
/// script's rule too: tests/params-cases.json holds both to one table).
pub fn asked_view<'a>(
    params: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> (Option<&'a str>, bool) {
    let (mut file, mut cohort) = (None, false);
    for (name, value) in params {
        match name {
            ROADMAP_PARAM => file = (value != ROADMAP_ID).then_some(value),
            VIEW_PARAM => cohort = value == "cohort",
            _ => {}
        }
    }
    (file, cohort)
}

/// The address of roadmap `roadmap_id`'s page, from the page's own address `base` (without
/// query or fragment): `base` itself for the built-in roadmap, else with the `roadmap=` that
/// names the file. `roadmap_id` is a checked id (`file::is_id`), safe in a URL as it is.
pub fn page_address(base: &str, roadmap_id: &str) -> String {
    match roadmap_id == ROADMAP_ID {
        true => base.to_string(),
        false => format!("{base}?{ROADMAP_PARAM}={roadmap_id}"),
    }
}

/// `address` with the query pair `pair` (`name=value`, already URL-safe) added.
pub fn with_param(address: &str, pair: &str) -> String {
    let joint = if address.contains('?') { '&' } else { '?' };
    format!("{address}{joint}{pair}")
}

/// A link to documentation or a free resource.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link {
    pub label: &'static str,
    pub url: &'static str,
}

/// One learnable topic of the roadmap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Topic {
    /// Stable id: progress is keyed by it.
    pub id: &'static str,
    pub title: &'static str,
    /// One or two sentences: what the topic is.
    pub summary: &'static str,
    /// Why it matters for a backend developer.
    pub why: &'static str,
    /// Estimated hours of study to learn it (an estimate: `crate::plan` turns it into weeks
    /// at the learner's pace).
    pub hours: Hours,
    /// 2-4 official docs or free resources.
    pub links: &'static [Link],
}

/// An estimate of study hours: from `low` to `high`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hours {
    pub low: u16,
    pub high: u16,
}

impl Hours {
    /// No estimate: a roadmap file may leave a topic's `hours` out. Unknown is never zero:
    /// the plan and the totals count such a topic apart and say so.
    pub const UNKNOWN: Hours = Hours { low: 0, high: 0 };

    /// Whether the roadmap gives an estimate (a given one is at least an hour).
    pub fn is_known(self) -> bool {
        self.high > 0
    }

    /// The estimate's middle, which the plan schedules.
    pub fn typical(self) -> u32 {
        (u32::from(self.low) + u32::from(self.high)).div_ceil(2)
    }
}

/// Which topics must be completed for a milestone badge to unlock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MilestoneScope {
    /// Every topic of the section the milestone follows.
    Section,
    /// Every topic of the whole roadmap (the final badge).
    WholeRoadmap,
}

/// A milestone message shown after its section and unlocked as a badge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Milestone {
    pub id: &'static str,
    pub message: &'static str,
    pub scope: MilestoneScope,
}

/// A section of the roadmap: an ordered group of topics, optionally followed by a milestone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    pub id: &'static str,
    pub title: &'static str,
    pub topics: &'static [Topic],
    pub milestone: Option<Milestone>,
}

/// The whole roadmap: a reference to its data ([`RoadmapData`], whose fields it derefs to).
/// Components take it as a value so tests and benchmarks can mount synthetic roadmaps of any
/// size, and the browser a roadmap file it loaded (`crate::custom`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Roadmap(pub &'static RoadmapData);

/// A roadmap's data.
#[derive(Debug, PartialEq, Eq)]
pub struct RoadmapData {
    /// The roadmap file's id: progress, export files and share links are kept per id.
    pub id: &'static str,
    /// Its title, which everything a learner sees or downloads names it by.
    pub title: &'static str,
    pub sections: &'static [Section],
    /// Its project ideas, in page order (none for a roadmap without projects).
    pub projects: &'static [Project],
    /// Its questions and answers (none for a roadmap without an FAQ).
    pub faq: &'static [Faq],
}

impl std::ops::Deref for Roadmap {
    type Target = RoadmapData;

    fn deref(&self) -> &RoadmapData {
        self.0
    }
}

impl Roadmap {
    /// Every topic in roadmap order.
    pub fn topics(self) -> impl Iterator<Item = &'static Topic> {
        self.sections.iter().flat_map(|s| s.topics.iter())
    }

    /// Whether this is the roadmap the page is built from (whose links need no `roadmap=`).
    pub fn is_built_in(self) -> bool {
        self.id == ROADMAP_ID
    }

    pub fn topic_count(self) -> usize {
        self.sections.iter().map(|s| s.topics.len()).sum()
    }

    pub fn topic(self, id: &str) -> Option<&'static Topic> {
        self.topics().find(|t| t.id == id)
    }

    /// The section that holds a topic.
    pub fn section_of(self, topic_id: &str) -> Option<&'static Section> {
        self.sections
            .iter()
            .find(|s| s.topics.iter().any(|t| t.id == topic_id))
    }

    pub fn section(self, id: &str) -> Option<&'static Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// Every milestone, in page order, with the section it follows.
    pub fn milestones(self) -> impl Iterator<Item = (&'static Section, &'static Milestone)> {
        self.sections
            .iter()
            .filter_map(|s| s.milestone.as_ref().map(|m| (s, m)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// tests/params-cases.json's `views`: what the head script decides before the first paint
    /// (tests/e2e/params.spec.mjs), decided here by the app.
    #[test]
    fn the_shared_table_of_views() {
        #[derive(serde::Deserialize)]
        struct Case {
            params: Vec<(String, String)>,
            file: Option<String>,
            cohort: bool,
        }
        #[derive(serde::Deserialize)]
        struct Table {
            views: Vec<Case>,
        }
        let table: Table =
            serde_json::from_str(include_str!("../../tests/params-cases.json")).unwrap();
        assert!(table.views.len() >= 8);
        for case in table.views {
            let params = case.params.iter().map(|(k, v)| (k.as_str(), v.as_str()));
            let at = &case.params;
            assert_eq!(
                asked_view(params),
                (case.file.as_deref(), case.cohort),
                "{at:?}"
            );
        }
    }

    #[test]
    fn roadmap_has_the_seed_sections_in_order() {
        let titles: Vec<_> = ROADMAP.sections.iter().map(|s| s.title).collect();
        assert_eq!(
            titles,
            [
                "Internet Fundamentals",
                "Programming Language",
                "Version Control",
                "Databases",
                "APIs",
                "Security",
                "DevOps Basics"
            ]
        );
    }

    #[test]
    fn roadmap_has_twenty_topics_with_unique_ids() {
        assert_eq!(ROADMAP.topic_count(), 20);
        let ids: HashSet<_> = ROADMAP.topics().map(|t| t.id).collect();
        assert_eq!(ids.len(), 20, "topic ids must be unique");
        let section_ids: HashSet<_> = ROADMAP.sections.iter().map(|s| s.id).collect();
        assert_eq!(section_ids.len(), 7, "section ids must be unique");
    }

    #[test]
    fn topic_ids_are_url_and_storage_safe() {
        for t in ROADMAP.topics() {
            assert!(
                !t.id.is_empty()
                    && t.id
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "bad id {:?}",
                t.id
            );
        }
    }

    #[test]
    fn every_topic_is_fully_described() {
        for t in ROADMAP.topics() {
            assert!(!t.title.is_empty() && !t.summary.is_empty() && !t.why.is_empty());
            assert!(
                0 < t.hours.low && t.hours.low <= t.hours.high,
                "{} has no time estimate",
                t.id
            );
            assert!((2..=4).contains(&t.links.len()), "{} needs 2-4 links", t.id);
            for l in t.links {
                assert!(l.url.starts_with("https://"), "{} link {}", t.id, l.url);
            }
        }
    }

    #[test]
    fn milestones_follow_their_sections_with_the_seed_messages() {
        let got: Vec<_> = ROADMAP
            .milestones()
            .map(|(s, m)| (s.title, m.message))
            .collect();
        assert_eq!(
            got,
            [
                ("Internet Fundamentals", "You understand how the web works!"),
                ("Programming Language", "You can write backend code!"),
                ("Databases", "You can work with databases!"),
                ("APIs", "You can build APIs!"),
                ("DevOps Basics", "You are a professional Backend Developer!"),
            ]
        );
        // Every milestone's section exists in the roadmap and is non-empty.
        for (s, _) in ROADMAP.milestones() {
            assert!(ROADMAP.section(s.id).is_some() && !s.topics.is_empty());
        }
        let finals: Vec<_> = ROADMAP
            .milestones()
            .filter(|(_, m)| m.scope == MilestoneScope::WholeRoadmap)
            .collect();
        assert_eq!(finals.len(), 1, "exactly one final badge");
    }

    #[test]
    fn lookups_find_topics_and_their_sections() {
        assert_eq!(ROADMAP.topic("sql").map(|t| t.title), Some("SQL Databases"));
        assert_eq!(
            ROADMAP.section_of("git").map(|s| s.title),
            Some("Version Control")
        );
        assert!(ROADMAP.topic("no-such-topic").is_none());
    }

    #[test]
    fn projects_need_existing_topics() {
        assert_eq!(PROJECTS.len(), 6);
        let ids: HashSet<_> = PROJECTS.iter().map(|p| p.id).collect();
        assert_eq!(ids.len(), 6);
        for p in PROJECTS {
            assert!(!p.needs.is_empty(), "{} needs topics", p.id);
            for id in p.needs {
                assert!(ROADMAP.topic(id).is_some(), "{} needs unknown {}", p.id, id);
            }
            assert_eq!(p.tags.len(), 3);
        }
    }

    #[test]
    fn career_levels_cover_every_section_once() {
        let mut seen: Vec<_> = CAREER_PATH.iter().flat_map(|l| l.sections.iter()).collect();
        seen.sort();
        let mut all: Vec<_> = ROADMAP.sections.iter().map(|s| &s.id).collect();
        all.sort();
        assert_eq!(seen, all);
    }

    #[test]
    fn architecture_nodes_link_to_real_topics() {
        for n in ARCHITECTURE {
            assert!(
                ROADMAP.topic(n.topic).is_some(),
                "{} -> {}",
                n.label,
                n.topic
            );
        }
    }
}
