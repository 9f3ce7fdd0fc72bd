//! Salary charts drawn with plotters' SVG backend into strings. Pure Rust: rendered at build
//! time into the page, and unit-tested natively.
//!
//! Every text is placed with an explicit anchor, so no text is measured: the SVG is the same
//! on every machine. Colours are fixed palette values that the stylesheet maps to the theme's
//! custom properties (`.chart-svg [fill="#818CF8"] { fill: var(--chart-range) }`).

use super::notation::{self as salary, Basis};
use crate::content::{Currency, SalaryBand, SalaryTable, SALARY_TABLES};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::fmt;

/// Palette values the stylesheet recognises and themes.
pub mod palette {
    use plotters::style::RGBColor;
    pub const RANGE: RGBColor = RGBColor(0x81, 0x8C, 0xF8);
    pub const SECOND: RGBColor = RGBColor(0x0D, 0x94, 0x88);
    pub const TYPICAL: RGBColor = RGBColor(0x31, 0x2E, 0x81);
    pub const GRID: RGBColor = RGBColor(0xCB, 0xD5, 0xE1);
    pub const TEXT: RGBColor = RGBColor(0x33, 0x41, 0x55);
}
use palette::*;

/// The layout a chart is drawn for; the page shows the one that fits its container.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Width {
    /// Phones and half-width cards: 320 px wide, 4 axis ticks at most.
    Narrow,
    /// Tablets and desktops: 640 px wide.
    Wide,
}

impl Width {
    pub const ALL: [Width; 2] = [Width::Narrow, Width::Wide];

    fn px(self) -> u32 {
        match self {
            Width::Narrow => 320,
            Width::Wide => 640,
        }
    }

    fn max_ticks(self) -> usize {
        match self {
            Width::Narrow => 4,
            Width::Wide => 7,
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Width::Narrow => "narrow",
            Width::Wide => "wide",
        }
    }
}

/// plotters failed to draw (it never does for these fixed inputs; kept as a value, not a panic).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartError(String);

impl fmt::Display for ChartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "chart drawing failed: {}", self.0)
    }
}

impl<E: std::error::Error + Send + Sync> From<DrawingAreaErrorKind<E>> for ChartError {
    fn from(e: DrawingAreaErrorKind<E>) -> Self {
        ChartError(e.to_string())
    }
}

/// One horizontal range bar.
struct Bar {
    label: String,
    range_label: String,
    low: f64,
    typical: f64,
    high: f64,
    open_ended: bool,
    typical_label: String,
    color: RGBColor,
}

enum Item {
    Heading(String),
    Bar(Bar),
}

const PAD_L: i32 = 8;
const PAD_R: i32 = 14;
const ROW: i32 = 72;
const HEADING: i32 = 30;
const AXIS: i32 = 30;
/// How far past the highest top the axis runs, leaving room to draw open-ended tops.
const HEADROOM: f64 = 1.12;

fn text_style(px: f64, h: HPos, v: VPos, color: RGBColor) -> TextStyle<'static> {
    // plotters writes font-size as size / 1.24.
    ("system-ui, sans-serif", px * 1.24)
        .into_font()
        .color(&color)
        .pos(Pos::new(h, v))
}

fn bold(px: f64, h: HPos, v: VPos, color: RGBColor) -> TextStyle<'static> {
    ("system-ui, sans-serif", px * 1.24, FontStyle::Bold)
        .into_font()
        .color(&color)
        .pos(Pos::new(h, v))
}

/// A tick step of 1, 2, 2.5 or 5 times a power of ten giving at most `max_ticks` ticks.
fn tick_step(max: f64, max_ticks: usize) -> f64 {
    let mut magnitude = 10f64.powf(max.log10().floor() - 1.0);
    loop {
        for m in [1.0, 2.0, 2.5, 5.0] {
            let step = m * magnitude;
            if ((max / step).floor() as usize) < max_ticks {
                return step;
            }
        }
        magnitude *= 10.0;
    }
}

