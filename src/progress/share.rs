//! Share codes: the whole progress in a short URL-safe string, for another device, a mentor or
//! an instructor's cohort view.
//!
//! Layout before base64url (no padding): `[format]`, in format 4 (written now) the roadmap's
//! id `[length][id]`, then `[topic count][2 bits per topic, roadmap order][project count][2 bits
//! per project, project order]`, then in formats 3 and 4 (written since display names) `[flags: 1 notes, 2 name][latest change, ms, u48 little-endian]`, the name
//! if flagged (`[length][UTF-8]`, plain text of at most [`MAX_NAME_CHARS`]) and the notes if
//! flagged; in format 2 (notes, no name or time) the notes: `[note count]` and per note `[topic
//! index][length, u16 little-endian][UTF-8 text]`. Format 1 has states only. Format 4 is format
//! 3 with the roadmap's id (a link opened on another roadmap is refused, not read as its first
//! topics) and every count and topic index a u16, little-endian: a roadmap of up to 65,535
//! topics travels whole (formats 1 to 3 stop at 255). Last a
//! `[checksum]`. Topics keep their place in roadmap order, so new topics must be appended,
//! never inserted (a test pins it). Links of every format still open.

use super::model::{Progress, ProjectState, TopicState};
use crate::content::{Project, Roadmap};
use std::fmt;

/// States only.
const FORMAT: u8 = 1;
/// States and the learner's notes.
const FORMAT_NOTES: u8 = 2;
/// States, the latest change's time, and optionally a display name and the notes.
const FORMAT_RECORD: u8 = 3;
/// Format 3 with the roadmap's id and two-byte counts.
const FORMAT_NAMED: u8 = 4;
const HAS_NOTES: u8 = 1;
const HAS_NAME: u8 = 2;
/// The longest display name a learner can put in a link, in characters.
pub const MAX_NAME_CHARS: usize = 40;

/// What a share link holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Shared {
    pub progress: Progress,
    /// The learner's display name, if they gave one (plain text).
    pub name: Option<String>,
    /// When the learner last changed a topic or project (ms), if the link says (format 3),
    /// never later than when the link was read.
    pub latest: Option<u64>,
}
/// Longer codes are refused before decoding: room for every topic's note at its longest.
pub const MAX_CODE_LEN: usize = 256 * 1024;
/// The longest link the share panel offers without a warning: mail programs and chat apps cut
/// or refuse longer ones (2,000 characters is the limit the most restrictive of them keep).
pub const MAX_CHAT_LINK: usize = 2000;

/// What the share panel says of a link `chars` long made with the display name `name` as
/// typed: that the name is left out (not plain text: a control or bidirectional character, or
/// too long); past [`MAX_CHAT_LINK`], that the link may be cut and the file travels instead;
/// past what the app itself opens, that it cannot be used. `None` when all is well.
pub fn share_warning(name: &str, chars: usize) -> Option<String> {
    let refused =
        !name.trim().is_empty() && crate::content::file::plain_line(name, MAX_NAME_CHARS).is_none();
    let length = match chars {
        n if n > MAX_CODE_LEN => {
            "This link is too long to open: leave your notes out, or use Export and send the file."
                .to_string()
        }
        n if n > MAX_CHAT_LINK => format!(
            "This link is {n} characters long: many mail programs and chat apps cut links over \
             {MAX_CHAT_LINK}. Leave your notes out, or use Export and send the file."
        ),
        _ => String::new(),
    };
    let name = match refused {
        true => "Your name is left out of the link: it has a control or invisible formatting character, or is over 40 characters. ",
        false => "",
    };
    (refused || !length.is_empty()).then(|| format!("{name}{length}"))
}

