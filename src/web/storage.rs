//! Saved progress in localStorage (through gloo-storage), guarded so that blocked, throwing or
//! full storage never panics, and unreadable data is never overwritten before it is backed up.

use crate::progress::{
    backup_key, backup_time, decode_storage, encode_storage, DecodeError, Progress, MAX_BACKUPS,
};
use gloo_storage::{LocalStorage, Storage};

/// Storage is blocked, disabled, throwing or full: progress lives in memory only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unavailable;

/// Why progress was not saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotSaved {
    Unavailable,
    /// A newer version of the app saved the value (another tab, after a deployment): this tab
    /// is out of date and writes nothing over it.
    Outdated,
}

impl From<Unavailable> for NotSaved {
    fn from(_: Unavailable) -> Self {
        NotSaved::Unavailable
    }
}

/// An unreadable value kept in storage, for the learner to download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptCopy {
    pub key: String,
    /// When it was kept (ms since the Unix epoch; 0 for a copy kept by an older version).
    pub kept_at: u64,
    pub raw: String,
}

/// What backing up an unreadable value did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BackedUp {
    /// Older copies dropped to make room (more than [`MAX_BACKUPS`], or storage full).
    pub dropped: usize,
}

/// What the saved value turned out to be.
pub enum Loaded {
    Nothing,
    Progress(Progress),
    /// Saved by a newer version of the app: left as it is, and this tab is out of date.
    Newer,
    /// The saved value could not be read. It has been copied to a backup key (`backed_up`),
    /// and the original is left in place until the learner changes something.
    Unreadable {
        error: DecodeError,
        backed_up: Result<BackedUp, Unavailable>,
    },
}

/// localStorage if the browser lets this page use it. gloo's `raw()` panics when storage is
/// unavailable, so ask web-sys first: the property itself throws in blocked iframes.
fn storage() -> Result<web_sys::Storage, Unavailable> {
    match web_sys::window().map(|w| w.local_storage()) {
        Some(Ok(Some(_))) => Ok(LocalStorage::raw()),
        _ => Err(Unavailable),
    }
}

fn get(key: &str) -> Result<Option<String>, Unavailable> {
    storage()?.get_item(key).map_err(|_| Unavailable)
}

fn set(key: &str, value: &str) -> Result<(), Unavailable> {
    storage()?.set_item(key, value).map_err(|_| Unavailable)
}

fn remove(key: &str) -> Result<(), Unavailable> {
    storage()?.remove_item(key).map_err(|_| Unavailable)
}

/// Every unreadable copy kept in storage, oldest first.
pub fn kept_copies() -> Vec<KeptCopy> {
    let Ok(storage) = storage() else {
        return Vec::new();
    };
    let count = storage.length().unwrap_or(0);
    let mut copies: Vec<KeptCopy> = Vec::new();
    for key in (0..count).filter_map(|i| storage.key(i).ok().flatten()) {
        let Some(kept_at) = backup_time(&key) else {
            continue;
        };
        let Some(raw) = storage.get_item(&key).ok().flatten() else {
            continue;
        };
        // At most a few copies: placed in order as they come (a slice sort costs the wasm
        // kilobytes).
        let at = copies.iter().take_while(|c| c.kept_at <= kept_at).count();
        copies.insert(at, KeptCopy { key, kept_at, raw });
    }
    copies
}

/// Keep an unreadable saved value under a key of its own, unless an identical copy is kept
/// already. Beyond [`MAX_BACKUPS`] copies, or when storage is full, the oldest copies are
/// dropped to make room; if even that does not make room, nothing is dropped and the value
/// stays where it is (the caller then must not overwrite it).
pub fn back_up(raw: &str, now: u64) -> Result<BackedUp, Unavailable> {
    let mut copies = kept_copies();
    if copies.iter().any(|c| c.raw == raw) {
        return Ok(BackedUp { dropped: 0 });
    }
    let at = copies.last().map_or(now, |c| now.max(c.kept_at + 1));
    let key = backup_key(at);
    // Copies dropped to make room, kept in memory to be put back if even that is not enough.
    let mut dropped: Vec<KeptCopy> = Vec::new();
    let mut drop_oldest = |copies: &mut Vec<KeptCopy>| {
        let oldest = copies.remove(0);
        let _ = remove(&oldest.key);
        dropped.push(oldest);
    };
    while copies.len() >= MAX_BACKUPS {
        drop_oldest(&mut copies);
    }
    while set(&key, raw).is_err() {
        if copies.is_empty() {
            for copy in &dropped {
                let _ = set(&copy.key, &copy.raw);
            }
            return Err(Unavailable);
        }
        drop_oldest(&mut copies);
    }
    Ok(BackedUp {
        dropped: dropped.len(),
    })
}

