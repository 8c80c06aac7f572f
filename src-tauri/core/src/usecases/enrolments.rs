//! Aanmelding and zorgplicht: record a pupil's written aanmelding, extend its decision termijn
//! once, record the decision, and the pupil's aanmelding page with every deadline, its rule and
//! its source (DOMAIN.md §9). Every change is one transaction with its audit row
//! (`enrolment.*`); every command answers with the refreshed page.

use super::{IdRequest, check_id, now_text};
use crate::clock::Clock;
use crate::domain::audit::AuditAction;
use crate::domain::dates;
use crate::domain::enrolment::{
    self, Enrolment, EnrolmentDecision, EnrolmentDetails, EnrolmentExtension, EnrolmentStatus,
    clock as enrolment_clock,
};
use crate::error::{Error, Result, Rule};
use crate::ids::new_id;
use crate::store::enrolments::{self as enrolment_store, EnrolmentRow};
use crate::store::{Store, audit, pupils};
use chrono::NaiveDate as Date;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Save an aanmelding's details: a new one without `id`, else the one with that id.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveEnrolmentRequest {
    pub id: Option<String>,
    pub pupil_id: String,
    pub details: EnrolmentDetails,
}

/// Extend an aanmelding's decision termijn (once).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExtendEnrolmentRequest {
    pub id: String,
    pub extension: EnrolmentExtension,
}

/// Record the decision on an aanmelding.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DecideEnrolmentRequest {
    pub id: String,
    pub decision: EnrolmentDecision,
}

/// An aanmelding's deadlines as of today (ISO dates), each with its rule and source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EnrolmentDeadlines {
    /// Six weeks after receipt.
    pub original_deadline: String,
    /// The deadline in force: the extension's new date, else the original one.
    pub decision_due: String,
    /// The latest date an extension may set (four weeks after the original deadline).
    pub latest_extension_date: String,
    /// The first day the pupil counts as tijdelijk geplaatst without a decision.
    pub temporary_placement_from: String,
    /// Undecided and past the deadline in force.
    pub overdue: bool,
    /// Tijdelijk geplaatst today: ten weeks passed without a decision (a fact, not a choice).
    pub temporarily_placed: bool,
    pub decision_rule: String,
    pub decision_source: String,
    pub placement_rule: String,
    pub placement_source: String,
}

/// A stored aanmelding with its deadlines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EnrolmentView {
    pub id: String,
    pub pupil_id: String,
    pub enrolment: Enrolment,
    pub status: EnrolmentStatus,
    pub deadlines: EnrolmentDeadlines,
    /// Whether the termijn may still be extended (undecided, not extended before).
    pub can_extend: bool,
    pub created_at: String,
    pub updated_at: String,
}

/// The pupil's aanmelding page.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PupilEnrolments {
    pub pupil_id: String,
    /// Newest receipt first.
    pub enrolments: Vec<EnrolmentView>,
}

/// What a save returns: the saved aanmelding's id and the refreshed page.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EnrolmentSaved {
    pub id: String,
    pub page: PupilEnrolments,
}

/// The pupil's aanmeldingen (the request names the pupil).
pub fn list(store: &Store, clock: &dyn Clock, req: IdRequest) -> Result<PupilEnrolments> {
    check_id("id", &req.id)?;
    store.read(|conn| page_in(conn, clock.today(), &req.id))
}

/// Every aanmelding, oldest receipt first (the CLI's list).
pub fn list_all(store: &Store, clock: &dyn Clock) -> Result<Vec<EnrolmentView>> {
    let today = clock.today();
    store.read(|conn| {
        enrolment_store::all(conn)?
            .into_iter()
            .map(|row| view(row, today))
            .collect()
    })
}

/// Records a new aanmelding or changes one's details.
pub fn save(
    store: &mut Store,
    clock: &dyn Clock,
    req: SaveEnrolmentRequest,
) -> Result<EnrolmentSaved> {
    if let Some(id) = &req.id {
        check_id("id", id)?;
    }
    check_id("pupilId", &req.pupil_id)?;
    let today = clock.today();
    let now = now_text(clock);
    let id = req.id.clone().unwrap_or_else(|| new_id(clock));
    store.write(|tx| {
        pupils::get(tx, &req.pupil_id)?;
        match &req.id {
            Some(existing) => {
                let row = enrolment_store::get(tx, existing)?;
                if row.pupil_id != req.pupil_id {
                    return Err(Error::validation("pupilId", Rule::OutOfRange));
                }
                let details = enrolment::validate_details(req.details, Some(&row.data), today)?;
                let changed = Enrolment {
                    details,
                    ..row.data
                };
                enrolment_store::update(tx, existing, &changed, &now)?;
                audit::append(tx, &now, AuditAction::EnrolmentUpdate, Some(existing))?;
            }
            None => {
                let details = enrolment::validate_details(req.details, None, today)?;
                let new = Enrolment {
                    details,
                    extension: None,
                    decision: None,
                };
                enrolment_store::insert(tx, &id, &req.pupil_id, &new, &now)?;
                audit::append(tx, &now, AuditAction::EnrolmentCreate, Some(&id))?;
            }
        }
        let page = page_in(tx, today, &req.pupil_id)?;
        Ok(EnrolmentSaved { id, page })
    })
}

