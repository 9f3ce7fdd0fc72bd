//! The topic details dialog: what it is, why it matters, time to learn, resources, and a
//! state picker. A native modal `<dialog>`: Esc closes it, focus stays inside, then returns.

use super::notes::NoteEditor;
use crate::progress::TopicState;
use crate::store::use_store;
use leptos::html::Dialog;
use leptos::prelude::*;

/// The dialog's container for the open topic's details.
const INFO_ID: &str = "dialog-info";
/// Every topic's details, each in a `<div data-topic="<id>">`: prerendered as the text of a
/// `<script type="text/html">`, which the build moves into [`DETAILS_FILE`]; in the browser, a
/// `<template>` of that file's content.
pub(super) const TEMPLATE_ID: &str = "dialog-details";

/// Which topic's details are open, and the dialog element.
#[derive(Clone, Copy)]
pub struct Details {
    open: RwSignal<Option<&'static str>>,
    dialog: NodeRef<Dialog>,
    /// The dialog was opened by a link (`links`): closing it goes Back.
    by_link: RwSignal<bool>,
}

impl Details {
    /// The topic whose details were last opened (tracked).
    pub fn open_topic(self) -> Option<&'static str> {
        self.open.get()
    }

    /// The topic whose details were last opened.
    pub fn open_topic_untracked(self) -> Option<&'static str> {
        self.open.get_untracked()
    }

    /// The topic whose details are showing.
    pub fn showing(self) -> Option<&'static str> {
        self.open
            .get_untracked()
            .filter(|_| self.dialog.get_untracked().is_some_and(|d| d.open()))
    }

    /// Show a topic's details because the address names it.
    pub fn open_from_link(self, id: &'static str) {
        self.open(id);
        self.by_link.set(true);
    }

    /// The address no longer names a topic (Back): close a dialog a link opened.
    pub fn close_for_link(self) {
        if self.by_link.get_untracked() {
            self.by_link.set(false);
            self.close();
        }
    }

    /// Show a topic's details. The modal opens on the next frame, once its content is
    /// rendered, so the browser moves focus to the first control inside it.
    pub fn open(self, id: &'static str) {
        self.by_link.set(false);
        show_info(id);
        self.open.set(Some(id));
        let dialog = self.dialog;
        // Embedded in a frame as tall as its content, the frame's middle may be far off
        // screen: open the dialog beside the topic instead (see `html[data-embed]` CSS).
        let embedded = crate::embed::use_embed().is_embedded();
        let top = embedded
            .then(|| crate::web::document_top_of(&super::links::details_id(id)))
            .flatten();
        request_animation_frame(move || {
            if let Some(d) = dialog.get_untracked() {
                if let Some(top) = top {
                    let _ = web_sys::HtmlElement::style(&d)
                        .set_property("top", &format!("{}px", (top - 80.0).max(8.0) as i32));
                }
                if !d.open() {
                    let _ = d.show_modal();
                }
            }
        });
    }

    fn close(self) {
        if let Some(d) = self.dialog.get_untracked() {
            d.close();
        }
    }
}

pub fn provide_details() -> Details {
    let details = Details {
        open: RwSignal::new(None),
        dialog: NodeRef::new(),
        by_link: RwSignal::new(false),
    };
    provide_context(details);
    details
}

pub fn use_details() -> Details {
    expect_context::<Details>()
}

