//! Issue 7, domain corrections 2–6: carried-over goals without old evaluation dates, evaluation
//! decisions that lead somewhere, parents and pupil involved from the start, "corrigeren" and
//! "aanpak aanpassen" instead of three kinds of "bijstellen", and completing a step with a
//! reason. Each test failed before its correction.

use super::casus::{Casus, goal, signal, walk_to_evaluation};
use super::support::PASSPHRASE;
use ibis_core::Error;
use ibis_core::domain::case::CaseStatus;
use ibis_core::domain::records::*;
use ibis_core::domain::stepplan::{Requirement, StepKey, StepState};
use ibis_core::template::{LANDELIJK, Template};
use ibis_core::usecases::case_detail::{CaseDetail, FollowUpKind, TimelineKind};
use ibis_core::usecases::cases;
use ibis_core::usecases::dashboard::{self, DashboardKind};
use ibis_core::usecases::stepplan::{CarriedGoalDate, StepAction};
use ibis_core::usecases::{IdRequest, audit};

/// Walks steps 1–5, evaluates every goal with `decision` and completes Evalueren.
fn evaluated(decision: &str) -> (Casus, String) {
    let mut c = Casus::new();
    let goal_id = walk_to_evaluation(&mut c);
    c.save(evaluation(&goal_id, decision)).unwrap();
    c.step(StepKey::Evalueren, StepAction::Complete, None)
        .unwrap();
    (c, goal_id)
}

fn evaluation(goal_id: &str, decision: &str) -> RecordData {
    RecordData::Evaluation(EvaluationData {
        date: "2026-11-20".into(),
        results: vec![GoalResult {
            goal_id: goal_id.to_owned(),
            outcome: "deels".into(),
            rationale: "35 wpm".into(),
        }],
        decision: Some(decision.into()),
        notes: None,
    })
}

fn close(c: &mut Casus, closed_on: &str, reason: &str) -> Result<CaseDetail, Error> {
    let before = audit::entries(c.v.store()).unwrap().len();
    let req = cases::CloseCaseRequest {
        id: c.case_id.clone(),
        closed_on: closed_on.into(),
        reason: reason.into(),
    };
    let out = cases::close(c.v.store.as_mut().unwrap(), &c.v.clock, req);
    let after = audit::entries(c.v.store()).unwrap().len();
    assert_eq!(after, before + usize::from(out.is_ok()));
    out
}

fn meeting(date: &str) -> RecordData {
    RecordData::Conversation(ConversationData {
        step: StepKey::Evalueren,
        date: date.into(),
        conversation_kind: ConversationKind::Meeting,
        participants: "IB'er, orthopedagoog SWV, leerkracht, moeder".into(),
        summary: "Besproken in het ondersteuningsteam".into(),
        agreements: Some("Onderzoek naar leesproblemen aanvragen".into()),
        parents: None,
    })
}

fn dashboard_reasons(c: &mut Casus) -> Vec<(DashboardKind, Option<String>)> {
    dashboard::get(c.v.store.as_ref().unwrap(), &c.v.clock, &c.template)
        .unwrap()
        .items
        .into_iter()
        .filter(|i| i.record_id.is_some())
        .map(|i| (i.item.kind, i.item.record_id))
        .collect()
}

// 2. New cycle raises false "Te laat" items.

#[test]
fn a_carried_goal_keeps_no_old_evaluation_date_and_is_listed_as_missing() {
    let (mut c, _) = evaluated("nieuwe_cyclus");
    let detail = c.new_cycle(vec![]).unwrap();
    let carried = detail.cycles[1]
        .records
        .iter()
        .find(|r| r.data.kind() == "goal")
        .unwrap();
    let RecordData::Goal(g) = &carried.data else {
        unreachable!()
    };
    assert_eq!(g.evaluation_date, None, "the old 20-11 date is not carried");
    assert_eq!(g.description, "Leest 40 woorden per minuut op AVI M4");
    assert_eq!(
        dashboard_reasons(&mut c),
        vec![(
            DashboardKind::EvaluationDateMissing,
            Some(carried.id.clone())
        )],
        "no false ‘te laat’, but ‘evaluatiedatum ontbreekt’"
    );
}

