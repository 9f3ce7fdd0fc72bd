//! The page: header, the article sections in order, footer.

use crate::content::{Roadmap, ROADMAP};
use crate::embed::{provide_embed, Embed, EmbedPanel};
use crate::notices::{provide_notices, NoticeArea, Notices};
use crate::page::{About, Architecture, CallToAction, CareerPath, Faq, Hero, Mistakes};
#[cfg(feature = "hydrate")]
use crate::plan::PlanCard;
use crate::projects::Projects;
#[cfg(feature = "hydrate")]
use crate::roadmap::{Badges, ProgressCard};
use crate::roadmap::{RoadmapSection, TopicDialog, TopicTemplates};
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
    details: crate::roadmap::Details,
    plan: crate::plan::Plan,
}

/// Provide the shared state with its defaults, which are what the page is prerendered with.
pub fn provide_app_state() -> AppState {
    provide_state(ROADMAP)
}

/// Provide the shared state of a page showing `roadmap`.
pub fn provide_state(roadmap: Roadmap) -> AppState {
    let notices = provide_notices();
    let embed = provide_embed();
    let store = provide_store(roadmap);
    // The topic dialog's state: the roadmap's head and each of its sections use it, and they
    // are hydrated as separate tasks under this owner.
    let details = crate::roadmap::provide_details();
    let plan = crate::plan::provide_plan(store);
    AppState {
        notices,
        embed,
        store,
        details,
        plan,
    }
}

/// The steps of [`AppState::start`], in order; the hydrated page runs each in a task of its
/// own (each redraws part of the page).
pub const START_STEPS: [fn(AppState); 2] = [AppState::start_view, AppState::start_saved];

impl AppState {
    pub fn store(self) -> Store {
        self.store
    }

    /// Provide this state again, under another owner (a view mounted on its own).
    pub fn provide(self) {
        provide_context(self.notices);
        provide_context(self.embed);
        provide_context(self.store);
        provide_context(self.details);
        provide_context(self.plan);
    }

    /// Apply the browser's state: embed options from the URL, today and the plan's settings,
    /// then saved progress. Runs once the page is hydrated, so hydration finds exactly the
    /// prerendered markup.
    pub fn start(self) {
        for step in START_STEPS {
            step(self);
        }
    }

    /// The first step: embed options from the URL, today and the plan's settings.
    fn start_view(self) {
        self.embed.start();
        self.plan.start();
    }

    /// The last step: saved progress (which marks the page ready), a topic link in the address,
    /// then offline support, last so that a browser API that is missing or throws there (a
    /// sandboxed frame) cannot hold anything else up.
    fn start_saved(self) {
        self.store.start();
        #[cfg(feature = "browser")]
        crate::roadmap::links::start();
        // Offline support for visitors; an embedding site's page stays the host's business.
        if !self.embed.is_embedded() {
            let notices = self.notices;
            crate::web::sw::register(move || notices.update_ready());
        }
    }
}

/// The page's interactive parts, in one table: the `data-part` name on each part's root element,
/// and the component that renders it. The browser hydrates exactly these, one task each, in
/// this order (`crate::hydrate`); the rest of the page is static HTML that ships no code.
///
/// To make a new part interactive: give its component's root element `data-part="name"`, add
/// `"name" => Component` here, and run `cargo test`, which checks that the page renders every
/// part exactly once and that no component with event handlers is outside every part.
macro_rules! parts {
    ($($name:literal => $component:ident),* $(,)?) => {
        /// Every part's `data-part` name, in page order.
        pub const PARTS: &[&str] = &[$($name),*];

        /// Hydrate the part named `name` from its root element; false for an unknown name.
        #[cfg(feature = "hydrate")]
        pub fn hydrate_part(name: &str, root: &web_sys::Element) -> bool {
            match name {
                $($name => crate::hydrate::hydrate_component(root, $component),)*
                _ => return false,
            }
            true
        }
    };
}

parts! {
    "theme" => ThemeToggle,
    "notices" => NoticeArea,
    "hero" => Hero,
    "roadmap" => RoadmapSection,
    "progress" => ProgressCard,
    "plan" => PlanCard,
    "badges" => Badges,
    "topic-dialog" => TopicDialog,
    "career" => CareerPath,
    "projects" => Projects,
    "cta" => CallToAction,
    "embed-panel" => EmbedPanel,
}