/// The dialog: the open topic's details (from [`TopicTemplates`]), a status picker and the
/// learner's note. A hydration part of its own, after the roadmap (`app::PARTS`): no one
/// task makes the roadmap and its dialog live together.
#[component]
pub fn TopicDialog() -> impl IntoView {
    let details = use_details();
    let store = use_store();
    let embed = crate::embed::use_embed();
    // When the dialog closes (button, Esc), focus returns to the topic's details button, and
    // a dialog a link opened takes its entry out of history (as Back would have).
    let unsaved: super::notes::Unsaved = StoredValue::new(None);
    let notices = crate::notices::use_notices();
    let on_close = move |_| {
        remove_link_field();
        let draft = unsaved.with_value(|u| u.as_ref().map(|(id, _)| *id));
        if let Some(topic) = draft.and_then(|id| store.roadmap.topic(id)) {
            notices.error(super::notes::unsaved_message(topic.title));
        }
        if details.by_link.get_untracked() {
            details.by_link.set(false);
            if let Some(Ok(history)) = web_sys::window().map(|w| w.history()) {
                let _ = history.back();
            }
        }
        if let Some(id) = details.open.get_untracked() {
            crate::web::focus_id(&super::links::details_id(id));
        }
    };
    let copy_link = move |_| {
        let link = details
            .open
            .get_untracked()
            .zip(crate::web::page_base_url());
        if let Some((id, base)) = link {
            // On a roadmap file's page the link keeps its `roadmap=`.
            let page = crate::content::page_address(&base, store.roadmap.id);
            let link = super::links::topic_link(&page, id);
            // The field a refused copy selects: made on demand, gone when the dialog closes.
            show_link_field(&link);
            crate::web::files::copy_or_select(
                link,
                LINK_FIELD_ID,
                notices,
                "Link to this topic copied.",
            );
        }
    };
    // Embedded, external resources open in a new tab instead of replacing the host's frame.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if embed.is_embedded() && crate::web::open_external_link_in_new_tab(&ev) {
            ev.prevent_default();
        }
    };
    let open_topic = move || details.open.get().and_then(|id| store.roadmap.topic(id));
    let current = Memo::new(move |_| details.open.get().map(|id| store.topic_state(id)));
    view! {
        <dialog node_ref=details.dialog data-part="topic-dialog" class="topic-dialog" aria-labelledby="dialog-title" on:close=on_close on:click=on_click>
            <div class="dialog-body">
                <div class="dialog-head">
                    <p class="eyebrow">
                        {move || open_topic().and_then(|t| store.roadmap.section_of(t.id)).map(|s| s.title)}
                    </p>
                    <h3 id="dialog-title">{move || open_topic().map(|t| t.title)}</h3>
                    <button type="button" class="icon-btn" aria-label="Close" on:click=move |_| details.close()>
                        "✕"
                    </button>
                </div>
                // The open topic's details, cloned from its template (`TopicTemplates`).
                <div class="topic-info" id=INFO_ID></div>
                <fieldset class="state-picker" disabled=move || store.is_preview()>
                    <legend>"Status"</legend>
                    {TopicState::ALL.into_iter().map(|s| view! {
                        <label class="state-option">
                            <input
                                type="radio"
                                name="topic-state"
                                prop:checked=move || current.get() == Some(s)
                                on:change=move |_| {
                                    if let Some(id) = details.open.get_untracked() {
                                        store.set_topic(id, s);
                                    }
                                }
                            />
                            <span class="state-icon" data-state=s.slug() aria-hidden="true"></span>
                            {s.label()}
                        </label>
                    }).collect_view()}
                </fieldset>
                <NoteEditor unsaved=unsaved />
                <div class="dialog-actions">
                    <button type="button" class="btn btn-quiet" on:click=copy_link>"Copy link"</button>
                    <button type="button" class="btn" on:click=move |_| details.close()>"Done"</button>
                </div>
            </div>
        </dialog>
    }
}

/// The read-only field that shows a topic's link in the dialog when it was copied (so a
/// browser that refuses to copy leaves it selected to copy by hand).
pub(super) const LINK_FIELD_ID: &str = "dialog-link";

fn show_link_field(link: &str) {
    use wasm_bindgen::JsCast;
    let Some(document) = crate::web::document() else {
        return;
    };
    let field = match document.get_element_by_id(LINK_FIELD_ID) {
        Some(field) => field.dyn_into::<web_sys::HtmlInputElement>().ok(),
        None => (|| {
            let actions = document
                .query_selector(".topic-dialog .dialog-actions")
                .ok()??;
            let label = document.create_element("label").ok()?;
            label.set_class_name("link-field");
            label.set_text_content(Some("Link to this topic"));
            let input = document
                .create_element("input")
                .ok()?
                .dyn_into::<web_sys::HtmlInputElement>()
                .ok()?;
            input.set_id(LINK_FIELD_ID);
            input.set_read_only(true);
            label.append_child(&input).ok()?;
            actions
                .parent_node()?
                .insert_before(&label, Some(&actions))
                .ok()?;
            Some(input)
        })(),
    };
    if let Some(field) = field {
        field.set_value(link);
    }
}

fn remove_link_field() {
    let field = crate::web::document()
        .and_then(|d| d.get_element_by_id(LINK_FIELD_ID))
        .and_then(|f| f.parent_element());
    if let Some(label) = field {
        label.remove();
    }
}

/// Every topic's details as the text of one `<script type="text/html">`: prerendered, but
/// neither parsed into elements nor laid out until the dialog first shows one. The build moves
/// its text out of the page into [`DETAILS_FILE`] (`split_details`), which the browser fetches
/// when idle or at the first opening. Static: none of it is in the wasm.
#[component]
pub fn TopicTemplates() -> impl IntoView {
    let html = details_html(use_store().roadmap);
    view! { <script type="text/html" id=TEMPLATE_ID inner_html=html></script> }
}

/// Every topic's details, each in a `<div data-topic="<id>">`.
fn details_html(roadmap: crate::content::Roadmap) -> String {
    crate::prerendered!(roadmap
        .topics()
        .map(|topic| view! { <div data-topic=topic.id><TopicInfo topic=topic /></div> })
        .collect_view())
}

/// A page rendered in the browser (`crate::static_html`) has no details file to fetch: its
/// topics' details go straight into the `<template>` the dialog and print copy them from.
#[cfg(feature = "browser")]
pub fn put_details(roadmap: crate::content::Roadmap) {
    if let Some(document) = crate::web::document() {
        install_details(&document, &details_html(roadmap));
    }
}

/// Put the topics' details `html` into the page's `<template>`.
fn install_details(document: &web_sys::Document, html: &str) {
    use wasm_bindgen::JsCast;
    let template = document
        .create_element("template")
        .ok()
        .and_then(|t| t.dyn_into::<web_sys::HtmlTemplateElement>().ok());
    if let (Some(template), Some(body)) = (template, document.body()) {
        template.set_inner_html(html);
        template.set_id(TEMPLATE_ID);
        let _ = body.append_child(&template);
    }
}

