//! The progress store: the one place that changes progress, persists it and keeps tabs in sync.
//! Components read it through context (`use_store`).

use crate::content::{Roadmap, Topic, PROJECTS};
use crate::notices::{use_notices, Notices};
use crate::progress::{
    decode_share, Counts, Progress, ProjectState, TopicState, BACKUP_KEY, STORAGE_KEY,
};
use crate::web::{self, storage};
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
}

/// Shared progress store. Signals are `Copy`, so the store is too.
#[derive(Clone, Copy)]
pub struct Store {
    pub roadmap: Roadmap,
    progress: RwSignal<Progress>,
    /// Progress from a share link, shown read-only until adopted or closed.
    preview: RwSignal<Option<Progress>>,
    saving: RwSignal<Saving>,
    /// The latest milestone unlocked by the learner's own action (for the announcement).
    celebrated: RwSignal<Option<&'static str>>,
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

    /// Bring every per-topic signal in line with the progress on screen; only topics whose
    /// state changed notify their subscribers.
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

    pub fn next_topic(self) -> Option<&'static Topic> {
        self.with_shown(|p| p.next_topic(self.roadmap))
    }

    pub fn is_preview(self) -> bool {
        self.preview.with(Option::is_some)
    }

    pub fn saving(self) -> Saving {
        self.saving.get()
    }

    pub fn celebrated(self) -> Option<&'static str> {
        self.celebrated.get()
    }

    /// A snapshot of the learner's own progress (for export, share and undo).
    pub fn snapshot(self) -> Progress {
        self.progress.get_untracked()
    }

    /// Apply a change to the learner's progress and save it. Ignored while a preview is open.
    pub fn change(self, f: impl FnOnce(&mut Progress, u64)) {
        if self.preview.with_untracked(Option::is_some) {
            return;
        }
        let roadmap = self.roadmap;
        let before = self
            .progress
            .with_untracked(|p| p.unlocked_milestones(roadmap));
        let now = web::now();
        self.progress.update(|p| f(p, now));
        let after = self
            .progress
            .with_untracked(|p| p.unlocked_milestones(roadmap));
        if let Some(new) = after.iter().rev().find(|m| !before.contains(m)) {
            self.celebrated.set(Some(new));
        }
        self.persist();
        self.sync();
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

    fn persist(self) {
        // Until `start` has read storage, changes stay in memory: `start` merges and saves them,
        // after an unreadable stored value has been backed up and announced.
        if self.saving.get_untracked() != Saving::On {
            return;
        }
        let result = self.progress.with_untracked(storage::save);
        match result {
            Ok(merged) => {
                if self.progress.with_untracked(|p| *p != merged) {
                    self.progress.set(merged);
                }
            }
            Err(storage::Unavailable) => self.storage_off(),
        }
    }

    fn storage_off(self) {
        self.saving.set(Saving::Off);
        self.notices.error(
            "Progress can't be saved in this browser here (storage is blocked or full). \
             Your changes last until you close this page: use Export or Share link to keep them.",
        );
    }

    /// Open shared progress read-only.
    pub fn open_preview(self, p: Progress) {
        self.preview.set(Some(p));
        self.sync();
    }

    /// Close the shared preview, adopting it (replace or merge) or not.
    pub fn close_preview(self, adopt: Option<Adopt>) {
        let Some(shared) = self.preview.get_untracked() else {
            return;
        };
        self.preview.set(None);
        self.sync();
        web::remove_query_param("progress");
        if let Some(how) = adopt {
            self.adopt(&shared, how);
        }
    }

    /// Take over other progress (an import or a share link), replacing or merging.
    pub fn adopt(self, other: &Progress, how: Adopt) {
        self.change(|p, now| match how {
            Adopt::Replace => p.adopt_all(other, now),
            Adopt::Merge => p.adopt_progress_from(other, now),
        });
    }

    /// Load saved progress, a share link, and start listening to other tabs. Runs once,
    /// after hydration, so the prerendered defaults and the first render agree. Changes made
    /// before it (a click on a part hydrated earlier) are kept, merged with what was saved.
    pub fn start(self) {
        let early = self.progress.get_untracked();
        match storage::load() {
            Err(storage::Unavailable) => self.storage_off(),
            Ok(loaded) => {
                self.saving.set(Saving::On);
                match loaded {
                    storage::Loaded::Nothing => {}
                    storage::Loaded::Progress(mut p) => {
                        // Topics saved against another version of the roadmap are kept.
                        if p.unknown_topic_ids(self.roadmap).next().is_some() {
                            self.notices.info(
                                "Your saved progress also has topics from another version of this roadmap. \
                                 They do not apply here and are kept, not deleted.",
                            );
                        }
                        p.merge(&early);
                        self.progress.set(p);
                        self.sync();
                    }
                    storage::Loaded::Unreadable {
                        raw,
                        error,
                        backed_up,
                    } => {
                        let kept = if backed_up {
                            format!("It is kept in this browser under \"{BACKUP_KEY}\".")
                        } else {
                            "It was left untouched and will not be overwritten.".to_string()
                        };
                        if !backed_up {
                            self.saving.set(Saving::Off);
                        }
                        self.notices.unreadable(
                            raw,
                            format!("Your saved progress could not be read: {error}. You are starting fresh. {kept}"),
                        );
                    }
                }
            }
        }
        if !early.is_empty() {
            self.persist();
        }
        if let Some(code) = web::query_param("progress") {
            match decode_share(&code, self.roadmap, PROJECTS, web::now()) {
                Ok(p) => self.open_preview(p),
                Err(e) => {
                    self.notices.error(format!(
                        "That share link could not be opened: {e}. Your own progress is unchanged."
                    ));
                    web::remove_query_param("progress");
                }
            }
        }
        let handle = window_event_listener(leptos::ev::storage, move |ev| {
            if ev.key().as_deref() != Some(STORAGE_KEY) {
                return;
            }
            if let Some(theirs) = ev.new_value().and_then(|v| storage::decode_other_tab(&v)) {
                self.progress.update(|p| p.merge(&theirs));
                self.sync();
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
        saving: RwSignal::new(Saving::Pending),
        celebrated: RwSignal::new(None),
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
