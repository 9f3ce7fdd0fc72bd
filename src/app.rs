//! The page: header, the article sections in order, footer.

use crate::content::ROADMAP;
use crate::embed::{provide_embed, Embed, EmbedPanel};
use crate::notices::{provide_notices, NoticeArea, Notices};
use crate::page::{About, Architecture, CallToAction, CareerPath, Faq, Hero, Mistakes};
use crate::projects::Projects;
use crate::roadmap::RoadmapSection;
use crate::salaries::Salaries;
use crate::store::{provide_store, Store};
use crate::theme::ThemeToggle;
use leptos::prelude::*;

/// The state every part of the page shares: notices, embed options and progress.
#[derive(Clone, Copy)]
pub struct AppState {
    notices: Notices,
    embed: Embed,
    store: Store,
}

/// Provide the shared state with its defaults, which are what the page is prerendered with.
pub fn provide_app_state() -> AppState {
    let notices = provide_notices();
    let embed = provide_embed();
    let store = provide_store(ROADMAP);
    AppState {
        notices,
        embed,
        store,
    }
}

impl AppState {
    /// Apply the browser's state: embed options from the URL, then saved progress. Runs once
    /// the page is hydrated, so hydration finds exactly the prerendered markup.
    /// Everything the learner needs starts first; offline support last, so that a browser
    /// API that is missing or throws there (a sandboxed frame) cannot hold anything else up.
    pub fn start(self) {
        self.embed.start();
        self.store.start();
        // Offline support for visitors; an embedding site's page stays the host's business.
        if !self.embed.is_embedded() {
            let notices = self.notices;
            crate::web::sw::register(move || notices.update_ready());
        }
    }
}

/// The whole page, as the prerenderer renders it at build time. The browser hydrates its
/// interactive parts one task at a time (`crate::hydrate`) and then calls `AppState::start`.
#[component]
pub fn App() -> impl IntoView {
    provide_app_state();
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <SiteHeader />
        <NoticeArea />
        <main id="main" tabindex="-1">
            <Hero />
            <About />
            <RoadmapSection />
            <CareerPath />
            <Salaries />
            <Projects />
            <Architecture />
            <Mistakes />
            <Faq />
            <CallToAction />
            <EmbedPanel />
        </main>
        <SiteFooter />
    }
}

/// Site chrome: brand and section links.
#[component]
fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="brand" href="#hero">"Backend Roadmap 2026"</a>
            <nav aria-label="Sections">
                <ul>
                    <li><a href="#roadmap">"Roadmap"</a></li>
                    <li><a href="#salaries">"Salaries"</a></li>
                    <li><a href="#projects">"Projects"</a></li>
                    <li><a href="#faq">"FAQ"</a></li>
                </ul>
            </nav>
            <ThemeToggle />
        </header>
    }
}

/// Sources and privacy.
#[component]
fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer" inner_html=crate::prerendered!(view! {
            <p>"Backend Developer Roadmap 2026. Your progress stays in this browser: no account, no tracking."</p>
            <p class="small">"Salary figures: 2026 market surveys as published with this roadmap."</p>
        })></footer>
    }
}