/// The whole page, as the prerenderer renders it at build time. The browser hydrates its
/// interactive parts one task at a time (`crate::hydrate`) and then calls `AppState::start`.
#[component]
pub fn App() -> impl IntoView {
    provide_app_state();
    // A site built from another roadmap file (`ROADMAP_FILE`) is that file's page.
    if !crate::content::IS_BACKEND {
        return leptos::either::Either::Left(view! {
            <crate::custom::page::CustomPage roadmap=ROADMAP />
            <TopicTemplates />
        });
    }
    leptos::either::Either::Right(view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <SiteHeader />
        <NoticeArea />
        <main id="main" tabindex="-1">
            <Hero />
            <About />
            <RoadmapSection />
            <TopicDialog />
            <CareerPath />
            <Salaries />
            <Projects />
            <Architecture />
            <Mistakes />
            <Faq items=crate::content::FAQ />
            <CallToAction />
            <EmbedPanel />
        </main>
        <TopicTemplates />
        <SiteFooter />
    })
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
        <footer class="site-footer">
            <p>"Backend Developer Roadmap 2026. Your progress stays in this browser: no account, no tracking."</p>
            <p class="small">"Salary figures: 2026 market surveys as published with this roadmap."</p>
        </footer>
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::PARTS;
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::Path;

    #[test]
    fn a_roadmap_files_page_renders_its_parts_once_in_order() {
        use leptos::prelude::*;
        let example = include_str!("../roadmaps/web-foundations.json");
        let roadmap = crate::custom::read("web-foundations", example).unwrap();
        let html = crate::prerender::render::render(move || {
            super::provide_state(roadmap);
            view! { <crate::custom::page::CustomPage roadmap /> }
        });
        // The parts it has are the table's (hydration walks the table and skips the parts
        // a page does not have), each once, in the table's order.
        let mut at = Vec::new();
        for name in PARTS {
            let attribute = format!("data-part=\"{name}\"");
            match html.matches(&attribute).count() {
                0 => {}
                1 => at.push(html.find(&attribute).unwrap_or(0)),
                _ => panic!("{attribute} twice"),
            }
        }
        assert!(at.windows(2).all(|w| w[0] < w[1]), "in the table's order");
        assert_eq!(html.matches("data-part=").count(), at.len());
        assert!(at.len() >= 9, "{at:?}");
        assert!(html.contains("Keep Going") && !html.contains("Backend Journey"));
    }

    #[test]
    fn the_page_renders_every_part_once_in_the_tables_order() {
        let html = crate::prerender::render::app_html();
        let mut at = Vec::new();
        for name in PARTS {
            let attribute = format!("data-part=\"{name}\"");
            assert_eq!(html.matches(&attribute).count(), 1, "{attribute}");
            at.push(html.find(&attribute).unwrap_or(0));
        }
        assert!(at.windows(2).all(|w| w[0] < w[1]), "PARTS is in page order");
        assert_eq!(
            html.matches("data-part=").count(),
            PARTS.len(),
            "every data-part in the page is in the table"
        );
    }

    /// Each `#[component]` in `src/`: its name, whether it has event handlers (`on:…`), and the
    /// components it renders (`<Name`).
    fn components() -> BTreeMap<String, (bool, String)> {
        let mut found = BTreeMap::new();
        for source in &sources() {
            for chunk in source.split("#[component]").skip(1) {
                let Some(name) = chunk.split("fn ").nth(1).and_then(|s| s.split('(').next()) else {
                    continue;
                };
                let handlers = chunk
                    .match_indices("on:")
                    .any(|(i, _)| chunk[..i].ends_with(char::is_whitespace));
                found.insert(name.trim().to_string(), (handlers, chunk.to_string()));
            }
        }
        found
    }

    /// Every Rust source file in `src/` but the binaries.
    fn sources() -> Vec<String> {
        fn walk(dir: &Path, out: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() && !path.ends_with("bin") {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    out.push(std::fs::read_to_string(&path).unwrap());
                }
            }
        }
        let mut sources = Vec::new();
        walk(
            Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")),
            &mut sources,
        );
        sources
    }

    #[test]
    fn every_component_with_event_handlers_is_inside_a_part() {
        let components = components();
        assert!(
            components.len() > 20,
            "components found: {}",
            components.len()
        );
        let app = include_str!("app.rs");
        let table = app.split("parts! {").nth(1).unwrap_or_default();
        let table = table.split('}').next().unwrap_or_default();
        let mut live: BTreeSet<String> = table
            .lines()
            .filter_map(|l| l.split("=>").nth(1))
            .map(|c| c.trim().trim_end_matches(',').to_string())
            .collect();
        assert_eq!(live.len(), PARTS.len(), "{table}");
        // A view the views wasm mounts is live too: a component named in a file that mounts
        // views (`leptos::mount::`), before the file's own components.
        live.extend(sources().iter().flat_map(|source| {
            let mounting = source.split("#[component]").next().unwrap_or_default();
            let names = mounting
                .split("view! { <")
                .skip(1)
                .filter_map(|rest| rest.split([' ', '/', '>']).next().map(str::to_string));
            match source.contains("leptos::mount::") {
                true => names.collect::<Vec<_>>(),
                false => Vec::new(),
            }
        }));
        // Everything a part renders is live too.
        loop {
            let more: Vec<String> = components
                .iter()
                .filter(|(name, _)| !live.contains(*name))
                .filter(|(name, _)| {
                    live.iter().any(|part| {
                        components.get(part).is_some_and(|(_, body)| {
                            body.match_indices(&format!("<{name}")).any(|(i, _)| {
                                !body[i + name.len() + 1..].starts_with(char::is_alphanumeric)
                            })
                        })
                    })
                })
                .map(|(name, _)| name.clone())
                .collect();
            if more.is_empty() {
                break;
            }
            live.extend(more);
        }
        for (name, (handlers, _)) in &components {
            assert!(
                !handlers || live.contains(name),
                "{name} has event handlers, but no part in app::PARTS renders it: they would never run"
            );
        }
    }
}
