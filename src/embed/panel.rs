//! "Embed this roadmap": a plain GET form (prerendered, no wasm) whose target is a live
//! preview frame running the app with the chosen parameters. When the preview loads, the page
//! reads the frame's address (same origin), validates it with the same parser the app uses,
//! and shows the snippet and any ignored values.

use super::{section_label, Options, HEIGHT_MESSAGE, MAX_LABEL_CHARS};
use crate::content::{page_address, with_param, Roadmap, ROADMAP_PARAM};
use crate::notices::use_notices;
use crate::theme::Theme;
use crate::web;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The snippet a host page pastes (`js/embed-snippet.html`): the iframe of roadmap `title` and
/// the few lines that size it. The page's own values are filled in first, the frame's
/// validated address last.
pub fn snippet(src: &str, origin: &str, title: &str) -> String {
    // One pass over the template: a value that itself holds a placeholder's name (a title
    // "__SRC__") stays as written.
    let (title, src) = (
        crate::static_html::escape(title),
        crate::static_html::escape(src),
    );
    let mut out = String::new();
    for (i, part) in include_str!("../../js/embed-snippet.html")
        .trim_end()
        .split("__")
        .enumerate()
    {
        out.push_str(match (i % 2, part) {
            (1, "HEIGHT_MESSAGE") => HEIGHT_MESSAGE,
            (1, "ORIGIN") => origin,
            (1, "TITLE") => &title,
            (1, "SRC") => &src,
            _ => part,
        });
    }
    out
}

/// The one-line embed: `embed.js` (written by the build from `js/embed.js`) inserts the frame
/// of roadmap `title` after itself with the options in `data-options` and sizes it. `query` is
/// the validated parameters, as in the frame's address.
pub fn script_snippet(script_src: &str, query: &str, title: &str) -> String {
    format!(
        "<script src=\"{script_src}\" data-options=\"{}\" data-title=\"{}\" async></script>",
        crate::static_html::escape(query),
        crate::static_html::escape(title)
    )
}

/// The embed builder, shown at the end of the normal page (never inside an embed).
#[component]
pub fn EmbedPanel() -> impl IntoView {
    let roadmap = crate::store::use_store().roadmap;
    let notices = use_notices();
    let code = StoredValue::new(String::new());
    let ignored = RwSignal::new(String::new());
    // The preview loaded: its address holds exactly what the form sent.
    let on_load = move |ev: leptos::ev::Event| {
        let frame = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlIFrameElement>().ok());
        let Some(search) = frame
            .and_then(|f| f.content_window())
            .and_then(|w| w.location().search().ok())
        else {
            return;
        };
        let (options, warnings) = super::options_from_query(&search);
        let base = web::page_base_url().unwrap_or_default();
        let mut query = Options {
            embed: true,
            ..options
        }
        .to_query();
        // A roadmap file's embed shows that file.
        if !roadmap.is_built_in() {
            query = format!("{ROADMAP_PARAM}={}&{query}", roadmap.id);
        }
        // The form's choice of snippet travels in the preview's address too.
        let one_line = web::query_values(&search, &["snippet"])
            .last()
            .is_some_and(|(_, v)| v == "script");
        let text = if one_line {
            // Beside the page: `…/roadmap/` or `…/roadmap/index.html` alike.
            let folder = &base[..base.rfind('/').map_or(0, |i| i + 1)];
            script_snippet(&format!("{folder}embed.js"), &query, roadmap.title)
        } else {
            snippet(
                &format!("{base}?{query}"),
                &web::page_origin().unwrap_or_default(),
                roadmap.title,
            )
        };
        // The snippet box is static markup (`SnippetBox`): its value is set here.
        if let Some(field) = web::document().and_then(|d| d.get_element_by_id(SNIPPET_ID)) {
            let _ = js_sys::Reflect::set(&field, &"value".into(), &text.as_str().into());
        }
        code.set_value(text);
        ignored.set(warnings.join(" "));
    };
    // Any change in the form refreshes the preview.
    let on_change = move |ev: leptos::ev::Event| {
        let form = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("form").ok().flatten());
        if let Some(form) = form.and_then(|f| f.dyn_into::<web_sys::HtmlFormElement>().ok()) {
            let _ = form.request_submit();
        }
    };
    view! {
        // A frame's load event does not bubble: the panel hears it on its way down.
        <details class="card embed-panel" data-part="embed-panel" on:load:capture=on_load>
            <summary><h2 id="embed-title">"Embed this roadmap"</h2></summary>
            // Built when the panel is first opened (or the page is idle): `Lazy`.
            <div on:change=on_change inner_html=crate::prerendered!(view! { <crate::widgets::Lazy><EmbedForm roadmap /></crate::widgets::Lazy> })></div>
            <p class="field-error" aria-live="polite">{move || ignored.get()}</p>
            <div inner_html=crate::prerendered!(view! { <crate::widgets::Lazy on_open=true><SnippetBox /></crate::widgets::Lazy> })></div>
            <p>
                <button type="button" class="btn" on:click=move |_| {
                    web::files::copy_or_select(code.get_value(), SNIPPET_ID, notices, "Embed snippet copied.");
                }>"Copy snippet"</button>
            </p>
            // The preview is a second document running the app: made only when the panel is
            // opened (a frame made by the parser costs the page's load a long task).
            <div inner_html=crate::prerendered!(view! { <crate::widgets::Lazy on_open=true><Preview roadmap /></crate::widgets::Lazy> })></div>
        </details>
    }
}

