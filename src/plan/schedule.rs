//! The learner's plan, pure: hours left from the topics' estimates, the finish date at a pace,
//! the pace kept so far (from the stored change times), and the one duration story the hero and
//! the FAQ tell. Days are whole days since 1970-01-01 in the learner's time zone.

use crate::content::{Roadmap, Topic};
use crate::progress::{Progress, TopicState};
use std::fmt;

/// The pace the plan assumes until the learner sets one: two hours a day.
pub const DEFAULT_HOURS_PER_WEEK: u32 = 14;
/// More study hours than this a week is not a plan (and a typo, usually).
pub const MAX_HOURS_PER_WEEK: u32 = 100;
/// A full-time learner's week, for the FAQ's "faster" half of the story.
pub const FULL_TIME_HOURS_PER_WEEK: u32 = 40;
/// Days in an average month (365.25 / 12).
const DAYS_PER_MONTH: f64 = 30.4375;
pub const MS_PER_DAY: u64 = 86_400_000;

/// Hours of study a week, from 1 to [`MAX_HOURS_PER_WEEK`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pace(u32);

/// Why an entered pace was refused (the previous pace stays).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaceError {
    NotANumber,
    TooLow,
    TooHigh,
}

impl fmt::Display for PaceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PaceError::NotANumber => write!(
                f,
                "Enter hours a week as a whole number from 1 to {MAX_HOURS_PER_WEEK}."
            ),
            PaceError::TooLow => write!(f, "A plan needs at least 1 hour a week."),
            PaceError::TooHigh => write!(
                f,
                "At most {MAX_HOURS_PER_WEEK} hours a week: a plan has to leave time to sleep."
            ),
        }
    }
}

impl Default for Pace {
    fn default() -> Self {
        Pace(DEFAULT_HOURS_PER_WEEK)
    }
}

impl Pace {
    /// A pace from what the learner typed: a whole number of hours, 1 to 100.
    pub fn parse(text: &str) -> Result<Pace, PaceError> {
        let text = text.trim();
        let digits = text.strip_prefix('-').unwrap_or(text);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(PaceError::NotANumber);
        }
        if text.starts_with('-') {
            return Err(PaceError::TooLow);
        }
        match digits.parse::<u32>() {
            Ok(0) => Err(PaceError::TooLow),
            Ok(h) if h <= MAX_HOURS_PER_WEEK => Ok(Pace(h)),
            _ => Err(PaceError::TooHigh),
        }
    }

    pub fn hours_per_week(self) -> u32 {
        self.0
    }

    /// Whole days to study `hours` at this pace (a part-day counts as a day).
    pub fn days_for(self, hours: u32) -> u32 {
        (hours * 7).div_ceil(self.0)
    }
}

/// The plan's settings as stored: `hours=14;start=2027-01-04` (no start: `hours=14`).
pub fn encode_settings(pace: Pace, start: Option<i64>) -> String {
    match start {
        Some(day) => format!("hours={};start={}", pace.0, iso_date(day)),
        None => format!("hours={}", pace.0),
    }
}

/// Stored settings back; anything unreadable falls back to the default pace and no start.
pub fn decode_settings(text: &str) -> (Pace, Option<i64>) {
    let mut pace = Pace::default();
    let mut start = None;
    for field in text.split(';') {
        match field.split_once('=') {
            Some(("hours", v)) => pace = Pace::parse(v).unwrap_or_default(),
            Some(("start", v)) => start = parse_date(v),
            _ => {}
        }
    }
    (pace, start)
}

/// A topic's estimate as the page states it: "60-80 hours (about 5 weeks at 14 hours a week)".
pub fn estimate_text(topic: &Topic, pace: Pace) -> String {
    let h = topic.hours;
    // A roadmap file may leave a topic's estimate out.
    if !h.is_known() {
        return "not given by this roadmap".to_string();
    }
    let range = if h.low == h.high {
        hours(u32::from(h.low))
    } else {
        format!("{}-{} hours", h.low, h.high)
    };
    format!(
        "{range} (about {} at {} hours a week)",
        span(pace.days_for(h.typical())),
        pace.hours_per_week()
    )
}

