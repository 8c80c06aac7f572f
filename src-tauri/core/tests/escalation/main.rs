//! Geschillen suite on a real vault: the safety answer opens nothing, an OPP geschil follows the
//! template's ladder (where the case is now moves with records and skips), a step off its ladder
//! or a date before the opening is refused at the field, the GPO termijn reaches Vandaag from the
//! decision through its last day and stops when its step is done, a link is checked to belong to
//! the pupil and gives the decision date, the TLV bezwaar is the TLV's own item, a closed geschil
//! is read-only, and every change is audited as `escalation.*` with ids only.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../support.rs"]
mod support;

use ibis_core::clock::FixedClock;
use ibis_core::domain::escalation::{
    Concern, DisputeClosing, DisputeLink, DisputeOutcome, DisputeSubject, LinkKind, StepClock,
    StepRecord, StepSkip,
};
use ibis_core::domain::tlv::{
    ParentStance, ParentsPosition, TlvDecision, TlvKind, TlvOutcome, TlvRequest,
};
use ibis_core::template::Template;
use ibis_core::usecases::dashboard::{self, DashboardKind};
use ibis_core::usecases::escalation::{
    self, CloseEscalationRequest, EscalationPage, LadderStepState, OpenEscalationRequest,
    RecordEscalationStepRequest, SkipEscalationStepRequest,
};
use ibis_core::usecases::tlv::{self, DecideTlvRequest, SaveTlvRequest};
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

fn opening(pupil_id: &str, concern: Concern) -> OpenEscalationRequest {
    OpenEscalationRequest {
        pupil_id: pupil_id.into(),
        concern,
        subject: DisputeSubject::Opp,
        opened_on: "2026-11-02".into(),
        opened_by: "intern begeleider".into(),
        description: "Ouders stemmen niet in met het handelingsdeel van het OPP.".into(),
        link: None,
        decision_on: Some("2026-10-20".into()),
    }
}

fn record(id: &str, step: &str, on: &str, completes: bool) -> RecordEscalationStepRequest {
    RecordEscalationStepRequest {
        id: id.into(),
        record: StepRecord {
            step: step.into(),
            on: on.into(),
            who: "ouders, leerkracht".into(),
            what: "Gesprek over de doelen.".into(),
            outcome: Some("Nog geen overeenstemming.".into()),
            next_step: Some("Gesprek met de directie.".into()),
            completes_step: completes,
        },
    }
}

struct Setup {
    v: TestVault,
    pupil_id: String,
    id: String,
}

impl Setup {
    fn new() -> Setup {
        let mut v = TestVault::new();
        let pupil_id = v.add_pupil("Sem", "de Boer");
        let saved = escalation::open(
            v.store(),
            &on(2026, 11, 2),
            opening(&pupil_id, Concern::Disagreement),
        )
        .unwrap();
        Setup {
            v,
            pupil_id,
            id: saved.id,
        }
    }

    fn page(&mut self) -> EscalationPage {
        escalation::list(
            self.v.store(),
            &on(2026, 11, 20),
            IdRequest {
                id: self.pupil_id.clone(),
            },
        )
        .unwrap()
    }

    fn kinds_on(&mut self, year: i32, month: u32, day: u32) -> Vec<(DashboardKind, String)> {
        dashboard::get(
            self.v.store(),
            &on(year, month, day),
            &Template::landelijk().unwrap(),
        )
        .unwrap()
        .items
        .into_iter()
        .filter(|i| i.record_id.as_deref() == Some(self.id.as_str()))
        .map(|i| (i.kind, i.due_date.clone()))
        .collect()
    }
}

#[test]
fn safety_opens_nothing_and_names_the_meldcode() {
    let mut v = TestVault::new();
    let pupil_id = v.add_pupil("Sem", "de Boer");
    let before = audit::entries(v.store()).unwrap().len();
    let refused = escalation::open(
        v.store(),
        &on(2026, 11, 2),
        opening(&pupil_id, Concern::Safety),
    );
    match refused {
        Err(Error::Validation { field, rule }) => {
            assert_eq!(field, "concern");
            assert_eq!(rule, Rule::SafetyFollowsMeldcode);
            assert!(rule.dutch().contains("meldcode"));
        }
        other => panic!("expected the meldcode rule, got {other:?}"),
    }
    assert_eq!(audit::entries(v.store()).unwrap().len(), before);
    let page = escalation::list(v.store(), &on(2026, 11, 2), IdRequest { id: pupil_id }).unwrap();
    assert!(page.disputes.is_empty());
}

