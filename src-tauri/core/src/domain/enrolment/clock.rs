//! The aanmelding's legal clocks, as pure functions of dates (DOMAIN.md §9, §14): the school
//! decides within six calendar weeks of receiving the written aanmelding, may extend that once
//! by at most four weeks, and a pupil without a decision after ten weeks is tijdelijk geplaatst.
//! Legal termijnen count calendar days (school holidays do not stop them); each deadline's last
//! day is still in time.

use chrono::{Days, NaiveDate as Date};

/// The law behind the six weeks and the one extension.
pub const SOURCE_DECISION: &str = "WPO art. 40 lid 6, WVO art. 27 lid 2e, WEC art. 40 lid 7: \
     het bevoegd gezag beslist uiterlijk zes weken na ontvangst van de schriftelijke aanmelding \
     en kan die termijn eenmaal met ten hoogste vier weken verlengen";
/// The decision rule, as Vandaag prints it.
pub const RULE_DECISION: &str = "De school beslist uiterlijk zes weken na ontvangst van de \
     schriftelijke aanmelding (eenmaal te verlengen met ten hoogste vier weken)";

/// The law behind tijdelijke plaatsing.
pub const SOURCE_TEMPORARY_PLACEMENT: &str = "WPO art. 40 lid 7 (WVO art. 27 lid 2f, WEC art. \
     40 lid 8): is na tien weken niet beslist, dan wordt de leerling tijdelijk geplaatst";
/// The tijdelijke-plaatsing rule, as Vandaag prints it.
pub const RULE_TEMPORARY_PLACEMENT: &str = "Zonder besluit tien weken na ontvangst van de \
     aanmelding is de leerling tijdelijk geplaatst, tot de school beslist (tenzij de leerling \
     elders is ingeschreven)";

/// Days in the six weeks.
const SIX_WEEKS: u64 = 42;
/// Days in the four weeks an extension may add.
const FOUR_WEEKS: u64 = 28;
/// How many days before its deadline a decision is listed on Vandaag (Ibis design).
pub const WARNING_DAYS: u64 = 7;

/// The last day of the original termijn: six calendar weeks after receipt.
pub fn decision_deadline(received_on: Date) -> Date {
    add_days(received_on, SIX_WEEKS)
}

/// The latest new decision date an extension may set: four weeks after the original deadline
/// (ten weeks after receipt).
pub fn latest_extended_deadline(received_on: Date) -> Date {
    add_days(decision_deadline(received_on), FOUR_WEEKS)
}

/// The deadline in force: the extension's new date when there is one, else six weeks.
pub fn current_deadline(received_on: Date, extended_to: Option<Date>) -> Date {
    extended_to.unwrap_or_else(|| decision_deadline(received_on))
}

/// Whether an extension may set `new_date`: after the original deadline and at most four weeks
/// after it.
pub fn extension_date_allowed(received_on: Date, new_date: Date) -> bool {
    new_date > decision_deadline(received_on) && new_date <= latest_extended_deadline(received_on)
}

/// The first day the pupil counts as tijdelijk geplaatst: the day after the ten weeks.
pub fn temporary_placement_from(received_on: Date) -> Date {
    add_days(latest_extended_deadline(received_on), 1)
}

/// Whether the pupil is tijdelijk geplaatst on `today`: ten weeks have passed and no decision
/// was taken by then (a later decision ends the placement as of its date).
pub fn temporarily_placed(received_on: Date, decided_on: Option<Date>, today: Date) -> bool {
    let from = temporary_placement_from(received_on);
    today >= from && decided_on.is_none_or(|decided| decided >= from && decided > today)
}

/// Where an open aanmelding stands on `today`, for Vandaag and the pupil page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecisionClock {
    /// More than [`WARNING_DAYS`] before the deadline: nothing to list.
    Running,
    /// Within the week before the deadline, or on it.
    DueSoon,
    /// Past the deadline in force, not yet ten weeks.
    Overdue,
    /// Past ten weeks: tijdelijk geplaatst.
    TemporarilyPlaced,
}

/// The state of an undecided aanmelding's clock.
pub fn decision_clock(received_on: Date, extended_to: Option<Date>, today: Date) -> DecisionClock {
    let deadline = current_deadline(received_on, extended_to);
    if temporarily_placed(received_on, None, today) {
        DecisionClock::TemporarilyPlaced
    } else if today > deadline {
        DecisionClock::Overdue
    } else if today >= deadline - Days::new(WARNING_DAYS) {
        DecisionClock::DueSoon
    } else {
        DecisionClock::Running
    }
}

