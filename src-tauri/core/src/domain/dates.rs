//! Dates as Ibis shows and stores them: ISO `jjjj-mm-dd` in storage and IPC, `dd-mm-jjjj` on
//! screen and paper (DOMAIN.md §14).

use crate::error::{Error, Result, Rule};
use chrono::{Datelike, NaiveDate};

/// Parses an ISO date (`2014-03-09`): exactly four, two and two digits. Impossible dates
/// (31 February) are refused with a field error, never a panic.
pub fn parse_iso(field: &'static str, input: &str) -> Result<NaiveDate> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(Error::validation(field, Rule::Required));
    }
    let shaped = trimmed.len() == 10
        && trimmed
            .bytes()
            .enumerate()
            .all(|(index, byte)| match index {
                4 | 7 => byte == b'-',
                _ => byte.is_ascii_digit(),
            });
    if !shaped {
        return Err(Error::validation(field, Rule::InvalidDate));
    }
    NaiveDate::parse_from_str(trimmed, "%Y-%m-%d")
        .map_err(|_| Error::validation(field, Rule::InvalidDate))
}

/// ISO form for storage and IPC.
pub fn to_iso(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// Dutch display form, `dd-mm-jjjj`.
pub fn to_dutch(date: NaiveDate) -> String {
    date.format("%d-%m-%Y").to_string()
}

/// Dutch month names, January first.
const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// The Dutch name of `month` (1 = januari); empty outside 1–12.
pub fn month_name(month: u32) -> &'static str {
    usize::try_from(month)
        .ok()
        .and_then(|m| m.checked_sub(1))
        .and_then(|index| MONTHS.get(index))
        .copied()
        .unwrap_or("")
}

/// Whole years between `birth` and `on` (the age on that day).
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> i32 {
    let mut age = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        age -= 1;
    }
    age
}

/// A calendar date from numbers known to be valid (tests, fixed template dates).
#[cfg(test)]
pub(crate) const fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("test dates are valid calendar dates")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_refuses_impossible_dates() {
        assert_eq!(parse_iso("d", "2014-03-09").ok(), Some(ymd(2014, 3, 9)));
        assert!(matches!(
            parse_iso("d", "2015-02-29"),
            Err(Error::Validation {
                rule: Rule::InvalidDate,
                ..
            })
        ));
        assert!(matches!(
            parse_iso("d", " "),
            Err(Error::Validation {
                rule: Rule::Required,
                ..
            })
        ));
        assert!(parse_iso("d", "09-03-2014").is_err());
        assert!(parse_iso("d", "2014-3-9").is_err());
        assert!(parse_iso("d", "+2014-03-09").is_err());
    }

    #[test]
    fn age_turns_on_the_birthday_not_before() {
        let birth = ymd(2016, 11, 23);
        assert_eq!(age_on(birth, ymd(2026, 11, 22)), 9);
        assert_eq!(age_on(birth, ymd(2026, 11, 23)), 10);
        assert_eq!(age_on(birth, ymd(2026, 11, 24)), 10);
    }

    #[test]
    fn formats_dutch_and_iso() {
        assert_eq!(to_dutch(ymd(2026, 1, 5)), "05-01-2026");
        assert_eq!(to_iso(ymd(2026, 1, 5)), "2026-01-05");
    }
}
