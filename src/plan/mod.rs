//! The learner's plan: hours a week and an optional start date, turned into hours left and a
//! finish date (overall and per section), beside the pace actually kept. The arithmetic is in
//! [`schedule`]; this is its state, kept in the browser under [`PLAN_KEY`], and its card.

pub mod activity;
pub mod ics;
pub mod schedule;

use crate::store::use_store;
use crate::widgets::{field_attr, field_type};
use leptos::prelude::*;
use schedule::{Pace, DEFAULT_HOURS_PER_WEEK};

/// [`schedule::MAX_HOURS_PER_WEEK`] as the hours field's `max` attribute.
const MAX_HOURS_TEXT: &str = "100";
/// [`DEFAULT_HOURS_PER_WEEK`] as the prerendered page shows it (a button until the page starts,
/// `widgets::field_type`, and a button shows its `value`; so does the start date's, "Today").
const DEFAULT_HOURS_TEXT: &str = "14";

/// Where the plan's settings are kept: `hours=14;start=2027-01-04`, under
/// `PLAN_KEY@<roadmap id>` for any roadmap but the Backend one (`progress::keyed`).
pub const PLAN_KEY: &str = "backend-roadmap:plan";

/// The plan's settings and the learner's calendar (known once the page runs in a browser).
#[derive(Clone, Copy)]
pub struct Plan {
    pace: RwSignal<Pace>,
    start: RwSignal<Option<i64>>,
    /// Today in the learner's time zone; `None` while prerendering.
    today: RwSignal<Option<i64>>,
    error: RwSignal<Option<String>>,
    /// Each section's hours and unestimated topics left, and both up to and including it: one
    /// pass over the roadmap per change, however many sections read it.
    sections: Memo<Vec<Left>>,
    /// The roadmap the plan is for: each roadmap has a plan of its own.
    roadmap_id: &'static str,
}

/// What is left of a section, and of the roadmap up to and including it: hours of the
/// estimated topics, and the topics without an estimate.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Left {
    pub hours: u32,
    pub unestimated: u32,
    pub through_hours: u32,
    pub through_unestimated: u32,
}

pub fn provide_plan(store: crate::store::Store) -> Plan {
    let sections = Memo::new(move |_| {
        store.with_shown(|p| {
            let mut through = Left::default();
            store
                .roadmap
                .sections
                .iter()
                .map(|s| {
                    let hours = schedule::hours_left(p, s.topics);
                    let unestimated = schedule::unestimated_left(p, s.topics);
                    through.through_hours += hours;
                    through.through_unestimated += unestimated;
                    Left {
                        hours,
                        unestimated,
                        ..through
                    }
                })
                .collect()
        })
    });
    let plan = Plan {
        pace: RwSignal::new(Pace::default()),
        start: RwSignal::new(None),
        today: RwSignal::new(None),
        error: RwSignal::new(None),
        sections,
        roadmap_id: store.roadmap.id,
    };
    provide_context(plan);
    plan
}

pub fn use_plan() -> Plan {
    expect_context::<Plan>()
}

impl Plan {
    /// Where this roadmap's plan is kept ([`PLAN_KEY`], per roadmap as progress is).
    fn key(self) -> String {
        crate::progress::keyed(PLAN_KEY, self.roadmap_id)
    }

    /// Read the saved settings and today's date (after hydration).
    pub fn start(self) {
        // A site built from a roadmap file kept its plan under the bare key before plans were
        // per roadmap: read there until this roadmap's own is saved.
        let earlier = crate::progress::kept_under_bare_keys(self.roadmap_id);
        let saved = crate::web::storage::get_pref(&self.key()).or_else(|| {
            earlier
                .then(|| crate::web::storage::get_pref(PLAN_KEY))
                .flatten()
        });
        if let Some((pace, start)) = saved.as_deref().map(schedule::decode_settings) {
            self.pace.set(pace);
            self.start.set(start);
        }
        let now = crate::web::now();
        let today = schedule::local_day(now, crate::web::timezone_offset_at(now));
        self.today.set(Some(today));
    }

    fn save(self) {
        let text = schedule::encode_settings(self.pace.get_untracked(), self.start.get_untracked());
        crate::web::storage::set_pref(&self.key(), &text);
    }

    /// What is left of section `index`, and up to and including it.
    pub fn section_left(self, index: usize) -> Left {
        self.sections
            .with(|s| s.get(index).copied())
            .unwrap_or_default()
    }

    /// What is left of the whole roadmap: the last section's running totals.
    fn left(self) -> (u32, u32) {
        self.sections
            .with(|s| s.last().map(|l| (l.through_hours, l.through_unestimated)))
            .unwrap_or_default()
    }

    /// The day the plan starts from, once today is known.
    fn first_day(self) -> Option<i64> {
        self.today
            .get()
            .map(|today| schedule::start_day(today, self.start.get()))
    }

    /// The finish day for `hours` left, once today is known.
    pub fn finish_day(self, hours: u32) -> Option<i64> {
        self.first_day()
            .map(|from| schedule::finish_day(from, hours, self.pace.get()))
    }
}

