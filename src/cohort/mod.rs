//! The cohort view (`?view=cohort`): an instructor pastes learners' share links, one per line,
//! or adds their export files, and gets a table of the class by section, how many have done each topic, and who has made
//! no progress lately, sortable and as CSV. Nothing leaves the browser: the links hold the
//! progress. This file is the pure core; `view.rs` shows it. The view is in the views wasm
//! (`crate::custom::view`), fetched only for `?view=cohort`, so the roadmap page carries none of it.

pub mod view;

use crate::content::file::plain_line;
use crate::content::{Roadmap, Topic, ROADMAP_ID, ROADMAP_PARAM};
pub use crate::progress::utc_date;
use crate::progress::{
    decode_export, decode_share, Counts, DecodeError, Progress, TopicState, MAX_NAME_CHARS,
};

/// At most this many learners are read; further lines are listed as left out.
pub const MAX_LEARNERS: usize = 200;
/// The left-out list names at most this many lines or files (about a screenful), then says
/// how many more there are.
pub const MAX_LISTED: usize = 20;

/// The left-out list as shown: each line or file with why, up to [`MAX_LISTED`], then one line
/// for the rest, however long the paste.
pub fn left_out_lines(skipped: &[Skipped]) -> Vec<String> {
    let mut lines: Vec<String> = skipped
        .iter()
        .take(MAX_LISTED)
        .map(|s| format!("{}: {}.", s.place, s.reason))
        .collect();
    if skipped.len() > MAX_LISTED {
        lines.push(format!("And {} more left out.", skipped.len() - MAX_LISTED));
    }
    lines
}

/// A learner with no change in this many days is listed as inactive.
pub const INACTIVE_DAYS: u64 = 14;
const DAY_MS: u64 = 24 * 60 * 60 * 1000;

/// One learner of the class, read from a share link.
#[derive(Debug, Clone, PartialEq)]
pub struct Learner {
    /// Their display name, or "Line N" when the link has none.
    pub name: String,
    pub progress: Progress,
    /// When they last changed a topic or project, if the link says.
    pub latest: Option<u64>,
}

/// A line or file that was not read, with why (never quoting it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub place: Place,
    pub reason: String,
}

/// Where a learner was read from: a pasted line or an added file, numbered from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Line(usize),
    File(usize),
}

impl std::fmt::Display for Place {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Place::Line(n) => write!(f, "Line {n}"),
            Place::File(n) => write!(f, "File {n}"),
        }
    }
}

/// A learner from their export file (what **Export** downloads) for `roadmap`, read at `now`:
/// the `number`th file added, named `file_name`. The learner is named after the file (without
/// `.json`) when that is plain text of at most [`MAX_NAME_CHARS`] characters, else "File N";
/// their last activity is the file's latest change.
pub fn read_export(
    number: usize,
    file_name: &str,
    bytes: &[u8],
    roadmap: Roadmap,
    now: u64,
) -> Result<Learner, Skipped> {
    let progress = decode_export(bytes, now, roadmap.id).map_err(|e| unread_file(number, e))?;
    let stem = file_name.strip_suffix(".json").unwrap_or(file_name);
    let latest = progress.latest_change();
    Ok(Learner {
        name: plain_line(stem, MAX_NAME_CHARS).unwrap_or_else(|| format!("File {number}")),
        latest: (latest > 0).then_some(latest),
        progress,
    })
}

/// The `number`th file added, left out because of `e`.
pub fn unread_file(number: usize, e: DecodeError) -> Skipped {
    Skipped {
        place: Place::File(number),
        reason: match e {
            DecodeError::OtherRoadmap(_) => "a file for another roadmap".to_string(),
            e => e.to_string(),
        },
    }
}

