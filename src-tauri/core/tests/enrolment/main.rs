//! Aanmelding suite on a real vault: an aanmelding is recorded, extended once (a second
//! extension is refused with the legal rule), refused only with another school (zorgplicht), every
//! change audited as `enrolment.*`; its clocks reach Vandaag a week before the deadline, overdue
//! the day after it, and as tijdelijke plaatsing the day after ten weeks.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../support.rs"]
mod support;

use ibis_core::clock::FixedClock;
use ibis_core::domain::enrolment::{
    EnrolmentDecision, EnrolmentDetails, EnrolmentExtension, EnrolmentOutcome, EnrolmentStatus,
};
use ibis_core::template::Template;
use ibis_core::usecases::dashboard::{self, DashboardEntry, DashboardKind, Horizon};
use ibis_core::usecases::enrolments::{
    self, DecideEnrolmentRequest, ExtendEnrolmentRequest, PupilEnrolments, SaveEnrolmentRequest,
};
use ibis_core::usecases::{IdRequest, audit};
use ibis_core::{Error, Rule};
use support::TestVault;

fn on(year: i32, month: u32, day: u32) -> FixedClock {
    use chrono::TimeZone;
    FixedClock::new(
        chrono::Utc
            .with_ymd_and_hms(year, month, day, 9, 0, 0)
            .single()
            .unwrap(),
    )
}

struct Setup {
    v: TestVault,
    pupil_id: String,
    id: String,
}

impl Setup {
    /// An aanmelding received 1 September 2026 (six weeks end 13 October, ten weeks 10 November).
    fn new() -> Setup {
        let mut v = TestVault::new();
        let pupil_id = v.add_pupil("Sanne", "de Vries");
        let clock = on(2026, 9, 2);
        let saved = enrolments::save(
            v.store(),
            &clock,
            SaveEnrolmentRequest {
                id: None,
                pupil_id: pupil_id.clone(),
                details: EnrolmentDetails {
                    received_on: "2026-09-01".into(),
                    support_question: "Ondersteuning bij lezen en plannen".into(),
                    research: Some("Gesprek met ouders en vorige school".into()),
                },
            },
        )
        .unwrap();
        Setup {
            v,
            pupil_id,
            id: saved.id,
        }
    }

    fn extend(&mut self, new_date: &str) -> Result<PupilEnrolments, Error> {
        enrolments::extend(
            self.v.store(),
            &on(2026, 10, 1),
            ExtendEnrolmentRequest {
                id: self.id.clone(),
                extension: EnrolmentExtension {
                    extended_on: "2026-10-01".into(),
                    reason: "Onderzoek bij de jeugdarts loopt nog".into(),
                    new_decision_date: new_date.into(),
                },
            },
        )
    }

    fn decide(
        &mut self,
        outcome: EnrolmentOutcome,
        other_school: Option<&str>,
    ) -> Result<PupilEnrolments, Error> {
        enrolments::decide(
            self.v.store(),
            &on(2026, 10, 5),
            DecideEnrolmentRequest {
                id: self.id.clone(),
                decision: EnrolmentDecision {
                    outcome,
                    decided_on: "2026-10-05".into(),
                    other_school: other_school.map(str::to_owned),
                    note: None,
                },
            },
        )
    }

    /// This aanmelding's Vandaag items on a day.
    fn items_on(&mut self, year: i32, month: u32, day: u32) -> Vec<DashboardEntry> {
        dashboard::get(
            self.v.store(),
            &on(year, month, day),
            &Template::landelijk().unwrap(),
        )
        .unwrap()
        .items
        .into_iter()
        .filter(|i| i.record_id.as_deref() == Some(self.id.as_str()))
        .collect()
    }

    fn kinds_on(&mut self, year: i32, month: u32, day: u32) -> Vec<(DashboardKind, String)> {
        self.items_on(year, month, day)
            .into_iter()
            .map(|i| (i.item.kind, i.item.due_date))
            .collect()
    }

    fn horizons_on(&mut self, year: i32, month: u32, day: u32) -> Vec<Horizon> {
        self.items_on(year, month, day)
            .into_iter()
            .map(|i| i.horizon)
            .collect()
    }

    fn audit_actions(&mut self) -> Vec<String> {
        audit::entries(self.v.store())
            .unwrap()
            .into_iter()
            .map(|e| e.action)
            .filter(|a| a.starts_with("enrolment."))
            .collect()
    }
}

fn rule_of(result: Result<PupilEnrolments, Error>) -> (String, Rule) {
    match result {
        Err(Error::Validation { field, rule }) => (field.to_string(), rule),
        other => panic!("expected a field error, got {other:?}"),
    }
}

#[test]
fn a_new_aanmelding_shows_its_deadlines_with_rule_and_source() {
    let mut s = Setup::new();
    let page = enrolments::list(
        s.v.store(),
        &on(2026, 9, 2),
        IdRequest {
            id: s.pupil_id.clone(),
        },
    )
    .unwrap();
    let view = &page.enrolments[0];
    assert_eq!(view.status, EnrolmentStatus::Open);
    assert_eq!(view.deadlines.original_deadline, "2026-10-13");
    assert_eq!(view.deadlines.decision_due, "2026-10-13");
    assert_eq!(view.deadlines.latest_extension_date, "2026-11-10");
    assert_eq!(view.deadlines.temporary_placement_from, "2026-11-11");
    assert!(view.deadlines.decision_source.contains("WPO art. 40 lid 6"));
    assert!(
        view.deadlines
            .placement_source
            .contains("WPO art. 40 lid 7")
    );
    assert!(view.can_extend);
}