fn add_days(date: Date, days: u64) -> Date {
    date.checked_add_days(Days::new(days)).unwrap_or(Date::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::ymd;

    const RECEIVED: fn() -> Date = || ymd(2026, 9, 1);

    #[test]
    fn six_weeks_end_on_the_same_weekday_six_weeks_later() {
        assert_eq!(decision_deadline(RECEIVED()), ymd(2026, 10, 13));
        assert_eq!(latest_extended_deadline(RECEIVED()), ymd(2026, 11, 10));
        assert_eq!(temporary_placement_from(RECEIVED()), ymd(2026, 11, 11));
    }

    #[test]
    fn due_soon_from_a_week_before_overdue_the_day_after() {
        let received = RECEIVED();
        // Week before the deadline (13 October): 6 October.
        assert_eq!(
            decision_clock(received, None, ymd(2026, 10, 5)),
            DecisionClock::Running
        );
        assert_eq!(
            decision_clock(received, None, ymd(2026, 10, 6)),
            DecisionClock::DueSoon
        );
        assert_eq!(
            decision_clock(received, None, ymd(2026, 10, 13)),
            DecisionClock::DueSoon
        );
        assert_eq!(
            decision_clock(received, None, ymd(2026, 10, 14)),
            DecisionClock::Overdue
        );
    }

    #[test]
    fn an_extension_moves_the_deadline() {
        let received = RECEIVED();
        let extended = Some(ymd(2026, 11, 3));
        assert_eq!(
            decision_clock(received, extended, ymd(2026, 10, 14)),
            DecisionClock::Running
        );
        assert_eq!(
            decision_clock(received, extended, ymd(2026, 11, 3)),
            DecisionClock::DueSoon
        );
        assert_eq!(
            decision_clock(received, extended, ymd(2026, 11, 4)),
            DecisionClock::Overdue
        );
    }

    #[test]
    fn an_extension_may_add_at_most_four_weeks() {
        let received = RECEIVED();
        assert!(!extension_date_allowed(received, ymd(2026, 10, 13)));
        assert!(extension_date_allowed(received, ymd(2026, 10, 14)));
        assert!(extension_date_allowed(received, ymd(2026, 11, 9)));
        assert!(extension_date_allowed(received, ymd(2026, 11, 10)));
        assert!(!extension_date_allowed(received, ymd(2026, 11, 11)));
    }

    #[test]
    fn tijdelijke_plaatsing_the_day_after_ten_weeks() {
        let received = RECEIVED();
        assert!(!temporarily_placed(received, None, ymd(2026, 11, 10)));
        assert!(temporarily_placed(received, None, ymd(2026, 11, 11)));
        assert!(temporarily_placed(received, None, ymd(2026, 11, 12)));
        assert_eq!(
            decision_clock(received, Some(ymd(2026, 11, 10)), ymd(2026, 11, 11)),
            DecisionClock::TemporarilyPlaced
        );
    }

    #[test]
    fn a_decision_in_time_prevents_placement_a_late_one_ends_it() {
        let received = RECEIVED();
        let today = ymd(2026, 12, 1);
        assert!(!temporarily_placed(
            received,
            Some(ymd(2026, 11, 10)),
            today
        ));
        assert!(temporarily_placed(received, Some(ymd(2026, 12, 2)), today));
        assert!(!temporarily_placed(received, Some(ymd(2026, 12, 1)), today));
    }

    #[test]
    fn the_clock_runs_across_the_schooljaar_boundary_and_the_summer() {
        // Received 1 July 2026: six weeks end 12 August in the next schooljaar, holidays count.
        let received = ymd(2026, 7, 1);
        assert_eq!(decision_deadline(received), ymd(2026, 8, 12));
        assert_eq!(
            decision_clock(received, None, ymd(2026, 8, 11)),
            DecisionClock::DueSoon
        );
        assert_eq!(
            decision_clock(received, None, ymd(2026, 8, 12)),
            DecisionClock::DueSoon
        );
        assert_eq!(
            decision_clock(received, None, ymd(2026, 8, 13)),
            DecisionClock::Overdue
        );
        // Received 21 May 2026: ten weeks end 30 July, placement from 31 July / 1 August.
        let received = ymd(2026, 5, 21);
        assert!(!temporarily_placed(received, None, ymd(2026, 7, 30)));
        assert!(temporarily_placed(received, None, ymd(2026, 7, 31)));
        assert!(temporarily_placed(received, None, ymd(2026, 8, 1)));
    }
}
