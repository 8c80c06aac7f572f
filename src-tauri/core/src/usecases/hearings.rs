//! Hoorrecht: hold and keep hoorgesprekken with the pupil and the parents' zienswijze, and the
//! pupil's hearing page (which age band fits, whether a hearing is due). The casusoverzicht, the
//! child's summary and later the OPP and TLV dossier read the same rows.

use super::{IdRequest, check_id, now_text};
use crate::clock::Clock;
use crate::domain::audit::AuditAction;
use crate::domain::case::CaseStatus;
use crate::domain::dates;
use crate::domain::hearing::{self, AgeBand, ParentView, PupilHearing, clock as hearing_clock};
use crate::domain::pupil::SchoolStage;
use crate::error::{Error, Result, Rule};
use crate::ids::new_id;
use crate::records::{CaseSummary, Guardian, Pupil};
use crate::store::hearings::{HeardTable, HearingRow, ParentViewRow};
use crate::store::{Store, audit, cases, guardians, hearings, pupils};
use crate::template::Template;
use chrono::NaiveDate as Date;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Save a hoorgesprek: a new one without `id`, else the one with that id.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveHearingRequest {
    pub id: Option<String>,
    pub pupil_id: String,
    /// The casus the hearing belongs to, if any (a casus of this pupil).
    pub case_id: Option<String>,
    pub hearing: PupilHearing,
}

/// Save a zienswijze ouders: a new one without `id`, else the one with that id.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveParentViewRequest {
    pub id: Option<String>,
    pub pupil_id: String,
    pub case_id: Option<String>,
    pub view: ParentView,
}

/// A stored hoorgesprek.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PupilHearingView {
    pub id: String,
    pub pupil_id: String,
    pub case_id: Option<String>,
    pub hearing: PupilHearing,
    pub created_at: String,
    pub updated_at: String,
}

/// A stored zienswijze ouders, with the names of the guardians who gave it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ParentViewView {
    pub id: String,
    pub pupil_id: String,
    pub case_id: Option<String>,
    pub view: ParentView,
    /// "Petra de Vries (moeder)", in the order of `view.guardianIds`; a guardian removed since
    /// is named "ouder/verzorger (verwijderd)".
    pub given_by: Vec<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// The pupil's hoorrecht page.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PupilHearings {
    pub pupil_id: String,
    /// Decides the words (leerkracht or mentor) the form uses.
    pub stage: SchoolStage,
    /// The question set that fits the pupil's groep or leerjaar.
    pub suggested_band: AgeBand,
    /// Newest first.
    pub hearings: Vec<PupilHearingView>,
    /// Newest first.
    pub parent_views: Vec<ParentViewView>,
    /// The day a hearing became due (ISO) when the pupil has extra support and was not heard
    /// since; the rule is on Vandaag.
    pub hearing_due_since: Option<String>,
}

/// What a save returns: the saved record's id and the refreshed page.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HearingSaved {
    pub id: String,
    pub page: PupilHearings,
}

/// The pupil's hearings and parent views.
pub fn list(
    store: &Store,
    clock: &dyn Clock,
    template: &Template,
    req: IdRequest,
) -> Result<PupilHearings> {
    check_id("id", &req.id)?;
    store.read(|conn| page_in(conn, template, clock.today(), &req.id))
}

/// One hoorgesprek.
pub fn get(store: &Store, req: IdRequest) -> Result<PupilHearingView> {
    check_id("id", &req.id)?;
    store.read(|conn| Ok(hearing_view(hearings::get(conn, &req.id)?)))
}

pub fn save(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    req: SaveHearingRequest,
) -> Result<HearingSaved> {
    let target = Target {
        id: req.id,
        pupil_id: req.pupil_id,
        case_id: req.case_id,
    };
    save_row(store, clock, template, target, |_, pupil, today| {
        hearing::validate_hearing(req.hearing, birth_date(pupil)?, today)
    })
}

pub fn delete(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    req: IdRequest,
) -> Result<PupilHearings> {
    delete_row::<PupilHearing>(store, clock, template, req)
}

