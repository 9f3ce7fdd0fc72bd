//! The progress store: the one place that changes progress, persists it and keeps tabs in sync.
//! Components read it through context (`use_store`).

use crate::content::{Roadmap, Topic};
use crate::notices::{use_notices, Notices};
use crate::progress::{
    check_note, decode_share, storage_key, Change, Counts, NoteTooLong, OwnClock, Progress,
    ProjectState, TopicState,
};
use crate::web::{self, storage, storage::NotSaved};
use leptos::prelude::*;

/// Whether changes reach browser storage.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Saving {
    /// Storage not read yet (the prerendered page, and until `Store::start`): changes wait
    /// in memory.
    Pending,
    On,
    /// Storage is blocked, throwing or full: progress lives in memory only.
    Off,
    /// A newer version of the app saved progress: this tab writes nothing until reloaded.
    Outdated,
}

/// Shared progress store. Signals are `Copy`, so the store is too.
#[derive(Clone, Copy)]
pub struct Store {
    pub roadmap: Roadmap,
    progress: RwSignal<Progress>,
    /// Progress from a share link, shown read-only until adopted or closed.
    preview: RwSignal<Option<Progress>>,
    /// The display name the share link on screen carries, if any (plain text).
    pub preview_name: RwSignal<Option<String>>,
    saving: RwSignal<Saving>,
    /// The latest milestone unlocked by the learner's own action (for the announcement).
    celebrated: RwSignal<Option<&'static str>>,
    /// Stamps the learner's own changes: later than anything read from outside, and than the
    /// previous change (see `progress::clock`).
    clock: StoredValue<OwnClock>,
    /// What the last reset or replacement changed, with what to say, until undone or
    /// dismissed. Undo is the inverse of that change, never a snapshot: what changed since
    /// (here or in another tab) stays.
    undo: RwSignal<Option<(Change, &'static str)>>,
    /// One signal per roadmap topic holding its state on screen, so a toggle wakes only that
    /// topic and its section, whatever the roadmap's size. Kept in step by `sync`.
    /// In roadmap order. Looked up by id with a scan: lookups happen when a topic renders or a
    /// section reads its topics, never per toggle across the roadmap (and a Vec is far less
    /// wasm than a map type).
    topics: StoredValue<Vec<(&'static str, RwSignal<TopicState>)>>,
    notices: Notices,
}

impl Store {
    /// Run `f` on the progress on screen: the shared preview if one is open, else the learner's.
    pub fn with_shown<R>(self, f: impl FnOnce(&Progress) -> R) -> R {
        self.preview.with(|pv| match pv {
            Some(p) => f(p),
            None => self.progress.with(f),
        })
    }

    pub fn topic_state(self, id: &str) -> TopicState {
        let found = self
            .topics
            .with_value(|m| m.iter().find(|(k, _)| *k == id).map(|(_, s)| *s));
        match found {
            Some(signal) => signal.get(),
            None => self.with_shown(|p| p.topic_state(id)),
        }
    }

    /// The one path by which progress changes, whatever the source (a click, storage, another
    /// tab, an import, a share preview, reset, undo): `f` changes the learner's progress and/or
    /// the shared preview; each signal notifies only if it changed, and every per-topic signal
    /// is brought in line with what is on screen.
    /// When nothing changed (a save that merged nothing new), nothing is notified or synced.
    fn commit(self, f: impl FnOnce(&mut Progress, &mut Option<Progress>)) {
        let mut mine = self.progress.get_untracked();
        let mut preview = self.preview.get_untracked();
        f(&mut mine, &mut preview);
        let mine_changed = self.progress.with_untracked(|p| *p != mine);
        let preview_changed = self.preview.with_untracked(|p| *p != preview);
        if mine_changed {
            self.progress.set(mine);
        }
        if preview_changed {
            self.preview.set(preview);
        }
        if mine_changed || preview_changed {
            self.sync();
        }
    }

    /// The stamp for a change of the learner's own made at `now` (see `progress::clock`).
    fn next_stamp(self, now: u64) -> u64 {
        self.clock
            .try_update_value(|c| c.stamp(now))
            .unwrap_or(now.saturating_add(1))
    }

    /// Bring every per-topic signal in line with the progress on screen; only topics whose
    /// state changed notify their subscribers. Called by `commit` only.
    fn sync(self) {
        self.preview.with_untracked(|pv| {
            self.progress.with_untracked(|own| {
                let shown = pv.as_ref().unwrap_or(own);
                self.topics.with_value(|m| {
                    for (id, signal) in m.iter() {
                        let state = shown.topic_state(id);
                        if signal.get_untracked() != state {
                            signal.set(state);
                        }
                    }
                })
            })
        });
    }

    pub fn project_state(self, id: &str) -> ProjectState {
        self.with_shown(|p| p.project_state(id))
    }

    pub fn counts(self) -> Counts {
        self.with_shown(|p| p.roadmap_counts(self.roadmap))
    }

    /// Counts of the learner's own progress (not a preview's).
    pub fn snapshot_counts(self) -> Counts {
        self.progress.with(|p| p.roadmap_counts(self.roadmap))
    }

    pub fn next_topic(self) -> Option<&'static Topic> {
        self.with_shown(|p| p.next_topic(self.roadmap))
    }

    pub fn is_preview(self) -> bool {
        self.preview.with(Option::is_some)
    }

    pub fn saving(self) -> Saving {
        self.saving.get()
    }

    /// Whether the browser's state is applied (saved progress read, or found unavailable).
    pub fn started(self) -> bool {
        self.saving.get() != Saving::Pending
    }

    pub fn celebrated(self) -> Option<&'static str> {
        self.celebrated.get()
    }

