//! Content that never changes after the build: rendered to HTML natively when the page is
//! prerendered, and left out of the wasm. Hydration does not touch `inner_html` of server
//! markup, so the browser keeps the prerendered content while shipping none of its view code.

/// Render a view to an HTML string in the prerenderer; an empty string in the browser build.
/// Use it only as `inner_html` of an element whose content has no event handlers or signals.
#[macro_export]
macro_rules! prerendered {
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
