//! The real-world backend architecture from the seed as an SVG diagram with a text alternative.
//! The diagram is built after the first paint (`Lazy`); the list beside it says the same.

use crate::content::{ArchNode, ARCHITECTURE, ARCHITECTURE_NOTE, ROADMAP};
use crate::widgets::{ArticleSection, Lazy};
use leptos::prelude::*;

/// Client, load balancer, API, server, cache and database; each box links to its topic.
#[component]
pub fn Architecture() -> impl IntoView {
    // Layout: a column of four boxes, then cache and database side by side.
    let boxes: [(&ArchNode, i32, i32); 6] = [
        (&ARCHITECTURE[0], 120, 10),
        (&ARCHITECTURE[1], 120, 90),
        (&ARCHITECTURE[2], 120, 170),
        (&ARCHITECTURE[3], 120, 250),
        (&ARCHITECTURE[4], 20, 350),
        (&ARCHITECTURE[5], 220, 350),
    ];
    let topic_title = |id: &str| ROADMAP.topic(id).map(|t| t.title).unwrap_or_default();
    view! {
        <ArticleSection id="architecture" title="Real-World Backend Architecture">
            <p class="prose">"A typical backend system: Client, API, Server and Database, with a load balancer for traffic and a cache for performance."</p>
            <div class="arch">
                <Lazy>
                <svg class="arch-diagram" viewBox="0 0 400 420" role="group" aria-labelledby="arch-svg-title">
                    <title id="arch-svg-title">
                        "Diagram: the client calls a load balancer, which spreads requests over the API and server; the server reads a cache and a database."
                    </title>
                    <path class="arch-lines" aria-hidden="true" d="M200 60V90M200 140V170M200 220V250M200 300L100 350M200 300L300 350" />
                    {boxes.into_iter().map(|(n, x, y)| view! {
                        <a href=format!("#topic-{}", n.topic) class="arch-node">
                            <title>{format!("{}: {}. Learn it in {}", n.label, n.role, topic_title(n.topic))}</title>
                            <rect x=x y=y width="160" height="50" rx="10" />
                            <text x=x + 80 y=y + 31 text-anchor="middle">{n.label}</text>
                        </a>
                    }).collect_view()}
                </svg>
                </Lazy>
                <ol class="arch-list">
                    {ARCHITECTURE.iter().map(|n| view! {
                        <li>
                            <strong>{n.label}</strong>": "{n.role}". "
                            <a href=format!("#topic-{}", n.topic)>{format!("Topic: {}", topic_title(n.topic))}</a>
                        </li>
                    }).collect_view()}
                </ol>
            </div>
            <p class="prose">{ARCHITECTURE_NOTE}</p>
        </ArticleSection>
    }
}
