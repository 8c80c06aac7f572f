//! The verzuim clock (DOMAIN.md §11, §14), as pure functions of dates: **16 hours of ongeoorloofd
//! verzuim within 4 lesweken** must be reported to DUO's verzuimregister (Leerplichtwet art. 21a),
//! "onverwijld" — the inspectie reads that as within **five werkdagen**.
//!
//! Counting (Ibis design, said in the rule text):
//! - A *lesweek* is a Monday–Friday week of which at least one weekday is not an entered school
//!   holiday. A week that is wholly holiday (all five weekdays) is skipped: the 4 lesweken reach
//!   back past it. A week with only some holiday days (a partial holiday week, e.g. a week with
//!   Hemelvaart) counts as a whole lesweek: the law counts weeks, not days.
//! - The window is the lesweek of a day of absence and the three lesweken before it. The
//!   threshold is reached on the first day on which the ongeoorloofde hours in its window, up to
//!   and including that day, are 16 or more. The window ignores schooljaar boundaries: the
//!   summer holiday (when entered) is skipped like any other holiday week.
//! - Werkdagen are Monday–Friday (school holidays do not shift the five werkdagen: the report is
//!   an office duty, not a lesson). The day the threshold was reached is day 0.
//! - A report clears everything up to its date: only absences after the last report count again.

use crate::domain::absence::{Absence, AbsenceKind, HalfHours};
use crate::domain::school_year::HolidayCalendar;
use chrono::{Datelike, Days, NaiveDate as Date, Weekday};

/// The law behind the report.
pub const SOURCE_REPORT: &str = "Leerplichtwet 1969 art. 21a: ongeoorloofd verzuim van 16 uur \
     binnen 4 lesweken wordt gemeld bij DUO (verzuimregister); inspectie: onverwijld, binnen \
     vijf werkdagen";
/// The rule, as Vandaag prints it.
pub const RULE_REPORT: &str = "Bij 16 uur ongeoorloofd verzuim binnen 4 lesweken melden bij het \
     DUO-verzuimregister, uiterlijk vijf werkdagen (ma–vr) na de dag waarop de 16 uur is bereikt \
     (lesweek: een week die niet geheel schoolvakantie is; een week met enkele vakantiedagen telt \
     als lesweek)";

/// The threshold in half-hours (16 hours).
pub const THRESHOLD_HALF_HOURS: u32 = 32;
/// Lesweken in the window.
pub const WINDOW_LESWEKEN: usize = 4;
/// Werkdagen to report in.
pub const REPORT_WERKDAGEN: u32 = 5;

/// A report to DUO that is due (or overdue): the day the threshold was reached, the last day to
/// report, and the ongeoorloofde hours in the window on that day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportDue {
    pub reached_on: Date,
    pub deadline: Date,
    pub window_half_hours: u32,
}

impl ReportDue {
    /// After the last day to report.
    pub fn overdue(&self, today: Date) -> bool {
        today > self.deadline
    }
}

/// The Monday of the week of `date`.
pub fn monday_of(date: Date) -> Date {
    date.checked_sub_days(Days::new(u64::from(date.weekday().num_days_from_monday())))
        .unwrap_or(date)
}

/// Whether the Monday–Friday week starting on `monday` is a lesweek: not all five weekdays are
/// school holidays.
pub fn is_lesweek(monday: Date, holidays: &HolidayCalendar) -> bool {
    (0..5).any(|offset| {
        monday
            .checked_add_days(Days::new(offset))
            .is_some_and(|day| !holidays.is_holiday(day))
    })
}

/// The Mondays of the window that ends with the week of `date`: that week and the lesweken
/// before it, four lesweken in all (the week of `date` itself is always in).
fn window_start(date: Date, holidays: &HolidayCalendar) -> Date {
    let mut monday = monday_of(date);
    let mut lesweken = 1;
    let mut start = monday;
    // A year of weeks is far more than any run of holiday weeks; it bounds the loop.
    for _ in 0..52 {
        if lesweken == WINDOW_LESWEKEN {
            break;
        }
        match monday.checked_sub_days(Days::new(7)) {
            Some(previous) => monday = previous,
            None => break,
        }
        if is_lesweek(monday, holidays) {
            lesweken += 1;
            start = monday;
        }
    }
    start
}

