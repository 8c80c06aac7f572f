//! The TLV's dates, as pure functions (DOMAIN.md §8, §14): the einddatum (always 31 July), the
//! bezwaar termijn of six weeks after the decision, the SWV's decision on a bezwaar, and the
//! renewal and ending reminders whose weeks come from the template. Legal termijnen count
//! calendar days; one ending on a weekend or feestdag runs on to the next working day
//! (Algemene termijnenwet, [`legal_days`]). The last day of a termijn is still in time.

use crate::domain::legal_days;
use crate::domain::school_year::SchoolYear;
use chrono::{Datelike, Days, NaiveDate as Date};

/// The law behind the einddatum.
pub const SOURCE_END: &str = "BRON: ‘Datum einde toelaatbaarheidsverklaring … is altijd \
     31-07-EEJJ’; WEC art. 40 lid 15; WPO art. 40 lid 8";
/// How Ibis computes the einddatum.
pub const RULE_END: &str = "Een TLV geldt voor hele schooljaren en eindigt altijd op 31 juli; \
     begint hij na augustus, dan komt de rest van dat schooljaar erbij (Ibis-ontwerp)";

/// The law behind the bezwaar termijn.
pub const SOURCE_OBJECTION: &str = "WPO art. 18a lid 12, WVO art. 17a lid 13; Awb art. 6:7 en \
     6:8 (zes weken, vanaf de dag na het besluit); Algemene termijnenwet art. 1";
/// The bezwaar rule, as Vandaag prints it.
pub const RULE_OBJECTION: &str = "Bezwaar tegen het besluit op de TLV-aanvraag kan tot zes \
     weken na de datum van het besluit, bij het samenwerkingsverband";

/// The law behind the decision on a bezwaar.
pub const SOURCE_OBJECTION_DECISION: &str = "Awb art. 7:10 lid 1 en 3 (met een adviescommissie \
     als de Landelijke Bezwaaradviescommissie: twaalf weken na afloop van de bezwaartermijn, \
     eenmaal met zes weken te verdagen); WPO art. 18a lid 12";
/// The rule for the decision on a bezwaar.
pub const RULE_OBJECTION_DECISION: &str = "Het samenwerkingsverband beslist op het bezwaar \
     binnen twaalf weken na afloop van de bezwaartermijn (eenmaal met zes weken te verdagen)";

/// The rule for a renewal; the source is the template (the SWV sets its own date).
pub const RULE_RENEWAL: &str = "Een verlenging van de TLV aanvragen vóór de datum die het \
     samenwerkingsverband stelt";
/// The rule for a TLV that ends.
pub const RULE_ENDING: &str = "De TLV loopt af op 31 juli; zonder nieuwe TLV kan de leerling \
     daarna niet op deze school voor speciaal (basis)onderwijs blijven";

/// Six weeks in days.
const SIX_WEEKS: u64 = 42;
/// Twelve weeks in days.
const TWELVE_WEEKS: u64 = 84;

/// The einddatum of a TLV that starts on `starts_on` for `school_years` whole school years: 31
/// July of the last one. A start in August (the summer holiday and the first school weeks)
/// counts that schooljaar as the first; a later start adds the rest of that schooljaar, so a TLV
/// granted in March for one year runs until 31 July of the next schooljaar.
pub fn end_date(starts_on: Date, school_years: u8) -> Date {
    let first = SchoolYear::containing(starts_on);
    let mid_year = starts_on.month() != 8;
    let extra = i32::from(school_years.max(1)) - 1 + i32::from(mid_year);
    SchoolYear {
        start_year: first.start_year + extra,
    }
    .last_day()
}

/// The last day to file a bezwaar: six weeks after the decision date (Awb 6:8: the termijn
/// starts the day after), moved past a weekend or feestdag (Atw art. 1).
pub fn objection_deadline(decided_on: Date) -> Date {
    legal_days::termijn_end(add_days(decided_on, SIX_WEEKS))
}

/// The last day for the SWV's decision on a bezwaar: twelve weeks after the bezwaar termijn
/// ended (Awb 7:10 lid 1, with an advisory committee).
pub fn objection_decision_due(decided_on: Date) -> Date {
    legal_days::termijn_end(add_days(objection_deadline(decided_on), TWELVE_WEEKS))
}

