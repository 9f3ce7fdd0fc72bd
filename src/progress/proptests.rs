//! Property tests for the codecs: every encoding decodes back to the same progress, and no
//! input, however hostile, makes a decoder panic.

use super::*;
use crate::content::{PROJECTS, ROADMAP};
use proptest::prelude::*;

fn topic_state() -> impl Strategy<Value = TopicState> {
    prop::sample::select(TopicState::ALL.to_vec())
}

fn project_state() -> impl Strategy<Value = ProjectState> {
    prop::sample::select(ProjectState::ALL.to_vec())
}

/// Progress over known and unknown ids, with arbitrary change times.
fn any_progress() -> impl Strategy<Value = Progress> {
    let id = prop_oneof![
        prop::sample::select(
            ROADMAP
                .topics()
                .map(|t| t.id.to_string())
                .collect::<Vec<_>>()
        ),
        "[a-z0-9-]{1,12}",
        ".{0,8}",
    ];
    let topics = prop::collection::vec((id.clone(), topic_state(), any::<u64>()), 0..30);
    let projects = prop::collection::vec((id.clone(), project_state(), any::<u64>()), 0..8);
    // Notes: empty (a cleared one), short, with quotes, newlines and any Unicode.
    let notes = prop::collection::vec((id, "(?s).{0,40}", any::<u64>()), 0..8);
    (topics, projects, notes).prop_map(|(topics, projects, notes)| {
        let mut p = Progress::new();
        for (id, s, t) in topics {
            p.set_topic(&id, s, t);
        }
        for (id, s, t) in projects {
            p.set_project(&id, s, t);
        }
        for (id, text, t) in notes {
            p.set_note(&id, &text, t).expect("short notes fit");
        }
        p
    })
}

/// Progress a share code can carry: known ids only, every state stamped the same time.
fn shareable_progress(now: u64) -> impl Strategy<Value = Progress> {
    (
        prop::collection::vec(topic_state(), ROADMAP.topic_count()),
        prop::collection::vec(project_state(), PROJECTS.len()),
    )
        .prop_map(move |(topics, projects)| {
            let mut p = Progress::new();
            for (t, s) in ROADMAP.topics().zip(topics) {
                if s != TopicState::NotStarted {
                    p.set_topic(t.id, s, now);
                }
            }
            for (x, s) in PROJECTS.iter().zip(projects) {
                if s != ProjectState::NotStarted {
                    p.set_project(x.id, s, now);
                }
            }
            p
        })
}