#[test]
fn a_new_cycle_takes_new_evaluation_dates_from_the_request() {
    let (mut c, goal_id) = evaluated("aanpak_aanpassen");
    let dated = |date: &str| {
        vec![CarriedGoalDate {
            goal_id: goal_id.clone(),
            evaluation_date: date.into(),
        }]
    };
    assert!(matches!(
        c.new_cycle(dated("2026-11-20")),
        Err(Error::Validation {
            field: "evaluationDate",
            ..
        })
    ));
    let unknown = vec![CarriedGoalDate {
        goal_id: "0190aaaa-0000-7000-8000-00000000dead".into(),
        evaluation_date: "2027-01-15".into(),
    }];
    assert!(matches!(
        c.new_cycle(unknown),
        Err(Error::Validation {
            field: "goalId",
            ..
        })
    ));
    let detail = c.new_cycle(dated("2027-01-15")).unwrap();
    let RecordData::Goal(g) = &detail.cycles[1]
        .records
        .iter()
        .find(|r| r.data.kind() == "goal")
        .unwrap()
        .data
    else {
        unreachable!()
    };
    assert_eq!(g.evaluation_date.as_deref(), Some("2027-01-15"));
    assert_eq!(dashboard_reasons(&mut c), vec![]);
}

// 3. Evaluation decisions lead somewhere.

#[test]
fn afsluiten_asks_to_close_the_casus_with_a_date_and_a_reason() {
    let (mut c, _) = evaluated("afsluiten");
    let follow_up = c.detail().follow_up.unwrap();
    assert_eq!(follow_up.kind, FollowUpKind::CloseCase);
    assert!(!follow_up.done);
    // Closing without a reason, or by flipping the status, changes nothing.
    assert!(matches!(
        close(&mut c, "2026-11-20", "  "),
        Err(Error::Validation {
            field: "reason",
            ..
        })
    ));
    assert!(matches!(
        close(&mut c, "2026-11-24", "Doel behaald"),
        Err(Error::Validation {
            field: "closedOn",
            ..
        })
    ));
    assert!(matches!(
        close(&mut c, "2026-09-01", "Doel behaald"),
        Err(Error::Validation {
            field: "closedOn",
            ..
        })
    ));
    let case = c.detail().case;
    let flip = cases::UpdateCaseRequest {
        id: case.id.clone(),
        title: case.title.clone(),
        start_date: case.start_date.clone(),
        status: CaseStatus::Closed,
    };
    assert!(matches!(
        cases::update(c.v.store.as_mut().unwrap(), &c.v.clock, flip),
        Err(Error::InvalidTransition(_))
    ));

    let detail = close(
        &mut c,
        "2026-11-20",
        "Leesdoel behaald; geen extra aanpak meer nodig",
    )
    .unwrap();
    assert_eq!(detail.case.status, CaseStatus::Closed);
    assert_eq!(detail.case.closed_on.as_deref(), Some("2026-11-20"));
    assert!(detail.follow_up.unwrap().done);
    let closed = detail
        .timeline
        .iter()
        .find(|e| e.kind == TimelineKind::CaseClosed)
        .unwrap();
    assert_eq!(closed.date, "2026-11-20");
    assert_eq!(
        closed.note.as_deref(),
        Some("Leesdoel behaald; geen extra aanpak meer nodig")
    );
    assert_eq!(
        audit::entries(c.v.store()).unwrap().last().unwrap().action,
        "case.close"
    );
    assert!(matches!(
        close(&mut c, "2026-11-20", "Nog eens"),
        Err(Error::InvalidTransition(_))
    ));
    // Reopening clears the close date and reason.
    let reopen = cases::UpdateCaseRequest {
        id: case.id,
        title: case.title,
        start_date: case.start_date,
        status: CaseStatus::Open,
    };
    let detail = cases::update(c.v.store.as_mut().unwrap(), &c.v.clock, reopen).unwrap();
    assert_eq!(detail.case.closed_on, None);
    assert_eq!(detail.case.close_reason, None);
}

