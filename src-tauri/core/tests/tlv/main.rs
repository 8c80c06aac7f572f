//! TLV suite on a real vault: an aanvraag is prepared (one undecided per pupil), its checklist
//! lists what is missing and ticks what Ibis holds, a wrong beschikkingsnummer is refused and
//! leaves the vault unchanged, a granted TLV ends on 31 July, a decided TLV is frozen, a bezwaar
//! is recorded; the termijnen reach Vandaag on the right days (bezwaar six weeks after the
//! decision, the renewal from the template's weeks before its date, a TLV ending), every change
//! audited as `tlv.*`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../support.rs"]
mod support;

use ibis_core::clock::FixedClock;
use ibis_core::domain::tlv::{
    Discipline, Expert, ParentStance, ParentsPosition, TlvCategory, TlvDecision, TlvKind,
    TlvObjection, TlvOutcome, TlvRequest, TlvStatus,
};
use ibis_core::template::Template;
use ibis_core::usecases::dashboard::{self, DashboardKind};
use ibis_core::usecases::tlv::{
    self, DecideTlvRequest, PupilTlvs, SaveTlvRequest, TlvObjectionRequest,
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

fn template() -> Template {
    Template::landelijk().unwrap()
}

fn request(kind: TlvKind) -> TlvRequest {
    TlvRequest {
        kind,
        applied_on: Some("2026-10-01".into()),
        support_question: "Welke school biedt de kleine groep die deze leerling nodig heeft?"
            .into(),
        cluster_note: None,
        renewal: false,
        experts: vec![Expert {
            name: "Drs. L. Bakker".into(),
            discipline: Discipline::Orthopedagoog,
            advised_on: "2026-09-20".into(),
            independent: true,
            advice: None,
        }],
        parents: ParentsPosition {
            stance: ParentStance::Instemming,
            on: Some("2026-09-25".into()),
            note: None,
        },
        checked: Vec::new(),
    }
}

fn decision(number: &str) -> TlvDecision {
    TlvDecision {
        outcome: TlvOutcome::Toegekend,
        decided_on: "2027-03-16".into(),
        decision_number: number.into(),
        category: Some(TlvCategory::Midden),
        starts_on: Some("2027-03-22".into()),
        school_years: Some(1),
        note: None,
    }
}

struct Setup {
    v: TestVault,
    pupil_id: String,
    id: String,
}

impl Setup {
    fn new(kind: TlvKind) -> Setup {
        let mut v = TestVault::new();
        let pupil_id = v.add_pupil("Daan", "Visser");
        let saved = tlv::save(
            v.store(),
            &on(2026, 10, 2),
            &template(),
            SaveTlvRequest {
                id: None,
                pupil_id: pupil_id.clone(),
                request: request(kind),
            },
        )
        .unwrap();
        Setup {
            v,
            pupil_id,
            id: saved.id,
        }
    }

    fn decide(&mut self, decision: TlvDecision) -> Result<PupilTlvs, Error> {
        tlv::decide(
            self.v.store(),
            &on(2027, 3, 17),
            &template(),
            DecideTlvRequest {
                id: self.id.clone(),
                decision,
            },
        )
    }

    fn page(&mut self) -> PupilTlvs {
        tlv::list(
            self.v.store(),
            &on(2027, 3, 17),
            &template(),
            IdRequest {
                id: self.pupil_id.clone(),
            },
        )
        .unwrap()
    }

    fn kinds_on(&mut self, year: i32, month: u32, day: u32) -> Vec<(DashboardKind, String)> {
        dashboard::get(self.v.store(), &on(year, month, day), &template())
            .unwrap()
            .items
            .into_iter()
            .filter(|i| i.record_id.as_deref() == Some(self.id.as_str()))
            .map(|i| (i.kind, i.due_date.clone()))
            .collect()
    }
}

#[test]
fn a_new_aanvraag_lists_what_is_missing_and_warns() {
    let mut s = Setup::new(TlvKind::SoCluster4);
    let page = s.page();
    assert!(!page.can_start, "one undecided aanvraag per pupil");
    let view = &page.tlvs[0];
    assert_eq!(view.status, TlvStatus::Applied);
    let missing: Vec<&str> = view
        .checklist
        .iter()
        .filter(|l| !l.done)
        .map(|l| l.key.as_str())
        .collect();
    // Nothing else is in this vault: only the parents' position (from the aanvraag) is there.
    assert_eq!(
        missing,
        [
            "opp",
            "evaluaties",
            "hoorgesprek",
            "zienswijze",
            "ot_verslag",
            "deskundigen",
            "onderzoek",
            "toetsen"
        ]
    );
    assert_eq!(view.missing, 8);
    let experts = view
        .checklist
        .iter()
        .find(|l| l.key == "deskundigen")
        .unwrap();
    assert_eq!(
        experts.missing.as_deref(),
        Some("ontbreekt: 1 van 2 aanwezig")
    );
    assert!(view.warnings.iter().any(|w| w.code == "experts_missing"));
    // A second aanvraag while this one is undecided is refused.
    let second = tlv::save(
        s.v.store(),
        &on(2026, 10, 3),
        &template(),
        SaveTlvRequest {
            id: None,
            pupil_id: s.pupil_id.clone(),
            request: request(TlvKind::Sbo),
        },
    );
    assert!(matches!(second, Err(Error::InvalidTransition(_))));
}

#[test]
fn a_wrong_beschikkingsnummer_is_refused_and_changes_nothing() {
    let mut s = Setup::new(TlvKind::SoCluster4);
    let before = (
        serde_json::to_string(&s.page()).unwrap(),
        audit::entries(s.v.store()).unwrap().len(),
    );
    let refused = s.decide(decision("PO2701-2027-0042"));
    match refused {
        Err(Error::Validation { field, rule }) => {
            assert_eq!((field, rule), ("decisionNumber", Rule::DecisionNumberShape));
        }
        other => panic!("expected the shape rule, got {other:?}"),
    }
    let after = (
        serde_json::to_string(&s.page()).unwrap(),
        audit::entries(s.v.store()).unwrap().len(),
    );
    assert_eq!(after, before, "nothing stored, nothing audited");
    assert_eq!(s.page().tlvs[0].status, TlvStatus::Applied);
}

#[test]
fn granted_in_march_it_runs_until_31_july_of_the_next_schooljaar() {
    let mut s = Setup::new(TlvKind::SoCluster4);
    let page = s.decide(decision("po2701-2027-00042")).unwrap();
    let view = &page.tlvs[0];
    assert_eq!(view.status, TlvStatus::Granted);
    assert_eq!(
        view.tlv.decision.as_ref().unwrap().decision_number,
        "PO2701-2027-00042"
    );
    assert_eq!(view.deadlines.ends_on.as_deref(), Some("2028-07-31"));
    assert_eq!(
        view.deadlines.objection_until.as_deref(),
        Some("2027-04-28")
    );
    assert_eq!(view.deadlines.renewal_due.as_deref(), Some("2028-04-15"));
    assert!(view.deadlines.renewal_source.contains("15 april"));
    assert!(!view.editable);
    // Decided: the aanvraag is frozen.
    let edit = tlv::save(
        s.v.store(),
        &on(2027, 3, 18),
        &template(),
        SaveTlvRequest {
            id: Some(s.id.clone()),
            pupil_id: s.pupil_id.clone(),
            request: request(TlvKind::SoCluster4),
        },
    );
    assert!(matches!(edit, Err(Error::InvalidTransition(_))));
}

#[test]
fn vandaag_lists_the_bezwaar_termijn_day_before_of_and_after() {
    let mut s = Setup::new(TlvKind::SoCluster4);
    s.decide(decision("PO2701-2027-00042")).unwrap();
    // Decision 16 March 2027: six weeks end 27 April, Koningsdag → 28 April. Like every coming
    // deadline it is listed once within the six weeks ahead: from 17 March.
    let objection = |kinds: Vec<(DashboardKind, String)>| {
        kinds
            .into_iter()
            .filter(|(k, _)| *k == DashboardKind::TlvObjectionDeadline)
            .map(|(_, due)| due)
            .collect::<Vec<_>>()
    };
    assert!(objection(s.kinds_on(2027, 3, 16)).is_empty());
    assert_eq!(objection(s.kinds_on(2027, 3, 17)), ["2027-04-28"]);
    assert_eq!(objection(s.kinds_on(2027, 4, 28)), ["2027-04-28"]);
    assert!(objection(s.kinds_on(2027, 4, 29)).is_empty());
}

#[test]
fn vandaag_lists_the_renewal_from_six_weeks_before_and_the_ending() {
    let mut s = Setup::new(TlvKind::SoCluster4);
    s.decide(decision("PO2701-2027-00042")).unwrap();
    let has = |kinds: &[(DashboardKind, String)], kind| kinds.iter().any(|(k, _)| *k == kind);
    // Renewal by 15 April 2028; the template's six weeks before: 4 March.
    assert!(!has(&s.kinds_on(2028, 3, 3), DashboardKind::TlvRenewalDue));
    let from = s.kinds_on(2028, 3, 4);
    assert!(from.contains(&(DashboardKind::TlvRenewalDue, "2028-04-15".into())));
    // Past its date it stays (overdue) until the TLV ends; six weeks before 31 July the ending.
    let late = s.kinds_on(2028, 6, 19);
    assert!(has(&late, DashboardKind::TlvRenewalDue));
    assert!(late.contains(&(DashboardKind::TlvEnding, "2028-07-31".into())));
    assert!(!has(&s.kinds_on(2028, 6, 18), DashboardKind::TlvEnding));
    assert!(s.kinds_on(2028, 8, 1).is_empty());
}

#[test]
fn a_renewal_applied_for_clears_the_reminders() {
    let mut s = Setup::new(TlvKind::SoCluster4);
    s.decide(decision("PO2701-2027-00042")).unwrap();
    let mut renewal = request(TlvKind::SoCluster4);
    renewal.renewal = true;
    renewal.applied_on = Some("2028-03-01".into());
    let saved = tlv::save(
        s.v.store(),
        &on(2028, 3, 1),
        &template(),
        SaveTlvRequest {
            id: None,
            pupil_id: s.pupil_id.clone(),
            request: renewal,
        },
    )
    .unwrap();
    assert!(s.kinds_on(2028, 6, 19).is_empty());
    // The renewal asks only the light checklist.
    let renewal = saved.page.tlvs.iter().find(|t| t.id == saved.id).unwrap();
    let keys: Vec<&str> = renewal.checklist.iter().map(|l| l.key.as_str()).collect();
    assert_eq!(
        keys,
        ["opp", "evaluaties", "hoorgesprek", "standpunt_ouders"]
    );
}

#[test]
fn a_bezwaar_is_recorded_and_its_decision_is_due_twelve_weeks_after_the_termijn() {
    let mut s = Setup::new(TlvKind::Sbo);
    let refused = TlvDecision {
        outcome: TlvOutcome::Afgewezen,
        category: None,
        starts_on: None,
        school_years: None,
        ..decision("PO2701-2027-00043")
    };
    s.decide(refused).unwrap();
    let page = tlv::record_objection(
        s.v.store(),
        &on(2027, 4, 1),
        &template(),
        TlvObjectionRequest {
            id: s.id.clone(),
            objection: TlvObjection {
                filed_on: "2027-04-01".into(),
                by: "ouders".into(),
                note: None,
                decided_on: None,
                result: None,
            },
        },
    )
    .unwrap();
    let view = &page.tlvs[0];
    assert!(view.in_objection);
    assert_eq!(view.status_label, "afgewezen, in bezwaar");
    // Termijn ends 28 April 2027; twelve weeks later: 21 July 2027.
    assert_eq!(
        view.deadlines.objection_decision_due.as_deref(),
        Some("2027-07-21")
    );
    // On Vandaag once within the six weeks ahead (from 9 June), as every coming deadline.
    assert!(s.kinds_on(2027, 6, 8).is_empty());
    assert_eq!(
        s.kinds_on(2027, 6, 9),
        [(DashboardKind::TlvObjectionDecisionDue, "2027-07-21".into())]
    );
    let actions: Vec<String> = audit::entries(s.v.store())
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .filter(|a| a.starts_with("tlv."))
        .collect();
    assert_eq!(actions, ["tlv.create", "tlv.decide", "tlv.objection"]);
}

#[test]
fn an_undecided_aanvraag_can_be_deleted_a_decided_one_is_kept() {
    let mut s = Setup::new(TlvKind::Sbo);
    let page = tlv::delete(
        s.v.store(),
        &on(2026, 10, 3),
        &template(),
        IdRequest { id: s.id.clone() },
    )
    .unwrap();
    assert!(page.tlvs.is_empty() && page.can_start);
}
