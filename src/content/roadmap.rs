//! The roadmap the page is built from: `roadmaps/backend-2026.json` (the 20 topics in 7
//! sections with the seed's milestone messages, the project ideas and the FAQ), validated and
//! turned into the constants below by `build.rs`. Edit the JSON file; the build refuses it,
//! with each problem's path, when it does not validate (`content::file`).

use super::{
    Faq, Hours, Level, Milestone, MilestoneScope, Project, Roadmap, RoadmapData, Section, Topic,
};

/// `prerender_only!(value, empty)`: `value` in the prerenderer, `empty` in the browser. A
/// topic's why and resources are shown only in markup the build writes (its details in
/// `topic-details.html`, print), so the wasm carries none of their text.
#[cfg(feature = "ssr")]
macro_rules! prerender_only {
    ($value:expr, $empty:expr) => {
        $value
    };
}
#[cfg(not(feature = "ssr"))]
macro_rules! prerender_only {
    ($value:expr, $empty:expr) => {
        $empty
    };
}

include!(concat!(env!("OUT_DIR"), "/roadmap_data.rs"));

/// The Backend Developer Roadmap 2026.
pub const ROADMAP: Roadmap = Roadmap(&RoadmapData {
    id: ROADMAP_ID,
    title: ROADMAP_TITLE,
    sections: SECTIONS,
    projects: PROJECTS,
    faq: FAQ,
});
