//! Storage and export codecs: versioned JSON, migrated forward, never panicking on input.
//!
//! Storage format, under [`STORAGE_KEY`]:
//! - version 3 (current): version 2 with the learner's notes,
//!   `"notes":{"<id>":{"text":"...","changed":<ms>}}` (at most [`MAX_NOTE_CHARS`] characters
//!   each; an emptied note is kept as `""` with its time).
//! - version 2: `{"version":2,"topics":{"<id>":{"state":"completed","changed":<ms>}},
//!   "projects":{"<id>":{"state":"built","changed":<ms>}}}`, read as version 3 with no notes.
//! - version 1 (first release): `{"version":1,"completed":["<id>", ...]}`, migrated with
//!   every listed topic completed at time 0.
//!
//! Export file: `{"format":"backend-roadmap-progress","roadmap":"<roadmap id>","version":3,
//! "exported_at":<ms>,"progress":{...body of that version...}}`; files of versions 1 and 2
//! still import. A file names the roadmap it was made on (files without a `roadmap` were made
//! on the built-in one); a file for another roadmap is refused, since its ids mean other topics.

use super::idmap::IdMap;
use super::model::{Progress, ProjectState, Stamped, TopicState, MAX_NOTE_CHARS};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The localStorage key that holds saved progress.
pub const STORAGE_KEY: &str = "backend-roadmap:progress";
/// Where unreadable saved progress is copied before anything new is written: each distinct
/// value under its own key, `BACKUP_KEY:<ms when kept>` (the bare key is the one copy that
/// versions before multiple copies kept; it counts as the oldest). See [`backup_key`].
pub const BACKUP_KEY: &str = "backend-roadmap:progress:unreadable";
/// At most this many unreadable copies are kept; a new one beyond it, or one that does not fit
/// in storage, drops the oldest (and the page says so).
pub const MAX_BACKUPS: usize = 8;

/// The roadmap whose progress every version before roadmap files kept under the bare key.
/// Not `content::ROADMAP_ID`: a site built from a roadmap file (`ROADMAP_FILE`) compiles that
/// file's id in, and it must not share the Backend roadmap's key on the same origin.
pub const FIRST_ROADMAP_ID: &str = "backend-2026";

/// The localStorage key of roadmap `roadmap_id`'s progress: [`STORAGE_KEY`] for the Backend
/// roadmap (where every version before custom roadmaps kept it), `STORAGE_KEY@<id>` for any
/// other, so progress on one roadmap never mixes with another's, whichever site shows it.
pub fn storage_key(roadmap_id: &str) -> String {
    keyed(STORAGE_KEY, roadmap_id)
}

/// `key` for roadmap `roadmap_id`: bare for the Backend roadmap, `key@<id>` for any other.
/// Every per-roadmap value (progress, the plan) is kept under such a key.
pub fn keyed(key: &str, roadmap_id: &str) -> String {
    match roadmap_id == FIRST_ROADMAP_ID {
        true => key.to_string(),
        false => format!("{key}@{roadmap_id}"),
    }
}

/// Whether roadmap `roadmap_id` kept its values under the bare keys before they were per
/// roadmap: a site built from a roadmap file (`ROADMAP_FILE`) compiles that roadmap in, and
/// used [`STORAGE_KEY`] and the plan's bare key for it. Its progress and plan are read there
/// until its own keys hold them (`Store::start`, `Plan::start`).
pub fn kept_under_bare_keys(roadmap_id: &str) -> bool {
    roadmap_id == crate::content::ROADMAP_ID && roadmap_id != FIRST_ROADMAP_ID
}

/// The storage key for an unreadable copy kept at `at` (ms since the Unix epoch).
pub fn backup_key(at: u64) -> String {
    format!("{BACKUP_KEY}:{at}")
}

/// When the copy under `key` was kept, if `key` holds one (0 for the bare legacy key).
pub fn backup_time(key: &str) -> Option<u64> {
    match key.strip_prefix(BACKUP_KEY)? {
        "" => Some(0),
        rest => rest.strip_prefix(':')?.parse().ok(),
    }
}
/// The newest storage version this build reads and writes.
pub const CURRENT_VERSION: u64 = 3;
/// The `format` marker of an export file.
pub const EXPORT_FORMAT: &str = "backend-roadmap-progress";
/// Import files larger than this are refused unread.
pub const MAX_IMPORT_BYTES: usize = 1024 * 1024;

