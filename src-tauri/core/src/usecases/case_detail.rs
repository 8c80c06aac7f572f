//! The casus page read model: a casus with its pupil, the stappenplan cycles (steps and records)
//! and the timeline. Read by the casus and stappenplan use cases alike, so it depends on
//! neither of them (this keeps `cases` → `stepplan` one-way).

use crate::domain::audit::AuditAction;
use crate::domain::case::CaseStatus;
use crate::domain::decisions;
use crate::domain::records::RecordData;
use crate::domain::stepplan::{self, StepKey, StepState};
use crate::error::Result;
use crate::records::{CaseSummary, PupilSummary};
use crate::store::opp as opp_store;
use crate::store::{audit, cases, cycles, pupils, records};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

mod follow_up;
use follow_up::follow_up;
pub use follow_up::{DecisionFollowUp, DecisionOption, FollowUpKind};
pub(crate) use follow_up::{cycle_decision, support_history};

/// What kind of event a timeline entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TimelineKind {
    CaseOpened,
    CaseClosed,
    CycleStarted,
    StepCompleted,
    StepSkipped,
    Signal,
    Conversation,
    Need,
    Factor,
    Goal,
    Intervention,
    Execution,
    PlanShare,
    Evaluation,
    /// A record of a finished cycle was corrected ("corrigeren"), with a note.
    #[serde(alias = "revision")]
    Correction,
    /// A document (casusoverzicht) was exported; from the audit log.
    Export,
    /// A hoorgesprek with the pupil (hoorrecht); `record_id` is the hearing.
    Hearing,
    /// The parents' zienswijze; `record_id` is the parent view.
    ParentView,
    /// A version of the OPP started from this casus was vastgesteld; `record_id` is the version.
    OppVersion,
}

/// One entry on the casus timeline, in date order.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TimelineEntry {
    /// ISO date.
    pub date: String,
    pub kind: TimelineKind,
    /// The record the entry opens (the case or cycle for case and step events).
    pub record_id: String,
    pub cycle_number: Option<i32>,
    pub step: Option<StepKey>,
    /// Skip reason, completion reason ("afgerond zonder …"), correction note or close reason.
    pub note: Option<String>,
}

/// A step of a cycle as the stepper shows it.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StepView {
    pub key: StepKey,
    pub state: StepState,
    pub skip_reason: Option<String>,
    pub current_since: Option<String>,
    pub settled_on: Option<String>,
    /// Why the step was completed although the template's requirements were not all met.
    pub completion_reason: Option<String>,
}

/// A record with its payload.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RecordView {
    pub id: String,
    pub date: String,
    pub data: RecordData,
    /// The record of the previous cycle this one was carried over from.
    pub carried_from: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// One cycle of the stappenplan.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CycleView {
    pub id: String,
    pub number: i32,
    pub started_on: String,
    /// Set when Evalueren was completed; the cycle is then read-only except "corrigeren".
    pub finished_on: Option<String>,
    pub steps: Vec<StepView>,
    /// The first step that is neither done nor skipped.
    pub current_step: Option<StepKey>,
    pub records: Vec<RecordView>,
}

/// The casus page.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseDetail {
    pub case: CaseSummary,
    pub pupil: PupilSummary,
    /// Oldest first; the last one is the current cycle.
    pub cycles: Vec<CycleView>,
    pub timeline: Vec<TimelineEntry>,
    /// The evaluation decisions the code acts on, each with whether it can be taken now.
    pub decisions: Vec<DecisionOption>,
    /// Where the last cycle's evaluation decision leads, if anywhere.
    pub follow_up: Option<DecisionFollowUp>,
}

/// The casus page of casus `id`, read inside the caller's connection or transaction.
pub(crate) fn detail_in(conn: &rusqlite::Connection, id: &str) -> Result<CaseDetail> {
    let case = cases::get(conn, id)?;
    let pupil = pupils::get(conn, &case.pupil_id)?;
    let open_cases = cases::list(conn, Some(&pupil.id))?
        .iter()
        .filter(|c| c.status == CaseStatus::Open)
        .count();
    let cycles = cycle_views(conn, &case.id)?;
    let timeline = timeline(conn, &case, &cycles)?;
    let history = support_history(conn, &case)?;
    let decisions = decisions::ALL
        .iter()
        .map(|key| {
            let reason = decisions::unavailable_reason(key, history);
            DecisionOption {
                key: (*key).to_owned(),
                available: reason.is_none(),
                reason: reason.map(str::to_owned),
            }
        })
        .collect();
    let follow_up = follow_up(&case, &cycles);
    Ok(CaseDetail {
        decisions,
        follow_up,
        pupil: pupil.summary(i32::try_from(open_cases).unwrap_or(i32::MAX)),
        case,
        cycles,
        timeline,
    })
}

