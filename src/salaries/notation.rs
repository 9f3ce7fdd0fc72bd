//! Salary notation and currency conversion. Pure Rust.

use crate::content::{Currency, SalaryBand};

/// How to put Indian salaries on the same axis as US ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Basis {
    /// Market exchange rate: what the rupees buy in dollars.
    Market,
    /// Purchasing power parity: what the rupees buy in India, in international dollars.
    Ppp,
}

impl Basis {
    pub const ALL: [Basis; 2] = [Basis::Market, Basis::Ppp];

    /// INR per unit of the comparison currency.
    pub fn inr_per_unit(self) -> f64 {
        match self {
            Basis::Market => 94.96,
            Basis::Ppp => 20.42,
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Basis::Market => "market",
            Basis::Ppp => "ppp",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Basis::Market => "Market exchange rate",
            Basis::Ppp => "Purchasing power parity (PPP)",
        }
    }

    /// The unit India's salaries are converted into (US salaries are already in it).
    pub fn unit(self) -> &'static str {
        match self {
            Basis::Market => "US dollars",
            Basis::Ppp => "international dollars",
        }
    }

    /// The basis as stated on the chart.
    pub fn statement(self) -> &'static str {
        match self {
            Basis::Market => {
                "India converted at the market rate: 94.96 INR per USD (June 2026 average)"
            }
            Basis::Ppp => {
                "India converted at purchasing power parity: 20.42 INR per international $ (2024)"
            }
        }
    }

    /// Where the figure comes from.
    pub fn source(self) -> &'static str {
        match self {
            Basis::Market => "Market rate: US Federal Reserve, series EXINUS (Indian rupees to one US dollar), June 2026 monthly average 94.96; 2025 average 87.15.",
            Basis::Ppp => "PPP: World Bank, indicator PA.NUS.PPP (LCU per international $), India 2024: 20.42 (data as published March 2026). In the US one international dollar is one US dollar.",
        }
    }
}

/// Convert rupees to the basis's unit (US dollars or international dollars).
pub fn inr_to(amount_inr: u64, basis: Basis) -> f64 {
    amount_inr as f64 / basis.inr_per_unit()
}

/// An amount in the comparison's unit: dollars stay as they are, rupees are converted.
pub fn comparable(amount: u64, currency: Currency, basis: Basis) -> f64 {
    match currency {
        Currency::Usd => amount as f64,
        Currency::Inr => inr_to(amount, basis),
    }
}

/// A dollar figure to one decimal in thousands: `$21.1K`.
pub fn dollars_k(amount: f64) -> String {
    if amount.abs() < 50.0 {
        return "$0".into();
    }
    format!("${}K", trim((amount / 100.0).round() / 10.0))
}

/// Write an amount in the currency's own notation: `$77K`, `₹6L`, `₹7.5L`.
pub fn short(amount: u64, currency: Currency) -> String {
    match currency {
        Currency::Usd if amount == 0 => "$0".into(),
        Currency::Inr if amount == 0 => "₹0".into(),
        Currency::Usd => format!("${}K", trim(amount as f64 / 1_000.0)),
        Currency::Inr => format!("₹{}L", trim(amount as f64 / 100_000.0)),
    }
}

fn trim(x: f64) -> String {
    let x = if x.abs() < 0.05 { 0.0 } else { x };
    let s = format!("{x:.1}");
    s.strip_suffix(".0").map(str::to_owned).unwrap_or(s)
}

/// A band's range as the seed writes it: `$65K - $90K`, `$190K - $280K+`.
pub fn range(b: &SalaryBand, currency: Currency) -> String {
    let plus = if b.open_ended { "+" } else { "" };
    format!(
        "{} - {}{plus}",
        short(b.low, currency),
        short(b.high, currency)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{SalaryTable, SALARY_TABLES};

    #[test]
    fn notation_matches_the_seed() {
        // (range, typical) per band, in the table's own notation.
        let notation = |t: &SalaryTable| -> Vec<(String, String)> {
            t.bands
                .iter()
                .map(|b| (range(b, t.currency), short(b.typical, t.currency)))
                .collect()
        };
        let us = notation(&SALARY_TABLES[0]);
        assert_eq!(us[0], ("$65K - $90K".to_string(), "$77K".to_string()));
        assert_eq!(us[3], ("$190K - $280K+".to_string(), "$230K".to_string()));
        let india = notation(&SALARY_TABLES[1]);
        assert_eq!(india[0], ("₹4L - ₹8L".to_string(), "₹6L".to_string()));
        assert_eq!(india[3], ("₹28L - ₹55L+".to_string(), "₹38L".to_string()));
        assert_eq!(short(750_000, Currency::Inr), "₹7.5L");
    }

    #[test]
    fn twenty_lakh_converts_at_market_rate_and_ppp() {
        let twenty_lakh = 2_000_000;
        let market = inr_to(twenty_lakh, Basis::Market);
        assert!((market - 21_061.5).abs() < 1.0, "{market}");
        assert_eq!(dollars_k(market), "$21.1K");
        let ppp = inr_to(twenty_lakh, Basis::Ppp);
        assert!((ppp - 97_943.2).abs() < 1.0, "{ppp}");
        assert_eq!(dollars_k(ppp), "$97.9K");
        // On the comparison axis rupees are converted and dollars are not.
        assert_eq!(comparable(twenty_lakh, Currency::Inr, Basis::Ppp), ppp);
        assert_eq!(comparable(77_000, Currency::Usd, Basis::Ppp), 77_000.0);
    }

    #[test]
    fn every_basis_states_its_figure_and_source() {
        for b in Basis::ALL {
            let figure = format!("{}", b.inr_per_unit());
            assert!(b.statement().contains(&figure), "{b:?}");
            assert!(b.source().contains(&figure), "{b:?}");
        }
    }
}