/// Why saved or imported progress could not be read. Messages name the problem and its place,
/// never more than a few inert characters of the input (see [`snippet`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    NotText,
    NotJson,
    /// What was unexpected and where; built only from fixed words, positions and snippets.
    WrongShape(String),
    NewerVersion(u64),
    TooLarge(usize),
    Foreign,
    /// An export file made on another roadmap (its id).
    OtherRoadmap(String),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::NotText => write!(f, "it is not text"),
            DecodeError::NotJson => write!(f, "it is not valid JSON"),
            DecodeError::WrongShape(what) => write!(f, "it has an unexpected shape ({what})"),
            DecodeError::NewerVersion(v) => write!(
                f,
                "it was saved by a newer version of this app (format {v}; this one reads up to {CURRENT_VERSION})"
            ),
            DecodeError::TooLarge(n) => write!(
                f,
                "it is too large ({} KB; the limit is {} KB)",
                n.div_ceil(1024),
                MAX_IMPORT_BYTES / 1024
            ),
            DecodeError::Foreign => write!(f, "it is not a Backend Roadmap progress file"),
            DecodeError::OtherRoadmap(id) => write!(
                f,
                "it holds progress on another roadmap ({}), not this one",
                snippet(id)
            ),
        }
    }
}

#[derive(Serialize, Deserialize)]
struct Entry {
    state: String,
    changed: u64,
    /// When the state was reached (history); absent before it was kept apart from `changed`,
    /// which then stood for both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    since: Option<u64>,
}

#[derive(Serialize, Deserialize)]
struct NoteEntry {
    text: String,
    changed: u64,
}

/// The body of versions 2 and 3 (version 2 has no notes; serde's default fills them in).
#[derive(Serialize, Deserialize)]
struct Body {
    #[serde(default)]
    topics: IdMap<Entry>,
    #[serde(default)]
    projects: IdMap<Entry>,
    #[serde(default)]
    notes: IdMap<NoteEntry>,
}

#[derive(Deserialize)]
struct BodyV1 {
    completed: Vec<String>,
}

/// Just the version field of a document (everything else is ignored at this step).
#[derive(Deserialize)]
struct VersionOnly {
    version: Option<serde_json::Number>,
}

/// The storage document as written: the current body with its version.
#[derive(Serialize)]
struct Stored {
    version: u64,
    #[serde(flatten)]
    body: Body,
}

/// An export file's outer shape, read before its progress is decoded by version.
#[derive(Deserialize)]
struct ExportHead {
    format: Option<String>,
    roadmap: Option<String>,
}

#[derive(Deserialize)]
struct ExportProgress<T> {
    progress: T,
}

#[derive(Serialize)]
struct ExportFile<'a> {
    format: &'a str,
    roadmap: &'a str,
    version: u64,
    exported_at: u64,
    progress: Body,
}

fn shape(e: impl fmt::Display) -> DecodeError {
    DecodeError::WrongShape(e.to_string())
}

/// A serde error as its position only: its message quotes the input.
fn serde_shape(e: serde_json::Error) -> DecodeError {
    shape(format!("at line {}, column {}", e.line(), e.column()))
}

/// One rule for quoting input in messages, shared with the roadmap-file validator.
pub use crate::content::file::{snippet, SNIPPET_CHARS};

fn unknown_state(kind: &str, id: &str, expected: &[&str]) -> DecodeError {
    shape(format!(
        "{kind}.{}.state: expected {}",
        snippet(id),
        expected.join(", ")
    ))
}

fn to_body(p: &Progress) -> Body {
    // Inserted one by one: `collect` into a map sorts its input first, and a sort per entry
    // type costs the wasm kilobytes (the entries come out of a map, already in order).
    let mut body = Body {
        topics: IdMap::new(),
        projects: IdMap::new(),
        notes: IdMap::new(),
    };
    for (id, s) in p.topic_entries() {
        body.topics.insert(id.to_owned(), entry(s.state.slug(), s));
    }
    for (id, s) in p.project_entries() {
        body.projects
            .insert(id.to_owned(), entry(s.state.slug(), s));
    }
    for (id, n) in p.note_entries() {
        body.notes.insert(
            id.to_owned(),
            NoteEntry {
                text: n.state.clone(),
                changed: n.changed_at,
            },
        );
    }
    body
}