fn draw(
    items: &[Item],
    axis_max: f64,
    tick_label: &dyn Fn(f64) -> String,
    width: Width,
    header: &[&str],
    id: &str,
    title: &str,
) -> Result<String, ChartError> {
    let w = width.px() as i32;
    let header_h = header.len() as i32 * 20 + if header.is_empty() { 4 } else { 10 };
    let body_h: i32 = items
        .iter()
        .map(|i| {
            if matches!(i, Item::Heading(_)) {
                HEADING
            } else {
                ROW
            }
        })
        .sum();
    let h = header_h + body_h + AXIS;
    let x = |v: f64| PAD_L + ((v / axis_max) * f64::from(w - PAD_L - PAD_R)).round() as i32;
    let clamp = |px: i32| px.clamp(PAD_L + 22, w - PAD_R - 22);

    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (w as u32, h as u32)).into_drawing_area();
        for (i, line) in header.iter().enumerate() {
            root.draw(&Text::new(
                line.to_string(),
                (PAD_L, 4 + 20 * i as i32),
                text_style(13.0, HPos::Left, VPos::Top, TEXT),
            ))?;
        }
        // Grid and axis labels.
        let step = tick_step(axis_max, width.max_ticks());
        let axis_y = header_h + body_h;
        let mut v = 0.0;
        while v <= axis_max {
            let gx = x(v);
            root.draw(&Rectangle::new(
                [(gx, header_h), (gx + 1, axis_y)],
                GRID.filled(),
            ))?;
            let anchor = if v == 0.0 { HPos::Left } else { HPos::Center };
            root.draw(&Text::new(
                tick_label(v),
                (gx, axis_y + 8),
                text_style(12.0, anchor, VPos::Top, TEXT),
            ))?;
            v += step;
        }
        let mut y = header_h;
        for item in items {
            match item {
                Item::Heading(text) => {
                    root.draw(&Text::new(
                        text.clone(),
                        (PAD_L, y + 18),
                        bold(14.0, HPos::Left, VPos::Center, TEXT),
                    ))?;
                    y += HEADING;
                }
                Item::Bar(b) => {
                    root.draw(&Text::new(
                        b.label.clone(),
                        (PAD_L, y + 12),
                        bold(14.0, HPos::Left, VPos::Center, TEXT),
                    ))?;
                    root.draw(&Text::new(
                        b.range_label.clone(),
                        (w - PAD_R, y + 12),
                        text_style(13.0, HPos::Right, VPos::Center, TEXT),
                    ))?;
                    let (top, bottom) = (y + 24, y + 40);
                    root.draw(&Rectangle::new(
                        [(x(b.low), top), (x(b.high), bottom)],
                        b.color.filled(),
                    ))?;
                    if b.open_ended {
                        // The top is a floor, not a ceiling: fade out past it and point onwards.
                        let tail_end = (b.high * HEADROOM).min(axis_max);
                        let seg = (tail_end - b.high) / 3.0;
                        for (i, alpha) in [0.55, 0.3, 0.12].into_iter().enumerate() {
                            let from = x(b.high + seg * i as f64) + 2;
                            let to = x(b.high + seg * (i as f64 + 1.0));
                            root.draw(&Rectangle::new(
                                [(from, top + 3), (to, bottom - 3)],
                                b.color.mix(alpha).filled(),
                            ))?;
                        }
                        let tip = x(tail_end);
                        root.draw(&Polygon::new(
                            vec![(tip - 7, top), (tip, (top + bottom) / 2), (tip - 7, bottom)],
                            b.color.mix(0.6).filled(),
                        ))?;
                    }
                    let tx = x(b.typical);
                    root.draw(&Polygon::new(
                        vec![
                            (tx, top - 5),
                            (tx + 7, top + 8),
                            (tx, bottom + 5),
                            (tx - 7, top + 8),
                        ],
                        TYPICAL.filled(),
                    ))?;
                    root.draw(&Text::new(
                        b.typical_label.clone(),
                        (clamp(tx), bottom + 16),
                        bold(13.0, HPos::Center, VPos::Center, TEXT),
                    ))?;
                    y += ROW;
                }
            }
        }
        root.present()?;
    }
    Ok(accessible(&svg, id, title))
}

