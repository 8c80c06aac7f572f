//! Stappenplan suite: a casus walked through all six steps, requirement checks, skipping,
//! carry-over into a new cycle, corrections, the timeline, the dashboard on boundary days, drafts
//! and a template that renames a step — all on a real vault, audit chain checked throughout.
// A test binary: a failed expectation is a failing test, so unwrap/expect are allowed.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../support.rs"]
mod support;

use ibis_core::domain::records::*;
use ibis_core::domain::stepplan::{Requirement, StepKey, StepState};
use ibis_core::template::{LANDELIJK, Template};
use ibis_core::usecases::case_detail::TimelineKind;
use ibis_core::usecases::dashboard::{self, DashboardKind};
use ibis_core::usecases::stepplan::{self, StepAction};
use ibis_core::usecases::{audit, drafts};
use ibis_core::{Error, Rule};
mod casus;
mod clocks;
mod corrections;

use casus::{Casus, goal, signal, walk_to_evaluation};
use chrono::TimeDelta as Duration;

#[test]
fn a_new_casus_starts_cycle_one_at_signaleren() {
    let mut c = Casus::new();
    let detail = c.detail();
    assert_eq!(detail.cycles.len(), 1);
    let cycle = &detail.cycles[0];
    assert_eq!(cycle.number, 1);
    assert_eq!(cycle.current_step, Some(StepKey::Signaleren));
    assert!(cycle.steps.iter().all(|s| s.state == StepState::Open));
    assert_eq!(c.template.step(StepKey::Signaleren).prompts.len(), 5);
}

#[test]
fn a_full_cycle_then_a_new_cycle_with_carry_over() {
    let mut c = Casus::new();
    let goal_id = walk_to_evaluation(&mut c);
    // Evaluating without results for every goal is refused.
    c.save(RecordData::Evaluation(EvaluationData {
        date: "2026-11-20".into(),
        results: vec![],
        decision: Some("nieuwe_cyclus".into()),
        notes: None,
    }))
    .unwrap();
    assert!(matches!(
        c.step(StepKey::Evalueren, StepAction::Complete, None),
        Err(Error::StepIncomplete(Requirement::EvaluationAllGoals))
    ));
    c.save(RecordData::Evaluation(EvaluationData {
        date: "2026-11-20".into(),
        results: vec![GoalResult {
            goal_id: goal_id.clone(),
            outcome: "deels".into(),
            rationale: "35 wpm, groeit".into(),
        }],
        decision: Some("nieuwe_cyclus".into()),
        notes: None,
    }))
    .unwrap();
    let detail = c
        .step(StepKey::Evalueren, StepAction::Complete, None)
        .unwrap();
    let first = &detail.cycles[0];
    assert_eq!(first.finished_on.as_deref(), Some("2026-11-23"));
    assert!(first.steps.iter().all(|s| s.state == StepState::Done));
    // The plan share froze the plan as it was.
    let snapshot = first
        .records
        .iter()
        .find_map(|r| match &r.data {
            RecordData::PlanShare(p) => p.snapshot.clone(),
            _ => None,
        })
        .unwrap();
    assert_eq!(snapshot.goals.len(), 1);
    assert_eq!(snapshot.interventions.len(), 1);

    // A finished cycle takes no new records.
    assert!(matches!(
        c.save(signal(true)),
        Err(Error::InvalidTransition(_))
    ));

    let detail = c.new_cycle(vec![]).unwrap();
    assert_eq!(detail.cycles.len(), 2);
    let second = &detail.cycles[1];
    assert_eq!(second.current_step, Some(StepKey::Signaleren));
    let kinds: Vec<&str> = second.records.iter().map(|r| r.data.kind()).collect();
    assert_eq!(kinds.iter().filter(|k| **k == "need").count(), 1);
    assert_eq!(kinds.iter().filter(|k| **k == "factor").count(), 2);
    assert_eq!(kinds.iter().filter(|k| **k == "goal").count(), 1);
    assert_eq!(
        kinds.iter().filter(|k| **k == "intervention").count(),
        1,
        "running intervention carried"
    );
    assert!(!kinds.contains(&"signal") && !kinds.contains(&"evaluation"));
    assert!(second.records.iter().all(|r| r.carried_from.is_some()));
    // The carried intervention points at the carried goal, not the old one.
    let new_goal = second
        .records
        .iter()
        .find(|r| r.data.kind() == "goal")
        .unwrap()
        .id
        .clone();
    let RecordData::Intervention(i) = &second
        .records
        .iter()
        .find(|r| r.data.kind() == "intervention")
        .unwrap()
        .data
    else {
        unreachable!()
    };
    assert_eq!(i.goal_ids, vec![new_goal]);
    assert!(matches!(
        c.new_cycle(vec![]),
        Err(Error::InvalidTransition(_))
    ));
    let timeline = c.detail().timeline;
    assert!(
        timeline
            .iter()
            .any(|e| e.kind == TimelineKind::CycleStarted && e.cycle_number == Some(2))
    );
    assert!(
        timeline.windows(2).all(|w| w[0].date <= w[1].date),
        "timeline in date order"
    );
}