/// An entry as written: `since` only where it differs from `changed`, so a value stays as
/// small as before for the common case and older versions read it unchanged.
fn entry<S>(slug: &str, s: Stamped<S>) -> Entry {
    Entry {
        state: slug.to_owned(),
        changed: s.changed_at,
        since: (s.since != s.changed_at).then_some(s.since),
    }
}

fn from_body(b: Body) -> Result<Progress, DecodeError> {
    let mut p = Progress::new();
    for (id, e) in b.topics {
        let state = TopicState::from_slug(&e.state)
            .ok_or_else(|| unknown_state("topics", &id, &TopicState::ALL.map(TopicState::slug)))?;
        p.topics.insert(
            id,
            Stamped {
                state,
                changed_at: e.changed,
                since: e.since.unwrap_or(e.changed),
            },
        );
    }
    for (id, e) in b.projects {
        let state = ProjectState::from_slug(&e.state).ok_or_else(|| {
            unknown_state("projects", &id, &ProjectState::ALL.map(ProjectState::slug))
        })?;
        p.projects.insert(
            id,
            Stamped {
                state,
                changed_at: e.changed,
                since: e.since.unwrap_or(e.changed),
            },
        );
    }
    for (id, n) in b.notes {
        p.set_note(&id, &n.text, n.changed).map_err(|_| {
            shape(format!(
                "notes.{}: longer than {MAX_NOTE_CHARS} characters",
                snippet(&id)
            ))
        })?;
    }
    Ok(p)
}

fn text(bytes: &[u8]) -> Result<&str, DecodeError> {
    std::str::from_utf8(bytes).map_err(|_| DecodeError::NotText)
}

/// Valid JSON whose top level is an object (checked without building a JSON tree).
fn json_object(text: &str) -> Result<(), DecodeError> {
    serde_json::from_str::<serde::de::IgnoredAny>(text).map_err(|_| DecodeError::NotJson)?;
    match text.trim_start().starts_with('{') {
        true => Ok(()),
        false => Err(shape("not an object")),
    }
}

/// The version of a JSON object document.
fn version_of(text: &str) -> Result<u64, DecodeError> {
    // The text is a valid object here, so only the version field itself can be wrong.
    let head: VersionOnly =
        serde_json::from_str(text).map_err(|_| shape("version is not a whole number"))?;
    let v = head.version.ok_or_else(|| shape("no version"))?;
    v.as_u64()
        .ok_or_else(|| shape("version is not a whole number"))
}

/// Read a progress body of a known version, migrating older versions forward.
/// `v1` and `v2` pick the body out of its document (storage: the document itself; export:
/// `progress`); `v2` reads versions 2 and 3, which differ only in the notes version 3 adds.
fn decode_versioned<'a, W1, W2>(
    version: u64,
    text: &'a str,
    v1: fn(W1) -> BodyV1,
    v2: fn(W2) -> Body,
) -> Result<Progress, DecodeError>
where
    W1: Deserialize<'a>,
    W2: Deserialize<'a>,
{
    match version {
        1 => migrate_v1(v1(serde_json::from_str(text).map_err(serde_shape)?)),
        2 | 3 => from_body(v2(serde_json::from_str(text).map_err(serde_shape)?)),
        v if v > CURRENT_VERSION => Err(DecodeError::NewerVersion(v)),
        v => Err(shape(format!("unknown version {v}"))),
    }
}

/// Version 1 listed completed topic ids only; their change time is unknown (0).
fn migrate_v1(v1: BodyV1) -> Result<Progress, DecodeError> {
    let mut p = Progress::new();
    for id in v1.completed {
        p.set_topic(&id, TopicState::Completed, 0);
    }
    Ok(p)
}

/// Taps the head script kept when the app could not start (`web::PENDING_TAPS_KEY`): one
/// `<page token> id:state` line each, in the order tapped; the lines of page `own` (its queue
/// holds them) and lines that are not a tap are dropped. Whether an id is the roadmap's is for
/// the caller (`Store::apply_early_taps`) to say.
pub fn decode_taps(text: &str, own: Option<&str>) -> Vec<(String, TopicState)> {
    text.lines()
        .filter_map(|line| {
            let (page, tap) = line.split_once(' ')?;
            let (id, state) = tap.split_once(':')?;
            let state = TopicState::from_slug(state)?;
            (Some(page) != own).then(|| (id.to_string(), state))
        })
        .collect()
}