fn cycle_views(conn: &rusqlite::Connection, case_id: &str) -> Result<Vec<CycleView>> {
    let mut views = Vec::new();
    for cycle in cycles::for_case(conn, case_id)? {
        let steps: Vec<StepView> = cycles::steps(conn, &cycle.id)?
            .into_iter()
            .map(|s| StepView {
                key: s.step,
                state: s.state,
                skip_reason: s.skip_reason,
                completion_reason: s.completion_reason,
                current_since: s.current_since,
                settled_on: s.settled_on,
            })
            .collect();
        let states: Vec<_> = steps.iter().map(|s| (s.key, s.state)).collect();
        let records = records::for_cycle(conn, &cycle.id)?
            .into_iter()
            .map(|r| RecordView {
                id: r.id,
                date: r.record_date,
                data: r.data,
                carried_from: r.carried_from,
                created_at: r.created_at,
                updated_at: r.updated_at,
            })
            .collect();
        views.push(CycleView {
            id: cycle.id,
            number: i32::try_from(cycle.number).unwrap_or(i32::MAX),
            started_on: cycle.started_on,
            finished_on: cycle.finished_on,
            current_step: stepplan::current_step(&states),
            steps,
            records,
        });
    }
    Ok(views)
}

fn timeline(
    conn: &rusqlite::Connection,
    case: &CaseSummary,
    cycles: &[CycleView],
) -> Result<Vec<TimelineEntry>> {
    let entry = |date: &str, kind, record_id: &str| TimelineEntry {
        date: date.chars().take(10).collect(),
        kind,
        record_id: record_id.to_owned(),
        cycle_number: None,
        step: None,
        note: None,
    };
    let mut timeline = vec![entry(&case.start_date, TimelineKind::CaseOpened, &case.id)];
    for cycle in cycles {
        let number = Some(cycle.number);
        if cycle.number > 1 {
            timeline.push(TimelineEntry {
                cycle_number: number,
                ..entry(&cycle.started_on, TimelineKind::CycleStarted, &cycle.id)
            });
        }
        for step in &cycle.steps {
            let Some(on) = &step.settled_on else { continue };
            let kind = if step.state == StepState::Skipped {
                TimelineKind::StepSkipped
            } else {
                TimelineKind::StepCompleted
            };
            timeline.push(TimelineEntry {
                cycle_number: number,
                step: Some(step.key),
                note: step
                    .skip_reason
                    .clone()
                    .or_else(|| step.completion_reason.clone()),
                ..entry(on, kind, &cycle.id)
            });
        }
        for record in &cycle.records {
            timeline.push(TimelineEntry {
                cycle_number: number,
                step: Some(record.data.step()),
                ..entry(&record.date, record_kind(&record.data), &record.id)
            });
        }
    }
    for revision in records::revisions_for_case(conn, &case.id)? {
        let number = cycles
            .iter()
            .find(|c| c.id == revision.cycle_id)
            .map(|c| c.number);
        timeline.push(TimelineEntry {
            cycle_number: number,
            note: Some(revision.note),
            ..entry(
                &revision.revised_on,
                TimelineKind::Correction,
                &revision.record_id,
            )
        });
    }
    let heard = super::hearings::of_case(conn, case)?;
    for hearing in &heard.hearings {
        timeline.push(TimelineEntry {
            note: Some(format!(
                "Moment: {}",
                hearing.data.moment.dutch().to_lowercase()
            )),
            ..entry(&hearing.data.held_on, TimelineKind::Hearing, &hearing.id)
        });
    }
    for view in &heard.parent_views {
        timeline.push(TimelineEntry {
            note: Some(format!(
                "Moment: {}",
                view.data.moment.dutch().to_lowercase()
            )),
            ..entry(&view.data.given_on, TimelineKind::ParentView, &view.id)
        });
    }
    for opp in opp_store::of_pupil(conn, &case.pupil_id)?
        .into_iter()
        .filter(|o| o.case_id.as_deref() == Some(case.id.as_str()))
    {
        for version in opp_store::versions(conn, &opp.id)? {
            let Some(on) = &version.established_on else {
                continue;
            };
            timeline.push(TimelineEntry {
                note: Some(format!(
                    "Versie {} ({})",
                    version.number,
                    version.reason.dutch()
                )),
                ..entry(on, TimelineKind::OppVersion, &version.id)
            });
        }
    }
    for at in audit::instants_of(conn, AuditAction::ExportCaseSummary, &case.id)? {
        timeline.push(entry(&at, TimelineKind::Export, &case.id));
    }
    if let Some(closed) = case.closed_on.as_ref().or(case.closed_at.as_ref()) {
        timeline.push(TimelineEntry {
            note: case.close_reason.clone(),
            ..entry(closed, TimelineKind::CaseClosed, &case.id)
        });
    }
    // Stable: same-day entries keep their logical order (opened first, closed last).
    timeline.sort_by(|a, b| a.date.cmp(&b.date));
    Ok(timeline)
}

/// The timeline kind of a record. The wire keeps one flat `TimelineKind` per record kind (the
/// UI filters on it), so a new record kind adds a variant there and an arm here.
fn record_kind(data: &RecordData) -> TimelineKind {
    match data {
        RecordData::Signal(_) => TimelineKind::Signal,
        RecordData::Conversation(_) => TimelineKind::Conversation,
        RecordData::Need(_) => TimelineKind::Need,
        RecordData::Factor(_) => TimelineKind::Factor,
        RecordData::Goal(_) => TimelineKind::Goal,
        RecordData::Intervention(_) => TimelineKind::Intervention,
        RecordData::Execution(_) => TimelineKind::Execution,
        RecordData::PlanShare(_) => TimelineKind::PlanShare,
        RecordData::Evaluation(_) => TimelineKind::Evaluation,
    }
}