    /// A snapshot of the learner's own progress (for export, share and undo).
    pub fn snapshot(self) -> Progress {
        self.progress.get_untracked()
    }

    /// Apply a change of the learner's own to their progress and save it; `f` gets the
    /// change's stamp. Ignored while a preview is open.
    pub fn change(self, f: impl FnOnce(&mut Progress, u64)) {
        if self.preview.with_untracked(Option::is_some) {
            return;
        }
        let roadmap = self.roadmap;
        let before = self
            .progress
            .with_untracked(|p| p.unlocked_milestones(roadmap));
        let now = web::now();
        let stamp = self.next_stamp(now);
        self.commit(|mine, _| f(mine, stamp));
        let after = self
            .progress
            .with_untracked(|p| p.unlocked_milestones(roadmap));
        if let Some(new) = after.iter().rev().find(|m| !before.contains(m)) {
            self.celebrated.set(Some(new));
        }
        self.persist(now);
    }

    pub fn toggle(self, id: &'static str) {
        self.change(|p, now| {
            p.toggle_topic(id, now);
        });
    }

    pub fn set_topic(self, id: &'static str, state: TopicState) {
        self.change(|p, now| p.set_topic(id, state, now));
    }

    pub fn set_project(self, id: &'static str, state: ProjectState) {
        self.change(|p, now| p.set_project(id, state, now));
    }

    /// The note on a topic as shown (a shared preview's while one is open).
    pub fn note(self, id: &str) -> String {
        self.with_shown(|p| p.note(id).to_owned())
    }

    /// Keep the learner's note on a topic and save it. A note over the limit is refused whole
    /// and the saved one kept (the editor says so); an unchanged note saves nothing.
    pub fn set_note(self, id: &'static str, text: &str) -> Result<(), NoteTooLong> {
        check_note(text)?;
        if self.progress.with_untracked(|p| p.note(id) != text) {
            self.change(|p, now| {
                let _ = p.set_note(id, text, now);
            });
        }
        Ok(())
    }

    /// Every topic's note that has text, from the progress on screen.
    pub fn notes_written(self) -> Vec<(String, String)> {
        self.with_shown(|p| {
            p.notes_written()
                .map(|(id, text)| (id.to_owned(), text.to_owned()))
                .collect()
        })
    }

    /// Taps on topics made before the roadmap was live, recorded by the head script as the
    /// state each tap chose (what the learner saw, flipped): applied in order as their own.
    pub fn apply_early_taps(self, taps: Vec<(String, TopicState)>) {
        for (id, state) in taps {
            if let Some(topic) = self.roadmap.topic(&id) {
                self.set_topic(topic.id, state);
            }
        }
    }

    /// Set every topic and project back to not started; undoable.
    pub fn reset(self) {
        self.undoable("Progress reset.", |p, at| p.reset(at));
    }

    /// Replace the learner's progress with `other` (an import or a share link); undoable.
    /// `message` says what happened, for the undo offer.
    pub fn replace(self, other: &Progress, message: &'static str) {
        self.undoable(message, |p, at| p.adopt_all(other, at));
    }

    /// Apply `f` as a change of the learner's own, keeping what it changed (before saving
    /// merges in other tabs' changes) for Undo.
    fn undoable(self, message: &'static str, f: impl FnOnce(&mut Progress, u64)) {
        let mut change = None;
        self.change(|p, at| {
            let before = p.clone();
            f(p, at);
            change = Some(p.changes_since(&before));
        });
        self.undo.set(change.map(|c| (c, message)));
    }

