//! Backend Developer Roadmap 2026.
//!
//! A pure core (content, progress, codecs, salary maths, charts) with a thin browser edge
//! (`web`) and small Leptos components.

pub mod content;
pub mod progress;
