//! Pupils: create, edit, archive, list and search, and the pupil page.

use super::{IdRequest, check_id, now_text};
use crate::clock::Clock;
use crate::domain::audit::AuditAction;
use crate::domain::pupil::{self, EducationType, PupilDraft, SchoolStage};
use crate::domain::text;
use crate::error::Result;
use crate::ids::new_id;
use crate::records::{CaseSummary, Guardian, Pupil, PupilSummary};
use crate::store::{Store, audit, cases, guardians, pupils};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The fields of the pupil form.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PupilInput {
    pub first_name: String,
    /// Tussenvoegsel ("de", "van der", "in 't"); empty or `None` when the name has none.
    pub surname_prefix: Option<String>,
    pub last_name: String,
    /// ISO date, `jjjj-mm-dd`.
    pub birth_date: String,
    pub education_type: EducationType,
    /// Groep (po, sbo, so) or leerjaar (vo, vso, pro).
    pub grade: i32,
    pub school: String,
    /// Aanspreekpunt, the mentor (vo, vso, pro).
    pub contact_person: Option<String>,
    pub notes: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UpdatePupilRequest {
    pub id: String,
    pub pupil: PupilInput,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SetArchivedRequest {
    pub id: String,
    pub archived: bool,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ListPupilsRequest {
    /// Words that must all occur in the name; case and accents do not matter.
    pub query: Option<String>,
    pub include_archived: bool,
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PupilList {
    pub pupils: Vec<PupilSummary>,
}

/// The pupil page: the pupil, guardians and cases.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PupilDetail {
    pub pupil: Pupil,
    pub guardians: Vec<Guardian>,
    pub cases: Vec<CaseSummary>,
}

/// What the pupil form needs to know about one onderwijstype, so the UI never derives it.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EducationTypeInfo {
    pub education_type: EducationType,
    /// Primary (groep, leerkracht) or secondary (leerjaar, mentor).
    pub stage: SchoolStage,
    pub min_grade: i32,
    pub max_grade: i32,
    /// Whether the form asks for the aanspreekpunt (the mentor).
    pub has_contact_person: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EducationTypeList {
    pub types: Vec<EducationTypeInfo>,
}

/// Every onderwijstype with its stage, grade range and whether it has a mentor.
pub fn education_types() -> EducationTypeList {
    let types = EducationType::ALL
        .into_iter()
        .map(|education_type| {
            let (min_grade, max_grade) = education_type.grade_range();
            EducationTypeInfo {
                education_type,
                stage: education_type.stage(),
                min_grade: i32::try_from(min_grade).unwrap_or(1),
                max_grade: i32::try_from(max_grade).unwrap_or(i32::MAX),
                has_contact_person: education_type.has_contact_person(),
            }
        })
        .collect();
    EducationTypeList { types }
}

fn validate(input: &PupilInput, clock: &dyn Clock) -> Result<pupil::ValidPupil> {
    let contact_person = if input.education_type.has_contact_person() {
        input.contact_person.as_deref()
    } else {
        None
    };
    pupil::validate(
        &PupilDraft {
            first_name: &input.first_name,
            surname_prefix: input.surname_prefix.as_deref(),
            last_name: &input.last_name,
            birth_date: &input.birth_date,
            education_type: input.education_type,
            grade: i64::from(input.grade),
            school: &input.school,
            contact_person,
            notes: input.notes.as_deref(),
        },
        clock.today(),
    )
}

/// Adds a pupil.
pub fn create(store: &mut Store, clock: &dyn Clock, input: PupilInput) -> Result<PupilDetail> {
    let valid = validate(&input, clock)?;
    let id = new_id(clock);
    let now = now_text(clock);
    store.write(|tx| {
        pupils::insert(tx, &id, &valid, &now)?;
        audit::append(tx, &now, AuditAction::PupilCreate, Some(&id))?;
        detail_in(tx, &id)
    })
}

/// Edits a pupil.
pub fn update(
    store: &mut Store,
    clock: &dyn Clock,
    req: UpdatePupilRequest,
) -> Result<PupilDetail> {
    check_id("id", &req.id)?;
    let valid = validate(&req.pupil, clock)?;
    let now = now_text(clock);
    store.write(|tx| {
        pupils::update(tx, &req.id, &valid, &now)?;
        audit::append(tx, &now, AuditAction::PupilUpdate, Some(&req.id))?;
        detail_in(tx, &req.id)
    })
}

/// Archives (hides from the daily list, keeps everything) or brings back a pupil.
pub fn set_archived(
    store: &mut Store,
    clock: &dyn Clock,
    req: SetArchivedRequest,
) -> Result<PupilDetail> {
    check_id("id", &req.id)?;
    let now = now_text(clock);
    store.write(|tx| {
        let current = pupils::get(tx, &req.id)?;
        if current.archived_at.is_some() == req.archived {
            return detail_in(tx, &req.id);
        }
        let archived_at = req.archived.then_some(now.as_str());
        pupils::set_archived(tx, &req.id, archived_at, &now)?;
        let action = if req.archived {
            AuditAction::PupilArchive
        } else {
            AuditAction::PupilUnarchive
        };
        audit::append(tx, &now, action, Some(&req.id))?;
        detail_in(tx, &req.id)
    })
}

/// Lists pupils, optionally filtered by name, in Dutch list order: last name without
/// tussenvoegsel, then first name ("de Groot" under G). The UI shows this order as given.
pub fn list(store: &Store, req: ListPupilsRequest) -> Result<PupilList> {
    let key = req.query.as_deref().map(text::search_key);
    store.read(|conn| {
        let pupils = pupils::list(
            conn,
            &pupils::ListFilter {
                search_key: key.as_deref(),
                include_archived: req.include_archived,
                limit: req.limit,
            },
        )?;
        Ok(PupilList { pupils })
    })
}

/// The pupil page.
pub fn get(store: &Store, req: IdRequest) -> Result<PupilDetail> {
    check_id("id", &req.id)?;
    store.read(|conn| detail_in(conn, &req.id))
}

pub(crate) fn detail_in(conn: &rusqlite::Connection, id: &str) -> Result<PupilDetail> {
    Ok(PupilDetail {
        pupil: pupils::get(conn, id)?,
        guardians: guardians::for_pupil(conn, id)?,
        cases: cases::list(conn, Some(id))?,
    })
}
