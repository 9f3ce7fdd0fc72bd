//! The plan as a calendar file (RFC 5545): one all-day event per remaining topic, in roadmap
//! order, each as long as the plan gives it at the learner's pace. Lines end in CRLF and are
//! folded at 75 octets; every event has a UID and a DTSTAMP; text is escaped.

use super::schedule::{civil, Pace};
use crate::content::{Roadmap, Topic};
use crate::progress::Progress;

/// One topic's place in the plan: study from `start` up to (not including) `end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub topic: &'static Topic,
    pub start: i64,
    pub end: i64,
}

/// The remaining topics (neither completed nor skipped) one after another from day `from`.
pub fn schedule(progress: &Progress, roadmap: Roadmap, from: i64, pace: Pace) -> Vec<Slot> {
    let mut day = from;
    roadmap
        .topics()
        .filter(|t| !progress.topic_state(t.id).is_finished())
        .map(|topic| {
            let start = day;
            day += i64::from(pace.days_for(topic.hours.typical()).max(1));
            Slot {
                topic,
                start,
                end: day,
            }
        })
        .collect()
}

/// The calendar of `roadmap`: `slots` as events linking back to its page (`base` is the page's
/// address without query or fragment), stamped `now_ms` (UTC). It is named after the roadmap,
/// and each event's UID is the roadmap's and the topic's: downloaded again, the plan updates
/// the events a calendar already has (a later `SEQUENCE`) instead of adding a second set.
pub fn calendar(slots: &[Slot], roadmap: Roadmap, base: &str, now_ms: u64) -> String {
    let mut out = String::new();
    let mut line = |text: &str| fold_into(&mut out, text);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Roadmap progress tracker//Study plan//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line(&format!(
        "X-WR-CALNAME:{}",
        escape(&format!("{} study plan", roadmap.title))
    ));
    let stamp = utc_stamp(now_ms);
    let page = crate::content::page_address(base, roadmap.id);
    // The site's address without its scheme: two sites that show a roadmap of the same id keep
    // their calendars apart.
    let site = base.split_once("://").map_or(base, |(_, rest)| rest);
    for slot in slots {
        let link = super::super::roadmap::links::topic_link(&page, slot.topic.id);
        line("BEGIN:VEVENT");
        line(&format!(
            "UID:{}",
            escape(&format!("{}.{}@{site}", slot.topic.id, roadmap.id))
        ));
        line(&format!("SEQUENCE:{}", now_ms / 60_000));
        line(&format!("DTSTAMP:{stamp}"));
        line(&format!("DTSTART;VALUE=DATE:{}", date(slot.start)));
        line(&format!("DTEND;VALUE=DATE:{}", date(slot.end)));
        line(&format!(
            "SUMMARY:{}",
            escape(&format!("Study: {}", slot.topic.title))
        ));
        line(&format!(
            "DESCRIPTION:{}",
            escape(
                &[
                    slot.topic.summary,
                    match slot.topic.hours.is_known() {
                        true => "",
                        false =>
                            "This roadmap gives no estimate for this topic: one day is set aside.",
                    },
                    &format!("Open the topic: {link}"),
                ]
                .iter()
                .filter(|p| !p.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join("\n\n")
            )
        ));
        line(&format!("URL:{link}"));
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

/// `20270104` for a day number.
fn date(day: i64) -> String {
    let (y, m, d) = civil(day);
    format!("{y:04}{m:02}{d:02}")
}

/// `20261123T100000Z` for a time in ms.
fn utc_stamp(ms: u64) -> String {
    let secs = ms / 1000;
    let (h, mi, s) = ((secs / 3600) % 24, (secs / 60) % 60, secs % 60);
    format!("{}T{h:02}{mi:02}{s:02}Z", date((secs / 86_400) as i64))
}

/// TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newline.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Append `text` as a content line: folded so no line exceeds 75 octets (continuations start
/// with a space), never inside a UTF-8 character, each ending in CRLF.
fn fold_into(out: &mut String, text: &str) {
    let mut width = 0;
    for c in text.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::ROADMAP;
    use crate::plan::schedule::day_of;
    use crate::progress::TopicState;

    /// Unfold a calendar as a reader does, checking every physical line on the way.
    fn unfold(ics: &str) -> Vec<String> {
        assert!(ics.ends_with("\r\n"));
        let mut lines: Vec<String> = Vec::new();
        for physical in ics.strip_suffix("\r\n").unwrap().split("\r\n") {
            assert!(physical.len() <= 75, "over 75 octets: {physical:?}");
            assert!(!physical.contains('\n') && !physical.contains('\r'));
            match physical.strip_prefix(' ') {
                Some(rest) => lines.last_mut().expect("a first line").push_str(rest),
                None => lines.push(physical.to_string()),
            }
        }
        lines
    }

    #[test]
    fn the_plan_parses_back_event_by_event() {
        let mut p = Progress::new();
        p.set_topic("how-the-internet-works", TopicState::Completed, 1);
        p.set_topic("dns", TopicState::Skipped, 1);
        let from = day_of(2026, 11, 23).unwrap();
        let slots = schedule(&p, ROADMAP, from, Pace::default());
        assert_eq!(slots.len(), 18);
        assert_eq!(slots[0].topic.id, "http");
        // HTTP: 10 hours at 14 a week is 5 days; the next topic starts when it ends.
        assert_eq!((slots[0].start, slots[0].end), (from, from + 5));
        assert!(slots.windows(2).all(|w| w[0].end == w[1].start));

        let ics = calendar(
            &slots,
            ROADMAP,
            "https://example.org/roadmap/",
            1_795_428_000_000,
        );
        let lines = unfold(&ics);
        assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
        assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
        let events: Vec<&[String]> = lines.split(|l| l == "BEGIN:VEVENT").skip(1).collect();
        assert_eq!(events.len(), 18);
        let mut uids = std::collections::BTreeSet::new();
        for event in &events {
            let field = |name: &str| {
                event
                    .iter()
                    .find_map(|l| l.strip_prefix(name))
                    .unwrap_or_else(|| panic!("{name} missing in {event:?}"))
            };
            assert!(uids.insert(field("UID:").to_string()), "UIDs are unique");
            assert!(field("UID:").ends_with(".backend-2026@example.org/roadmap/"));
            assert_eq!(field("DTSTAMP:"), "20261123T100000Z");
            assert_eq!(field("DTSTART;VALUE=DATE:").len(), 8);
            assert!(field("DESCRIPTION:")
                .contains("Open the topic: https://example.org/roadmap/#topic-"));
        }
        let http = events[0];
        assert!(http.contains(&"DTSTART;VALUE=DATE:20261123".to_string()));
        assert!(http.contains(&"DTEND;VALUE=DATE:20261128".to_string()));
        assert!(http.contains(&"SUMMARY:Study: HTTP & HTTPS".to_string()));
        // The summary's commas are escaped, its text intact once unescaped.
        let description = http
            .iter()
            .find_map(|l| l.strip_prefix("DESCRIPTION:"))
            .unwrap();
        assert!(description.starts_with("Requests and responses\\, headers\\, status codes"));
        assert!(
            description.contains("\\n\\nOpen the topic: https://example.org/roadmap/#topic-http")
        );
    }

    #[test]
    fn a_roadmap_title_is_escaped_in_the_calendars_name() {
        use crate::content::{Roadmap, RoadmapData};
        let data = Box::leak(Box::new(RoadmapData {
            title: "Web, Data; and \\ more\nnext",
            ..*ROADMAP.0
        }));
        let lines = unfold(&calendar(&[], Roadmap(data), "https://x/", 0));
        assert!(lines
            .contains(&"X-WR-CALNAME:Web\\, Data\\; and \\\\ more\\nnext study plan".to_string()));
    }

    #[test]
    fn text_is_escaped_and_lines_fold_between_characters() {
        assert_eq!(escape("a,b;c\\d\ne\r"), "a\\,b\\;c\\\\d\\ne");
        let mut out = String::new();
        let long = format!("DESCRIPTION:{}", "é".repeat(80));
        fold_into(&mut out, &long);
        let lines = unfold(&out);
        assert_eq!(lines, [long]);
        assert!(out.split("\r\n").all(|l| l.len() <= 75));
    }

    #[test]
    fn nothing_left_is_an_empty_but_valid_calendar() {
        let mut p = Progress::new();
        for t in ROADMAP.topics() {
            p.set_topic(t.id, TopicState::Completed, 1);
        }
        let slots = schedule(&p, ROADMAP, 0, Pace::default());
        assert!(slots.is_empty());
        let lines = unfold(&calendar(&slots, ROADMAP, "https://x/", 0));
        assert!(!lines.iter().any(|l| l == "BEGIN:VEVENT"));
        assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    }
}