/// "1 hour", "12 hours".
pub fn hours(n: u32) -> String {
    match n {
        1 => "1 hour".to_string(),
        n => format!("{n} hours"),
    }
}

/// "3 days", "1 week", "5 weeks", in whole days up to a week, then whole weeks.
pub fn span(days: u32) -> String {
    match days {
        0 | 1 => "1 day".to_string(),
        2..=6 => format!("{days} days"),
        7..=10 => "1 week".to_string(),
        _ => format!("{} weeks", (days + 3) / 7),
    }
}

/// Hours the roadmap takes, from all low to all high estimates.
pub fn total_hours(roadmap: Roadmap) -> (u32, u32) {
    roadmap.topics().fold((0, 0), |(lo, hi), t| {
        (lo + u32::from(t.hours.low), hi + u32::from(t.hours.high))
    })
}

/// Months to learn the whole roadmap at `hours_per_week`: the low end rounded, the high end
/// rounded up, so the range holds every total the estimates allow.
pub fn months_range(roadmap: Roadmap, hours_per_week: u32) -> (u32, u32) {
    let (lo, hi) = total_hours(roadmap);
    let months = |hours: u32| f64::from(hours) * 7.0 / f64::from(hours_per_week) / DAYS_PER_MONTH;
    let low = (months(lo).round() as u32).max(1);
    (low, (months(hi).ceil() as u32).max(low))
}

/// The sentence the FAQ answers "how long does it take?" with, from the estimates.
pub fn duration_answer(roadmap: Roadmap) -> String {
    let (lo, hi) = months_range(roadmap, DEFAULT_HOURS_PER_WEEK);
    let (flo, fhi) = months_range(roadmap, FULL_TIME_HOURS_PER_WEEK);
    format!(
        "About {lo}-{hi} months at {DEFAULT_HOURS_PER_WEEK} hours a week (two hours a day), the pace the roadmap's estimates assume; \
         full-time learners at {FULL_TIME_HOURS_PER_WEEK} hours a week can get through it in {flo}-{fhi} months."
    )
}

/// What is left to study, in the estimates' typical hours: topics neither completed nor skipped.
pub fn hours_left<'a>(progress: &Progress, topics: impl IntoIterator<Item = &'a Topic>) -> u32 {
    topics
        .into_iter()
        .filter(|t| !progress.topic_state(t.id).is_finished())
        .map(|t| t.hours.typical())
        .sum()
}

/// The topics left to study (neither completed nor skipped) that have no estimate: unknown,
/// never counted as no time.
pub fn unestimated_left<'a>(
    progress: &Progress,
    topics: impl IntoIterator<Item = &'a Topic>,
) -> u32 {
    topics
        .into_iter()
        .filter(|t| !t.hours.is_known() && !progress.topic_state(t.id).is_finished())
        .count() as u32
}

/// "1 topic has no estimate", "3 topics have no estimate".
pub fn unestimated_text(count: u32) -> String {
    match count {
        1 => "1 topic has no estimate".to_string(),
        n => format!("{n} topics have no estimate"),
    }
}

/// The plan card's sentence: `left` hours of estimated study and `unestimated` topics left, at
/// `pace`, finishing on `finish` (once today is known). A finish date never hides topics it
/// leaves out.
pub fn plan_text(left: u32, unestimated: u32, pace: Pace, finish: Option<i64>) -> String {
    let pace = pace.hours_per_week();
    let unknown = unestimated_text(unestimated);
    match (left, unestimated, finish) {
        (0, 0, _) => "No hours left to plan: every topic is completed or skipped.".to_string(),
        (0, _, _) => format!("{unknown}, so the plan cannot give a finish date."),
        (h, 0, Some(day)) => format!(
            "About {} left. At {pace} hours a week you finish around {}.",
            hours(h),
            long_date(day)
        ),
        (h, 0, None) => format!("About {} left at {pace} hours a week.", hours(h)),
        (h, _, Some(day)) => format!(
            "About {} left, and {unknown}. At {pace} hours a week you finish the estimated topics around {}.",
            hours(h),
            long_date(day)
        ),
        (h, _, None) => format!("About {} left at {pace} hours a week, and {unknown}.", hours(h)),
    }
}

