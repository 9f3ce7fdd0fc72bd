//! The clickable roadmap: sections of topics laid out as a path, progress, legend and badges.

mod badges;
mod details;
pub mod links;
mod notes;
mod print;
mod shortcuts;
mod toolbar;
mod topic;

use crate::content::Section;
use crate::plan::PlanCard;
use crate::progress::{milestone_reached, Counts};
use crate::store::use_store;
use crate::widgets::ProgressBar;
use badges::BadgeAnnouncer;
pub use badges::Badges;
#[cfg(feature = "browser")]
pub use details::put_details;
pub use details::{
    load_details, provide_details, split_details, use_details, Details, TopicDialog,
    TopicTemplates, DETAILS_FILE,
};
use leptos::prelude::*;
use toolbar::{PreviewBanner, Toolbar};
use topic::TopicItem;

/// The ids of the app's own elements that the browser adds to the page (the dialog's note field,
/// its link field, the topics' details template), for the test that no id of a topic's can
/// take one of them.
pub fn own_ids() -> [&'static str; 3] {
    [details::TEMPLATE_ID, details::LINK_FIELD_ID, notes::NOTE_ID]
}

/// The "Learning Roadmap" part of the page. Its sections are prerendered inside it but made
/// live one task each afterwards ([`hydrate_section`]), so no single task hydrates all twenty
/// topics on a slow phone.
#[component]
pub fn RoadmapSection() -> impl IntoView {
    let store = use_store();
    let details = use_details();
    let help = NodeRef::<leptos::html::Dialog>::new();
    let announced = RwSignal::new(String::new());
    let show_help = move || {
        if let Some(d) = help.get_untracked() {
            let _ = d.show_modal();
        }
    };
    // Shortcuts on a focused topic (`shortcuts::SHORTCUTS`); each change is announced.
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        use wasm_bindgen::JsCast;
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let Some(action) = shortcuts::action(&ev.key()) else {
            return;
        };
        let target = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let topic = target
            .filter(|e| e.class_list().contains("topic-toggle"))
            .and_then(|e| links::topic_of_toggle(&e.id(), store.roadmap));
        let Some(topic) = topic else {
            return;
        };
        ev.prevent_default();
        match action {
            shortcuts::Action::Set(state) if !store.is_preview() => {
                store.set_topic(topic.id, state);
                announced.set(format!("{}: {}", topic.title, state.label()));
            }
            shortcuts::Action::Details => details.open(topic.id),
            shortcuts::Action::Help => show_help(),
            _ => {}
        }
    };
    view! {
        <section id="roadmap" data-part="roadmap" class="page-section roadmap" aria-labelledby="roadmap-title">
            <h2 id="roadmap-title">"Learning Roadmap"</h2>
            <p class="lead">"Tap or click a topic to mark it as complete"</p>
            <PreviewBanner />
            <div class="progress-slot" inner_html=crate::prerendered_live!(view! { <ProgressCard /> })></div>
            // The topics come first; the plan, the legend and the shortcuts follow them.
            <ol class="path" on:keydown=on_key inner_html=crate::prerendered_live!(view! { <RoadmapPath /> })></ol>
            <div class="plan-slot" inner_html=crate::prerendered_live!(view! { <PlanCard /> })></div>
            <Legend />
            <button type="button" class="btn btn-small btn-quiet shortcuts-hint" aria-haspopup="dialog" on:click=move |_| show_help()>
                "Keyboard shortcuts"
            </button>
            <p class="visually-hidden topic-announcer" aria-live="polite">{move || announced.get()}</p>
            <dialog node_ref=help class="shortcuts-dialog" aria-labelledby="shortcuts-title"
                inner_html=crate::prerendered!(view! { <crate::widgets::Lazy><ShortcutList /></crate::widgets::Lazy> })>
            </dialog>
            <div class="badges-slot" inner_html=crate::prerendered_live!(view! { <Badges /> })></div>
            <BadgeAnnouncer />
        </section>
    }
}

/// The path's sections. Prerendered inside [`RoadmapSection`]; the browser hydrates each
/// ([`hydrate_section`]), or mounts them all in a client-rendered page (the scale harness).
#[component]
pub fn RoadmapPath() -> impl IntoView {
    let store = use_store();
    store
        .roadmap
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| view! { <SectionNode section=s index=i /> })
        .collect_view()
}

