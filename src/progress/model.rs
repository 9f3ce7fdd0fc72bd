//! The progress model: each topic's and project's state with the time it last changed.
//! Pure Rust; the UI reads it through context, the codecs persist it.

use super::idmap::IdMap;
use crate::content::{MilestoneScope, Roadmap, Section, Topic};

/// A learner's state for one topic. Only `Completed` counts towards progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub enum TopicState {
    #[default]
    NotStarted,
    InProgress,
    Completed,
    Skipped,
}

impl TopicState {
    pub const ALL: [TopicState; 4] = [
        TopicState::NotStarted,
        TopicState::InProgress,
        TopicState::Completed,
        TopicState::Skipped,
    ];

    /// Completed or skipped: counts toward progress and milestones, and needs no more study.
    pub fn is_finished(self) -> bool {
        matches!(self, TopicState::Completed | TopicState::Skipped)
    }

    pub fn label(self) -> &'static str {
        match self {
            TopicState::NotStarted => "Not started",
            TopicState::InProgress => "In progress",
            TopicState::Completed => "Completed",
            TopicState::Skipped => "Skipped",
        }
    }

    /// Stable lower-case name used in storage, CSS and data attributes.
    pub fn slug(self) -> &'static str {
        match self {
            TopicState::NotStarted => "not-started",
            TopicState::InProgress => "in-progress",
            TopicState::Completed => "completed",
            TopicState::Skipped => "skipped",
        }
    }

    pub fn from_slug(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|st| st.slug() == s)
    }
}

/// A learner's state for one project idea.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub enum ProjectState {
    #[default]
    NotStarted,
    Building,
    Built,
}

impl ProjectState {
    pub const ALL: [ProjectState; 3] = [
        ProjectState::NotStarted,
        ProjectState::Building,
        ProjectState::Built,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ProjectState::NotStarted => "Not started",
            ProjectState::Building => "Building",
            ProjectState::Built => "Built",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            ProjectState::NotStarted => "not-started",
            ProjectState::Building => "building",
            ProjectState::Built => "built",
        }
    }

    pub fn from_slug(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|st| st.slug() == s)
    }
}

/// A state with two times (milliseconds since the Unix epoch; 0 when unknown):
/// - `changed_at` orders copies of the entry: the latest change wins a merge. Read from
///   outside it is bounded by the present (see `progress::clock`), so it is a clock for
///   decisions, not a record.
/// - `since` is history: when the entry reached its state, as the learner's device saw it.
///   It is never bounded, restamped or used to decide, so it survives undo, import, export,
///   migration and a device clock that was wrong; readers ignore times in their future.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Stamped<S> {
    pub state: S,
    pub changed_at: u64,
    pub since: u64,
}

impl<S: PartialEq> Stamped<S> {
    /// `state` set at `now`: it keeps `previous`'s history when the state is the same.
    fn set(previous: Option<&Stamped<S>>, state: S, now: u64) -> Self {
        let since = match previous {
            Some(p) if p.state == state => p.since,
            _ => now,
        };
        Stamped {
            state,
            changed_at: now,
            since,
        }
    }
}

/// Topic and project states, and the learner's notes, keyed by stable ids. Ids the content no
/// longer knows are kept, so progress saved against another version of the roadmap is never
/// dropped.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Progress {
    pub(crate) topics: IdMap<Stamped<TopicState>>,
    pub(crate) projects: IdMap<Stamped<ProjectState>>,
    /// A plain-text note per topic. An emptied note stays as an empty entry with its time, so
    /// clearing a note wins over an older copy that still has it.
    pub(crate) notes: IdMap<Stamped<String>>,
}

/// The longest note, in characters. A longer note is refused whole, never cut.
pub const MAX_NOTE_CHARS: usize = 2000;

/// Why a note cannot be kept as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoteTooLong {
    pub chars: usize,
}

/// Characters in a note as the learner counts them (what the counter shows).
pub fn note_chars(text: &str) -> usize {
    text.chars().count()
}

/// The one rule for a note's length: at most [`MAX_NOTE_CHARS`] characters, or refused whole.
pub fn check_note(text: &str) -> Result<(), NoteTooLong> {
    match note_chars(text) {
        chars if chars > MAX_NOTE_CHARS => Err(NoteTooLong { chars }),
        _ => Ok(()),
    }
}