/// A section's line: hours left, and when the plan gets through it (`finish`), which is left
/// out when a topic up to there has no estimate.
pub fn section_text(left: super::Left, finish: Option<i64>) -> String {
    let unknown = match left.unestimated {
        0 => String::new(),
        n => format!("{n} not estimated"),
    };
    let finish = finish.filter(|_| left.through_unestimated == 0);
    match (left.hours, finish) {
        (0, _) if left.unestimated > 0 => unknown,
        (0, _) => "No hours left".to_string(),
        (h, _) if left.unestimated > 0 => format!("About {h} h left, {unknown}"),
        (h, Some(day)) => format!("About {h} h left, by {}", long_date(day)),
        (h, None) => format!("About {h} h left"),
    }
}

/// The day the plan starts: the learner's start date if it is still ahead, else today.
pub fn start_day(today: i64, start: Option<i64>) -> i64 {
    start.map_or(today, |s| s.max(today))
}

/// The projected finish day for `hours` left at `pace`, starting on `from`.
pub fn finish_day(from: i64, hours: u32, pace: Pace) -> i64 {
    from + i64::from(pace.days_for(hours))
}

/// The learner's time zone: its offset from UTC in ms at a time in ms. Daylight saving time
/// changes the offset over the year, so each event's day is taken at its own offset.
pub type Zone = fn(u64) -> i64;

/// The day of each completed topic, in roadmap order, with the topic: the history of when
/// each was completed. A topic whose time is unknown (saved by the first version) or after
/// `today` (a clock that ran ahead) has no day.
pub fn completion_days(
    progress: &Progress,
    roadmap: Roadmap,
    today: i64,
    zone: Zone,
) -> impl Iterator<Item = (&'static crate::content::Topic, i64)> + '_ {
    roadmap.topics().filter_map(move |t| {
        let entry = progress.topic_entry(t.id)?;
        let at = entry.since;
        let day = local_day(at, zone(at));
        (entry.state == TopicState::Completed && at > 0 && day <= today).then_some((t, day))
    })
}

/// The pace kept so far: typical hours of the completed topics over the days since the first
/// of them was completed. `None` until there is history to speak of: two completed topics and
/// a week since the first (marking what one already knows on day one is not a pace). Topics
/// completed at unknown times do not count.
pub fn kept_pace(
    progress: &Progress,
    roadmap: Roadmap,
    today: i64,
    zone: Zone,
) -> Option<KeptPace> {
    let mut hours = 0;
    let mut topics = 0;
    let mut first: Option<i64> = None;
    // A topic without an estimate says nothing about the hours a week.
    for (t, day) in
        completion_days(progress, roadmap, today, zone).filter(|(t, _)| t.hours.is_known())
    {
        hours += t.hours.typical();
        topics += 1;
        first = Some(first.map_or(day, |f: i64| f.min(day)));
    }
    let first = first?;
    let days = today - first + 1;
    if topics < 2 || days < 8 {
        return None;
    }
    let per_week = f64::from(hours) * 7.0 / days as f64;
    Some(KeptPace {
        hours_per_week: per_week,
        topics,
        since: first,
    })
}

/// The pace the learner has kept, from their history.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KeptPace {
    pub hours_per_week: f64,
    /// Completed topics it is measured over.
    pub topics: usize,
    /// The day the first of them was completed.
    pub since: i64,
}

impl KeptPace {
    /// The pace to the nearest whole hour (no float formatting in the browser build: it would
    /// cost kilobytes of wasm).
    pub fn whole_hours_per_week(self) -> u32 {
        self.hours_per_week.round() as u32
    }

    /// The finish day at this pace, or `None` when it is too slow to project (under an hour a
    /// week would put the finish years away).
    pub fn finish_day(self, today: i64, hours: u32) -> Option<i64> {
        (self.hours_per_week >= 1.0)
            .then(|| today + (f64::from(hours) * 7.0 / self.hours_per_week).ceil() as i64)
    }
}

