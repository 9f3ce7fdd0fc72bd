//! Project idea cards that follow the learner's roadmap progress, with level and tag filters
//! kept in the URL.

pub mod filter;

use crate::content::{Level, Project};
use crate::progress::ProjectState;
use crate::store::use_store;
use filter::{all_tags, missing_topics, Filter};
use leptos::prelude::*;

/// The project ideas part of the page.
#[component]
pub fn Projects() -> impl IntoView {
    let store = use_store();
    let projects = store.roadmap.projects;
    let filter = RwSignal::new(Filter::default());
    // After hydration: take the filter from the URL (the prerendered page shows every project).
    Effect::new(move |_| {
        let level = crate::web::query_param("level");
        let tag = crate::web::query_param("tag");
        filter.set(Filter::from_params(
            level.as_deref(),
            tag.as_deref(),
            projects,
        ));
    });
    let update = move |f: &dyn Fn(&mut Filter)| {
        filter.update(|x| f(x));
        let (level, tag) = filter.with_untracked(Filter::to_params);
        crate::web::set_query_params(&[("level", level.as_deref()), ("tag", tag.as_deref())]);
    };
    let shown =
        Memo::new(move |_| filter.with(|f| projects.iter().filter(|p| f.matches(p)).count()));
    let built = move || store.with_shown(|p| p.projects_built());
    view! {
        <section id="projects" data-part="projects" class="page-section" aria-labelledby="projects-title">
            <h2 id="projects-title">"Project Ideas"</h2>
            <p class="lead">"Build these to strengthen your portfolio"</p>
            <p class="projects-built">{move || format!("{}/{} projects built", built(), projects.len())}</p>
            <div class="filters" role="group" aria-label="Filter projects">
                <div class="filter-row" role="group" aria-label="Level">
                    <span class="filter-label" aria-hidden="true">"Level:"</span>
                    {Level::ALL.into_iter().map(|l| view! {
                        <button type="button" class="chip" aria-pressed=move || crate::widgets::aria_bool(filter.with(|f| f.levels.contains(&l)))
                            on:click=move |_| update(&|f| f.toggle_level(l))>{l.label()}</button>
                    }).collect_view()}
                </div>
                <details class="tech-filter">
                    <summary>
                        <span class="filter-label">"Tech: "</span>
                        {move || filter.with(|f| if f.tags.is_empty() { "any".to_string() } else { f.tags.join(", ") })}
                    </summary>
                    <div class="filter-row" role="group" aria-label="Tech">
                        {all_tags(projects).into_iter().map(|t| view! {
                            <button type="button" class="chip" aria-pressed=move || crate::widgets::aria_bool(filter.with(|f| f.tags.contains(&t)))
                                on:click=move |_| update(&|f| f.toggle_tag(t))>{t}</button>
                        }).collect_view()}
                    </div>
                </details>
                <p class="filter-result" aria-live="polite">
                    {move || (!filter.with(Filter::is_empty)).then(|| format!("{} of {} projects shown.", shown.get(), projects.len()))}
                    <button type="button" class="btn btn-small btn-quiet" hidden=move || filter.with(Filter::is_empty)
                        on:click=move |_| update(&|f| *f = Filter::default())>"Clear filters"</button>
                </p>
            </div>
            <p class="empty-result" hidden=move || { shown.get() > 0 }>"No project matches these filters. Clear a filter to see more."</p>
            <ul class="project-grid">
                {projects.iter().map(|p| view! { <ProjectCard project=p filter=filter /> }).collect_view()}
            </ul>
        </section>
    }
}

/// One project: level, description, tags, readiness and the learner's state.
#[component]
fn ProjectCard(
    /// The project idea.
    project: &'static Project,
    /// The current filter (the card hides when it does not match).
    filter: RwSignal<Filter>,
) -> impl IntoView {
    let store = use_store();
    let id = project.id;
    let missing = Memo::new(move |_| store.with_shown(|p| missing_topics(project, p)));
    let state = Memo::new(move |_| store.project_state(id));
    view! {
        <li class="card project" aria-labelledby=crate::roadmap::links::project_id(id) hidden=move || !filter.with(|f| f.matches(project))>
            <div class="project-info" inner_html=crate::prerendered!(view! {
                <div class="project-head">
                    <h3 id=crate::roadmap::links::project_id(project.id)>{project.title}</h3>
                    <span class=format!("level level-{}", project.level.slug())>{project.level.label()}</span>
                </div>
                <p>{project.description}</p>
                <ul class="tags" aria-label="Tech">
                    {project.tags.iter().map(|t| view! { <li>{*t}</li> }).collect_view()}
                </ul>
                // A roadmap file may leave `learn` out: no label without its text.
                {(!project.learn.is_empty()).then(|| view! { <p class="small"><strong>"You will learn: "</strong>{project.learn}</p> })}
            })></div>
            // Every needed topic is in the markup; completed ones are hidden, so readiness
            // updates by toggling attributes (no list is rebuilt).
            <p class="readiness">
                <span class="ready" hidden=move || !missing.with(Vec::is_empty)>"✓ Ready to build"</span>
                <span class="not-ready" hidden=move || missing.with(Vec::is_empty)>"Complete first: "</span>
                <span class="missing">
                    {project.needs.iter().map(|tid| {
                        let title = store.roadmap.topic(tid).map(|t| t.title).unwrap_or(tid);
                        view! { <a href=format!("#topic-{tid}") hidden=move || !missing.with(|m| m.contains(tid))>{title}</a> }
                    }).collect_view()}
                </span>
            </p>
            <div class="project-state" role="group" aria-label=format!("{} status", project.title)>
                {[ProjectState::Building, ProjectState::Built].into_iter().map(|s| view! {
                    <button
                        type="button"
                        class="btn btn-small"
                        aria-pressed=move || crate::widgets::aria_bool(state.get() == s)
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
