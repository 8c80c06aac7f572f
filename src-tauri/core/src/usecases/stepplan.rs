//! The stappenplan per casus: records per step, step transitions (start, complete — with a
//! reason when requirements are missing —, skip, reopen), a new cycle that carries over what is
//! still relevant (goals without their old evaluation dates), and corrections to a finished
//! cycle ("corrigeren") that record why. Every change writes its audit row.

use super::case_detail::{CaseDetail, detail_in};
use super::now_text;
use crate::clock::Clock;
use crate::domain::audit::AuditAction;
use crate::domain::dates;
use crate::domain::decisions;
use crate::domain::entity::Entity;
use crate::domain::records::{
    self, ConversationKind, EvaluationData, GoalData, PlanShareData, PlanSnapshot, RecordData,
};
use crate::domain::stepplan::{self, StepKey, StepState};
use crate::domain::text;
use crate::error::{Error, Result, Rule};
use crate::ids::new_id;
use crate::store::records::{NewRecord, RecordRow, RevisionRow};
use crate::store::{Store, audit, cases, cycles};
use crate::template::Template;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Adds a record to the casus's current cycle, or changes one (`record_id`). Changing a record
/// of a finished cycle is a correction ("corrigeren") and needs a `correction_note`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveRecordRequest {
    pub case_id: String,
    pub record_id: Option<String>,
    pub data: RecordData,
    #[serde(alias = "revisionNote")]
    pub correction_note: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeleteRecordRequest {
    pub record_id: String,
    #[serde(alias = "revisionNote")]
    pub correction_note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum StepAction {
    Start,
    Complete,
    Skip,
    Reopen,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StepActionRequest {
    pub cycle_id: String,
    pub step: StepKey,
    pub action: StepAction,
    /// Required for `skip`: why the step is skipped. For `complete`: why the step is completed
    /// although the template's requirements are not all met ("afgerond zonder …"); without it
    /// such a completion is refused with the first missing requirement. Both show on the
    /// timeline.
    pub reason: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewCycleRequest {
    pub case_id: String,
    /// New evaluation dates for goals carried over, by the previous cycle's goal id. A carried
    /// goal without one gets none: the dashboard lists it as "evaluatiedatum ontbreekt".
    #[serde(default)]
    pub evaluation_dates: Vec<CarriedGoalDate>,
}

/// The new evaluation date of one goal carried into the next cycle.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CarriedGoalDate {
    /// The goal's id in the finished cycle.
    pub goal_id: String,
    /// ISO date, not before the new cycle starts.
    pub evaluation_date: String,
}

/// Creates cycle `number` of a case, Signaleren current from `started_on`. Part of the caller's
/// transaction (opening a case, or a new cycle).
pub(crate) fn insert_cycle(
    conn: &Connection,
    clock: &dyn Clock,
    case_id: &str,
    number: i64,
    started_on: &str,
) -> Result<String> {
    let id = new_id(clock);
    cycles::insert(conn, &id, case_id, number, started_on, &now_text(clock))?;
    Ok(id)
}

/// Adds or changes a record.
pub fn save_record(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    req: SaveRecordRequest,
) -> Result<CaseDetail> {
    super::check_id("caseId", &req.case_id)?;
    let today = clock.today();
    let data = records::validate(req.data, template, today)?;
    let now = now_text(clock);
    store.write(|tx| {
        let case = cases::get(tx, &req.case_id)?;
        let (record_id, cycle, action) = match &req.record_id {
            None => {
                let cycle = current_cycle(tx, &case.id)?;
                if cycle.finished_on.is_some() && !is_consult_meeting(tx, &cycle.id, &data)? {
                    return Err(Error::InvalidTransition(
                        "the cycle is finished: start a new cycle",
                    ));
                }
                (new_id(clock), cycle, AuditAction::RecordCreate)
            }
            Some(id) => {
                super::check_id("recordId", id)?;
                let existing = crate::store::records::get(tx, id)?;
                if existing.case_id != case.id || existing.data.kind() != data.kind() {
                    return Err(Error::NotFound {
                        entity: Entity::Record,
                    });
                }
                let cycle = cycles::get(tx, &existing.cycle_id)?;
                let action = if cycle.finished_on.is_some() {
                    AuditAction::RecordRevise
                } else {
                    AuditAction::RecordUpdate
                };
                (id.clone(), cycle, action)
            }
        };
        check_decision_available(tx, &case, &data)?;
        let data = match data {
            RecordData::PlanShare(share) => RecordData::PlanShare(PlanShareData {
                snapshot: Some(snapshot(tx, &cycle.id)?),
                ..share
            }),
            other => other,
        };
        let record_date = data
            .event_date()
            .map(str::to_owned)
            .unwrap_or_else(|| dates::to_iso(today));
        if action == AuditAction::RecordCreate {
            let new = NewRecord {
                id: &record_id,
                case_id: &case.id,
                cycle_id: &cycle.id,
                record_date: &record_date,
                data: &data,
                carried_from: None,
            };
            crate::store::records::insert(tx, &new, &now)?;
        } else {
            if cycle.finished_on.is_some() {
                revise(
                    tx,
                    clock,
                    &case.id,
                    &cycle.id,
                    &record_id,
                    req.correction_note.as_deref(),
                )?;
            }
            crate::store::records::update(tx, &record_id, &record_date, &data, &now)?;
        }
        if cycle.finished_on.is_none() {
            mark_in_progress(tx, &cycle.id, data.step(), &now)?;
        }
        audit::append(tx, &now, action, Some(&record_id))?;
        detail_in(tx, &case.id)
    })
}

/// Removes a record (with a revision note when its cycle is finished).
pub fn delete_record(
    store: &mut Store,
    clock: &dyn Clock,
    req: DeleteRecordRequest,
) -> Result<CaseDetail> {
    super::check_id("recordId", &req.record_id)?;
    let now = now_text(clock);
    store.write(|tx| {
        let existing = crate::store::records::get(tx, &req.record_id)?;
        let cycle = cycles::get(tx, &existing.cycle_id)?;
        if cycle.finished_on.is_some() {
            revise(
                tx,
                clock,
                &existing.case_id,
                &cycle.id,
                &existing.id,
                req.correction_note.as_deref(),
            )?;
        }
        crate::store::records::delete(tx, &existing.id)?;
        audit::append(tx, &now, AuditAction::RecordDelete, Some(&existing.id))?;
        detail_in(tx, &existing.case_id)
    })
}

/// Starts, completes, skips or reopens a step of an unfinished cycle. Completing checks the
/// template's required items: a missing one is refused (a warning, `StepIncomplete`) unless a
/// reason is given, which is then kept with the step. Completing Evalueren finishes the cycle;
/// when its decision is extra ondersteuning, the decision date is recorded on the casus.
pub fn step_action(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    req: StepActionRequest,
) -> Result<CaseDetail> {
    super::check_id("cycleId", &req.cycle_id)?;
    let today = dates::to_iso(clock.today());
    let now = now_text(clock);
    let reason = match req.action {
        StepAction::Skip => Some(
            text::optional_text("reason", req.reason.as_deref(), 2000)?
                .ok_or_else(|| Error::validation("reason", Rule::Required))?,
        ),
        StepAction::Complete => text::optional_text("reason", req.reason.as_deref(), 2000)?,
        StepAction::Start | StepAction::Reopen => None,
    };
    let mut completion_reason = None;
    store.write(|tx| {
        let cycle = cycles::get(tx, &req.cycle_id)?;
        if cycle.finished_on.is_some() {
            return Err(Error::InvalidTransition("the cycle is finished"));
        }
        let steps = cycles::steps(tx, &cycle.id)?;
        let state = steps
            .iter()
            .find(|s| s.step == req.step)
            .map(|s| s.state)
            .ok_or(Error::NotFound {
                entity: Entity::Cycle,
            })?;
        let (new_state, action) = match (req.action, state) {
            (StepAction::Start, StepState::Open) => (StepState::InProgress, AuditAction::StepStart),
            (StepAction::Complete, StepState::Open | StepState::InProgress) => {
                let rows = crate::store::records::for_cycle(tx, &cycle.id)?;
                let facts = records::facts(rows.iter().map(|r| (r.id.as_str(), &r.data)));
                if let Some(missing) =
                    stepplan::first_missing(&template.step(req.step).required, &facts)
                {
                    match &reason {
                        Some(why) => completion_reason = Some(why.clone()),
                        None => return Err(Error::StepIncomplete(missing)),
                    }
                }
                (StepState::Done, AuditAction::StepComplete)
            }
            (StepAction::Skip, StepState::Open | StepState::InProgress) => {
                (StepState::Skipped, AuditAction::StepSkip)
            }
            (StepAction::Reopen, StepState::Done | StepState::Skipped) => {
                (StepState::InProgress, AuditAction::StepReopen)
            }
            _ => return Err(Error::InvalidTransition("this step cannot do that now")),
        };
        let settled = new_state.is_settled().then_some(today.as_str());
        let skip_reason = if new_state == StepState::Skipped {
            reason.as_deref()
        } else {
            None
        };
        cycles::set_step(
            tx,
            &cycle.id,
            req.step,
            new_state,
            skip_reason,
            settled,
            &now,
        )?;
        cycles::set_completion_reason(tx, &cycle.id, req.step, completion_reason.as_deref())?;
        if new_state == StepState::Done && req.step == StepKey::Evalueren {
            record_extra_support_decision(tx, &cycle)?;
        }
        if new_state.is_settled() {
            let steps = cycles::steps(tx, &cycle.id)?;
            let states: Vec<_> = steps.iter().map(|s| (s.step, s.state)).collect();
            match stepplan::current_step(&states) {
                Some(next) => cycles::set_current_since(tx, &cycle.id, next, &today)?,
                None if req.step == StepKey::Evalueren => {
                    cycles::set_finished(tx, &cycle.id, Some(&today))?
                }
                None => {}
            }
        }
        audit::append(tx, &now, action, Some(&cycle.id))?;
        detail_in(tx, &cycle.case_id)
    })
}

/// Starts the next cycle once the current one is finished, pre-filled with the needs, factors,
/// goals and still-running interventions of the previous cycle (editable copies). A carried
/// goal never keeps its old evaluation date (that would be a false "te laat"): it takes the
/// new date from the request, or none.
pub fn new_cycle(store: &mut Store, clock: &dyn Clock, req: NewCycleRequest) -> Result<CaseDetail> {
    super::check_id("caseId", &req.case_id)?;
    let today = clock.today();
    let today_iso = dates::to_iso(today);
    let now = now_text(clock);
    let mut new_dates = std::collections::BTreeMap::new();
    for carried in &req.evaluation_dates {
        super::check_id("goalId", &carried.goal_id)?;
        let date = dates::parse_iso("evaluationDate", &carried.evaluation_date)?;
        if date < today {
            return Err(Error::validation("evaluationDate", Rule::DateBeforeStart));
        }
        new_dates.insert(carried.goal_id.clone(), dates::to_iso(date));
    }
    store.write(|tx| {
        let case = cases::get(tx, &req.case_id)?;
        let previous = current_cycle(tx, &case.id)?;
        if previous.finished_on.is_none() {
            return Err(Error::InvalidTransition("finish the current cycle first"));
        }
        let cycle_id = insert_cycle(tx, clock, &case.id, previous.number + 1, &today_iso)?;
        let old = crate::store::records::for_cycle(tx, &previous.id)?;
        let mut goal_ids = std::collections::BTreeMap::new();
        for row in old.iter().filter(|r| r.data.as_goal().is_some()) {
            goal_ids.insert(row.id.clone(), new_id(clock));
        }
        if new_dates.keys().any(|id| !goal_ids.contains_key(id)) {
            return Err(Error::validation("goalId", Rule::OutOfRange));
        }
        for row in &old {
            let copy = match &row.data {
                RecordData::Need(_) | RecordData::Factor(_) => Some(row.data.clone()),
                // Never an old date: the evaluation date is asked for again, and a streefdatum
                // that has passed is not carried either (it would print as a goal already due).
                RecordData::Goal(g) => Some(RecordData::Goal(GoalData {
                    evaluation_date: new_dates.get(&row.id).cloned(),
                    target_date: g
                        .target_date
                        .clone()
                        .filter(|target| target.as_str() >= today_iso.as_str()),
                    ..g.clone()
                })),
                RecordData::Intervention(i) if is_running(i.end_date.as_deref(), &today_iso) => {
                    let mut i = i.clone();
                    i.goal_ids = i
                        .goal_ids
                        .iter()
                        .filter_map(|g| goal_ids.get(g).cloned())
                        .collect();
                    Some(RecordData::Intervention(i))
                }
                // Events of the old cycle stay there; a finished intervention is not carried.
                RecordData::Intervention(_)
                | RecordData::Signal(_)
                | RecordData::Conversation(_)
                | RecordData::Execution(_)
                | RecordData::PlanShare(_)
                | RecordData::Evaluation(_) => None,
            };
            if let Some(data) = copy {
                let id = goal_ids
                    .get(&row.id)
                    .cloned()
                    .unwrap_or_else(|| new_id(clock));
                let new = NewRecord {
                    id: &id,
                    case_id: &case.id,
                    cycle_id: &cycle_id,
                    record_date: &today_iso,
                    data: &data,
                    carried_from: Some(&row.id),
                };
                crate::store::records::insert(tx, &new, &now)?;
            }
        }
        audit::append(tx, &now, AuditAction::CycleStart, Some(&cycle_id))?;
        detail_in(tx, &case.id)
    })
}

/// A meeting record for a cycle whose evaluation decided on an overleg (OT/SWV) may be added
/// after the cycle is finished: the meeting usually happens weeks later.
fn is_consult_meeting(conn: &Connection, cycle_id: &str, data: &RecordData) -> Result<bool> {
    let Some(conversation) = data.as_conversation() else {
        return Ok(false);
    };
    if conversation.conversation_kind != ConversationKind::Meeting {
        return Ok(false);
    }
    let rows = crate::store::records::for_cycle(conn, cycle_id)?;
    Ok(super::case_detail::cycle_decision(&rows) == Some(decisions::CONSULT))
}

/// A decision the casus is not ready for (a TLV before any extra support) is refused; the UI
/// does not offer it and says why (`CaseDetail::decisions`).
fn check_decision_available(
    conn: &Connection,
    case: &crate::records::CaseSummary,
    data: &RecordData,
) -> Result<()> {
    let RecordData::Evaluation(EvaluationData {
        decision: Some(decision),
        ..
    }) = data
    else {
        return Ok(());
    };
    let history = super::case_detail::support_history(conn, case)?;
    if decisions::unavailable_reason(decision, history).is_some() {
        return Err(Error::validation("decision", Rule::OutOfRange));
    }
    Ok(())
}

/// Records on the casus the date an evaluation decided on extra ondersteuning (the OPP clock).
fn record_extra_support_decision(conn: &Connection, cycle: &cycles::CycleRow) -> Result<()> {
    let rows = crate::store::records::for_cycle(conn, &cycle.id)?;
    if super::case_detail::cycle_decision(&rows) != Some(decisions::EXTRA_SUPPORT) {
        return Ok(());
    }
    let decided_on = rows
        .iter()
        .rev()
        .filter_map(|r| r.data.as_evaluation())
        .find(|e| e.decision.is_some())
        .map(|e| e.date.clone())
        .ok_or(Error::NotFound {
            entity: Entity::Record,
        })?;
    cases::set_extra_support_decided(conn, &cycle.case_id, &decided_on)
}

fn is_running(end_date: Option<&str>, today: &str) -> bool {
    end_date.is_none_or(|end| end >= today)
}

fn current_cycle(conn: &Connection, case_id: &str) -> Result<cycles::CycleRow> {
    cycles::for_case(conn, case_id)?
        .pop()
        .ok_or(Error::NotFound {
            entity: Entity::Cycle,
        })
}

fn mark_in_progress(conn: &Connection, cycle_id: &str, step: StepKey, now: &str) -> Result<()> {
    let open = cycles::steps(conn, cycle_id)?
        .iter()
        .any(|s| s.step == step && s.state == StepState::Open);
    if open {
        cycles::set_step(conn, cycle_id, step, StepState::InProgress, None, None, now)?;
    }
    Ok(())
}

fn revise(
    conn: &Connection,
    clock: &dyn Clock,
    case_id: &str,
    cycle_id: &str,
    record_id: &str,
    note: Option<&str>,
) -> Result<()> {
    let note = text::optional_text("correctionNote", note, 2000)?
        .ok_or_else(|| Error::validation("correctionNote", Rule::Required))?;
    let revision = RevisionRow {
        id: new_id(clock),
        cycle_id: cycle_id.to_owned(),
        record_id: record_id.to_owned(),
        note,
        revised_on: dates::to_iso(clock.today()),
    };
    crate::store::records::insert_revision(conn, &revision, case_id, &now_text(clock))
}

fn snapshot(conn: &Connection, cycle_id: &str) -> Result<PlanSnapshot> {
    let mut plan = PlanSnapshot {
        needs: vec![],
        factors: vec![],
        goals: vec![],
        interventions: vec![],
    };
    for RecordRow { data, .. } in crate::store::records::for_cycle(conn, cycle_id)? {
        match data {
            RecordData::Need(d) => plan.needs.push(d),
            RecordData::Factor(d) => plan.factors.push(d),
            RecordData::Goal(d) => plan.goals.push(d),
            RecordData::Intervention(d) => plan.interventions.push(d),
            // Not part of the plan that is shared with the parents.
            RecordData::Signal(_)
            | RecordData::Conversation(_)
            | RecordData::Execution(_)
            | RecordData::PlanShare(_)
            | RecordData::Evaluation(_) => {}
        }
    }
    Ok(plan)
}
