//! A bootcamp's own roadmap, with no rebuild (`?roadmap=NAME`): the page fetches
//! `roadmaps/NAME.json` from its own site, validates it (`content::file`) and shows it with the
//! roadmap's own components. This file is the pure core: which names are asked for, and the
//! validated file turned into the `&'static` data the components take. `view.rs` is the page.
//! Like the cohort view, it is in the views wasm (`src/bin/views.rs`), fetched only when a
//! page asks for it, so the built-in page carries none of it.

pub mod page;
#[cfg(feature = "browser")]
pub mod view;

use crate::content::file::{self, Problem, RoadmapFile};
use crate::content::{
    Faq, Hours, Level, Link, Milestone, MilestoneScope, Project, Roadmap, RoadmapData, Section,
    Topic, ROADMAP_ID,
};

/// The views wasm's script and wasm in `dist/`, as `scripts/post-build.sh` names them: the
/// name, a hash of both files' content, the kind (`views-0123456789abcdef.js`,
/// `views_bg-0123456789abcdef.wasm`). A new deployment's page therefore never runs an older
/// deployment's views code that a cache kept under the same name.
pub const SCRIPT_PREFIX: &str = "views-";
pub const WASM_PREFIX: &str = "views_bg-";

/// The views wasm's script and wasm among a build's file `names`, if both are there.
pub fn views_files<'a>(names: impl IntoIterator<Item = &'a str> + Clone) -> Option<[String; 2]> {
    let find = |prefix: &str, kind: &str| {
        names
            .clone()
            .into_iter()
            .find(|n| n.starts_with(prefix) && n.ends_with(kind))
            .map(str::to_string)
    };
    Some([find(SCRIPT_PREFIX, ".js")?, find(WASM_PREFIX, ".wasm")?])
}

/// Where the roadmap files a page may load live, beside it.
pub const FOLDER: &str = "roadmaps";

/// The roadmap a page shows when asked for `name`: the built-in one (`None`) for no name or
/// the built-in id, else the file `roadmaps/NAME.json` of the page's own site. A name is an id
/// (`content::file::is_id`: lower-case letters, digits, hyphens), so it can neither leave the
/// folder nor the site; anything else is refused.
pub fn file_for(name: Option<&str>) -> Result<Option<String>, NameError> {
    match name {
        None | Some(ROADMAP_ID) => Ok(None),
        Some(name) if file::is_id(name) => Ok(Some(format!("{FOLDER}/{name}.json"))),
        Some(_) => Err(NameError),
    }
}

/// A `roadmap` value that is not a roadmap file's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameError;

impl std::fmt::Display for NameError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(
            "The roadmap named in this address is not a roadmap file's name \
             (lower-case letters, digits and hyphens).",
        )
    }
}

/// Validate the text of `roadmaps/NAME.json` and make it the page's roadmap. Every problem has
/// a path; a file whose `id` is not its name is refused too (its progress, export files and
/// share links go by the id, its address by the name: they must agree).
pub fn read(name: &str, text: &str) -> Result<Roadmap, Vec<Problem>> {
    let file = file::parse(text)?;
    if file.id != name {
        return Err(vec![Problem {
            path: "id".to_string(),
            expected: "the file's name: roadmaps/<id>.json".to_string(),
        }]);
    }
    Ok(leak(file))
}

/// "8 topics in 3 sections, about 49 to 85 hours of study."; a total that leaves topics out
/// says how many: "(2 topics not estimated)".
pub fn facts(r: Roadmap) -> String {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let unknown = r.topics().filter(|t| !t.hours.is_known()).count();
    let hours = match (crate::plan::schedule::total_hours(r), unknown) {
        (_, n) if n == r.topic_count() => ", with no time estimates".to_string(),
        ((l, h), n) => {
            let total = match l == h {
                true => crate::plan::schedule::hours(l),
                false => format!("{l} to {h} hours"),
            };
            let left_out = match n {
                0 => String::new(),
                n => format!(" ({} not estimated)", plural(n, "topic")),
            };
            format!(", about {total} of study{left_out}")
        }
    };
    format!(
        "{} in {}{hours}.",
        plural(r.topic_count(), "topic"),
        plural(r.sections.len(), "section")
    )
}

/// Keep `text` for the life of the page (a roadmap is read once per page).
fn keep(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

fn keep_all<T>(items: Vec<T>) -> &'static [T] {
    Box::leak(items.into_boxed_slice())
}