    /// What the last reset or replacement did, while it can be undone.
    pub fn undo_message(self) -> Option<&'static str> {
        self.undo.with(|u| u.as_ref().map(|(_, m)| *m))
    }

    /// Put back what the last reset or replacement changed, except what changed since: in this
    /// tab, or in another (what storage holds is merged in first, in case its event has not
    /// arrived yet).
    pub fn undo(self) {
        if let Some((change, _)) = self.undo.get_untracked() {
            let now = web::now();
            if let Ok(storage::Loaded::Progress(saved)) =
                storage::load(&storage_key(self.roadmap.id), now)
            {
                self.commit(|mine, _| mine.merge(&saved));
            }
            self.change(|p, at| {
                p.undo(&change, at);
            });
        }
        self.undo.set(None);
    }

    /// Drop the undo offer.
    pub fn forget_undo(self) {
        self.undo.set(None);
    }

    /// Save, merging what storage holds read at `now`: the time the latest change was stamped
    /// from, so that no stored time can tie with that change (its stamp is past `now`).
    /// While saving is off (storage was full, or failed), every change tries again: once
    /// there is room, saving resumes and the page says so. (`storage::save` never writes over
    /// an unreadable value it could not back up, so trying again is safe.)
    fn persist(self, now: u64) {
        // Until `start` has read storage, changes stay in memory: `start` merges and saves them,
        // after an unreadable stored value has been backed up and announced.
        let was = self.saving.get_untracked();
        if matches!(was, Saving::Pending | Saving::Outdated) {
            return;
        }
        let result = self
            .progress
            .with_untracked(|p| storage::save(&storage_key(self.roadmap.id), p, now));
        match (result, was) {
            (Ok(merged), _) => {
                self.commit(|mine, _| *mine = merged);
                if was == Saving::Off {
                    self.saving.set(Saving::On);
                    self.notices
                        .info("Saving works again: your progress is saved in this browser.");
                }
            }
            (Err(NotSaved::Outdated), _) => self.outdated(),
            (Err(NotSaved::Unavailable), Saving::On) => self.storage_off(),
            (Err(NotSaved::Unavailable), _) => {}
        }
    }

    /// A newer version saved progress: keep what is on screen in memory, save nothing over
    /// it, and offer a reload.
    fn outdated(self) {
        self.saving.set(Saving::Outdated);
        self.notices.outdated();
    }

    fn storage_off(self) {
        self.saving.set(Saving::Off);
        self.notices.error(
            "Progress can't be saved in this browser here (storage is blocked or full). \
             Your changes are kept on this page and saved once storage has room: use Export or \
             Share link to keep them meanwhile.",
        );
    }

    /// Open shared progress read-only.
    pub fn open_preview(self, p: Progress) {
        self.commit(|_, preview| *preview = Some(p));
    }

    /// Close the shared preview, adopting it (replace or merge) or not.
    pub fn close_preview(self, adopt: Option<Adopt>) {
        let Some(shared) = self.preview.get_untracked() else {
            return;
        };
        self.commit(|_, preview| *preview = None);
        self.preview_name.set(None);
        web::remove_query_param("progress");
        match adopt {
            Some(Adopt::Replace) => {
                self.replace(&shared, "Your progress was replaced by the shared link's.")
            }
            Some(Adopt::Merge) => self.merge_in(&shared),
            None => {}
        }
    }

    /// Take from other progress (an import or a share link) only what moves this copy forward.
    pub fn merge_in(self, other: &Progress) {
        self.change(|p, at| p.adopt_progress_from(other, at));
    }

    /// A site built from a roadmap file (`ROADMAP_FILE`) kept its progress under the bare key
    /// before each roadmap had its own: that progress, when every topic it holds is this
    /// roadmap's (the Backend roadmap's, from a site beside it on the same origin, is not).
    /// Saving then keeps it under this roadmap's key; the bare value is left as it is.
    fn under_the_bare_key(self, now: u64) -> Option<Progress> {
        if !crate::progress::kept_under_bare_keys(self.roadmap.id) {
            return None;
        }
        match storage::load(crate::progress::STORAGE_KEY, now) {
            Ok(storage::Loaded::Progress(p)) if p.only_topics_of(self.roadmap) => Some(p),
            _ => None,
        }
    }

    /// Load saved progress, a share link, and start listening to other tabs. Runs once,
    /// after hydration, so the prerendered defaults and the first render agree. Changes made
    /// before it (a click on a part hydrated earlier) are kept, merged with what was saved.
    pub fn start(self) {
        let now = web::now();
        // Changes made before now are the learner's latest actions: stamped anew, they stay
        // ahead of whatever storage holds (its times are bounded by now when read).
        let stamp = self.next_stamp(now);
        self.commit(|mine, _| mine.restamp(stamp));
        let early = self.snapshot();
        let (mut moved, mut found_unreadable) = (false, false);
        let loaded = storage::load(&storage_key(self.roadmap.id), now).map(|l| match l {
            storage::Loaded::Nothing => match self.under_the_bare_key(now) {
                Some(p) => {
                    moved = true;
                    storage::Loaded::Progress(p)
                }
                None => l,
            },
            l => l,
        });
        match loaded {
            Err(storage::Unavailable) => self.storage_off(),
            Ok(loaded) => {
                self.saving.set(Saving::On);
                match loaded {
                    storage::Loaded::Nothing => {}
                    storage::Loaded::Newer => self.outdated(),
                    storage::Loaded::Progress(mut p) => {
                        // Topics saved against another version of the roadmap are kept.
                        if p.unknown_topic_ids(self.roadmap).next().is_some() {
                            self.notices.info(
                                "Your saved progress also has topics from another version of this roadmap. \
                                 They do not apply here and are kept, not deleted.",
                            );
                        }
                        p.merge(&early);
                        self.commit(|mine, _| *mine = p);
                    }
                    storage::Loaded::Unreadable { error, backed_up } => {
                        found_unreadable = true;
                        let copies = storage::kept_copies();
                        let kept = match (backed_up, copies.len()) {
                            (Err(_), _) => {
                                "It was left untouched and will not be overwritten.".to_string()
                            }
                            (Ok(_), 1) => "A copy is kept in this browser.".to_string(),
                            (Ok(_), 2) => {
                                "It is kept in this browser with 1 earlier unreadable copy."
                                    .to_string()
                            }
                            (Ok(_), n) => format!(
                                "It is kept in this browser with {} earlier unreadable copies.",
                                n - 1
                            ),
                        };
                        let dropped = match backed_up {
                            Ok(b) if b.dropped > 0 => format!(
                                " To make room, the {} oldest unreadable {} dropped.",
                                b.dropped,
                                if b.dropped == 1 {
                                    "copy was"
                                } else {
                                    "copies were"
                                }
                            ),
                            _ => String::new(),
                        };
                        if backed_up.is_err() {
                            self.saving.set(Saving::Off);
                        }
                        self.notices.unreadable(
                            copies,
                            format!("Your saved progress could not be read: {error}. You are starting fresh. {kept}{dropped}"),
                        );
                    }
                }
            }
        }
        if moved || !early.is_empty() {
            self.persist(now);
        }
        // Taps made on a visit whose app could not start (js/early-taps.js kept them).
        // They stay kept until saved (not when this tab is out of date, or cannot save).
        let pending = crate::progress::keyed(web::PENDING_TAPS_KEY, self.roadmap.id);
        self.apply_early_taps(storage::pending_taps(&pending));
        if self.saving.get_untracked() == Saving::On {
            storage::forget_pending_taps(&pending);
        }
        // Unreadable copies kept on an earlier visit stay listed until dismissed (the notice
        // of a value found unreadable now lists them already).
        let copies = storage::undismissed_copies();
        if !copies.is_empty() && !found_unreadable {
            self.notices.unreadable(
                copies,
                "Saved progress that could not be read is still kept in this browser. \
                 Download it, or dismiss this to stop listing it (it stays kept).",
            );
        }
        if let Some(code) = web::query_param("progress") {
            match decode_share(&code, self.roadmap, self.roadmap.projects, web::now()) {
                Ok(shared) => {
                    self.preview_name.set(shared.name);
                    self.open_preview(shared.progress);
                }
                Err(e) => {
                    self.notices.error(format!(
                        "That share link could not be opened: {e}. Your own progress is unchanged."
                    ));
                    web::remove_query_param("progress");
                }
            }
        }
        let key = storage_key(self.roadmap.id);
        let handle = window_event_listener(leptos::ev::storage, move |ev| {
            if ev.key().as_deref() != Some(key.as_str()) {
                return;
            }
            let now = web::now();
            let value = ev.new_value().unwrap_or_default();
            match storage::decode_other_tab(&value, now) {
                Ok(Some(theirs)) => self.commit(|mine, _| mine.merge(&theirs)),
                Ok(None) => {}
                Err(_) => self.outdated(),
            }
        });
        on_cleanup(move || handle.remove());
        web::mark_ready();
    }
}

/// How to take over other progress.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Adopt {
    Replace,
    Merge,
}

/// Create the store for `roadmap` and provide it; `Store::start` loads the saved state.
pub fn provide_store(roadmap: Roadmap) -> Store {
    let store = Store {
        roadmap,
        progress: RwSignal::new(Progress::new()),
        preview: RwSignal::new(None),
        preview_name: RwSignal::new(None),
        saving: RwSignal::new(Saving::Pending),
        celebrated: RwSignal::new(None),
        clock: StoredValue::new(OwnClock::default()),
        undo: RwSignal::new(None),
        topics: StoredValue::new(
            roadmap
                .topics()
                .map(|t| (t.id, RwSignal::new(TopicState::NotStarted)))
                .collect(),
        ),
        notices: use_notices(),
    };
    provide_context(store);
    store
}

pub fn use_store() -> Store {
    expect_context::<Store>()
}