#[test]
fn completing_without_a_required_item_changes_nothing() {
    let mut c = Casus::new();
    assert!(matches!(
        c.step(StepKey::Signaleren, StepAction::Complete, None),
        Err(Error::StepIncomplete(Requirement::Signal))
    ));
    let mut not_informed = signal(false);
    if let RecordData::Signal(s) = &mut not_informed {
        s.parents = ParentsInformed {
            informed: false,
            date: None,
            reason: None,
        };
    }
    c.save(not_informed).unwrap();
    assert_eq!(
        c.state(StepKey::Signaleren),
        StepState::InProgress,
        "a record marks the step bezig"
    );
    assert!(matches!(
        c.step(StepKey::Signaleren, StepAction::Complete, None),
        Err(Error::StepIncomplete(Requirement::SignalParentsInformed))
    ));
    assert_eq!(c.state(StepKey::Signaleren), StepState::InProgress);
}

#[test]
fn skipping_needs_a_reason_that_shows_on_the_timeline() {
    let mut c = Casus::new();
    assert!(matches!(
        c.step(StepKey::Signaleren, StepAction::Skip, Some("  ")),
        Err(Error::Validation {
            field: "reason",
            ..
        })
    ));
    c.step(
        StepKey::Signaleren,
        StepAction::Skip,
        Some("Signaal kwam uit de overdracht"),
    )
    .unwrap();
    let detail = c.detail();
    assert_eq!(detail.cycles[0].current_step, Some(StepKey::Begrijpen));
    let skipped = detail
        .timeline
        .iter()
        .find(|e| e.kind == TimelineKind::StepSkipped)
        .unwrap();
    assert_eq!(
        skipped.note.as_deref(),
        Some("Signaal kwam uit de overdracht")
    );
    c.step(StepKey::Signaleren, StepAction::Reopen, None)
        .unwrap();
    assert_eq!(c.state(StepKey::Signaleren), StepState::InProgress);
}

