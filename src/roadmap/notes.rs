//! The learner's note on a topic, in the details dialog: plain text saved as it is typed, with
//! a counter. A note over the limit is never cut: it is not saved until it is shortened, the
//! saved one is kept, and the text stays in the editor (and in memory when the dialog closes).

use super::details::use_details;
use crate::progress::{check_note, note_chars, MAX_NOTE_CHARS};
use crate::store::use_store;
use leptos::prelude::*;

/// A note that could not be saved (over the limit), with its topic.
pub type Unsaved = StoredValue<Option<(&'static str, String)>>;

/// "1,234": a count as people write it.
fn grouped(n: usize) -> String {
    match n {
        0..1000 => n.to_string(),
        _ => format!("{},{:03}", n / 1000, n % 1000),
    }
}

/// What the counter under the editor says for a note of `chars` characters.
pub fn counter_text(chars: usize) -> String {
    let limit = grouped(MAX_NOTE_CHARS);
    if chars > MAX_NOTE_CHARS {
        format!(
            "{} of {limit} characters: too long, not saved. Shorten it by {}; your saved note is kept.",
            grouped(chars),
            grouped(chars - MAX_NOTE_CHARS)
        )
    } else {
        format!(
            "{} of {limit} characters. Saved as you type.",
            grouped(chars)
        )
    }
}

/// What the page says when the dialog closes on a note it could not save.
pub fn unsaved_message(topic: &str) -> String {
    format!(
        "Your note on {topic} is not saved: it is over {} characters. It is kept until you \
         close this page; open {topic} again to shorten it.",
        grouped(MAX_NOTE_CHARS)
    )
}

/// Whose note is shown: the learner's own, or one from a shared link (read-only, never
/// presented as theirs), on screen and in print.
pub fn note_label(shared: bool) -> &'static str {
    match shared {
        true => "Note in the shared link",
        false => "Your note",
    }
}

/// The note field of the open topic. Read-only while a shared link's progress is shown.
#[component]
pub fn NoteEditor(
    /// Where an over-limit note waits (the dialog reads it when it closes).
    unsaved: Unsaved,
) -> impl IntoView {
    let details = use_details();
    let store = use_store();
    let text = RwSignal::new(String::new());
    // A topic opens (or opens again), or its note changes elsewhere (another tab, an import,
    // undo): its unsaved text if there is one, else its saved note. The editor never holds
    // text older than the saved note, so a keystroke cannot save over a newer one.
    Effect::new(move |_| {
        if let Some(id) = details.open_topic() {
            let saved = store.note(id);
            let draft = unsaved.with_value(|u| {
                u.as_ref()
                    .filter(|(topic, _)| *topic == id)
                    .map(|(_, t)| t.clone())
            });
            text.set(draft.unwrap_or(saved));
        }
    });
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let Some(id) = details.open_topic_untracked() else {
            return;
        };
        match store.set_note(id, &value) {
            Ok(()) => unsaved.set_value(None),
            Err(_) => unsaved.set_value(Some((id, value.clone()))),
        }
        text.set(value);
    };
    let over = move || text.with(|t| check_note(t).is_err());
    // The field is made when a topic first opens and then kept in step: a text field in the
    // page when it is parsed costs that task (`widgets::field_type`), and a textarea cannot be
    // anything else until then.
    Effect::new(move |_| {
        if details.open_topic().is_some() {
            let (readonly, invalid) = (store.is_preview(), over());
            text.with(|t| {
                if let Some(field) = crate::web::made_in(NOTE_SLOT, NOTE_ID, NOTE_FIELD) {
                    crate::web::sync_text_field(&field, t, readonly, invalid);
                }
            });
        }
    });
    // Whose note it is, when a topic opens or a shared link is shown or closed (not on every
    // keystroke, as the field above is kept in step). The label is made with the field.
    Effect::new(move |_| {
        if details.open_topic().is_some() {
            let shared = store.is_preview();
            if let Some(label) = crate::web::document()
                .and_then(|d| d.query_selector(&format!("label[for={NOTE_ID}]")).ok())
                .flatten()
            {
                label.set_text_content(Some(note_label(shared)));
            }
        }
    });
    view! {
        <div class="note-field" on:input=on_input>
            <div id=NOTE_SLOT></div>
            <p id="note-count" class="note-count" class:over=over>
                {move || match store.is_preview() {
                    true => "Read-only: this is the shared link's note, not yours.".to_string(),
                    false => counter_text(text.with(|t| note_chars(t))),
                }}
            </p>
        </div>
    }
}

/// Where the note's field is made, the field's id, and its label and field as made.
const NOTE_SLOT: &str = "note-slot";
pub(super) const NOTE_ID: &str = "dialog-note";
const NOTE_FIELD: &str = r#"<label for="dialog-note">Your note</label><textarea id="dialog-note" rows="4" aria-describedby="note-count"></textarea>"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_counter_says_how_much_room_is_left_and_never_hides_an_overflow() {
        assert_eq!(counter_text(0), "0 of 2,000 characters. Saved as you type.");
        assert_eq!(
            counter_text(1_999),
            "1,999 of 2,000 characters. Saved as you type."
        );
        assert_eq!(
            counter_text(2_134),
            "2,134 of 2,000 characters: too long, not saved. Shorten it by 134; your saved note is kept."
        );
        assert_eq!(grouped(1_005), "1,005");
    }

    #[test]
    fn the_note_field_as_made_has_its_id_and_its_label() {
        assert!(NOTE_FIELD.contains(&format!(r#"<label for="{NOTE_ID}">"#)));
        assert!(NOTE_FIELD.contains(&format!(r#"<textarea id="{NOTE_ID}""#)));
    }
}
