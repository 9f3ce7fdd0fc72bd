//! A roadmap as a data file: the format's parser and validator. Pure Rust over `serde_json`,
//! with no other part of the crate, because the build script (`build.rs`) compiles this very
//! file to read `roadmaps/backend-2026.json` and generate the content the page is prerendered
//! from; the schema editors check files against is `roadmap.schema.json` (the two are held to
//! one table of cases, `tests/roadmap-cases.json`).
//!
//! A file is refused whole, with every problem found (up to [`MAX_PROBLEMS`]) as a path into
//! the file and what was expected there: `sections[2].topics[0].id: missing`. The problem
//! text never repeats what the file holds, so nothing of a hostile file reaches the page.

use serde_json::{Map, Value};
use std::collections::HashSet;
use std::fmt;

/// The schema's file name, beside the page in `dist/`.
pub const SCHEMA_FILE: &str = "roadmap.schema.json";
/// Larger files are refused before they are parsed.
pub const MAX_FILE_BYTES: usize = 1_000_000;
pub const MAX_SECTIONS: usize = 30;
pub const MAX_TOPICS: usize = 500;
pub const MAX_RESOURCES: usize = 10;
pub const MAX_PROJECTS: usize = 50;
pub const MAX_FAQ: usize = 50;
pub const MAX_TAGS: usize = 8;
/// Only so many problems are listed; the last line says how many more there were.
pub const MAX_PROBLEMS: usize = 30;
/// Longest id: ids go into storage keys, addresses and element ids.
pub const MAX_ID: usize = 64;
/// Longest title or label.
pub const MAX_TITLE: usize = 200;
/// Longest paragraph (summary, why, description, answer).
pub const MAX_TEXT: usize = 2_000;
pub const MAX_URL: usize = 2_000;
pub const MAX_HOURS: u64 = 2_000;

/// One problem in a file: where (`sections[2].topics[0].id`) and what was expected there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub expected: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.path.is_empty() {
            true => write!(f, "{}", self.expected),
            false => write!(f, "{}: {}", self.path, self.expected),
        }
    }
}

