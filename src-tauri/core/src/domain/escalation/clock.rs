//! The legal clocks of the escalatieladder, as pure functions of dates (DOMAIN.md §10, §14): the
//! Geschillencommissie Passend Onderwijs within six weeks of the decision (toelating,
//! verwijdering, OPP), a bezwaar against toelating or verwijdering with the schoolbestuur within
//! six weeks, the TLV bezwaar within six weeks (the TLV's own clock, [`tlv_clock`]) and the
//! onderwijsconsulent, open after four weeks at home ([`home_stay_clock`]). The six-week
//! termijnen count calendar days from the day after the decision; one ending on a weekend or
//! feestdag runs on to the next working day (Algemene termijnenwet, [`legal_days`]). The last
//! day of a termijn is still in time.

use super::{DisputeSubject, StepClock};
use crate::domain::home_stay::clock as home_stay_clock;
use crate::domain::legal_days;
use crate::domain::tlv::clock as tlv_clock;
use chrono::{Days, NaiveDate as Date};

/// The source of the GPO termijn.
pub const SOURCE_GPO: &str = "Geschillencommissie Passend Onderwijs, procedure \
     (onderwijsgeschillen.nl): verzoek binnen zes weken na de dag waarop het besluit is \
     bekendgemaakt; Besluit bekostiging WPO art. 34.9; Algemene termijnenwet art. 1";
/// The GPO rule, as Vandaag prints it.
pub const RULE_GPO: &str = "Ouders kunnen tot zes weken na de datum van het besluit over \
     toelating, verwijdering of het OPP de Geschillencommissie Passend Onderwijs om een oordeel \
     vragen; valt de laatste dag in een weekend of op een feestdag, dan de eerstvolgende werkdag";

/// The source of the bezwaar against toelating or verwijdering.
pub const SOURCE_BOARD_OBJECTION: &str = "WPO art. 40 lid 12; Awb art. 6:7 en 6:8 (zes weken, \
     vanaf de dag na het besluit); Algemene termijnenwet art. 1";
/// The rule for the bezwaar against toelating or verwijdering.
pub const RULE_BOARD_OBJECTION: &str = "Bezwaar tegen een besluit over toelating of verwijdering \
     kan tot zes weken na de datum van het besluit, bij het schoolbestuur";

/// The source of the onderwijsconsulent's availability.
pub const SOURCE_CONSULTANT: &str = home_stay_clock::SOURCE_LISTED;
/// The rule for the onderwijsconsulent.
pub const RULE_CONSULTANT: &str = "Zit de leerling langer dan vier weken thuis, dan kunnen \
     ouders en school de onderwijsconsulent inschakelen (gratis, onafhankelijk advies)";

/// Six weeks in days.
const SIX_WEEKS: u64 = 42;

/// The last day to ask the GPO for an oordeel on a decision of `decided_on`.
pub fn gpo_deadline(decided_on: Date) -> Date {
    six_weeks_after(decided_on)
}

/// The last day to file a bezwaar with the schoolbestuur against toelating or verwijdering.
pub fn board_objection_deadline(decided_on: Date) -> Date {
    six_weeks_after(decided_on)
}

/// The last day to file a bezwaar against a TLV decision: the TLV's own clock.
pub fn tlv_objection_deadline(decided_on: Date) -> Date {
    tlv_clock::objection_deadline(decided_on)
}

/// The first day the onderwijsconsulent is open for a pupil at home since `since`: the day
/// after four weeks at home (the day the pupil is listed as a thuiszitter).
pub fn consultant_available_on(since: Date) -> Date {
    let four_weeks = home_stay_clock::four_weeks_on(since);
    four_weeks
        .checked_add_days(Days::new(1))
        .unwrap_or(four_weeks)
}

/// Whether a clock belongs to a dispute about `subject` (the law's own scope, whatever the
/// template says): GPO for toelating, verwijdering and the OPP; the board bezwaar for toelating
/// and verwijdering; the TLV bezwaar for a TLV; the onderwijsconsulent for every subject.
pub fn applies(clock: StepClock, subject: DisputeSubject) -> bool {
    use DisputeSubject::{Admission, Opp, Removal, Tlv};
    match clock {
        StepClock::Gpo => matches!(subject, Admission | Removal | Opp),
        StepClock::BoardObjection => matches!(subject, Admission | Removal),
        StepClock::TlvObjection => subject == Tlv,
        StepClock::ConsultantAfterHomeStay => true,
    }
}

