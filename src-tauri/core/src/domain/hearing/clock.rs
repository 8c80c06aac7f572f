//! When a pupil with extra ondersteuning is due to be heard (again). The law gives the pupil the
//! right to be heard whenever the OPP is drawn up, adjusted or evaluated; Ibis adds, as its
//! design and the template's interval, that a pupil with extra support is heard at least once
//! per schooljaar. The OPP moments themselves are checked by the OPP (its soft gate).

use crate::domain::school_year::SchoolYear;
use chrono::NaiveDate as Date;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The law the clock rests on.
pub const SOURCE_HOORRECHT: &str = "Kamerstuk 36443 (Wet versterking positie ouders en \
     leerlingen in het passend onderwijs): hoorrecht van de leerling, in werking sinds \
     1 augustus 2025";

/// How often the template wants a pupil with extra support heard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum HearingInterval {
    /// At least once per schooljaar (1 August – 31 July), and after extra support is decided.
    #[default]
    SchoolYear,
}

impl HearingInterval {
    /// The rule as Vandaag and `today --json` print it.
    pub fn rule(self) -> &'static str {
        match self {
            HearingInterval::SchoolYear => {
                "Een leerling met extra ondersteuning wordt gehoord na het besluit tot extra \
                 ondersteuning en daarna minstens eens per schooljaar (en bij elk OPP-moment)"
            }
        }
    }
}

/// The day a hearing became due, or `None` when the pupil has been heard since.
///
/// A hearing is needed on or after the later of: the day extra support was decided, and the
/// first day of the current schooljaar (per [`HearingInterval::SchoolYear`]). It is due from
/// that day (days late count from it); a hearing on that day or later settles it. Nothing is
/// due before extra support was decided.
pub fn hearing_due(
    interval: HearingInterval,
    extra_support_since: Date,
    last_hearing: Option<Date>,
    today: Date,
) -> Option<Date> {
    let period_start = match interval {
        HearingInterval::SchoolYear => SchoolYear::containing(today).first_day(),
    };
    let needed_from = extra_support_since.max(period_start);
    if needed_from > today {
        return None;
    }
    match last_hearing {
        Some(heard) if heard >= needed_from => None,
        _ => Some(needed_from),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::ymd;

    const YEARLY: HearingInterval = HearingInterval::SchoolYear;

    #[test]
    fn heard_last_schooljaar_is_due_from_the_first_of_august() {
        let since = ymd(2025, 10, 1);
        let heard = Some(ymd(2025, 10, 6));
        // Day before the new schooljaar: still heard this year.
        assert_eq!(hearing_due(YEARLY, since, heard, ymd(2026, 7, 31)), None);
        // Day of: due from today.
        assert_eq!(
            hearing_due(YEARLY, since, heard, ymd(2026, 8, 1)),
            Some(ymd(2026, 8, 1))
        );
        // Day after: still due from the first.
        assert_eq!(
            hearing_due(YEARLY, since, heard, ymd(2026, 8, 2)),
            Some(ymd(2026, 8, 1))
        );
    }

    #[test]
    fn never_heard_is_due_from_the_decision_for_extra_support() {
        let since = ymd(2026, 11, 10);
        assert_eq!(hearing_due(YEARLY, since, None, ymd(2026, 11, 9)), None);
        assert_eq!(
            hearing_due(YEARLY, since, None, ymd(2026, 11, 10)),
            Some(since)
        );
        assert_eq!(
            hearing_due(YEARLY, since, None, ymd(2026, 11, 11)),
            Some(since)
        );
    }

    #[test]
    fn a_hearing_before_the_decision_does_not_count_one_on_or_after_does() {
        let since = ymd(2026, 11, 10);
        let today = ymd(2026, 12, 1);
        assert_eq!(
            hearing_due(YEARLY, since, Some(ymd(2026, 11, 9)), today),
            Some(since)
        );
        assert_eq!(hearing_due(YEARLY, since, Some(since), today), None);
        assert_eq!(
            hearing_due(YEARLY, since, Some(ymd(2026, 11, 11)), today),
            None
        );
    }
}
