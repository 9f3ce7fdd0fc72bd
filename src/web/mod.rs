//! The browser edge: thin wrappers around web APIs that never panic. Everything here is only
//! called from effects and event handlers, which never run during native prerendering.

pub mod files;
pub mod storage;

/// Milliseconds since the Unix epoch.
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// The page's query string parameter `name`, if present.
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// Remove a query parameter from the address bar without reloading.
pub fn remove_query_param(name: &str) {
    set_query_params(&[(name, None)]);
}

/// This page's address with one query parameter set (for share links).
pub fn url_with_param(name: &str, value: &str) -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    let url = web_sys::Url::new(&href).ok()?;
    url.set_hash("");
    url.search_params().set(name, value);
    Some(url.href())
}

/// Move keyboard focus to the element with this id, if it exists.
pub fn focus_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Log a warning to the browser console.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// Mark the document as hydrated with saved state applied (`<html data-ready>`), for tests
/// and for CSS that should only apply once the app is interactive.
pub fn mark_ready() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-ready", "");
    }
}

/// Set or remove query parameters in the address bar without reloading (others are kept).
pub fn set_query_params(params: &[(&str, Option<&str>)]) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(href) = window.location().href() else {
        return;
    };
    let Ok(url) = web_sys::Url::new(&href) else {
        return;
    };
    for (name, value) in params {
        match value {
            Some(v) => url.search_params().set(name, v),
            None => url.search_params().delete(name),
        }
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url.href()));
    }
}
