//! The cohort view's page: paste links, see the class, sort it, download it as CSV. Mounted
//! by its own wasm (`src/bin/cohort.rs`) in place of the roadmap page, which it hides.

use super::{
    add_files, csv, left_out_lines, read_export, read_links, rows, sort, topic_counts, unread_file,
    utc_date, Column, Learner, Place, Row, Skipped, MAX_LEARNERS,
};
use crate::content::{Roadmap, Topic};
use crate::progress::MAX_IMPORT_BYTES;
use crate::web::{self, files};
use leptos::prelude::*;

/// What the pasted links gave, worked out once when they are shown: a row per learner (in
/// the order pasted), per topic how many completed and skipped it, and the lines left out.
struct Class {
    rows: Vec<Row>,
    topics: Vec<(&'static Topic, usize, usize)>,
    skipped: Vec<Skipped>,
}

/// Mount the view of `roadmap`'s class at the end of `<body>` (the head script has hidden the
/// roadmap page: `html[data-view]`).
pub fn mount(roadmap: Roadmap) {
    // The tab names the view and its roadmap.
    if let Some(document) = crate::web::document() {
        document.set_title(&format!("Your class: {}", roadmap.title));
    }
    let view = move || view! { <CohortView roadmap=roadmap /> };
    leptos::mount::mount_to_body(view);
}

/// The sort state of a column header, for `aria-sort`.
fn aria_sort(current: (Column, bool), column: Column) -> &'static str {
    match current {
        (c, true) if c == column => "ascending",
        (c, false) if c == column => "descending",
        _ => "none",
    }
}