/// Counts of topic states over a set of topics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub completed: usize,
    pub in_progress: usize,
    pub skipped: usize,
    pub total: usize,
}

impl Counts {
    /// Count a sequence of states.
    pub fn of(states: impl IntoIterator<Item = TopicState>) -> Counts {
        let mut c = Counts::default();
        for s in states {
            c.total += 1;
            match s {
                TopicState::Completed => c.completed += 1,
                TopicState::InProgress => c.in_progress += 1,
                TopicState::Skipped => c.skipped += 1,
                TopicState::NotStarted => {}
            }
        }
        c
    }

    /// "3 completed topics", "1 completed topic", or "progress (nothing completed yet)", for
    /// sentences that say what a replacement would overwrite.
    pub fn completed_phrase(self) -> String {
        match self.completed {
            0 => "progress (nothing completed yet)".to_string(),
            1 => "1 completed topic".to_string(),
            n => format!("{n} completed topics"),
        }
    }

    /// Topics that count toward progress and milestones: completed or skipped.
    pub fn finished(self) -> usize {
        self.completed + self.skipped
    }

    /// Every topic completed or skipped: 100%, and what a milestone needs.
    pub fn all_finished(self) -> bool {
        self.total > 0 && self.finished() == self.total
    }

    /// Every topic completed, none skipped: the only case the page calls done.
    pub fn all_completed(self) -> bool {
        self.total > 0 && self.completed == self.total
    }

    /// "7/20 completed", or with skipped topics "9/20: 7 completed, 2 skipped" (skipped
    /// topics count toward progress and are always named as skipped).
    pub fn summary(self) -> String {
        match self.skipped {
            0 => format!("{}/{} completed", self.completed, self.total),
            n => format!(
                "{}/{}: {} completed, {n} skipped",
                self.finished(),
                self.total,
                self.completed
            ),
        }
    }
}

impl Progress {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn topic_state(&self, id: &str) -> TopicState {
        self.topics.get(id).map(|s| s.state).unwrap_or_default()
    }

    pub fn project_state(&self, id: &str) -> ProjectState {
        self.projects.get(id).map(|s| s.state).unwrap_or_default()
    }

    pub fn set_topic(&mut self, id: &str, state: TopicState, now: u64) {
        set_entry(&mut self.topics, id, state, now);
    }

    pub fn set_project(&mut self, id: &str, state: ProjectState, now: u64) {
        set_entry(&mut self.projects, id, state, now);
    }

    /// A click on a topic: completed becomes not started, anything else becomes completed.
    pub fn toggle_topic(&mut self, id: &str, now: u64) -> TopicState {
        let next = match self.topic_state(id) {
            TopicState::Completed => TopicState::NotStarted,
            _ => TopicState::Completed,
        };
        self.set_topic(id, next, now);
        next
    }

    /// Every stored topic entry, including ids the roadmap does not know.
    /// A topic's state with the time it was last changed, if it ever was.
    pub fn topic_entry(&self, id: &str) -> Option<Stamped<TopicState>> {
        self.topics.get(id).copied()
    }

    pub fn topic_entries(&self) -> impl Iterator<Item = (&str, Stamped<TopicState>)> {
        self.topics.iter().map(|(k, v)| (k.as_str(), *v))
    }

    pub fn project_entries(&self) -> impl Iterator<Item = (&str, Stamped<ProjectState>)> {
        self.projects.iter().map(|(k, v)| (k.as_str(), *v))
    }

    /// The learner's note on a topic ("" when there is none).
    pub fn note(&self, id: &str) -> &str {
        self.notes.get(id).map_or("", |n| n.state.as_str())
    }

    /// Keep `text` as the note on topic `id`, changed at `now`; "" clears it. A note over
    /// [`MAX_NOTE_CHARS`] is refused and the previous one kept.
    pub fn set_note(&mut self, id: &str, text: &str, now: u64) -> Result<(), NoteTooLong> {
        check_note(text)?;
        self.put_note(id, text, now);
        Ok(())
    }