/// The validated file as the components' data, kept for the life of the page.
fn leak(file: RoadmapFile) -> Roadmap {
    let sections = file.sections.into_iter().map(|s| Section {
        id: keep(s.id),
        title: keep(s.title),
        topics: keep_all(
            s.topics
                .into_iter()
                .map(|t| Topic {
                    id: keep(t.id),
                    title: keep(t.title),
                    summary: keep(t.summary),
                    why: keep(t.why),
                    hours: t
                        .hours
                        .map_or(Hours::UNKNOWN, |(low, high)| Hours { low, high }),
                    links: keep_all(
                        t.resources
                            .into_iter()
                            .map(|r| Link {
                                label: keep(r.label),
                                url: keep(r.url),
                            })
                            .collect(),
                    ),
                })
                .collect(),
        ),
        milestone: s.milestone.map(|m| Milestone {
            id: keep(m.id),
            message: keep(m.message),
            scope: match m.whole_roadmap {
                true => MilestoneScope::WholeRoadmap,
                false => MilestoneScope::Section,
            },
        }),
    });
    let projects = file.projects.into_iter().map(|p| Project {
        id: keep(p.id),
        title: keep(p.title),
        level: Level::from_slug(&p.level).unwrap_or(Level::Beginner),
        description: keep(p.description),
        tags: keep_all(p.tags.into_iter().map(keep).collect()),
        learn: keep(p.learn),
        needs: keep_all(p.needs.into_iter().map(keep).collect()),
    });
    let faq = file.faq.into_iter().map(|f| Faq {
        question: keep(f.question),
        answer: keep(f.answer),
    });
    Roadmap(Box::leak(Box::new(RoadmapData {
        id: keep(file.id),
        title: keep(file.title),
        sections: keep_all(sections.collect()),
        projects: keep_all(projects.collect()),
        faq: keep_all(faq.collect()),
    })))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::content::ROADMAP;

    /// The example the README shows, served with the app.
    const EXAMPLE: &str = include_str!("../../roadmaps/web-foundations.json");

    /// The head script chooses another view with `data-view`; the app's loader (Trunk.toml)
    /// then loads nothing, and the stylesheet hides the built-in page.
    #[test]
    fn the_head_script_loader_and_stylesheet_agree_on_data_view() {
        let head = include_str!("../../js/head.js");
        let trunk = include_str!("../../Trunk.toml");
        let css = include_str!("../../style/main.css");
        assert!(head.contains(r#"root.setAttribute("data-view", "")"#));
        assert!(trunk.contains(r"if (!document.documentElement.hasAttribute('data-view')) {await"));
        assert!(css.contains("html[data-view] body > :not(.view-root) { display: none; }"));
        assert!(include_str!("view.rs").contains(r#"ROOT_CLASS: &str = "view-root""#));
        // A start that fails calls the function js/early-taps.js defines.
        assert!(trunk.contains(&format!(
            "catch {{(window.{} || Object)();}}",
            crate::web::START_FAILED
        )));
    }

    /// A roadmap file (id `big`) of these sections, each a list of its topics as JSON.
    fn file_of(sections: impl Iterator<Item = Vec<String>>) -> String {
        let sections: Vec<String> = sections
            .enumerate()
            .map(|(s, topics)| {
                format!(
                    r#"{{"id":"s{s}","title":"Section {s}","topics":[{}]}}"#,
                    topics.join(",")
                )
            })
            .collect();
        format!(
            r#"{{"id":"big","title":"Big","sections":[{}]}}"#,
            sections.join(",")
        )
    }

    /// A roadmap of `n` topics (`t0`, `t1`, ...) in sections of 50.
    fn of_topics(n: usize) -> Roadmap {
        let text = file_of((0..n.div_ceil(50)).map(|s| {
            (s * 50..n.min(s * 50 + 50))
                .map(|t| format!(r#"{{"id":"t{t}","title":"Topic {t}","summary":"S."}}"#))
                .collect()
        }));
        read("big", &text).unwrap_or_else(|e| panic!("{e:?}"))
    }

    #[test]
    fn a_share_link_carries_every_topic_of_a_500_topic_roadmap_with_its_notes() {
        use crate::progress::{decode_share, encode_share, Progress, TopicState};
        let big = of_topics(500);
        assert_eq!(big.topic_count(), 500);
        let mut p = Progress::new();
        for i in [0, 254, 255, 256, 300, 499] {
            p.set_topic(&format!("t{i}"), TopicState::Completed, 1);
        }
        p.set_note("t499", "the last topic's note", 1).unwrap();
        let code = encode_share(&p, big, big.projects, true, None);
        let back = decode_share(&code, big, big.projects, 2).unwrap().progress;
        assert_eq!(back.roadmap_counts(big).completed, 6);
        assert_eq!(back.topic_state("t300"), TopicState::Completed);
        assert_eq!(back.note("t499"), "the last topic's note");
        // On another roadmap the same link is refused, not read as its first topics.
        assert!(decode_share(&code, ROADMAP, ROADMAP.projects, 2).is_err());
    }

    #[test]
    fn the_views_files_are_found_by_their_hashed_names() {
        let names = [
            "index.html",
            "views-0a1b2c3d4e5f6071.js",
            "views_bg-0a1b2c3d4e5f6071.wasm",
            "backend-roadmap-1_bg.wasm",
        ];
        assert_eq!(
            views_files(names.iter().copied()),
            Some([
                "views-0a1b2c3d4e5f6071.js".to_string(),
                "views_bg-0a1b2c3d4e5f6071.wasm".to_string()
            ])
        );
        assert_eq!(
            views_files(["views.js", "views_bg.wasm"].iter().copied()),
            None
        );
    }

    #[test]
    fn a_name_is_a_file_in_the_roadmaps_folder_or_refused() {
        assert_eq!(file_for(None), Ok(None));
        assert_eq!(file_for(Some(ROADMAP_ID)), Ok(None), "the built-in roadmap");
        assert_eq!(
            file_for(Some("web-foundations")),
            Ok(Some("roadmaps/web-foundations.json".to_string()))
        );
        for hostile in [
            "",
            "../secrets",
            "a/b",
            "https://evil.example/x",
            "//evil.example",
            "Web",
            "a.json",
            "a%2Fb",
            "-a",
            "a b",
            "<script>",
            &"a".repeat(65),
        ] {
            assert_eq!(file_for(Some(hostile)), Err(NameError), "{hostile:?}");
        }
        assert!(!NameError.to_string().contains('<'));
    }

    #[test]
    fn the_example_file_becomes_a_roadmap_of_its_own_shape() {
        let custom = read("web-foundations", EXAMPLE).unwrap();
        let r = custom;
        assert_eq!(r.id, "web-foundations");
        assert!(!r.is_built_in());
        assert_eq!(custom.title, "Web Foundations Bootcamp");
        assert_eq!(r.sections.len(), 3);
        assert_eq!(r.topic_count(), 8);
        assert_ne!(r.topic_count(), ROADMAP.topic_count());
        let first = &r.sections[0].topics[0];
        assert_eq!(first.id, "html");
        assert!(!first.summary.is_empty() && !first.why.is_empty());
        assert!(first.links.iter().all(|l| l.url.starts_with("https://")));
        assert_eq!(r.milestones().count(), 2);
        assert_eq!(r.projects.len(), 1);
        assert!(r.projects[0].needs.iter().all(|id| r.topic(id).is_some()));
        assert_eq!(custom.faq.len(), 2);
        assert_eq!(
            facts(custom),
            "8 topics in 3 sections, about 49 to 81 hours of study (1 topic not estimated)."
        );
    }

    #[test]
    fn every_file_served_in_roadmaps_is_valid_and_named_by_its_id() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/roadmaps");
        let mut names = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path).unwrap();
            if let Err(problems) = read(&name, &text) {
                panic!("{}: {problems:?}", path.display());
            }
            names.push(name);
        }
        names.sort();
        assert_eq!(names, [ROADMAP_ID, "web-foundations"]);
    }

    #[test]
    fn the_readmes_example_file_is_valid() {
        let readme = include_str!("../../README.md");
        let section = readme.split("## Your own roadmap").nth(1).unwrap();
        let example = section.split("```json\n").nth(1).unwrap();
        let example = example.split("```").next().unwrap();
        let custom = read("web-foundations", example).unwrap();
        assert_eq!(custom.topic_count(), 3);
        assert_eq!(custom.projects.len(), 1);
    }

    #[test]
    fn a_minimal_file_has_no_projects_milestones_or_faq() {
        let text = r#"{"id":"tiny","title":"Tiny","sections":[{"id":"s","title":"S","topics":[{"id":"t","title":"T"}]}]}"#;
        let custom = read("tiny", text).unwrap();
        assert_eq!(custom.topic_count(), 1);
        assert_eq!(custom.topics().next().unwrap().hours, Hours::UNKNOWN);
        assert!(custom.projects.is_empty() && custom.faq.is_empty());
        assert_eq!(custom.milestones().count(), 0);
        assert_eq!(
            facts(custom),
            "1 topic in 1 section, with no time estimates."
        );
        // Some estimated: the total says how many it leaves out.
        let text = r#"{"id":"two","title":"Two","sections":[{"id":"s","title":"S","topics":[{"id":"a","title":"A","hours":{"low":2,"high":4}},{"id":"b","title":"B"},{"id":"c","title":"C"}]}]}"#;
        assert_eq!(
            facts(read("two", text).unwrap()),
            "3 topics in 1 section, about 2 to 4 hours of study (2 topics not estimated)."
        );
    }

    #[test]
    fn a_file_is_refused_with_each_problem_and_its_path() {
        let problems = read("tiny", r#"{"id":"tiny","title":"T","sections":[{"id":"s","title":"S","topics":[{"title":"T"}]}]}"#)
            .unwrap_err();
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(text, ["sections[0].topics[0].id: missing"]);
        // Its id must be its name.
        let problems = read("other-name", EXAMPLE).unwrap_err();
        assert_eq!(problems[0].path, "id");
        // Not JSON at all.
        let problems = read("tiny", "<html>not found</html>").unwrap_err();
        assert!(problems[0].expected.starts_with("JSON"), "{problems:?}");
    }

    #[test]
    fn a_file_of_500_topics_in_30_sections_is_read() {
        let text = file_of((0..30).map(|s| {
            (0..if s < 20 { 17 } else { 16 })
                .map(|t| format!(r#"{{"id":"t{s}-{t}","title":"Topic {s}.{t}"}}"#))
                .collect()
        }));
        let custom = read("big", &text).unwrap();
        assert_eq!(custom.topic_count(), 500);
        assert_eq!(custom.sections.len(), 30);
    }
}
