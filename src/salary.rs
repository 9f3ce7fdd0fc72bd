//! Salary notation and currency conversion. Pure Rust.

use crate::content::{Currency, SalaryBand};

/// Write an amount in the currency's own notation: `$77K`, `₹6L`, `₹7.5L`.
pub fn short(amount: u64, currency: Currency) -> String {
    match currency {
        Currency::Usd => format!("${}K", trim(amount as f64 / 1_000.0)),
        Currency::Inr => format!("₹{}L", trim(amount as f64 / 100_000.0)),
    }
}

fn trim(x: f64) -> String {
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
    use crate::content::SALARY_TABLES;

    #[test]
    fn notation_matches_the_seed() {
        let us = &SALARY_TABLES[0];
        let india = &SALARY_TABLES[1];
        let got: Vec<_> = us
            .bands
            .iter()
            .map(|b| (range(b, us.currency), short(b.typical, us.currency)))
            .collect();
        assert_eq!(got[0], ("$65K - $90K".to_string(), "$77K".to_string()));
        assert_eq!(got[3], ("$190K - $280K+".to_string(), "$230K".to_string()));
        let got: Vec<_> = india
            .bands
            .iter()
            .map(|b| (range(b, india.currency), short(b.typical, india.currency)))
            .collect();
        assert_eq!(got[0], ("₹4L - ₹8L".to_string(), "₹6L".to_string()));
        assert_eq!(got[3], ("₹28L - ₹55L+".to_string(), "₹38L".to_string()));
        assert_eq!(short(750_000, Currency::Inr), "₹7.5L");
    }
}