/// "Your plan": the pace and start inputs, hours left, the planned and the kept finish dates.
/// Prerendered inside the roadmap and hydrated as a part of its own (`app::PARTS`).
#[component]
pub fn PlanCard() -> impl IntoView {
    let store = use_store();
    let plan = use_plan();
    // Hours of the estimated topics left, and the topics left without an estimate.
    let left_both = Memo::new(move |_| plan.left());
    let left = Memo::new(move |_| left_both.get().0);
    let unestimated = Memo::new(move |_| left_both.get().1);
    let on_hours = move |ev: leptos::ev::Event| match Pace::parse(&event_target_value(&ev)) {
        Ok(pace) => {
            plan.error.set(None);
            plan.pace.set(pace);
            plan.save();
        }
        Err(e) => plan.error.set(Some(e.to_string())),
    };
    let on_start = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        match schedule::parse_date(&text) {
            Some(day) => plan.start.set(Some(day)),
            None if text.trim().is_empty() => plan.start.set(None),
            None => {
                plan.error.set(Some(
                    "Enter the start as a date, or leave it empty to start today.".into(),
                ));
                return;
            }
        }
        plan.error.set(None);
        plan.save();
    };
    // The remaining topics as calendar events, from the plan's first day at its pace.
    let notices = crate::notices::use_notices();
    let export_calendar = move |_| {
        let Some(from) = plan.first_day() else {
            return;
        };
        let slots =
            store.with_shown(|p| ics::schedule(p, store.roadmap, from, plan.pace.get_untracked()));
        let base = crate::web::page_base_url().unwrap_or_default();
        let text = ics::calendar(&slots, store.roadmap, &base, crate::web::now());
        let name = format!("{}-plan.ics", store.roadmap.id);
        if let Err(e) = crate::web::files::download(&name, "text/calendar", &text) {
            notices.error(format!("The calendar file was not made: {e}."));
        }
    };
    let planned = move || {
        let hours = left.get();
        schedule::plan_text(
            hours,
            unestimated.get(),
            plan.pace.get(),
            plan.finish_day(hours),
        )
    };
    let kept = move || {
        let today = plan.today.get()?;
        let zone = crate::web::timezone_offset_at;
        let kept = store.with_shown(|p| schedule::kept_pace(p, store.roadmap, today, zone))?;
        let topics = if kept.topics == 1 {
            "1 topic".to_string()
        } else {
            format!("{} topics", kept.topics)
        };
        let mut text = format!(
            "Your pace so far: about {} hours a week ({topics} completed since {}).",
            kept.whole_hours_per_week(),
            schedule::long_date(kept.since)
        );
        if let Some(day) = kept
            .finish_day(today, left.get())
            .filter(|_| left.get() > 0)
        {
            text.push_str(&format!(
                " At that pace you finish around {}.",
                schedule::long_date(day)
            ));
        }
        Some(text)
    };
    view! {
        <div class="plan" data-part="plan" role="group" aria-labelledby="plan-title">
            <h3 id="plan-title">"Your plan"</h3>
            <div class="plan-fields">
                <label>
                    "Hours a week"
                    <input id="plan-hours" type=field_type(store, "number") value=DEFAULT_HOURS_TEXT inputmode="numeric"
                        min=field_attr(store, "1") max=field_attr(store, MAX_HOURS_TEXT) step=field_attr(store, "1")
                        prop:value=move || plan.pace.get().hours_per_week().to_string()
                        aria-describedby="plan-error" on:change=on_hours />
                </label>
                <label>
                    "Start date (optional)"
                    <input id="plan-start" type=field_type(store, "date") value="Today"
                        prop:value=move || plan.start.get().map(schedule::iso_date).unwrap_or_default()
                        aria-describedby="plan-error" on:change=on_start />
                </label>
            </div>
            <p class="field-error" id="plan-error" aria-live="polite">{move || plan.error.get()}</p>
            <p class="plan-summary" aria-live="polite">{planned}</p>
            <p class="plan-kept">{kept}</p>
            <ActivityChart />
            <button type="button" class="btn btn-small plan-calendar" on:click=export_calendar disabled=move || left.get() == 0 && unestimated.get() == 0>
                "Add the plan to my calendar (.ics)"
            </button>
            <p class="small">
                {format!("Each topic's estimate is in hours; the plan assumes {DEFAULT_HOURS_PER_WEEK} hours a week until you set your own. Skipped topics need no hours.")}
            </p>
        </div>
    }
}

/// Topics completed per week over the last weeks, and the streak ([`activity`]). The chart is
/// drawn once the page knows today; the prerendered page holds an empty box and a sentence.
#[component]
fn ActivityChart() -> impl IntoView {
    let store = use_store();
    let plan = use_plan();
    // Read by the chart and its sentence: twenty topics, cheaper to count twice than to memo.
    let now = move || {
        let today = plan.today.get()?;
        let zone = crate::web::timezone_offset_at;
        Some(store.with_shown(|p| activity::activity(p, store.roadmap, today, zone)))
    };
    view! {
        <div class="activity" id="activity">
            <h4>"Your activity"</h4>
            <div class="activity-chart" inner_html=move || now().map(|a| a.svg()).unwrap_or_default()></div>
            <p id="activity-text" class="small">
                {move || now().map_or_else(
                    || "Topics you complete show here, week by week.".to_string(),
                    |a| a.summary(),
                )}
            </p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use schedule::MAX_HOURS_PER_WEEK;

    #[test]
    fn the_hours_field_allows_what_the_plan_accepts() {
        assert_eq!(MAX_HOURS_TEXT, MAX_HOURS_PER_WEEK.to_string());
        assert_eq!(DEFAULT_HOURS_TEXT, DEFAULT_HOURS_PER_WEEK.to_string());
        assert!(Pace::parse(MAX_HOURS_TEXT).is_ok());
    }
}