#[test]
fn one_extension_then_a_second_is_refused_with_the_legal_rule() {
    let mut s = Setup::new();
    let page = s.extend("2026-11-03").unwrap();
    assert_eq!(page.enrolments[0].deadlines.decision_due, "2026-11-03");
    assert!(!page.enrolments[0].can_extend);
    let (field, rule) = rule_of(s.extend("2026-11-10"));
    assert_eq!((field.as_str(), rule), ("extension", Rule::SecondExtension));
    assert_eq!(
        s.audit_actions(),
        ["enrolment.create", "enrolment.extend"],
        "the refused extension left no trace"
    );
}

#[test]
fn an_extension_beyond_four_weeks_is_refused() {
    let mut s = Setup::new();
    let (field, rule) = rule_of(s.extend("2026-11-11"));
    assert_eq!(
        (field.as_str(), rule),
        ("newDecisionDate", Rule::ExtensionTooLong)
    );
}

#[test]
fn refusing_without_another_school_is_refused_with_the_zorgplicht() {
    let mut s = Setup::new();
    let (field, rule) = rule_of(s.decide(EnrolmentOutcome::Afgewezen, None));
    assert_eq!(
        (field.as_str(), rule),
        ("otherSchool", Rule::ZorgplichtNoOtherSchool)
    );
    let page = s
        .decide(EnrolmentOutcome::Afgewezen, Some("SBO De Brug"))
        .unwrap();
    let view = &page.enrolments[0];
    assert_eq!(view.status, EnrolmentStatus::Afgewezen);
    assert_eq!(
        view.enrolment
            .decision
            .as_ref()
            .and_then(|d| d.other_school.as_deref()),
        Some("SBO De Brug")
    );
    assert!(matches!(
        s.decide(EnrolmentOutcome::Toegelaten, None),
        Err(Error::InvalidTransition(_))
    ));
    assert_eq!(s.audit_actions(), ["enrolment.create", "enrolment.decide"]);
}

/// The decision deadline (13 October) is collected from six weeks before it (the horizon):
/// binnenkort, then deze week from the Monday of its week, then te laat the day after.
#[test]
fn vandaag_lists_the_decision_as_coming_this_week_and_late() {
    let mut s = Setup::new();
    assert!(
        s.kinds_on(2026, 8, 31).is_empty(),
        "the day before the horizon reaches it"
    );
    let due = (DashboardKind::EnrolmentDecisionDue, "2026-10-13".to_owned());
    for (day, horizon) in [
        ((2026, 9, 1), Horizon::Soon),
        ((2026, 10, 11), Horizon::Soon),
        ((2026, 10, 12), Horizon::ThisWeek),
        ((2026, 10, 13), Horizon::ThisWeek),
        ((2026, 10, 14), Horizon::Overdue),
    ] {
        let (year, month, date) = day;
        assert_eq!(
            s.kinds_on(year, month, date),
            std::slice::from_ref(&due),
            "{day:?}"
        );
        assert_eq!(s.horizons_on(year, month, date), [horizon], "{day:?}");
    }
    let items = dashboard::get(
        s.v.store(),
        &on(2026, 10, 14),
        &Template::landelijk().unwrap(),
    )
    .unwrap()
    .items;
    let item = items
        .iter()
        .find(|i| i.kind == DashboardKind::EnrolmentDecisionDue)
        .unwrap();
    assert_eq!(item.days_late, 1);
    assert!(item.source.contains("WVO art. 27 lid 2e"));
}

#[test]
fn vandaag_shows_tijdelijke_plaatsing_the_day_after_ten_weeks() {
    let mut s = Setup::new();
    s.extend("2026-11-10").unwrap();
    assert_eq!(
        s.kinds_on(2026, 11, 10),
        [(DashboardKind::EnrolmentDecisionDue, "2026-11-10".to_owned())]
    );
    let placed = (
        DashboardKind::EnrolmentTemporaryPlacement,
        "2026-11-10".to_owned(),
    );
    assert_eq!(s.kinds_on(2026, 11, 11), std::slice::from_ref(&placed));
    assert_eq!(s.kinds_on(2026, 11, 12), [placed]);
    let page = enrolments::list(
        s.v.store(),
        &on(2026, 11, 11),
        IdRequest {
            id: s.pupil_id.clone(),
        },
    )
    .unwrap();
    assert!(page.enrolments[0].deadlines.temporarily_placed);
}

#[test]
fn a_decision_takes_the_aanmelding_off_vandaag_and_delete_removes_it() {
    let mut s = Setup::new();
    s.decide(EnrolmentOutcome::Toegelaten, None).unwrap();
    assert!(s.kinds_on(2026, 10, 14).is_empty());
    assert!(s.kinds_on(2026, 11, 11).is_empty());
    let page = enrolments::delete(
        s.v.store(),
        &on(2026, 11, 11),
        IdRequest { id: s.id.clone() },
    )
    .unwrap();
    assert!(page.enrolments.is_empty());
    assert_eq!(
        s.audit_actions(),
        ["enrolment.create", "enrolment.decide", "enrolment.delete"]
    );
}
