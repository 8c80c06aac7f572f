//! Dashboard deadline maths, pure: which evaluations are due this week or overdue, and which
//! steps have waited longer than the template allows. Weeks are calendar weeks (Monday to
//! Sunday) for "this week". A waiting time or an evaluation date counts in **school weeks** when
//! the template says so (`waiting_counts` / `evaluation_counts = "school_weeks"`): the days of
//! the holidays the user entered do not count, so a plan made before the kerstvakantie does not
//! turn "te laat" during it. Without entered holidays a school week is a calendar week.
//! Legal termijnen (six weeks OPP, zorgplicht, bezwaar) always count calendar weeks
//! ([`WeekCount::Calendar`]); the law does not stop its clock for holidays (DOMAIN.md §14).

use crate::domain::school_year::HolidayCalendar;
use chrono::{Datelike, NaiveDate as Date, TimeDelta, Weekday};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where every Ibis-design rule says it comes from (the template adds its name and version).
pub const SOURCE_IBIS_DESIGN: &str = "Ibis-ontwerp";

/// How a termijn in weeks is counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum WeekCount {
    /// Every day counts (legal termijnen; the default).
    #[default]
    Calendar,
    /// Days of entered school holidays do not count.
    SchoolWeeks,
}

impl WeekCount {
    /// Dutch words for rule texts: how this termijn was counted with these holidays.
    pub fn dutch(self, holidays: &HolidayCalendar) -> &'static str {
        match self {
            WeekCount::Calendar => "kalenderweken",
            WeekCount::SchoolWeeks if holidays.is_empty() => {
                "schoolweken; geen schoolvakanties ingevoerd, dus geteld als kalenderweken"
            }
            WeekCount::SchoolWeeks => "schoolweken; ingevoerde schoolvakanties tellen niet mee",
        }
    }
}

/// Whether `date` counts for a termijn counted in `counting`.
fn counts(date: Date, counting: WeekCount, holidays: &HolidayCalendar) -> bool {
    match counting {
        WeekCount::Calendar => true,
        WeekCount::SchoolWeeks => !holidays.is_holiday(date),
    }
}

/// Counted days after `from` up to and including `to` (0 when `to` is not after `from`).
pub fn counted_days_between(
    from: Date,
    to: Date,
    counting: WeekCount,
    holidays: &HolidayCalendar,
) -> i64 {
    let mut day = from;
    let mut counted = 0;
    while day < to {
        day += TimeDelta::days(1);
        if counts(day, counting, holidays) {
            counted += 1;
        }
    }
    counted
}

/// The last day of a termijn of `weeks` weeks that starts on `start`: the day on which
/// `weeks × 7` counted days have passed. In school weeks, holiday days are skipped, so the
/// termijn ends later by the holiday days in between (and never on a holiday day).
pub fn add_weeks(start: Date, weeks: u8, counting: WeekCount, holidays: &HolidayCalendar) -> Date {
    let mut remaining = i64::from(weeks) * 7;
    let mut day = start;
    while remaining > 0 {
        day += TimeDelta::days(1);
        if counts(day, counting, holidays) {
            remaining -= 1;
        }
    }
    day
}

/// The first counted day on or after `date`: an evaluation planned in a holiday is due on the
/// first school day after it.
pub fn first_counted_day(date: Date, counting: WeekCount, holidays: &HolidayCalendar) -> Date {
    let mut day = date;
    while !counts(day, counting, holidays) {
        day += TimeDelta::days(1);
    }
    day
}

/// Where an evaluation date stands relative to today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvaluationDue {
    /// The (effective) date has passed; `days` counted days since.
    Overdue { due: Date, days: i64 },
    /// Today or later this calendar week; `days_left` until it (0 = today).
    ThisWeek { due: Date, days_left: i64 },
}

/// The Sunday that ends `today`'s calendar week.
pub fn end_of_week(today: Date) -> Date {
    let days_to_sunday = 6 - i64::from(today.weekday().num_days_from_monday());
    today + TimeDelta::days(days_to_sunday)
}