#[test]
fn overleg_asks_for_the_meeting_record_also_after_the_cycle_is_finished() {
    let (mut c, _) = evaluated("overleg_ot_swv");
    let follow_up = c.detail().follow_up.unwrap();
    assert_eq!(follow_up.kind, FollowUpKind::MeetingRecord);
    assert!(!follow_up.done);
    // Other records still cannot be added to the finished cycle.
    assert!(matches!(
        c.save(signal(true)),
        Err(Error::InvalidTransition(_))
    ));
    let detail = c.save(meeting("2026-11-23")).unwrap();
    assert!(detail.follow_up.unwrap().done);
    assert_eq!(detail.cycles.len(), 1);
}

#[test]
fn a_meeting_cannot_be_added_to_a_finished_cycle_without_an_overleg_decision() {
    let (mut c, _) = evaluated("nieuwe_cyclus");
    assert!(matches!(
        c.save(meeting("2026-11-23")),
        Err(Error::InvalidTransition(_))
    ));
}

#[test]
fn extra_ondersteuning_records_the_decision_date_for_the_opp_clock() {
    let (mut c, _) = evaluated("extra_ondersteuning");
    let detail = c.detail();
    assert_eq!(
        detail.case.extra_support_decided_on.as_deref(),
        Some("2026-11-20")
    );
    let follow_up = detail.follow_up.unwrap();
    assert_eq!(follow_up.kind, FollowUpKind::OppNeeded);
    assert_eq!(follow_up.date, "2026-11-20");
    // The decision date survives a new cycle, and makes a TLV possible from then on.
    let detail = c.new_cycle(vec![]).unwrap();
    assert_eq!(
        detail.case.extra_support_decided_on.as_deref(),
        Some("2026-11-20")
    );
    let tlv = detail
        .decisions
        .iter()
        .find(|d| d.key == "tlv_overwegen")
        .unwrap();
    assert!(tlv.available);
}

#[test]
fn tlv_is_offered_only_once_extra_support_is_recorded() {
    let mut c = Casus::new();
    let goal_id = walk_to_evaluation(&mut c);
    let tlv = |d: &CaseDetail| {
        d.decisions
            .iter()
            .find(|o| o.key == "tlv_overwegen")
            .cloned()
            .unwrap()
    };
    let option = tlv(&c.detail());
    assert!(!option.available);
    assert!(option.reason.unwrap().contains("extra ondersteuning"));
    assert!(
        c.detail()
            .decisions
            .iter()
            .filter(|o| o.key != "tlv_overwegen")
            .all(|o| o.available)
    );
    assert!(matches!(
        c.save(evaluation(&goal_id, "tlv_overwegen")),
        Err(Error::Validation {
            field: "decision",
            ..
        })
    ));
    // Extra support recorded (an intervention of level extra) makes the TLV possible.
    c.save(RecordData::Intervention(InterventionData {
        description: "Remedial teaching door de RT'er".into(),
        level: "extra".into(),
        level_note: None,
        who: Some("RT'er".into()),
        start_date: Some("2026-10-01".into()),
        end_date: None,
        frequency: Some("2× per week".into()),
        goal_ids: vec![goal_id.clone()],
    }))
    .unwrap();
    assert!(tlv(&c.detail()).available);
    c.save(evaluation(&goal_id, "tlv_overwegen")).unwrap();
}

// 4. Parents and pupil are partners from the start.

