//! The schooljaar (1 August – 31 July, DOMAIN.md §14) and the school's holidays in it, as the
//! user enters them in Settings. Pure rules: validation of a holiday and the calendar that
//! deadline maths asks "is this a holiday day?". Ibis does not know the holidays of a school by
//! itself (they differ per region and per school), so without entered holidays every day counts.

use crate::domain::{dates, text};
use crate::error::{Error, Result, Rule};
use chrono::{Datelike, NaiveDate as Date};

/// Longest holiday name ("Meivakantie (regio zuid)").
pub const HOLIDAY_NAME_MAX: usize = 80;

/// A schooljaar, named by the year it starts in: 2026 is "2026-2027".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct SchoolYear {
    pub start_year: i32,
}

impl SchoolYear {
    /// The schooljaar a date falls in: from 1 August on, the one starting that year.
    pub fn containing(date: Date) -> SchoolYear {
        let start_year = if date.month() >= 8 {
            date.year()
        } else {
            date.year() - 1
        };
        SchoolYear { start_year }
    }

    /// Parses "2026-2027"; the second year must follow the first.
    pub fn parse(field: &'static str, input: &str) -> Result<SchoolYear> {
        let invalid = || Error::validation(field, Rule::InvalidSchoolYear);
        let (first, second) = input.trim().split_once('-').ok_or_else(invalid)?;
        let first: i32 = first.parse().map_err(|_| invalid())?;
        let second: i32 = second.parse().map_err(|_| invalid())?;
        if second != first + 1 || !(2000..=2100).contains(&first) {
            return Err(invalid());
        }
        Ok(SchoolYear { start_year: first })
    }

    /// "2026-2027".
    pub fn label(self) -> String {
        format!("{}-{}", self.start_year, self.start_year + 1)
    }

    /// 1 August.
    #[expect(
        clippy::expect_used,
        reason = "1 August exists in every year chrono can represent"
    )]
    pub fn first_day(self) -> Date {
        Date::from_ymd_opt(self.start_year, 8, 1).expect("1 August exists in every year")
    }

    /// 31 July of the next year.
    #[expect(
        clippy::expect_used,
        reason = "31 July exists in every year chrono can represent"
    )]
    pub fn last_day(self) -> Date {
        Date::from_ymd_opt(self.start_year + 1, 7, 31).expect("31 July exists in every year")
    }

    pub fn contains(self, date: Date) -> bool {
        (self.first_day()..=self.last_day()).contains(&date)
    }
}

/// A holiday as typed in Settings (ISO date strings from the wire).
#[derive(Debug, Clone, Copy)]
pub struct HolidayDraft<'a> {
    pub school_year: &'a str,
    pub name: &'a str,
    pub first_day: &'a str,
    pub last_day: &'a str,
}

/// A validated holiday: both days inclusive, inside its schooljaar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holiday {
    pub school_year: SchoolYear,
    pub name: String,
    pub first_day: Date,
    pub last_day: Date,
}

/// Checks a holiday: a name, real dates, last day not before the first, both inside the
/// schooljaar (a kerstvakantie that runs into January belongs to the year it started in).
pub fn validate_holiday(draft: &HolidayDraft<'_>) -> Result<Holiday> {
    let school_year = SchoolYear::parse("schoolYear", draft.school_year)?;
    let name = text::required_line("name", draft.name, HOLIDAY_NAME_MAX)?;
    let first_day = dates::parse_iso("firstDay", draft.first_day)?;
    let last_day = dates::parse_iso("lastDay", draft.last_day)?;
    if !school_year.contains(first_day) {
        return Err(Error::validation("firstDay", Rule::OutsideSchoolYear));
    }
    if last_day < first_day {
        return Err(Error::validation("lastDay", Rule::DateBeforeStart));
    }
    if !school_year.contains(last_day) {
        return Err(Error::validation("lastDay", Rule::OutsideSchoolYear));
    }
    Ok(Holiday {
        school_year,
        name,
        first_day,
        last_day,
    })
}

/// The days on which school is out, as far as the user entered them. Empty: every day counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HolidayCalendar {
    /// Inclusive (first, last) ranges; may overlap.
    ranges: Vec<(Date, Date)>,
}

impl HolidayCalendar {
    pub fn new(ranges: impl IntoIterator<Item = (Date, Date)>) -> Self {
        HolidayCalendar {
            ranges: ranges.into_iter().collect(),
        }
    }

