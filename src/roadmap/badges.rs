//! Milestone badges: all five, locked or unlocked, and a live announcement on unlock.

use crate::store::use_store;
use leptos::prelude::*;

/// The badges area. Prerendered inside the roadmap and hydrated as a part of its own
/// (`app::PARTS`).
#[component]
pub fn Badges() -> impl IntoView {
    let store = use_store();
    let unlocked = Memo::new(move |_| store.with_shown(|p| p.unlocked_milestones(store.roadmap)));
    view! {
        // A roadmap without milestones has no badges: no empty heading.
        <div class="badges" data-part="badges" role="group" aria-labelledby="badges-title" hidden=store.roadmap.milestones().next().is_none()>
            <h3 id="badges-title">"Milestone badges"</h3>
            <ul class="badge-list">
                {store.roadmap.milestones().map(|(section, m)| {
                    let on = move || unlocked.with(|u| u.contains(&m.id));
                    view! {
                        <li class="badge" class:unlocked=on class:celebrate=move || store.celebrated() == Some(m.id) && on()>
                            <span class="badge-medal" aria-hidden="true">{move || if on() { "★" } else { "☆" }}</span>
                            <span class="badge-text">
                                <strong>{m.message}</strong>
                                <span class="badge-state">
                                    {move || if on() { "Unlocked".to_string() } else {
                                        match m.scope {
                                            crate::content::MilestoneScope::Section => format!("Locked: complete or skip every topic of {}", section.title),
                                            crate::content::MilestoneScope::WholeRoadmap => "Locked: complete or skip every topic".to_string(),
                                        }
                                    }}
                                </span>
                            </span>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>
    }
}

/// Announces a badge unlocked by the learner's own click to screen readers.
#[component]
pub fn BadgeAnnouncer() -> impl IntoView {
    let store = use_store();
    let text = move || {
        store
            .celebrated()
            .and_then(|id| store.roadmap.milestones().find(|(_, m)| m.id == id))
            .filter(|(s, _)| store.with_shown(|p| p.milestone_unlocked(store.roadmap, s)))
            .map(|(_, m)| format!("Badge unlocked: {}", m.message))
            .unwrap_or_default()
    };
    view! { <p class="visually-hidden" aria-live="polite">{text}</p> }
}
