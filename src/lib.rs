//! Backend Developer Roadmap 2026.
//!
//! A pure core (`content`, `progress`, `salary`) with a thin browser edge (`web`) and small
//! Leptos components split by feature (`roadmap`, `salaries`, `projects`, `page`).

pub mod content;
#[macro_use]
mod prerendered;
pub mod charts;
pub mod embed;
pub mod progress;
pub mod salary;

pub mod app;
pub mod embedding;
pub mod notices;
pub mod page;
pub mod projects;
pub mod roadmap;
pub use roadmap::ProgressBar;
pub mod salaries;
pub mod store;
pub mod theme;
pub mod web;

#[cfg(feature = "hydrate")]
pub mod hydrate;
#[cfg(feature = "ssr")]
pub mod prerender;

pub use app::App;

/// `"true"` or `"false"` for ARIA state attributes (one `&'static str` code path for all).
pub fn aria_bool(value: bool) -> &'static str {
    if value {
        "true"
    } else {
        "false"
    }
}