#[test]
fn the_ladder_comes_from_the_template_and_says_where_the_case_is() {
    let mut s = Setup::new();
    let view = s.page().disputes.remove(0);
    let keys: Vec<&str> = view.ladder.iter().map(|step| step.key.as_str()).collect();
    // The OPP ladder: every step of the template but the TLV bezwaar (only for a TLV).
    assert_eq!(
        keys,
        [
            "gesprek_leerkracht",
            "gesprek_school",
            "schoolbestuur",
            "samenwerkingsverband",
            "onderwijsconsulent",
            "geschillencommissie",
            "college_rechten_mens",
            "rechter"
        ]
    );
    assert_eq!(view.current_step.as_deref(), Some("gesprek_leerkracht"));
    assert!(view.ladder[0].current);
    assert_eq!(view.escalation.template_id, "landelijk");

    // A record that does not finish the step keeps the case there; one that does moves on.
    let page = escalation::record_step(
        s.v.store(),
        &on(2026, 11, 3),
        record(&s.id, "gesprek_leerkracht", "2026-11-03", false),
    )
    .unwrap();
    assert_eq!(
        page.disputes[0].current_step.as_deref(),
        Some("gesprek_leerkracht")
    );
    escalation::record_step(
        s.v.store(),
        &on(2026, 11, 5),
        record(&s.id, "gesprek_leerkracht", "2026-11-05", true),
    )
    .unwrap();
    let page = escalation::skip_step(
        s.v.store(),
        &on(2026, 11, 6),
        SkipEscalationStepRequest {
            id: s.id.clone(),
            skip: StepSkip {
                step: "gesprek_school".into(),
                on: "2026-11-06".into(),
                reason: "De directeur was bij het eerste gesprek.".into(),
            },
        },
    )
    .unwrap();
    let view = &page.disputes[0];
    assert_eq!(view.current_step.as_deref(), Some("schoolbestuur"));
    assert_eq!(view.ladder[0].state, LadderStepState::Done);
    assert_eq!(view.ladder[0].records.len(), 2);
    assert_eq!(view.ladder[1].state, LadderStepState::Skipped);
    assert!(view.ladder[2].current);
}

#[test]
fn a_step_off_the_ladder_or_before_the_opening_is_refused_at_the_field() {
    let mut s = Setup::new();
    let before = audit::entries(s.v.store()).unwrap().len();
    // The TLV bezwaar is not on an OPP geschil's ladder.
    let off = escalation::record_step(
        s.v.store(),
        &on(2026, 11, 3),
        record(&s.id, "tlv_bezwaar", "2026-11-03", true),
    )
    .unwrap_err();
    assert_eq!(off.field_errors()[0].field, "step");
    assert_eq!(off.field_errors()[0].rule, Rule::StepNotOnLadder);
    let early = escalation::record_step(
        s.v.store(),
        &on(2026, 11, 3),
        record(&s.id, "gesprek_leerkracht", "2026-11-01", true),
    )
    .unwrap_err();
    assert_eq!(early.field_errors()[0].field, "on");
    assert_eq!(early.field_errors()[0].rule, Rule::DateBeforeStart);
    let impossible = escalation::record_step(
        s.v.store(),
        &on(2026, 11, 3),
        record(&s.id, "gesprek_leerkracht", "2026-11-31", true),
    )
    .unwrap_err();
    assert_eq!(impossible.field_errors()[0].rule, Rule::InvalidDate);
    let no_reason = escalation::skip_step(
        s.v.store(),
        &on(2026, 11, 3),
        SkipEscalationStepRequest {
            id: s.id.clone(),
            skip: StepSkip {
                step: "gesprek_school".into(),
                on: "2026-11-03".into(),
                reason: "  ".into(),
            },
        },
    )
    .unwrap_err();
    assert_eq!(no_reason.field_errors()[0].field, "reason");
    assert_eq!(audit::entries(s.v.store()).unwrap().len(), before);
}

#[test]
fn the_gpo_termijn_is_on_vandaag_through_its_last_day_while_its_step_is_open() {
    let mut s = Setup::new();
    let view = s.page().disputes.remove(0);
    let gpo = view
        .clocks
        .iter()
        .find(|c| c.clock == StepClock::Gpo)
        .unwrap();
    // Decision Tuesday 20 October 2026: six weeks end Tuesday 1 December 2026.
    assert_eq!(gpo.date.as_deref(), Some("2026-12-01"));
    assert!(gpo.running && gpo.deadline);
    assert!(gpo.source.contains("onderwijsgeschillen.nl"));
    // No bezwaar with the board for an OPP, no TLV bezwaar, no consultant (not at home).
    assert_eq!(view.clocks.len(), 1);

    let gpo_item = (
        DashboardKind::EscalationGpoDeadline,
        "2026-12-01".to_owned(),
    );
    assert!(s.kinds_on(2026, 10, 19).is_empty(), "before the decision");
    assert_eq!(s.kinds_on(2026, 10, 20), std::slice::from_ref(&gpo_item));
    assert_eq!(s.kinds_on(2026, 11, 30), std::slice::from_ref(&gpo_item));
    assert_eq!(s.kinds_on(2026, 12, 1), std::slice::from_ref(&gpo_item));
    assert!(s.kinds_on(2026, 12, 2).is_empty(), "the termijn is over");

    // Filed with the GPO: the step is done, the clock stops.
    escalation::record_step(
        s.v.store(),
        &on(2026, 11, 20),
        record(&s.id, "geschillencommissie", "2026-11-20", true),
    )
    .unwrap();
    assert!(s.kinds_on(2026, 11, 30).is_empty());
    assert!(!s.page().disputes[0].clocks[0].running);
}

