//! Hydration in parts. The page arrives prerendered whole (`App`); the browser makes its
//! interactive parts live one task each, so that on a slow phone no single task holds the main
//! thread for long (V8 compiles each wasm function on its first call, so the first hydration
//! of a component costs far more than walking its markup). Purely static parts (the about,
//! salaries, architecture, mistakes and FAQ sections, the footer) are prerendered HTML that
//! needs no hydration at all. Once every part is live, the saved state is applied.
//!
//! A hydrated part's root gets `data-live`. Until the roadmap has it, the head script
//! (`js/early-taps.js`) records taps on topics; the roadmap's part applies them in the task
//! that hydrates it, so no tap made while the app loads is lost.

use crate::app::{provide_app_state, AppState};
use crate::embed::EmbedPanel;
use crate::notices::NoticeArea;
use crate::page::{CallToAction, CareerPath, Hero};
use crate::progress::TopicState;
use crate::projects::Projects;
use crate::roadmap::RoadmapSection;
use crate::store::use_store;
use crate::theme::ThemeToggle;
use crate::web::{self, EARLY_TAPS};
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
    part_then(selector, component, || {})
}

/// Like [`part`], running `then` once the part is hydrated and before it is marked live.
fn part_then<V: IntoView + 'static>(
    selector: &'static str,
    component: fn() -> V,
    then: impl FnOnce() + 'static,
) -> Part {
    Box::new(move || {
        let root = web::document().and_then(|d| d.query_selector(selector).ok().flatten());
        let Some(root) = root else {
            // The prerendered page and this list disagree: a build defect the tests report.
            web::error(&format!("Not hydrated: nothing matches {selector}"));
            return;
        };
        let state = component().into_view().hydrate::<true>(
            &Cursor::new(root.clone()),
            &PositionState::new(Position::Current),
        );
        // The page lives as long as the tab: its listeners and effects are never torn down.
        std::mem::forget(state);
        then();
        let _ = root.set_attribute("data-live", "");
    })
}

/// The taps on topics the head script recorded before the roadmap was live: `[id, state]`
/// pairs in the order they were made. Anything malformed is skipped.
fn take_early_taps() -> Vec<(String, TopicState)> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let key = JsValue::from_str(EARLY_TAPS);
    let queue = js_sys::Reflect::get(&window, &key).unwrap_or(JsValue::UNDEFINED);
    let _ = js_sys::Reflect::delete_property(&window, &key);
    let Ok(queue) = queue.dyn_into::<js_sys::Array>() else {
        return Vec::new();
    };
    queue
        .iter()
        .filter_map(|tap| {
            let tap = tap.dyn_into::<js_sys::Array>().ok()?;
            let id = tap.get(0).as_string()?;
            let state = TopicState::from_slug(&tap.get(1).as_string()?)?;
            Some((id, state))
        })
        .collect()
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
        part_then("#roadmap", RoadmapSection, || {
            use_store().apply_early_taps(take_early_taps())
        }),
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
