//! Messages to the learner (storage problems, import results), shown in a polite live region.
//! A notice's text is written by the app: input from storage, files or links appears in it
//! only as a few inert characters (`progress::snippet`), never as its own sentence.

use crate::web::storage::KeptCopy;
use leptos::prelude::*;

/// What a notice is about: it decides its look and its actions.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum NoticeKind {
    Info,
    Error,
    /// Saved progress could not be read; offers to download every unreadable copy kept.
    Unreadable {
        copies: Vec<KeptCopy>,
    },
    /// A new deployment is installed, or a newer version saved progress (this tab is out of
    /// date); offers to reload into it.
    Update,
}

/// One message to the learner.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Notice {
    pub id: u32,
    pub kind: NoticeKind,
    pub text: String,
}

/// The list of notices, shared through context.
#[derive(Clone, Copy)]
pub struct Notices {
    list: RwSignal<Vec<Notice>>,
    next_id: StoredValue<u32>,
}

impl Notices {
    fn push(self, kind: NoticeKind, text: impl Into<String>) {
        let text = text.into();
        if self
            .list
            .with_untracked(|l| l.iter().any(|n| n.text == text))
        {
            return;
        }
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        self.list.update(|l| l.push(Notice { id, kind, text }));
    }

    pub fn info(self, text: impl Into<String>) {
        self.push(NoticeKind::Info, text);
    }

    pub fn error(self, text: impl Into<String>) {
        self.push(NoticeKind::Error, text);
    }

    pub fn unreadable(self, copies: Vec<KeptCopy>, text: impl Into<String>) {
        self.push(NoticeKind::Unreadable { copies }, text);
    }

    pub fn update_ready(self) {
        self.push(NoticeKind::Update, "A new version of the roadmap is ready.");
    }

    /// This tab runs an older version than the one that saved progress.
    pub fn outdated(self) {
        self.push(
            NoticeKind::Update,
            "This tab is out of date: a newer version of the app saved your progress (in \
             another tab, or after an update), and this tab saves nothing over it. Reload to \
             keep working with everything you saved.",
        );
    }

    pub fn dismiss(self, id: u32) {
        self.list.update(|l| l.retain(|n| n.id != id));
    }
}

pub fn provide_notices() -> Notices {
    let notices = Notices {
        list: RwSignal::new(Vec::new()),
        next_id: StoredValue::new(1),
    };
    provide_context(notices);
    notices
}

pub fn use_notices() -> Notices {
    expect_context::<Notices>()
}

/// The notices area: a live region so screen readers hear each new message.
#[component]
pub fn NoticeArea() -> impl IntoView {
    let notices = use_notices();
    view! {
        <div class="notices" data-part="notices" role="status" aria-live="polite">
            <For each=move || notices.list.get() key=|n| n.id let:notice>
                <NoticeItem notice=notice />
            </For>
        </div>
    }
}

/// One notice with its actions and a dismiss button.
#[component]
fn NoticeItem(
    /// The notice to show.
    notice: Notice,
) -> impl IntoView {
    let notices = use_notices();
    let id = notice.id;
    let class = match notice.kind {
        NoticeKind::Info | NoticeKind::Update => "notice notice-info",
        _ => "notice notice-error",
    };
    let is_update = notice.kind == NoticeKind::Update;
    let copies = match notice.kind {
        NoticeKind::Unreadable { copies } => copies,
        _ => Vec::new(),
    };
    let listed = StoredValue::new(copies.clone());
    let count = copies.len();
    let downloads = copies
        .into_iter()
        .enumerate()
        .map(|(i, copy)| {
            let label = match (count, copy.kept_at) {
                (1, _) => "Download the unreadable data".to_string(),
                (_, 0) => format!("Download the unreadable data, copy {} of {count}", i + 1),
                (_, at) => format!(
                    "Download the unreadable data, copy {} of {count} (kept {})",
                    i + 1,
                    crate::progress::utc_date(at)
                ),
            };
            let file = format!("backend-roadmap-unreadable-progress-{}.txt", i + 1);
            view! {
                <button type="button" class="btn btn-small" on:click=move |_| {
                    let _ = crate::web::files::download(&file, "text/plain", &copy.raw);
                }>{label}</button>
            }
        })
        .collect_view();
    view! {
        <div class=class>
            <p>{notice.text}</p>
            <div class="notice-actions">
                <button type="button" class="btn btn-small" hidden=!is_update on:click=|_| crate::web::sw::activate_update()>
                    "Reload"
                </button>
                {downloads}
                <button type="button" class="btn btn-small btn-quiet" on:click=move |_| {
                    listed.with_value(|c| crate::web::storage::dismiss_copies(c));
                    notices.dismiss(id);
                }>
                    "Dismiss"
                </button>
            </div>
        </div>
    }
}
