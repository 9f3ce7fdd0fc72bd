//! Keeping progress: export, import (replace or merge), share link, reset with undo, and the
//! banner shown while a shared link is open.

use crate::notices::use_notices;
use crate::progress::{
    decode_export, encode_export, encode_share, share_url, Counts, DecodeError, Progress,
    MAX_IMPORT_BYTES,
};
use crate::store::{use_store, Adopt, Saving};
use crate::web::{self, files};
use crate::widgets::{field_attr, field_type};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Export, import, share and reset controls.
#[component]
pub fn Toolbar() -> impl IntoView {
    let store = use_store();
    let notices = use_notices();
    let pending_import = RwSignal::new(None::<Progress>);
    // The share panel is open; the learner ticked "Include my notes".
    let sharing = RwSignal::new(false);
    let with_notes = RwSignal::new(false);
    // The display name the learner puts in the link (optional).
    let name = RwSignal::new(String::new());
    let shared_url = move || {
        if !sharing.get() {
            return None;
        }
        let code = name.with(|n| {
            encode_share(
                &store.snapshot(),
                store.roadmap,
                store.roadmap.projects,
                with_notes.get(),
                Some(n),
            )
        });
        web::page_base_url().map(|base| share_url(&base, store.roadmap.id, &code))
    };
    let confirm_reset = RwSignal::new(false);

    let export = move |_| {
        let now = web::now();
        let file = encode_export(&store.snapshot(), now, store.roadmap.id);
        let today = now.saturating_add_signed(web::timezone_offset_at(now));
        let name = crate::progress::export_file_name(store.roadmap.id, today);
        if let Err(e) = files::download(&name, "application/json", &file) {
            notices.error(format!("Export failed: {e}."));
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        leptos::task::spawn_local(async move {
            let result = files::read_file(file, MAX_IMPORT_BYTES)
                .await
                .map_err(DecodeError::from)
                .and_then(|bytes| decode_export(&bytes, web::now(), store.roadmap.id));
            match result {
                Ok(p) => pending_import.set(Some(p)),
                Err(e) => notices.error(format!(
                    "That file was not imported: {e}. Nothing was changed."
                )),
            }
        });
    };
    let finish_import = move |how: Option<Adopt>| {
        match (pending_import.get_untracked(), how) {
            (Some(p), Some(Adopt::Replace)) => {
                store.replace(&p, "Your progress was replaced by the file's.")
            }
            (Some(p), Some(Adopt::Merge)) => {
                store.merge_in(&p);
                notices.info("Progress imported.");
            }
            _ => {}
        }
        pending_import.set(None);
    };
    let import_question = move || {
        pending_import.with(|p| {
            p.as_ref().map(|p| {
                let mine = store.counts();
                let theirs = p.roadmap_counts(store.roadmap);
                format!(
                    "Replace your {} with the file's {}, or merge them (completed topics stay completed)?",
                    mine.completed_phrase(),
                    theirs.completed
                )
            })
        })
    };
    // The system share sheet, where the browser has one (phones, mostly).
    let can_share = RwSignal::new(false);
    let share = move |_| match web::page_base_url() {
        Some(_) => {
            with_notes.set(false);
            can_share.set(files::has_share_sheet());
            sharing.set(true);
        }
        None => notices.error("A share link could not be made here."),
    };
    // A print from the browser's menu gets the same sheet as the Print button.
    let _ = window_event_listener_untyped("beforeprint", move |_| super::print::fill(store));
    let reset = move |_| {
        store.reset();
        confirm_reset.set(false);
    };

    view! {
        <div class="toolbar" class:hidden-in-preview=move || store.is_preview()>
            <button type="button" class="btn btn-small" on:click=export>"Export"</button>
            <label class="btn btn-small file-btn">
                "Import"
                <input type="file" accept=".json,application/json" class="visually-hidden" on:change=on_file />
            </label>
            <button type="button" class="btn btn-small" on:click=share>"Share link"</button>
            <button type="button" class="btn btn-small" on:click=move |_| super::print::print(store)>"Print"</button>
            <button type="button" class="btn btn-small btn-quiet" on:click=move |_| confirm_reset.set(true)>"Reset"</button>
        </div>
        <p class="save-status">
            {move || match store.saving() {
                Saving::On => "Saved in this browser. No account needed.",
                Saving::Off => "Not saved: storage is unavailable here. Use Export or Share link.",
                Saving::Outdated => "Not saved: this tab is out of date. Reload to keep working.",
                Saving::Pending => "",
            }}
        </p>
        <div class="inline-panel" role="group" aria-label="Import progress" hidden=move || pending_import.with(Option::is_none)>
            <p>{import_question}</p>
            <button type="button" class="btn btn-small" on:click=move |_| finish_import(Some(Adopt::Replace))>"Replace"</button>
            <button type="button" class="btn btn-small" on:click=move |_| finish_import(Some(Adopt::Merge))>"Merge"</button>
            <button type="button" class="btn btn-small btn-quiet" on:click=move |_| finish_import(None)>"Cancel"</button>
        </div>
        <div class="inline-panel" role="group" aria-label="Share link" hidden=move || !sharing.get()>
            <label for="share-name">"Your name in the link (optional, for a mentor or instructor):"</label>
            <input id="share-name" class="share-name" type=field_type(store, "text") value="Name" maxlength=field_attr(store, "40") autocomplete=field_attr(store, "name") prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
            <label class="check">
                <input type="checkbox" prop:checked=move || with_notes.get() on:change=move |ev| with_notes.set(event_target_checked(&ev)) />
                "Include my notes in the link (anyone with the link can read them)"
            </label>
            <p class="note-count" role="status">{move || {
                let url = shared_url()?;
                name.with(|n| crate::progress::share_warning(n, url.len()))
            }}</p>
            <label for="share-url">"Your progress link (opens read-only, with a choice to adopt it):"</label>
            <input id="share-url" class="share-url" type=field_type(store, "text") value="Link" readonly=field_attr(store, "") prop:value=move || shared_url().unwrap_or_default() />
            <button type="button" class="btn btn-small" on:click=move |_| {
                files::copy_or_select(untrack(shared_url).unwrap_or_default(), "share-url", notices, "Link copied.");
            }>"Copy link"</button>
            <button type="button" class="btn btn-small" hidden=move || !can_share.get() on:click=move |_| {
                files::share_sheet(untrack(shared_url).unwrap_or_default(), store.roadmap.title, notices);
            }>"Share\u{2026}"</button>
            <button type="button" class="btn btn-small btn-quiet" on:click=move |_| sharing.set(false)>"Close"</button>
        </div>
        <div class="inline-panel" role="group" aria-label="Reset progress" hidden=move || !confirm_reset.get()>
            <p>"Reset all progress? Your notes are kept, and you can undo right after."</p>
            <button type="button" class="btn btn-small btn-danger" on:click=reset>"Yes, reset everything"</button>
            <button type="button" class="btn btn-small btn-quiet" on:click=move |_| confirm_reset.set(false)>"Cancel"</button>
        </div>
        <div class="inline-panel" role="group" aria-label="Undo" hidden=move || store.undo_message().is_none()>
            <p>{move || store.undo_message()}</p>
            <button type="button" class="btn btn-small" on:click=move |_| store.undo()>"Undo"</button>
            <button type="button" class="btn btn-small btn-quiet" on:click=move |_| store.forget_undo()>"Dismiss"</button>
        </div>
    }
}

/// Shown while a share link's progress is on screen: adopt it or go back.
#[component]
pub fn PreviewBanner() -> impl IntoView {
    let store = use_store();
    let question = move || {
        let mine: Counts = store.snapshot_counts();
        format!(
            "Adopting it replaces your {} with this link's {} (you can undo it).",
            mine.completed_phrase(),
            store.counts().completed
        )
    };
    view! {
        <div class="preview-banner" role="region" aria-label="Shared progress" hidden=move || !store.is_preview()>
            <p>
                <strong>"You are viewing shared progress"</strong>
                {move || store.preview_name.get().map(|n| format!(" from \u{2068}{n}\u{2069}"))}
                {move || format!(" ({}/{} completed). It is read-only until you adopt it.", store.counts().completed, store.counts().total)}
            </p>
            <p>{question}</p>
            <button type="button" class="btn btn-small" on:click=move |_| store.close_preview(Some(Adopt::Replace))>"Adopt it (replace mine)"</button>
            <button type="button" class="btn btn-small" on:click=move |_| store.close_preview(Some(Adopt::Merge))>"Merge into mine"</button>
            <button type="button" class="btn btn-small btn-quiet" on:click=move |_| store.close_preview(None)>"Back to my progress"</button>
        </div>
    }
}
