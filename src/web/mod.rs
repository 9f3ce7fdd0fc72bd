//! The browser edge: thin wrappers around web APIs that never panic. Everything here is only
//! called from effects and event handlers, which never run during native prerendering.

pub mod files;
pub mod storage;
pub mod sw;

/// The global in which the head script queues taps on topics made before the roadmap is live
/// (`js/early-taps.js`, filled in by the prerenderer; drained by `hydrate`).
pub const EARLY_TAPS: &str = "__earlyTaps";
/// The global in which the head script puts its fetch of the roadmap file the address names
/// (`[path, promise of a Response or null]`), started before the views wasm loads; the view
/// takes it (`custom::view`).
pub const FILE_FETCH: &str = "__roadmapFile";
/// The function the page's loader (Trunk.toml) and a timer call when the app cannot start
/// (js/early-taps.js defines it).
pub const START_FAILED: &str = "__startFailed";
/// How long after the page is parsed the app must be live before the page says it could not
/// start (a slow phone starts it in 2 to 6 s).
pub const START_TIMEOUT_MS: u32 = 20_000;
/// The page's own token (js/early-taps.js), marking the taps it kept.
pub const PAGE_TOKEN: &str = "__pageToken";

/// This page's token, if the head script gave it one.
pub fn page_token() -> Option<String> {
    let window = web_sys::window()?;
    js_sys::Reflect::get(&window, &PAGE_TOKEN.into())
        .ok()?
        .as_string()
}
/// Where taps made on a page that could not start wait for the next start (per roadmap,
/// `progress::keyed`): `<page token> id:state` lines (`progress::decode_taps`).
pub const PENDING_TAPS_KEY: &str = "backend-roadmap:pending-taps";
/// What the page says when the app could not start.
pub const START_FAILED_TEXT: &str = "The roadmap could not start: its code did not load. You \
    can still read it, and what you tick here is saved once it starts.";

/// Milliseconds since the Unix epoch.
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// How far the learner's time zone is ahead of UTC at time `ms`, in ms (it changes with
/// daylight saving time): a `plan::schedule::Zone`.
pub fn timezone_offset_at(ms: u64) -> i64 {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    -(date.get_timezone_offset() * 60_000.0) as i64
}

/// The page's document, if there is one.
pub fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The page's query string parameter `name`, if present.
pub fn query_param(name: &str) -> Option<String> {
    let all = web_sys::UrlSearchParams::new_with_str(&page_search())
        .ok()?
        .get_all(name);
    all.get(all.length().checked_sub(1)?).as_string()
}

/// Every value of the named parameters in a query string (`?a=1&a=2` gives both), in the
/// order of `names`. Used for this page's address and for the embed preview's.
pub fn query_values(search: &str, names: &[&'static str]) -> Vec<(&'static str, String)> {
    let mut values = Vec::new();
    if let Ok(query) = web_sys::UrlSearchParams::new_with_str(search) {
        for name in names {
            for v in query.get_all(name).iter().filter_map(|v| v.as_string()) {
                values.push((*name, v));
            }
        }
    }
    values
}

/// This page's query string (`?…`), or empty.
pub fn page_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Remove a query parameter from the address bar without reloading.
pub fn remove_query_param(name: &str) {
    set_query_params(&[(name, None)]);
}

/// Move keyboard focus to the element with this id, if it exists.
pub fn focus_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// The element `id`, made the first time from `html` as the content of element `slot`: for a
/// field that is not in the page when it is parsed (`widgets::field_type`).
pub fn made_in(slot: &str, id: &str, html: &str) -> Option<web_sys::Element> {
    let document = document()?;
    document.get_element_by_id(id).or_else(|| {
        document.get_element_by_id(slot)?.set_inner_html(html);
        document.get_element_by_id(id)
    })
}

/// Keep a text field in step: `text` (left alone when the field holds it, so the caret stays),
/// read-only or not, marked invalid or not.
pub fn sync_text_field(field: &web_sys::Element, text: &str, readonly: bool, invalid: bool) {
    let value = wasm_bindgen::JsValue::from_str("value");
    let held = js_sys::Reflect::get(field, &value)
        .ok()
        .and_then(|v| v.as_string());
    if held.as_deref() != Some(text) {
        let _ = js_sys::Reflect::set(field, &value, &text.into());
    }
    let _ = field.toggle_attribute_with_force("readonly", readonly);
    let _ = match invalid {
        true => field.set_attribute("aria-invalid", "true"),
        false => field.remove_attribute("aria-invalid"),
    };
}

/// Log a warning to the browser console.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// Log an error to the browser console.
pub fn error(message: &str) {
    web_sys::console::error_1(&message.into());
}

/// Mark the document as hydrated with saved state applied (`<html data-ready>`), for tests
/// and for CSS that should only apply once the app is interactive.
pub fn mark_ready() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
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

/// Whether this page runs inside a frame.
pub fn in_frame() -> bool {
    web_sys::window().is_some_and(|w| match w.parent() {
        Ok(Some(parent)) => !js_sys::Object::is(&parent, &w),
        _ => false,
    })
}

/// Post the page's content height to the parent frame now and on every size change:
/// `{ type: "backend-roadmap:height", height: <CSS px> }`. Nothing is ever read back.
pub fn post_height_to_parent() {
    use wasm_bindgen::{closure::Closure, JsCast};
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let Some(body) = window.document().and_then(|d| d.body()) else {
        return;
    };
    let target = body.clone();
    let send = Closure::<dyn FnMut()>::new(move || {
        let message = js_sys::Object::new();
        let height = target.get_bounding_client_rect().height().ceil();
        let _ = js_sys::Reflect::set(
            &message,
            &"type".into(),
            &crate::embed::HEIGHT_MESSAGE.into(),
        );
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        let _ = parent.post_message(&message, "*");
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(send.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    // The observer and its callback live as long as the page.
    send.forget();
}

/// Apply a theme choice to `<html>` (no attribute = follow the system).
pub fn apply_theme(theme: Option<&str>) {
    let Some(root) = document().and_then(|d| d.document_element()) else {
        return;
    };
    let _ = match theme {
        Some(t) => root.set_attribute("data-theme", t),
        None => root.remove_attribute("data-theme"),
    };
}

/// Scroll position and the top of an element in document coordinates.
pub fn document_top_of(id: &str) -> Option<f64> {
    let window = web_sys::window()?;
    let el = window.document()?.get_element_by_id(id)?;
    Some(el.get_bounding_client_rect().top() + window.scroll_y().unwrap_or(0.0))
}

/// This page's address without query or hash (the base for embed snippets).
pub fn page_base_url() -> Option<String> {
    let location = web_sys::window()?.location();
    Some(format!(
        "{}{}",
        location.origin().ok()?,
        location.pathname().ok()?
    ))
}

/// This page's origin (`https://host:port`).
pub fn page_origin() -> Option<String> {
    web_sys::window()?.location().origin().ok()
}

/// If a click landed on a link to another site, open it in a new tab (`noopener`) and
/// return true so the caller can cancel the navigation.
pub fn open_external_link_in_new_tab(ev: &web_sys::MouseEvent) -> bool {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return false;
    };
    let link = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("a[href]").ok().flatten())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    let Some(link) = link else { return false };
    let same_origin = window.location().origin().ok() == Some(link.origin());
    if same_origin {
        return false;
    }
    window
        .open_with_url_and_target_and_features(&link.href(), "_blank", "noopener")
        .is_ok()
}