#[test]
fn correcting_a_finished_cycle_needs_a_note_and_is_recorded() {
    let mut c = Casus::new();
    let goal_id = walk_to_evaluation(&mut c);
    c.save(RecordData::Evaluation(EvaluationData {
        date: "2026-11-20".into(),
        results: vec![GoalResult {
            goal_id: goal_id.clone(),
            outcome: "behaald".into(),
            rationale: "40 wpm".into(),
        }],
        decision: Some("afsluiten".into()),
        notes: None,
    }))
    .unwrap();
    c.step(StepKey::Evalueren, StepAction::Complete, None)
        .unwrap();
    let clock = &c.v.clock;
    let mut req = stepplan::SaveRecordRequest {
        case_id: c.case_id.clone(),
        record_id: Some(goal_id.clone()),
        data: goal("2026-11-27"),
        correction_note: None,
    };
    assert!(matches!(
        stepplan::save_record(c.v.store.as_mut().unwrap(), clock, &c.template, req.clone()),
        Err(Error::Validation {
            field: "correctionNote",
            ..
        })
    ));
    req.correction_note = Some("Evaluatiedatum na MDO een week later gezet".into());
    let detail =
        stepplan::save_record(c.v.store.as_mut().unwrap(), clock, &c.template, req).unwrap();
    let revision = detail
        .timeline
        .iter()
        .find(|e| e.kind == TimelineKind::Correction)
        .unwrap();
    assert_eq!(revision.record_id, goal_id);
    assert_eq!(
        audit::entries(c.v.store()).unwrap().last().unwrap().action,
        "record.revise"
    );
    // Steps of a finished cycle cannot be reopened.
    assert!(matches!(
        c.step(StepKey::Plannen, StepAction::Reopen, None),
        Err(Error::InvalidTransition(_))
    ));
}

#[test]
fn an_evaluation_names_every_failing_row_and_field() {
    let mut c = Casus::new();
    let goal_id = walk_to_evaluation(&mut c);
    let before = audit::entries(c.v.store()).unwrap().len();
    let result = |outcome: &str, rationale: &str| GoalResult {
        goal_id: goal_id.clone(),
        outcome: outcome.into(),
        rationale: rationale.into(),
    };
    let err = c
        .save(RecordData::Evaluation(EvaluationData {
            date: "2026-11-20".into(),
            results: vec![
                result("behaald", "40 wpm"),
                result("behaald", "  "),
                result("onbekend", "gezien"),
            ],
            decision: Some("doorgaan_maar".into()),
            notes: None,
        }))
        .unwrap_err();
    let fields: Vec<(String, Rule)> = err
        .field_errors()
        .into_iter()
        .map(|e| (e.field.into_owned(), e.rule))
        .collect();
    assert_eq!(
        fields,
        vec![
            ("results[1].rationale".to_owned(), Rule::Required),
            ("results[2].outcome".to_owned(), Rule::OutOfRange),
            ("decision".to_owned(), Rule::OutOfRange),
        ]
    );
    assert_eq!(
        audit::entries(c.v.store()).unwrap().len(),
        before,
        "nothing saved"
    );
}

#[test]
fn record_validation_gives_field_errors() {
    let mut c = Casus::new();
    let mut future = signal(true);
    if let RecordData::Signal(s) = &mut future {
        s.date = "2026-11-24".into();
    }
    assert!(matches!(
        c.save(future),
        Err(Error::Validation { field: "date", .. })
    ));
    let unclear = RecordData::Intervention(InterventionData {
        description: "Extra instructie".into(),
        level: "onduidelijk".into(),
        level_note: None,
        who: None,
        start_date: Some("2026-10-01".into()),
        end_date: Some("2026-09-01".into()),
        frequency: None,
        goal_ids: vec![],
    });
    // Both failing fields at once, in form order.
    let fields: Vec<(String, Rule)> = c
        .save(unclear)
        .unwrap_err()
        .field_errors()
        .into_iter()
        .map(|e| (e.field.into_owned(), e.rule))
        .collect();
    assert_eq!(
        fields,
        vec![
            ("levelNote".to_owned(), Rule::Required),
            ("endDate".to_owned(), Rule::DateBeforeStart),
        ]
    );
    let factor = RecordData::Factor(FactorData {
        factor_kind: FactorKind::Helping,
        domain: "buurt".into(),
        description: "x".into(),
    });
    assert!(matches!(
        c.save(factor),
        Err(Error::Validation {
            field: "domain",
            ..
        })
    ));
}