/// Why a share code was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    Empty,
    TooLong,
    NotBase64,
    Truncated,
    BadChecksum,
    UnknownFormat(u8),
    TooManyEntries,
    BadNote,
    BadName,
    OtherRoadmap,
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ShareError::Empty => "the link has no progress in it",
            ShareError::TooLong => "the code is far too long to be a progress link",
            ShareError::NotBase64 => "the code contains characters a progress link never has",
            ShareError::Truncated => "the code is cut short (was the link copied whole?)",
            ShareError::BadChecksum => "the code is damaged (its checksum does not match)",
            ShareError::UnknownFormat(_) => "the code comes from a newer or unknown version",
            ShareError::TooManyEntries => "the code has more entries than this roadmap",
            ShareError::BadNote => "a note in the code is damaged or too long",
            ShareError::BadName => "the name in the code is damaged",
            ShareError::OtherRoadmap => "the link holds progress on another roadmap",
        })
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding.
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

/// Decode base64url without padding; any other character, or an impossible length, is an error.
pub fn base64url_decode(text: &str) -> Result<Vec<u8>, ShareError> {
    let sextets = text
        .bytes()
        .map(|c| ALPHABET.iter().position(|a| *a == c).map(|p| p as u32))
        .collect::<Option<Vec<_>>>()
        .ok_or(ShareError::NotBase64)?;
    if sextets.len() % 4 == 1 {
        return Err(ShareError::Truncated);
    }
    let mut out = Vec::with_capacity(sextets.len() * 3 / 4);
    for chunk in sextets.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, s)| n | (s << (18 - 6 * i)));
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Ok(out)
}

fn checksum(bytes: &[u8]) -> u8 {
    bytes.iter().fold(0x5au8, |acc, b| acc.rotate_left(3) ^ b)
}

/// A count or topic index: one byte before format 4, two (little-endian) since.
fn put_count(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(&(n as u16).to_le_bytes());
}

fn get_count(bytes: &[u8], at: &mut usize, wide: bool) -> Result<usize, ShareError> {
    let width = 1 + usize::from(wide);
    let raw = bytes.get(*at..*at + width).ok_or(ShareError::Truncated)?;
    *at += width;
    Ok(raw.iter().rev().fold(0, |n, b| n << 8 | usize::from(*b)))
}

fn pack(out: &mut Vec<u8>, states: &[u8]) {
    put_count(out, states.len());
    for chunk in states.chunks(4) {
        out.push(
            chunk
                .iter()
                .enumerate()
                .fold(0, |b, (i, s)| b | (s << (2 * i))),
        );
    }
}

fn unpack(bytes: &[u8], at: &mut usize, limit: usize, wide: bool) -> Result<Vec<u8>, ShareError> {
    let count = get_count(bytes, at, wide)?;
    if count > limit {
        return Err(ShareError::TooManyEntries);
    }
    let packed = bytes
        .get(*at..*at + count.div_ceil(4))
        .ok_or(ShareError::Truncated)?;
    *at += packed.len();
    Ok((0..count)
        .map(|i| (packed[i / 4] >> (2 * (i % 4))) & 3)
        .collect())
}

fn topic_code(s: TopicState) -> u8 {
    TopicState::ALL.iter().position(|x| *x == s).unwrap_or(0) as u8
}

fn project_code(s: ProjectState) -> u8 {
    ProjectState::ALL.iter().position(|x| *x == s).unwrap_or(0) as u8
}

/// A share link: the page's address (`base`, without query or fragment, and for a roadmap
/// other than the built-in one, the `roadmap=` that names its file) and the progress, nothing
/// else. Any other parameter the page was opened with (an embed option, a crafted call to
/// action) stays out of it. `roadmap_id` is a checked id (`content::file::is_id`): URL-safe.
pub fn share_url(base: &str, roadmap_id: &str, code: &str) -> String {
    let page = crate::content::page_address(base, roadmap_id);
    crate::content::with_param(&page, &format!("progress={code}"))
}