/// Name plotters' SVG for screen readers. It keeps its natural size as a maximum and scales
/// down with its container (`max-width: 100%; height: auto` in the stylesheet).
fn accessible(svg: &str, id: &str, title: &str) -> String {
    let named = format!("<svg class=\"chart-svg\" role=\"img\" aria-labelledby=\"{id}-title\" ");
    // Drop what plotters repeats on every element that is already the default or set once by
    // the stylesheet (`.chart-svg text { font-family }`): about a third of the markup.
    let svg = svg
        .replacen("<svg ", &named, 1)
        .replace(" opacity=\"1\"", "")
        .replace(" stroke=\"none\"", "")
        .replace(" font-family=\"system-ui, sans-serif\"", "");
    match svg.find('>') {
        Some(i) => format!(
            "{}<title id=\"{id}-title\">{}</title>{}",
            &svg[..=i],
            escape(title),
            &svg[i + 1..]
        ),
        None => svg,
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn band_bar(b: &SalaryBand, currency: Currency, color: RGBColor) -> Bar {
    Bar {
        label: format!("{} ({})", b.level, b.years),
        range_label: salary::range(b, currency),
        low: b.low as f64,
        typical: b.typical as f64,
        high: b.high as f64,
        open_ended: b.open_ended,
        typical_label: salary::short(b.typical, currency),
        color,
    }
}

fn axis_max(bars: impl Iterator<Item = f64>) -> f64 {
    bars.fold(0.0, f64::max) * HEADROOM
}

/// A short text summary of a country's bands, for the SVG title.
pub fn summary(table: &SalaryTable) -> String {
    let bands: Vec<String> = table
        .bands
        .iter()
        .map(|b| {
            format!(
                "{} {}, typical {}",
                b.level,
                salary::range(b, table.currency),
                salary::short(b.typical, table.currency)
            )
        })
        .collect();
    format!(
        "{} backend developer salaries per year by level: {}.",
        table.country.name(),
        bands.join("; ")
    )
}

/// One country's salary ranges per level, in its own currency and notation.
pub fn country_chart(table: &SalaryTable, width: Width) -> Result<String, ChartError> {
    let items: Vec<Item> = table
        .bands
        .iter()
        .map(|b| Item::Bar(band_bar(b, table.currency, RANGE)))
        .collect();
    let max = axis_max(table.bands.iter().map(|b| b.high as f64));
    let currency = table.currency;
    let id = format!(
        "chart-{}-{}",
        table.currency.code().to_lowercase(),
        width.slug()
    );
    draw(
        &items,
        max,
        &|v| salary::short(v as u64, currency),
        width,
        &[],
        &id,
        &summary(table),
    )
}

/// Both countries on one axis: US in dollars, India converted on the chosen basis.
pub fn comparison_chart(basis: Basis, width: Width) -> Result<String, ChartError> {
    let mut items = Vec::new();
    let mut highs = Vec::new();
    for table in SALARY_TABLES {
        let (heading, color) = match table.currency {
            Currency::Usd => (format!("{} (USD)", table.country.name()), RANGE),
            Currency::Inr => (format!("{} (converted)", table.country.name()), SECOND),
        };
        items.push(Item::Heading(heading));
        for b in table.bands {
            let conv = |v: u64| salary::comparable(v, table.currency, basis);
            let plus = if b.open_ended { "+" } else { "" };
            highs.push(conv(b.high));
            items.push(Item::Bar(Bar {
                label: format!("{} ({})", b.level, b.years),
                range_label: format!(
                    "{} - {}{plus}",
                    salary::dollars_k(conv(b.low)),
                    salary::dollars_k(conv(b.high))
                ),
                low: conv(b.low),
                typical: conv(b.typical),
                high: conv(b.high),
                open_ended: b.open_ended,
                typical_label: salary::dollars_k(conv(b.typical)),
                color,
            }));
        }
    }
    let max = axis_max(highs.into_iter());
    let (first, second) = basis
        .statement()
        .split_once(": ")
        .unwrap_or((basis.statement(), ""));
    let header = [first, second];
    let id = format!("chart-compare-{}-{}", basis.slug(), width.slug());
    let title = format!(
        "United States and India salaries on one axis in {}. {}.",
        basis.unit(),
        basis.statement()
    );
    draw(
        &items,
        max,
        &|v| salary::dollars_k(v),
        width,
        &header,
        &id,
        &title,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(svg: &str) -> Vec<String> {
        // plotters writes each label on its own line inside <text>.
        svg.split("<text")
            .skip(1)
            .filter_map(|t| t.split('>').nth(1))
            .map(|t| t.split('<').next().unwrap_or("").trim().to_string())
            .collect()
    }

    #[test]
    fn country_charts_show_every_level_and_typical_value() {
        for table in SALARY_TABLES {
            for width in Width::ALL {
                let svg = country_chart(table, width).unwrap();
                let labels = texts(&svg);
                for b in table.bands {
                    let level = format!("{} ({})", b.level, b.years);
                    assert!(labels.contains(&level), "{level} missing in {:?}", labels);
                    assert!(
                        labels.contains(&salary::short(b.typical, table.currency)),
                        "{} typical",
                        b.level
                    );
                    assert!(
                        labels.contains(&salary::range(b, table.currency)),
                        "{} range",
                        b.level
                    );
                }
            }
        }
    }

    #[test]
    fn open_ended_tops_fade_out_instead_of_ending() {
        let svg = country_chart(&SALARY_TABLES[0], Width::Wide).unwrap();
        assert!(texts(&svg).contains(&"$190K - $280K+".to_string()));
        // Three fading segments past the top, and only for the open-ended band.
        assert_eq!(svg.matches("opacity=\"0.12\"").count(), 1);
        assert_eq!(svg.matches("opacity=\"0.55\"").count(), 1);
    }

    #[test]
    fn charts_are_named_and_scale_with_their_container() {
        let svg = country_chart(&SALARY_TABLES[1], Width::Narrow).unwrap();
        assert!(
            svg.starts_with(
                "<svg class=\"chart-svg\" role=\"img\" aria-labelledby=\"chart-inr-narrow-title\""
            ),
            "{}",
            &svg[..120]
        );
        assert!(svg.contains("width=\"320\"") && svg.contains("viewBox=\"0 0 320 "));
        assert!(
            svg.contains("<title id=\"chart-inr-narrow-title\">India backend developer salaries")
        );
    }

    #[test]
    fn comparison_states_its_basis_and_converts_india() {
        let market = comparison_chart(Basis::Market, Width::Wide).unwrap();
        let ppp = comparison_chart(Basis::Ppp, Width::Wide).unwrap();
        assert!(texts(&market)
            .iter()
            .any(|t| t.contains("94.96 INR per USD")));
        assert!(texts(&ppp)
            .iter()
            .any(|t| t.contains("20.42 INR per international $")));
        // India's mid level, typical ₹20L: $21.1K at market rate, $97.9K at PPP.
        assert!(texts(&market).contains(&"$21.1K".to_string()));
        assert!(texts(&ppp).contains(&"$97.9K".to_string()));
        assert!(
            texts(&market).contains(&"$77K".to_string()),
            "US stays in dollars"
        );
        assert_ne!(market, ppp);
    }

    #[test]
    fn default_attributes_are_left_out() {
        let svg = comparison_chart(Basis::Market, Width::Wide).unwrap();
        assert!(
            !svg.contains("opacity=\"1\"")
                && !svg.contains("stroke=\"none\"")
                && !svg.contains("font-family")
        );
        assert!(
            svg.contains("opacity=\"0.55\""),
            "non-default opacity stays"
        );
    }

    #[test]
    fn rendering_is_deterministic() {
        assert_eq!(
            comparison_chart(Basis::Ppp, Width::Narrow),
            comparison_chart(Basis::Ppp, Width::Narrow)
        );
    }

    #[test]
    fn tick_steps_are_round_and_few() {
        assert_eq!(tick_step(313_600.0, 4), 100_000.0);
        assert_eq!(tick_step(313_600.0, 7), 50_000.0);
        assert_eq!(tick_step(6_160_000.0, 4), 2_000_000.0);
    }
}