/// The value of `name` in a link's query (the last one, as the page reads it), undecoded.
fn query_value<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    let query = line.split_once('?')?.1;
    let query = query.split('#').next().unwrap_or("");
    query
        .rsplit('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

/// Read pasted lines: each non-empty line must be a share link of `roadmap` (a link whose
/// `roadmap=` names another roadmap, or that names none when `roadmap` is not the built-in
/// one, is skipped; so is a line that is not a link with progress, or whose progress is
/// damaged). Times are read at `now`.
pub fn read_links(text: &str, roadmap: Roadmap, now: u64) -> (Vec<Learner>, Vec<Skipped>) {
    let mut learners = Vec::new();
    let mut skipped = Vec::new();
    for (i, line) in text.lines().enumerate().map(|(i, l)| (i + 1, l.trim())) {
        if line.is_empty() {
            continue;
        }
        let mut skip = |reason: String| {
            skipped.push(Skipped {
                place: Place::Line(i),
                reason,
            })
        };
        if learners.len() == MAX_LEARNERS {
            // One entry for the rest, however long the paste.
            let more = text
                .lines()
                .skip(i)
                .filter(|l| !l.trim().is_empty())
                .count();
            skip(match more {
                0 => format!("more than {MAX_LEARNERS} learners: left out"),
                n => format!(
                    "more than {MAX_LEARNERS} learners: left out, with the {n} lines after it"
                ),
            });
            break;
        }
        let Some(code) = query_value(line, "progress") else {
            skip("not a progress link (it has no progress=…)".to_string());
            continue;
        };
        let linked = query_value(line, ROADMAP_PARAM).unwrap_or(ROADMAP_ID);
        if linked != roadmap.id {
            skip("a link for another roadmap".to_string());
            continue;
        }
        match decode_share(code, roadmap, roadmap.projects, now) {
            Ok(shared) => learners.push(Learner {
                name: shared.name.unwrap_or_else(|| format!("Line {i}")),
                progress: shared.progress,
                latest: shared.latest,
            }),
            Err(e) => skip(e.to_string()),
        }
    }
    (learners, skipped)
}

/// Add the learners read from export files after the pasted ones, up to [`MAX_LEARNERS`] in
/// all; a file that could not be read, or one too many, is listed as left out.
pub fn add_files(
    learners: &mut Vec<Learner>,
    skipped: &mut Vec<Skipped>,
    files: &[Result<Learner, Skipped>],
) {
    for (i, file) in files.iter().enumerate() {
        match file {
            Ok(_) if learners.len() == MAX_LEARNERS => skipped.push(Skipped {
                place: Place::File(i + 1),
                reason: format!("more than {MAX_LEARNERS} learners: left out"),
            }),
            Ok(learner) => learners.push(learner.clone()),
            Err(why) => skipped.push(why.clone()),
        }
    }
}

/// A learner's row: finished share (completed or skipped) per section and overall, in whole
/// percent, and whether they have been inactive for [`INACTIVE_DAYS`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub name: String,
    pub sections: Vec<u8>,
    pub overall: u8,
    pub latest: Option<u64>,
    pub inactive: bool,
}

fn percent(c: Counts) -> u8 {
    match c.total {
        0 => 0,
        total => (c.finished() * 100 / total) as u8,
    }
}

/// The table's rows, in the order the learners were read.
pub fn rows(learners: &[Learner], roadmap: Roadmap, now: u64) -> Vec<Row> {
    let cutoff = now.saturating_sub(INACTIVE_DAYS * DAY_MS);
    learners
        .iter()
        .map(|l| Row {
            name: l.name.clone(),
            sections: roadmap
                .sections
                .iter()
                .map(|s| percent(l.progress.section_counts(s)))
                .collect(),
            overall: percent(l.progress.roadmap_counts(roadmap)),
            latest: l.latest,
            inactive: l.latest.is_none_or(|t| t < cutoff),
        })
        .collect()
}

/// Per topic, how many learners have completed it and how many skipped it (a skipped topic is
/// not done, so it is counted apart).
pub fn topic_counts(learners: &[Learner], roadmap: Roadmap) -> Vec<(&'static Topic, usize, usize)> {
    roadmap
        .topics()
        .map(|t| {
            let count = |state| {
                learners
                    .iter()
                    .filter(|l| l.progress.topic_state(t.id) == state)
                    .count()
            };
            (t, count(TopicState::Completed), count(TopicState::Skipped))
        })
        .collect()
}

/// A column to sort the table by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Name,
    Section(usize),
    Overall,
    LastActivity,
}

/// Sort rows by `column`, ascending or not; ties keep their order.
pub fn sort(rows: &mut [Row], column: Column, ascending: bool) {
    rows.sort_by(|a, b| {
        let order = match column {
            Column::Name => a.name.to_lowercase().cmp(&b.name.to_lowercase()),
            Column::Section(i) => a.sections.get(i).cmp(&b.sections.get(i)),
            Column::Overall => a.overall.cmp(&b.overall),
            Column::LastActivity => a.latest.cmp(&b.latest),
        };
        if ascending {
            order
        } else {
            order.reverse()
        }
    });
}

/// One CSV field: quoted, quotes doubled, and a leading `=`, `+`, `-`, `@` or tab made inert
/// so a spreadsheet never runs a name as a formula.
fn field(text: &str) -> String {
    let inert = match text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        true => format!("'{text}"),
        false => text.to_string(),
    };
    format!("\"{}\"", inert.replace('"', "\"\""))
}