#[test]
fn a_link_must_be_the_pupils_own_and_gives_the_decision_date() {
    let mut v = TestVault::new();
    let pupil_id = v.add_pupil("Sem", "de Boer");
    let other = v.add_pupil("Noa", "Jansen");
    let tlv_id = tlv::save(
        v.store(),
        &on(2026, 10, 2),
        &Template::landelijk().unwrap(),
        SaveTlvRequest {
            id: None,
            pupil_id: pupil_id.clone(),
            request: TlvRequest {
                kind: TlvKind::Sbo,
                applied_on: Some("2026-10-01".into()),
                support_question: "Welke school past?".into(),
                cluster_note: None,
                renewal: false,
                experts: Vec::new(),
                parents: ParentsPosition {
                    stance: ParentStance::Instemming,
                    on: Some("2026-09-25".into()),
                    note: None,
                },
                checked: Vec::new(),
            },
        },
    )
    .unwrap()
    .id;
    tlv::decide(
        v.store(),
        &on(2026, 11, 14),
        &Template::landelijk().unwrap(),
        DecideTlvRequest {
            id: tlv_id.clone(),
            decision: TlvDecision {
                outcome: TlvOutcome::Afgewezen,
                decided_on: "2026-11-14".into(),
                decision_number: "PO2701-2026-00042".into(),
                category: None,
                starts_on: None,
                school_years: None,
                note: None,
            },
        },
    )
    .unwrap();
    let link = DisputeLink {
        kind: LinkKind::Tlv,
        id: tlv_id.clone(),
    };
    let request = |pupil: &str| OpenEscalationRequest {
        subject: DisputeSubject::Tlv,
        link: Some(link.clone()),
        decision_on: None,
        opened_on: "2026-11-16".into(),
        ..opening(pupil, Concern::Disagreement)
    };
    let elsewhere = escalation::open(v.store(), &on(2026, 11, 16), request(&other)).unwrap_err();
    assert_eq!(elsewhere.field_errors()[0].field, "link");

    let saved = escalation::open(v.store(), &on(2026, 11, 16), request(&pupil_id)).unwrap();
    let view = &saved.page.disputes[0];
    assert_eq!(view.escalation.decision_on.as_deref(), Some("2026-11-14"));
    assert!(view.link_label.as_deref().unwrap().contains("14-11-2026"));
    let keys: Vec<&str> = view.ladder.iter().map(|s| s.key.as_str()).collect();
    assert!(keys.contains(&"tlv_bezwaar") && !keys.contains(&"geschillencommissie"));
    // The TLV bezwaar: the TLV's own clock, shown on Vandaag by the TLV (not twice).
    let clock = &view.clocks[0];
    assert_eq!(clock.clock, StepClock::TlvObjection);
    assert_eq!(clock.date.as_deref(), Some("2026-12-28"));
    assert!(clock.shown_with_tlv);
    let kinds: Vec<DashboardKind> = dashboard::get(
        v.store(),
        &on(2026, 11, 20),
        &Template::landelijk().unwrap(),
    )
    .unwrap()
    .items
    .into_iter()
    .map(|i| i.kind)
    .collect();
    assert_eq!(kinds, [DashboardKind::TlvObjectionDeadline]);
}

