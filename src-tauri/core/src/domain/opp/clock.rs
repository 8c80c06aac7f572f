//! The OPP's legal clocks, as pure functions of dates (DOMAIN.md §7, §14): vaststellen within six
//! weeks of the clock start, evaluation with the parents at least once per schooljaar, and (Ibis
//! design, the template's number of weeks) instemming still open after vaststellen. Legal
//! termijnen count calendar days; each deadline's last day is still in time.

use crate::domain::school_year::SchoolYear;
use chrono::{Days, NaiveDate as Date};

/// The law behind the six weeks.
pub const SOURCE_ESTABLISH: &str = "WPO art. 40a lid 2, WVO art. 26 lid 2, WEC art. 41a lid 2: \
     het ontwikkelingsperspectief wordt zo spoedig mogelijk, doch uiterlijk binnen zes weken \
     vastgesteld";
/// The rule, as Vandaag prints it.
pub const RULE_ESTABLISH: &str = "Het OPP wordt uiterlijk zes weken na de start van de termijn \
     (inschrijving of besluit tot extra ondersteuning) vastgesteld";

/// The law behind the yearly evaluation.
pub const SOURCE_EVALUATION: &str = "WPO art. 40a lid 3, WVO art. 26 lid 3, WEC art. 41a lid 3: \
     het ontwikkelingsperspectief wordt ten minste eenmaal per schooljaar met de ouders \
     geëvalueerd";
pub const RULE_EVALUATION: &str = "Het OPP wordt minstens eens per schooljaar met de ouders \
     geëvalueerd (uiterlijk 31 juli van het schooljaar na de vorige vaststelling of evaluatie)";

/// The law behind instemming, and the template's number of weeks.
pub const SOURCE_CONSENT: &str = "WPO art. 40a lid 2, WVO art. 26 lid 2, WEC art. 41a lid 2 \
     (instemming ouders met het handelingsdeel, Kamerstuk 34446); termijn: Ibis-ontwerp, sjabloon";

/// Days in the six weeks.
const SIX_WEEKS: u64 = 42;

/// The last day the OPP may be vastgesteld: six calendar weeks after the clock start.
pub fn establish_deadline(clock_start: Date) -> Date {
    add_days(clock_start, SIX_WEEKS)
}

/// The deadline, when it has passed (`today` is after it) and the OPP has not been vastgesteld
/// by today. On the deadline itself the OPP is still in time.
pub fn establish_overdue(
    clock_start: Date,
    first_established: Option<Date>,
    today: Date,
) -> Option<Date> {
    let deadline = establish_deadline(clock_start);
    if today <= deadline || first_established.is_some_and(|day| day <= today) {
        return None;
    }
    Some(deadline)
}

/// The last day of the next evaluation: 31 July of the schooljaar after the one in which the plan
/// was last vastgesteld or evaluated. A plan set in May 2026 (schooljaar 2025-2026) is
/// evaluated by 31 July 2027 at the latest; an evaluation in September 2026 moves that to
/// 31 July 2028. (Ibis design: the law says "eenmaal per schooljaar"; the vaststelling counts
/// for the schooljaar it falls in.)
pub fn evaluation_deadline(last_established_or_evaluated: Date) -> Date {
    let year = SchoolYear::containing(last_established_or_evaluated);
    SchoolYear::containing(add_days(year.last_day(), 1)).last_day()
}

/// The evaluation deadline, when it should be on Vandaag: from `warning_weeks` before the
/// deadline on, and after it until an evaluation is recorded. `None` while it is further away.
pub fn evaluation_listed(
    last_established_or_evaluated: Date,
    warning_weeks: u8,
    today: Date,
) -> Option<Date> {
    let deadline = evaluation_deadline(last_established_or_evaluated);
    let listed_from = deadline
        .checked_sub_days(Days::new(u64::from(warning_weeks) * 7))
        .unwrap_or(deadline);
    (today >= listed_from).then_some(deadline)
}

