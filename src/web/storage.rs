//! Saved progress in localStorage (through gloo-storage), guarded so that blocked, throwing or
//! full storage never panics, and unreadable data is never overwritten before it is backed up.

use crate::progress::{
    decode_storage, encode_storage, DecodeError, Progress, BACKUP_KEY, STORAGE_KEY,
};
use gloo_storage::{LocalStorage, Storage};

/// Storage is blocked, disabled, throwing or full: progress lives in memory only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unavailable;

/// What the saved value turned out to be.
pub enum Loaded {
    Nothing,
    Progress(Progress),
    /// The saved value could not be read. It has been copied to [`BACKUP_KEY`] (`backed_up`)
    /// and the original is left in place until the learner changes something.
    Unreadable {
        raw: String,
        error: DecodeError,
        backed_up: bool,
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

/// Copy an unreadable saved value to [`BACKUP_KEY`], unless the backup already holds it.
fn back_up(raw: &str) -> Result<(), Unavailable> {
    match get(BACKUP_KEY) {
        Ok(Some(existing)) if existing == raw => Ok(()),
        _ => set(BACKUP_KEY, raw),
    }
}

/// Read saved progress; an unreadable value is backed up, never dropped.
pub fn load() -> Result<Loaded, Unavailable> {
    let Some(raw) = get(STORAGE_KEY)? else {
        return Ok(Loaded::Nothing);
    };
    match decode_storage(raw.as_bytes()) {
        Ok(p) => Ok(Loaded::Progress(p)),
        Err(error) => {
            let backed_up = back_up(&raw).is_ok();
            Ok(Loaded::Unreadable {
                raw,
                error,
                backed_up,
            })
        }
    }
}

/// Decode a value seen in a `storage` event from another tab.
pub fn decode_other_tab(new_value: &str) -> Option<Progress> {
    decode_storage(new_value.as_bytes()).ok()
}

/// Save progress merged with whatever another tab saved meanwhile; returns the merged
/// progress. An unreadable stored value is only overwritten once it is backed up.
pub fn save(progress: &Progress) -> Result<Progress, Unavailable> {
    let mut merged = progress.clone();
    if let Some(raw) = get(STORAGE_KEY)? {
        match decode_storage(raw.as_bytes()) {
            Ok(stored) => merged.merge(&stored),
            Err(_) => back_up(&raw)?,
        }
    }
    set(STORAGE_KEY, &encode_storage(&merged))?;
    Ok(merged)
}

/// A small preference (theme), or None when unset or unavailable.
pub fn get_pref(key: &str) -> Option<String> {
    get(key).ok().flatten()
}

/// Save a small preference; failures are ignored (the choice still applies to this page).
pub fn set_pref(key: &str, value: &str) {
    let _ = set(key, value);
}