/// The day of a time in ms, in the time zone `offset_ms` ahead of UTC.
/// A time past what an `i64` holds (a crafted `since`) saturates: a day far after today.
pub fn local_day(ms: u64, offset_ms: i64) -> i64 {
    let ms = i64::try_from(ms).unwrap_or(i64::MAX);
    ms.saturating_add(offset_ms).div_euclid(MS_PER_DAY as i64)
}

/// Year, month (1-12) and day (1-31) of a day number (Howard Hinnant's civil_from_days).
pub fn civil(day: i64) -> (i64, u32, u32) {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// The day number of a calendar date (days_from_civil); `None` for a date that does not exist.
pub fn day_of(year: i64, month: u32, day: u32) -> Option<i64> {
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => return None,
    };
    if day == 0 || day > days_in_month {
        return None;
    }
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = i64::from((month + 9) % 12);
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// A date input's value (`2027-03-01`) as a day number; `None` if it is not a real date.
pub fn parse_date(text: &str) -> Option<i64> {
    let mut parts = text.trim().splitn(3, '-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    day_of(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// A day as a date input's value: `2027-03-01`.
pub fn iso_date(day: i64) -> String {
    let (y, m, d) = civil(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// A day as the page writes it: "1 Mar 2027".
pub fn long_date(day: i64) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let (y, m, d) = civil(day);
    format!("{d} {} {y}", MONTHS[(m - 1) as usize])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{FAQ, HERO, ROADMAP};

    /// A topic without an estimate is unknown, never no time: the plan and each section say
    /// how many there are, and no finish date leaves them out silently.
    #[test]
    fn topics_without_an_estimate_are_counted_apart_and_said() {
        use crate::plan::Left;
        let pace = Pace::default();
        let day = day_of(2027, 6, 8).unwrap();
        assert_eq!(
            plan_text(0, 0, pace, Some(day)),
            "No hours left to plan: every topic is completed or skipped."
        );
        assert_eq!(
            plan_text(0, 3, pace, Some(day)),
            "3 topics have no estimate, so the plan cannot give a finish date."
        );
        assert_eq!(
            plan_text(20, 1, pace, Some(day)),
            "About 20 hours left, and 1 topic has no estimate. At 14 hours a week you finish the estimated topics around 8 Jun 2027."
        );
        assert_eq!(
            plan_text(1, 0, pace, None),
            "About 1 hour left at 14 hours a week."
        );
        assert_eq!(
            plan_text(20, 0, pace, Some(day)),
            "About 20 hours left. At 14 hours a week you finish around 8 Jun 2027."
        );
        let left = |hours, unestimated, through_unestimated| Left {
            hours,
            unestimated,
            through_hours: hours,
            through_unestimated,
        };
        assert_eq!(section_text(left(0, 0, 0), Some(day)), "No hours left");
        assert_eq!(section_text(left(0, 2, 2), Some(day)), "2 not estimated");
        assert_eq!(
            section_text(left(5, 1, 1), Some(day)),
            "About 5 h left, 1 not estimated"
        );
        // An earlier section's unknown topics keep this one's date from being promised.
        assert_eq!(section_text(left(5, 0, 1), Some(day)), "About 5 h left");
        assert_eq!(
            section_text(left(5, 0, 0), Some(day)),
            "About 5 h left, by 8 Jun 2027"
        );
        // Every topic finished or known: the built-in roadmap has no unknowns.
        let p = Progress::new();
        assert_eq!(unestimated_left(&p, ROADMAP.topics()), 0);
    }

    #[test]
    fn a_pace_is_a_whole_number_of_hours_from_1_to_100() {
        assert_eq!(Pace::parse("14").map(Pace::hours_per_week), Ok(14));
        assert_eq!(Pace::parse(" 100 ").map(Pace::hours_per_week), Ok(100));
        assert_eq!(Pace::parse("1").map(Pace::hours_per_week), Ok(1));
        assert_eq!(Pace::parse("0"), Err(PaceError::TooLow));
        assert_eq!(Pace::parse("-5"), Err(PaceError::TooLow));
        assert_eq!(Pace::parse("101"), Err(PaceError::TooHigh));
        assert_eq!(Pace::parse("99999999999999999999"), Err(PaceError::TooHigh));
        for bad in ["", "ten", "1.5", "1e3", "--3", "NaN", "12h", "<b>"] {
            assert_eq!(Pace::parse(bad), Err(PaceError::NotANumber), "{bad}");
        }
        // Messages never repeat what was typed.
        for e in [PaceError::NotANumber, PaceError::TooLow, PaceError::TooHigh] {
            assert!(e.to_string().len() < 90, "{e}");
        }
    }

    #[test]
    fn the_hero_the_faq_and_the_estimates_tell_one_story() {
        let (lo, hi) = months_range(ROADMAP, DEFAULT_HOURS_PER_WEEK);
        assert_eq!((lo, hi), (5, 8));
        assert_eq!(
            HERO.facts[0],
            format!("{lo}-{hi} Months at {DEFAULT_HOURS_PER_WEEK} h/week")
        );
        let faq = FAQ
            .iter()
            .find(|f| f.question.contains("How long"))
            .expect("the duration question");
        assert_eq!(faq.answer, duration_answer(ROADMAP));
        // The sum of the estimates at the default pace lies inside the hero's range.
        let (h_lo, h_hi) = total_hours(ROADMAP);
        let months = |h: u32| f64::from(h) * 7.0 / 14.0 / DAYS_PER_MONTH;
        assert!(f64::from(lo) <= months(h_lo).round() && months(h_hi) <= f64::from(hi));
        assert!(faq.answer.contains("full-time"));
    }

    #[test]
    fn estimates_read_as_hours_and_weeks_at_the_pace() {
        let language = ROADMAP.topic("language").unwrap();
        assert_eq!(
            estimate_text(language, Pace::default()),
            "60-80 hours (about 5 weeks at 14 hours a week)"
        );
        let dns = ROADMAP.topic("dns").unwrap();
        assert_eq!(
            estimate_text(dns, Pace::default()),
            "3-4 hours (about 2 days at 14 hours a week)"
        );
    }

    #[test]
    fn hours_left_drop_as_topics_are_completed_or_skipped() {
        let mut p = Progress::new();
        let all = hours_left(&p, ROADMAP.topics());
        assert_eq!(
            all,
            ROADMAP.topics().map(|t| t.hours.typical()).sum::<u32>()
        );
        p.set_topic("language", TopicState::Completed, 1);
        p.set_topic("dsa", TopicState::Skipped, 1);
        p.set_topic("sql", TopicState::InProgress, 1);
        assert_eq!(hours_left(&p, ROADMAP.topics()), all - 70 - 50);
        let internet = &ROADMAP.sections[0];
        assert_eq!(hours_left(&p, internet.topics), 6 + 10 + 4);
    }

    #[test]
    fn the_finish_date_counts_from_today_or_a_later_start() {
        let today = day_of(2026, 11, 23).unwrap();
        let pace = Pace::parse("10").unwrap();
        assert_eq!(start_day(today, None), today);
        assert_eq!(start_day(today, Some(today - 30)), today, "a past start");
        let later = day_of(2027, 1, 4).unwrap();
        assert_eq!(start_day(today, Some(later)), later, "a future start");
        // 10 hours at 10 hours a week: one week.
        assert_eq!(finish_day(today, 10, pace), today + 7);
        assert_eq!(finish_day(today, 0, pace), today);
        assert_eq!(long_date(finish_day(later, 20, pace)), "18 Jan 2027");
    }

    #[test]
    fn a_crafted_history_time_counts_nowhere_and_never_overflows() {
        let today = day_of(2026, 12, 7).unwrap();
        for since in [u64::MAX, i64::MAX as u64, 9_300_000_000_000_000_000] {
            let mut p = Progress::new();
            p.set_topic("http", TopicState::Completed, since);
            p.set_topic("dns", TopicState::Completed, since);
            assert_eq!(
                completion_days(&p, ROADMAP, today, |_| 14 * 3_600_000).count(),
                0
            );
            assert_eq!(kept_pace(&p, ROADMAP, today, |_| 3_600_000), None);
        }
    }

    #[test]
    fn the_kept_pace_comes_from_completion_times() {
        let day = |d| day_of(2026, 11, d).unwrap();
        let ms = |d: i64| d as u64 * MS_PER_DAY + 3_600_000;
        let mut p = Progress::new();
        assert_eq!(kept_pace(&p, ROADMAP, day(22), |_| 0), None);
        p.set_topic("skipped-is-no-study", TopicState::Skipped, ms(day(1)));
        // 76 typical hours (70 + 6) over 28 days: 19 hours a week.
        p.set_topic("language", TopicState::Completed, ms(day(1)));
        p.set_topic("how-the-internet-works", TopicState::Completed, ms(day(10)));
        p.set_topic("http", TopicState::InProgress, ms(day(2)));
        let kept = kept_pace(&p, ROADMAP, day(28), |_| 0).unwrap();
        assert_eq!(kept.topics, 2);
        assert_eq!(kept.since, day(1));
        assert!(
            (kept.hours_per_week - 76.0 * 7.0 / 28.0).abs() < 1e-9,
            "{kept:?}"
        );
        assert_eq!(kept.finish_day(day(28), 19), Some(day(28) + 7));
        // Not yet a history: one topic, or less than a week since the first.
        let mut q = Progress::new();
        q.set_topic("http", TopicState::Completed, ms(day(20)));
        assert_eq!(kept_pace(&q, ROADMAP, day(28), |_| 0), None);
        q.set_topic("dns", TopicState::Completed, ms(day(21)));
        assert_eq!(kept_pace(&q, ROADMAP, day(26), |_| 0), None);
        assert_eq!(
            kept_pace(&q, ROADMAP, day(27), |_| 0).map(|k| k.whole_hours_per_week()),
            Some(12)
        );
    }

    #[test]
    fn settings_round_trip_and_bad_ones_fall_back() {
        let day = day_of(2027, 1, 4);
        let pace = Pace::parse("9").unwrap();
        assert_eq!(encode_settings(pace, day), "hours=9;start=2027-01-04");
        assert_eq!(decode_settings(&encode_settings(pace, day)), (pace, day));
        assert_eq!(decode_settings("hours=9"), (pace, None));
        for bad in [
            "",
            "hours=0",
            "hours=1e9;start=tomorrow",
            "{\"hours\":9}",
            "\u{0}",
        ] {
            assert_eq!(decode_settings(bad), (Pace::default(), None), "{bad}");
        }
    }

    #[test]
    fn dates_round_trip_and_reject_what_does_not_exist() {
        assert_eq!(day_of(1970, 1, 1), Some(0));
        assert_eq!(parse_date("2000-02-29"), Some(11_016));
        assert_eq!(parse_date("2001-02-29"), None);
        assert_eq!(parse_date("2026-13-01"), None);
        assert_eq!(parse_date("26-1-1"), None);
        assert_eq!(parse_date("<script>"), None);
        assert_eq!(long_date(parse_date("2027-03-01").unwrap()), "1 Mar 2027");
        assert_eq!(local_day(0, -1), -1, "a time zone behind UTC");
    }
}

/// Properties of the date arithmetic (native only: proptest is not built for wasm32).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn every_day_round_trips(day in -1_000_000i64..1_000_000) {
            let (y, m, d) = civil(day);
            prop_assert_eq!(day_of(y, m, d), Some(day));
            if (0..=9999).contains(&y) {
                prop_assert_eq!(parse_date(&iso_date(day)), Some(day));
            }
        }

        #[test]
        fn more_hours_a_week_never_finish_later(hours in 0u32..2000, a in 1u32..=100, b in 1u32..=100) {
            let (slow, fast) = (Pace(a.min(b)), Pace(a.max(b)));
            prop_assert!(finish_day(0, hours, fast) <= finish_day(0, hours, slow));
        }
    }
}