/// The last day to have an answer on the handelingsdeel: `weeks` after it was vastgesteld.
pub fn consent_deadline(established_on: Date, weeks: u8) -> Date {
    add_days(established_on, u64::from(weeks) * 7)
}

/// The deadline, when instemming is still open (not decided) after it.
pub fn consent_overdue(
    established_on: Date,
    weeks: u8,
    decided: bool,
    today: Date,
) -> Option<Date> {
    let deadline = consent_deadline(established_on, weeks);
    (!decided && today > deadline).then_some(deadline)
}

fn add_days(date: Date, days: u64) -> Date {
    date.checked_add_days(Days::new(days)).unwrap_or(Date::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::ymd;

    #[test]
    fn six_weeks_after_the_clock_start_is_still_in_time() {
        let start = ymd(2026, 10, 19);
        assert_eq!(establish_deadline(start), ymd(2026, 11, 30));
        // Day before the deadline, the deadline itself: in time.
        assert_eq!(establish_overdue(start, None, ymd(2026, 11, 29)), None);
        assert_eq!(establish_overdue(start, None, ymd(2026, 11, 30)), None);
        // Day after: overdue, since the deadline.
        assert_eq!(
            establish_overdue(start, None, ymd(2026, 12, 1)),
            Some(ymd(2026, 11, 30))
        );
        // Vastgesteld (late or not) settles it.
        assert_eq!(
            establish_overdue(start, Some(ymd(2026, 12, 1)), ymd(2026, 12, 2)),
            None
        );
        // A vaststelling dated in the future does not count yet.
        assert_eq!(
            establish_overdue(start, Some(ymd(2026, 12, 5)), ymd(2026, 12, 2)),
            Some(ymd(2026, 11, 30))
        );
    }

    #[test]
    fn evaluation_is_due_by_the_end_of_the_next_schooljaar() {
        // Set in May 2026 (2025-2026): evaluate by 31 July 2027.
        assert_eq!(evaluation_deadline(ymd(2026, 5, 12)), ymd(2027, 7, 31));
        // Set on the first day of 2026-2027: by the end of 2027-2028.
        assert_eq!(evaluation_deadline(ymd(2026, 8, 1)), ymd(2028, 7, 31));
        // The last day of a schooljaar belongs to it.
        assert_eq!(evaluation_deadline(ymd(2026, 7, 31)), ymd(2027, 7, 31));
    }

    #[test]
    fn evaluation_is_listed_from_the_warning_weeks_and_stays_until_done() {
        let set = ymd(2026, 5, 12);
        // Deadline 31-07-2027; six weeks before is 19-06-2027.
        assert_eq!(evaluation_listed(set, 6, ymd(2027, 6, 18)), None);
        assert_eq!(
            evaluation_listed(set, 6, ymd(2027, 6, 19)),
            Some(ymd(2027, 7, 31))
        );
        assert_eq!(
            evaluation_listed(set, 6, ymd(2027, 6, 20)),
            Some(ymd(2027, 7, 31))
        );
        // After the deadline it stays listed (late).
        assert_eq!(
            evaluation_listed(set, 6, ymd(2027, 8, 1)),
            Some(ymd(2027, 7, 31))
        );
    }

    #[test]
    fn instemming_open_after_the_template_weeks() {
        let set = ymd(2026, 11, 2);
        assert_eq!(consent_deadline(set, 6), ymd(2026, 12, 14));
        assert_eq!(consent_overdue(set, 6, false, ymd(2026, 12, 13)), None);
        assert_eq!(consent_overdue(set, 6, false, ymd(2026, 12, 14)), None);
        assert_eq!(
            consent_overdue(set, 6, false, ymd(2026, 12, 15)),
            Some(ymd(2026, 12, 14))
        );
        assert_eq!(consent_overdue(set, 6, true, ymd(2026, 12, 15)), None);
    }
}
