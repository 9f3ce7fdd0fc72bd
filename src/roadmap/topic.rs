//! One topic: a toggle button (its name is the topic's name) and a details button.

use super::details::use_details;
use crate::content::Topic;
use crate::progress::TopicState;
use crate::store::use_store;
use leptos::prelude::*;

/// A topic of the roadmap.
#[component]
pub fn TopicItem(
    /// The topic to show.
    topic: &'static Topic,
) -> impl IntoView {
    let store = use_store();
    let details = use_details();
    let id = topic.id;
    let state = Memo::new(move |_| store.topic_state(id));
    let state_id = super::links::state_id(id);
    view! {
        <li class="topic" data-state=move || state.get().slug()>
            <button
                type="button"
                class="topic-toggle"
                id=super::links::toggle_id(id)
                aria-pressed=move || crate::widgets::aria_bool(state.get() == TopicState::Completed)
                aria-describedby=state_id.clone()
                disabled=move || store.is_preview()
                on:click=move |_| store.toggle(id)
            >
                // The state icon is the button's ::before (one element less per topic).
                {topic.title}
            </button>
            <span class="topic-state" id=state_id>{move || state.get().label()}</span>
            <p class="topic-summary" inner_html=crate::prerendered!(topic.summary)></p>
            <button
                type="button"
                class="topic-more"
                id=super::links::details_id(id)
                aria-haspopup="dialog"
                aria-label=format!("Details: {}", topic.title)
                on:click=move |_| details.open(id)
            >
                "Details"
            </button>
        </li>
    }
}