pub fn save_parent_view(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    req: SaveParentViewRequest,
) -> Result<HearingSaved> {
    let target = Target {
        id: req.id,
        pupil_id: req.pupil_id,
        case_id: req.case_id,
    };
    save_row(store, clock, template, target, |conn, pupil, today| {
        let valid = hearing::validate_parent_view(req.view, birth_date(pupil)?, today)?;
        let own: Vec<String> = guardians::for_pupil(conn, &pupil.id)?
            .into_iter()
            .map(|g| g.id)
            .collect();
        if valid.guardian_ids.iter().any(|g| !own.contains(g)) {
            return Err(Error::validation("guardianIds", Rule::OutOfRange));
        }
        Ok(valid)
    })
}

pub fn delete_parent_view(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    req: IdRequest,
) -> Result<PupilHearings> {
    delete_row::<ParentView>(store, clock, template, req)
}

/// Which row a save writes: a new one without `id`.
struct Target {
    id: Option<String>,
    pupil_id: String,
    case_id: Option<String>,
}

/// The audit actions of each table.
trait Audited: HeardTable {
    const CREATE: AuditAction;
    const UPDATE: AuditAction;
    const DELETE: AuditAction;
}

impl Audited for PupilHearing {
    const CREATE: AuditAction = AuditAction::HearingCreate;
    const UPDATE: AuditAction = AuditAction::HearingUpdate;
    const DELETE: AuditAction = AuditAction::HearingDelete;
}

impl Audited for ParentView {
    const CREATE: AuditAction = AuditAction::ParentViewCreate;
    const UPDATE: AuditAction = AuditAction::ParentViewUpdate;
    const DELETE: AuditAction = AuditAction::ParentViewDelete;
}

/// Validates (inside the transaction, against the pupil), writes and audits one row, and
/// returns its id with the refreshed page. A row keeps its pupil; a linked casus must be one of
/// the pupil's.
fn save_row<T: Audited>(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    target: Target,
    validate: impl FnOnce(&Connection, &Pupil, Date) -> Result<T>,
) -> Result<HearingSaved> {
    check_ids(
        target.id.as_deref(),
        &target.pupil_id,
        target.case_id.as_deref(),
    )?;
    let today = clock.today();
    let now = now_text(clock);
    let id = target.id.clone().unwrap_or_else(|| new_id(clock));
    store.write(|tx| {
        let pupil = pupils::get(tx, &target.pupil_id)?;
        let valid = validate(tx, &pupil, today)?;
        check_case(tx, &target.pupil_id, target.case_id.as_deref())?;
        let case_id = target.case_id.as_deref();
        match &target.id {
            Some(existing) => {
                same_pupil(
                    &hearings::get::<T>(tx, existing)?.pupil_id,
                    &target.pupil_id,
                )?;
                hearings::update(tx, existing, case_id, &valid, &now)?;
                audit::append(tx, &now, T::UPDATE, Some(existing))?;
            }
            None => {
                hearings::insert(tx, &id, &target.pupil_id, case_id, &valid, &now)?;
                audit::append(tx, &now, T::CREATE, Some(&id))?;
            }
        }
        let page = page_in(tx, template, today, &target.pupil_id)?;
        Ok(HearingSaved { id, page })
    })
}

fn delete_row<T: Audited>(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    req: IdRequest,
) -> Result<PupilHearings> {
    check_id("id", &req.id)?;
    let now = now_text(clock);
    store.write(|tx| {
        let existing = hearings::get::<T>(tx, &req.id)?;
        hearings::delete::<T>(tx, &req.id)?;
        audit::append(tx, &now, T::DELETE, Some(&req.id))?;
        page_in(tx, template, clock.today(), &existing.pupil_id)
    })
}

/// The hearings and parent views of one casus: those linked to it, and the pupil's unlinked
/// ones dated within the casus (from its start to its close). Oldest first. The timeline and
/// the casusoverzicht read this.
#[derive(Debug, Clone, Default)]
pub(crate) struct CaseHearings {
    pub hearings: Vec<HearingRow>,
    pub parent_views: Vec<ParentViewRow>,
}