/// A valid roadmap file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoadmapFile {
    pub id: String,
    pub title: String,
    pub sections: Vec<SectionFile>,
    pub projects: Vec<ProjectFile>,
    pub faq: Vec<FaqFile>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SectionFile {
    pub id: String,
    pub title: String,
    pub topics: Vec<TopicFile>,
    pub milestone: Option<MilestoneFile>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TopicFile {
    pub id: String,
    pub title: String,
    /// Empty when the file gives none (and so for `why`).
    pub summary: String,
    pub why: String,
    /// Estimated hours of study, low and high; `None` when the file gives no estimate.
    pub hours: Option<(u16, u16)>,
    pub resources: Vec<ResourceFile>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ResourceFile {
    pub label: String,
    /// An `http:` or `https:` address.
    pub url: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MilestoneFile {
    pub id: String,
    pub message: String,
    /// `"scope": "roadmap"`: unlocked by the whole roadmap, not only its section.
    pub whole_roadmap: bool,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProjectFile {
    pub id: String,
    pub title: String,
    /// `beginner`, `intermediate` or `advanced`.
    pub level: String,
    pub description: String,
    pub tags: Vec<String>,
    pub learn: String,
    /// Topic ids of this roadmap.
    pub needs: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct FaqFile {
    pub question: String,
    pub answer: String,
}

pub const LEVELS: [&str; 3] = ["beginner", "intermediate", "advanced"];

/// Parse and validate a roadmap file.
pub fn parse(text: &str) -> Result<RoadmapFile, Vec<Problem>> {
    if text.len() > MAX_FILE_BYTES {
        return Err(vec![problem(
            "",
            format!("a file of at most {MAX_FILE_BYTES} bytes"),
        )]);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| {
        vec![problem(
            "",
            format!(
                "JSON (line {}, column {}: {})",
                e.line(),
                e.column(),
                match e.classify() {
                    serde_json::error::Category::Eof => "the file ends too soon",
                    serde_json::error::Category::Syntax => "not valid JSON here",
                    _ => "not valid JSON, or nested too deeply",
                }
            ),
        )]
    })?;
    let mut check = Checker::default();
    let file = check.roadmap(&value);
    match check.problems.is_empty() {
        true => Ok(file),
        false => {
            let mut problems = check.problems;
            if check.more > 0 {
                problems.push(problem("", format!("and {} more problems", check.more)));
            }
            Err(problems)
        }
    }
}

fn problem(path: &str, expected: impl Into<String>) -> Problem {
    Problem {
        path: path.to_string(),
        expected: expected.into(),
    }
}

/// [`is_id`] as a regular expression: the schema's pattern for ids, and the head script's
/// test before it fetches a roadmap file the address names (a test holds the three together).
pub const ID_PATTERN: &str = "^[a-z0-9][a-z0-9-]{0,63}$";

/// Whether `id` is a valid id: lower-case letters, digits and inner hyphens.
pub fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID
        && !id.starts_with('-')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Whether `url` is an address a resource link may open: `http:` or `https:`, with a host,
/// and nothing that could leave an attribute.
pub fn is_web_url(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|r| !r.is_empty() && !r.starts_with('/'))
        && url.len() <= MAX_URL
        && !url.chars().any(|c| {
            c.is_whitespace() || is_hidden(c) || matches!(c, '"' | '\'' | '<' | '>' | '`' | '\\')
        })
}

/// Longest input a message quotes (see [`snippet`]).
pub const SNIPPET_CHARS: usize = 12;

/// Input named in a message, made inert: text that looks like an id (at most
/// [`SNIPPET_CHARS`] of `a-z`, `0-9`, `-`, `_`) is quoted as it is, anything else as `…`. An id
/// in an error stays recognisable, but no word, sentence or address from a file can be put in
/// the page.
pub fn snippet(text: &str) -> String {
    let id_like = !text.is_empty()
        && text.chars().count() <= SNIPPET_CHARS
        && text
            .chars()
            .all(|c| matches!(c, 'a'..='z' | '0'..='9' | '-' | '_'));
    match id_like {
        true => text.to_string(),
        false => "…".to_string(),
    }
}

/// Unicode's format characters (general category Cf): bidirectional embeddings, overrides and
/// isolates, zero-width characters, the soft hyphen, invisible operators, tags and the like.
/// `roadmap.schema.json`'s patterns are made from this table (a test compares them).
const FORMAT_CHARS: [(char, char); 27] = [
    ('\u{00AD}', '\u{00AD}'),
    ('\u{0600}', '\u{0605}'),
    ('\u{061C}', '\u{061C}'),
    ('\u{06DD}', '\u{06DD}'),
    ('\u{070F}', '\u{070F}'),
    ('\u{0890}', '\u{0891}'),
    ('\u{08E2}', '\u{08E2}'),
    ('\u{180E}', '\u{180E}'),
    ('\u{200B}', '\u{200B}'),
    JOINERS,
    ('\u{200E}', '\u{200F}'),
    ('\u{202A}', '\u{202E}'),
    ('\u{2060}', '\u{2064}'),
    ('\u{2066}', '\u{206F}'),
    ('\u{FEFF}', '\u{FEFF}'),
    ('\u{FFF9}', '\u{FFFB}'),
    ('\u{110BD}', '\u{110BD}'),
    ('\u{110CD}', '\u{110CD}'),
    ('\u{13430}', '\u{1343F}'),
    ('\u{1BCA0}', '\u{1BCA3}'),
    ('\u{1D173}', '\u{1D17A}'),
    ('\u{E0001}', '\u{E0001}'),
    ('\u{E0020}', '\u{E007F}'),
    // Not format characters, but letters and symbols that draw nothing: the Hangul fillers and
    // the blank braille pattern, with which a title would show as blank.
    ('\u{115F}', '\u{1160}'),
    ('\u{2800}', '\u{2800}'),
    ('\u{3164}', '\u{3164}'),
    ('\u{FFA0}', '\u{FFA0}'),
];

/// The zero-width non-joiner and joiner (U+200C, U+200D): allowed between two visible
/// characters ([`has_hidden`]).
const JOINERS: (char, char) = ('\u{200C}', '\u{200D}');

pub fn is_format_char(c: char) -> bool {
    FORMAT_CHARS
        .iter()
        .any(|&(low, high)| (low..=high).contains(&c))
}

/// Characters plain text may not hold: controls (but tab, in paragraphs) and the invisible
/// format characters (bidirectional overrides among them) that can disguise text.
fn is_hidden(c: char) -> bool {
    (c.is_control() && c != '\t') || is_format_char(c)
}

/// Whether `text` holds a control or invisible formatting character, but for a zero-width
/// non-joiner or joiner (U+200C, U+200D) between two visible characters: Persian and other
/// scripts need the one between letters, and emoji sequences such as 👩‍💻 are made with the
/// other. Bidirectional controls and every other invisible character stay refused.
pub fn has_hidden(text: &str) -> bool {
    let refused = |c: char| c.is_control() || is_format_char(c);
    let visible = |c: Option<char>| c.is_some_and(|c| !c.is_whitespace() && !refused(c));
    let chars: Vec<char> = text.chars().collect();
    chars.iter().enumerate().any(|(i, &c)| {
        let joiner = matches!(c, '\u{200C}' | '\u{200D}');
        let between =
            i > 0 && visible(chars.get(i - 1).copied()) && visible(chars.get(i + 1).copied());
        refused(c) && !(joiner && between)
    })
}

/// What text with a refused character is expected to be (the schema says the same to editors).
pub const HIDDEN_TEXT: &str = "text without control or invisible formatting characters \
    (a zero-width joiner or non-joiner only between two letters or emoji)";

/// The regular expression class body of the characters text may never hold (controls but
/// tab, format characters but the joiners), as `roadmap.schema.json`'s patterns write it.
#[cfg(not(target_arch = "wasm32"))]
pub fn schema_hidden_class() -> String {
    let mut class = String::from("\\u0000-\\u0008\\u000a-\\u001f\\u007f-\\u009f");
    for &(low, high) in FORMAT_CHARS.iter().filter(|&&r| r != JOINERS) {
        class.push_str(&format!("\\u{{{:04X}}}", u32::from(low)));
        if high != low {
            class.push_str(&format!("-\\u{{{:04X}}}", u32::from(high)));
        }
    }
    class
}

/// The schema's pattern for text: no refused character, a joiner only between two visible
/// characters, and (`required`) something visible.
#[cfg(not(target_arch = "wasm32"))]
pub fn schema_text_pattern(required: bool) -> String {
    let hidden = schema_hidden_class();
    let joiners = "\\u{200C}\\u{200D}";
    let visible = format!("[^\\s{hidden}{joiners}]");
    format!(
        "^{}(?:[^{hidden}{joiners}]|(?<={visible})[{joiners}](?={visible}))*$",
        if required { "(?=[\\s\\S]*\\S)" } else { "" }
    )
}

/// The schema's pattern for a resource's address ([`is_web_url`]).
#[cfg(not(target_arch = "wasm32"))]
pub fn schema_url_pattern() -> String {
    let refused = format!(
        "\\s\"'<>`\\\\{}\\u{{200C}}\\u{{200D}}",
        schema_hidden_class()
    );
    format!("^https?://[^/{refused}][^{refused}]*$")
}

/// One line of plain text (a label, a name): trimmed, 1 to `max` characters, with no control
/// or invisible formatting character ([`has_hidden`]). HTML in it is only text.
pub fn plain_line(value: &str, max: usize) -> Option<String> {
    let line = value.trim();
    let count = line.chars().count();
    ((1..=max).contains(&count) && !has_hidden(line)).then(|| line.to_string())
}

/// The known key `key` was probably meant as: the same but for case, or a small typo (one
/// letter wrong, missing, extra or two swapped; two in a key of 7 letters or more).
fn near_key<'k>(key: &str, keys: &[&'k str]) -> Option<&'k str> {
    let key = key.to_lowercase();
    let most = if key.chars().count() >= 7 { 2 } else { 1 };
    keys.iter()
        .map(|k| (edits(&key, k), *k))
        .filter(|&(d, k)| d <= most && d < k.len())
        .min_by_key(|&(d, _)| d)
        .map(|(_, k)| k)
}

/// The edits (insertions, deletions, substitutions, swaps of neighbours) from `a` to `b`.
fn edits(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > 2 || a.len() > 64 {
        return usize::MAX;
    }
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
    /// Problems found beyond [`MAX_PROBLEMS`].
    more: usize,
}

impl Checker {
    fn fail(&mut self, path: &str, expected: impl Into<String>) {
        match self.problems.len() < MAX_PROBLEMS {
            true => self.problems.push(problem(path, expected)),
            false => self.more += 1,
        }
    }

    /// The object at `path`, with a problem for each key it has beyond `keys`.
    fn object<'v>(
        &mut self,
        value: &'v Value,
        path: &str,
        keys: &[&str],
    ) -> Option<&'v Map<String, Value>> {
        let Some(object) = value.as_object() else {
            self.fail(path, "an object");
            return None;
        };
        for key in object.keys().filter(|k| !keys.contains(&k.as_str())) {
            let expected = match near_key(key, keys) {
                Some(known) => format!("not a field here: did you mean {known}?"),
                None => format!("not a field here (expected one of {})", keys.join(", ")),
            };
            self.fail(&join(path, &snippet(key)), expected);
        }
        Some(object)
    }

    /// The array at `path` with at most `max` entries (at least `min`); `None` when absent
    /// and optional.
    fn array<'v>(
        &mut self,
        object: &'v Map<String, Value>,
        path: &str,
        key: &str,
        (min, max): (usize, usize),
    ) -> &'v [Value] {
        let path = join(path, key);
        match object.get(key) {
            None if min == 0 => &[],
            None => {
                self.fail(&path, "missing");
                &[]
            }
            Some(Value::Array(items)) if items.len() < min => {
                self.fail(&path, format!("at least {min} entries"));
                items
            }
            Some(Value::Array(items)) if items.len() > max => {
                self.fail(&path, format!("at most {max} entries"));
                &[]
            }
            Some(Value::Array(items)) => items,
            Some(_) => {
                self.fail(&path, "an array");
                &[]
            }
        }
    }

    /// A required (or, with `required` false, optional) line of plain text of at most `max`
    /// characters.
    fn text(
        &mut self,
        object: &Map<String, Value>,
        path: &str,
        key: &str,
        max: usize,
        required: bool,
    ) -> String {
        let path = join(path, key);
        match object.get(key) {
            None if !required => String::new(),
            None => {
                self.fail(&path, "missing");
                String::new()
            }
            Some(Value::String(s)) if required && s.trim().is_empty() => {
                self.fail(&path, "some text");
                String::new()
            }
            Some(Value::String(s)) if s.chars().count() > max => {
                self.fail(&path, format!("text of at most {max} characters"));
                String::new()
            }
            // A tab is allowed (paragraphs); a joiner only between two visible characters.
            Some(Value::String(s)) if has_hidden(&s.replace('\t', " ")) => {
                self.fail(&path, HIDDEN_TEXT);
                String::new()
            }
            Some(Value::String(s)) => s.trim().to_string(),
            Some(_) => {
                self.fail(&path, "text (a JSON string)");
                String::new()
            }
        }
    }

    fn id(
        &mut self,
        object: &Map<String, Value>,
        path: &str,
        seen: &mut HashSet<String>,
    ) -> String {
        let path = join(path, "id");
        match object.get("id") {
            None => self.fail(&path, "missing"),
            Some(Value::String(id)) if is_id(id) => {
                if seen.insert(id.clone()) {
                    return id.clone();
                }
                self.fail(&path, "a unique id (an earlier one is the same)");
            }
            Some(_) => self.fail(
                &path,
                format!("an id: 1 to {MAX_ID} of a-z, 0-9 and -, not starting with -"),
            ),
        }
        String::new()
    }

    fn roadmap(&mut self, value: &Value) -> RoadmapFile {
        let Some(top) = self.object(
            value,
            "",
            &["$schema", "id", "title", "sections", "projects", "faq"],
        ) else {
            return RoadmapFile::default();
        };
        if top.get("$schema").is_some_and(|s| !s.is_string()) {
            self.fail("$schema", "text (a JSON string)");
        }
        let id = self.id(top, "", &mut HashSet::new());
        let title = self.text(top, "", "title", MAX_TITLE, true);
        let mut ids = Ids::default();
        let sections: Vec<_> = self
            .array(top, "", "sections", (1, MAX_SECTIONS))
            .iter()
            .enumerate()
            .map(|(i, s)| self.section(s, &format!("sections[{i}]"), &mut ids))
            .collect();
        let topic_count: usize = sections.iter().map(|s| s.topics.len()).sum();
        if topic_count > MAX_TOPICS {
            self.fail("sections", format!("at most {MAX_TOPICS} topics in all"));
        }
        let projects = self
            .array(top, "", "projects", (0, MAX_PROJECTS))
            .iter()
            .enumerate()
            .map(|(i, p)| self.project(p, &format!("projects[{i}]"), &mut ids))
            .collect();
        let faq = self
            .array(top, "", "faq", (0, MAX_FAQ))
            .iter()
            .enumerate()
            .map(|(i, f)| self.faq(f, &format!("faq[{i}]")))
            .collect();
        RoadmapFile {
            id,
            title,
            sections,
            projects,
            faq,
        }
    }

    fn section(&mut self, value: &Value, path: &str, ids: &mut Ids) -> SectionFile {
        let mut section = SectionFile::default();
        let Some(object) = self.object(value, path, &["id", "title", "topics", "milestone"]) else {
            return section;
        };
        section.id = self.id(object, path, &mut ids.sections);
        section.title = self.text(object, path, "title", MAX_TITLE, true);
        section.topics = self
            .array(object, path, "topics", (1, MAX_TOPICS))
            .iter()
            .enumerate()
            .map(|(i, t)| self.topic(t, &format!("{path}.topics[{i}]"), ids))
            .collect();
        if let Some(milestone) = object.get("milestone") {
            let path = join(path, "milestone");
            if let Some(m) = self.object(milestone, &path, &["id", "message", "scope"]) {
                let id = self.id(m, &path, &mut ids.milestones);
                let message = self.text(m, &path, "message", MAX_TITLE, true);
                let whole_roadmap = match m.get("scope").map(Value::as_str) {
                    None | Some(Some("section")) => false,
                    Some(Some("roadmap")) => true,
                    Some(_) => {
                        self.fail(&join(&path, "scope"), "\"section\" or \"roadmap\"");
                        false
                    }
                };
                section.milestone = Some(MilestoneFile {
                    id,
                    message,
                    whole_roadmap,
                });
            }
        }
        section
    }

    fn topic(&mut self, value: &Value, path: &str, ids: &mut Ids) -> TopicFile {
        let mut topic = TopicFile::default();
        let keys = ["id", "title", "summary", "why", "hours", "resources"];
        let Some(object) = self.object(value, path, &keys) else {
            return topic;
        };
        topic.id = self.id(object, path, &mut ids.topics);
        topic.title = self.text(object, path, "title", MAX_TITLE, true);
        topic.summary = self.text(object, path, "summary", MAX_TEXT, false);
        topic.why = self.text(object, path, "why", MAX_TEXT, false);
        if let Some(hours) = object.get("hours") {
            let path = join(path, "hours");
            if let Some(h) = self.object(hours, &path, &["low", "high"]) {
                let bound = |key: &str| {
                    h.get(key)
                        .and_then(Value::as_u64)
                        .filter(|n| (1..=MAX_HOURS).contains(n))
                };
                match (bound("low"), bound("high")) {
                    (Some(low), Some(high)) if low <= high => {
                        topic.hours = Some((low as u16, high as u16))
                    }
                    (Some(_), Some(_)) => self.fail(&path, "low at most high"),
                    _ => self.fail(
                        &path,
                        format!("low and high: whole numbers of hours from 1 to {MAX_HOURS}"),
                    ),
                }
            }
        }
        topic.resources = self
            .array(object, path, "resources", (0, MAX_RESOURCES))
            .iter()
            .enumerate()
            .filter_map(|(i, r)| {
                let path = format!("{path}.resources[{i}]");
                let r = self.object(r, &path, &["label", "url"])?;
                let label = self.text(r, &path, "label", MAX_TITLE, true);
                let url = match r.get("url").and_then(Value::as_str) {
                    Some(url) if is_web_url(url) => url.to_string(),
                    _ => {
                        self.fail(&join(&path, "url"), "an http: or https: address");
                        String::new()
                    }
                };
                Some(ResourceFile { label, url })
            })
            .collect();
        topic
    }

    fn project(&mut self, value: &Value, path: &str, ids: &mut Ids) -> ProjectFile {
        let mut project = ProjectFile::default();
        let keys = [
            "id",
            "title",
            "level",
            "description",
            "tags",
            "learn",
            "needs",
        ];
        let Some(object) = self.object(value, path, &keys) else {
            return project;
        };
        project.id = self.id(object, path, &mut ids.projects);
        project.title = self.text(object, path, "title", MAX_TITLE, true);
        match object.get("level").and_then(Value::as_str) {
            Some(level) if LEVELS.contains(&level) => project.level = level.to_string(),
            _ => self.fail(
                &join(path, "level"),
                "\"beginner\", \"intermediate\" or \"advanced\"",
            ),
        }
        project.description = self.text(object, path, "description", MAX_TEXT, true);
        project.learn = self.text(object, path, "learn", MAX_TEXT, false);
        for (i, tag) in self
            .array(object, path, "tags", (0, MAX_TAGS))
            .iter()
            .enumerate()
        {
            match tag.as_str() {
                Some(t) if project.tags.iter().any(|k| k == t.trim()) => {
                    self.fail(&format!("{path}.tags[{i}]"), "a tag given once")
                }
                Some(t) if !t.trim().is_empty() && t.chars().count() <= 40 && !has_hidden(t) => {
                    project.tags.push(t.trim().to_string())
                }
                _ => self.fail(
                    &format!("{path}.tags[{i}]"),
                    "a tag: text of 1 to 40 characters",
                ),
            }
        }
        for (i, need) in self
            .array(object, path, "needs", (1, MAX_TOPICS))
            .iter()
            .enumerate()
        {
            match need.as_str() {
                Some(id) if project.needs.iter().any(|n| n == id) => {
                    self.fail(&format!("{path}.needs[{i}]"), "a topic given once")
                }
                Some(id) if ids.topics.contains(id) => project.needs.push(id.to_string()),
                _ => self.fail(
                    &format!("{path}.needs[{i}]"),
                    "the id of a topic of this roadmap",
                ),
            }
        }
        project
    }

    fn faq(&mut self, value: &Value, path: &str) -> FaqFile {
        let Some(object) = self.object(value, path, &["question", "answer"]) else {
            return FaqFile::default();
        };
        FaqFile {
            question: self.text(object, path, "question", MAX_TITLE, true),
            answer: self.text(object, path, "answer", MAX_TEXT, true),
        }
    }
}