    /// Every stored note, emptied ones included, with when it last changed.
    pub fn note_entries(&self) -> impl Iterator<Item = (&str, &Stamped<String>)> {
        self.notes.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// Notes with text, in id order.
    pub fn notes_written(&self) -> impl Iterator<Item = (&str, &str)> {
        self.note_entries()
            .filter(|(_, n)| !n.state.is_empty())
            .map(|(id, n)| (id, n.state.as_str()))
    }

    /// When a topic or project was last changed (ms; 0 when never, or only at unknown times).
    pub fn latest_change(&self) -> u64 {
        let topics = self.topics.values().map(|s| s.changed_at);
        let projects = self.projects.values().map(|s| s.changed_at);
        topics.chain(projects).max().unwrap_or(0)
    }

    /// True when nothing was ever recorded.
    pub fn is_empty(&self) -> bool {
        self.topics.is_empty() && self.projects.is_empty() && self.notes.is_empty()
    }

    /// Merge another copy entry by entry: the later change wins; on equal times the higher
    /// state (for notes, the greater text), then the later history, wins, so merging is
    /// commutative and the same in every tab.
    pub fn merge(&mut self, other: &Progress) {
        merge_map(&mut self.topics, &other.topics);
        merge_map(&mut self.projects, &other.projects);
        merge_map(&mut self.notes, &other.notes);
    }

    /// Set every recorded topic and project back to not started, stamped `now`, so the reset
    /// also wins over older copies in other tabs. Notes are the learner's own writing and are
    /// kept; one is cleared in its editor.
    pub fn reset(&mut self, now: u64) {
        for v in self.topics.values_mut() {
            *v = Stamped::set(Some(v), TopicState::NotStarted, now);
        }
        for v in self.projects.values_mut() {
            *v = Stamped::set(Some(v), ProjectState::NotStarted, now);
        }
    }

    /// Adopt every state of `other` as a new change at `now` (adopting a shared link,
    /// replacing on import), with `other`'s history of each state it changes here. Each note
    /// `other` holds replaces this copy's; a note `other` does not mention is kept (a share
    /// link without notes erases none).
    pub fn adopt_all(&mut self, other: &Progress, now: u64) {
        self.reset(now);
        for (id, s) in other.topic_entries() {
            take_entry(&mut self.topics, id, s, now);
        }
        for (id, s) in other.project_entries() {
            take_entry(&mut self.projects, id, s, now);
        }
        for (id, n) in other.note_entries() {
            if self.note(id) != n.state {
                self.put_note(id, &n.state, now);
            }
        }
    }

    /// A note from a copy this one already accepted the length of.
    /// A note's history is its last change (`since` is `changed_at`).
    fn put_note(&mut self, id: &str, text: &str, now: u64) {
        let note = Stamped {
            state: text.to_owned(),
            changed_at: now,
            since: now,
        };
        self.notes.insert(id.to_owned(), note);
    }

    /// What changed from `before` to this copy, kept by an action that can be undone (a
    /// reset, a replacement): the two copies, compared entry by entry when it is undone.
    pub fn changes_since(&self, before: &Progress) -> Change {
        Change {
            before: before.clone(),
            after: self.clone(),
        }
    }

    /// Undo `change` as a new change at `now`: each entry it changed goes back to its state
    /// and history before it, unless the entry changed again since (in this tab, or in
    /// another one merged in): a later action is never undone with it. Returns how many
    /// entries were put back.
    pub fn undo(&mut self, change: &Change, now: u64) -> usize {
        let (b, a) = (&change.before, &change.after);
        undo_map(&mut self.topics, &b.topics, &a.topics, now)
            + undo_map(&mut self.projects, &b.projects, &a.projects, now)
            + undo_map(&mut self.notes, &b.notes, &a.notes, now)
    }

    /// Take from `other`, as new changes at `now`, only what moves this copy forward (merging an
    /// import or a share link): a topic not completed here takes `other`'s state when `other`
    /// has started, completed or skipped it; a project takes a later stage.
    pub fn adopt_progress_from(&mut self, other: &Progress, now: u64) {
        for (id, s) in other.topic_entries() {
            if s.state != TopicState::NotStarted && self.topic_state(id) != TopicState::Completed {
                take_entry(&mut self.topics, id, s, now);
            }
        }
        for (id, s) in other.project_entries() {
            if s.state > self.project_state(id) {
                take_entry(&mut self.projects, id, s, now);
            }
        }
        // Notes merge by last change: `other`'s note is taken when it was written later than
        // this copy's (a share link's notes carry no time, so they only fill empty ones).
        for (id, n) in other.note_entries() {
            let newer = self
                .notes
                .get(id)
                .is_none_or(|mine| n.changed_at > mine.changed_at);
            if newer && !n.state.is_empty() && self.note(id) != n.state {
                self.put_note(id, &n.state, now);
            }
        }
    }

    pub fn counts<'a>(&self, topics: impl IntoIterator<Item = &'a Topic>) -> Counts {
        Counts::of(topics.into_iter().map(|t| self.topic_state(t.id)))
    }

