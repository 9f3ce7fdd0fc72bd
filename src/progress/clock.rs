//! Whose change wins. Pure Rust.
//!
//! - Times that come from outside this tab (storage, another tab, an export file, a share
//!   link) are bounded by the present when they are read: [`Progress::bound_times`]. A phone
//!   whose clock ran ahead, or a crafted `"changed": 18446744073709551615`, cannot outrank a
//!   change made now.
//! - The learner's own actions in this tab are stamped by an [`OwnClock`]: later than the
//!   present (so later than anything read from outside) and later than the tab's previous
//!   action (so a tick and untick in the same millisecond ends unticked).
//! - Merging by time ([`Progress::merge`]) is for copies from elsewhere: other tabs, imports.

use super::model::Progress;

/// Stamps the learner's own actions in one tab.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OwnClock {
    last: u64,
}

impl OwnClock {
    /// The stamp for an action taken at `now` (milliseconds since the Unix epoch): one past the
    /// present, and past this tab's previous stamp even when the device clock went back.
    pub fn stamp(&mut self, now: u64) -> u64 {
        let stamp = now.saturating_add(1).max(self.last.saturating_add(1));
        self.last = stamp;
        stamp
    }
}

impl Progress {
    /// Bring every change time that lies after `now` back to `now`: read from outside, a time
    /// in the future is a clock that was wrong, and must not outrank the learner's next action.
    pub fn bound_times(&mut self, now: u64) {
        for s in self.topics.values_mut() {
            s.changed_at = s.changed_at.min(now);
        }
        for s in self.projects.values_mut() {
            s.changed_at = s.changed_at.min(now);
        }
        for s in self.notes.values_mut() {
            s.changed_at = s.changed_at.min(now);
        }
    }

    /// Stamp every entry `at`: changes made before the app had read storage, re-stamped as
    /// the learner's latest when it does.
    pub fn restamp(&mut self, at: u64) {
        for s in self.topics.values_mut() {
            s.changed_at = at;
        }
        for s in self.projects.values_mut() {
            s.changed_at = at;
        }
        for s in self.notes.values_mut() {
            s.changed_at = at;
        }
    }
}

/// The UTC calendar date of a time (ms since the Unix epoch) as `YYYY-MM-DD`.
pub fn utc_date(ms: u64) -> String {
    // Howard Hinnant's days-to-civil algorithm.
    let z = (ms / 86_400_000) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::TopicState;

    #[test]
    fn own_stamps_pass_the_present_and_never_go_back() {
        let mut clock = OwnClock::default();
        assert_eq!(clock.stamp(100), 101);
        assert_eq!(clock.stamp(100), 102, "same millisecond: still later");
        assert_eq!(
            clock.stamp(50),
            103,
            "the device clock went back: still later"
        );
        assert_eq!(clock.stamp(500), 501);
        assert_eq!(clock.stamp(u64::MAX), u64::MAX);
    }

    #[test]
    fn dates_are_utc_calendar_days() {
        assert_eq!(utc_date(0), "1970-01-01");
        assert_eq!(utc_date(951_782_400_000), "2000-02-29");
        assert_eq!(utc_date(1_795_305_600_000 - 1), "2026-11-21");
        assert_eq!(utc_date(1_795_305_600_000), "2026-11-22");
    }

    #[test]
    fn a_stored_future_time_cannot_freeze_a_topic() {
        let mut stored = Progress::new();
        stored.set_topic("http", TopicState::Completed, u64::MAX);
        let now = 1_000;
        let mut clock = OwnClock::default();
        let read = |mut p: Progress| {
            p.bound_times(now);
            p
        };
        let mut mine = read(stored.clone());
        assert_eq!(mine.topic_state("http"), TopicState::Completed);
        // The learner un-ticks it; saving merges what storage still holds.
        mine.set_topic("http", TopicState::NotStarted, clock.stamp(now));
        mine.merge(&read(stored));
        assert_eq!(mine.topic_state("http"), TopicState::NotStarted);
    }
}
