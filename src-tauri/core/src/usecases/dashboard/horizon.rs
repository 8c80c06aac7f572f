//! The three groups of Vandaag — *te laat*, *deze week*, *binnenkort* — as a pure function of an
//! item's due date and today, so the screen, `today --json` and the CLI text group alike.
//!
//! "Deze week" is the calendar week, as a Dutch reader takes the words: from today up to and
//! including this Sunday (the same week as "Evaluatie deze week"). On a Saturday, a deadline on
//! Monday is therefore *binnenkort*. "Binnenkort" runs from next Monday up to [`HORIZON_DAYS`]
//! after today; coming deadlines later than that are not collected (they are not yet news).
//! Items without a deadline of their own (a goal without an evaluation date) go in *deze week*,
//! with a note that says why.

use super::DashboardKind;
use crate::domain::deadlines::end_of_week;
use chrono::{Days, NaiveDate as Date};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How far ahead Vandaag collects coming deadlines: six weeks.
pub const HORIZON_DAYS: u64 = 42;

/// The group an item belongs to, most urgent first (the order the screen shows them in).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Horizon {
    /// Due before today.
    Overdue,
    /// Due today up to and including this Sunday, or without a date of its own.
    ThisWeek,
    /// Due after this Sunday, up to six weeks after today.
    Soon,
}

impl Horizon {
    /// The group's name in Dutch, as the CLI prints it.
    pub fn dutch(self) -> &'static str {
        match self {
            Horizon::Overdue => "Te laat",
            Horizon::ThisWeek => "Deze week",
            Horizon::Soon => "Binnenkort",
        }
    }
}

/// Why an item without a deadline of its own is in its group.
pub const NOTE_NO_DATE: &str = "Zonder evaluatiedatum loopt er geen termijn; daarom staat dit \
     punt bij ‘deze week’: leg de datum nu vast";

/// The last day coming deadlines are collected for.
pub fn horizon_end(today: Date) -> Date {
    today
        .checked_add_days(Days::new(HORIZON_DAYS))
        .unwrap_or(today)
}

/// The group of a deadline on `due`, seen on `today`.
pub fn of(due: Date, today: Date) -> Horizon {
    if due < today {
        Horizon::Overdue
    } else if due <= end_of_week(today) {
        Horizon::ThisWeek
    } else {
        Horizon::Soon
    }
}

/// The group of an item of `kind` due on `due` (when it has a deadline), and the note that says
/// why when the group does not follow from a date.
pub fn of_item(
    kind: DashboardKind,
    due: Option<Date>,
    today: Date,
) -> (Horizon, Option<&'static str>) {
    match (kind, due) {
        (DashboardKind::EvaluationDateMissing, _) | (_, None) => {
            (Horizon::ThisWeek, Some(NOTE_NO_DATE))
        }
        (_, Some(due)) => (of(due, today), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::ymd;

    // 2026-12-02 is a Wednesday; its week ends on Sunday 2026-12-06.
    const WEDNESDAY: Date = ymd(2026, 12, 2);

    #[test]
    fn overdue_starts_the_day_after_the_due_date() {
        assert_eq!(
            of(ymd(2026, 12, 1), WEDNESDAY),
            Horizon::Overdue,
            "day before today"
        );
        assert_eq!(of(WEDNESDAY, WEDNESDAY), Horizon::ThisWeek, "due today");
        assert_eq!(
            of(ymd(2026, 12, 3), WEDNESDAY),
            Horizon::ThisWeek,
            "day after today"
        );
    }

    #[test]
    fn this_week_ends_on_sunday() {
        assert_eq!(
            of(ymd(2026, 12, 5), WEDNESDAY),
            Horizon::ThisWeek,
            "Saturday"
        );
        assert_eq!(of(ymd(2026, 12, 6), WEDNESDAY), Horizon::ThisWeek, "Sunday");
        assert_eq!(
            of(ymd(2026, 12, 7), WEDNESDAY),
            Horizon::Soon,
            "next Monday"
        );
        // On a Sunday only that day is left of the week.
        let sunday = ymd(2026, 12, 6);
        assert_eq!(of(sunday, sunday), Horizon::ThisWeek);
        assert_eq!(of(ymd(2026, 12, 7), sunday), Horizon::Soon);
    }

    #[test]
    fn the_horizon_is_six_weeks_across_a_schooljaar_boundary() {
        assert_eq!(horizon_end(WEDNESDAY), ymd(2027, 1, 13));
        assert_eq!(horizon_end(ymd(2027, 7, 20)), ymd(2027, 8, 31));
    }

    #[test]
    fn an_item_without_a_date_is_this_week_and_says_why() {
        let (group, note) = of_item(
            DashboardKind::EvaluationDateMissing,
            Some(ymd(2026, 9, 1)),
            WEDNESDAY,
        );
        assert_eq!(group, Horizon::ThisWeek);
        assert_eq!(note, Some(NOTE_NO_DATE));
        let (group, note) = of_item(
            DashboardKind::OppEvaluationDue,
            Some(ymd(2026, 9, 1)),
            WEDNESDAY,
        );
        assert_eq!((group, note), (Horizon::Overdue, None));
    }
}