/// The ids seen so far, by kind: each kind's ids are unique in a roadmap.
#[derive(Default)]
struct Ids {
    sections: HashSet<String>,
    topics: HashSet<String>,
    milestones: HashSet<String>,
    projects: HashSet<String>,
}

fn join(path: &str, key: &str) -> String {
    match path.is_empty() {
        true => key.to_string(),
        false => format!("{path}.{key}"),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The table `roadmap.schema.json` is held to as well (tests/e2e/roadmap-file.spec.mjs).
    const CASES: &str = include_str!("../../tests/roadmap-cases.json");

    #[test]
    fn names_in_any_script_are_plain_lines_and_hidden_controls_are_not() {
        let cases = [
            ("Ana", true),
            ("👩\u{200D}💻 Priya", true),  // an emoji sequence (ZWJ)
            ("می\u{200C}خواهم", true),     // Persian (ZWNJ between letters)
            ("❤\u{FE0F}\u{200D}🔥", true), // ZWJ after a variation selector
            ("\u{200D}Ana", false),        // a joiner at the edge joins nothing
            ("Ana\u{200C}", false),
            ("A\u{200D}\u{200D}B", false),   // two in a row
            ("A\u{200D} B", false),          // before a space
            ("Ana\u{202E}lin", false),       // a bidirectional override
            ("Ana\u{2067}x\u{2069}", false), // isolates
            ("A\u{200B}B", false),           // zero-width space
            ("A\nB", false),
        ];
        for (name, ok) in cases {
            assert_eq!(plain_line(name, 40).is_some(), ok, "{name:?}");
        }
    }

    /// The schema's patterns are made from the validator's table of refused characters. Run
    /// with `UPDATE_SCHEMA=1` to write them into `roadmap.schema.json`.
    #[test]
    fn the_schemas_patterns_are_the_validators() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/roadmap.schema.json");
        let mut text = std::fs::read_to_string(path).unwrap();
        let schema: Value = serde_json::from_str(&text).unwrap();
        let mut patterns = Vec::new();
        fn walk(v: &Value, out: &mut Vec<String>) {
            match v {
                Value::Object(o) => {
                    if let Some(Value::String(p)) = o.get("pattern") {
                        out.push(p.clone());
                        assert!(o.contains_key("patternErrorMessage"), "{p}: no message");
                    }
                    o.values().for_each(|v| walk(v, out));
                }
                Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
                _ => {}
            }
        }
        walk(&schema, &mut patterns);
        let id = ID_PATTERN;
        let required = schema_text_pattern(true);
        let optional = schema_text_pattern(false);
        let url = schema_url_pattern();
        let update = std::env::var_os("UPDATE_SCHEMA").is_some();
        for pattern in &patterns {
            let made = match pattern.as_str() {
                p if p == id => continue,
                p if p.starts_with("^https?://") => &url,
                p if p.starts_with("^(?=") => &required,
                _ => &optional,
            };
            if update {
                let json = |s: &str| Value::from(s).to_string();
                text = text.replace(&json(pattern), &json(made));
            } else {
                assert_eq!(pattern, made, "run with UPDATE_SCHEMA=1");
            }
        }
        if update {
            std::fs::write(path, text).unwrap();
        }
        assert!(patterns.len() >= 6);
    }

    #[test]
    fn the_validator_agrees_with_every_case_of_the_table() {
        let cases: Vec<Value> = serde_json::from_str(CASES).unwrap();
        assert!(cases.len() >= 30);
        for case in cases {
            let name = case["name"].as_str().unwrap();
            let result = parse(&case["file"].to_string());
            match case["valid"].as_bool().unwrap() {
                true => assert!(result.is_ok(), "{name}: {:?}", result.err()),
                false => {
                    let problems = result.expect_err(name);
                    let first = problems[0].to_string();
                    assert_eq!(first, case["problem"].as_str().unwrap(), "{name}");
                }
            }
        }
    }

    #[test]
    fn the_built_in_roadmap_file_is_valid_and_is_what_the_page_shows() {
        let text = include_str!("../../roadmaps/backend-2026.json");
        let file = parse(text).unwrap();
        let roadmap = crate::content::ROADMAP;
        assert_eq!(file.id, crate::content::ROADMAP_ID);
        let ids: Vec<_> = file
            .sections
            .iter()
            .flat_map(|s| &s.topics)
            .map(|t| t.id.as_str())
            .collect();
        let page: Vec<_> = roadmap.topics().map(|t| t.id).collect();
        assert_eq!(ids, page);
        assert_eq!(file.projects.len(), crate::content::PROJECTS.len());
        assert_eq!(file.faq.len(), crate::content::FAQ.len());
    }

    #[test]
    fn problems_never_quote_the_file() {
        let hostile = r#"{"id":"x","title":"t","sections":[{"id":"s","title":"t","topics":[{"id":"t","title":"t","resources":[{"label":"l","url":"javascript:steal()"}]}]}],"<script>alert(1)</script>":1}"#;
        let problems = parse(hostile).unwrap_err();
        let text: String = problems.iter().map(|p| format!("{p}\n")).collect();
        assert!(
            !text.contains("script") && !text.contains("steal"),
            "{text}"
        );
        assert_eq!(problems.len(), 2, "{text}");
    }

    #[test]
    fn huge_and_deep_files_are_refused_with_one_short_problem() {
        let huge = format!("{{\"id\":\"{}\"}}", "a".repeat(MAX_FILE_BYTES));
        assert_eq!(
            parse(&huge).unwrap_err()[0].expected,
            "a file of at most 1000000 bytes"
        );
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        let problems = parse(&deep).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].expected.starts_with("JSON (line 1"),
            "{}",
            problems[0]
        );
    }

    #[test]
    fn ten_thousand_topics_give_a_short_list_of_problems() {
        let topics: Vec<String> = (0..10_000)
            .map(|i| format!("{{\"id\":\"t\",\"title\":\"{i}\"}}"))
            .collect();
        let text = format!("{{\"id\":\"x\",\"title\":\"t\",\"sections\":[{{\"id\":\"s\",\"title\":\"t\",\"topics\":[{}]}}]}}", topics.join(","));
        let problems = parse(&text).unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(
            problems[0].to_string(),
            "sections[0].topics: at most 500 entries"
        );
        // Many small problems are cut to MAX_PROBLEMS and a count of the rest.
        let dupes: Vec<String> = (0..100)
            .map(|_| "{\"id\":\"t\",\"title\":\"x\"}".to_string())
            .collect();
        let text = format!("{{\"id\":\"x\",\"title\":\"t\",\"sections\":[{{\"id\":\"s\",\"title\":\"t\",\"topics\":[{}]}}]}}", dupes.join(","));
        let problems = parse(&text).unwrap_err();
        assert_eq!(problems.len(), MAX_PROBLEMS + 1);
        assert_eq!(problems[MAX_PROBLEMS].to_string(), "and 69 more problems");
    }

    /// Any JSON value, a few levels deep, with keys and strings from the format's own words.
    fn any_json() -> impl Strategy<Value = Value> {
        let word = prop::sample::select(vec![
            "id",
            "title",
            "sections",
            "topics",
            "milestone",
            "scope",
            "hours",
            "low",
            "high",
            "resources",
            "url",
            "label",
            "projects",
            "needs",
            "level",
            "faq",
            "question",
            "answer",
            "x",
            "https://a.example",
            "javascript:x",
            "",
            "roadmap",
            "beginner",
        ]);
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<f64>()
                .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
            word.clone().prop_map(Value::from),
            ".*".prop_map(Value::String),
        ];
        leaf.prop_recursive(5, 64, 8, move |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::vec((word.clone(), inner), 0..8).prop_map(|kv| Value::Object(
                    kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect()
                )),
            ]
        })
    }

    proptest! {
        /// Whatever the file, the validator answers (never panics), and every problem names
        /// a place in the file and what was expected there.
        #[test]
        fn any_json_gets_an_answer_and_every_problem_has_a_path(value in any_json()) {
            if let Err(problems) = parse(&value.to_string()) {
                prop_assert!(!problems.is_empty() && problems.len() <= MAX_PROBLEMS + 1);
                for p in &problems {
                    prop_assert!(!p.expected.is_empty());
                    let general = p.expected == "an object" || p.expected.starts_with("and ");
                    prop_assert!(!p.path.is_empty() || general, "{p:?}");
                }
            }
        }

        #[test]
        fn any_text_gets_an_answer(text in ".{0,200}") {
            let _ = parse(&text);
        }
    }
}