#[test]
fn dashboard_lists_evaluations_on_boundary_days() {
    let mut c = Casus::new();
    c.save(goal("2026-11-25")).unwrap(); // Wednesday of the clock's week (today: Monday 23-11-2026)
    let reasons = |c: &mut Casus| {
        let d = dashboard::get(c.v.store.as_ref().unwrap(), &c.v.clock, &c.template).unwrap();
        d.items
            .iter()
            .filter(|i| i.record_id.is_some())
            .map(|i| (i.kind, i.days))
            .collect::<Vec<_>>()
    };
    c.v.clock.advance(Duration::days(-7)); // a week before: coming (binnenkort), nine days left
    assert_eq!(reasons(&mut c), vec![(DashboardKind::EvaluationPlanned, 9)]);
    c.v.clock.advance(Duration::days(8)); // Tuesday 24-11, the day before
    assert_eq!(
        reasons(&mut c),
        vec![(DashboardKind::EvaluationDueThisWeek, 1)]
    );
    c.v.clock.advance(Duration::days(1)); // the day itself
    assert_eq!(
        reasons(&mut c),
        vec![(DashboardKind::EvaluationDueThisWeek, 0)]
    );
    c.v.clock.advance(Duration::days(1)); // the day after
    assert_eq!(reasons(&mut c), vec![(DashboardKind::EvaluationOverdue, 1)]);
    let d = dashboard::get(c.v.store.as_ref().unwrap(), &c.v.clock, &c.template).unwrap();
    let evaluation = d.items.iter().find(|i| i.record_id.is_some()).unwrap();
    assert!(evaluation.rule.contains("Plannen"), "each item says why");
    assert_eq!(d.open_cases, 1);
    assert_eq!(
        d.open_per_step
            .iter()
            .find(|s| s.step == StepKey::Signaleren)
            .unwrap()
            .count,
        1
    );
}

#[test]
fn dashboard_lists_a_step_that_waits_too_long() {
    let c = Casus::new(); // started 07-09-2026; Signaleren may wait 4 weeks
    let d = dashboard::get(c.v.store.as_ref().unwrap(), &c.v.clock, &c.template).unwrap();
    let waiting = d
        .items
        .iter()
        .find(|i| i.kind == DashboardKind::StepWaiting)
        .unwrap();
    assert_eq!(waiting.step, Some(StepKey::Signaleren));
    assert_eq!(waiting.days, 77);
    assert!(waiting.rule.contains("4 weken"));
}

/// Before its waiting time ends a step's last day is a coming deadline (binnenkort, then deze
/// week); the day after, the step waits too long (te laat).
#[test]
fn dashboard_collects_the_end_of_a_steps_waiting_time() {
    use ibis_core::usecases::dashboard::Horizon;
    let mut c = Casus::new(); // started Monday 07-09-2026; Signaleren may wait until 05-10
    let step_items = |c: &mut Casus| {
        let d = dashboard::get(c.v.store.as_ref().unwrap(), &c.v.clock, &c.template).unwrap();
        d.items
            .iter()
            .filter(|i| i.step == Some(StepKey::Signaleren))
            .map(|i| (i.kind, i.horizon, i.due_date.clone(), i.days))
            .collect::<Vec<_>>()
    };
    c.v.clock.advance(Duration::days(-77)); // the first day
    let due = "2026-10-05".to_owned();
    assert_eq!(
        step_items(&mut c),
        [(DashboardKind::StepDue, Horizon::Soon, due.clone(), 28)]
    );
    c.v.clock.advance(Duration::days(28)); // the last day
    assert_eq!(
        step_items(&mut c),
        [(DashboardKind::StepDue, Horizon::ThisWeek, due.clone(), 0)]
    );
    c.v.clock.advance(Duration::days(1)); // the day after
    assert_eq!(
        step_items(&mut c),
        [(DashboardKind::StepWaiting, Horizon::Overdue, due, 29)]
    );
}