#[test]
fn a_template_can_require_the_pupil_informed_and_the_plan_made_with_parents_and_pupil() {
    let fixture = LANDELIJK
        .replace(
            "required = [\"signal\", \"signal.parents_informed\"]",
            "required = [\"signal\", \"signal.parents_informed\", \"signal.pupil_informed\"]",
        )
        .replace(
            "required = [\"goal.evaluation_date\"]",
            "required = [\"goal.evaluation_date\", \"plan.made_with\"]",
        );
    let mut c = Casus::with_template(Template::parse(&fixture).unwrap());
    let mut parents_only = signal(true);
    if let RecordData::Signal(s) = &mut parents_only {
        s.pupil_informed = None;
    }
    c.save(parents_only).unwrap();
    assert!(matches!(
        c.step(StepKey::Signaleren, StepAction::Complete, None),
        Err(Error::StepIncomplete(Requirement::SignalPupilInformed))
    ));
    let mut not_yet = signal(true);
    if let RecordData::Signal(s) = &mut not_yet {
        s.pupil_informed = Some(PupilInformed {
            informed: false,
            date: None,
            reason: Some("Eerst met ouders bespreken".into()),
        });
    }
    let detail = c.save(not_yet.clone()).unwrap();
    assert!(detail.cycles[0].records.iter().any(|r| r.data == not_yet));
    c.step(StepKey::Signaleren, StepAction::Complete, None)
        .unwrap();

    let mut unanswered = goal("2026-12-18");
    if let RecordData::Goal(g) = &mut unanswered {
        g.made_with_pupil = None;
    }
    c.save(unanswered).unwrap();
    assert!(matches!(
        c.step(StepKey::Plannen, StepAction::Complete, None),
        Err(Error::StepIncomplete(Requirement::PlanMadeWith))
    ));
    c.save(goal("2026-12-18")).unwrap();
    c.step(StepKey::Plannen, StepAction::Complete, None)
        .unwrap();
}

#[test]
fn pupil_informed_needs_a_real_date_and_old_signals_still_load() {
    let mut c = Casus::new();
    let mut undated = signal(true);
    if let RecordData::Signal(s) = &mut undated {
        s.pupil_informed = Some(PupilInformed {
            informed: true,
            date: None,
            reason: None,
        });
    }
    assert!(matches!(
        c.save(undated),
        Err(Error::Validation {
            field: "pupilDate",
            ..
        })
    ));
    let old = r#"{"kind":"signal","date":"2026-09-14","source":"teacher","sourceOther":null,
        "observation":"x","since":null,"data":null,
        "parents":{"informed":true,"date":"2026-09-15","reason":null}}"#;
    let RecordData::Signal(s) = serde_json::from_str::<RecordData>(old).unwrap() else {
        unreachable!()
    };
    assert_eq!(s.pupil_informed, None);
    let old_goal = r#"{"kind":"goal","description":"x","targetDate":null,"evaluationDate":null}"#;
    let RecordData::Goal(g) = serde_json::from_str::<RecordData>(old_goal).unwrap() else {
        unreachable!()
    };
    assert_eq!((g.made_with_parents, g.made_with_pupil), (None, None));
}

// 5. "Bijstellen" has three meanings.

#[test]
fn the_evaluation_decision_is_aanpak_aanpassen_not_bijstellen() {
    let template = Template::landelijk().unwrap();
    let label = |key: &str| {
        template
            .decisions
            .iter()
            .find(|d| d.key == key)
            .map(|d| d.label.clone())
    };
    assert_eq!(
        label("aanpak_aanpassen").as_deref(),
        Some("Aanpak aanpassen")
    );
    assert_eq!(label("bijstellen"), None);
    assert_eq!(
        label("extra_ondersteuning").as_deref(),
        Some("Extra ondersteuning inzetten (OPP)")
    );
    let mut c = Casus::new();
    let goal_id = walk_to_evaluation(&mut c);
    assert!(matches!(
        c.save(evaluation(&goal_id, "bijstellen")),
        Err(Error::Validation {
            field: "decision",
            ..
        })
    ));
    let detail = c.save(evaluation(&goal_id, "aanpak_aanpassen")).unwrap();
    assert_eq!(detail.follow_up.unwrap().kind, FollowUpKind::NewCycle);
}

