//! Dashboard deadline maths, pure: which evaluations are due this week or overdue, and which
//! steps have waited longer than the template allows. Weeks are calendar weeks (Monday to
//! Sunday); school holidays are not modelled (DOMAIN.md §14).

use chrono::{Datelike, NaiveDate as Date, TimeDelta, Weekday};

/// Where an evaluation date stands relative to today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvaluationDue {
    /// The date has passed; `days` since.
    Overdue { days: i64 },
    /// Today or later this calendar week; `days_left` until it (0 = today).
    ThisWeek { days_left: i64 },
}

/// The Sunday that ends `today`'s calendar week.
pub fn end_of_week(today: Date) -> Date {
    let days_to_sunday = 6 - i64::from(today.weekday().num_days_from_monday());
    today + TimeDelta::days(days_to_sunday)
}

/// `None` when the evaluation is later than this week.
pub fn evaluation_due(evaluation_date: Date, today: Date) -> Option<EvaluationDue> {
    if evaluation_date < today {
        return Some(EvaluationDue::Overdue {
            days: (today - evaluation_date).num_days(),
        });
    }
    if evaluation_date <= end_of_week(today) {
        return Some(EvaluationDue::ThisWeek {
            days_left: (evaluation_date - today).num_days(),
        });
    }
    None
}

/// Days a step has waited, when that is more than `weeks` full weeks; `None` otherwise.
pub fn step_waiting(since: Date, today: Date, weeks: u8) -> Option<i64> {
    let waited = (today - since).num_days();
    (waited > i64::from(weeks) * 7).then_some(waited)
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

    #[test]
    fn overdue_from_the_day_after_the_evaluation_date() {
        let due = ymd(2026, 11, 20);
        assert_eq!(
            evaluation_due(due, ymd(2026, 11, 19)),
            Some(EvaluationDue::ThisWeek { days_left: 1 })
        );
        assert_eq!(
            evaluation_due(due, ymd(2026, 11, 20)),
            Some(EvaluationDue::ThisWeek { days_left: 0 })
        );
        assert_eq!(
            evaluation_due(due, ymd(2026, 11, 21)),
            Some(EvaluationDue::Overdue { days: 1 })
        );
    }

    #[test]
    fn this_week_ends_on_sunday() {
        assert_eq!(end_of_week(MONDAY), ymd(2026, 11, 29));
        assert_eq!(end_of_week(ymd(2026, 11, 29)), ymd(2026, 11, 29));
        assert_eq!(
            evaluation_due(ymd(2026, 11, 29), MONDAY),
            Some(EvaluationDue::ThisWeek { days_left: 6 })
        );
        assert_eq!(
            evaluation_due(ymd(2026, 11, 30), MONDAY),
            None,
            "next Monday is next week"
        );
        // On Sunday, next Monday is still next week; on that Monday it is due today.
        assert_eq!(evaluation_due(ymd(2026, 11, 30), ymd(2026, 11, 29)), None);
        assert_eq!(
            evaluation_due(ymd(2026, 11, 30), ymd(2026, 11, 30)),
            Some(EvaluationDue::ThisWeek { days_left: 0 })
        );
    }

    #[test]
    fn a_step_waits_too_long_after_its_full_weeks() {
        let since = ymd(2026, 10, 26);
        assert_eq!(step_waiting(since, ymd(2026, 11, 22), 4), None, "27 days");
        assert_eq!(
            step_waiting(since, ymd(2026, 11, 23), 4),
            None,
            "exactly 4 weeks"
        );
        assert_eq!(step_waiting(since, ymd(2026, 11, 24), 4), Some(29));
    }

    #[test]
    fn weekends() {
        assert!(!is_weekend(MONDAY));
        assert!(is_weekend(ymd(2026, 11, 28)));
    }
}
