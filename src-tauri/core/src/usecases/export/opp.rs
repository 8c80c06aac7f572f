//! The printed OPP and the ouderblad of one version: the data resolved from the vault (names of
//! the guardians with gezag for the signature places, the hoorgesprek the pupil's words come
//! from, the ROD dates), rendered and written like every export, audited against the version.

use super::overview::date;
use crate::domain::audit::AuditAction;
use crate::domain::dates;
use crate::domain::hearing::PupilHearing;
use crate::domain::opp::{self as opp_domain, VersionStatus};
use crate::domain::pupil::SchoolStage;
use crate::error::{Error, Result};
use crate::export::model::Document;
use crate::export::opp::{OppDocumentData, OppPupil, OppSigner};
use crate::export::{opp as opp_export, opp_parent_sheet};
use crate::records::Guardian;
use crate::store::opp as opp_store;
use crate::store::{guardians, hearings, pupils};
use crate::template::Template;
use crate::usecases::opp::guardian_name;
use chrono::NaiveDate as Date;
use rusqlite::Connection;

/// The two printed documents of an OPP version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OppDocument {
    /// The ontwikkelingsperspectiefplan itself, with its agreement blocks.
    Plan,
    /// "Wat staat er in het OPP van <voornaam>?": the ouderblad.
    ParentSheet,
}

impl OppDocument {
    pub(super) fn action(self) -> AuditAction {
        match self {
            OppDocument::Plan => AuditAction::ExportOpp,
            OppDocument::ParentSheet => AuditAction::ExportOppParentSheet,
        }
    }

    pub(super) fn build(self, data: &OppDocumentData, template: &Template) -> Document {
        match self {
            OppDocument::Plan => opp_export::build(data, template),
            OppDocument::ParentSheet => opp_parent_sheet::build(data, template),
        }
    }

    pub(super) fn file_name(self, data: &OppDocumentData) -> String {
        match self {
            OppDocument::Plan => opp_export::file_name(data),
            OppDocument::ParentSheet => opp_parent_sheet::file_name(data),
        }
    }
}

/// The age from which the pupil signs the OPP too (in po; in vo, vso and pro always): a pupil
/// of twelve is heard on the plan and signs what was agreed (Ibis design).
const PUPIL_SIGNS_FROM_AGE: i32 = 12;

/// The version `number` of the pupil's running OPP (or, without `number`, its newest version):
/// its id. For the CLI, which names a pupil and a version number.
pub fn version_id_of(conn: &Connection, pupil_id: &str, number: Option<i64>) -> Result<String> {
    let opp = crate::usecases::opp::running(conn, pupil_id)?.ok_or(Error::NotFound {
        entity: crate::domain::entity::Entity::Opp,
    })?;
    let versions = opp_store::versions(conn, &opp.id)?;
    let version = match number {
        Some(number) => versions.iter().find(|v| v.number == number),
        None => versions.last(),
    };
    version.map(|v| v.id.clone()).ok_or(Error::NotFound {
        entity: crate::domain::entity::Entity::OppVersion,
    })
}

/// Everything the printed OPP and the ouderblad of version `version_id` show.
pub(super) fn opp_document_data(
    conn: &Connection,
    version_id: &str,
    printed_on: Date,
) -> Result<OppDocumentData> {
    let version = opp_store::get_version(conn, version_id)?;
    let opp = opp_store::get(conn, &version.opp_id)?;
    let pupil = pupils::get(conn, &opp.pupil_id)?;
    let all_guardians = guardians::for_pupil(conn, &pupil.id)?;
    let birth_date = date(&pupil.birth_date)?;
    let names = |ids: &[String]| -> Vec<String> {
        ids.iter()
            .map(|id| {
                all_guardians
                    .iter()
                    .find(|g| &g.id == id)
                    .map_or_else(|| "ouder/verzorger (verwijderd)".to_owned(), guardian_name)
            })
            .collect()
    };
    let hearing = match &version.hearing_id {
        Some(id) => match hearings::get::<PupilHearing>(conn, id) {
            Ok(row) => Some((date(&row.data.held_on)?, row.data.spoke_with)),
            Err(Error::NotFound { .. }) => None,
            Err(other) => return Err(other),
        },
        None => None,
    };
    let rod_begin = opp_store::versions(conn, &opp.id)?
        .into_iter()
        .find_map(|v| v.established_on)
        .map(|d| date(&d))
        .transpose()?;
    let age = dates::age_on(birth_date, printed_on);
    // An adult pupil in (v)so answers in the parents' place (WEC 41a lid 3): they sign alone.
    let adult = opp_domain::pupil_may_consent(pupil.education_type, birth_date, printed_on);
    Ok(OppDocumentData {
        pupil: OppPupil {
            first_name: pupil.first_name.clone(),
            full_name: pupil.full_name.clone(),
            birth_date,
            education_type: pupil.education_type,
            stage: pupil.stage,
            grade: pupil.grade,
            school: pupil.school.clone(),
            contact_person: pupil.contact_person.clone(),
        },
        number: version.number,
        status: version.status,
        reason: version.reason,
        established_on: match version.status {
            VersionStatus::Established => {
                version.established_on.as_deref().map(date).transpose()?
            }
            VersionStatus::Draft => None,
        },
        hearing_gap_reason: version.hearing_gap_reason.clone(),
        hearing,
        rod_begin,
        rod_end: opp.ended_on.as_deref().map(date).transpose()?,
        consultation_names: version
            .consultation
            .as_ref()
            .map(|c| names(&c.guardian_ids))
            .unwrap_or_default(),
        consent_names: names(&version.consent.guardian_ids),
        content: version.content,
        consultation: version.consultation,
        consent: version.consent,
        signers: if adult {
            Vec::new()
        } else {
            signers(&all_guardians)
        },
        pupil_signs: adult || pupil.stage == SchoolStage::Secondary || age >= PUPIL_SIGNS_FROM_AGE,
        school_role: pupil.education_type.wording().coordinator.to_owned(),
        printed_on,
    })
}

/// One signature place per guardian with gezag, by name.
fn signers(guardians: &[Guardian]) -> Vec<OppSigner> {
    guardians
        .iter()
        .filter(|g| g.has_authority)
        .map(|g| OppSigner {
            name: g.full_name.clone(),
            role: g.relation.dutch().to_owned(),
        })
        .collect()
}
