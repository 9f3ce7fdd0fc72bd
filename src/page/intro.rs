//! Hero and "What is a Backend Developer?".

use crate::content::{ABOUT_PARAGRAPHS, HERO, RESPONSIBILITIES, SOFT_SKILLS, TECHNICAL_SKILLS};
use crate::store::use_store;
use crate::widgets::ArticleSection;
use leptos::prelude::*;

/// The top of the page: title, subtitle, facts and the way in.
#[component]
pub fn Hero() -> impl IntoView {
    let store = use_store();
    let started = move || store.counts().completed > 0;
    // The way in leads to the next topic: its section's heading without the app, the topic
    // itself (focused, so Space marks it) with it.
    let next = Memo::new(move |_| store.next_topic());
    let href = move || {
        next.get()
            .and_then(|t| store.roadmap.section_of(t.id))
            .map_or("#roadmap".to_string(), |s| {
                format!("#{}", crate::roadmap::links::section_id(s.id))
            })
    };
    let to_next = move |ev: leptos::ev::MouseEvent| {
        if let Some(topic) = next.get_untracked() {
            ev.prevent_default();
            crate::roadmap::links::focus_topic(topic.id);
        }
    };
    view! {
        <header class="hero" id="hero" data-part="hero">
            <div inner_html=crate::prerendered!(view! {
                <p class="hero-label">{HERO.label}</p>
                <h1>{HERO.title}</h1>
                <p class="hero-subtitle">{HERO.subtitle}</p>
                <ul class="hero-facts" aria-label="At a glance">
                    {HERO.facts.iter().map(|f| view! { <li>{*f}</li> }).collect_view()}
                </ul>
            })></div>
            <p class="hero-actions">
                <a class="btn btn-primary" href=href on:click=to_next>
                    {move || match next.get() {
                        Some(topic) if started() => format!("Continue: {}", topic.title),
                        Some(_) => "Start the roadmap".to_string(),
                        // Every topic is completed or skipped: nothing is left to start.
                        None => "Review the roadmap".to_string(),
                    }}
                </a>
                <a class="btn" href="#salaries">"See salaries"</a>
            </p>
        </header>
    }
}

/// What a backend developer does, responsibilities and skills.
#[component]
pub fn About() -> impl IntoView {
    view! {
        <ArticleSection id="about" title="What is a Backend Developer?">
            {ABOUT_PARAGRAPHS.iter().map(|p| view! { <p class="prose">{*p}</p> }).collect_view()}
            <div class="about-grid">
                <div class="card">
                    <h3>"Key Responsibilities"</h3>
                    <ul class="check-list">
                        {RESPONSIBILITIES.iter().map(|r| view! { <li>{*r}</li> }).collect_view()}
                    </ul>
                </div>
                <div class="card">
                    <h3>"Technical Skills"</h3>
                    <ul class="check-list">
                        {TECHNICAL_SKILLS.iter().map(|r| view! { <li>{*r}</li> }).collect_view()}
                    </ul>
                    <h3>"Soft Skills"</h3>
                    <ul class="check-list">
                        {SOFT_SKILLS.iter().map(|r| view! { <li>{*r}</li> }).collect_view()}
                    </ul>
                </div>
            </div>
        </ArticleSection>
    }
}
