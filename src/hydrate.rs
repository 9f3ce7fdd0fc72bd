//! Hydration in parts. The page arrives prerendered whole (`App`); the browser makes its
//! interactive parts live one task each, so that on a slow phone no single task holds the main
//! thread for long (V8 compiles each wasm function on its first call, so the first hydration
//! of a component costs far more than walking its markup). The parts are declared once, in
//! `app::PARTS` with a `data-part` attribute on each root; the rest of the page (the about,
//! salaries, architecture, mistakes and FAQ sections, the footer) is static HTML that needs no
//! hydration at all. Once every part is live, the saved state is applied.
//!
//! A hydrated part's root gets `data-live`. Until the roadmap has it, the head script
//! (`js/early-taps.js`) records taps on topics; the roadmap's part applies them in the task
//! that hydrates it, so no tap made while the app loads is lost.

use crate::app::{hydrate_part, provide_app_state, AppState, PARTS};
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
pub fn hydrate_component<V: IntoView + 'static>(root: &web_sys::Element, component: fn() -> V) {
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
    let state = owner.with(provide_app_state);
    next_task(move || run(owner, state, 0));
}

/// Hydrate part `index` of [`PARTS`] in this task and schedule the rest, so the browser can
/// paint and handle input in between.
fn run(owner: Owner, state: AppState, index: usize) {
    match PARTS.get(index) {
        Some(name) => {
            owner.with(|| hydrate_named(name));
            next_task(move || run(owner, state, index + 1));
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

/// Hydrate the part `name` from its root element and mark it live.
fn hydrate_named(name: &str) {
    let selector = format!("[data-part=\"{name}\"]");
    let root = web::document().and_then(|d| d.query_selector(&selector).ok().flatten());
    let Some(root) = root else {
        // The prerendered page and the parts table disagree: a defect the tests report.
        web::error(&format!("Not hydrated: nothing matches {selector}"));
        return;
    };
    if !hydrate_part(name, &root) {
        web::error(&format!("Not hydrated: no component for {selector}"));
        return;
    }
    if name == ROADMAP_PART {
        use_store().apply_early_taps(take_early_taps());
    }
    let _ = root.set_attribute("data-live", "");
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

/// Run `f` in a new task (a zero-delay timeout).
fn next_task(f: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(f);
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback(callback.unchecked_ref());
    }
}
