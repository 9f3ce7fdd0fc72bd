//! Small widgets more than one feature uses.

use crate::progress::Counts;
use crate::store::Store;
use leptos::prelude::*;

/// A form field's `type`: `kind` once the page has started, `button` before, as prerendered.
/// With a text, number or date field in the page when it is parsed, Chromium's autofill looks
/// the page over at DOMContentLoaded, in the task that ends parsing: 8-45 ms at 4x CPU (about
/// 1 ms with none, or with buttons; a field that is hidden, disabled or in a closed dialog costs
/// the same). A button shows its `value`, and must have one: each field's prerendered `value`
/// says what it holds until then. The same closure type for every field: one copy of its code.
pub fn field_type(store: Store, kind: &'static str) -> impl Fn() -> &'static str + Copy {
    move || if store.started() { kind } else { "button" }
}

/// An attribute only a field (not a button) may carry, set once it is one ([`field_type`]).
pub fn field_attr(store: Store, value: &'static str) -> impl Fn() -> Option<&'static str> + Copy {
    move || store.started().then_some(value)
}

/// `"true"` or `"false"` for ARIA state attributes (one `&'static str` code path for all).
pub fn aria_bool(value: bool) -> &'static str {
    if value {
        "true"
    } else {
        "false"
    }
}

/// A native progress bar (role progressbar) with a text value for screen readers.
#[component]
pub fn ProgressBar(
    /// Accessible name of the bar.
    #[prop(into)]
    label: String,
    /// Counts it shows.
    counts: Memo<Counts>,
) -> impl IntoView {
    view! {
        <progress
            class="bar"
            aria-label=label
            max=move || counts.get().total
            value=move || counts.get().finished()
            aria-valuetext=move || counts.get().summary().replacen('/', " of ", 1)
        ></progress>
    }
}

/// A static article section of the page: `<section class="page-section">` named by its `<h2>`
/// (the about, salaries, architecture, mistakes and FAQ sections).
#[component]
pub fn ArticleSection(
    /// The section's id (also the `sections` embed name and the jump-link target).
    id: &'static str,
    /// Its heading.
    title: &'static str,
    /// Its content, after the heading.
    children: Children,
) -> impl IntoView {
    let heading = format!("{id}-title");
    let labelled_by = heading.clone();
    view! {
        <section id=id class="page-section" aria-labelledby=labelled_by>
            <h2 id=heading>{title}</h2>
            {children()}
        </section>
    }
}

/// Content the first paint does without: below the fold, behind a disclosure or an unchosen
/// option. Without JavaScript it is shown as written; with JavaScript it is text until
/// `js/lazy.js` builds it (near the screen, on opening, before printing, or when idle).
/// With `on_open`, only the opening of the `<details>` around it builds it: for content that
/// costs the page something while nobody looks at it (a frame is a second document).
/// Only for static markup: the prerenderer's HTML, never a hydrated view.
#[component]
pub fn Lazy(#[prop(optional)] on_open: bool, children: Children) -> impl IntoView {
    use leptos::either::EitherOf3;
    // A page rendered in the browser builds it at once: it has no first paint to spare.
    match (crate::static_html::rendered_in_browser(), on_open) {
        (true, _) => EitherOf3::A(children()),
        (false, false) => EitherOf3::B(view! { <noscript data-lazy="">{children()}</noscript> }),
        (false, true) => EitherOf3::C(view! { <noscript data-on-open="">{children()}</noscript> }),
    }
}
