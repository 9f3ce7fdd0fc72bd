//! The career path, tied to the roadmap sections each level covers.

use crate::content::{CareerLevel, CAREER_PATH, JOB_ROLES, ROADMAP};
use crate::store::use_store;
use crate::widgets::ProgressBar;
use leptos::prelude::*;

/// Beginner, intermediate and advanced, with how far the learner is in each.
#[component]
pub fn CareerPath() -> impl IntoView {
    let store = use_store();
    view! {
        <section id="career" data-part="career" class="page-section" aria-labelledby="career-title">
            <h2 id="career-title">"Backend Developer Career Path"</h2>
            <ol class="career">
                {CAREER_PATH.iter().map(|level| {
                    let counts = Memo::new(move |_| {
                        store.with_shown(|p| p.counts(level.sections.iter().filter_map(|id| store.roadmap.section(id)).flat_map(|s| s.topics)))
                    });
                    view! {
                        <li class="card career-level">
                            <div inner_html=crate::prerendered!(view! { <LevelText level=level /> })></div>
                            <ProgressBar label=format!("{} level progress", level.title) counts=counts />
                            <p class="small">{move || format!("{}/{} topics completed", counts.get().completed, counts.get().total)}</p>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <p class="prose" inner_html=crate::prerendered!(view! {
                "Roles you can apply for: " {JOB_ROLES.join(", ")}
                ". This field offers high salaries in the USA and worldwide, and long-term career growth."
            })></p>
        </section>
    }
}

/// A level's goals and the roadmap sections it covers (static, prerendered).
#[component]
fn LevelText(
    /// The career level.
    level: &'static CareerLevel,
) -> impl IntoView {
    view! {
        <h3>{level.title}</h3>
        <ul class="check-list">
            {level.goals.iter().map(|g| view! { <li>{*g}</li> }).collect_view()}
        </ul>
        <p class="covers">
            "Roadmap sections: "
            {level.sections.iter().filter_map(|id| ROADMAP.section(id)).enumerate().map(|(i, s)| view! {
                {if i > 0 { ", " } else { "" }}
                <a href=format!("#section-{}", s.id)>{s.title}</a>
            }).collect_view()}
        </p>
    }
}