/// Extends the decision termijn; a second extension is refused with [`Rule::SecondExtension`].
pub fn extend(
    store: &mut Store,
    clock: &dyn Clock,
    req: ExtendEnrolmentRequest,
) -> Result<PupilEnrolments> {
    change(
        store,
        clock,
        &req.id,
        AuditAction::EnrolmentExtend,
        |current, today| {
            let extension = enrolment::validate_extension(current, req.extension, today)?;
            Ok(Enrolment {
                extension: Some(extension),
                ..current.clone()
            })
        },
    )
}

/// Records the decision; a refusal without another school is refused with
/// [`Rule::ZorgplichtNoOtherSchool`].
pub fn decide(
    store: &mut Store,
    clock: &dyn Clock,
    req: DecideEnrolmentRequest,
) -> Result<PupilEnrolments> {
    change(
        store,
        clock,
        &req.id,
        AuditAction::EnrolmentDecide,
        |current, today| {
            let decision = enrolment::validate_decision(current, req.decision, today)?;
            Ok(Enrolment {
                decision: Some(decision),
                ..current.clone()
            })
        },
    )
}

/// Deletes an aanmelding (entered by mistake).
pub fn delete(store: &mut Store, clock: &dyn Clock, req: IdRequest) -> Result<PupilEnrolments> {
    check_id("id", &req.id)?;
    let now = now_text(clock);
    store.write(|tx| {
        let existing = enrolment_store::get(tx, &req.id)?;
        enrolment_store::delete(tx, &req.id)?;
        audit::append(tx, &now, AuditAction::EnrolmentDelete, Some(&req.id))?;
        page_in(tx, clock.today(), &existing.pupil_id)
    })
}

/// Reads, changes (validated by `apply`), writes and audits one aanmelding in one transaction.
fn change(
    store: &mut Store,
    clock: &dyn Clock,
    id: &str,
    action: AuditAction,
    apply: impl FnOnce(&Enrolment, Date) -> Result<Enrolment>,
) -> Result<PupilEnrolments> {
    check_id("id", id)?;
    let today = clock.today();
    let now = now_text(clock);
    store.write(|tx| {
        let row = enrolment_store::get(tx, id)?;
        let changed = apply(&row.data, today)?;
        enrolment_store::update(tx, id, &changed, &now)?;
        audit::append(tx, &now, action, Some(id))?;
        page_in(tx, today, &row.pupil_id)
    })
}

/// The pupil's aanmelding page, read inside any transaction.
pub(crate) fn page_in(conn: &Connection, today: Date, pupil_id: &str) -> Result<PupilEnrolments> {
    let pupil = pupils::get(conn, pupil_id)?;
    Ok(PupilEnrolments {
        pupil_id: pupil.id,
        enrolments: enrolment_store::of_pupil(conn, pupil_id)?
            .into_iter()
            .map(|row| view(row, today))
            .collect::<Result<_>>()?,
    })
}

/// An aanmelding's deadlines on `today`.
pub(crate) fn deadlines(data: &Enrolment, today: Date) -> Result<EnrolmentDeadlines> {
    let received = data.received()?;
    let extended_to = data.extended_to()?;
    let decided_on = data.decided_on()?;
    let due = enrolment_clock::current_deadline(received, extended_to);
    Ok(EnrolmentDeadlines {
        original_deadline: dates::to_iso(enrolment_clock::decision_deadline(received)),
        decision_due: dates::to_iso(due),
        latest_extension_date: dates::to_iso(enrolment_clock::latest_extended_deadline(received)),
        temporary_placement_from: dates::to_iso(enrolment_clock::temporary_placement_from(
            received,
        )),
        overdue: decided_on.is_none() && today > due,
        temporarily_placed: enrolment_clock::temporarily_placed(received, decided_on, today),
        decision_rule: enrolment_clock::RULE_DECISION.into(),
        decision_source: enrolment_clock::SOURCE_DECISION.into(),
        placement_rule: enrolment_clock::RULE_TEMPORARY_PLACEMENT.into(),
        placement_source: enrolment_clock::SOURCE_TEMPORARY_PLACEMENT.into(),
    })
}

fn view(row: EnrolmentRow, today: Date) -> Result<EnrolmentView> {
    Ok(EnrolmentView {
        deadlines: deadlines(&row.data, today)?,
        status: row.data.status(),
        can_extend: row.data.extension.is_none() && row.data.decision.is_none(),
        id: row.id,
        pupil_id: row.pupil_id,
        enrolment: row.data,
        created_at: row.created_at,
        updated_at: row.updated_at,
    })
}
