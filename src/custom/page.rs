//! A roadmap file's page: its title, the roadmap, its projects and FAQ when it has them, and the
//! call to action. The views wasm mounts it for `?roadmap=NAME` (`view.rs`); a site built from
//! another file (`ROADMAP_FILE`) is this page, prerendered (`crate::app::App`).

use super::facts;
use crate::content::{page_address, with_param, Roadmap, ROADMAP_TITLE};
use crate::embed::EmbedPanel;
use crate::notices::NoticeArea;
use crate::page::{CallToAction, Faq};
use crate::projects::Projects;
use crate::roadmap::{RoadmapSection, TopicDialog};
use crate::theme::ThemeToggle;
use leptos::prelude::*;

/// A roadmap file's page: its title, the roadmap, and its projects and FAQ when it has them.
/// The parts keep the built-in page's ids, so `sections=` and the jump links work the same.
#[component]
pub fn CustomPage(
    /// The roadmap file.
    roadmap: Roadmap,
) -> impl IntoView {
    let has_projects = !roadmap.projects.is_empty();
    let has_faq = !roadmap.faq.is_empty();
    let cohort = with_param(&page_address("./", roadmap.id), "view=cohort");
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="site-header">
            <a class="brand" href="#hero">{roadmap.title}</a>
            <nav aria-label="Sections">
                <ul>
                    <li><a href="#roadmap">"Roadmap"</a></li>
                    {has_projects.then(|| view! { <li><a href="#projects">"Projects"</a></li> })}
                    {has_faq.then(|| view! { <li><a href="#faq">"FAQ"</a></li> })}
                </ul>
            </nav>
            <ThemeToggle />
        </header>
        <NoticeArea />
        <main id="main" tabindex="-1">
            <section id="hero" class="page-section hero" aria-labelledby="hero-title">
                <h1 id="hero-title">{roadmap.title}</h1>
                <p class="lead">{facts(roadmap)}" Mark what you have learned: your progress stays in this browser."</p>
            </section>
            <RoadmapSection />
            <TopicDialog />
            {has_projects.then(|| view! { <Projects /> })}
            {has_faq.then(|| view! { <Faq items=roadmap.faq /> })}
            <CallToAction />
            <EmbedPanel />
        </main>
        <footer class="site-footer">
            <p>{roadmap.title}". Your progress stays in this browser: no account, no tracking."</p>
            <p class="small">
                <a href=cohort>"Cohort view for instructors"</a>
                // A file shown on another roadmap's site links back to that site's roadmap; a
                // site built from this file (`ROADMAP_FILE`) names no other.
                {(!roadmap.is_built_in()).then(|| view! { " · " <a href="./">{ROADMAP_TITLE}</a> })}
            </p>
        </footer>
    }
}
