//! Activity: topics completed per week over the last [`WEEKS`] weeks and the current streak of
//! weeks with progress, from the change times progress already stores. Weeks run Monday to
//! Sunday in the learner's time zone, at each event's own offset (so daylight saving time
//! moves no event to another week). A topic counts in the week it reached the completed state
//! (its history time, `Stamped::since`, which undo, import and a wrong clock leave as it
//! was); topics with no known time (saved by the first version) count nowhere. Skipped topics are not "done" and count nowhere either.

use super::schedule::{completion_days, long_date, Zone};
use crate::content::Roadmap;
use crate::progress::Progress;

/// Weeks the chart shows.
pub const WEEKS: usize = 12;

/// The Monday-based week of a day number (day 0, 1 January 1970, was a Thursday).
pub fn week_of(day: i64) -> i64 {
    (day + 3).div_euclid(7)
}

/// The first day (a Monday) of week `week`.
pub fn monday_of(week: i64) -> i64 {
    week * 7 - 3
}

/// What the learner did, week by week.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Activity {
    /// Topics completed in each of the last [`WEEKS`] weeks, oldest first; the last is this week.
    pub per_week: [u32; WEEKS],
    /// The week of the last entry of `per_week`.
    pub this_week: i64,
    /// Weeks in a row with progress, up to this week (or up to last week while this week has
    /// none yet: a streak is only broken once a week ends without progress).
    pub streak: u32,
}

/// The activity in `progress` as of `today` (a day number in the learner's time zone `zone`).
pub fn activity(progress: &Progress, roadmap: Roadmap, today: i64, zone: Zone) -> Activity {
    let this_week = week_of(today);
    let weeks: Vec<i64> = completion_days(progress, roadmap, today, zone)
        .map(|(_, day)| week_of(day))
        .collect();
    let mut per_week = [0; WEEKS];
    for w in &weeks {
        let back = this_week - w;
        if back < WEEKS as i64 {
            per_week[WEEKS - 1 - back as usize] += 1;
        }
    }
    // At most one week per topic: a scan per week of the streak is cheap (and a sort would
    // cost the browser build kilobytes).
    let mut streak = 0;
    let mut week = if weeks.contains(&this_week) {
        this_week
    } else {
        this_week - 1
    };
    while weeks.contains(&week) {
        streak += 1;
        week -= 1;
    }
    Activity {
        per_week,
        this_week,
        streak,
    }
}

impl Activity {
    /// The chart's text alternative, and the sentence under it.
    pub fn summary(&self) -> String {
        let total: u32 = self.per_week.iter().sum();
        let topics = |n: u32| match n {
            1 => "1 topic".to_string(),
            n => format!("{n} topics"),
        };
        let streak = match self.streak {
            0 => "No streak yet: complete a topic this week to start one.".to_string(),
            1 => "Streak: 1 week with progress.".to_string(),
            n => format!("Streak: {n} weeks in a row with progress."),
        };
        if total == 0 {
            return format!("No topics completed in the last {WEEKS} weeks. {streak}");
        }
        let most = self.per_week.iter().copied().max().unwrap_or(0);
        let best: Vec<usize> = (0..WEEKS).filter(|&i| self.per_week[i] == most).collect();
        let peak = match best[..] {
            // One week stands out: name it.
            [i] => format!(
                ", most in the week of {} ({most})",
                long_date(monday_of(self.this_week - (WEEKS - 1 - i) as i64))
            ),
            _ => String::new(),
        };
        format!(
            "{} completed in the last {WEEKS} weeks{peak}. {streak}",
            topics(total)
        )
    }

