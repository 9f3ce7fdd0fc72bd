//! Backend developer salaries 2026 by level, for the United States and India.

use crate::content::{SalaryTable, SALARY_NOTE, SALARY_TABLES};
use crate::salary::{range, short};
use leptos::prelude::*;

/// The salaries part of the page.
#[component]
pub fn Salaries() -> impl IntoView {
    view! {
        <section id="salaries" class="page-section" aria-labelledby="salaries-title" inner_html=crate::prerendered!(view! {
            <h2 id="salaries-title">"Backend Developer Salaries 2026"</h2>
            <div class="salary-grid">
                {SALARY_TABLES.iter().map(|t| view! { <SalaryTableView table=t /> }).collect_view()}
            </div>
            <p class="note">{SALARY_NOTE}</p>
        })></section>
    }
}

/// One country's salary table.
#[component]
fn SalaryTableView(
    /// The country's bands.
    table: &'static SalaryTable,
) -> impl IntoView {
    let caption = format!("{} ({}/Year)", table.country.name(), table.currency.code());
    view! {
        <div class="card salary-card">
            <table class="salary-table">
                <caption>{caption}</caption>
                <thead>
                    <tr><th scope="col">"Level"</th><th scope="col">"Range"</th><th scope="col">"Typical"</th></tr>
                </thead>
                <tbody>
                    {table.bands.iter().map(|b| view! {
                        <tr>
                            <th scope="row">{format!("{} ({})", b.level, b.years)}</th>
                            <td>{range(b, table.currency)}</td>
                            <td>{short(b.typical, table.currency)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
