//! Casussen: open, edit, close or reopen, list, and the casus page with its timeline.

use super::{IdRequest, check_id, now_text};
use crate::clock::Clock;
use crate::domain::case::{self, CaseStatus, DEFAULT_TEMPLATE_ID, DEFAULT_TEMPLATE_VERSION};
use crate::domain::dates;
use crate::domain::records::RecordData;
use crate::domain::stepplan::{self, StepKey, StepState};
use crate::error::{Error, Result, Rule};
use crate::ids::new_id;
use crate::records::{CaseSummary, PupilSummary};
use crate::store::{Store, audit, cases, cycles, pupils, records};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OpenCaseRequest {
    pub pupil_id: String,
    pub title: String,
    /// ISO date; today when absent.
    pub start_date: Option<String>,
    /// Template id; `landelijk` when absent.
    pub template_id: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UpdateCaseRequest {
    pub id: String,
    pub title: String,
    pub start_date: String,
    pub status: CaseStatus,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ListCasesRequest {
    pub pupil_id: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseList {
    pub cases: Vec<CaseSummary>,
}

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
    Revision,
    /// A document (casusoverzicht) was exported; from the audit log.
    Export,
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
    /// Skip reason or revision note.
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
    /// Set when Evalueren was completed; the cycle is then read-only except "bijstellen".
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
}

/// Opens a casus for a pupil, using the template's current version.
pub fn open(store: &mut Store, clock: &dyn Clock, req: OpenCaseRequest) -> Result<CaseDetail> {
    check_id("pupilId", &req.pupil_id)?;
    let template_id = req.template_id.as_deref().unwrap_or(DEFAULT_TEMPLATE_ID);
    if !case::is_known_template(template_id) {
        return Err(Error::Validation {
            field: "templateId",
            rule: Rule::OutOfRange,
        });
    }
    let today = clock.today();
    let start = req
        .start_date
        .clone()
        .unwrap_or_else(|| dates::to_iso(today));
    let id = new_id(clock);
    let now = now_text(clock);
    store.write(|tx| {
        let pupil = pupils::get(tx, &req.pupil_id)?;
        let birth = dates::parse_iso("birthDate", &pupil.birth_date)?;
        let valid = case::validate(&req.title, &start, birth, today)?;
        let start_iso = dates::to_iso(valid.start_date);
        cases::insert(
            tx,
            &cases::NewCase {
                id: &id,
                pupil_id: &req.pupil_id,
                title: &valid.title,
                start_date: &start_iso,
                template_id,
                template_version: DEFAULT_TEMPLATE_VERSION,
            },
            &now,
        )?;
        super::stepplan::insert_cycle(tx, clock, &id, 1, &start_iso)?;
        audit::append(tx, &now, "case.open", "case", Some(&id))?;
        detail_in(tx, &id)
    })
}

/// Edits title and start date, or closes / reopens the casus.
pub fn update(store: &mut Store, clock: &dyn Clock, req: UpdateCaseRequest) -> Result<CaseDetail> {
    check_id("id", &req.id)?;
    let today = clock.today();
    let now = now_text(clock);
    store.write(|tx| {
        let current = cases::get(tx, &req.id)?;
        let pupil = pupils::get(tx, &current.pupil_id)?;
        let birth = dates::parse_iso("birthDate", &pupil.birth_date)?;
        let valid = case::validate(&req.title, &req.start_date, birth, today)?;
        cases::update(
            tx,
            &req.id,
            &valid.title,
            &dates::to_iso(valid.start_date),
            req.status,
            &now,
        )?;
        let action = match (current.status, req.status) {
            (CaseStatus::Open, CaseStatus::Closed) => "case.close",
            (CaseStatus::Closed, CaseStatus::Open) => "case.reopen",
            _ => "case.update",
        };
        audit::append(tx, &now, action, "case", Some(&req.id))?;
        detail_in(tx, &req.id)
    })
}

pub fn list(store: &Store, req: ListCasesRequest) -> Result<CaseList> {
    if let Some(pupil_id) = &req.pupil_id {
        check_id("pupilId", pupil_id)?;
    }
    store.read(|conn| {
        if let Some(pupil_id) = &req.pupil_id {
            pupils::get(conn, pupil_id)?;
        }
        Ok(CaseList {
            cases: cases::list(conn, req.pupil_id.as_deref())?,
        })
    })
}

pub fn get(store: &Store, req: IdRequest) -> Result<CaseDetail> {
    check_id("id", &req.id)?;
    store.read(|conn| detail_in(conn, &req.id))
}

pub(crate) fn detail_in(conn: &rusqlite::Connection, id: &str) -> Result<CaseDetail> {
    let case = cases::get(conn, id)?;
    let pupil = pupils::get(conn, &case.pupil_id)?;
    let open_cases = cases::list(conn, Some(&pupil.id))?
        .iter()
        .filter(|c| c.status == CaseStatus::Open)
        .count();
    let cycles = cycle_views(conn, &case.id)?;
    let timeline = timeline(conn, &case, &cycles)?;
    Ok(CaseDetail {
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
                note: step.skip_reason.clone(),
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
                TimelineKind::Revision,
                &revision.record_id,
            )
        });
    }
    for at in audit::instants_of(conn, "export.case_summary", &case.id)? {
        timeline.push(entry(&at, TimelineKind::Export, &case.id));
    }
    if let Some(closed_at) = &case.closed_at {
        timeline.push(entry(closed_at, TimelineKind::CaseClosed, &case.id));
    }
    // Stable: same-day entries keep their logical order (opened first, closed last).
    timeline.sort_by(|a, b| a.date.cmp(&b.date));
    Ok(timeline)
}

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