/// The table as CSV (RFC 4180, CRLF): name, each section's percent, overall percent, last
/// activity as a UTC date (`yyyy-mm-dd`, empty when unknown), and inactive (yes/no).
pub fn csv(rows: &[Row], roadmap: Roadmap) -> String {
    let mut header = vec![field("Learner")];
    header.extend(
        roadmap
            .sections
            .iter()
            .map(|s| field(&format!("{} %", s.title))),
    );
    header.extend(["Overall %", "Last activity (UTC)", "No progress in 14 days"].map(field));
    let mut out = header.join(",") + "\r\n";
    for row in rows {
        let mut cells = vec![field(&row.name)];
        cells.extend(row.sections.iter().map(u8::to_string));
        cells.push(row.overall.to_string());
        cells.push(row.latest.map(utc_date).unwrap_or_default());
        cells.push(if row.inactive { "yes" } else { "no" }.to_string());
        out += &(cells.join(",") + "\r\n");
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::content::{PROJECTS, ROADMAP};
    use crate::progress::{encode_share, share_url};

    const NOW: u64 = 1_795_000_000_000; // 2026-11-18
    const PAGE: &str = "https://school.example/roadmap/";

    fn link(done: &[&str], at: u64, name: Option<&str>) -> String {
        let mut p = Progress::new();
        for id in done {
            p.set_topic(id, TopicState::Completed, at);
        }
        share_url(
            PAGE,
            ROADMAP.id,
            &encode_share(&p, ROADMAP, PROJECTS, false, name),
        )
    }

    #[test]
    fn three_learners_make_a_table_and_the_rest_is_listed_with_why() {
        let text = [
            link(
                &["how-the-internet-works", "http", "dns"],
                NOW - DAY_MS,
                Some("Ana"),
            ),
            String::new(),
            link(&["http"], NOW - 20 * DAY_MS, Some("Ben")),
            "just some notes <script>".to_string(),
            link(&[], 0, None),
            format!("{PAGE}?roadmap=bootcamp-web&progress=AAAA"),
            format!("{PAGE}?progress=%%%"),
        ]
        .join("\n");
        let (learners, skipped) = read_links(&text, ROADMAP, NOW);
        let names: Vec<_> = learners.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names, ["Ana", "Ben", "Line 5"]);
        let reasons: Vec<_> = skipped
            .iter()
            .map(|s| (s.place, s.reason.as_str()))
            .collect();
        assert_eq!(
            reasons,
            [
                (Place::Line(4), "not a progress link (it has no progress=…)"),
                (Place::Line(6), "a link for another roadmap"),
                (
                    Place::Line(7),
                    "the code contains characters a progress link never has"
                ),
            ]
        );

        let table = rows(&learners, ROADMAP, NOW);
        assert_eq!(
            table[0].sections[0], 100,
            "Ana finished Internet Fundamentals"
        );
        assert_eq!(table[0].overall, 15);
        assert!(!table[0].inactive);
        assert_eq!(table[1].sections[0], 33);
        assert!(table[1].inactive, "Ben: 20 days without progress");
        assert!(table[2].inactive, "no progress at all");

        let counts = topic_counts(&learners, ROADMAP);
        let http = counts.iter().find(|(t, ..)| t.id == "http").unwrap();
        assert_eq!((http.1, http.2), (2, 0));

        let mut sorted = table.clone();
        sort(&mut sorted, Column::Overall, false);
        assert_eq!(sorted[0].name, "Ana");
        sort(&mut sorted, Column::Name, true);
        let order: Vec<_> = sorted.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(order, ["Ana", "Ben", "Line 5"]);
        sort(&mut sorted, Column::LastActivity, true);
        assert_eq!(sorted[0].name, "Line 5", "unknown activity first");
    }

    #[test]
    fn the_csv_has_a_header_a_row_per_learner_and_no_formulas() {
        let text = [
            link(&["http"], NOW, Some("=HYPERLINK(\"x\")")),
            link(&[], 0, Some("Chloé, \"CJ\"")),
        ]
        .join("\n");
        let (learners, _) = read_links(&text, ROADMAP, NOW);
        let out = csv(&rows(&learners, ROADMAP, NOW), ROADMAP);
        let lines: Vec<_> = out.split("\r\n").collect();
        assert_eq!(lines.len(), 4, "header, two rows, and the final line break");
        assert!(lines[0].starts_with("\"Learner\",\"Internet Fundamentals %\""));
        assert!(
            lines[0].ends_with("\"Overall %\",\"Last activity (UTC)\",\"No progress in 14 days\"")
        );
        assert!(
            lines[1].starts_with("\"'=HYPERLINK(\"\"x\"\")\",33,0,"),
            "{}",
            lines[1]
        );
        assert!(lines[1].ends_with(",5,2026-11-18,no"), "{}", lines[1]);
        assert!(
            lines[2].starts_with("\"Chloé, \"\"CJ\"\"\",0,"),
            "{}",
            lines[2]
        );
        assert!(lines[2].ends_with(",0,,yes"), "{}", lines[2]);
    }

    #[test]
    fn a_roadmap_files_class_reads_only_its_own_links() {
        let example = include_str!("../../roadmaps/web-foundations.json");
        let custom = crate::custom::read("web-foundations", example).unwrap();
        let mut p = Progress::new();
        p.set_topic("html", TopicState::Completed, NOW);
        p.set_topic("css", TopicState::Skipped, NOW);
        let code = encode_share(&p, custom, custom.projects, false, Some("Ana"));
        let text = [
            share_url(PAGE, custom.id, &code),
            link(&["http"], NOW, Some("Ben")),
        ]
        .join("\n");
        let (learners, skipped) = read_links(&text, custom, NOW);
        assert_eq!(learners.len(), 1);
        assert_eq!(rows(&learners, custom, NOW)[0].sections, [66, 0, 0]);
        assert_eq!(skipped[0].reason, "a link for another roadmap");
        // And the built-in roadmap's class skips the file's link.
        let (learners, skipped) = read_links(&text, ROADMAP, NOW);
        assert_eq!(learners[0].name, "Ben");
        assert_eq!(
            (skipped[0].place, skipped[0].reason.as_str()),
            (Place::Line(1), "a link for another roadmap")
        );
    }

    #[test]
    fn a_huge_paste_lists_a_screenful_of_left_out_lines_and_counts_the_rest() {
        let junk = vec!["see you on Monday"; 20_000].join("\n");
        let (learners, skipped) = read_links(&junk, ROADMAP, NOW);
        assert!(learners.is_empty());
        let lines = left_out_lines(&skipped);
        assert_eq!(lines.len(), MAX_LISTED + 1);
        assert_eq!(
            lines[0],
            "Line 1: not a progress link (it has no progress=…)."
        );
        assert_eq!(lines[MAX_LISTED], "And 19980 more left out.");
        assert_eq!(
            left_out_lines(&skipped[..3]).len(),
            3,
            "a short list is whole"
        );
    }

    #[test]
    fn export_files_are_learners_named_after_their_files() {
        let mut p = Progress::new();
        p.set_topic("http", TopicState::Completed, NOW - DAY_MS);
        let file = crate::progress::encode_export(&p, NOW, ROADMAP.id);
        let ana = read_export(1, "Ana Lima.json", file.as_bytes(), ROADMAP, NOW).unwrap();
        assert_eq!(ana.name, "Ana Lima");
        assert_eq!(ana.latest, Some(NOW - DAY_MS));
        assert_eq!(ana.progress, p);
        let odd = read_export(2, "\u{202e}evil.json", file.as_bytes(), ROADMAP, NOW).unwrap();
        assert_eq!(
            odd.name, "File 2",
            "a name that is not plain text is not used"
        );
        let other = file.replace(
            r#""roadmap": "backend-2026""#,
            r#""roadmap": "web-foundations""#,
        );
        let refused = read_export(3, "x.json", other.as_bytes(), ROADMAP, NOW).unwrap_err();
        assert_eq!(refused.place, Place::File(3));
        assert_eq!(refused.reason, "a file for another roadmap");
        let garbage = read_export(4, "x.json", b"<html>", ROADMAP, NOW).unwrap_err();
        assert_eq!(
            (garbage.place, garbage.reason.as_str()),
            (Place::File(4), "it is not valid JSON")
        );

        // After the pasted links, up to 200 learners in all.
        let one = link(&["http"], NOW, None);
        let text = vec![one; MAX_LEARNERS - 1].join("\n");
        let (mut learners, mut skipped) = read_links(&text, ROADMAP, NOW);
        add_files(
            &mut learners,
            &mut skipped,
            &[Ok(ana), Ok(odd), Err(refused)],
        );
        assert_eq!(learners.len(), MAX_LEARNERS);
        assert_eq!(learners[MAX_LEARNERS - 1].name, "Ana Lima");
        let left_out: Vec<_> = skipped
            .iter()
            .map(|s| (s.place, s.reason.as_str()))
            .collect();
        assert_eq!(
            left_out,
            [
                (Place::File(2), "more than 200 learners: left out"),
                (Place::File(3), "a file for another roadmap")
            ]
        );
    }

    #[test]
    fn at_most_200_learners_are_read() {
        let one = link(&["http"], NOW, None);
        let text = vec![one; MAX_LEARNERS + 3].join("\n");
        let (learners, skipped) = read_links(&text, ROADMAP, NOW);
        assert_eq!(learners.len(), MAX_LEARNERS);
        assert_eq!(skipped.len(), 1, "one entry for every line left out");
        assert_eq!(skipped[0].place, Place::Line(MAX_LEARNERS + 1));
        assert_eq!(
            skipped[0].reason,
            "more than 200 learners: left out, with the 2 lines after it"
        );
    }

    #[test]
    fn dates_are_civil_utc_dates() {
        assert_eq!(utc_date(0), "1970-01-01");
        assert_eq!(utc_date(951_782_400_000), "2000-02-29");
        assert_eq!(utc_date(NOW), "2026-11-18");
    }
}