/// The snippet box's id.
const SNIPPET_ID: &str = "embed-snippet";

/// The snippet box, made when the panel opens: a textarea in the page when parsing ends costs
/// that task the browser's form scan (Chromium's autofill reads every field at
/// DOMContentLoaded; with a textarea it also styles and lays the page out).
#[component]
fn SnippetBox() -> impl IntoView {
    view! {
        <label for=SNIPPET_ID class="snippet-label">"Snippet to paste into your page"</label>
        <textarea id=SNIPPET_ID class="snippet" readonly rows="10"></textarea>
    }
}

/// The live preview: the form's target. `js/lazy.js` loads `data-src` into it when the panel
/// opens; without JavaScript it stays empty until the form is sent (browsers without scripts
/// ignore `loading="lazy"`: a `src` would load the page twice for every visitor).
#[component]
fn Preview(roadmap: Roadmap) -> impl IntoView {
    let src = with_param(&page_address("./", roadmap.id), "embed=1");
    view! {
        <h3>"Live preview"</h3>
        <iframe name="embed-preview" class="embed-preview" title="Preview of the embedded roadmap" data-src=src></iframe>
    }
}

/// The options form: native controls, submitted into the preview frame.
#[component]
fn EmbedForm(roadmap: Roadmap) -> impl IntoView {
    // A roadmap file's builder embeds that file.
    let file = (!roadmap.is_built_in())
        .then(|| view! { <input type="hidden" name=ROADMAP_PARAM value=roadmap.id /> });
    view! {
        <p>{format!("Bootcamps and schools: put {} on your own site. Learners' progress stays in their browser, inside your page.", roadmap.title)}</p>
        <form class="embed-form" action="./" method="get" target="embed-preview">
            {file}
            <input type="hidden" name="embed" value="1" />
            <fieldset>
                <legend>"Sections"</legend>
                {super::sections_of(roadmap).into_iter().map(|s| view! {
                    <label class="check"><input type="checkbox" name="sections" value=s checked />{section_label(s)}</label>
                }).collect_view()}
            </fieldset>
            <fieldset>
                <legend>"Snippet"</legend>
                <label class="check"><input type="radio" name="snippet" value="iframe" checked />"An iframe and its resize script"</label>
                <label class="check"><input type="radio" name="snippet" value="script" />"One line: a script that adds the iframe"</label>
            </fieldset>
            <div class="fields">
                <label for="embed-theme">"Theme"</label>
                <select id="embed-theme" name="theme">
                    {[Theme::Auto, Theme::Light, Theme::Dark].into_iter().map(|t| view! { <option value=t.slug()>{t.label()}</option> }).collect_view()}
                </select>
                <label for="embed-accent">"Accent colour (six hex digits, e.g. 0f766e)"</label>
                <input id="embed-accent" name="accent" type="text" autocomplete="off" spellcheck="false" />
                <label for="embed-cta-url">"Your call-to-action link (https://…)"</label>
                <input id="embed-cta-url" name="cta_url" type="url" autocomplete="off" />
                <label for="embed-cta-label">{format!("Call-to-action text (up to {MAX_LABEL_CHARS} characters)")}</label>
                <input id="embed-cta-label" name="cta_label" type="text" maxlength=MAX_LABEL_CHARS autocomplete="off" />
                <button type="submit" class="btn">"Update preview"</button>
            </div>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snippet_has_every_value_filled_in() {
        let html = snippet(
            "https://host.example/roadmap/?roadmap=web&embed=1",
            "https://host.example",
            "Web \"Foundations\" <Bootcamp>",
        );
        assert!(html.starts_with(
            "<iframe src=\"https://host.example/roadmap/?roadmap=web&amp;embed=1\" title=\"Web &quot;Foundations&quot; &lt;Bootcamp&gt;\""
        ));
        // No id: two snippets on one page each size their own frame, heard only from it.
        assert!(!html.contains(" id="));

        assert!(html.contains("e.source !== frame.contentWindow"));
        assert!(html.contains("e.origin !== \"https://host.example\""));
        assert!(html.contains(HEIGHT_MESSAGE));
        assert!(!html.contains("__"), "{html}");
        // A title naming a placeholder stays as written.
        let html = snippet("https://h/?embed=1", "https://h", "Evil __SRC__ x");
        assert!(html.contains("title=\"Evil __SRC__ x\""), "{html}");
    }

    #[test]
    fn the_one_line_snippet_is_the_script_and_the_same_parameters() {
        assert_eq!(
            script_snippet(
                "https://host.example/roadmap/embed.js",
                "embed=1&sections=roadmap,faq&cta_label=Apply%20now",
                "Web Foundations"
            ),
            "<script src=\"https://host.example/roadmap/embed.js\" data-options=\"embed=1&amp;sections=roadmap,faq&amp;cta_label=Apply%20now\" data-title=\"Web Foundations\" async></script>"
        );
    }
}