#[test]
fn a_schema_2_vault_is_upgraded_bijstellen_decisions_and_stale_carried_dates_included() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path().join("vault");
    let old = ibis_core::vault::create_at_schema(&dir, PASSPHRASE, 2).unwrap();
    old.read(|conn| {
        conn.execute_batch(
            "INSERT INTO pupils (id, first_name, last_name, birth_date, education_type, grade, school,
                                 search_key, created_at, updated_at)
             VALUES ('0190aaaa-0000-7000-8000-000000000001', 'Oud', 'Schema', '2016-01-01', 'po', 4, '',
                     'oud schema', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
             INSERT INTO cases (id, pupil_id, title, start_date, status, template_id, template_version,
                                closed_at, created_at, updated_at)
             VALUES ('0190aaaa-0000-7000-8000-000000000002', '0190aaaa-0000-7000-8000-000000000001',
                     'Lezen', '2026-02-01', 'open', 'landelijk', 1, NULL,
                     '2026-02-01T00:00:00Z', '2026-02-01T00:00:00Z'),
                    ('0190aaaa-0000-7000-8000-000000000003', '0190aaaa-0000-7000-8000-000000000001',
                     'Rekenen', '2026-02-01', 'closed', 'landelijk', 1, '2026-06-30T10:00:00Z',
                     '2026-02-01T00:00:00Z', '2026-06-30T10:00:00Z');
             INSERT INTO cycles (id, case_id, number, started_on, finished_on, created_at)
             VALUES ('0190aaaa-0000-7000-8000-000000000011', '0190aaaa-0000-7000-8000-000000000002', 1,
                     '2026-02-01', '2026-05-01', '2026-02-01T00:00:00Z'),
                    ('0190aaaa-0000-7000-8000-000000000012', '0190aaaa-0000-7000-8000-000000000002', 2,
                     '2026-05-04', NULL, '2026-05-04T00:00:00Z');
             INSERT INTO cycle_steps (cycle_id, step, state, current_since, updated_at)
             SELECT cy.id, s.step, 'open', NULL, '2026-05-04T00:00:00Z'
             FROM cycles cy CROSS JOIN (SELECT 'signaleren' AS step UNION ALL SELECT 'begrijpen'
                 UNION ALL SELECT 'plannen' UNION ALL SELECT 'realiseren' UNION ALL SELECT 'vastleggen'
                 UNION ALL SELECT 'evalueren') s;
             INSERT INTO case_records (id, case_id, cycle_id, kind, step, record_date, payload,
                                       carried_from, created_at, updated_at)
             VALUES ('0190aaaa-0000-7000-8000-000000000021', '0190aaaa-0000-7000-8000-000000000002',
                     '0190aaaa-0000-7000-8000-000000000011', 'goal', 'plannen', '2026-02-10',
                     '{\"kind\":\"goal\",\"description\":\"Leest AVI M4\",\"targetDate\":null,\"evaluationDate\":\"2026-04-20\"}',
                     NULL, '2026-02-10T00:00:00Z', '2026-02-10T00:00:00Z'),
                    ('0190aaaa-0000-7000-8000-000000000022', '0190aaaa-0000-7000-8000-000000000002',
                     '0190aaaa-0000-7000-8000-000000000011', 'evaluation', 'evalueren', '2026-04-28',
                     '{\"kind\":\"evaluation\",\"date\":\"2026-04-28\",\"results\":[],\"decision\":\"bijstellen\",\"notes\":null}',
                     NULL, '2026-04-28T00:00:00Z', '2026-04-28T00:00:00Z'),
                    ('0190aaaa-0000-7000-8000-000000000023', '0190aaaa-0000-7000-8000-000000000002',
                     '0190aaaa-0000-7000-8000-000000000012', 'goal', 'plannen', '2026-05-04',
                     '{\"kind\":\"goal\",\"description\":\"Leest AVI M4\",\"targetDate\":null,\"evaluationDate\":\"2026-04-20\"}',
                     '0190aaaa-0000-7000-8000-000000000021', '2026-05-04T00:00:00Z', '2026-05-04T00:00:00Z');",
        )?;
        Ok(())
    })
    .unwrap();
    old.close().unwrap();

    let clock = ibis_core::clock::FixedClock::new(super::support::monday_morning());
    let store = ibis_core::usecases::vault::unlock(&dir, &clock, PASSPHRASE, &[]).unwrap();
    let detail = cases::get(
        &store,
        IdRequest {
            id: "0190aaaa-0000-7000-8000-000000000002".into(),
        },
    )
    .unwrap();
    let decision = detail.cycles[0].records.iter().find_map(|r| match &r.data {
        RecordData::Evaluation(e) => e.decision.clone(),
        _ => None,
    });
    assert_eq!(decision.as_deref(), Some("aanpak_aanpassen"));
    let goal_date = |cycle: usize| {
        detail.cycles[cycle]
            .records
            .iter()
            .find_map(|r| match &r.data {
                RecordData::Goal(g) => Some(g.evaluation_date.clone()),
                _ => None,
            })
    };
    assert_eq!(
        goal_date(0),
        Some(Some("2026-04-20".into())),
        "history kept"
    );
    assert_eq!(
        goal_date(1),
        Some(None),
        "the stale carried date is cleared"
    );
    let closed = cases::get(
        &store,
        IdRequest {
            id: "0190aaaa-0000-7000-8000-000000000003".into(),
        },
    )
    .unwrap();
    assert_eq!(closed.case.closed_on.as_deref(), Some("2026-06-30"));
}