/// The file the topics' details are served in, beside the page.
pub const DETAILS_FILE: &str = "topic-details.html";

/// Take the topics' details out of the finished page: the page without them, and their HTML
/// (the page's first paint needs none of it, and every byte of the page delays it).
pub fn split_details(page: &str) -> Result<(String, String), String> {
    let open = format!("<script type=\"text/html\" id=\"{TEMPLATE_ID}\">");
    let start = page.find(&open).ok_or("no topic details in the page")?;
    let body = start + open.len();
    let end = body
        + page[body..]
            .find("</script>")
            .ok_or("unterminated topic details")?;
    let details = page[body..end].to_string();
    Ok((
        format!("{}{}", &page[..start], &page[end + "</script>".len()..]),
        details,
    ))
}

/// The `<template>` holding every topic's details, once they are loaded.
fn details_template(document: &web_sys::Document) -> Option<web_sys::HtmlTemplateElement> {
    use wasm_bindgen::JsCast;
    document.get_element_by_id(TEMPLATE_ID)?.dyn_into().ok()
}

/// Fetch the topics' details file into a `<template>` (once), then run `then`.
pub fn load_details(then: impl FnOnce() + 'static) {
    use wasm_bindgen::JsCast;
    let Some(document) = crate::web::document() else {
        return;
    };
    if details_template(&document).is_some() {
        then();
        return;
    }
    leptos::task::spawn_local(async move {
        let Some(window) = web_sys::window() else {
            return;
        };
        let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(DETAILS_FILE))
            .await
            .ok()
            .and_then(|r| r.dyn_into::<web_sys::Response>().ok())
            .filter(web_sys::Response::ok);
        let text = match response.and_then(|r| r.text().ok()) {
            Some(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.ok(),
            None => None,
        };
        let Some(html) = text.and_then(|t| t.as_string()) else {
            crate::web::warn("The topics' details could not be loaded.");
            return;
        };
        // Another call may have finished first.
        if details_template(&document).is_none() {
            install_details(&document, &html);
        }
        then();
    });
}

/// Put topic `id`'s details into the dialog (loading them first if need be).
fn show_info(id: &'static str) {
    load_details(move || put_info(id));
}

fn put_info(id: &str) {
    let Some(document) = crate::web::document() else {
        return;
    };
    let (Some(copy), Some(info)) = (
        topic_details(&document, id),
        document.get_element_by_id(INFO_ID),
    ) else {
        return;
    };
    info.set_inner_html("");
    let _ = info.append_child(&copy);
}

/// A copy of topic `id`'s details (why, estimate, resources), once they are loaded: for the
/// dialog and for print.
pub(super) fn topic_details(document: &web_sys::Document, id: &str) -> Option<web_sys::Node> {
    details_template(document)?
        .content()
        .query_selector(&format!("[data-topic=\"{id}\"]"))
        .ok()??
        .clone_node_with_deep(true)
        .ok()
}

/// A topic's details: what it is, why it matters, time to learn and resources.
#[component]
fn TopicInfo(
    /// The topic.
    topic: &'static crate::content::Topic,
) -> impl IntoView {
    // A roadmap file may leave a topic's why or resources out: no heading without its text.
    let why =
        (!topic.why.is_empty()).then(|| view! { <h4>"Why it matters"</h4> <p>{topic.why}</p> });
    let resources = (!topic.links.is_empty()).then(|| view! {
        <h4>"Resources"</h4>
        <ul class="resources">
            {topic.links.iter().map(|l| view! { <li><a href=l.url rel="noopener">{l.label}</a></li> }).collect_view()}
        </ul>
    });
    view! {
        {why}
        <p class="estimate">
            <strong>"Estimated time to learn: "</strong>
            {crate::plan::schedule::estimate_text(topic, crate::plan::schedule::Pace::default())}
        </p>
        {resources}
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::TEMPLATE_ID;
    use crate::content::ROADMAP;

    #[test]
    fn the_details_move_out_of_the_page_whole() {
        let page = crate::prerender::render::app_html();
        let (rest, details) = super::split_details(&page).unwrap();
        assert!(!rest.contains(TEMPLATE_ID) && rest.len() + details.len() < page.len());
        assert_eq!(details.matches("<div data-topic=").count(), 20);
        assert!(super::split_details(&rest).is_err());
    }

    #[test]
    fn every_topics_details_are_inside_the_one_script_of_html() {
        let page = crate::prerender::render::app_html();
        let open = format!("<script type=\"text/html\" id=\"{TEMPLATE_ID}\">");
        let start = page.find(&open).expect("the details script") + open.len();
        // Nothing inside may end the script early.
        let text = &page[start..start + page[start..].find("</script").unwrap()];
        for topic in ROADMAP.topics() {
            let body = format!("<div data-topic=\"{}\">", topic.id);
            assert_eq!(text.matches(&body).count(), 1, "{body}");
        }
        assert_eq!(text.matches("<h4>Resources</h4>").count(), 20);
    }
}