/// `None` when the evaluation is later than this week. In school weeks an evaluation date in a
/// holiday moves to the first day after it, and holiday days do not add to "days overdue".
pub fn evaluation_due(
    evaluation_date: Date,
    today: Date,
    counting: WeekCount,
    holidays: &HolidayCalendar,
) -> Option<EvaluationDue> {
    let due = first_counted_day(evaluation_date, counting, holidays);
    if due < today {
        return Some(EvaluationDue::Overdue {
            due,
            days: counted_days_between(due, today, counting, holidays),
        });
    }
    if due <= end_of_week(today) {
        return Some(EvaluationDue::ThisWeek {
            due,
            days_left: (due - today).num_days(),
        });
    }
    None
}

/// A step that has waited longer than its termijn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Waiting {
    /// The last day the step could stay open.
    pub due: Date,
    /// Counted days after `due`.
    pub days_late: i64,
    /// Calendar days since the step became current.
    pub days_waited: i64,
}

/// `Some` when the step, current since `since`, is still open after `weeks` weeks (counted as
/// the template says); `None` up to and including the last day.
pub fn step_waiting(
    since: Date,
    today: Date,
    weeks: u8,
    counting: WeekCount,
    holidays: &HolidayCalendar,
) -> Option<Waiting> {
    let due = add_weeks(since, weeks, counting, holidays);
    (today > due).then(|| Waiting {
        due,
        days_late: counted_days_between(due, today, counting, holidays),
        days_waited: (today - since).num_days(),
    })
}

