//! Links to a topic: `…/#topic-<id>` opens the page at that topic with its details open, and
//! the browser's Back closes a dialog that a link opened. The dialog's "Copy link" writes the
//! same form. An id the roadmap does not know is ignored.

use crate::content::{Roadmap, Topic};

/// The prefix of a topic's toggle button's id; a link to the topic names that id (and the head
/// script that queues early taps reads the topic from it).
pub const ID_PREFIX: &str = "topic-";

/// The id of topic `id`'s toggle button (`topic-<id>`), which a link to the topic targets.
pub fn toggle_id(id: &str) -> String {
    format!("{ID_PREFIX}{id}")
}

/// The id of the element that says topic `id`'s state (`state-<id>`), which its toggle button
/// is described by.
pub fn state_id(id: &str) -> String {
    format!("{STATE_PREFIX}{id}")
}

/// The prefix of the id of the element that says a topic's state.
pub const STATE_PREFIX: &str = "state-";

/// The prefixes of the ids made from a roadmap's own ids: a topic's toggle, state and details
/// button, a section's heading, a project's heading. A topic id is lower-case letters, digits
/// and hyphens, and no prefix starts another, so no two of these can be equal; the ids the app
/// gives its own elements start with none of them (a test walks the page), so a roadmap file
/// whose topic is called `note` or `details` cannot take an element of the app's.
pub const DERIVED_PREFIXES: [&str; 5] = [
    ID_PREFIX,
    STATE_PREFIX,
    DETAILS_PREFIX,
    SECTION_PREFIX,
    PROJECT_PREFIX,
];

/// The id of topic `id`'s details button (`details-<id>`).
pub fn details_id(id: &str) -> String {
    format!("{DETAILS_PREFIX}{id}")
}

/// The id of section `id`'s heading (`section-<id>`), which "Start the roadmap" leads to.
pub fn section_id(id: &str) -> String {
    format!("{SECTION_PREFIX}{id}")
}

/// The prefix of the id of a section's heading.
pub const SECTION_PREFIX: &str = "section-";

/// The id of project `id`'s heading (`project-<id>`), which its card is labelled by.
pub fn project_id(id: &str) -> String {
    format!("{PROJECT_PREFIX}{id}")
}

/// The prefix of the id of a project's heading.
pub const PROJECT_PREFIX: &str = "project-";

/// The prefix of the id of a topic's details button.
pub const DETAILS_PREFIX: &str = "details-";

/// Bring topic `id` to the learner: focus its toggle button (which scrolls it on screen, and
/// Space then marks it).
pub fn focus_topic(id: &str) {
    crate::web::focus_id(&toggle_id(id));
}

/// The topic whose toggle button has the element id `element_id`.
pub fn topic_of_toggle(element_id: &str, roadmap: Roadmap) -> Option<&'static Topic> {
    roadmap.topic(element_id.strip_prefix(ID_PREFIX)?)
}

/// The topic a location hash names, if it is one of `roadmap`'s.
pub fn topic_from_hash(hash: &str, roadmap: Roadmap) -> Option<&'static Topic> {
    topic_of_toggle(hash.strip_prefix('#')?, roadmap)
}

/// The link to topic `id` on the page at `page` (its address without query or fragment).
pub fn topic_link(page: &str, id: &str) -> String {
    format!("{page}#{}", toggle_id(id))
}

/// Open the topic the address names, and follow the address as the learner moves through
/// history (after hydration).
#[cfg(feature = "browser")]
pub fn start() {
    use super::details::use_details;
    use crate::store::use_store;
    use wasm_bindgen::prelude::*;

    let Some(window) = web_sys::window() else {
        return;
    };
    let roadmap = use_store().roadmap;
    let details = use_details();
    let location = window.location();
    let hash = location.hash().unwrap_or_default();
    if let Some(topic) = topic_from_hash(&hash, roadmap) {
        // Give Back a place to return to in this page: the address without the topic first.
        if let (Ok(history), Ok(href)) = (window.history(), location.href()) {
            let page = href.split('#').next().unwrap_or_default();
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(page));
            let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&hash));
        }
        details.open_from_link(topic.id);
    }
    let on_hash = Closure::<dyn Fn()>::new(move || {
        let hash = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        match topic_from_hash(&hash, roadmap) {
            Some(topic) if details.showing() != Some(topic.id) => details.open_from_link(topic.id),
            Some(_) => {}
            None => details.close_for_link(),
        }
    });
    let _ = window.add_event_listener_with_callback("hashchange", on_hash.as_ref().unchecked_ref());
    // The page lives as long as the tab.
    on_hash.forget();
    // The topics' details are a file of their own: fetch it now the page is ready, so the
    // first dialog opens with them.
    super::details::load_details(|| {});
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::ROADMAP;

    #[test]
    fn a_hash_names_a_known_topic_or_nothing() {
        assert_eq!(
            topic_from_hash("#topic-docker", ROADMAP).map(|t| t.id),
            Some("docker")
        );
        for other in [
            "",
            "#",
            "#topic-",
            "#topic-nope",
            "#topic-docker2",
            "#details-docker",
            "topic-docker",
            "#topic-<script>",
        ] {
            assert!(topic_from_hash(other, ROADMAP).is_none(), "{other}");
        }
        assert_eq!(
            topic_link("https://example.org/roadmap/", "sql"),
            "https://example.org/roadmap/#topic-sql"
        );
        // Every topic's link leads back to it.
        for t in ROADMAP.topics() {
            let link = topic_link("https://x/", t.id);
            let hash = &link[link.find('#').unwrap()..];
            assert_eq!(topic_from_hash(hash, ROADMAP).map(|t| t.id), Some(t.id));
        }
    }
}