/// The renewal deadline of a TLV ending on `ends_on`: the template's day and month, the last
/// time it falls on or before the einddatum (15 April for a TLV ending 31 July).
pub fn renewal_deadline(ends_on: Date, month: u32, day: u32) -> Option<Date> {
    let this_year = Date::from_ymd_opt(ends_on.year(), month, day)?;
    if this_year <= ends_on {
        Some(this_year)
    } else {
        Date::from_ymd_opt(ends_on.year() - 1, month, day)
    }
}

/// Whether a reminder for `due` shows on `today`: from `weeks` before it, and (for a renewal)
/// after it until `until`.
pub fn in_window(due: Date, weeks: u8, today: Date, until: Date) -> bool {
    let from = due
        .checked_sub_days(Days::new(u64::from(weeks) * 7))
        .unwrap_or(Date::MIN);
    today >= from && today <= until
}

fn add_days(date: Date, days: u64) -> Date {
    date.checked_add_days(Days::new(days)).unwrap_or(Date::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::ymd;

    /// A date as (year, month, day).
    type Ymd = (i32, u32, u32);

    /// (begin, whole school years, einddatum): always 31 July.
    const END_DATES: &[(Ymd, u8, Ymd)] = &[
        ((2026, 8, 1), 1, (2027, 7, 31)),  // first day of the schooljaar
        ((2026, 8, 24), 1, (2027, 7, 31)), // first school day
        ((2026, 8, 31), 1, (2027, 7, 31)), // last day of August
        ((2026, 9, 1), 1, (2028, 7, 31)),  // the day after: rest of the year added
        ((2027, 3, 15), 1, (2028, 7, 31)), // granted in March
        ((2027, 3, 15), 2, (2029, 7, 31)),
        ((2026, 8, 1), 3, (2029, 7, 31)),
        ((2027, 7, 31), 1, (2028, 7, 31)), // last day of a schooljaar
        ((2027, 1, 4), 1, (2028, 7, 31)),  // after the Christmas holiday
    ];

    #[test]
    fn the_einddatum_is_31_july_in_every_case() {
        for ((y, m, d), years, (ey, em, ed)) in END_DATES {
            let end = end_date(ymd(*y, *m, *d), *years);
            assert_eq!(end, ymd(*ey, *em, *ed), "{y}-{m}-{d} for {years} year(s)");
            assert_eq!((end.month(), end.day()), (7, 31));
        }
    }

    #[test]
    fn bezwaar_six_weeks_after_the_decision() {
        // Decision Tuesday 1 December 2026: six weeks end Tuesday 12 January 2027.
        assert_eq!(objection_deadline(ymd(2026, 12, 1)), ymd(2027, 1, 12));
        // Decision Saturday 14 November 2026 → Saturday 26 December (Kerst, weekend) → Monday 28.
        assert_eq!(objection_deadline(ymd(2026, 11, 14)), ymd(2026, 12, 28));
        // Decision 17 March 2027 → 28 April 2027 (Wednesday; Koningsdag is the 27th).
        assert_eq!(objection_deadline(ymd(2027, 3, 17)), ymd(2027, 4, 28));
        // Decision 16 March 2027 → Tuesday 27 April, Koningsdag → Wednesday 28 April.
        assert_eq!(objection_deadline(ymd(2027, 3, 16)), ymd(2027, 4, 28));
    }

    #[test]
    fn the_swv_decides_twelve_weeks_after_the_bezwaar_termijn() {
        // Termijn ends 12 January 2027; twelve weeks later: Tuesday 6 April 2027.
        assert_eq!(objection_decision_due(ymd(2026, 12, 1)), ymd(2027, 4, 6));
    }

    #[test]
    fn renewal_by_the_template_date_before_the_end() {
        let end = ymd(2027, 7, 31);
        assert_eq!(renewal_deadline(end, 4, 15), Some(ymd(2027, 4, 15)));
        // A SWV asking by 1 October wants it the autumn before.
        assert_eq!(renewal_deadline(end, 10, 1), Some(ymd(2026, 10, 1)));
        assert_eq!(renewal_deadline(end, 2, 30), None);
    }

    #[test]
    fn a_reminder_window_day_before_of_and_after() {
        let due = ymd(2027, 4, 15);
        let until = ymd(2027, 7, 31);
        // Eight weeks before 15 April: 18 February.
        assert!(!in_window(due, 8, ymd(2027, 2, 17), until));
        assert!(in_window(due, 8, ymd(2027, 2, 18), until));
        assert!(in_window(due, 8, ymd(2027, 7, 31), until));
        assert!(!in_window(due, 8, ymd(2027, 8, 1), until));
    }
}
