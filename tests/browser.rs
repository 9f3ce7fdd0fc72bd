//! The storage layer and the store's start against the real localStorage of headless Chromium.
#![cfg(target_arch = "wasm32")]

use backend_roadmap::progress::{
    encode_storage, Progress, TopicState, BACKUP_KEY, MAX_BACKUPS, STORAGE_KEY,
};
use backend_roadmap::web::storage::{
    back_up, dismiss_copies, kept_copies, load, save, undismissed_copies, Loaded, NotSaved,
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    storage
}

/// A time after every stamp these tests write, so that nothing is bounded.
const LATER: u64 = 1 << 60;

fn loaded_progress() -> Progress {
    match load(STORAGE_KEY, LATER) {
        Ok(Loaded::Progress(p)) => p,
        Ok(Loaded::Nothing) => panic!("nothing loaded"),
        Ok(Loaded::Newer) => panic!("saved by a newer version"),
        Ok(Loaded::Unreadable { error, .. }) => panic!("unreadable: {error}"),
        Err(_) => panic!("storage unavailable"),
    }
}

#[wasm_bindgen_test]
fn empty_storage_is_a_fresh_start() {
    local();
    assert!(matches!(load(STORAGE_KEY, LATER), Ok(Loaded::Nothing)));
}

#[wasm_bindgen_test]
fn saved_progress_loads_back() {
    let storage = local();
    let mut p = Progress::new();
    p.set_topic("http", TopicState::Completed, 5);
    p.set_topic("dns", TopicState::Skipped, 6);
    p.set_note("http", "2xx ok, \"4xx\" client ✓", 7).unwrap();
    save(STORAGE_KEY, &p, LATER).unwrap();
    let saved = storage.get_item(STORAGE_KEY).unwrap().unwrap();
    assert!(saved.contains("\"version\":3"), "{saved}");
    assert_eq!(loaded_progress(), p);
}

#[wasm_bindgen_test]
fn unreadable_progress_is_backed_up_and_never_lost() {
    let storage = local();
    storage
        .set_item(STORAGE_KEY, "{\"version\":2,\"topics\":")
        .unwrap();
    match load(STORAGE_KEY, LATER) {
        Ok(Loaded::Unreadable { backed_up, .. }) => {
            assert_eq!(
                backed_up,
                Ok(backend_roadmap::web::storage::BackedUp { dropped: 0 })
            );
        }
        _ => panic!("expected unreadable"),
    }
    assert_eq!(kept_copies().len(), 1);
    assert_eq!(kept_copies()[0].raw, "{\"version\":2,\"topics\":");
    // Loading alone leaves the original in place.
    assert_eq!(
        storage.get_item(STORAGE_KEY).unwrap().as_deref(),
        Some("{\"version\":2,\"topics\":")
    );
    // The first save replaces it only because the backup holds it.
    let mut p = Progress::new();
    p.set_topic("git", TopicState::Completed, 1);
    save(STORAGE_KEY, &p, LATER).unwrap();
    assert_eq!(kept_copies()[0].raw, "{\"version\":2,\"topics\":");
    assert_eq!(loaded_progress(), p);
}

#[wasm_bindgen_test]
fn a_second_unreadable_value_is_kept_beside_the_first() {
    let storage = local();
    storage
        .set_item(BACKUP_KEY, "copy kept by an older version")
        .unwrap();
    for (i, raw) in ["first damage", "second damage", "first damage"]
        .iter()
        .enumerate()
    {
        storage.set_item(STORAGE_KEY, raw).unwrap();
        assert!(matches!(
            load(STORAGE_KEY, 100 + i as u64),
            Ok(Loaded::Unreadable { .. })
        ));
        let mut p = Progress::new();
        p.set_topic("git", TopicState::Completed, 1);
        save(STORAGE_KEY, &p, 200 + i as u64).unwrap();
    }
    let raws: Vec<String> = kept_copies().into_iter().map(|c| c.raw).collect();
    assert_eq!(
        raws,
        [
            "copy kept by an older version",
            "first damage",
            "second damage"
        ],
        "every distinct value, oldest first, each once"
    );
}

#[wasm_bindgen_test]
fn beyond_the_limit_the_oldest_copy_makes_room_and_it_is_said() {
    local();
    for i in 0..MAX_BACKUPS {
        assert_eq!(
            back_up(&format!("damage {i}"), i as u64).map(|b| b.dropped),
            Ok(0)
        );
    }
    assert_eq!(back_up("one more", 99).map(|b| b.dropped), Ok(1));
    let copies = kept_copies();
    assert_eq!(copies.len(), MAX_BACKUPS);
    assert_eq!(copies[0].raw, "damage 1");
    assert_eq!(copies.last().unwrap().raw, "one more");
}