/// Overall progress, the next topic and the progress toolbar (export, import, share, print,
/// reset). Prerendered inside [`RoadmapSection`] and hydrated in a task of its own: with the
/// toolbar, it was half of the roadmap head's task.
#[component]
pub fn ProgressCard() -> impl IntoView {
    let store = use_store();
    let counts = Memo::new(move |_| store.counts());
    view! {
        <div class="progress-card" data-part="progress">
            <div class="progress-row">
                "Your Progress"
                <span class="progress-figure">
                    {move || counts.get().summary()}
                </span>
            </div>
            <ProgressBar label="Overall progress" counts=counts />
            <ContinueLink />
            <Toolbar />
        </div>
    }
}

/// "Continue where you left off": a link to the next open topic.
#[component]
fn ContinueLink() -> impl IntoView {
    let store = use_store();
    let next = Memo::new(move |_| store.next_topic());
    let id = move || next.get().map(|t| t.id).unwrap_or_default();
    view! {
        <p class="continue">
            <span hidden=move || next.get().is_none()>
                "Next up: "
                // A jump to the topic's button (a plain `#topic-` link would open its details).
                <a href=move || format!("#{}", links::toggle_id(id())) on:click=move |ev: leptos::ev::MouseEvent| {
                    ev.prevent_default();
                    links::focus_topic(id());
                }>
                    {move || next.get().map(|t| t.title)}
                </a>
            </span>
            <span hidden=move || next.get().is_some()>
                // Only a roadmap with every topic completed is called done.
                {move || {
                    let c = store.counts();
                    if c.all_completed() {
                        "Every topic is completed. Well done!".to_string()
                    } else {
                        format!("Every topic is completed or skipped: {} completed, {} skipped.", c.completed, c.skipped)
                    }
                }}
            </span>
        </p>
    }
}

/// One section of the path: its topics, progress and milestone.
#[component]
fn SectionNode(
    /// The section to show.
    section: &'static Section,
    /// Its position in the roadmap (0-based).
    index: usize,
) -> impl IntoView {
    let store = use_store();
    // Reads only this section's topic signals: other sections' toggles do not wake it.
    let counts =
        Memo::new(move |_| Counts::of(section.topics.iter().map(|t| store.topic_state(t.id))));
    let heading_id = links::section_id(section.id);
    // Hours left in this section, and when the plan gets through it (sections in order). The
    // memo keeps a toggle elsewhere from rewriting this section's text when it is unchanged.
    let plan = crate::plan::use_plan();
    let left = Memo::new(move |_| plan.section_left(index));
    let hours_text = move || {
        let left = left.get();
        let finish = plan.finish_day(left.through_hours);
        crate::plan::schedule::section_text(left, finish)
    };
    let milestone = section.milestone.map(|m| {
        // The model's rule, fed from this section's signals (the roadmap's counts only for the
        // final badge, so section badges do not wake on other sections' toggles).
        let unlocked = Memo::new(move |_| milestone_reached(m.scope, counts.get(), || store.counts()));
        view! {
            <p class="milestone" class:unlocked=move || unlocked.get()>
                <span class="milestone-icon" aria-hidden="true">"★"</span>
                <span inner_html=crate::prerendered!(view! { <span class="visually-hidden">"Milestone: "</span> {m.message} })></span>
                <span class="milestone-state">{move || if unlocked.get() { " Unlocked" } else { " Locked" }}</span>
            </p>
        }
    });
    view! {
        <li class="path-node" data-section=section.id class:done=move || counts.get().all_finished()>
            <div class="section-card">
                <div class="section-title-row">
                    <span class="step" aria-hidden="true">{index + 1}</span>
                    <h3 id=heading_id inner_html=crate::prerendered!(section.title)></h3>
                    <span class="section-figure">
                        {move || format!("{}/{}", counts.get().finished(), counts.get().total)}
                    </span>
                </div>
                <p class="section-hours">{hours_text}</p>
                <ProgressBar label=format!("{} progress", section.title) counts=counts />
                <ul class="topics">
                    {section.topics.iter().map(|t| view! { <TopicItem topic=t /> }).collect_view()}
                </ul>
                {milestone}
            </div>
        </li>
    }
}

