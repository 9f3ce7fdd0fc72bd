//! Backend Developer Roadmap 2026.
//!
//! A pure core (`content`, `progress`, and each feature's pure file: `embed::options`,
//! `salaries::{notation, charts}`, `theme::choice`, `projects::filter`) with a thin browser edge
//! (`web`) and small Leptos components split by feature (`roadmap`, `salaries`, `projects`,
//! `embed`, `theme`, `page`). `prerender` is the build step, `hydrate` the browser entry.

#[macro_use]
pub mod static_html;
pub mod content;
pub mod progress;

pub mod app;
pub mod cohort;
pub mod custom;
pub mod embed;
pub mod notices;
pub mod page;
pub mod plan;
pub mod projects;
pub mod roadmap;
pub mod salaries;
pub mod store;
pub mod theme;
pub mod web;
pub mod widgets;

#[cfg(feature = "hydrate")]
pub mod hydrate;
#[cfg(feature = "ssr")]
pub mod prerender;

pub use app::App;