/// The last day to report: `REPORT_WERKDAGEN` Monday–Friday days after `reached_on`.
pub fn report_deadline(reached_on: Date) -> Date {
    let mut day = reached_on;
    let mut counted = 0;
    while counted < REPORT_WERKDAGEN {
        match day.succ_opt() {
            Some(next) => day = next,
            None => return day,
        }
        if !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
            counted += 1;
        }
    }
    day
}

/// The first day (up to `today`) on which ongeoorloofd verzuim after `last_report` reached 16
/// hours within 4 lesweken, with its deadline; `None` when it has not been reached.
pub fn report_due(
    absences: &[Absence],
    last_report: Option<Date>,
    holidays: &HolidayCalendar,
    today: Date,
) -> Option<ReportDue> {
    let mut counted: Vec<(Date, HalfHours)> = absences
        .iter()
        .filter(|absence| absence.kind == AbsenceKind::Unauthorised)
        .filter(|absence| absence.date <= today)
        .filter(|absence| last_report.is_none_or(|reported| absence.date > reported))
        .map(|absence| (absence.date, absence.half_hours))
        .collect();
    counted.sort();
    let mut days: Vec<Date> = counted.iter().map(|(date, _)| *date).collect();
    days.dedup();
    days.into_iter().find_map(|day| {
        let from = window_start(day, holidays);
        let total: u32 = counted
            .iter()
            .filter(|(date, _)| *date >= from && *date <= day)
            .map(|(_, half_hours)| u32::from(*half_hours))
            .sum();
        (total >= THRESHOLD_HALF_HOURS).then(|| ReportDue {
            reached_on: day,
            deadline: report_deadline(day),
            window_half_hours: total,
        })
    })
}