    pub fn roadmap_counts(&self, roadmap: Roadmap) -> Counts {
        self.counts(roadmap.topics())
    }

    pub fn section_counts(&self, section: &Section) -> Counts {
        self.counts(section.topics)
    }

    /// Whether the milestone after `section` is unlocked.
    pub fn milestone_unlocked(&self, roadmap: Roadmap, section: &Section) -> bool {
        section.milestone.is_some_and(|m| {
            milestone_reached(m.scope, self.section_counts(section), || {
                self.roadmap_counts(roadmap)
            })
        })
    }

    /// Ids of the unlocked milestones, in page order.
    pub fn unlocked_milestones(&self, roadmap: Roadmap) -> Vec<&'static str> {
        roadmap
            .milestones()
            .filter(|(s, _)| self.milestone_unlocked(roadmap, s))
            .map(|(_, m)| m.id)
            .collect()
    }

    /// The next topic to work on: the first in roadmap order that is neither completed nor skipped.
    pub fn next_topic(&self, roadmap: Roadmap) -> Option<&'static Topic> {
        roadmap
            .topics()
            .find(|t| !self.topic_state(t.id).is_finished())
    }

    /// Whether this copy holds topics and every one of them is `roadmap`'s.
    pub fn only_topics_of(&self, roadmap: Roadmap) -> bool {
        !self.topics.is_empty() && self.unknown_topic_ids(roadmap).next().is_none()
    }

    /// Stored topic ids that the roadmap does not contain (saved against other content).
    pub fn unknown_topic_ids(&self, roadmap: Roadmap) -> impl Iterator<Item = &str> {
        self.topics
            .keys()
            .map(String::as_str)
            .filter(move |id| roadmap.topic(id).is_none())
    }

    pub fn projects_built(&self) -> usize {
        self.projects
            .values()
            .filter(|s| s.state == ProjectState::Built)
            .count()
    }
}

/// The milestone rule: a section's badge needs every topic of its section completed or
/// skipped; the final badge needs every topic of the roadmap. `roadmap` is only asked for when
/// it matters.
pub fn milestone_reached(
    scope: MilestoneScope,
    section: Counts,
    roadmap: impl FnOnce() -> Counts,
) -> bool {
    match scope {
        MilestoneScope::Section => section.all_finished(),
        MilestoneScope::WholeRoadmap => roadmap().all_finished(),
    }
}

/// What an undoable action changed: the learner's progress just before and just after it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Change {
    before: Progress,
    after: Progress,
}

fn set_entry<S: PartialEq>(map: &mut IdMap<Stamped<S>>, id: &str, state: S, now: u64) {
    let entry = Stamped::set(map.get(id), state, now);
    map.insert(id.to_owned(), entry);
}

/// Take `theirs`'s state as a change at `now`, with its history when the state is new here.
fn take_entry<S: PartialEq + Clone>(
    map: &mut IdMap<Stamped<S>>,
    id: &str,
    theirs: Stamped<S>,
    now: u64,
) {
    let since = match map.get(id) {
        Some(mine) if mine.state == theirs.state => mine.since,
        _ => theirs.since,
    };
    map.insert(
        id.to_owned(),
        Stamped {
            state: theirs.state,
            changed_at: now,
            since,
        },
    );
}

