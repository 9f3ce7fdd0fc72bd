//! The page: header, the article sections in order, footer.

use crate::content::{ROADMAP, SITE_TITLE};
use crate::notices::{provide_notices, NoticeArea};
use crate::page::{About, Architecture, CallToAction, CareerPath, Faq, Hero, Mistakes};
use crate::projects::Projects;
use crate::roadmap::RoadmapSection;
use crate::salaries::Salaries;
use crate::store::provide_store;
use leptos::prelude::*;

/// The whole app. Rendered natively at build time and hydrated in the browser, so it must
/// render the same markup in both: browser state is applied after hydration.
#[component]
pub fn App() -> impl IntoView {
    provide_notices();
    provide_store(ROADMAP);
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
        </main>
        <SiteFooter />
    }
}

/// Site chrome: brand and section links.
#[component]
fn SiteHeader() -> impl IntoView {
    view! {
        <div class="site-header">
            <a class="brand" href="#top">{SITE_TITLE}</a>
            <nav aria-label="Sections">
                <ul>
                    <li><a href="#roadmap">"Roadmap"</a></li>
                    <li><a href="#salaries">"Salaries"</a></li>
                    <li><a href="#projects">"Projects"</a></li>
                    <li><a href="#faq">"FAQ"</a></li>
                </ul>
            </nav>
        </div>
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
