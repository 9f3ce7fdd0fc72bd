//! Hydration in parts. The page arrives prerendered whole (`App`); the browser makes its
//! interactive parts live one task each, so that on a slow phone no single task holds the main
//! thread for long (V8 compiles each wasm function on its first call, so the first hydration
//! of a component costs far more than walking its markup). Purely static parts (the about,
//! salaries, architecture, mistakes and FAQ sections, the footer) are prerendered HTML that
//! needs no hydration at all. Once every part is live, the saved state is applied.

use crate::app::{provide_app_state, AppState};
use crate::embedding::EmbedPanel;
use crate::notices::NoticeArea;
use crate::page::{CallToAction, CareerPath, Hero};
use crate::projects::Projects;
use crate::roadmap::RoadmapSection;
use crate::theme::ThemeToggle;
use crate::web;
use leptos::prelude::*;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::view::{Position, PositionState, RenderHtml};
use std::collections::VecDeque;
use std::sync::Arc;
use wasm_bindgen::prelude::*;

type Part = Box<dyn FnOnce()>;

/// Make the part whose root element matches `selector` live. Each component's root is one
/// element, so hydration starts at that element instead of walking the page from `<body>`.
fn part<V: IntoView + 'static>(selector: &'static str, component: fn() -> V) -> Part {
    Box::new(move || {
        let root = web::document().and_then(|d| d.query_selector(selector).ok().flatten());
        let Some(root) = root else {
            // The prerendered page and this list disagree: a build defect the tests report.
            web::error(&format!("Not hydrated: nothing matches {selector}"));
            return;
        };
        let state = component()
            .into_view()
            .hydrate::<true>(&Cursor::new(root), &PositionState::new(Position::Current));
        // The page lives as long as the tab: its listeners and effects are never torn down.
        std::mem::forget(state);
    })
}

/// Hydrate the page part by part, in page order, then start the app state.
pub fn hydrate() {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new_root(Some(Arc::new(
        hydration_context::HydrateSharedContext::new(),
    )));
    let state = owner.with(provide_app_state);
    let parts: VecDeque<Part> = VecDeque::from([
        part(".theme-toggle", ThemeToggle),
        part(".notices", NoticeArea),
        part("#hero", Hero),
        part("#roadmap", RoadmapSection),
        part("#career", CareerPath),
        part("#projects", Projects),
        part("#cta", CallToAction),
        part(".embed-panel", EmbedPanel),
    ]);
    next_task(move || run(owner, state, parts));
}

/// Hydrate the next part in this task and schedule the rest, so the browser can paint and
/// handle input in between.
fn run(owner: Owner, state: AppState, mut parts: VecDeque<Part>) {
    match parts.pop_front() {
        Some(hydrate_part) => {
            owner.with(hydrate_part);
            next_task(move || run(owner, state, parts));
        }
        None => owner.with(|| {
            if let Some(shared) = Owner::current_shared_context() {
                shared.hydration_complete();
            }
            state.start();
            // The owner holds every part's reactive state for the life of the page.
            std::mem::forget(owner.clone());
        }),
    }
}

/// Run `f` in a new task (a zero-delay timeout).
fn next_task(f: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(f);
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback(callback.unchecked_ref());
    }
}
