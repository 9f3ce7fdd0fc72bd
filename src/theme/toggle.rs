//! The theme toggle: Light, Dark or System, remembered in this browser.

use super::{Theme, THEME_KEY};
use crate::web::{self, storage};
use leptos::prelude::*;

/// Three buttons: Light, Dark, System. The head script applied the saved choice before the
/// first paint; this shows it once hydrated and saves new choices.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let choice = RwSignal::new(Theme::Auto);
    Effect::new(move |_| {
        if let Some(saved) = storage::get_pref(THEME_KEY).and_then(|s| Theme::from_slug(&s)) {
            choice.set(saved);
        }
    });
    let pick = move |t: Theme| {
        choice.set(t);
        web::apply_theme((t != Theme::Auto).then(|| t.slug()));
        storage::set_pref(THEME_KEY, t.slug());
    };
    view! {
        <div class="theme-toggle" data-part="theme" role="group" aria-label="Theme">
            {Theme::ALL.into_iter().map(|t| view! {
                <button type="button" aria-pressed=move || crate::widgets::aria_bool(choice.get() == t) on:click=move |_| pick(t)>
                    {t.label()}
                </button>
            }).collect_view()}
        </div>
    }
}
