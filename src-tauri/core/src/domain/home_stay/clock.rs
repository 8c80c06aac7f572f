//! The thuiszitters clock (DOMAIN.md §11, §14), as pure functions of dates. A pupil is a
//! *thuiszitter* from **four weeks** at home without vrijstelling (the common definition; the
//! onderwijsconsulent is then open); from **three months** at home the Thuiszitterspact's promise
//! ("no child more than three months at home without a suitable offer") is broken and the item is
//! highlighted. Calendar days count (school holidays do not stop a child being at home).
//!
//! `since` is the first day at home. Four weeks at home have passed on `since + 28 days`; the
//! pupil is listed from the day after that ("four weeks and one day"). Three months have passed
//! on `since + 3 months`; highlighted from the day after. A granted vrijstelling or an end date
//! on or before today takes the pupil off the list.

use crate::domain::home_stay::ExemptionStatus;
use chrono::{Days, Months, NaiveDate as Date};

/// Where the four weeks come from.
pub const SOURCE_LISTED: &str = "Thuiszittersdefinitie (OCW): ten minste vier weken niet op school \
     zonder vrijstelling; na vier weken kan het onderwijsconsulentschap worden ingeschakeld";
/// The rule, as Vandaag prints it.
pub const RULE_LISTED: &str = "Een leerling die meer dan vier weken thuiszit zonder vrijstelling, \
     staat op Vandaag (kalenderweken; vakanties tellen mee)";
/// Where the three months come from.
pub const SOURCE_LONG: &str = "Thuiszitterspact (2016): geen kind langer dan drie maanden thuis \
     zonder passend onderwijsaanbod";
pub const RULE_LONG: &str = "Een leerling die langer dan drie maanden thuiszit zonder passend \
     aanbod: in strijd met de afspraak van het Thuiszitterspact (kalenderdagen; vakanties tellen \
     mee)";

/// Days in four weeks.
const FOUR_WEEKS: u64 = 28;

/// How long a pupil has been at home, as Vandaag cares about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AtHome {
    /// More than four weeks (listed).
    OverFourWeeks,
    /// More than three months (listed and highlighted).
    OverThreeMonths,
}

/// The last day of the first four weeks at home.
pub fn four_weeks_on(since: Date) -> Date {
    since
        .checked_add_days(Days::new(FOUR_WEEKS))
        .unwrap_or(since)
}

/// The day three months at home have passed.
pub fn three_months_on(since: Date) -> Date {
    since.checked_add_months(Months::new(3)).unwrap_or(since)
}

/// Whether (and how urgently) a pupil at home since `since` is listed on `today`.
pub fn at_home(
    since: Date,
    ended_on: Option<Date>,
    exemption: ExemptionStatus,
    today: Date,
) -> Option<AtHome> {
    if exemption == ExemptionStatus::Granted || ended_on.is_some_and(|ended| ended <= today) {
        return None;
    }
    if today > three_months_on(since) {
        Some(AtHome::OverThreeMonths)
    } else if today > four_weeks_on(since) {
        Some(AtHome::OverFourWeeks)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::ymd;

    const SINCE: Date = ymd(2026, 9, 1);

    #[test]
    fn a_pupil_four_weeks_and_one_day_at_home_is_listed() {
        let none = ExemptionStatus::None;
        assert_eq!(at_home(SINCE, None, none, ymd(2026, 9, 28)), None);
        assert_eq!(at_home(SINCE, None, none, ymd(2026, 9, 29)), None);
        assert_eq!(
            at_home(SINCE, None, none, ymd(2026, 9, 30)),
            Some(AtHome::OverFourWeeks)
        );
    }

    #[test]
    fn three_months_and_one_day_is_highlighted() {
        let none = ExemptionStatus::Requested;
        assert_eq!(
            at_home(SINCE, None, none, ymd(2026, 11, 30)),
            Some(AtHome::OverFourWeeks)
        );
        assert_eq!(
            at_home(SINCE, None, none, ymd(2026, 12, 1)),
            Some(AtHome::OverFourWeeks)
        );
        assert_eq!(
            at_home(SINCE, None, none, ymd(2026, 12, 2)),
            Some(AtHome::OverThreeMonths)
        );
    }

    #[test]
    fn back_at_school_or_a_granted_vrijstelling_ends_the_listing() {
        let today = ymd(2026, 12, 2);
        assert_eq!(at_home(SINCE, None, ExemptionStatus::Granted, today), None);
        assert_eq!(
            at_home(SINCE, Some(today), ExemptionStatus::None, today),
            None
        );
        assert_eq!(
            at_home(SINCE, Some(ymd(2026, 12, 3)), ExemptionStatus::None, today),
            Some(AtHome::OverThreeMonths)
        );
    }
}
