//! The views wasm's pages: a roadmap file (`?roadmap=NAME`) with the roadmap's own components,
//! rendered in the browser (`crate::static_html`), and the cohort view of any roadmap
//! (`?view=cohort`, with `roadmap=` for a file's). The head script has hidden the built-in page
//! and kept its wasm from starting (`html[data-view]`); this takes the built-in page out and
//! mounts the one asked for.

use super::page::CustomPage;
use super::{file_for, read};
use crate::content::{
    asked_view, file::MAX_FILE_BYTES, Roadmap, ROADMAP, ROADMAP_PARAM, VIEW_PARAM,
};
use crate::web;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The class the mounted view's root element carries (`html[data-view]` shows only it).
pub const ROOT_CLASS: &str = "view-root";

/// Show the view the address asks for.
pub fn start() {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    crate::static_html::render_in_browser();
    clear_page();
    let params = web::query_values(&web::page_search(), &[ROADMAP_PARAM, VIEW_PARAM]);
    let (name, cohort) = asked_view(params.iter().map(|(k, v)| (*k, v.as_str())));
    let name = name.map(str::to_string);
    match file_for(name.as_deref()) {
        Err(e) => refused(e.to_string(), Vec::new()),
        Ok(None) => crate::cohort::view::mount(ROADMAP),
        Ok(Some(path)) => leptos::task::spawn_local(async move {
            let name = name.unwrap_or_default();
            match fetch_text(&path).await.map(|text| read(&name, &text)) {
                Err(message) => refused(message.to_string(), Vec::new()),
                Ok(Err(problems)) => refused(
                    "This roadmap file has problems, so it is not shown. Each is listed with \
                     its place in the file and what was expected there:"
                        .to_string(),
                    problems.iter().map(ToString::to_string).collect(),
                ),
                Ok(Ok(roadmap)) if cohort => crate::cohort::view::mount(roadmap),
                Ok(Ok(roadmap)) => mount(roadmap),
            }
        }),
    }
}

/// Take the built-in page's content out of `<body>` (hidden, it would still lend its ids to
/// every lookup), keeping its scripts.
fn clear_page() {
    let Some(body) = web::document().and_then(|d| d.body()) else {
        return;
    };
    let children = body.children();
    for i in (0..children.length()).rev() {
        if let Some(child) = children.item(i).filter(|c| c.tag_name() != "SCRIPT") {
            child.remove();
        }
    }
}

/// The text of the same-origin file at `path`, or what went wrong, in words for the learner.
async fn fetch_text(path: &str) -> Result<String, &'static str> {
    const UNREACHABLE: &str =
        "The roadmap file could not be loaded. Check your connection and reload the page.";
    let window = web_sys::window().ok_or(UNREACHABLE)?;
    // The head script's fetch of this very file, when it started one.
    let started = js_sys::Reflect::get(&window, &web::FILE_FETCH.into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Array>().ok())
        .filter(|f| f.get(0).as_string().as_deref() == Some(path))
        .and_then(|f| f.get(1).dyn_into::<js_sys::Promise>().ok());
    let _ = js_sys::Reflect::delete_property(&window, &web::FILE_FETCH.into());
    let request = started.unwrap_or_else(|| window.fetch_with_str(path));
    let response = wasm_bindgen_futures::JsFuture::from(request)
        .await
        .ok()
        .and_then(|r| r.dyn_into::<web_sys::Response>().ok())
        .ok_or(UNREACHABLE)?;
    match response.status() {
        200 => {}
        404 => return Err("This site has no roadmap file by the name in this address."),
        _ => return Err(UNREACHABLE),
    }
    let length = response.headers().get("content-length").ok().flatten();
    if length.and_then(|l| l.parse::<usize>().ok()).unwrap_or(0) > MAX_FILE_BYTES {
        return Err("The roadmap file is larger than 1 MB, the most a roadmap file may be.");
    }
    let text = match response.text() {
        Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.ok(),
        Err(_) => None,
    };
    text.and_then(|t| t.as_string()).ok_or(UNREACHABLE)
}

/// Why the roadmap asked for is not shown: `message`, and the file's `problems` if any. Only
/// words of this app and the validator's paths (with inert snippets) reach the page.
fn refused(message: String, problems: Vec<String>) {
    if let Some(document) = web::document() {
        document.set_title("This roadmap can't be shown");
    }
    leptos::mount::mount_to_body(move || {
        view! {
            <main class="view-root custom-refused" id="main" aria-labelledby="refused-title">
                <h1 id="refused-title">"This roadmap can't be shown"</h1>
                <p>{message}</p>
                {(!problems.is_empty()).then(|| view! {
                    <ul class="custom-problems">
                        {problems.into_iter().map(|p| view! { <li><code>{p}</code></li> }).collect_view()}
                    </ul>
                })}
                <p><a class="btn btn-primary" href="./">"Open this site's roadmap"</a></p>
            </main>
        }
    });
}

/// Show roadmap file `roadmap`: the page, then its topics' details, then the saved state.
fn mount(roadmap: Roadmap) {
    let Some(document) = web::document() else {
        return;
    };
    document.set_title(&format!("{}: progress tracker", roadmap.title));
    let root = document
        .create_element("div")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    let (Some(root), Some(body)) = (root, document.body()) else {
        return;
    };
    root.set_class_name(ROOT_CLASS);
    let _ = body.append_child(&root);
    let state = crate::roadmap::mount_in_browser(root, roadmap, move || {
        view! { <CustomPage roadmap /> }
    });
    crate::roadmap::put_details(roadmap);
    // Started as the built-in page starts, under an owner with the page's state.
    let owner = Owner::new();
    owner.with(|| {
        state.provide();
        state.start();
    });
    std::mem::forget(owner);
}
