//! The page: header, the article sections in order, footer.

use crate::content::ROADMAP;
use crate::embedding::{provide_embed, EmbedPanel};
use crate::notices::{provide_notices, NoticeArea};
use crate::page::{About, Architecture, CallToAction, CareerPath, Faq, Hero, Mistakes};
use crate::projects::Projects;
use crate::roadmap::RoadmapSection;
use crate::salaries::Salaries;
use crate::store::provide_store;
use crate::theme::ThemeToggle;
use leptos::prelude::*;

/// The whole app. Rendered natively at build time and hydrated in the browser, so it must
/// render the same markup in both: browser state is applied after hydration.
#[component]
pub fn App() -> impl IntoView {
    let notices = provide_notices();
    provide_embed(move |options| {
        // Offline support for visitors; an embedding site's page stays the host's business.
        if !options.embed {
            crate::web::sw::register(move || notices.update_ready());
        }
    });
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