#[component]
pub fn CohortView(
    /// The roadmap the learners' links are for.
    roadmap: Roadmap,
) -> impl IntoView {
    let text = RwSignal::new(String::new());
    // Learners' export files, read as they are added (in order).
    let added = RwSignal::new(Vec::<Result<Learner, Skipped>>::new());
    let class = RwSignal::new(None::<Class>);
    let order = RwSignal::new((Column::Name, true));
    let add = move |list: Option<web_sys::FileList>| {
        let Some(list) = list else { return };
        let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        leptos::task::spawn_local(async move {
            for file in files {
                let number = added.with_untracked(Vec::len) + 1;
                // Past the cap a file is left out unread (up to 1 MB each, read for nothing).
                let full = added.with_untracked(|a| a.iter().filter(|r| r.is_ok()).count())
                    >= MAX_LEARNERS;
                if full {
                    added.update(|a| {
                        a.push(Err(Skipped {
                            place: Place::File(number),
                            reason: format!(
                                "more than {MAX_LEARNERS} learners: left out, not read"
                            ),
                        }))
                    });
                    continue;
                }
                let read = match files::read_file(file.clone(), MAX_IMPORT_BYTES).await {
                    Ok(bytes) => read_export(number, &file.name(), &bytes, roadmap, web::now()),
                    Err(e) => Err(unread_file(number, e.into())),
                };
                added.update(|a| a.push(read));
            }
        });
    };
    let on_files = move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(input) = input {
            add(input.files());
            input.set_value("");
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        add(ev.data_transfer().and_then(|d| d.files()));
    };
    let added_text = move || {
        added.with(|a| match a.len() {
            0 => String::new(),
            n => {
                let names: Vec<String> = a
                    .iter()
                    .map(|f| match f {
                        Ok(learner) => learner.name.clone(),
                        Err(s) => format!("{} (not read)", s.place),
                    })
                    .collect();
                format!(
                    "{n} file{} added: {}.",
                    if n == 1 { "" } else { "s" },
                    names.join(", ")
                )
            }
        })
    };
    let show = move |_| {
        let now = web::now();
        let (mut learners, mut skipped) = text.with_untracked(|t| read_links(t, roadmap, now));
        added.with_untracked(|files| add_files(&mut learners, &mut skipped, files));
        class.set(Some(Class {
            rows: rows(&learners, roadmap, now),
            topics: topic_counts(&learners, roadmap),
            skipped,
        }));
    };
    let sorted = move || -> Vec<Row> {
        let mut table = class.with(|c| c.as_ref().map(|c| c.rows.clone()).unwrap_or_default());
        let (column, ascending) = order.get();
        sort(&mut table, column, ascending);
        table
    };
    let download = move |_| {
        let table = sorted();
        if let Err(e) = files::download("class-progress.csv", "text/csv", &csv(&table, roadmap)) {
            web::error(&format!("CSV download failed: {e}"));
        }
    };
    let header = move |label: String, column: Column| {
        view! {
            <th scope="col" aria-sort=move || aria_sort(order.get(), column)>
                <button type="button" class="sort" on:click=move |_| {
                    order.update(|(c, asc)| {
                        *asc = if *c == column { !*asc } else { true };
                        *c = column;
                    })
                }>{label}</button>
            </th>
        }
    };
    view! {
        <main class="cohort view-root" id="cohort" aria-labelledby="cohort-title">
            <h1 id="cohort-title">"Your class"<span class="cohort-roadmap">{format!(": {}", roadmap.title)}</span></h1>
            <p class="lead">
                "Paste your learners' progress links, one per line, or add their export files (up to 200 learners): they make them with "
                <strong>"Share link"</strong>" and "<strong>"Export"</strong>" in the roadmap. Nothing leaves this browser."
            </p>
            <div class="cohort-input" on:dragover=move |ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop>
                <label for="cohort-links">"Progress links"</label>
                <textarea id="cohort-links" class="cohort-links" rows="8" spellcheck="false"
                    prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                <p class="cohort-files">
                    <label for="cohort-files">"Export files (or drop them here)"</label>
                    <input id="cohort-files" type="file" multiple accept=".json,application/json" on:change=on_files />
                    <span aria-live="polite">{added_text}</span>
                    <button type="button" class="btn btn-small btn-quiet" hidden=move || added.with(Vec::is_empty)
                        on:click=move |_| added.set(Vec::new())>"Clear files"</button>
                </p>
            </div>
            <p class="cohort-actions">
                <button type="button" class="btn btn-primary" on:click=show>"Show the class"</button>
                <a class="btn" href=crate::content::page_address("./", roadmap.id)>"Back to the roadmap"</a>
            </p>
            {move || class.with(|c| c.as_ref().map(|Class { rows, topics, skipped }| {
                // Each name isolated (U+2068 ... U+2069): a right-to-left name cannot reorder
                // the sentence around it.
                let inactive: Vec<String> = rows
                    .iter()
                    .filter(|r| r.inactive)
                    .map(|r| format!("\u{2068}{}\u{2069}", r.name))
                    .collect();
                let total = rows.len();
                view! {
                    <section class="card cohort-result" aria-labelledby="class-title">
                        <h2 id="class-title">{format!("{total} learner{}", if total == 1 { "" } else { "s" })}</h2>
                        <p class="cohort-inactive">{match inactive.is_empty() {
                            true => "Everyone has made progress in the last 14 days.".to_string(),
                            false => format!("No progress in the last 14 days: {}.", inactive.join(", ")),
                        }}</p>
                        <p id="class-note" class="cohort-note">"Finished topics (completed or skipped) by section, in percent. Sort by any column."</p>
                        <div class="table-scroll" tabindex="0" role="region" aria-label="The class, by section">
                            <table class="cohort-table" aria-labelledby="class-title" aria-describedby="class-note">
                                <thead><tr>
                                    {header("Learner".to_string(), Column::Name)}
                                    {roadmap.sections.iter().enumerate().map(|(i, s)| header(s.title.to_string(), Column::Section(i))).collect_view()}
                                    {header("Overall".to_string(), Column::Overall)}
                                    {header("Last activity".to_string(), Column::LastActivity)}
                                </tr></thead>
                                <tbody>
                                    {move || sorted().into_iter().map(|r| view! {
                                        <tr class:inactive=r.inactive>
                                            <th scope="row">{r.name}</th>
                                            {r.sections.into_iter().map(|p| view! { <td>{format!("{p}%")}</td> }).collect_view()}
                                            <td>{format!("{}%", r.overall)}</td>
                                            <td>{r.latest.map(utc_date).unwrap_or_else(|| "unknown".to_string())}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                        <p><button type="button" class="btn" on:click=download>"Download CSV"</button></p>
                        <h3>"By topic"</h3>
                        <div class="table-scroll" tabindex="0" role="region" aria-label="The class, by topic">
                            <table class="cohort-topics">
                                <caption>{format!("How many of the {total} learners have completed or skipped each topic")}</caption>
                                <thead><tr><th scope="col">"Topic"</th><th scope="col">"Completed"</th><th scope="col">"Skipped"</th></tr></thead>
                                <tbody>
                                    {topics.iter().map(|&(t, done, skipped)| view! {
                                        <tr><th scope="row">{t.title}</th><td>{done}</td><td>{skipped}</td></tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                        {(!skipped.is_empty()).then(|| view! {
                            <h3>"Lines left out"</h3>
                            <ul class="cohort-skipped">
                                {left_out_lines(skipped).into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                            </ul>
                        })}
                    </section>
                }
            }))}
        </main>
    }
}