/// Put back, stamped `now`, each entry that `after` changed from `before` and that still is as
/// `after` left it.
fn undo_map<S: Clone + PartialEq + Default>(
    map: &mut IdMap<Stamped<S>>,
    before: &IdMap<Stamped<S>>,
    after: &IdMap<Stamped<S>>,
    now: u64,
) -> usize {
    let mut undone = 0;
    for (id, a) in after.iter() {
        let was = before.get(id);
        if was == Some(a) || map.get(id) != Some(a) {
            continue;
        }
        let (state, since) = was.map_or((S::default(), 0), |b| (b.state.clone(), b.since));
        map.insert(
            id.clone(),
            Stamped {
                state,
                changed_at: now,
                since,
            },
        );
        undone += 1;
    }
    undone
}

fn merge_map<S: Clone + Ord>(mine: &mut IdMap<Stamped<S>>, theirs: &IdMap<Stamped<S>>) {
    for (id, t) in theirs.iter() {
        match mine.get_mut(id) {
            Some(m) if (m.changed_at, &m.state, m.since) >= (t.changed_at, &t.state, t.since) => {}
            Some(m) => *m = t.clone(),
            None => {
                mine.insert(id.clone(), t.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::ROADMAP;

    fn complete_all(p: &mut Progress, section: &Section, now: u64) {
        for t in section.topics {
            p.set_topic(t.id, TopicState::Completed, now);
        }
    }

    #[test]
    fn a_note_over_the_limit_is_refused_and_the_old_one_kept() {
        let mut p = Progress::new();
        p.set_note("http", "status codes", 1).unwrap();
        let long = "x".repeat(MAX_NOTE_CHARS + 1);
        assert_eq!(
            p.set_note("http", &long, 2),
            Err(NoteTooLong {
                chars: MAX_NOTE_CHARS + 1
            })
        );
        assert_eq!(p.note("http"), "status codes");
        // The limit counts characters, not bytes.
        assert!(p.set_note("http", &"✓".repeat(MAX_NOTE_CHARS), 3).is_ok());
    }

    #[test]
    fn notes_merge_by_last_change_and_replacing_never_erases_an_unmentioned_note() {
        let mut mine = Progress::new();
        mine.set_note("http", "mine, older", 10).unwrap();
        mine.set_note("dns", "mine, newer", 30).unwrap();
        mine.set_note("sql", "", 40).unwrap(); // cleared on purpose
        let mut file = Progress::new();
        file.set_note("http", "file, newer", 20).unwrap();
        file.set_note("dns", "file, older", 20).unwrap();
        file.set_note("sql", "file, older than the clearing", 20)
            .unwrap();
        file.set_note("git", "only in the file", 20).unwrap();

        let mut merged = mine.clone();
        merged.adopt_progress_from(&file, 50);
        assert_eq!(merged.note("http"), "file, newer");
        assert_eq!(merged.note("dns"), "mine, newer");
        assert_eq!(merged.note("sql"), "");
        assert_eq!(merged.note("git"), "only in the file");

        let mut replaced = mine.clone();
        let mut link = Progress::new();
        link.set_topic("http", TopicState::Completed, 0);
        replaced.adopt_all(&link, 60);
        assert_eq!(
            replaced.note("dns"),
            "mine, newer",
            "a link without notes erases none"
        );
        replaced.adopt_all(&file, 70);
        assert_eq!(
            replaced.note("dns"),
            "file, older",
            "a note the file holds replaces"
        );

        let mut reset = mine.clone();
        reset.reset(80);
        assert_eq!(
            reset.note("http"),
            "mine, older",
            "reset keeps the learner's writing"
        );
    }

    #[test]
    fn toggling_completes_and_uncompletes() {
        let mut p = Progress::new();
        let cases = [
            (TopicState::NotStarted, TopicState::Completed),
            (TopicState::InProgress, TopicState::Completed),
            (TopicState::Skipped, TopicState::Completed),
            (TopicState::Completed, TopicState::NotStarted),
        ];
        for (from, to) in cases {
            p.set_topic("http", from, 1);
            assert_eq!(p.toggle_topic("http", 2), to, "from {from:?}");
            assert_eq!(p.topic_state("http"), to);
        }
    }

    #[test]
    fn counts_skip_skipped_topics() {
        let mut p = Progress::new();
        p.set_topic("http", TopicState::Completed, 1);
        p.set_topic("dns", TopicState::Skipped, 1);
        p.set_topic("sql", TopicState::InProgress, 1);
        p.set_topic("removed-topic", TopicState::Completed, 1);
        let c = p.roadmap_counts(ROADMAP);
        assert_eq!(
            (c.completed, c.skipped, c.in_progress, c.total),
            (1, 1, 1, 20)
        );
        let internet = &ROADMAP.sections[0];
        assert_eq!(p.section_counts(internet).completed, 1);
        assert_eq!(p.section_counts(internet).total, 3);
    }

    #[test]
    fn completed_phrases_read_as_english() {
        let of = |completed| Counts {
            completed,
            total: 20,
            ..Counts::default()
        };
        assert_eq!(of(0).completed_phrase(), "progress (nothing completed yet)");
        assert_eq!(of(1).completed_phrase(), "1 completed topic");
        assert_eq!(of(12).completed_phrase(), "12 completed topics");
    }

    #[test]
    fn a_section_badge_unlocks_and_locks_again() {
        let mut p = Progress::new();
        let internet = &ROADMAP.sections[0];
        assert!(!p.milestone_unlocked(ROADMAP, internet));
        complete_all(&mut p, internet, 1);
        assert!(p.milestone_unlocked(ROADMAP, internet));
        assert_eq!(p.unlocked_milestones(ROADMAP), ["web"]);
        p.toggle_topic("dns", 2);
        assert!(!p.milestone_unlocked(ROADMAP, internet));
        assert!(p.unlocked_milestones(ROADMAP).is_empty());
    }

    #[test]
    fn skipped_topics_count_toward_a_badge_and_are_named() {
        let mut p = Progress::new();
        let internet = &ROADMAP.sections[0];
        complete_all(&mut p, internet, 1);
        p.set_topic("dns", TopicState::Skipped, 2);
        assert!(p.milestone_unlocked(ROADMAP, internet));
        p.set_topic("dns", TopicState::InProgress, 3);
        assert!(!p.milestone_unlocked(ROADMAP, internet));
        p.set_topic("dns", TopicState::Skipped, 4);
        let c = p.section_counts(internet);
        assert!(c.all_finished() && !c.all_completed());
        assert_eq!(c.summary(), "3/3: 2 completed, 1 skipped");
        assert_eq!(
            p.roadmap_counts(ROADMAP).summary(),
            "3/20: 2 completed, 1 skipped"
        );
        p.set_topic("dns", TopicState::Completed, 5);
        assert_eq!(p.section_counts(internet).summary(), "3/3 completed");
    }

    #[test]
    fn the_final_badge_counts_skipped_topics_too() {
        let mut p = Progress::new();
        for s in ROADMAP.sections {
            complete_all(&mut p, s, 1);
        }
        p.set_topic("kubernetes", TopicState::Skipped, 2);
        assert_eq!(p.unlocked_milestones(ROADMAP).len(), 5);
        let c = p.roadmap_counts(ROADMAP);
        assert!(c.all_finished() && !c.all_completed());
    }

    #[test]
    fn the_final_badge_needs_every_topic() {
        let mut p = Progress::new();
        let devops = ROADMAP.sections.last().unwrap();
        complete_all(&mut p, devops, 1);
        assert!(
            !p.milestone_unlocked(ROADMAP, devops),
            "DevOps alone is not enough"
        );
        for s in ROADMAP.sections {
            complete_all(&mut p, s, 1);
        }
        assert_eq!(
            p.unlocked_milestones(ROADMAP),
            ["web", "code", "data", "apis", "professional"]
        );
        assert!(p.roadmap_counts(ROADMAP).all_completed());
    }

    #[test]
    fn next_topic_is_the_first_open_one() {
        let mut p = Progress::new();
        assert_eq!(
            p.next_topic(ROADMAP).map(|t| t.id),
            Some("how-the-internet-works")
        );
        p.set_topic("how-the-internet-works", TopicState::Completed, 1);
        p.set_topic("http", TopicState::Skipped, 1);
        p.set_topic("dns", TopicState::InProgress, 1);
        assert_eq!(p.next_topic(ROADMAP).map(|t| t.id), Some("dns"));
        for t in ROADMAP.topics() {
            p.set_topic(t.id, TopicState::Completed, 2);
        }
        assert_eq!(p.next_topic(ROADMAP), None);
    }

    #[test]
    fn merge_keeps_the_later_change_per_entry() {
        let mut a = Progress::new();
        let mut b = Progress::new();
        a.set_topic("http", TopicState::Completed, 10);
        b.set_topic("http", TopicState::NotStarted, 20);
        a.set_topic("dns", TopicState::Completed, 30);
        b.set_topic("dns", TopicState::InProgress, 5);
        b.set_topic("sql", TopicState::Completed, 7);
        b.set_project("chat", ProjectState::Built, 7);
        let mut ab = a.clone();
        ab.merge(&b);
        let mut ba = b.clone();
        ba.merge(&a);
        assert_eq!(ab, ba, "merge is commutative");
        assert_eq!(ab.topic_state("http"), TopicState::NotStarted);
        assert_eq!(ab.topic_state("dns"), TopicState::Completed);
        assert_eq!(ab.topic_state("sql"), TopicState::Completed);
        assert_eq!(ab.project_state("chat"), ProjectState::Built);
    }

    #[test]
    fn reset_wins_over_older_copies_and_undo_restores() {
        let mut p = Progress::new();
        p.set_topic("http", TopicState::Completed, 1);
        p.set_project("chat", ProjectState::Building, 1);
        let before = p.clone();
        p.reset(5);
        assert_eq!(p.roadmap_counts(ROADMAP).completed, 0);
        let mut other_tab = before.clone();
        other_tab.merge(&p);
        assert_eq!(other_tab.topic_state("http"), TopicState::NotStarted);
        let reset = p.changes_since(&before);
        p.undo(&reset, 9);
        assert_eq!(p.topic_state("http"), TopicState::Completed);
        assert_eq!(p.project_state("chat"), ProjectState::Building);
    }

    #[test]
    fn undo_of_a_reset_keeps_a_note_written_since() {
        let mut p = Progress::new();
        p.set_topic("http", TopicState::Completed, 1);
        p.set_note("http", "before the reset", 1).unwrap();
        let before = p.clone();
        p.reset(5);
        let reset = p.changes_since(&before);
        p.set_note("http", "rewritten after the reset", 6).unwrap();
        p.undo(&reset, 9);
        assert_eq!(p.note("http"), "rewritten after the reset");
        assert_eq!(p.topic_state("http"), TopicState::Completed);
    }

    #[test]
    fn undo_of_a_reset_keeps_what_was_done_since_here_and_in_another_tab() {
        let mut a = Progress::new();
        a.set_topic("http", TopicState::Completed, 1);
        a.set_topic("dns", TopicState::Completed, 1);
        a.set_topic("sql", TopicState::InProgress, 1);
        let before = a.clone();
        a.reset(5);
        let reset = a.changes_since(&before);
        // Tab B hears of the reset, then ticks Docker and un-ticks nothing.
        let mut b = a.clone();
        b.set_topic("docker", TopicState::Completed, 6);
        // Tab A re-marks SQL itself, then hears of B's change, then undoes.
        a.set_topic("sql", TopicState::Skipped, 7);
        a.merge(&b);
        assert_eq!(a.undo(&reset, 9), 2, "http and dns only");
        assert_eq!(a.topic_state("http"), TopicState::Completed);
        assert_eq!(a.topic_state("dns"), TopicState::Completed);
        assert_eq!(a.topic_state("sql"), TopicState::Skipped, "mine since");
        assert_eq!(a.topic_state("docker"), TopicState::Completed, "B's since");
        // Undo is itself a change: it wins over the reset in every tab.
        b.merge(&a);
        assert_eq!(b, a);
    }

    #[test]
    fn history_survives_reset_and_undo_import_and_adoption() {
        let mut p = Progress::new();
        p.set_topic("http", TopicState::Completed, 1_000);
        p.set_topic("http", TopicState::Completed, 2_000);
        assert_eq!(
            p.topic_entry("http").unwrap().since,
            1_000,
            "re-marking keeps it"
        );
        let before = p.clone();
        p.reset(5_000);
        assert_eq!(p.topic_entry("http").unwrap().since, 5_000);
        let reset = p.changes_since(&before);
        p.undo(&reset, 6_000);
        let http = p.topic_entry("http").unwrap();
        assert_eq!(
            (http.state, http.since, http.changed_at),
            (TopicState::Completed, 1_000, 6_000)
        );
        // A new computer: its progress replaced or merged with the file's keeps the file's history.
        let mut replaced = Progress::new();
        replaced.adopt_all(&p, 9_000);
        assert_eq!(replaced.topic_entry("http").unwrap().since, 1_000);
        let mut merged = Progress::new();
        merged.set_topic("dns", TopicState::Completed, 3_000);
        merged.adopt_progress_from(&p, 9_000);
        assert_eq!(merged.topic_entry("http").unwrap().since, 1_000);
        assert_eq!(merged.topic_entry("dns").unwrap().since, 3_000);
        // A time bounded for a decision leaves the history alone.
        let mut read_in_2001 = p.clone();
        read_in_2001.bound_times(500);
        let http = read_in_2001.topic_entry("http").unwrap();
        assert_eq!((http.changed_at, http.since), (500, 1_000));
    }

    #[test]
    fn adopting_progress_from_another_copy_only_moves_forward() {
        let mut mine = Progress::new();
        mine.set_topic("http", TopicState::Completed, 1);
        mine.set_topic("dns", TopicState::InProgress, 1);
        mine.set_project("chat", ProjectState::Built, 1);
        let mut theirs = Progress::new();
        theirs.set_topic("http", TopicState::InProgress, 2);
        theirs.set_topic("dns", TopicState::Completed, 2);
        theirs.set_topic("sql", TopicState::Skipped, 2);
        theirs.set_topic("git", TopicState::NotStarted, 2);
        theirs.set_project("chat", ProjectState::Building, 2);
        theirs.set_project("blog-api", ProjectState::Building, 2);
        mine.adopt_progress_from(&theirs, 9);
        assert_eq!(
            mine.topic_state("http"),
            TopicState::Completed,
            "completed stays"
        );
        assert_eq!(mine.topic_state("dns"), TopicState::Completed);
        assert_eq!(mine.topic_state("sql"), TopicState::Skipped);
        assert_eq!(mine.topic_state("git"), TopicState::NotStarted);
        assert_eq!(
            mine.project_state("chat"),
            ProjectState::Built,
            "no step back"
        );
        assert_eq!(mine.project_state("blog-api"), ProjectState::Building);
    }

    #[test]
    fn unknown_ids_are_kept_and_reported() {
        let mut p = Progress::new();
        p.set_topic("graphql", TopicState::Completed, 1);
        p.set_topic("http", TopicState::Completed, 1);
        fn unknown(p: &Progress) -> Vec<&str> {
            p.unknown_topic_ids(ROADMAP).collect()
        }
        assert_eq!(unknown(&p), ["graphql"]);
        assert_eq!(p.topic_state("graphql"), TopicState::Completed);
        p.set_topic("graphql", TopicState::NotStarted, 2);
        assert_eq!(
            unknown(&p),
            ["graphql"],
            "a not-started entry is still kept"
        );
        assert!(unknown(&Progress::new()).is_empty());
    }

    #[test]
    fn slugs_round_trip() {
        for s in TopicState::ALL {
            assert_eq!(TopicState::from_slug(s.slug()), Some(s));
        }
        for s in ProjectState::ALL {
            assert_eq!(ProjectState::from_slug(s.slug()), Some(s));
        }
        assert_eq!(TopicState::from_slug("done"), None);
    }

    #[test]
    fn progress_belongs_to_a_roadmap_when_it_holds_only_its_topics() {
        let mut p = Progress::new();
        assert!(!p.only_topics_of(ROADMAP), "nothing to move");
        p.set_topic("http", TopicState::Completed, 1);
        assert!(p.only_topics_of(ROADMAP));
        p.set_topic("semantic-html", TopicState::Completed, 1);
        assert!(!p.only_topics_of(ROADMAP), "another roadmap's topic");
    }

    #[test]
    fn projects_built_counts_only_built() {
        let mut p = Progress::new();
        p.set_project("chat", ProjectState::Built, 1);
        p.set_project("blog-api", ProjectState::Building, 1);
        assert_eq!(p.projects_built(), 1);
    }
}