proptest! {
    #[test]
    fn storage_round_trips(p in any_progress()) {
        prop_assert_eq!(decode_storage(encode_storage(&p).as_bytes(), u64::MAX), Ok(p));
    }

    #[test]
    fn export_round_trips(p in any_progress(), at in any::<u64>()) {
        prop_assert_eq!(decode_export(encode_export(&p, at, ROADMAP.id).as_bytes(), u64::MAX, ROADMAP.id), Ok(p));
    }

    #[test]
    fn no_time_read_from_outside_lies_after_the_present(p in any_progress(), now in any::<u64>()) {
        let bounded = |q: Progress| q.topic_entries().map(|(_, s)| s.changed_at)
            .chain(q.project_entries().map(|(_, s)| s.changed_at))
            .chain(q.note_entries().map(|(_, n)| n.changed_at)).all(|t| t <= now);
        prop_assert!(bounded(decode_storage(encode_storage(&p).as_bytes(), now).unwrap()));
        prop_assert!(bounded(decode_export(encode_export(&p, 1, ROADMAP.id).as_bytes(), now, ROADMAP.id).unwrap()));
    }

    /// One tab: whatever storage holds (times from a clock that ran ahead, u64::MAX, other
    /// tabs writing in between) and however the device clock moves, every action of the
    /// learner's own leaves the topic in the state that action chose, in memory and in storage.
    #[test]
    fn the_learners_own_latest_action_always_wins_in_their_tab(
        stored in any_progress(),
        steps in prop::collection::vec((
            prop::sample::select(vec!["http", "dns", "sql", "docker"]),
            topic_state(),
            any::<u64>(),
            prop::option::of(any_progress()),
        ), 1..25),
    ) {
        let mut clock = OwnClock::default();
        let mut storage = encode_storage(&stored);
        let mut mine = Progress::new();
        for (id, state, now, other_tab) in steps {
            if let Some(theirs) = other_tab {
                // Another tab saved meanwhile; this tab merges what it hears.
                let mut merged = decode_storage(storage.as_bytes(), now).unwrap();
                merged.merge(&theirs);
                storage = encode_storage(&merged);
                mine.merge(&decode_storage(encode_storage(&theirs).as_bytes(), now).unwrap());
            }
            mine.set_topic(id, state, clock.stamp(now));
            // Saving merges what storage holds, read now (as `web::storage::save` does).
            mine.merge(&decode_storage(storage.as_bytes(), now).unwrap());
            storage = encode_storage(&mine);
            prop_assert_eq!(mine.topic_state(id), state);
            prop_assert_eq!(decode_storage(storage.as_bytes(), now).unwrap().topic_state(id), state);
        }
    }

    #[test]
    fn decode_errors_never_quote_more_than_a_snippet(junk in "[ !#-\\[\\]-~]{13,300}", at in 0usize..4) {
        // Hostile text in every place a file has text: an id, a state, a version, a format.
        let docs = [
            format!(r#"{{"version":2,"topics":{{"http":{{"state":"{junk}","changed":1}}}}}}"#),
            format!(r#"{{"version":2,"topics":{{"{junk}":{{"state":"nope","changed":1}}}}}}"#),
            format!(r#"{{"version":2,"topics":{{"http":{{"state":"completed","changed":"{junk}"}}}}}}"#),
            format!(r#"{{"version":1,"completed":"{junk}"}}"#),
        ];
        let doc = &docs[at];
        for message in [
            decode_storage(doc.as_bytes(), 0).err().map(|e| e.to_string()),
            decode_export(format!(r#"{{"format":"backend-roadmap-progress","version":2,"progress":{doc}}}"#).as_bytes(), 0, ROADMAP.id)
                .err().map(|e| e.to_string()),
        ].into_iter().flatten() {
            prop_assert!(message.len() < 200, "{}", message);
            let quoted = junk.get(..SNIPPET_CHARS + 1).unwrap_or(&junk);
            prop_assert!(!message.contains(quoted), "{}", message);
        }
    }

    #[test]
    fn share_round_trips(p in shareable_progress(77), notes in prop::collection::vec((any::<prop::sample::Index>(), "(?s).{1,60}"), 0..6)) {
        // Without notes the link carries the states only.
        let code = encode_share(&p, ROADMAP, PROJECTS, false, None);
        prop_assert_eq!(decode_share(&code, ROADMAP, PROJECTS, 77).map(|s| s.progress), Ok(p.clone()));
        // With notes (a shared note carries no time: 0), states and notes come back.
        let mut with = p.clone();
        for (i, text) in notes {
            let topic = ROADMAP.topics().nth(i.index(ROADMAP.topic_count())).unwrap();
            with.set_note(topic.id, &text, 0).unwrap();
        }
        let code = encode_share(&with, ROADMAP, PROJECTS, true, None);
        prop_assert_eq!(decode_share(&code, ROADMAP, PROJECTS, 77).map(|s| s.progress), Ok(with));
    }

    #[test]
    fn base64url_round_trips(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        prop_assert_eq!(base64url_decode(&base64url_encode(&bytes)), Ok(bytes));
    }

    #[test]
    fn decoders_never_panic_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let _ = decode_storage(&bytes, 0);
        let _ = decode_export(&bytes, 0, ROADMAP.id);
        let _ = decode_share(&String::from_utf8_lossy(&bytes), ROADMAP, PROJECTS, 0);
        let _ = base64url_decode(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn decoders_never_panic_on_near_valid_input(p in any_progress(), cut in any::<prop::sample::Index>(), byte in any::<u8>()) {
        // Damage a valid document or code at one place: still an error or a value, never a panic.
        for valid in [encode_storage(&p), encode_export(&p, 1, ROADMAP.id), encode_share(&p, ROADMAP, PROJECTS, true, Some("Ana"))] {
            let mut bytes = valid.into_bytes();
            let i = cut.index(bytes.len());
            bytes[i] = byte;
            let _ = decode_storage(&bytes, 0);
            let _ = decode_export(&bytes, 0, ROADMAP.id);
            let _ = decode_share(&String::from_utf8_lossy(&bytes), ROADMAP, PROJECTS, 0);
            bytes.truncate(i);
            let _ = decode_storage(&bytes, 0);
            let _ = decode_share(&String::from_utf8_lossy(&bytes), ROADMAP, PROJECTS, 0);
        }
    }

    #[test]
    fn merge_is_commutative_and_idempotent(a in any_progress(), b in any_progress()) {
        let mut ab = a.clone();
        ab.merge(&b);
        let mut ba = b.clone();
        ba.merge(&a);
        prop_assert_eq!(&ab, &ba);
        let mut again = ab.clone();
        again.merge(&b);
        prop_assert_eq!(again, ab);
    }
}

/// An action of the learner's in one tab.
#[derive(Debug, Clone)]
enum Action {
    Topic(&'static str, TopicState),
    Note(&'static str, &'static str),
    /// This tab hears of the other's latest save.
    Sync,
}

fn action() -> impl Strategy<Value = Action> {
    let id = || prop::sample::select(vec!["http", "dns", "sql", "docker"]);
    prop_oneof![
        (id(), topic_state()).prop_map(|(id, s)| Action::Topic(id, s)),
        (id(), prop::sample::select(vec!["", "a", "b"])).prop_map(|(id, t)| Action::Note(id, t)),
        Just(Action::Sync),
    ]
}

/// Entries that an action in either tab set after the undoable one, as (kind, id).
fn touched(steps: &[(bool, Action)]) -> Vec<(&'static str, &'static str)> {
    steps
        .iter()
        .filter_map(|(_, a)| match a {
            Action::Topic(id, _) => Some(("topic", *id)),
            Action::Note(id, _) => Some(("note", *id)),
            Action::Sync => None,
        })
        .collect()
}

proptest! {
    /// Undo is the inverse of the undone action, in two tabs: whatever both tabs do after a
    /// reset or a replacement (and hear of each other), undoing it in tab A puts back exactly
    /// what it changed, with its history, and keeps every entry either tab changed since.
    #[test]
    fn undo_restores_what_the_action_changed_and_nothing_done_since(
        start in any_progress(),
        replace_with in prop::option::of(any_progress()),
        steps in prop::collection::vec((any::<bool>(), action()), 0..20),
    ) {
        let mut clock = 1_000u64;
        let mut tick = || { clock += 1; clock };
        let mut a = start.clone();
        a.bound_times(0);
        let before = a.clone();
        match &replace_with {
            Some(other) => a.adopt_all(other, tick()),
            None => a.reset(tick()),
        }
        let change = a.changes_since(&before);
        let mut b = a.clone();
        for (in_a, step) in &steps {
            let (me, other) = if *in_a { (&mut a, &b) } else { (&mut b, &a) };
            match step {
                Action::Topic(id, s) => me.set_topic(id, *s, tick()),
                Action::Note(id, t) => me.set_note(id, t, tick()).unwrap(),
                Action::Sync => me.merge(&other.clone()),
            }
        }
        a.merge(&b);
        let just_before_undo = a.clone();
        a.undo(&change, tick());
        let touched = touched(&steps);
        for (id, s) in a.topic_entries() {
            if touched.contains(&("topic", id)) {
                prop_assert_eq!(s.state, just_before_undo.topic_state(id), "{} changed since", id);
            } else {
                let was = before.topic_entry(id);
                prop_assert_eq!(s.state, was.map(|w| w.state).unwrap_or_default(), "{}", id);
                prop_assert_eq!(s.since, was.map_or(0, |w| w.since), "history of {}", id);
            }
        }
        for (id, s) in a.project_entries() {
            prop_assert_eq!(s.state, before.project_state(id), "{}", id);
        }
        for (id, n) in a.note_entries() {
            let expected = if touched.contains(&("note", id)) {
                just_before_undo.note(id)
            } else {
                before.note(id)
            };
            prop_assert_eq!(n.state.as_str(), expected, "note {}", id);
        }
    }
}