/// Encode the states of the roadmap's topics and the given projects with the time of the
/// latest change, the learner's display `name` if they gave one (plain text, else left out),
/// and the notes on the roadmap's topics when `with_notes` (the learner ticked the box).
pub fn encode_share(
    p: &Progress,
    roadmap: Roadmap,
    projects: &[Project],
    with_notes: bool,
    name: Option<&str>,
) -> String {
    let topics: Vec<u8> = roadmap
        .topics()
        .take(u16::MAX.into())
        .map(|t| topic_code(p.topic_state(t.id)))
        .collect();
    let projs: Vec<u8> = projects
        .iter()
        .take(u16::MAX.into())
        .map(|x| project_code(p.project_state(x.id)))
        .collect();
    let name = name.and_then(|n| crate::content::file::plain_line(n, MAX_NAME_CHARS));
    // A checked id (`content::file::is_id`) is at most 64 bytes.
    let mut bytes = vec![FORMAT_NAMED, roadmap.id.len() as u8];
    bytes.extend_from_slice(roadmap.id.as_bytes());
    pack(&mut bytes, &topics);
    pack(&mut bytes, &projs);
    bytes.push(if with_notes { HAS_NOTES } else { 0 } | if name.is_some() { HAS_NAME } else { 0 });
    let latest = p.latest_change().min((1 << 48) - 1);
    bytes.extend_from_slice(&latest.to_le_bytes()[..6]);
    if let Some(name) = name {
        // At most 40 characters: at most 160 bytes.
        bytes.push(name.len() as u8);
        bytes.extend_from_slice(name.as_bytes());
    }
    if with_notes {
        let notes: Vec<(usize, &str)> = roadmap
            .topics()
            .take(u16::MAX.into())
            .enumerate()
            .map(|(i, t)| (i, p.note(t.id)))
            .filter(|(_, text)| !text.is_empty())
            .collect();
        put_count(&mut bytes, notes.len());
        for (i, text) in notes {
            // A note is at most 2,000 characters, so at most 8,000 bytes: its length fits.
            put_count(&mut bytes, i);
            bytes.extend_from_slice(&(text.len() as u16).to_le_bytes());
            bytes.extend_from_slice(text.as_bytes());
        }
    }
    bytes.push(checksum(&bytes));
    base64url_encode(&bytes)
}

/// Read format 3's name from `at`: it must be what the encoder writes, plain text.
fn unpack_name(bytes: &[u8], at: &mut usize) -> Result<String, ShareError> {
    let len = *bytes.get(*at).ok_or(ShareError::Truncated)? as usize;
    let text = bytes
        .get(*at + 1..*at + 1 + len)
        .ok_or(ShareError::Truncated)?;
    *at += 1 + len;
    let text = std::str::from_utf8(text).map_err(|_| ShareError::BadName)?;
    crate::content::file::plain_line(text, MAX_NAME_CHARS)
        .filter(|clean| clean == text)
        .ok_or(ShareError::BadName)
}

/// Read format 2's notes from `at` into `p`, stamped 0: a shared note carries no time, so
/// merging it fills an empty note and never overwrites one (adopting replaces).
fn unpack_notes(
    bytes: &[u8],
    at: &mut usize,
    roadmap: Roadmap,
    p: &mut Progress,
    wide: bool,
) -> Result<(), ShareError> {
    let count = get_count(bytes, at, wide)?;
    for _ in 0..count {
        let index = get_count(bytes, at, wide)?;
        let topic = roadmap
            .topics()
            .nth(index)
            .ok_or(ShareError::TooManyEntries)?;
        let len = get_count(bytes, at, true)?;
        let text = bytes.get(*at..*at + len).ok_or(ShareError::Truncated)?;
        *at += len;
        let text = std::str::from_utf8(text).map_err(|_| ShareError::BadNote)?;
        p.set_note(topic.id, text, 0)
            .map_err(|_| ShareError::BadNote)?;
    }
    Ok(())
}

