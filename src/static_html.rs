//! Content that never changes after the build: rendered to HTML natively when the page is
//! prerendered, and left out of the wasm. Hydration does not touch `inner_html` of server
//! markup, so the browser keeps the prerendered content while shipping none of its view code.
//!
//! A page with no prerendered markup (a roadmap file loaded in the browser, `crate::custom`)
//! renders that content in the browser instead: its entry calls [`render_in_browser`] first.
//! Only the views wasm calls it, so in the page's own wasm the flag is never set, and LTO
//! drops the branch and every view behind it. (Leptos renders views to HTML strings only with
//! its `ssr` feature, which also turns event handlers off; so the browser builds the view's
//! nodes and takes their HTML, [`render_detached`].)

use std::sync::atomic::{AtomicBool, Ordering};

/// `text` escaped for HTML content or a double-quoted attribute value (for markup the app
/// writes as a string: the embed snippets, the built page's head).
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

static IN_BROWSER: AtomicBool = AtomicBool::new(false);

/// From now on, [`prerendered!`] renders its view in the browser too.
pub fn render_in_browser() {
    IN_BROWSER.store(true, Ordering::Relaxed);
}

/// Whether this page renders its static content in the browser.
pub fn rendered_in_browser() -> bool {
    IN_BROWSER.load(Ordering::Relaxed)
}

/// The HTML of `view`, built as nodes outside the page. For static content only: nothing of
/// it stays live. Text is escaped by the browser's own serializer.
#[cfg(target_arch = "wasm32")]
pub fn render_detached<V: leptos::prelude::IntoView + 'static>(
    view: impl FnOnce() -> V + 'static,
) -> String {
    use wasm_bindgen::JsCast;
    let parent = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("div").ok());
    let Some(parent) = parent else {
        return String::new();
    };
    let mounted = leptos::mount::mount_to(parent.clone().unchecked_into(), view);
    let html = parent.inner_html();
    drop(mounted);
    html
}

/// Render a view to an HTML string in the prerenderer, and in a page rendered in the browser
/// ([`render_in_browser`]); an empty string in the hydrated page. Use it only as `inner_html`
/// of an element whose content has no event handlers or signals. Text is escaped either way.
#[macro_export]
macro_rules! prerendered {
    ($view:expr) => {{
        #[cfg(feature = "ssr")]
        let html: String = leptos::tachys::view::RenderHtml::to_html($view);
        #[cfg(all(not(feature = "ssr"), target_arch = "wasm32"))]
        let html: String = match $crate::static_html::rendered_in_browser() {
            true => $crate::static_html::render_detached(move || $view),
            false => String::new(),
        };
        #[cfg(all(not(feature = "ssr"), not(target_arch = "wasm32")))]
        let html = {
            let _never_called = || $view;
            String::new()
        };
        html
    }};
}

/// Like [`prerendered!`], for the markup of views that are live in the browser: the
/// prerenderer writes it for the page to hydrate, and a page rendered in the browser mounts
/// those views themselves, so the browser never renders it as static HTML.
#[macro_export]
macro_rules! prerendered_live {
    ($view:expr) => {{
        #[cfg(feature = "ssr")]
        let html: String = leptos::tachys::view::RenderHtml::to_html($view);
        // Type-checked in every build, never called in the browser: LTO drops it from the wasm.
        #[cfg(not(feature = "ssr"))]
        let html = {
            let _never_called = || $view;
            String::new()
        };
        html
    }};
}
