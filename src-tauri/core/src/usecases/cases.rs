//! Casussen: open, edit, close or reopen, list, and the casus page with its timeline.

use super::{IdRequest, check_id, now_text};
use crate::clock::Clock;
use crate::domain::case::{self, CaseStatus, DEFAULT_TEMPLATE_ID, DEFAULT_TEMPLATE_VERSION};
use crate::domain::dates;
use crate::error::{Error, Result, Rule};
use crate::ids::new_id;
use crate::records::{CaseSummary, PupilSummary};
use crate::store::{Store, audit, cases, pupils};
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

/// What kind of event a timeline entry is. Later records (signals, conversations, OPP
/// versions…) add kinds here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TimelineKind {
    CaseOpened,
    CaseClosed,
}

/// One entry on the casus timeline, in date order.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TimelineEntry {
    /// ISO date.
    pub date: String,
    pub kind: TimelineKind,
    /// The record the entry opens.
    pub record_id: String,
}

/// The casus page.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseDetail {
    pub case: CaseSummary,
    pub pupil: PupilSummary,
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
    let mut timeline = vec![TimelineEntry {
        date: case.start_date.clone(),
        kind: TimelineKind::CaseOpened,
        record_id: case.id.clone(),
    }];
    if let Some(closed_at) = &case.closed_at {
        timeline.push(TimelineEntry {
            date: closed_at.chars().take(10).collect(),
            kind: TimelineKind::CaseClosed,
            record_id: case.id.clone(),
        });
    }
    timeline.sort_by(|a, b| a.date.cmp(&b.date));
    Ok(CaseDetail {
        pupil: PupilSummary {
            id: pupil.id,
            first_name: pupil.first_name,
            last_name: pupil.last_name,
            birth_date: pupil.birth_date,
            education_type: pupil.education_type,
            grade: pupil.grade,
            school: pupil.school,
            archived: pupil.archived_at.is_some(),
            open_cases: i32::try_from(open_cases).unwrap_or(i32::MAX),
        },
        case,
        timeline,
    })
}
