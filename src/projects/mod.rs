//! Project idea cards that follow the learner's roadmap progress.

use crate::content::{Project, PROJECTS};
use crate::progress::{ProjectState, TopicState};
use crate::store::use_store;
use leptos::prelude::*;

/// The project ideas part of the page.
#[component]
pub fn Projects() -> impl IntoView {
    let store = use_store();
    let built = move || store.with_shown(|p| p.projects_built());
    view! {
        <section id="projects" class="page-section" aria-labelledby="projects-title">
            <h2 id="projects-title">"Project Ideas"</h2>
            <p class="lead">"Build these to strengthen your portfolio"</p>
            <p class="projects-built">{move || format!("{}/{} projects built", built(), PROJECTS.len())}</p>
            <ul class="project-grid">
                {PROJECTS.iter().map(|p| view! { <ProjectCard project=p /> }).collect_view()}
            </ul>
        </section>
    }
}

/// One project: level, description, tags, readiness and the learner's state.
#[component]
fn ProjectCard(
    /// The project idea.
    project: &'static Project,
) -> impl IntoView {
    let store = use_store();
    let id = project.id;
    let missing = Memo::new(move |_| {
        project
            .needs
            .iter()
            .filter(|t| store.topic_state(t) != TopicState::Completed)
            .copied()
            .collect::<Vec<_>>()
    });
    let state = Memo::new(move |_| store.project_state(id));
    let title_id = format!("project-{id}");
    let labelled_by = title_id.clone();
    view! {
        <li class="card project" aria-labelledby=labelled_by>
            <div class="project-head">
                <h3 id=title_id>{project.title}</h3>
                <span class=format!("level level-{}", project.level.slug())>{project.level.label()}</span>
            </div>
            <p>{project.description}</p>
            <ul class="tags" aria-label="Tech">
                {project.tags.iter().map(|t| view! { <li>{*t}</li> }).collect_view()}
            </ul>
            <p class="small"><strong>"You will learn: "</strong>{project.learn}</p>
            <p class="readiness">
                {move || missing.with(|m| if m.is_empty() {
                    view! { <span class="ready">"✓ Ready to build"</span> }.into_any()
                } else {
                    view! {
                        <span class="not-ready">"Complete first: "</span>
                        {m.iter().enumerate().map(|(i, tid)| {
                            let title = store.roadmap.topic(tid).map(|t| t.title).unwrap_or(tid);
                            view! { {if i > 0 { ", " } else { "" }} <a href=format!("#topic-{tid}")>{title}</a> }
                        }).collect_view()}
                    }.into_any()
                })}
            </p>
            <div class="project-state" role="group" aria-label=format!("{} status", project.title)>
                {[ProjectState::Building, ProjectState::Built].into_iter().map(|s| view! {
                    <button
                        type="button"
                        class="btn btn-small"
                        aria-pressed=move || if state.get() == s { "true" } else { "false" }
                        disabled=move || store.is_preview()
                        on:click=move |_| {
                            let next = if state.get_untracked() == s { ProjectState::NotStarted } else { s };
                            store.set_project(id, next);
                        }
                    >
                        {s.label()}
                    </button>
                }).collect_view()}
            </div>
        </li>
    }
}