#[test]
fn drafts_survive_lock_and_reopen() {
    let mut c = Casus::new();
    let key = format!("case/{}/signal/new", c.case_id);
    let clock = &c.v.clock;
    drafts::save(
        c.v.store.as_mut().unwrap(),
        clock,
        drafts::SaveDraftRequest {
            key: key.clone(),
            payload: "{\"observation\":\"half getypt\"}".into(),
            form_session: "formulier-1".into(),
        },
    )
    .unwrap();
    c.v.unlock(); // closes and reopens the vault
    let draft = drafts::get(c.v.store(), drafts::DraftKey { key: key.clone() }).unwrap();
    assert_eq!(
        draft.payload.as_deref(),
        Some("{\"observation\":\"half getypt\"}")
    );
    drafts::delete(
        c.v.store.as_mut().unwrap(),
        &c.v.clock,
        drafts::DraftKey { key: key.clone() },
    )
    .unwrap();
    assert_eq!(
        drafts::get(c.v.store(), drafts::DraftKey { key })
            .unwrap()
            .payload,
        None
    );
    assert!(
        drafts::get(
            c.v.store(),
            drafts::DraftKey {
                key: "../etc".into()
            }
        )
        .is_ok(),
        "dots and slashes are plain key characters"
    );
    assert!(
        drafts::get(
            c.v.store(),
            drafts::DraftKey {
                key: "spatie niet".into()
            }
        )
        .is_err()
    );
}

#[test]
fn a_template_that_renames_a_step_and_adds_a_requirement_needs_no_code_change() {
    let fixture = LANDELIJK
        .replace("label = \"Signaleren\"", "label = \"Signaal opvangen\"")
        .replace(
            "required = [\"signal\", \"signal.parents_informed\"]",
            "required = [\"signal\", \"signal.parents_informed\", \"signal.data\"]",
        );
    let template = Template::parse(&fixture).unwrap();
    assert_eq!(template.step(StepKey::Signaleren).label, "Signaal opvangen");
    let mut c = Casus::with_template(template);
    let mut without_data = signal(true);
    if let RecordData::Signal(s) = &mut without_data {
        s.data = None;
    }
    c.save(without_data).unwrap();
    assert!(matches!(
        c.step(StepKey::Signaleren, StepAction::Complete, None),
        Err(Error::StepIncomplete(Requirement::SignalData))
    ));
    c.save(signal(true)).unwrap();
    c.step(StepKey::Signaleren, StepAction::Complete, None)
        .unwrap();
}

#[test]
fn a_malformed_template_is_refused_with_the_problem_named() {
    let err = Template::parse(&LANDELIJK.replace("waiting_weeks = 3", "waiting_weeks = \"drie\""))
        .unwrap_err();
    let message = err.to_string();
    assert!(
        message.contains("waiting_weeks") || message.contains("line"),
        "{message}"
    );
    let err =
        Template::parse(&LANDELIJK.replace("key = \"basis\"", "key = \"basic\"")).unwrap_err();
    assert!(err.to_string().contains("basis"), "{err}");
}

#[test]
fn every_record_kind_round_trips_through_the_vault() {
    let mut c = Casus::new();
    let conversation = RecordData::Conversation(ConversationData {
        step: StepKey::Begrijpen,
        date: "2026-10-01".into(),
        conversation_kind: ConversationKind::Parents,
        participants: "moeder, IB'er, leerkracht".into(),
        summary: "Thuis gaat lezen beter met voorlezen.".into(),
        agreements: Some("Dagelijks 10 minuten samen lezen".into()),
        parents: None,
    });
    let detail = c.save(conversation.clone()).unwrap();
    let stored = &detail.cycles[0].records.last().unwrap().data;
    assert_eq!(stored, &conversation);
    assert_eq!(
        c.state(StepKey::Begrijpen),
        StepState::InProgress,
        "a conversation marks its own step"
    );
    walk_to_evaluation(&mut c);
    let json = serde_json::to_value(&c.detail().cycles[0].records).unwrap();
    let kinds: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["data"]["kind"].as_str().unwrap())
        .collect();
    for kind in [
        "conversation",
        "signal",
        "need",
        "factor",
        "goal",
        "intervention",
        "execution",
        "plan_share",
    ] {
        assert!(kinds.contains(&kind), "{kind} missing from {kinds:?}");
    }
}
