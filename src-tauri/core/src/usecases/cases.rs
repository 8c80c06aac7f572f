//! Casussen: open, edit, close (with a date and a reason) or reopen, list, and the casus page
//! with its timeline, the evaluation decisions available now and where the last one leads.

use super::{IdRequest, check_id, now_text};
use crate::clock::Clock;
use crate::domain::audit::AuditAction;
use crate::domain::case::{self, CaseStatus};
use crate::domain::dates;
use crate::domain::text;
use crate::error::{Error, Result, Rule};
use crate::ids::new_id;
use crate::records::CaseSummary;
use crate::store::{Store, audit, cases, pupils};
use crate::usecases::case_detail::{CaseDetail, detail_in};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use crate::usecases::case_detail::{DecisionFollowUp, DecisionOption, FollowUpKind};

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OpenCaseRequest {
    pub pupil_id: String,
    pub title: String,
    /// ISO date; today when absent.
    pub start_date: Option<String>,
    /// Template id; the active template when absent (its newest version otherwise).
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

/// Closes a casus ("afsluiten"): on which date and why.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CloseCaseRequest {
    pub id: String,
    /// ISO date, not in the future and not before the casus started.
    pub closed_on: String,
    pub reason: String,
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

/// Opens a casus for a pupil with the active template (or the newest version of the one the
/// request names); the casus keeps that template when another becomes active.
pub fn open(store: &mut Store, clock: &dyn Clock, req: OpenCaseRequest) -> Result<CaseDetail> {
    check_id("pupilId", &req.pupil_id)?;
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
        let (template_id, template_version) =
            super::templates::for_new_case(tx, req.template_id.as_deref())?;
        cases::insert(
            tx,
            &cases::NewCase {
                id: &id,
                pupil_id: &req.pupil_id,
                title: &valid.title,
                start_date: &start_iso,
                template_id: &template_id,
                template_version: i64::from(template_version),
            },
            &now,
        )?;
        super::stepplan::insert_cycle(tx, clock, &id, 1, &start_iso)?;
        audit::append(tx, &now, AuditAction::CaseOpen, Some(&id))?;
        detail_in(tx, &id)
    })
}

/// Closes a casus on a date, for a reason (the bewaartermijn starts from that date later).
pub fn close(store: &mut Store, clock: &dyn Clock, req: CloseCaseRequest) -> Result<CaseDetail> {
    check_id("id", &req.id)?;
    let today = clock.today();
    let reason = text::optional_text("reason", Some(&req.reason), 2000)?
        .ok_or_else(|| Error::validation("reason", Rule::Required))?;
    let closed_on = dates::parse_iso("closedOn", &req.closed_on)?;
    if closed_on > today {
        return Err(Error::validation("closedOn", Rule::DateInFuture));
    }
    let now = now_text(clock);
    store.write(|tx| {
        let current = cases::get(tx, &req.id)?;
        if current.status == CaseStatus::Closed {
            return Err(Error::InvalidTransition("the casus is already closed"));
        }
        if dates::to_iso(closed_on) < current.start_date {
            return Err(Error::validation("closedOn", Rule::DateBeforeStart));
        }
        cases::close(tx, &req.id, &dates::to_iso(closed_on), &reason, &now)?;
        audit::append(tx, &now, AuditAction::CaseClose, Some(&req.id))?;
        detail_in(tx, &req.id)
    })
}

/// Edits title and start date, or reopens the casus. Closing goes through [`close`]: it needs
/// a date and a reason.
pub fn update(store: &mut Store, clock: &dyn Clock, req: UpdateCaseRequest) -> Result<CaseDetail> {
    check_id("id", &req.id)?;
    let today = clock.today();
    let now = now_text(clock);
    store.write(|tx| {
        let current = cases::get(tx, &req.id)?;
        if current.status == CaseStatus::Open && req.status == CaseStatus::Closed {
            return Err(Error::InvalidTransition(
                "closing a casus needs a date and a reason",
            ));
        }
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
            (CaseStatus::Open, CaseStatus::Closed) => AuditAction::CaseClose,
            (CaseStatus::Closed, CaseStatus::Open) => AuditAction::CaseReopen,
            (CaseStatus::Open, CaseStatus::Open) | (CaseStatus::Closed, CaseStatus::Closed) => {
                AuditAction::CaseUpdate
            }
        };
        audit::append(tx, &now, action, Some(&req.id))?;
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
