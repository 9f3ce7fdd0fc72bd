//! The topic details dialog: what it is, why it matters, time to learn, resources, and a
//! state picker. A native modal `<dialog>`: Esc closes it, focus stays inside, then returns.

use crate::progress::TopicState;
use crate::store::use_store;
use leptos::html::Dialog;
use leptos::prelude::*;

/// Which topic's details are open, and the dialog element.
#[derive(Clone, Copy)]
pub struct Details {
    open: RwSignal<Option<&'static str>>,
    dialog: NodeRef<Dialog>,
}

impl Details {
    /// Show a topic's details. The modal opens on the next frame, once its content is
    /// rendered, so the browser moves focus to the first control inside it.
    pub fn open(self, id: &'static str) {
        self.open.set(Some(id));
        let dialog = self.dialog;
        request_animation_frame(move || {
            if let Some(d) = dialog.get_untracked() {
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

pub fn provide_details() {
    provide_context(Details {
        open: RwSignal::new(None),
        dialog: NodeRef::new(),
    });
}

pub fn use_details() -> Details {
    expect_context::<Details>()
}

/// The dialog itself; its content follows the open topic.
#[component]
pub fn TopicDialog() -> impl IntoView {
    let details = use_details();
    let store = use_store();
    // When the dialog closes (button, Esc), focus returns to the topic's details button.
    let on_close = move |_| {
        if let Some(id) = details.open.get_untracked() {
            crate::web::focus_id(&format!("details-{id}"));
        }
    };
    view! {
        <dialog node_ref=details.dialog class="topic-dialog" aria-labelledby="dialog-title" on:close=on_close>
            {move || details.open.get().and_then(|id| store.roadmap.topic(id)).map(|topic| {
                let id = topic.id;
                let section = store.roadmap.section_of(id).map(|s| s.title).unwrap_or_default();
                let current = Memo::new(move |_| store.topic_state(id));
                view! {
                    <div class="dialog-body">
                        <div class="dialog-head">
                            <p class="eyebrow">{section}</p>
                            <h3 id="dialog-title">{topic.title}</h3>
                            <button type="button" class="icon-btn" aria-label="Close" on:click=move |_| details.close()>
                                "✕"
                            </button>
                        </div>
                        <p>{topic.summary}</p>
                        <h4>"Why it matters"</h4>
                        <p>{topic.why}</p>
                        <p class="estimate"><strong>"Estimated time to learn: "</strong>{topic.time_to_learn}</p>
                        <h4>"Resources"</h4>
                        <ul class="resources">
                            {topic.links.iter().map(|l| view! {
                                <li><a href=l.url rel="noopener">{l.label}</a></li>
                            }).collect_view()}
                        </ul>
                        <fieldset class="state-picker" disabled=move || store.is_preview()>
                            <legend>"Status"</legend>
                            {TopicState::ALL.into_iter().map(|s| view! {
                                <label class="state-option">
                                    <input
                                        type="radio"
                                        name="topic-state"
                                        prop:checked=move || current.get() == s
                                        on:change=move |_| store.set_topic(id, s)
                                    />
                                    <span class="state-icon" data-state=s.slug() aria-hidden="true"></span>
                                    {s.label()}
                                </label>
                            }).collect_view()}
                        </fieldset>
                        <div class="dialog-actions">
                            <button type="button" class="btn" on:click=move |_| details.close()>"Done"</button>
                        </div>
                    </div>
                }
            })}
        </dialog>
    }
}
