//! Hydration in parts. The page arrives prerendered whole (`App`); the browser makes its
//! interactive parts live one task each, so that on a slow phone no single task holds the main
//! thread for long (V8 compiles each wasm function on its first call, so the first hydration
//! of a component costs far more than walking its markup). The parts are declared once, in
//! `app::PARTS` with a `data-part` attribute on each root; the rest of the page (the about,
//! salaries, architecture, mistakes and FAQ sections, the footer) is static HTML that needs no
//! hydration at all. Once every part is live, the browser's state is applied, in steps of a
//! task each (`app::START_STEPS`).
//!
//! The roadmap part is the largest: its head (legend, shortcuts dialog) is one task; its
//! progress card (with the toolbar), plan card and badges are parts of their own (prerendered
//! inside it, as the sections are); then each of its sections is one more task
//! (`roadmap::hydrate_section`).
//!
//! A hydrated part's root gets `data-live` (the roadmap's once all its sections are live, and
//! each section's as it goes). Until a topic's section is live, the head script
//! (`js/early-taps.js`) records taps on it; the task that hydrates the section applies that
//! section's taps, so no tap made while the app loads is lost.

use crate::app::{hydrate_part, provide_app_state, AppState, PARTS, START_STEPS};
use crate::progress::TopicState;
use crate::store::use_store;
use crate::web::{self, EARLY_TAPS};
use leptos::prelude::*;
use leptos::tachys::view::{Position, RenderHtml};
use std::sync::Arc;
use wasm_bindgen::prelude::*;

/// The part whose hydration applies the taps made before it was live.
const ROADMAP_PART: &str = "roadmap";

/// Hydrate `component` from its root element `root` (the element carrying `data-part`), through
/// tachys' public `hydrate_from_position`.
pub fn hydrate_component<V: IntoView + 'static>(
    root: &web_sys::Element,
    component: impl FnOnce() -> V,
) {
    let state = component()
        .into_view()
        .hydrate_from_position::<true>(root, Position::Current);
    // The page lives as long as the tab: its listeners and effects are never torn down.
    std::mem::forget(state);
}

/// Hydrate the page part by part, in page order, then start the app state.
pub fn hydrate() {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new_root(Some(Arc::new(
        hydration_context::HydrateSharedContext::new(),
    )));
    // The wasm arrives in a task that has just compiled it: the state is made in the next.
    next_part(owner, None, 0);
}

/// Run part `index` in a new task, so the browser can paint and handle input in between.
fn next_part(owner: Owner, state: Option<AppState>, index: usize) {
    next_task(move || run(owner, state, index));
}

/// Make the app state (once, first), or hydrate part `index` of [`PARTS`] in this task and
/// schedule the rest; past the last part, run step `index - PARTS.len()` of the state's start.
fn run(owner: Owner, state: Option<AppState>, index: usize) {
    let Some(state) = state else {
        let state = owner.with(provide_app_state);
        return next_part(owner, Some(state), index);
    };
    if sections_due(index) {
        return next_section(owner, state, index, 0);
    }
    match PARTS.get(index) {
        Some(name) => match part_root(name) {
            // A part this page does not have (a site built from a roadmap file has no
            // article sections, and projects only when the file has some).
            None => run(owner, Some(state), index + 1),
            Some(root) => {
                owner.with(|| hydrate_named(name, &root));
                next_part(owner, Some(state), index + 1);
            }
        },
        // Every part is live: the app state starts, one step per task.
        None => {
            let step = index - PARTS.len();
            owner.with(|| {
                if step == 0 {
                    if let Some(shared) = Owner::current_shared_context() {
                        shared.hydration_complete();
                    }
                }
                if let Some(start) = START_STEPS.get(step) {
                    start(state);
                }
            });
            if step + 1 < START_STEPS.len() {
                return next_part(owner, Some(state), index + 1);
            }
            // The owner holds every part's reactive state for the life of the page.
            std::mem::forget(owner);
        }
    }
}