/// The date a clock gives: a last day for the six-week termijnen (from the decision date), the
/// first day for the onderwijsconsulent (from the first day at home). `None` while the date it
/// counts from is unknown.
pub fn date_of(
    clock: StepClock,
    decided_on: Option<Date>,
    home_since: Option<Date>,
) -> Option<Date> {
    match clock {
        StepClock::Gpo => decided_on.map(gpo_deadline),
        StepClock::BoardObjection => decided_on.map(board_objection_deadline),
        StepClock::TlvObjection => decided_on.map(tlv_objection_deadline),
        StepClock::ConsultantAfterHomeStay => home_since.map(consultant_available_on),
    }
}

/// A termijn is in time through its last day.
pub fn in_time(deadline: Date, today: Date) -> bool {
    today <= deadline
}

/// The rule and source of a clock.
pub fn rule_and_source(clock: StepClock) -> (&'static str, &'static str) {
    match clock {
        StepClock::Gpo => (RULE_GPO, SOURCE_GPO),
        StepClock::BoardObjection => (RULE_BOARD_OBJECTION, SOURCE_BOARD_OBJECTION),
        StepClock::TlvObjection => (tlv_clock::RULE_OBJECTION, tlv_clock::SOURCE_OBJECTION),
        StepClock::ConsultantAfterHomeStay => (RULE_CONSULTANT, SOURCE_CONSULTANT),
    }
}

fn six_weeks_after(decided_on: Date) -> Date {
    legal_days::termijn_end(
        decided_on
            .checked_add_days(Days::new(SIX_WEEKS))
            .unwrap_or(Date::MAX),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::ymd;

    #[test]
    fn gpo_six_weeks_the_day_before_of_and_after() {
        // OPP vastgesteld Tuesday 20 October 2026: six weeks end Tuesday 1 December 2026.
        let deadline = gpo_deadline(ymd(2026, 10, 20));
        assert_eq!(deadline, ymd(2026, 12, 1));
        assert!(in_time(deadline, ymd(2026, 11, 30)));
        assert!(in_time(deadline, ymd(2026, 12, 1)));
        assert!(!in_time(deadline, ymd(2026, 12, 2)));
    }

    #[test]
    fn a_termijn_ending_on_a_weekend_or_feestdag_runs_on() {
        // Decision Saturday 14 November 2026 → Saturday 26 December (Kerst) → Monday 28.
        assert_eq!(gpo_deadline(ymd(2026, 11, 14)), ymd(2026, 12, 28));
        // Decision 16 March 2027 → Tuesday 27 April, Koningsdag → Wednesday 28 April.
        assert_eq!(board_objection_deadline(ymd(2027, 3, 16)), ymd(2027, 4, 28));
        // Decision 15 March 2027 → Monday 26 April: a working day, no shift.
        assert_eq!(board_objection_deadline(ymd(2027, 3, 15)), ymd(2027, 4, 26));
    }

    #[test]
    fn the_tlv_bezwaar_is_the_tlv_clock() {
        for day in [ymd(2026, 12, 1), ymd(2026, 11, 14), ymd(2027, 3, 16)] {
            assert_eq!(
                tlv_objection_deadline(day),
                tlv_clock::objection_deadline(day)
            );
        }
    }

    #[test]
    fn the_onderwijsconsulent_opens_after_four_weeks_at_home() {
        // At home since Monday 2 November 2026: four weeks are over on 30 November; open from
        // Tuesday 1 December — the day the pupil is listed as a thuiszitter.
        let since = ymd(2026, 11, 2);
        let open = consultant_available_on(since);
        assert_eq!(open, ymd(2026, 12, 1));
        assert!(ymd(2026, 11, 30) < open);
        assert_eq!(
            date_of(StepClock::ConsultantAfterHomeStay, None, Some(since)),
            Some(open)
        );
        assert_eq!(
            date_of(StepClock::ConsultantAfterHomeStay, None, None),
            None
        );
    }

    #[test]
    fn each_clock_belongs_to_its_subjects() {
        use DisputeSubject::*;
        assert!(applies(StepClock::Gpo, Opp));
        assert!(applies(StepClock::Gpo, Admission));
        assert!(!applies(StepClock::Gpo, Support));
        assert!(!applies(StepClock::Gpo, Tlv));
        assert!(applies(StepClock::BoardObjection, Removal));
        assert!(!applies(StepClock::BoardObjection, Opp));
        assert!(applies(StepClock::TlvObjection, Tlv));
        assert!(!applies(StepClock::TlvObjection, Opp));
        for subject in DisputeSubject::ALL {
            assert!(applies(StepClock::ConsultantAfterHomeStay, subject));
        }
        assert_eq!(date_of(StepClock::Gpo, None, None), None);
    }
}
