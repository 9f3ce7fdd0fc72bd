//! FAQ accordion, common mistakes and the call to action.

use crate::content::{BACKEND_ID, CTA_TEXT, CTA_TITLE, MISTAKES};
use crate::embed::use_embed;
use crate::store::use_store;
use crate::widgets::ArticleSection;
use leptos::prelude::*;

/// The call to action's words on a roadmap other than the Backend Developer Roadmap.
const OTHER_CTA_TEXT: &str =
    "Pick up where you left off: every topic you finish moves your progress and your plan forward.";

/// Frequently asked questions, each a native `<details>` (keyboard operable).
#[component]
pub fn Faq(
    /// The questions and answers, in page order.
    items: &'static [crate::content::Faq],
) -> impl IntoView {
    view! {
        <ArticleSection id="faq" title="Frequently Asked Questions">
            <div class="faq">
                {items.iter().map(|f| view! {
                    <details class="faq-item">
                        <summary>{f.question}</summary>
                        <p>{f.answer}</p>
                    </details>
                }).collect_view()}
            </div>
        </ArticleSection>
    }
}

/// Common mistakes to avoid.
#[component]
pub fn Mistakes() -> impl IntoView {
    view! {
        <ArticleSection id="mistakes" title="Common Mistakes to Avoid">
            <ul class="mistakes">
                {MISTAKES.iter().map(|m| view! {
                    <li class="card">
                        <h3>{m.title}</h3>
                        <p>{m.advice}{m.see.map(|(href, text)| view! { " " <a href=href>{text}</a> })}</p>
                    </li>
                }).collect_view()}
            </ul>
        </ArticleSection>
    }
}

/// "Ready to Start Your Backend Journey?": takes the learner to their next topic, or to the
/// embedding bootcamp's own call to action.
#[component]
pub fn CallToAction() -> impl IntoView {
    let store = use_store();
    let embed = use_embed();
    let next = Memo::new(move |_| store.next_topic());
    view! {
        <section id="cta" data-part="cta" class="page-section cta" aria-labelledby="cta-title">
            // Static words: the Backend Developer Roadmap's own, or plain ones for any other.
            <div inner_html=crate::prerendered!({
                let (title, text) = match store.roadmap.id == BACKEND_ID {
                    true => (CTA_TITLE, CTA_TEXT),
                    false => ("Keep Going", OTHER_CTA_TEXT),
                };
                view! { <h2 id="cta-title">{title}</h2> <p>{text}</p> }
            })></div>
            <p class="cta-actions">
                // The embedding bootcamp's own call to action (validated http(s) URL, plain-text label).
                // Without one, the link carries no href, target or rel (valid HTML for a
                // placeholder link) and stays hidden.
                <a class="btn btn-primary" hidden=move || embed.cta().is_none()
                    target=move || embed.cta().map(|_| "_blank") rel=move || embed.cta().map(|_| "noopener")
                    href=move || embed.cta().map(|(url, _)| url)>{move || embed.cta().map(|(_, label)| label)}</a>
                <a class="btn btn-primary" href=move || next.get().map_or("#projects".to_string(), |t| format!("#topic-{}", t.id))>
                    {move || next.get().map_or("Build a project".to_string(), |t| format!("Continue with {}", t.title))}
                </a>
            </p>
        </section>
    }
}