#[wasm_bindgen_test]
fn when_storage_is_full_older_copies_make_room_for_a_new_one() {
    let storage = local();
    // Fill storage until it refuses, with two unreadable copies among the filler.
    back_up(&"a".repeat(1_000_000), 1).unwrap();
    back_up(&"b".repeat(1_000_000), 2).unwrap();
    let mut filler = 0;
    while storage
        .set_item(&format!("filler-{filler}"), &"f".repeat(500_000))
        .is_ok()
    {
        filler += 1;
    }
    let big = "c".repeat(1_500_000);
    assert_eq!(back_up(&big, 3).map(|b| b.dropped), Ok(2));
    let copies = kept_copies();
    assert_eq!(copies.len(), 1);
    assert_eq!(copies[0].raw.len(), big.len());
    // Nothing to drop and no room: the value is not kept, and nothing else is lost.
    assert!(back_up(&"d".repeat(4_000_000), 4).is_err());
    assert_eq!(kept_copies().len(), 1);
    storage.clear().unwrap();
}

#[wasm_bindgen_test]
fn a_future_time_in_storage_does_not_outrank_a_change_made_now() {
    use backend_roadmap::content::ROADMAP;
    use backend_roadmap::notices::provide_notices;
    use backend_roadmap::store::provide_store;
    use leptos::prelude::Owner;

    let storage = local();
    storage
        .set_item(
            STORAGE_KEY,
            r#"{"version":2,"topics":{"http":{"state":"completed","changed":18446744073709551615}}}"#,
        )
        .unwrap();
    Owner::new().with(|| {
        provide_notices();
        let store = provide_store(ROADMAP);
        store.start();
        assert_eq!(store.topic_state("http"), TopicState::Completed);
        store.toggle("http");
        assert_eq!(store.topic_state("http"), TopicState::NotStarted);
        store.toggle("http");
        store.toggle("http");
        assert_eq!(
            store.topic_state("http"),
            TopicState::NotStarted,
            "tick, untick"
        );
    });
    assert_eq!(
        loaded_progress().topic_state("http"),
        TopicState::NotStarted,
        "saved as the learner left it"
    );
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
    let merged = save(STORAGE_KEY, &mine, LATER).unwrap();
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
    save(STORAGE_KEY, &saved, LATER).unwrap();

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
    assert_eq!(kept_copies()[0].raw, "not json");
    assert_eq!(loaded_progress().topic_state("git"), TopicState::Completed);
}

/// Let the reactive system run its effects (they are scheduled, not run in place).
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_change_saved_in_another_tab_shows_in_the_mounted_roadmap() {
    use backend_roadmap::content::ROADMAP;
    use wasm_bindgen::JsCast;

    local();
    let document = web_sys::window().unwrap().document().unwrap();
    let parent: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&parent).unwrap();
    backend_roadmap::roadmap::mount_standalone(parent.clone(), ROADMAP).start();
    let pressed = || {
        document
            .get_element_by_id("topic-docker")
            .and_then(|b| b.get_attribute("aria-pressed"))
    };
    assert_eq!(pressed().as_deref(), Some("false"));

    // Another tab saves Docker as completed: the browser tells this tab with a `storage` event.
    let mut theirs = Progress::new();
    theirs.set_topic("docker", TopicState::Completed, 5);
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(STORAGE_KEY));
    init.set_new_value(Some(&encode_storage(&theirs)));
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
    next_task().await;
    assert_eq!(pressed().as_deref(), Some("true"));
    assert!(parent
        .text_content()
        .unwrap_or_default()
        .contains("1/20 completed"));
    parent.remove();
}

#[wasm_bindgen_test]
fn a_value_saved_by_a_newer_version_is_never_written_over() {
    let storage = local();
    let newer = r#"{"version":9,"topics":{"http":{"state":"mastered"}}}"#;
    storage.set_item(STORAGE_KEY, newer).unwrap();
    assert!(matches!(load(STORAGE_KEY, LATER), Ok(Loaded::Newer)));
    let mut p = Progress::new();
    p.set_topic("git", TopicState::Completed, 1);
    assert_eq!(save(STORAGE_KEY, &p, LATER), Err(NotSaved::Outdated));
    assert_eq!(
        storage.get_item(STORAGE_KEY).unwrap().as_deref(),
        Some(newer)
    );
    assert!(
        kept_copies().is_empty(),
        "not unreadable: newer, and kept where it is"
    );
}

#[wasm_bindgen_test]
fn kept_copies_stay_listed_until_dismissed_and_a_later_one_is_listed_again() {
    local();
    back_up("first", 10).unwrap();
    back_up("second", 20).unwrap();
    assert_eq!(undismissed_copies().len(), 2);
    dismiss_copies(&undismissed_copies());
    assert!(undismissed_copies().is_empty());
    assert_eq!(kept_copies().len(), 2, "dismissing drops nothing");
    back_up("third", 30).unwrap();
    let listed: Vec<String> = undismissed_copies().into_iter().map(|c| c.raw).collect();
    assert_eq!(listed, ["third"]);
}