// 6. A completed step is not a skipped step.

#[test]
fn a_step_can_be_completed_without_a_requirement_when_a_reason_is_given() {
    let mut c = Casus::new();
    let mut not_informed = signal(false);
    if let RecordData::Signal(s) = &mut not_informed {
        s.parents.reason = None;
    }
    c.save(not_informed).unwrap();
    assert!(matches!(
        c.step(StepKey::Signaleren, StepAction::Complete, Some("  ")),
        Err(Error::StepIncomplete(Requirement::SignalParentsInformed))
    ));
    let detail = c
        .step(
            StepKey::Signaleren,
            StepAction::Complete,
            Some("Ouders waren op vakantie; gesprek staat gepland"),
        )
        .unwrap();
    let step = &detail.cycles[0].steps[0];
    assert_eq!(step.state, StepState::Done, "completed, not skipped");
    assert_eq!(step.skip_reason, None);
    assert_eq!(
        step.completion_reason.as_deref(),
        Some("Ouders waren op vakantie; gesprek staat gepland")
    );
    let entry = detail
        .timeline
        .iter()
        .find(|e| e.kind == TimelineKind::StepCompleted)
        .unwrap();
    assert_eq!(
        entry.note.as_deref(),
        Some("Ouders waren op vakantie; gesprek staat gepland")
    );
    // Reopening clears the reason; completing with everything present stores none.
    c.step(StepKey::Signaleren, StepAction::Reopen, None)
        .unwrap();
    c.save(signal(true)).unwrap();
    let detail = c
        .step(StepKey::Signaleren, StepAction::Complete, Some("overbodig"))
        .unwrap();
    assert_eq!(detail.cycles[0].steps[0].completion_reason, None);
}

#[test]
fn a_carried_goal_keeps_a_future_streefdatum_but_not_a_passed_one() {
    let target_of = |detail: &CaseDetail| {
        detail.cycles[1]
            .records
            .iter()
            .find_map(|r| r.data.as_goal().map(|g| g.target_date.clone()))
            .unwrap()
    };
    let (mut c, _) = evaluated("nieuwe_cyclus");
    let detail = c.new_cycle(vec![]).unwrap();
    assert_eq!(target_of(&detail), Some("2027-01-29".into()), "still ahead");

    let (mut later, _) = evaluated("nieuwe_cyclus");
    // The new cycle starts the day after the streefdatum: it has passed and is not carried.
    later.v.clock.advance(chrono::TimeDelta::days(68));
    let detail = later.new_cycle(vec![]).unwrap();
    assert_eq!(detail.cycles[1].started_on, "2027-01-30");
    assert_eq!(
        target_of(&detail),
        None,
        "a passed streefdatum is not carried"
    );
}