/// Read the progress saved under `key` (`progress::storage_key`) at `now`; an unreadable
/// value is backed up, never dropped.
pub fn load(key: &str, now: u64) -> Result<Loaded, Unavailable> {
    let Some(raw) = get(key)? else {
        return Ok(Loaded::Nothing);
    };
    match decode_storage(raw.as_bytes(), now) {
        Ok(p) => Ok(Loaded::Progress(p)),
        Err(DecodeError::NewerVersion(_)) => Ok(Loaded::Newer),
        Err(error) => Ok(Loaded::Unreadable {
            error,
            backed_up: back_up(&raw, now),
        }),
    }
}

/// Decode a value seen in a `storage` event from another tab, at `now`: its progress, nothing
/// for a value that cannot be read (the next save backs it up), or `Outdated` when a newer
/// version of the app wrote it.
pub fn decode_other_tab(new_value: &str, now: u64) -> Result<Option<Progress>, NotSaved> {
    match decode_storage(new_value.as_bytes(), now) {
        Ok(p) => Ok(Some(p)),
        Err(DecodeError::NewerVersion(_)) => Err(NotSaved::Outdated),
        Err(_) => Ok(None),
    }
}

/// Save progress under `key`, merged with whatever another tab saved there meanwhile (its
/// times bounded by `now`); returns the merged progress. An unreadable stored value is only
/// overwritten once it is backed up; a value a newer version wrote is never overwritten.
pub fn save(key: &str, progress: &Progress, now: u64) -> Result<Progress, NotSaved> {
    let mut merged = progress.clone();
    if let Some(raw) = get(key)? {
        match decode_storage(raw.as_bytes(), now) {
            Ok(stored) => merged.merge(&stored),
            Err(DecodeError::NewerVersion(_)) => return Err(NotSaved::Outdated),
            Err(_) => {
                back_up(&raw, now)?;
            }
        }
    }
    set(key, &encode_storage(&merged))?;
    Ok(merged)
}

/// The time of the newest unreadable copy the learner dismissed: copies kept since are listed
/// at every start until the learner dismisses them (a copy is never dropped by dismissing).
const DISMISSED_KEY: &str = "backend-roadmap:unreadable-dismissed";

/// Kept unreadable copies the learner has not dismissed yet, oldest first.
pub fn undismissed_copies() -> Vec<KeptCopy> {
    let dismissed: Option<u64> = get_pref(DISMISSED_KEY).and_then(|v| v.parse().ok());
    let mut copies = kept_copies();
    copies.retain(|c| dismissed.is_none_or(|d| c.kept_at > d));
    copies
}

/// Stop listing `copies` (they stay in storage, and a later one is listed again).
pub fn dismiss_copies(copies: &[KeptCopy]) {
    if let Some(newest) = copies.iter().map(|c| c.kept_at).max() {
        set_pref(DISMISSED_KEY, &newest.to_string());
    }
}

/// Taps other pages kept under `key` when their app could not start
/// (`progress::decode_taps`), left in storage until [`forget_pending_taps`].
pub fn pending_taps(key: &str) -> Vec<(String, crate::progress::TopicState)> {
    get_pref(key).map_or_else(Vec::new, |text| {
        crate::progress::decode_taps(&text, crate::web::page_token().as_deref())
    })
}

/// Drop the kept taps once they are saved with progress.
pub fn forget_pending_taps(key: &str) {
    let _ = remove(key);
}

/// A small preference (theme), or None when unset or unavailable.
pub fn get_pref(key: &str) -> Option<String> {
    get(key).ok().flatten()
}

/// Save a small preference; failures are ignored (the choice still applies to this page).
pub fn set_pref(key: &str, value: &str) {
    let _ = set(key, value);
}