/// Decode a share code (every state stamped `now`); never panics.
pub fn decode_share(
    code: &str,
    roadmap: Roadmap,
    projects: &[Project],
    now: u64,
) -> Result<Shared, ShareError> {
    let code = code.trim();
    if code.is_empty() {
        return Err(ShareError::Empty);
    }
    if code.len() > MAX_CODE_LEN {
        return Err(ShareError::TooLong);
    }
    let bytes = base64url_decode(code)?;
    let (sum, body) = bytes.split_last().ok_or(ShareError::Truncated)?;
    if body.is_empty() {
        return Err(ShareError::Truncated);
    }
    if checksum(body) != *sum {
        return Err(ShareError::BadChecksum);
    }
    let format = body[0];
    if !matches!(format, FORMAT | FORMAT_NOTES | FORMAT_RECORD | FORMAT_NAMED) {
        return Err(ShareError::UnknownFormat(format));
    }
    let mut at = 1;
    let wide = format == FORMAT_NAMED;
    if wide {
        let len = get_count(body, &mut at, false)?;
        let id = body.get(at..at + len).ok_or(ShareError::Truncated)?;
        if id != roadmap.id.as_bytes() {
            return Err(ShareError::OtherRoadmap);
        }
        at += len;
    }
    let topics = unpack(body, &mut at, roadmap.topic_count(), wide)?;
    let projs = unpack(body, &mut at, projects.len(), wide)?;
    let mut p = Progress::new();
    let (mut name, mut latest) = (None, None);
    let mut notes = format == FORMAT_NOTES;
    if format >= FORMAT_RECORD {
        let head = body.get(at..at + 7).ok_or(ShareError::Truncated)?;
        if head[0] & !(HAS_NOTES | HAS_NAME) != 0 {
            return Err(ShareError::UnknownFormat(format));
        }
        let mut time = [0; 8];
        time[..6].copy_from_slice(&head[1..]);
        latest = Some(u64::from_le_bytes(time).min(now)).filter(|t| *t > 0);
        notes = head[0] & HAS_NOTES != 0;
        at += 7;
        if head[0] & HAS_NAME != 0 {
            name = Some(unpack_name(body, &mut at)?);
        }
    }
    if notes {
        unpack_notes(body, &mut at, roadmap, &mut p, wide)?;
    }
    if at != body.len() {
        return Err(ShareError::TooManyEntries);
    }
    for (t, s) in roadmap.topics().zip(topics) {
        let state = TopicState::ALL[s as usize];
        if state != TopicState::NotStarted {
            p.set_topic(t.id, state, now);
        }
    }
    for (x, s) in projects.iter().zip(projs) {
        let state = *ProjectState::ALL
            .get(s as usize)
            .ok_or(ShareError::TooManyEntries)?;
        if state != ProjectState::NotStarted {
            p.set_project(x.id, state, now);
        }
    }
    Ok(Shared {
        progress: p,
        name,
        latest,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{PROJECTS, ROADMAP};

    #[test]
    fn the_share_panel_says_when_a_name_is_left_out_or_a_link_is_too_long() {
        assert_eq!(share_warning("", MAX_CHAT_LINK), None);
        assert_eq!(share_warning("👩\u{200D}💻 Priya", 300), None);
        let long = share_warning("Ana", MAX_CHAT_LINK + 1).unwrap();
        assert!(
            long.starts_with("This link is 2001 characters long"),
            "{long}"
        );
        assert!(long.contains("use Export and send the file"));
        let refused = share_warning("", MAX_CODE_LEN + 1).unwrap();
        assert!(
            refused.starts_with("This link is too long to open"),
            "{refused}"
        );
        let bidi = share_warning("Ana\u{202E}nil", 300).unwrap();
        assert!(
            bidi.starts_with("Your name is left out of the link"),
            "{bidi}"
        );
        assert!(!bidi.contains("Ana"), "never an echo of the input");
        // A link with one long note is already past what chat apps keep.
        let mut p = Progress::new();
        p.set_note("http", &"n".repeat(1_900), 1).unwrap();
        let code = encode_share(&p, ROADMAP, PROJECTS, true, None);
        assert!(share_warning("", code.len() + 40).is_some());
        assert!(decode_share(&code, ROADMAP, PROJECTS, 2).is_ok());
    }

    #[test]
    fn a_share_link_is_the_address_and_the_code() {
        let code = encode_share(&Progress::new(), ROADMAP, PROJECTS, false, None);
        let url = share_url("https://host.example/roadmap/", ROADMAP.id, &code);
        assert_eq!(
            url,
            format!("https://host.example/roadmap/?progress={code}")
        );
        // Another roadmap's page is the address with the `roadmap=` that names its file.
        assert_eq!(
            share_url("https://host.example/roadmap/", "web-foundations", "AAAA"),
            "https://host.example/roadmap/?roadmap=web-foundations&progress=AAAA"
        );
        assert!(code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    }

    #[test]
    fn share_order_is_pinned() {
        // Share codes address topics by position: append new topics, never reorder these.
        let ids: Vec<_> = ROADMAP.topics().map(|t| t.id).collect();
        assert_eq!(
            ids,
            [
                "how-the-internet-works",
                "http",
                "dns",
                "language",
                "dsa",
                "frameworks",
                "git",
                "collaboration",
                "sql",
                "nosql",
                "indexing",
                "transactions",
                "rest",
                "json",
                "auth",
                "web-security",
                "docker",
                "kubernetes",
                "ci-cd",
                "cloud"
            ]
        );
        let pids: Vec<_> = PROJECTS.iter().map(|p| p.id).collect();
        assert_eq!(
            pids,
            [
                "rest-api",
                "auth-system",
                "blog-api",
                "ecommerce",
                "chat",
                "url-shortener"
            ]
        );
    }

    #[test]
    fn base64url_matches_known_vectors() {
        for (raw, enc) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("\u{ff}\u{fe}", "w7_Dvg"),
        ] {
            assert_eq!(base64url_encode(raw.as_bytes()), enc);
            assert_eq!(base64url_decode(enc).unwrap(), raw.as_bytes());
        }
    }

    #[test]
    fn a_code_is_short_and_round_trips() {
        let mut p = Progress::new();
        p.set_topic("http", TopicState::Completed, 1);
        p.set_topic("cloud", TopicState::Skipped, 1);
        p.set_topic("sql", TopicState::InProgress, 1);
        p.set_project("chat", ProjectState::Built, 1);
        let code = encode_share(&p, ROADMAP, PROJECTS, false, None);
        // Format 4 spends 13 characters on the roadmap's id (backend-2026) and 3 on its
        // two-byte counts.
        assert!(code.len() <= 44, "{code} is {} chars", code.len());
        let back = decode_share(&code, ROADMAP, PROJECTS, 9).unwrap().progress;
        for t in ROADMAP.topics() {
            assert_eq!(back.topic_state(t.id), p.topic_state(t.id), "{}", t.id);
        }
        assert_eq!(back.project_state("chat"), ProjectState::Built);
    }

    #[test]
    fn notes_are_in_a_link_only_when_the_learner_says_so() {
        let mut p = Progress::new();
        p.set_topic("http", TopicState::Completed, 1);
        p.set_note("http", "Private: ask Ana about HTTP/3 ✓", 2)
            .unwrap();
        p.set_note("cloud", &"é".repeat(crate::progress::MAX_NOTE_CHARS), 2)
            .unwrap();
        let without = encode_share(&p, ROADMAP, PROJECTS, false, None);
        let back = decode_share(&without, ROADMAP, PROJECTS, 9)
            .unwrap()
            .progress;
        assert_eq!(back.note("http"), "");
        assert_eq!(back.note_entries().count(), 0);

        let with = encode_share(&p, ROADMAP, PROJECTS, true, None);
        assert!(with.len() <= MAX_CODE_LEN);
        let back = decode_share(&with, ROADMAP, PROJECTS, 9).unwrap().progress;
        assert_eq!(back.topic_state("http"), TopicState::Completed);
        assert_eq!(back.note("http"), p.note("http"));
        assert_eq!(back.note("cloud"), p.note("cloud"));
        assert_eq!(back.note_entries().count(), 2);
    }

    #[test]
    fn a_link_with_every_note_at_its_longest_fits() {
        let mut p = Progress::new();
        for t in ROADMAP.topics() {
            p.set_note(t.id, &"😀".repeat(crate::progress::MAX_NOTE_CHARS), 1)
                .unwrap();
        }
        let code = encode_share(&p, ROADMAP, PROJECTS, true, None);
        assert!(code.len() <= MAX_CODE_LEN, "{} chars", code.len());
        let back = decode_share(&code, ROADMAP, PROJECTS, 9).unwrap().progress;
        for t in ROADMAP.topics() {
            assert_eq!(back.note(t.id), p.note(t.id), "{}", t.id);
        }
    }

    #[test]
    fn a_link_carries_a_display_name_and_when_progress_last_changed() {
        let mut p = Progress::new();
        p.set_topic("http", TopicState::Completed, 1_700_000_000_000);
        p.set_project("chat", ProjectState::Built, 1_700_000_500_000);
        let code = encode_share(&p, ROADMAP, PROJECTS, false, Some("  Priya <b>K</b> ✓ "));
        let shared = decode_share(&code, ROADMAP, PROJECTS, 1_800_000_000_000).unwrap();
        assert_eq!(shared.name.as_deref(), Some("Priya <b>K</b> ✓"));
        assert_eq!(shared.latest, Some(1_700_000_500_000));
        assert_eq!(shared.progress.topic_state("http"), TopicState::Completed);
        // A linked time never outranks the present.
        let early = decode_share(&code, ROADMAP, PROJECTS, 5).unwrap();
        assert_eq!(early.latest, Some(5));
        // No name, a blank one or one with hidden characters: no name in the link.
        for name in [
            None,
            Some("   "),
            Some("Eve\u{202e}gnp.exe"),
            Some(&*"x".repeat(41)),
        ] {
            let code = encode_share(&p, ROADMAP, PROJECTS, true, name);
            assert_eq!(
                decode_share(&code, ROADMAP, PROJECTS, u64::MAX)
                    .unwrap()
                    .name,
                None,
                "{name:?}"
            );
        }
        // Nothing changed yet: no time.
        let code = encode_share(&Progress::new(), ROADMAP, PROJECTS, false, Some("Sam"));
        assert_eq!(
            decode_share(&code, ROADMAP, PROJECTS, 9).unwrap().latest,
            None
        );
    }

    #[test]
    fn links_made_before_names_still_open() {
        // Format 1 (states) and 2 (states and notes), as earlier versions wrote them: one-byte
        // counts, the states of HTTP's section packed 2 bits each (completed, not started,
        // skipped), no projects.
        let mut bytes = vec![FORMAT, 3, 2 | 3 << 4, 0];
        bytes.push(checksum(&bytes));
        let shared = decode_share(&base64url_encode(&bytes), ROADMAP, PROJECTS, 7).unwrap();
        assert_eq!((shared.name, shared.latest), (None, None));
        assert_eq!(
            shared.progress.topic_state("how-the-internet-works"),
            TopicState::Completed
        );
        assert_eq!(shared.progress.topic_state("dns"), TopicState::Skipped);
        let mut bytes = vec![FORMAT_NOTES, 1, 2, 0, 1, 0, 2, 0, b'h', b'i'];
        bytes.push(checksum(&bytes));
        let shared = decode_share(&base64url_encode(&bytes), ROADMAP, PROJECTS, 7).unwrap();
        assert_eq!(shared.progress.note("how-the-internet-works"), "hi");
    }

    #[test]
    fn a_link_names_its_roadmap_and_another_roadmap_refuses_it() {
        let mut p = Progress::new();
        p.set_topic("http", TopicState::Completed, 1);
        let code = encode_share(&p, ROADMAP, PROJECTS, false, None);
        let bytes = base64url_decode(&code).unwrap();
        assert_eq!(&bytes[2..2 + ROADMAP.id.len()], ROADMAP.id.as_bytes());
        // The same bytes with another id (checksum made good): refused, not read as its topics.
        let mut other = bytes[..bytes.len() - 1].to_vec();
        other[2] = b'x';
        other.push(checksum(&other));
        assert_eq!(
            decode_share(&base64url_encode(&other), ROADMAP, PROJECTS, 1).map(|s| s.progress),
            Err(ShareError::OtherRoadmap)
        );
    }

    #[test]
    fn a_damaged_name_is_refused() {
        // Format 3, no topics or projects, a name of invalid UTF-8, then one with a bidi override.
        for name in [&[0xffu8, 0xfe][..], "a\u{202e}b".as_bytes()] {
            let mut bytes = vec![
                FORMAT_RECORD,
                0,
                0,
                HAS_NAME,
                0,
                0,
                0,
                0,
                0,
                0,
                name.len() as u8,
            ];
            bytes.extend_from_slice(name);
            bytes.push(checksum(&bytes));
            assert_eq!(
                decode_share(&base64url_encode(&bytes), ROADMAP, PROJECTS, 0).map(|s| s.progress),
                Err(ShareError::BadName)
            );
        }
    }

    #[test]
    fn a_damaged_note_is_refused() {
        // Format 2 with no topics or projects and one note of invalid UTF-8 for topic 0.
        let mut bytes = vec![FORMAT_NOTES, 0, 0, 1, 0, 2, 0, 0xff, 0xfe];
        bytes.push(checksum(&bytes));
        assert_eq!(
            decode_share(&base64url_encode(&bytes), ROADMAP, PROJECTS, 0).map(|s| s.progress),
            Err(ShareError::BadNote)
        );
        // A note for a topic the roadmap does not have.
        let mut bytes = vec![FORMAT_NOTES, 0, 0, 1, 200, 1, 0, b'x'];
        bytes.push(checksum(&bytes));
        assert_eq!(
            decode_share(&base64url_encode(&bytes), ROADMAP, PROJECTS, 0).map(|s| s.progress),
            Err(ShareError::TooManyEntries)
        );
    }

    #[test]
    fn hostile_codes_are_refused() {
        let good = encode_share(&Progress::new(), ROADMAP, PROJECTS, false, None);
        let mut flipped = good.clone().into_bytes();
        flipped[3] = if flipped[3] == b'A' { b'B' } else { b'A' };
        let cases = [
            ("", ShareError::Empty),
            ("<script>alert(1)</script>", ShareError::NotBase64),
            ("A", ShareError::Truncated),
            ("AA", ShareError::Truncated),
            // One character past whole bytes: a cut-short code.
            (
                &good[..good.len() - good.len() % 4 - 3],
                ShareError::Truncated,
            ),
            (&good[..good.len() - 2], ShareError::BadChecksum),
            (
                std::str::from_utf8(&flipped).unwrap(),
                ShareError::BadChecksum,
            ),
        ];
        for (code, want) in cases {
            assert_eq!(
                decode_share(code, ROADMAP, PROJECTS, 0).map(|s| s.progress),
                Err(want),
                "{code:?}"
            );
        }
        assert_eq!(
            decode_share(&"A".repeat(MAX_CODE_LEN + 1), ROADMAP, PROJECTS, 0).map(|s| s.progress),
            Err(ShareError::TooLong)
        );
    }
}
