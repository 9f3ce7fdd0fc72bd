//! The storage layer and the store's start against the real localStorage of headless Chromium.
#![cfg(target_arch = "wasm32")]

use backend_roadmap::progress::{encode_storage, Progress, TopicState, BACKUP_KEY, STORAGE_KEY};
use backend_roadmap::web::storage::{load, save, Loaded};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    storage
}

fn loaded_progress() -> Progress {
    match load() {
        Ok(Loaded::Progress(p)) => p,
        Ok(Loaded::Nothing) => panic!("nothing loaded"),
        Ok(Loaded::Unreadable { error, .. }) => panic!("unreadable: {error}"),
        Err(_) => panic!("storage unavailable"),
    }
}

#[wasm_bindgen_test]
fn empty_storage_is_a_fresh_start() {
    local();
    assert!(matches!(load(), Ok(Loaded::Nothing)));
}

#[wasm_bindgen_test]
fn saved_progress_loads_back() {
    let storage = local();
    let mut p = Progress::new();
    p.set_topic("http", TopicState::Completed, 5);
    p.set_topic("dns", TopicState::Skipped, 6);
    save(&p).unwrap();
    assert!(storage
        .get_item(STORAGE_KEY)
        .unwrap()
        .unwrap()
        .contains("\"version\":2"));
    assert_eq!(loaded_progress(), p);
}

#[wasm_bindgen_test]
fn unreadable_progress_is_backed_up_and_never_lost() {
    let storage = local();
    storage
        .set_item(STORAGE_KEY, "{\"version\":2,\"topics\":")
        .unwrap();
    match load() {
        Ok(Loaded::Unreadable { raw, backed_up, .. }) => {
            assert!(backed_up);
            assert_eq!(raw, "{\"version\":2,\"topics\":");
        }
        _ => panic!("expected unreadable"),
    }
    // Loading alone leaves the original in place.
    assert_eq!(
        storage.get_item(STORAGE_KEY).unwrap().as_deref(),
        Some("{\"version\":2,\"topics\":")
    );
    // The first save replaces it only because the backup holds it.
    let mut p = Progress::new();
    p.set_topic("git", TopicState::Completed, 1);
    save(&p).unwrap();
    assert_eq!(
        storage.get_item(BACKUP_KEY).unwrap().as_deref(),
        Some("{\"version\":2,\"topics\":")
    );
    assert_eq!(loaded_progress(), p);
}

#[wasm_bindgen_test]
fn saving_merges_what_another_tab_wrote_meanwhile() {
    let storage = local();
    let mut other_tab = Progress::new();
    other_tab.set_topic("sql", TopicState::Completed, 10);
    other_tab.set_topic("http", TopicState::InProgress, 10);
    storage
        .set_item(STORAGE_KEY, &encode_storage(&other_tab))
        .unwrap();

    let mut mine = Progress::new();
    mine.set_topic("http", TopicState::Completed, 20);
    let merged = save(&mine).unwrap();
    assert_eq!(
        merged.topic_state("sql"),
        TopicState::Completed,
        "the other tab's topic survives"
    );
    assert_eq!(
        merged.topic_state("http"),
        TopicState::Completed,
        "the later change wins"
    );
    assert_eq!(loaded_progress(), merged);
}

#[wasm_bindgen_test]
fn version_1_progress_is_migrated_on_load() {
    let storage = local();
    storage
        .set_item(STORAGE_KEY, r#"{"version":1,"completed":["git","docker"]}"#)
        .unwrap();
    let p = loaded_progress();
    assert_eq!(p.topic_state("git"), TopicState::Completed);
    assert_eq!(p.topic_state("docker"), TopicState::Completed);
}

/// A click on a part hydrated before the saved progress is loaded (the page hydrates in parts,
/// then starts the store) is kept together with the saved progress, and written only after it.
#[wasm_bindgen_test]
fn a_click_before_saved_progress_loads_is_kept_with_it() {
    use backend_roadmap::content::ROADMAP;
    use backend_roadmap::notices::provide_notices;
    use backend_roadmap::store::provide_store;
    use leptos::prelude::Owner;

    let storage = local();
    let mut saved = Progress::new();
    saved.set_topic("http", TopicState::Completed, 5);
    save(&saved).unwrap();

    Owner::new().with(|| {
        provide_notices();
        let store = provide_store(ROADMAP);
        store.toggle("dns");
        assert_eq!(
            loaded_progress(),
            saved,
            "nothing is written before loading"
        );
        store.start();
    });
    let p = loaded_progress();
    assert_eq!(
        p.topic_state("http"),
        TopicState::Completed,
        "saved topic kept"
    );
    assert_eq!(
        p.topic_state("dns"),
        TopicState::Completed,
        "early click kept"
    );

    // With an unreadable stored value, the click is saved only once the value is backed up.
    storage.set_item(STORAGE_KEY, "not json").unwrap();
    Owner::new().with(|| {
        provide_notices();
        let store = provide_store(ROADMAP);
        store.toggle("git");
        store.start();
    });
    assert_eq!(
        storage.get_item(BACKUP_KEY).unwrap().as_deref(),
        Some("not json")
    );
    assert_eq!(loaded_progress().topic_state("git"), TopicState::Completed);
}
