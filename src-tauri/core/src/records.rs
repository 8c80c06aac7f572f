//! Records as the app sees them: read by `store/`, returned over IPC by use cases. They derive
//! `TS`, so they are part of the wire contract.

use crate::domain::case::CaseStatus;
use crate::domain::guardian::GuardianRelation;
use crate::domain::names;
use crate::domain::pupil::{EducationType, SchoolStage};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One pupil in a list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PupilSummary {
    pub id: String,
    pub first_name: String,
    /// Tussenvoegsel ("de", "van der").
    pub surname_prefix: Option<String>,
    pub last_name: String,
    /// "Daan de Groot".
    pub full_name: String,
    /// "Groot, Daan de": how the pupil appears in a sorted list.
    pub list_name: String,
    /// ISO date.
    pub birth_date: String,
    pub education_type: EducationType,
    /// Primary or secondary, from the onderwijstype: decides the words the UI uses.
    pub stage: SchoolStage,
    pub grade: i32,
    pub school: String,
    pub archived: bool,
    pub open_cases: i32,
}

/// A pupil with every field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Pupil {
    pub id: String,
    pub first_name: String,
    /// Tussenvoegsel ("de", "van der").
    pub surname_prefix: Option<String>,
    pub last_name: String,
    /// "Daan de Groot".
    pub full_name: String,
    /// "Groot, Daan de".
    pub list_name: String,
    pub birth_date: String,
    pub education_type: EducationType,
    /// Primary or secondary, from the onderwijstype: decides the words the UI uses.
    pub stage: SchoolStage,
    pub grade: i32,
    pub school: String,
    pub contact_person: Option<String>,
    pub notes: Option<String>,
    /// Instant of archiving, RFC 3339; `None` while active.
    pub archived_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// A parent or carer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Guardian {
    pub id: String,
    pub pupil_id: String,
    /// Voornaam or voorletters; `None` when only the surname is known.
    pub first_name: Option<String>,
    /// Tussenvoegsel ("de", "van der").
    pub surname_prefix: Option<String>,
    /// For guardians added before schema 3, the whole name as it was typed.
    pub last_name: String,
    /// "Fatima de Wit": the name as printed.
    pub full_name: String,
    pub relation: GuardianRelation,
    pub has_authority: bool,
    pub phone: Option<String>,
    pub email: Option<String>,
}

/// The name fields every pupil record carries, derived once from the stored parts.
pub struct PupilNames {
    pub full_name: String,
    pub list_name: String,
}

impl PupilNames {
    pub fn of(first_name: &str, surname_prefix: Option<&str>, last_name: &str) -> Self {
        PupilNames {
            full_name: names::full_name(first_name, surname_prefix, last_name),
            list_name: names::list_name(first_name, surname_prefix, last_name),
        }
    }
}

impl Pupil {
    /// This pupil as a list entry, with its number of open cases.
    pub fn summary(self, open_cases: i32) -> PupilSummary {
        PupilSummary {
            id: self.id,
            first_name: self.first_name,
            surname_prefix: self.surname_prefix,
            last_name: self.last_name,
            full_name: self.full_name,
            list_name: self.list_name,
            birth_date: self.birth_date,
            education_type: self.education_type,
            stage: self.stage,
            grade: self.grade,
            school: self.school,
            archived: self.archived_at.is_some(),
            open_cases,
        }
    }
}

/// A casus without its timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseSummary {
    pub id: String,
    pub pupil_id: String,
    pub title: String,
    pub start_date: String,
    pub status: CaseStatus,
    pub template_id: String,
    pub template_version: i32,
    pub closed_at: Option<String>,
    pub created_at: String,
    /// The date the casus was closed on (ISO); the bewaartermijn starts from it.
    pub closed_on: Option<String>,
    /// Why the casus was closed.
    pub close_reason: Option<String>,
    /// When an evaluation decided on extra ondersteuning (ISO): the OPP clock starts here.
    pub extra_support_decided_on: Option<String>,
}