    /// Whether the user entered any holiday at all.
    pub fn is_empty(&self) -> bool {
        self.ranges.is_empty()
    }

    pub fn is_holiday(&self, date: Date) -> bool {
        self.ranges
            .iter()
            .any(|(first, last)| (*first..=*last).contains(&date))
    }

    /// Whether any entered holiday lies (partly) in the schooljaar.
    pub fn covers(&self, year: SchoolYear) -> bool {
        self.ranges
            .iter()
            .any(|(first, last)| *first <= year.last_day() && *last >= year.first_day())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::ymd;

    fn draft<'a>(first: &'a str, last: &'a str) -> HolidayDraft<'a> {
        HolidayDraft {
            school_year: "2026-2027",
            name: "Kerstvakantie",
            first_day: first,
            last_day: last,
        }
    }

    fn rule_of(result: Result<Holiday>) -> Option<(&'static str, Rule)> {
        match result {
            Err(Error::Validation { field, rule }) => Some((field, rule)),
            _ => None,
        }
    }

    #[test]
    fn the_school_year_turns_on_1_august() {
        assert_eq!(
            SchoolYear::containing(ymd(2027, 7, 31)).label(),
            "2026-2027"
        );
        assert_eq!(SchoolYear::containing(ymd(2027, 8, 1)).label(), "2027-2028");
        assert_eq!(SchoolYear::containing(ymd(2026, 12, 24)).start_year, 2026);
    }

    #[test]
    fn a_school_year_is_two_consecutive_years() {
        assert!(SchoolYear::parse("y", "2026-2027").is_ok());
        for wrong in ["2026-2028", "2026", "26-27", "abcd-efgh", ""] {
            assert_eq!(
                SchoolYear::parse("y", wrong).err().map(|e| e.to_string()),
                Some("field y breaks rule invalid_school_year".to_owned()),
                "{wrong}"
            );
        }
    }

    #[test]
    fn a_holiday_across_new_year_belongs_to_its_school_year() {
        let holiday = validate_holiday(&draft("2026-12-19", "2027-01-03")).expect("valid");
        assert_eq!(holiday.first_day, ymd(2026, 12, 19));
        assert_eq!(holiday.name, "Kerstvakantie");
    }

    #[test]
    fn the_last_day_may_be_the_first_but_not_before_it() {
        assert!(validate_holiday(&draft("2026-12-19", "2026-12-19")).is_ok());
        assert_eq!(
            rule_of(validate_holiday(&draft("2026-12-19", "2026-12-18"))),
            Some(("lastDay", Rule::DateBeforeStart))
        );
    }

    #[test]
    fn both_days_lie_inside_the_school_year() {
        assert!(validate_holiday(&draft("2026-08-01", "2027-07-31")).is_ok());
        assert_eq!(
            rule_of(validate_holiday(&draft("2026-07-31", "2026-08-10"))),
            Some(("firstDay", Rule::OutsideSchoolYear))
        );
        assert_eq!(
            rule_of(validate_holiday(&draft("2027-07-20", "2027-08-01"))),
            Some(("lastDay", Rule::OutsideSchoolYear))
        );
    }

    #[test]
    fn a_name_and_real_dates_are_required() {
        let mut nameless = draft("2026-12-19", "2027-01-03");
        nameless.name = "  ";
        assert_eq!(
            rule_of(validate_holiday(&nameless)),
            Some(("name", Rule::Required))
        );
        assert_eq!(
            rule_of(validate_holiday(&draft("2026-02-30", "2027-01-03"))),
            Some(("firstDay", Rule::InvalidDate))
        );
    }

    #[test]
    fn the_calendar_knows_its_days_inclusive() {
        let calendar = HolidayCalendar::new([(ymd(2026, 10, 17), ymd(2026, 10, 25))]);
        assert!(!calendar.is_holiday(ymd(2026, 10, 16)));
        assert!(calendar.is_holiday(ymd(2026, 10, 17)));
        assert!(calendar.is_holiday(ymd(2026, 10, 25)));
        assert!(!calendar.is_holiday(ymd(2026, 10, 26)));
        assert!(calendar.covers(SchoolYear { start_year: 2026 }));
        assert!(!calendar.covers(SchoolYear { start_year: 2027 }));
        assert!(HolidayCalendar::default().is_empty());
    }
}
