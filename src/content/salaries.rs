//! Salary ranges per level, exactly as the 2026 seed gives them, in whole currency units per year.

/// A country the seed gives salaries for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Country {
    UnitedStates,
    India,
}

impl Country {
    pub fn name(self) -> &'static str {
        match self {
            Country::UnitedStates => "United States",
            Country::India => "India",
        }
    }
}

/// The currency a salary is stated in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Currency {
    /// US dollars, written in thousands: $77K.
    Usd,
    /// Indian rupees, written in lakh (100,000): ₹6L.
    Inr,
}

impl Currency {
    pub fn code(self) -> &'static str {
        match self {
            Currency::Usd => "USD",
            Currency::Inr => "INR",
        }
    }
}

/// One level's yearly salary range. `open_ended` means the top is a floor of the upper tail ("+").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SalaryBand {
    pub level: &'static str,
    pub years: &'static str,
    pub low: u64,
    pub typical: u64,
    pub high: u64,
    pub open_ended: bool,
}

/// A country's salary bands, lowest level first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SalaryTable {
    pub country: Country,
    pub currency: Currency,
    pub bands: &'static [SalaryBand],
}

const fn band(
    level: &'static str,
    years: &'static str,
    low: u64,
    typical: u64,
    high: u64,
) -> SalaryBand {
    SalaryBand {
        level,
        years,
        low,
        typical,
        high,
        open_ended: false,
    }
}

const fn open_band(
    level: &'static str,
    years: &'static str,
    low: u64,
    typical: u64,
    high: u64,
) -> SalaryBand {
    SalaryBand {
        open_ended: true,
        ..band(level, years, low, typical, high)
    }
}

const K: u64 = 1_000;
const LAKH: u64 = 100_000;

/// United States first, then India, as in the seed.
pub const SALARY_TABLES: &[SalaryTable] = &[
    SalaryTable {
        country: Country::UnitedStates,
        currency: Currency::Usd,
        bands: &[
            band("Entry", "0-2 yrs", 65 * K, 77 * K, 90 * K),
            band("Mid", "2-5 yrs", 90 * K, 115 * K, 140 * K),
            band("Senior", "5-8 yrs", 140 * K, 160 * K, 190 * K),
            open_band("Lead", "8+ yrs", 190 * K, 230 * K, 280 * K),
        ],
    },
    SalaryTable {
        country: Country::India,
        currency: Currency::Inr,
        bands: &[
            band("Fresher", "0-1 yr", 4 * LAKH, 6 * LAKH, 8 * LAKH),
            band("Junior", "1-3 yrs", 7 * LAKH, 10 * LAKH, 15 * LAKH),
            band("Mid", "3-5 yrs", 15 * LAKH, 20 * LAKH, 28 * LAKH),
            open_band("Senior", "5+ yrs", 28 * LAKH, 38 * LAKH, 55 * LAKH),
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_band_is_ordered_low_typical_high() {
        for t in SALARY_TABLES {
            assert_eq!(t.bands.len(), 4, "{:?}", t.country);
            for b in t.bands {
                assert!(
                    b.low <= b.typical && b.typical <= b.high,
                    "{:?} {}",
                    t.country,
                    b.level
                );
            }
            // Only the top level is open-ended.
            let open: Vec<_> = t.bands.iter().map(|b| b.open_ended).collect();
            assert_eq!(open, [false, false, false, true]);
        }
    }

    #[test]
    fn levels_rise_with_experience() {
        for t in SALARY_TABLES {
            for w in t.bands.windows(2) {
                assert!(w[0].typical < w[1].typical, "{:?}", t.country);
            }
        }
    }

    #[test]
    fn currencies_match_countries() {
        assert_eq!(SALARY_TABLES[0].currency, Currency::Usd);
        assert_eq!(SALARY_TABLES[0].country.name(), "United States");
        assert_eq!(SALARY_TABLES[1].currency, Currency::Inr);
        assert_eq!(SALARY_TABLES[1].bands[2].typical, 2_000_000);
    }
}