/// Encode progress as the current storage document.
pub fn encode_storage(p: &Progress) -> String {
    serde_json::to_string(&Stored {
        version: CURRENT_VERSION,
        body: to_body(p),
    })
    .unwrap_or_default()
}

/// Decode a stored value of any known version, read at `now`: change times after `now` are
/// brought back to it (see [`super::clock`]).
pub fn decode_storage(bytes: &[u8], now: u64) -> Result<Progress, DecodeError> {
    let text = text(bytes)?;
    json_object(text)?;
    let version = version_of(text)?;
    let mut p = decode_versioned(version, text, |b: BodyV1| b, |b: Body| b)?;
    p.bound_times(now);
    Ok(p)
}

/// An export file's name: the roadmap and the learner's date, so that exports of different
/// roadmaps and days never pile up as "(1)", "(2)": `backend-2026-progress-2026-12-07.json`.
/// `local_ms` is the time shifted into the learner's time zone.
pub fn export_file_name(roadmap_id: &str, local_ms: u64) -> String {
    format!("{roadmap_id}-progress-{}.json", super::utc_date(local_ms))
}

/// Encode an export file of roadmap `roadmap_id` (pretty-printed, so a learner can read it).
pub fn encode_export(p: &Progress, exported_at: u64, roadmap_id: &str) -> String {
    let file = ExportFile {
        format: EXPORT_FORMAT,
        roadmap: roadmap_id,
        version: CURRENT_VERSION,
        exported_at,
        progress: to_body(p),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Decode an import file into roadmap `roadmap_id`, read at `now`: refused when too large, not
/// JSON, not ours, or made on another roadmap (a file that names none was made on the built-in
/// one, before files named their roadmap); change times after `now` are brought back to it.
pub fn decode_export(bytes: &[u8], now: u64, roadmap_id: &str) -> Result<Progress, DecodeError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(DecodeError::TooLarge(bytes.len()));
    }
    let text = text(bytes)?;
    json_object(text).map_err(|e| {
        if e == DecodeError::NotJson {
            e
        } else {
            DecodeError::Foreign
        }
    })?;
    let head: ExportHead = serde_json::from_str(text).map_err(|_| DecodeError::Foreign)?;
    if head.format.as_deref() != Some(EXPORT_FORMAT) {
        return Err(DecodeError::Foreign);
    }
    let made_on = head
        .roadmap
        .unwrap_or_else(|| crate::content::ROADMAP_ID.to_string());
    if made_on != roadmap_id {
        return Err(DecodeError::OtherRoadmap(made_on));
    }
    let version = version_of(text)?;
    let mut p = decode_versioned(
        version,
        text,
        |f: ExportProgress<BodyV1>| f.progress,
        |f: ExportProgress<Body>| f.progress,
    )?;
    p.bound_times(now);
    Ok(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = crate::content::ROADMAP_ID;

    /// Import into the built-in roadmap.
    fn import_builtin(bytes: &[u8], now: u64) -> Result<Progress, DecodeError> {
        decode_export(bytes, now, ID)
    }

    fn sample() -> Progress {
        let mut p = Progress::new();
        p.set_topic("http", TopicState::Completed, 1_700_000_000_000);
        p.set_topic("dns", TopicState::InProgress, 5);
        p.set_topic("retired-topic", TopicState::Skipped, 6);
        p.set_project("chat", ProjectState::Built, 7);
        p.set_note(
            "http",
            "Read RFC 9110, \"Semantics\".\nLine two: ünïcödé ✓",
            8,
        )
        .unwrap();
        p.set_note("dns", "", 9).unwrap();
        p
    }

    #[test]
    fn an_export_file_is_named_after_its_roadmap_and_the_day() {
        assert_eq!(
            export_file_name("backend-2026", 1_796_601_600_000),
            "backend-2026-progress-2026-12-07.json"
        );
        assert_eq!(
            export_file_name("web-foundations", 0),
            "web-foundations-progress-1970-01-01.json"
        );
    }

    #[test]
    fn pending_taps_are_id_state_lines_and_anything_else_is_dropped() {
        let text = "p1 docker:completed\np1 http:not-started\n<b>x</b>\np1 git:mastered\np2 :completed\np1 sql:completed:x\np2 git:completed";
        assert_eq!(
            decode_taps(text, None),
            [
                ("docker".to_string(), TopicState::Completed),
                ("http".to_string(), TopicState::NotStarted),
                (String::new(), TopicState::Completed),
                ("git".to_string(), TopicState::Completed),
            ]
        );
        // A page that starts after all skips the taps it kept itself.
        assert_eq!(
            decode_taps(text, Some("p1")),
            [
                (String::new(), TopicState::Completed),
                ("git".to_string(), TopicState::Completed),
            ]
        );
        assert!(decode_taps("", None).is_empty());
    }

    #[test]
    fn storage_round_trips_with_unknown_ids() {
        let p = sample();
        let text = encode_storage(&p);
        assert!(text.contains("\"version\":3"), "{text}");
        assert_eq!(decode_storage(text.as_bytes(), u64::MAX), Ok(p));
    }

    #[test]
    fn version_1_migrates_to_completed_topics() {
        let p = decode_storage(br#"{"version":1,"completed":["http","sql","gone"]}"#, 9).unwrap();
        assert_eq!(p.topic_state("http"), TopicState::Completed);
        assert_eq!(p.topic_state("sql"), TopicState::Completed);
        assert_eq!(
            p.topic_state("gone"),
            TopicState::Completed,
            "unknown ids survive migration"
        );
        assert_eq!(p.topic_state("dns"), TopicState::NotStarted);
        // Re-encoding writes the current version.
        assert!(encode_storage(&p).contains("\"version\":3"));
    }

    #[test]
    fn every_older_version_migrates_to_the_current_one_in_storage_and_in_files() {
        let v1 = br#"{"version":1,"completed":["http"]}"#.as_slice();
        let v2 = br#"{"version":2,"topics":{"http":{"state":"completed","changed":5}},"projects":{"chat":{"state":"building","changed":6}}}"#.as_slice();
        for (version, stored) in [(1, v1), (2, v2)] {
            let p = decode_storage(stored, 100).unwrap();
            assert_eq!(p.topic_state("http"), TopicState::Completed, "v{version}");
            assert_eq!(p.note("http"), "", "v{version} has no notes");
            let text = encode_storage(&p);
            assert!(text.contains(&format!("\"version\":{CURRENT_VERSION}")));
            assert_eq!(decode_storage(text.as_bytes(), 100), Ok(p.clone()));
            // The same body in an export file of that version.
            let body = std::str::from_utf8(stored).unwrap();
            let file = format!(
                r#"{{"format":"backend-roadmap-progress","version":{version},"exported_at":1,"progress":{body}}}"#
            );
            assert_eq!(
                import_builtin(file.as_bytes(), 100),
                Ok(p),
                "v{version} file"
            );
        }
    }

    #[test]
    fn notes_travel_in_export_files_with_their_times() {
        let p = sample();
        let file = encode_export(&p, 42, ID);
        assert!(file.contains("\"notes\""), "{file}");
        let back = import_builtin(file.as_bytes(), u64::MAX).unwrap();
        assert_eq!(back.note("http"), p.note("http"));
        assert_eq!(back.note_entries().count(), 2, "the emptied note is kept");
    }

    #[test]
    fn a_note_over_the_limit_is_refused_whole_never_cut() {
        let long = "é".repeat(crate::progress::MAX_NOTE_CHARS + 1);
        let stored =
            format!(r#"{{"version":3,"notes":{{"http":{{"text":"{long}","changed":1}}}}}}"#);
        let err = decode_storage(stored.as_bytes(), 9).unwrap_err();
        assert_eq!(
            err.to_string(),
            "it has an unexpected shape (notes.http: longer than 2000 characters)"
        );
        let fits = "é".repeat(crate::progress::MAX_NOTE_CHARS);
        let stored =
            format!(r#"{{"version":3,"notes":{{"http":{{"text":"{fits}","changed":1}}}}}}"#);
        assert_eq!(
            decode_storage(stored.as_bytes(), 9).unwrap().note("http"),
            fits
        );
    }

    #[test]
    fn unreadable_storage_is_an_error_not_a_panic() {
        let cases: &[(&[u8], DecodeError)] = &[
            (b"", DecodeError::NotJson),
            (b"{not json", DecodeError::NotJson),
            (&[0xff, 0xfe], DecodeError::NotText),
            (b"[1,2]", shape("not an object")),
            (b"{}", shape("no version")),
            (
                br#"{"version":"2"}"#,
                shape("version is not a whole number"),
            ),
            (br#"{"version":0}"#, shape("unknown version 0")),
            (
                br#"{"version":4,"anything":true}"#,
                DecodeError::NewerVersion(4),
            ),
        ];
        for (input, want) in cases {
            assert_eq!(
                decode_storage(input, 0).as_ref(),
                Err(want),
                "{:?}",
                String::from_utf8_lossy(input)
            );
        }
        assert!(matches!(
            decode_storage(
                br#"{"version":2,"topics":{"http":{"state":"mastered","changed":1}}}"#,
                0
            ),
            Err(DecodeError::WrongShape(_))
        ));
        assert!(matches!(
            decode_storage(br#"{"version":2,"topics":{"http":"completed"}}"#, 0),
            Err(DecodeError::WrongShape(_))
        ));
        assert!(matches!(
            decode_storage(br#"{"version":1,"completed":"http"}"#, 0),
            Err(DecodeError::WrongShape(_))
        ));
    }

    #[test]
    fn export_round_trips() {
        let p = sample();
        let file = encode_export(&p, 42, ID);
        assert!(file.contains(EXPORT_FORMAT));
        assert_eq!(import_builtin(file.as_bytes(), u64::MAX), Ok(p));
    }

    #[test]
    fn an_export_names_its_roadmap_and_a_file_for_another_roadmap_is_refused() {
        let file = encode_export(&sample(), 42, ID);
        assert!(file.contains(r#""roadmap": "backend-2026""#), "{file}");
        let other = file.replace(
            r#""roadmap": "backend-2026""#,
            r#""roadmap": "bootcamp-web""#,
        );
        let refused = import_builtin(other.as_bytes(), u64::MAX).unwrap_err();
        assert_eq!(refused, DecodeError::OtherRoadmap("bootcamp-web".into()));
        assert_eq!(
            refused.to_string(),
            "it holds progress on another roadmap (bootcamp-web), not this one"
        );
        // A long or odd id is not repeated.
        let odd = file.replace(
            r#""roadmap": "backend-2026""#,
            r#""roadmap": "<b>a very long name</b>""#,
        );
        let message = import_builtin(odd.as_bytes(), u64::MAX)
            .unwrap_err()
            .to_string();
        assert!(
            message.contains("(…)") && !message.contains("<b>"),
            "{message}"
        );
        // Files made before files named their roadmap were made on the built-in one.
        let unnamed = file.replace("  \"roadmap\": \"backend-2026\",\n", "");
        assert!(!unnamed.contains("roadmap\""), "{unnamed}");
        assert_eq!(import_builtin(unnamed.as_bytes(), u64::MAX), Ok(sample()));
        // Into another roadmap, that file is refused as the built-in roadmap's; a file made on
        // that roadmap comes in.
        assert_eq!(
            decode_export(unnamed.as_bytes(), u64::MAX, "bootcamp-web"),
            Err(DecodeError::OtherRoadmap(ID.into()))
        );
        assert_eq!(
            decode_export(other.as_bytes(), u64::MAX, "bootcamp-web"),
            Ok(sample())
        );
        assert!(
            encode_export(&sample(), 42, "bootcamp-web").contains(r#""roadmap": "bootcamp-web""#)
        );
    }

    #[test]
    fn each_roadmap_keeps_its_progress_under_a_key_of_its_own() {
        assert_eq!(storage_key(FIRST_ROADMAP_ID), STORAGE_KEY);
        // A site built from a roadmap file compiles its id in: still a key of its own.
        assert_eq!(
            storage_key("web-foundations"),
            "backend-roadmap:progress@web-foundations"
        );
        assert_eq!(
            keyed("backend-roadmap:plan", "web-foundations"),
            "backend-roadmap:plan@web-foundations"
        );
        // Only a roadmap compiled in by a ROADMAP_FILE build kept the bare keys: not the
        // Backend roadmap (whose keys they are) nor a file shown at run time.
        assert!(!kept_under_bare_keys(FIRST_ROADMAP_ID));
        assert!(!kept_under_bare_keys("web-foundations"));
        assert_eq!(
            storage_key("bootcamp-web"),
            "backend-roadmap:progress@bootcamp-web"
        );
        assert_ne!(storage_key("bootcamp-web"), storage_key("bootcamp-web2"));
        // No roadmap's key is taken for a kept unreadable copy.
        assert_eq!(backup_time(&storage_key("unreadable")), None);
    }

    #[test]
    fn foreign_malformed_and_oversized_imports_are_refused() {
        assert_eq!(import_builtin(b"hello", 0), Err(DecodeError::NotJson));
        assert_eq!(
            import_builtin(br#"{"version":2,"topics":{}}"#, 0),
            Err(DecodeError::Foreign)
        );
        assert_eq!(
            import_builtin(br#"{"format":"other-app","version":2,"progress":{}}"#, 0),
            Err(DecodeError::Foreign)
        );
        assert_eq!(
            import_builtin(
                br#"{"format":"backend-roadmap-progress","version":9,"progress":{}}"#,
                0
            ),
            Err(DecodeError::NewerVersion(9))
        );
        let big = vec![b' '; MAX_IMPORT_BYTES + 1];
        assert_eq!(
            import_builtin(&big, 0),
            Err(DecodeError::TooLarge(MAX_IMPORT_BYTES + 1))
        );
    }

    #[test]
    fn backup_keys_name_their_time_and_nothing_else_is_a_backup() {
        assert_eq!(
            backup_time(&backup_key(1_700_000_000_000)),
            Some(1_700_000_000_000)
        );
        assert_eq!(backup_time(BACKUP_KEY), Some(0), "the legacy single copy");
        for other in [
            STORAGE_KEY,
            "backend-roadmap:theme",
            "backend-roadmap:progress:unreadable:x",
            "x",
        ] {
            assert_eq!(backup_time(other), None, "{other}");
        }
    }

    #[test]
    fn a_malformed_file_is_named_by_place_not_quoted() {
        let long = "Restore it at https://evil.example/".repeat(9000);
        let cases = [
            format!(
                r#"{{"format":"backend-roadmap-progress","version":2,"progress":{{"topics":{{"http":{{"state":"{long}","changed":1}}}}}}}}"#
            ),
            format!(
                r#"{{"format":"backend-roadmap-progress","version":2,"progress":{{"topics":{{"http":{{"state":"completed","changed":"{long}"}}}}}}}}"#
            ),
        ];
        for file in cases {
            let message = import_builtin(file.as_bytes(), 0).unwrap_err().to_string();
            assert!(message.len() < 120, "{message}");
            assert!(
                !message.contains("Restore") && !message.contains("evil"),
                "{message}"
            );
        }
        let message = import_builtin(
            br#"{"format":"backend-roadmap-progress","version":2,"progress":{"topics":{"http":{"state":"mastered","changed":1}}}}"#,
            0,
        )
        .unwrap_err()
        .to_string();
        assert_eq!(
            message,
            "it has an unexpected shape (topics.http.state: expected not-started, in-progress, completed, skipped)"
        );
    }

    #[test]
    fn snippets_are_short_and_inert() {
        assert_eq!(snippet("http"), "http");
        assert_eq!(snippet("ci-cd"), "ci-cd");
        for text in [
            "Restore it at https://x",
            "<img src=x>",
            "Restore",
            "call-us-now-please",
            "",
        ] {
            assert_eq!(snippet(text), "…", "{text:?}");
        }
    }

    #[test]
    fn times_after_the_present_are_brought_back_to_it() {
        let stored = br#"{"version":2,"topics":{"http":{"state":"completed","changed":18446744073709551615}}}"#;
        let p = decode_storage(stored, 1_000).unwrap();
        assert_eq!(p.topic_entries().next().unwrap().1.changed_at, 1_000);
    }

    #[test]
    fn errors_read_as_sentences() {
        assert_eq!(DecodeError::NotJson.to_string(), "it is not valid JSON");
        assert!(DecodeError::TooLarge(2_000_000)
            .to_string()
            .contains("1024 KB"));
        assert!(DecodeError::NewerVersion(4)
            .to_string()
            .contains("newer version"));
    }
}