/// Whether the roadmap's sections go before part `index` (or, past the last part, before the
/// start): its head is hydrated, its sections are not, and that part is not inside it. The
/// parts inside it (progress, plan, badges) go first: they show what the topics' states add
/// up to, and a section applies its early taps as it is hydrated, so they must be live by then.
fn sections_due(index: usize) -> bool {
    let head_done = PARTS
        .iter()
        .position(|p| *p == ROADMAP_PART)
        .is_some_and(|r| r < index);
    let Some(roadmap) = web::document().and_then(|d| d.get_element_by_id(ROADMAP_PART)) else {
        return false;
    };
    let inside = PARTS.get(index).is_some_and(|name| {
        roadmap
            .query_selector(&part_selector(name))
            .ok()
            .flatten()
            .is_some()
    });
    head_done && !inside && !roadmap.has_attribute("data-live")
}

/// Hydrate the roadmap's section `section` in a new task.
fn next_section(owner: Owner, state: AppState, part: usize, section: usize) {
    next_task(move || roadmap_section(owner, state, part, section));
}

/// Hydrate the roadmap's section `section` with the taps made on its topics, then the next
/// section in a new task; after the last one the roadmap is live and part `part` follows.
fn roadmap_section(owner: Owner, state: AppState, part: usize, section: usize) {
    let hydrated = owner.with(|| {
        let section = crate::roadmap::hydrate_section(section)?;
        let taps = take_early_taps(|id| section.topics.iter().any(|t| t.id == id));
        use_store().apply_early_taps(taps);
        Some(())
    });
    if hydrated.is_some() {
        return next_section(owner, state, part, section + 1);
    }
    // Every section is live: the rest of the queue names no topic of this roadmap.
    owner.with(|| use_store().apply_early_taps(take_early_taps(|_| true)));
    forget_early_taps();
    if let Some(root) = web::document().and_then(|d| d.get_element_by_id(ROADMAP_PART)) {
        let _ = root.set_attribute("data-live", "");
    }
    next_part(owner, Some(state), part);
}

/// The root element of part `name` in the page, if the page has it.
fn part_root(name: &str) -> Option<web_sys::Element> {
    web::document().and_then(|d| d.query_selector(&part_selector(name)).ok().flatten())
}

/// The selector of part `name`'s root element.
fn part_selector(name: &str) -> String {
    format!("[data-part=\"{name}\"]")
}

/// Hydrate the part `name` from its root element `root` and mark it live (the roadmap once its
/// sections are, in [`roadmap_section`]).
fn hydrate_named(name: &str, root: &web_sys::Element) {
    if !hydrate_part(name, root) {
        web::error(&format!("Not hydrated: no component for the part {name}"));
        return;
    }
    if name != ROADMAP_PART {
        let _ = root.set_attribute("data-live", "");
    }
}

/// Take out of the head script's queue the taps on topics `wanted` accepts: `[id, state]`
/// pairs in the order they were made. The queue stays the same array (the head script keeps
/// adding to it); anything malformed is skipped.
fn take_early_taps(wanted: impl Fn(&str) -> bool) -> Vec<(String, TopicState)> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let queue = js_sys::Reflect::get(&window, &JsValue::from_str(EARLY_TAPS));
    let Some(queue) = queue.ok().and_then(|q| q.dyn_into::<js_sys::Array>().ok()) else {
        return Vec::new();
    };
    let mut taken = Vec::new();
    let mut kept = Vec::new();
    for entry in queue.iter() {
        let tap = entry.clone().dyn_into::<js_sys::Array>().ok();
        let id = tap.as_ref().and_then(|t| t.get(0).as_string());
        if !id.as_deref().is_some_and(&wanted) {
            kept.push(entry);
            continue;
        }
        let state = tap.and_then(|t| t.get(1).as_string());
        if let (Some(id), Some(state)) = (id, state.and_then(|s| TopicState::from_slug(&s))) {
            taken.push((id, state));
        }
    }
    queue.set_length(0);
    for entry in kept {
        queue.push(&entry);
    }
    taken
}

/// Drop the head script's queue once every topic is live.
fn forget_early_taps() {
    if let Some(window) = web_sys::window() {
        let _ = js_sys::Reflect::delete_property(&window, &JsValue::from_str(EARLY_TAPS));
    }
}

/// Run `f` in a new task (a zero-delay timeout).
fn next_task(f: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(f);
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback(callback.unchecked_ref());
    }
}