/// Ongeoorloofde half-hours in the window of 4 lesweken that ends with the week of `today`
/// (after the last report): the rolling total the pupil page shows.
pub fn rolling_total(
    absences: &[Absence],
    last_report: Option<Date>,
    holidays: &HolidayCalendar,
    today: Date,
) -> u32 {
    let from = window_start(today, holidays);
    absences
        .iter()
        .filter(|absence| absence.kind == AbsenceKind::Unauthorised)
        .filter(|absence| absence.date >= from && absence.date <= today)
        .filter(|absence| last_report.is_none_or(|reported| absence.date > reported))
        .map(|absence| u32::from(absence.half_hours))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::ymd;

    fn unauthorised(date: Date, hours: u16) -> Absence {
        Absence {
            date,
            half_hours: hours * 2,
            kind: AbsenceKind::Unauthorised,
        }
    }

    // Mondays: 2026-11-02, 11-09, 11-16 (herfst-like holiday week in this test), 11-23, 11-30.
    fn holiday_week() -> HolidayCalendar {
        HolidayCalendar::new([(ymd(2026, 11, 14), ymd(2026, 11, 22))])
    }

    #[test]
    fn sixteen_hours_in_four_lesweken_with_a_holiday_week_between_are_listed() {
        // Weeks of 2 Nov, 9 Nov, (16 Nov holiday), 23 Nov, 30 Nov: five calendar weeks, four
        // lesweken. 4 hours in each.
        let absences = [
            unauthorised(ymd(2026, 11, 3), 4),
            unauthorised(ymd(2026, 11, 10), 4),
            unauthorised(ymd(2026, 11, 24), 4),
            unauthorised(ymd(2026, 12, 1), 4),
        ];
        let today = ymd(2026, 12, 2);
        let due = report_due(&absences, None, &holiday_week(), today).expect("reached");
        assert_eq!(due.reached_on, ymd(2026, 12, 1));
        // Tuesday 1 December + five werkdagen = Tuesday 8 December.
        assert_eq!(due.deadline, ymd(2026, 12, 8));
        assert_eq!(due.window_half_hours, 32);
        // Without the holiday the week of 2 November falls out of the window.
        assert_eq!(
            report_due(&absences, None, &HolidayCalendar::default(), today),
            None
        );
    }

    #[test]
    fn fifteen_and_a_half_hours_are_not_listed() {
        let mut absences = vec![
            unauthorised(ymd(2026, 11, 3), 4),
            unauthorised(ymd(2026, 11, 10), 4),
            unauthorised(ymd(2026, 11, 24), 4),
            unauthorised(ymd(2026, 12, 1), 3),
        ];
        absences.push(Absence {
            date: ymd(2026, 12, 2),
            half_hours: 1,
            kind: AbsenceKind::Unauthorised,
        });
        let today = ymd(2026, 12, 4);
        assert_eq!(report_due(&absences, None, &holiday_week(), today), None);
        assert_eq!(rolling_total(&absences, None, &holiday_week(), today), 31);
        // Geoorloofd verzuim never counts.
        absences.push(Absence {
            date: ymd(2026, 12, 3),
            half_hours: 16,
            kind: AbsenceKind::Authorised,
        });
        assert_eq!(report_due(&absences, None, &holiday_week(), today), None);
    }

    #[test]
    fn a_partial_holiday_week_counts_as_a_lesweek() {
        // Only Friday 20 November is a holiday: the week of 16 November is a lesweek, so the
        // week of 2 November is outside the window of 1 December.
        let partial = HolidayCalendar::new([(ymd(2026, 11, 20), ymd(2026, 11, 20))]);
        assert!(is_lesweek(ymd(2026, 11, 16), &partial));
        assert!(!is_lesweek(ymd(2026, 11, 16), &holiday_week()));
        let absences = [
            unauthorised(ymd(2026, 11, 3), 4),
            unauthorised(ymd(2026, 11, 10), 4),
            unauthorised(ymd(2026, 11, 24), 4),
            unauthorised(ymd(2026, 12, 1), 4),
        ];
        assert_eq!(
            report_due(&absences, None, &partial, ymd(2026, 12, 2)),
            None
        );
    }

    #[test]
    fn the_deadline_is_five_werkdagen_later_day_before_of_and_after() {
        // Reached on Thursday 26 November: Fri, Mon, Tue, Wed, Thu → Thursday 3 December.
        let absences = [
            unauthorised(ymd(2026, 11, 26), 8),
            unauthorised(ymd(2026, 11, 25), 8),
        ];
        let holidays = HolidayCalendar::default();
        let on = |today| report_due(&absences, None, &holidays, today).expect("reached");
        assert_eq!(on(ymd(2026, 12, 2)).deadline, ymd(2026, 12, 3));
        assert!(!on(ymd(2026, 12, 2)).overdue(ymd(2026, 12, 2)));
        assert!(!on(ymd(2026, 12, 3)).overdue(ymd(2026, 12, 3)));
        assert!(on(ymd(2026, 12, 4)).overdue(ymd(2026, 12, 4)));
        // Before the second day it had not been reached.
        assert_eq!(
            report_due(&absences, None, &holidays, ymd(2026, 11, 25)),
            None
        );
    }

    #[test]
    fn a_report_clears_what_came_before_it() {
        let absences = [
            unauthorised(ymd(2026, 11, 25), 8),
            unauthorised(ymd(2026, 11, 26), 8),
        ];
        let holidays = HolidayCalendar::default();
        let today = ymd(2026, 11, 30);
        assert!(report_due(&absences, None, &holidays, today).is_some());
        assert_eq!(
            report_due(&absences, Some(ymd(2026, 11, 27)), &holidays, today),
            None
        );
        assert_eq!(
            rolling_total(&absences, Some(ymd(2026, 11, 27)), &holidays, today),
            0
        );
    }

    #[test]
    fn the_window_reaches_across_the_summer_holiday_into_the_next_schooljaar() {
        // Summer holiday 2027: 17 July – 29 August. Last lesweken of 2026-2027: weeks of 28 June,
        // 5 July, 12 July; first lesweek of 2027-2028: week of 30 August.
        let summer = HolidayCalendar::new([(ymd(2027, 7, 17), ymd(2027, 8, 29))]);
        let absences = [
            unauthorised(ymd(2027, 7, 6), 8),
            unauthorised(ymd(2027, 8, 31), 8),
        ];
        let due = report_due(&absences, None, &summer, ymd(2027, 9, 1)).expect("reached");
        assert_eq!(due.reached_on, ymd(2027, 8, 31));
        assert_eq!(due.deadline, ymd(2027, 9, 7));
        // Without the summer holiday entered, the calendar weeks in between break the window.
        assert_eq!(
            report_due(
                &absences,
                None,
                &HolidayCalendar::default(),
                ymd(2027, 9, 1)
            ),
            None
        );
    }
}
