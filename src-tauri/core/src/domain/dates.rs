//! Dates as Ibis shows and stores them: ISO `jjjj-mm-dd` in storage and IPC, `dd-mm-jjjj` on
//! screen and paper (DOMAIN.md §14).

use crate::error::{Error, Result, Rule};
use time::{Date, macros::format_description};

/// Parses an ISO date (`2014-03-09`). Impossible dates (31 February) are refused.
pub fn parse_iso(field: &'static str, input: &str) -> Result<Date> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(Error::validation(field, Rule::Required));
    }
    Date::parse(trimmed, format_description!("[year]-[month]-[day]"))
        .map_err(|_| Error::validation(field, Rule::InvalidDate))
}

/// ISO form for storage and IPC.
pub fn to_iso(date: Date) -> String {
    date.format(format_description!("[year]-[month]-[day]"))
        .expect("a calendar date always formats as year-month-day")
}

/// Dutch display form, `dd-mm-jjjj`.
pub fn to_dutch(date: Date) -> String {
    date.format(format_description!("[day]-[month]-[year]"))
        .expect("a calendar date always formats as day-month-year")
}

/// Whole years between `birth` and `on` (the age on that day).
pub fn age_on(birth: Date, on: Date) -> i32 {
    let mut age = on.year() - birth.year();
    if (on.month() as u8, on.day()) < (birth.month() as u8, birth.day()) {
        age -= 1;
    }
    age
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn parses_and_refuses_impossible_dates() {
        assert_eq!(
            parse_iso("d", "2014-03-09").ok(),
            Some(date!(2014 - 03 - 09))
        );
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
    }

    #[test]
    fn age_turns_on_the_birthday_not_before() {
        let birth = date!(2016 - 11 - 23);
        assert_eq!(age_on(birth, date!(2026 - 11 - 22)), 9);
        assert_eq!(age_on(birth, date!(2026 - 11 - 23)), 10);
        assert_eq!(age_on(birth, date!(2026 - 11 - 24)), 10);
    }

    #[test]
    fn formats_dutch_and_iso() {
        assert_eq!(to_dutch(date!(2026 - 01 - 05)), "05-01-2026");
        assert_eq!(to_iso(date!(2026 - 01 - 05)), "2026-01-05");
    }
}