/// Whether the date falls on a weekend (for messages that count working days later).
pub fn is_weekend(date: Date) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::ymd;

    // 2026-11-23 is a Monday; its week ends on Sunday 2026-11-29.
    const MONDAY: Date = ymd(2026, 11, 23);
    const CAL: WeekCount = WeekCount::Calendar;
    const SCHOOL: WeekCount = WeekCount::SchoolWeeks;

    fn none() -> HolidayCalendar {
        HolidayCalendar::default()
    }

    /// Herfstvakantie regio noord 2026: Saturday 17 to Sunday 25 October (9 days).
    fn autumn() -> HolidayCalendar {
        HolidayCalendar::new([(ymd(2026, 10, 17), ymd(2026, 10, 25))])
    }

    fn overdue(due: Date, days: i64) -> Option<EvaluationDue> {
        Some(EvaluationDue::Overdue { due, days })
    }

    fn this_week(due: Date, days_left: i64) -> Option<EvaluationDue> {
        Some(EvaluationDue::ThisWeek { due, days_left })
    }

    #[test]
    fn overdue_from_the_day_after_the_evaluation_date() {
        let due = ymd(2026, 11, 20);
        for counting in [CAL, SCHOOL] {
            assert_eq!(
                evaluation_due(due, ymd(2026, 11, 19), counting, &none()),
                this_week(due, 1)
            );
            assert_eq!(
                evaluation_due(due, ymd(2026, 11, 20), counting, &none()),
                this_week(due, 0)
            );
            assert_eq!(
                evaluation_due(due, ymd(2026, 11, 21), counting, &none()),
                overdue(due, 1)
            );
        }
    }

    #[test]
    fn an_evaluation_in_a_holiday_is_due_on_the_first_day_after_it_in_school_weeks() {
        let planned = ymd(2026, 10, 21); // Wednesday in the herfstvakantie
        let after = ymd(2026, 10, 26); // Monday after it
        // Calendar: overdue from 22 October, holiday or not.
        assert_eq!(
            evaluation_due(planned, ymd(2026, 10, 22), CAL, &autumn()),
            overdue(planned, 1)
        );
        // School weeks: not overdue during the holiday, due the Monday after.
        assert_eq!(
            evaluation_due(planned, ymd(2026, 10, 22), SCHOOL, &autumn()),
            None
        );
        assert_eq!(
            evaluation_due(planned, ymd(2026, 10, 25), SCHOOL, &autumn()),
            None
        );
        assert_eq!(
            evaluation_due(planned, after, SCHOOL, &autumn()),
            this_week(after, 0)
        );
        assert_eq!(
            evaluation_due(planned, ymd(2026, 10, 27), SCHOOL, &autumn()),
            overdue(after, 1)
        );
        // Without entered holidays, school weeks are calendar weeks.
        assert_eq!(
            evaluation_due(planned, ymd(2026, 10, 22), SCHOOL, &none()),
            overdue(planned, 1)
        );
    }

    #[test]
    fn holiday_days_do_not_add_to_days_overdue_in_school_weeks() {
        let planned = ymd(2026, 10, 16); // Friday before the herfstvakantie
        let monday_after = ymd(2026, 10, 26);
        assert_eq!(
            evaluation_due(planned, monday_after, CAL, &autumn()),
            overdue(planned, 10)
        );
        assert_eq!(
            evaluation_due(planned, monday_after, SCHOOL, &autumn()),
            overdue(planned, 1)
        );
    }

    #[test]
    fn this_week_ends_on_sunday() {
        assert_eq!(end_of_week(MONDAY), ymd(2026, 11, 29));
        assert_eq!(end_of_week(ymd(2026, 11, 29)), ymd(2026, 11, 29));
        let sunday = ymd(2026, 11, 29);
        let next_monday = ymd(2026, 11, 30);
        assert_eq!(
            evaluation_due(sunday, MONDAY, CAL, &none()),
            this_week(sunday, 6)
        );
        assert_eq!(
            evaluation_due(next_monday, MONDAY, CAL, &none()),
            None,
            "next Monday is next week"
        );
        assert_eq!(evaluation_due(next_monday, sunday, CAL, &none()), None);
        assert_eq!(
            evaluation_due(next_monday, next_monday, CAL, &none()),
            this_week(next_monday, 0)
        );
    }

    #[test]
    fn a_step_waits_too_long_after_its_full_weeks() {
        let since = ymd(2026, 10, 26);
        let due = ymd(2026, 11, 23);
        assert_eq!(
            step_waiting(since, ymd(2026, 11, 22), 4, CAL, &none()),
            None,
            "27 days"
        );
        assert_eq!(
            step_waiting(since, due, 4, CAL, &none()),
            None,
            "exactly 4 weeks"
        );
        assert_eq!(
            step_waiting(since, ymd(2026, 11, 24), 4, CAL, &none()),
            Some(Waiting {
                due,
                days_late: 1,
                days_waited: 29
            })
        );
        assert_eq!(
            step_waiting(since, ymd(2026, 11, 24), 4, SCHOOL, &none()),
            Some(Waiting {
                due,
                days_late: 1,
                days_waited: 29
            }),
            "no holidays entered: school weeks are calendar weeks"
        );
    }

    #[test]
    fn a_holiday_in_between_lengthens_a_school_week_termijn_by_its_days() {
        // Current since Monday 5 October; two weeks end on 19 October in calendar weeks, but the
        // nine holiday days (17–25 October) push two school weeks to 28 October.
        let since = ymd(2026, 10, 5);
        assert_eq!(add_weeks(since, 2, CAL, &autumn()), ymd(2026, 10, 19));
        let due = ymd(2026, 10, 28);
        assert_eq!(add_weeks(since, 2, SCHOOL, &autumn()), due);
        assert_eq!(
            step_waiting(since, ymd(2026, 10, 27), 2, SCHOOL, &autumn()),
            None,
            "day before"
        );
        assert_eq!(
            step_waiting(since, due, 2, SCHOOL, &autumn()),
            None,
            "last day"
        );
        assert_eq!(
            step_waiting(since, ymd(2026, 10, 29), 2, SCHOOL, &autumn()),
            Some(Waiting {
                due,
                days_late: 1,
                days_waited: 24
            }),
            "day after"
        );
        assert!(step_waiting(since, ymd(2026, 10, 20), 2, CAL, &autumn()).is_some());
    }

    #[test]
    fn legal_termijnen_in_calendar_weeks_ignore_holidays() {
        let start = ymd(2026, 10, 5);
        assert_eq!(add_weeks(start, 6, CAL, &autumn()), ymd(2026, 11, 16));
        assert_eq!(add_weeks(start, 6, CAL, &none()), ymd(2026, 11, 16));
    }

    #[test]
    fn rule_texts_say_how_weeks_were_counted() {
        assert_eq!(CAL.dutch(&autumn()), "kalenderweken");
        assert!(SCHOOL.dutch(&none()).contains("geteld als kalenderweken"));
        assert!(SCHOOL.dutch(&autumn()).contains("tellen niet mee"));
    }

    #[test]
    fn weekends() {
        assert!(!is_weekend(MONDAY));
        assert!(is_weekend(ymd(2026, 11, 28)));
    }
}
