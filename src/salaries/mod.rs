//! Backend developer salaries 2026: a range chart per country, a comparison on one axis, and
//! the same numbers as tables. Everything here is drawn at build time (plotters runs in the
//! prerenderer); the comparison switch is two native radios and CSS `:has()`, so it works
//! without JavaScript and ships no chart code to the browser.

pub mod charts;
pub mod notation;

use crate::content::{SalaryTable, SALARY_NOTE, SALARY_TABLES};
use crate::widgets::{ArticleSection, Lazy};
use charts::{comparison_chart, country_chart, ChartError, Width};
use leptos::prelude::*;
use notation::{comparable, dollars_k, range, short, Basis};

/// The salaries part of the page.
#[component]
pub fn Salaries() -> impl IntoView {
    view! {
        <ArticleSection id="salaries" title="Backend Developer Salaries 2026">
            <p class="lead">"Yearly pay by level. Bars run from the low to the high end of each range; the diamond marks the typical salary."</p>
            <div class="salary-grid">
                {SALARY_TABLES.iter().map(|t| view! { <CountryChart table=t /> }).collect_view()}
            </div>
            <Comparison />
            <p class="note">{SALARY_NOTE}</p>
        </ArticleSection>
    }
}

/// A chart in the given layouts; with two, CSS shows the one that fits the container. The
/// charts sit far below the first screen, so they are built after the first paint.
fn chart(
    widths: &'static [Width],
    render: impl Fn(Width) -> Result<String, ChartError>,
) -> impl IntoView {
    let only = if widths.len() == 1 { " chart-only" } else { "" };
    let charts = widths
        .iter()
        .map(|&w| {
            let svg = render(w).unwrap_or_else(|e| format!("<p>{e}</p>"));
            view! { <div class=format!("chart chart-{}{only}", w.slug()) inner_html=svg></div> }
        })
        .collect_view();
    view! {
        <div class="chart-box">
            <Lazy>{charts}</Lazy>
        </div>
    }
}

/// One country's chart and table.
#[component]
fn CountryChart(
    /// The country's bands.
    table: &'static SalaryTable,
) -> impl IntoView {
    let caption = format!("{} ({}/Year)", table.country.name(), table.currency.code());
    view! {
        <figure class="card chart-card">
            <figcaption><h3>{caption.clone()}</h3></figcaption>
            // One layout: the narrow chart reads well from phones to desktop cards (a second,
            // wide layout would double the section's elements for tablets alone).
            {chart(&[Width::Narrow], |w| country_chart(table, w))}
            // The one copy of the numbers: behind a disclosure on screen, always shown in print.
            <details class="data-table">
                <summary>"Show the numbers as a table"</summary>
                <SalaryTableView table=table class="salary-table print-only" caption=caption />
            </details>
        </figure>
    }
}

/// A country's bands as a table.
#[component]
fn SalaryTableView(
    /// The country's bands.
    table: &'static SalaryTable,
    /// CSS classes of the table.
    class: &'static str,
    /// The table's caption.
    caption: String,
) -> impl IntoView {
    view! {
        <table class=class>
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
    }
}

/// Both countries on one axis, by market exchange rate or purchasing power.
#[component]
fn Comparison() -> impl IntoView {
    view! {
        <div class="card compare">
            <h3 id="compare-title">"United States and India on one axis"</h3>
            <fieldset class="basis-picker">
                <legend>"Compare by"</legend>
                {Basis::ALL.into_iter().map(|b| view! {
                    <label class="basis-option">
                        <input type="radio" name="basis" id=format!("basis-{}", b.slug()) value=b.slug() checked=b == Basis::Market />
                        {b.label()}
                    </label>
                }).collect_view()}
            </fieldset>
            {Basis::ALL.into_iter().map(|b| {
                view! {
                    <div class=format!("basis basis-{}", b.slug())>
                        {chart(&Width::ALL, move |w| comparison_chart(b, w))}
                        <details class="data-table">
                            <summary>"Show the numbers as a table"</summary>
                            <Lazy><ComparisonTable basis=b /></Lazy>
                        </details>
                        <p class="small source">{b.source()}</p>
                    </div>
                }
            }).collect_view()}
            <p class="small">
                "The market rate tells what a salary is worth in dollars; purchasing power parity tells what it buys at home. "
                "At PPP, ₹20L (2,000,000 INR) is about 97,900 international dollars; at the market rate it is about $21,060."
            </p>
        </div>
    }
}

/// The comparison's numbers for one basis.
#[component]
fn ComparisonTable(
    /// The conversion basis.
    basis: Basis,
) -> impl IntoView {
    let rows = SALARY_TABLES
        .iter()
        .flat_map(|t| t.bands.iter().map(move |b| (t, b)));
    view! {
        <table class="salary-table">
            <caption>{format!("Typical salary in {} ({})", basis.unit(), basis.label().to_lowercase())}</caption>
            <thead>
                <tr><th scope="col">"Country and level"</th><th scope="col">"Stated"</th><th scope="col">"Converted"</th></tr>
            </thead>
            <tbody>
                {rows.map(|(t, b)| {
                    view! {
                        <tr>
                            <th scope="row">{format!("{}: {} ({})", t.country.name(), b.level, b.years)}</th>
                            <td>{short(b.typical, t.currency)}</td>
                            <td>{dollars_k(comparable(b.typical, t.currency, basis))}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}
