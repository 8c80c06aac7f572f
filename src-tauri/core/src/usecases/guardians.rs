//! Parents and carers of a pupil.

use super::pupils::{PupilDetail, detail_in};
use super::{IdRequest, check_id, now_text};
use crate::clock::Clock;
use crate::domain::audit::AuditAction;
use crate::domain::guardian::{self, GuardianDraft, GuardianRelation};
use crate::error::Result;
use crate::ids::new_id;
use crate::store::{Store, audit, guardians, pupils};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The fields of the guardian form.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GuardianInput {
    /// Voornaam or voorletters; may be left empty.
    pub first_name: Option<String>,
    /// Tussenvoegsel ("de", "van der").
    pub surname_prefix: Option<String>,
    pub last_name: String,
    pub relation: GuardianRelation,
    /// Gezag: legal authority over the pupil.
    pub has_authority: bool,
    pub phone: Option<String>,
    pub email: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AddGuardianRequest {
    pub pupil_id: String,
    pub guardian: GuardianInput,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UpdateGuardianRequest {
    pub id: String,
    pub guardian: GuardianInput,
}

fn validate(input: &GuardianInput) -> Result<guardian::ValidGuardian> {
    guardian::validate(&GuardianDraft {
        first_name: input.first_name.as_deref(),
        surname_prefix: input.surname_prefix.as_deref(),
        last_name: &input.last_name,
        relation: input.relation,
        has_authority: input.has_authority,
        phone: input.phone.as_deref(),
        email: input.email.as_deref(),
    })
}

/// Adds a guardian to a pupil; returns the updated pupil page.
pub fn add(store: &mut Store, clock: &dyn Clock, req: AddGuardianRequest) -> Result<PupilDetail> {
    check_id("pupilId", &req.pupil_id)?;
    let valid = validate(&req.guardian)?;
    let id = new_id(clock);
    let now = now_text(clock);
    store.write(|tx| {
        pupils::get(tx, &req.pupil_id)?;
        guardians::insert(tx, &id, &req.pupil_id, &valid, &now)?;
        audit::append(tx, &now, AuditAction::GuardianAdd, Some(&id))?;
        detail_in(tx, &req.pupil_id)
    })
}

pub fn update(
    store: &mut Store,
    clock: &dyn Clock,
    req: UpdateGuardianRequest,
) -> Result<PupilDetail> {
    check_id("id", &req.id)?;
    let valid = validate(&req.guardian)?;
    let now = now_text(clock);
    store.write(|tx| {
        let existing = guardians::get(tx, &req.id)?;
        guardians::update(tx, &req.id, &valid, &now)?;
        audit::append(tx, &now, AuditAction::GuardianUpdate, Some(&req.id))?;
        detail_in(tx, &existing.pupil_id)
    })
}

pub fn remove(store: &mut Store, clock: &dyn Clock, req: IdRequest) -> Result<PupilDetail> {
    check_id("id", &req.id)?;
    let now = now_text(clock);
    store.write(|tx| {
        let existing = guardians::get(tx, &req.id)?;
        guardians::delete(tx, &req.id)?;
        audit::append(tx, &now, AuditAction::GuardianRemove, Some(&req.id))?;
        detail_in(tx, &existing.pupil_id)
    })
}