#[test]
fn a_closed_geschil_is_read_only_and_every_change_is_audited() {
    let mut s = Setup::new();
    escalation::record_step(
        s.v.store(),
        &on(2026, 11, 3),
        record(&s.id, "gesprek_leerkracht", "2026-11-03", true),
    )
    .unwrap();
    let closing = DisputeClosing {
        outcome: DisputeOutcome::ResolvedAtSchool,
        on: "2026-11-10".into(),
        note: Some("Afspraken over de doelen gemaakt.".into()),
    };
    let page = escalation::close(
        s.v.store(),
        &on(2026, 11, 10),
        CloseEscalationRequest {
            id: s.id.clone(),
            closing: closing.clone(),
        },
    )
    .unwrap();
    let view = &page.disputes[0];
    assert!(!view.open);
    assert_eq!(
        view.status_label,
        "gesloten op 10-11-2026: opgelost op school"
    );
    assert!(view.ladder.iter().all(|step| !step.current));
    assert!(view.clocks.iter().all(|clock| !clock.running));
    assert!(s.kinds_on(2026, 11, 20).is_empty());
    let again = escalation::record_step(
        s.v.store(),
        &on(2026, 11, 11),
        record(&s.id, "gesprek_school", "2026-11-11", true),
    );
    assert!(matches!(again, Err(Error::InvalidTransition(_))));

    let entries = audit::entries(s.v.store()).unwrap();
    let ours: Vec<_> = entries
        .iter()
        .filter(|e| e.action.starts_with("escalation."))
        .collect();
    let actions: Vec<&str> = ours.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(
        actions,
        [
            "escalation.open",
            "escalation.step_record",
            "escalation.close"
        ]
    );
    for entry in ours {
        assert_eq!(entry.entity_id.as_deref(), Some(s.id.as_str()));
        let text = format!("{entry:?}");
        assert!(!text.contains("Sem") && !text.contains("Boer") && !text.contains("doelen"));
    }
}

#[test]
fn a_removal_geschil_has_the_board_bezwaar_and_the_consultant_once_four_weeks_at_home() {
    use ibis_core::domain::home_stay::{ExemptionStatus, HomeStayDraft};
    use ibis_core::usecases::absence::{self, SaveHomeStayRequest};
    let mut v = TestVault::new();
    let pupil_id = v.add_pupil("Sem", "de Boer");
    // At home since Monday 2 November 2026: the onderwijsconsulent is open from 1 December.
    absence::save_home_stay(
        v.store(),
        &on(2026, 11, 2),
        SaveHomeStayRequest {
            id: None,
            pupil_id: pupil_id.clone(),
            stay: HomeStayDraft {
                since: "2026-11-02".into(),
                reason: "Geschorst in afwachting van verwijdering.".into(),
                exemption: ExemptionStatus::None,
                deviation_plan: None,
                deviation_ends_on: None,
            },
        },
    )
    .unwrap();
    let saved = escalation::open(
        v.store(),
        &on(2026, 11, 3),
        OpenEscalationRequest {
            subject: DisputeSubject::Removal,
            opened_on: "2026-11-03".into(),
            decision_on: Some("2026-11-02".into()),
            ..opening(&pupil_id, Concern::Disagreement)
        },
    )
    .unwrap();
    let view = &saved.page.disputes[0];
    let clocks: Vec<(StepClock, Option<&str>)> = view
        .clocks
        .iter()
        .map(|c| (c.clock, c.date.as_deref()))
        .collect();
    // In the template's order: schoolbestuur, onderwijsconsulent, GPO; six weeks after Monday
    // 2 November is Monday 14 December.
    assert_eq!(
        clocks,
        [
            (StepClock::BoardObjection, Some("2026-12-14")),
            (StepClock::ConsultantAfterHomeStay, Some("2026-12-01")),
            (StepClock::Gpo, Some("2026-12-14")),
        ]
    );
    assert!(view.clocks[0].source.contains("WPO art. 40 lid 12"));
    let kinds_on = |v: &mut TestVault, day: (i32, u32, u32)| -> Vec<DashboardKind> {
        dashboard::get(
            v.store(),
            &on(day.0, day.1, day.2),
            &Template::landelijk().unwrap(),
        )
        .unwrap()
        .items
        .into_iter()
        .filter(|i| i.record_id.as_deref() == Some(saved.id.as_str()))
        .map(|i| i.kind)
        .collect()
    };
    // The day before the consultant is open: the two termijnen only.
    let mut before = kinds_on(&mut v, (2026, 11, 30));
    before.sort();
    assert_eq!(
        before,
        [
            DashboardKind::EscalationGpoDeadline,
            DashboardKind::EscalationBoardObjectionDeadline,
        ]
    );
    let mut on_first = kinds_on(&mut v, (2026, 12, 1));
    on_first.sort();
    assert_eq!(
        on_first,
        [
            DashboardKind::EscalationGpoDeadline,
            DashboardKind::EscalationBoardObjectionDeadline,
            DashboardKind::EscalationConsultantAvailable,
        ]
    );
    // The consultant asked: that clock stops; the others run on.
    escalation::skip_step(
        v.store(),
        &on(2026, 12, 1),
        SkipEscalationStepRequest {
            id: saved.id.clone(),
            skip: StepSkip {
                step: "onderwijsconsulent".into(),
                on: "2026-12-01".into(),
                reason: "De ouders willen geen advies van een onderwijsconsulent.".into(),
            },
        },
    )
    .unwrap();
    assert!(
        !kinds_on(&mut v, (2026, 12, 1)).contains(&DashboardKind::EscalationConsultantAvailable)
    );
    assert!(
        kinds_on(&mut v, (2026, 12, 15)).is_empty(),
        "both termijnen are over"
    );
}