    /// The chart as SVG markup: one bar per week, this week's in its own colour, an empty week
    /// as a thin line, and the two ends labelled. Its text alternative is the summary
    /// (`#activity-text`). Numbers and fixed words only: no text from anywhere goes in.
    pub fn svg(&self) -> String {
        let max = self.per_week.iter().copied().max().unwrap_or(0).max(1);
        let mut svg = String::from(
            r#"<svg viewBox="0 0 240 78" role="img" aria-labelledby="activity-text">"#,
        );
        for (i, n) in self.per_week.iter().enumerate() {
            let height = if *n == 0 { 2 } else { 4 + n * 52 / max };
            let class = match (i == WEEKS - 1, *n == 0) {
                (_, true) => "bar-empty",
                (true, false) => "bar-now",
                (false, false) => "bar",
            };
            svg.push_str(&format!(
                r#"<rect class="{class}" x="{}" y="{}" width="14" height="{height}" rx="2"></rect>"#,
                i * 20 + 3,
                60 - height
            ));
        }
        svg.push_str(r#"<text x="3" y="75">12 weeks ago</text><text x="237" y="75" text-anchor="end">this week</text></svg>"#);
        svg
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::ROADMAP;
    use crate::plan::schedule::{day_of, MS_PER_DAY};
    use crate::progress::TopicState;

    /// Noon UTC on `day`, as stored change times are.
    fn at(day: i64) -> u64 {
        (day as u64) * MS_PER_DAY + MS_PER_DAY / 2
    }

    #[test]
    fn weeks_start_on_monday() {
        let monday = day_of(2026, 11, 16).unwrap();
        assert_eq!(week_of(monday), week_of(monday + 6), "through Sunday");
        assert_eq!(week_of(monday) + 1, week_of(monday + 7));
        assert_eq!(monday_of(week_of(monday + 3)), monday);
    }

    #[test]
    fn topics_count_in_the_week_they_were_completed_and_skipped_ones_do_not() {
        let today = day_of(2026, 11, 22).unwrap(); // a Sunday
        let mut p = Progress::new();
        p.set_topic("http", TopicState::Completed, at(today));
        p.set_topic("dns", TopicState::Completed, at(today - 6)); // Monday, same week
        p.set_topic("git", TopicState::Completed, at(today - 7)); // last week
        p.set_topic("sql", TopicState::Completed, at(today - 7 * 11)); // 11 weeks back
        p.set_topic("docker", TopicState::Completed, at(today - 7 * 12)); // off the chart
        p.set_topic("json", TopicState::Skipped, at(today));
        p.set_topic("rest", TopicState::InProgress, at(today));
        p.set_topic("auth", TopicState::Completed, 0); // time unknown
        let a = activity(&p, ROADMAP, today, |_| 0);
        assert_eq!(a.per_week, [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2]);
        assert_eq!(a.streak, 2);
        assert_eq!(
            a.summary(),
            "4 topics completed in the last 12 weeks, most in the week of 16 Nov 2026 (2). Streak: 2 weeks in a row with progress."
        );
    }

    #[test]
    fn a_streak_survives_a_week_that_has_not_ended_and_breaks_on_one_that_has() {
        let today = day_of(2026, 11, 18).unwrap(); // a Wednesday
        let mut p = Progress::new();
        p.set_topic("http", TopicState::Completed, at(today - 7));
        p.set_topic("dns", TopicState::Completed, at(today - 14));
        assert_eq!(
            activity(&p, ROADMAP, today, |_| 0).streak,
            2,
            "nothing yet this week"
        );
        p.set_topic("git", TopicState::Completed, at(today - 28));
        assert_eq!(
            activity(&p, ROADMAP, today, |_| 0).streak,
            2,
            "a gap ends it"
        );
        // HTTP un-ticked, then completed again three weeks back (history is per state).
        p.set_topic("http", TopicState::NotStarted, at(today - 22));
        p.set_topic("http", TopicState::Completed, at(today - 21));
        assert_eq!(
            activity(&p, ROADMAP, today, |_| 0).streak,
            0,
            "last week was empty"
        );
        assert_eq!(
            activity(&p, ROADMAP, today, |_| 0).summary(),
            "3 topics completed in the last 12 weeks. No streak yet: complete a topic this week to start one."
        );
    }

    #[test]
    fn the_time_zone_decides_the_day_and_a_future_time_counts_nowhere() {
        // 23:30 UTC on Sunday is Monday in a zone two hours ahead.
        let sunday = day_of(2026, 11, 22).unwrap();
        let mut p = Progress::new();
        p.set_topic(
            "http",
            TopicState::Completed,
            at(sunday) + 11 * 3_600_000 + 1_800_000,
        );
        let utc = activity(&p, ROADMAP, sunday, |_| 0);
        assert_eq!(utc.per_week[WEEKS - 1], 1);
        let ahead = activity(&p, ROADMAP, sunday, |_| 2 * 3_600_000);
        assert_eq!(
            ahead.per_week.iter().sum::<u32>(),
            0,
            "next week, after today"
        );
    }

    #[test]
    fn each_event_takes_the_offset_of_its_own_date() {
        // A zone one hour ahead in winter and two in summer (as Central Europe): a topic
        // completed at 00:30 local time on a summer Monday is that Monday's, even when today
        // is in winter and today's offset is one hour.
        fn zone(ms: u64) -> i64 {
            let summer_start = day_of(2026, 3, 29).unwrap() as u64 * MS_PER_DAY;
            let summer_end = day_of(2026, 10, 25).unwrap() as u64 * MS_PER_DAY;
            match (summer_start..summer_end).contains(&ms) {
                true => 2 * 3_600_000,
                false => 3_600_000,
            }
        }
        let monday = day_of(2026, 10, 19).unwrap(); // the last summer Monday
        let just_after_midnight = monday as u64 * MS_PER_DAY - 2 * 3_600_000 + 1_800_000;
        let mut p = Progress::new();
        p.set_topic("http", TopicState::Completed, just_after_midnight);
        let today = day_of(2026, 11, 4).unwrap(); // winter: one hour ahead
        let a = activity(&p, ROADMAP, today, zone);
        let weeks_back = (week_of(today) - week_of(monday)) as usize;
        assert_eq!(a.per_week[WEEKS - 1 - weeks_back], 1, "{:?}", a.per_week);
        let wrong = activity(&p, ROADMAP, today, |_| 3_600_000);
        assert_eq!(
            wrong.per_week[WEEKS - 1 - weeks_back],
            0,
            "today's offset would move it"
        );
    }

    #[test]
    fn the_chart_is_numbers_only_with_this_week_marked() {
        let a = Activity {
            per_week: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 4],
            this_week: 0,
            streak: 2,
        };
        let svg = a.svg();
        assert_eq!(svg.matches("<rect").count(), WEEKS);
        assert_eq!(svg.matches("bar-empty").count(), 10);
        assert!(
            svg.contains(r#"class="bar-now" x="223" y="4" width="14" height="56""#),
            "{svg}"
        );
        assert!(
            svg.contains(r#"class="bar" x="203" y="30" width="14" height="30""#),
            "{svg}"
        );
        assert_eq!(
            Activity { per_week: [0; WEEKS], this_week: 0, streak: 0 }.summary(),
            "No topics completed in the last 12 weeks. No streak yet: complete a topic this week to start one."
        );
    }
}
