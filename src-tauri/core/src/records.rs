//! Records as the app sees them: read by `store/`, returned over IPC by use cases. They derive
//! `TS`, so they are part of the wire contract.

use crate::domain::case::CaseStatus;
use crate::domain::guardian::GuardianRelation;
use crate::domain::pupil::EducationType;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One pupil in a list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PupilSummary {
    pub id: String,
    pub first_name: String,
    pub last_name: String,
    /// ISO date.
    pub birth_date: String,
    pub education_type: EducationType,
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
    pub last_name: String,
    pub birth_date: String,
    pub education_type: EducationType,
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
    pub name: String,
    pub relation: GuardianRelation,
    pub has_authority: bool,
    pub phone: Option<String>,
    pub email: Option<String>,
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
