//! Printing. On paper the roadmap is a checklist (the print style sheet); before it prints,
//! each topic gets a print-only block with its why, estimate and resources (from the topics'
//! details file) and the learner's note, so the sheet holds everything the screen offers
//! behind a tap. The Print button loads the details first; a print from the browser's menu
//! uses them if they are loaded (they are fetched when the page is idle).

use super::details::{load_details, topic_details};
use super::notes::note_label;
use crate::store::Store;

/// The class of the block each topic gets for print.
const BLOCK: &str = "topic-print";

/// Print the page, its topics' details and notes included.
pub fn print(store: Store) {
    load_details(move || {
        fill(store);
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
}

/// Give every topic its print block, replacing any from an earlier print (notes change).
pub fn fill(store: Store) {
    let Some(document) = crate::web::document() else {
        return;
    };
    let notes = store.notes_written();
    let whose = note_label(store.is_preview());
    for topic in store.roadmap.topics() {
        let Some(item) = document
            .get_element_by_id(&super::links::toggle_id(topic.id))
            .and_then(|toggle| toggle.parent_element())
        else {
            continue;
        };
        if let Ok(Some(old)) = item.query_selector(&format!(".{BLOCK}")) {
            old.remove();
        }
        let Ok(block) = document.create_element("div") else {
            continue;
        };
        block.set_class_name(BLOCK);
        if let Some(copy) = topic_details(&document, topic.id) {
            let _ = block.append_child(&copy);
        }
        if let Some((_, text)) = notes.iter().find(|(id, _)| id == topic.id) {
            if let Ok(note) = document.create_element("p") {
                note.set_class_name("topic-note");
                // Text, never markup: a note is shown exactly as written.
                note.set_text_content(Some(&format!("{whose}: {text}")));
                let _ = block.append_child(&note);
            }
        }
        let _ = item.append_child(&block);
    }
}