pub(crate) fn of_case(conn: &Connection, case: &CaseSummary) -> Result<CaseHearings> {
    let until = case.closed_on.as_deref();
    let belongs = |case_id: &Option<String>, on: &str| match case_id {
        Some(linked) => linked == &case.id,
        None => on >= case.start_date.as_str() && until.is_none_or(|until| on <= until),
    };
    let mut hearings: Vec<HearingRow> = hearings::of_pupil::<PupilHearing>(conn, &case.pupil_id)?
        .into_iter()
        .filter(|h| belongs(&h.case_id, &h.data.held_on))
        .collect();
    hearings.reverse();
    let mut parent_views: Vec<ParentViewRow> =
        hearings::of_pupil::<ParentView>(conn, &case.pupil_id)?
            .into_iter()
            .filter(|v| belongs(&v.case_id, &v.data.given_on))
            .collect();
    parent_views.reverse();
    Ok(CaseHearings {
        hearings,
        parent_views,
    })
}

/// The pupil's hearing page, read inside any transaction.
pub(crate) fn page_in(
    conn: &Connection,
    template: &Template,
    today: Date,
    pupil_id: &str,
) -> Result<PupilHearings> {
    let pupil = pupils::get(conn, pupil_id)?;
    let hearing_rows = hearings::of_pupil::<PupilHearing>(conn, pupil_id)?;
    let guardians = guardians::for_pupil(conn, pupil_id)?;
    let extra_support_since = cases::list(conn, Some(pupil_id))?
        .into_iter()
        .filter(|c| c.status == CaseStatus::Open)
        .filter_map(|c| c.extra_support_decided_on)
        .filter_map(|d| dates::parse_iso("extraSupportDecidedOn", &d).ok())
        .min();
    let last_heard = hearing_rows
        .first()
        .and_then(|h| dates::parse_iso("heldOn", &h.data.held_on).ok());
    let hearing_due_since = extra_support_since.and_then(|since| {
        hearing_clock::hearing_due(template.hearing.interval, since, last_heard, today)
    });
    Ok(PupilHearings {
        pupil_id: pupil.id.clone(),
        stage: pupil.stage,
        suggested_band: AgeBand::for_pupil(pupil.education_type, i64::from(pupil.grade)),
        hearings: hearing_rows.into_iter().map(hearing_view).collect(),
        parent_views: hearings::of_pupil::<ParentView>(conn, pupil_id)?
            .into_iter()
            .map(|row| parent_view_view(row, &guardians))
            .collect(),
        hearing_due_since: hearing_due_since.map(dates::to_iso),
    })
}

pub(crate) fn hearing_view(row: HearingRow) -> PupilHearingView {
    PupilHearingView {
        id: row.id,
        pupil_id: row.pupil_id,
        case_id: row.case_id,
        hearing: row.data,
        created_at: row.created_at,
        updated_at: row.updated_at,
    }
}

pub(crate) fn parent_view_view(row: ParentViewRow, guardians: &[Guardian]) -> ParentViewView {
    let given_by = row
        .data
        .guardian_ids
        .iter()
        .map(|id| {
            guardians.iter().find(|g| &g.id == id).map_or_else(
                || "ouder/verzorger (verwijderd)".to_owned(),
                |g| format!("{} ({})", g.full_name, g.relation.dutch()),
            )
        })
        .collect();
    ParentViewView {
        id: row.id,
        pupil_id: row.pupil_id,
        case_id: row.case_id,
        view: row.data,
        given_by,
        created_at: row.created_at,
        updated_at: row.updated_at,
    }
}

fn check_ids(id: Option<&str>, pupil_id: &str, case_id: Option<&str>) -> Result<()> {
    if let Some(id) = id {
        check_id("id", id)?;
    }
    check_id("pupilId", pupil_id)?;
    if let Some(case_id) = case_id {
        check_id("caseId", case_id)?;
    }
    Ok(())
}

/// A linked casus must be one of the pupil's.
fn check_case(conn: &Connection, pupil_id: &str, case_id: Option<&str>) -> Result<()> {
    match case_id {
        Some(case_id) if cases::get(conn, case_id)?.pupil_id != pupil_id => {
            Err(Error::validation("caseId", Rule::OutOfRange))
        }
        _ => Ok(()),
    }
}

/// A record keeps its pupil: saving it under another pupil's id is a caller's mistake.
fn same_pupil(stored: &str, requested: &str) -> Result<()> {
    if stored == requested {
        Ok(())
    } else {
        Err(Error::validation("pupilId", Rule::OutOfRange))
    }
}

fn birth_date(pupil: &Pupil) -> Result<Date> {
    dates::parse_iso("birthDate", &pupil.birth_date)
        .map_err(|_| Error::Corrupt("pupil birth date".into()))
}