/// Make the roadmap's section `index` live from its prerendered markup (the path's `index`th
/// item) and mark it `data-live`; `None` once there is no such section. Returns the section.
#[cfg(feature = "hydrate")]
pub fn hydrate_section(index: usize) -> Option<&'static Section> {
    let section = use_store().roadmap.sections.get(index)?;
    let selector = format!("#roadmap .path-node[data-section=\"{}\"]", section.id);
    let root = crate::web::document().and_then(|d| d.query_selector(&selector).ok().flatten());
    let Some(root) = root else {
        crate::web::error(&format!("Not hydrated: nothing matches {selector}"));
        return Some(section);
    };
    crate::hydrate::hydrate_component(
        &root,
        move || view! { <SectionNode section=section index=index /> },
    );
    let _ = root.set_attribute("data-live", "");
    Some(section)
}

/// The roadmap rendered in the browser without a prerendered page: `page` (which renders
/// [`RoadmapSection`]) mounted into `parent`, then the progress card, the plan, the path's
/// sections and the badges into their places in it (`.progress-slot`, `.plan-slot`, `.path`,
/// `.badges-slot`), with one state for all, as the page's separately hydrated parts share one. For roadmap files (`crate::custom`),
/// the benchmark's scale harness and the browser tests; the built-in page never calls it, so
/// its wasm carries none of it.
#[cfg(feature = "browser")]
pub fn mount_in_browser<V: IntoView + 'static>(
    parent: web_sys::HtmlElement,
    roadmap: crate::content::Roadmap,
    page: impl FnOnce() -> V + 'static,
) -> crate::app::AppState {
    use wasm_bindgen::JsCast;
    let owner = Owner::new();
    let state = owner.with(|| crate::app::provide_state(roadmap));
    // The state lives as long as the page.
    std::mem::forget(owner);
    std::mem::forget(leptos::mount::mount_to(parent.clone(), move || {
        state.provide();
        page()
    }));
    let mount_in = |selector: &str, view: fn() -> AnyView| {
        let slot = parent
            .query_selector(selector)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(slot) = slot {
            std::mem::forget(leptos::mount::mount_to(slot, move || {
                state.provide();
                view()
            }));
        }
    };
    mount_in(".progress-slot", || view! { <ProgressCard /> }.into_any());
    mount_in(".plan-slot", || view! { <PlanCard /> }.into_any());
    mount_in(".path", || view! { <RoadmapPath /> }.into_any());
    mount_in(".badges-slot", || view! { <Badges /> }.into_any());
    state
}

/// The roadmap and its dialog alone, rendered in the browser ([`mount_in_browser`]).
#[cfg(feature = "browser")]
pub fn mount_standalone(
    parent: web_sys::HtmlElement,
    roadmap: crate::content::Roadmap,
) -> crate::store::Store {
    mount_in_browser(
        parent,
        roadmap,
        || view! { <RoadmapSection /> <TopicDialog /> },
    )
    .store()
}

/// The shortcuts, listed from their table; closes itself (a `method="dialog"` form).
#[component]
fn ShortcutList() -> impl IntoView {
    view! {
        <h3 id="shortcuts-title">"Keyboard shortcuts"</h3>
        <p>"On a topic that has focus (Tab to it):"</p>
        <dl class="shortcut-list">
            {shortcuts::SHORTCUTS.iter().map(|(_, keys, what, _)| view! {
                <div><dt><kbd>{*keys}</kbd></dt><dd>{*what}</dd></div>
            }).collect_view()}
        </dl>
        <form method="dialog"><button class="btn">"Close"</button></form>
    }
}

/// What each state looks like: icons and words, not colour alone. Each icon is its item's
/// `::before`, drawn by the same rules as a topic's (no element of its own at first paint).
#[component]
fn Legend() -> impl IntoView {
    // A roadmap without milestones has none to explain.
    let milestones = use_store().roadmap.milestones().next().is_some();
    view! {
        <ul class="legend" aria-label="Legend" inner_html=crate::prerendered!(view! {
            <li data-state="not-started">"Not Started"</li>
            <li data-state="in-progress">"In progress"</li>
            <li data-state="completed">"Completed"</li>
            <li data-state="skipped">"Skipped (counts toward progress)"</li>
            {milestones.then(|| view! { <li class="legend-milestone">"Milestone"</li> })}
        })></ul>
    }
}
