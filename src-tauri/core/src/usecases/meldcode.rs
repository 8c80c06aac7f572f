//! The meldcode route of a pupil (DOMAIN.md §11): open it with the answer "veiligheid", add
//! dated entries to its five steps, mark steps done, record the decision of step 5, close it.
//! Ibis records; it sends nothing.
//!
//! Restricted: every function here takes a [`MeldcodeGrant`], which only
//! [`crate::usecases::session::Session`] makes — after the passphrase was given again for that
//! pupil, for [`GRANT_MINUTES`] minutes, forgotten on lock. So the core, not the UI, refuses a
//! read without a live grant ([`crate::Error::MeldcodeLocked`]).
//!
//! Kept apart: nothing outside this module reads `store::meldcode` — no export, no list, no
//! Vandaag item, no case view. The canary suite (`core/tests/meldcode/canary.rs`) proves it.
//! Every change is one transaction with its audit row (`meldcode.*`, the route's id); access is
//! audited as `meldcode_access.*` against the pupil's id. Audit rows hold ids, never text.

use super::now_text;
use crate::clock::{Clock, format_instant};
use crate::domain::audit::AuditAction;
use crate::domain::meldcode::{
    self, ConcernAnswer, ConcernQuestion, Meldcode, MeldcodeDecision, MeldcodeDecisionRecord,
    MeldcodeEntry, MeldcodeStep,
};
use crate::error::{Error, Result};
use crate::ids::new_id;
use crate::store::meldcode::{self as meldcode_store, MeldcodeRow};
use crate::store::{Store, audit, pupils};
use crate::vault::SecretText;
use chrono::{DateTime, NaiveDate as Date, Utc};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How long a grant lasts after the passphrase was given again.
pub const GRANT_MINUTES: i64 = 10;

/// Proof that the passphrase was given again for one pupil, valid until `until`. Made only by
/// the session (see the module comment).
#[derive(Debug, Clone)]
pub struct MeldcodeGrant {
    pupil_id: String,
    until: DateTime<Utc>,
}

impl MeldcodeGrant {
    pub(crate) fn new(pupil_id: String, until: DateTime<Utc>) -> Self {
        MeldcodeGrant { pupil_id, until }
    }

    /// The pupil whose meldcode this grant opens.
    pub fn pupil_id(&self) -> &str {
        &self.pupil_id
    }

    /// Whether the grant still holds at `now`.
    pub fn is_live(&self, now: DateTime<Utc>) -> bool {
        now < self.until
    }
}

/// Open a pupil's meldcode: the passphrase is checked against the vault's key slot.
#[derive(Debug, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MeldcodeOpenRequest {
    pub pupil_id: String,
    #[ts(type = "string")]
    pub passphrase: SecretText,
}

/// Open a route: the answer to the question "veiligheid of geschil?", when and by whom.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StartMeldcodeRequest {
    pub pupil_id: String,
    pub answer: ConcernAnswer,
    pub answered_on: String,
    pub answered_by: String,
}

/// Add an entry to a step of the pupil's open route.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MeldcodeEntryRequest {
    pub pupil_id: String,
    pub step: MeldcodeStep,
    pub entry: MeldcodeEntry,
}

/// Mark a step of the pupil's open route done.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MeldcodeStepDoneRequest {
    pub pupil_id: String,
    pub step: MeldcodeStep,
    pub done_on: String,
}

/// Record (or correct) the decision of step 5 of the pupil's open route.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MeldcodeDecideRequest {
    pub pupil_id: String,
    pub decision: MeldcodeDecisionRecord,
}

/// Close the pupil's open route.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MeldcodeCloseRequest {
    pub pupil_id: String,
    pub closed_on: String,
    pub closing_note: Option<String>,
}

/// One of the five steps as the page explains it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MeldcodeStepInfo {
    pub step: MeldcodeStep,
    pub number: u8,
    pub label: String,
    pub explanation: String,
}

/// A decision of step 5 with its Dutch label (the form's choices).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MeldcodeDecisionChoice {
    pub decision: MeldcodeDecision,
    pub label: String,
}

/// A step of a route with its entries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MeldcodeStepView {
    pub info: MeldcodeStepInfo,
    /// Oldest first.
    pub entries: Vec<MeldcodeEntry>,
    pub done_on: Option<String>,
}

/// A stored route as the page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MeldcodeRouteView {
    pub id: String,
    pub question: ConcernQuestion,
    pub answer_label: String,
    pub steps: Vec<MeldcodeStepView>,
    pub decision: Option<MeldcodeDecisionRecord>,
    pub decision_label: Option<String>,
    pub closed_on: Option<String>,
    pub closing_note: Option<String>,
    /// Open routes can change; closed ones are read-only.
    pub editable: bool,
    pub created_at: String,
    pub updated_at: String,
}

/// The pupil's meldcode page (answered by every meldcode command).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MeldcodePage {
    pub pupil_id: String,
    /// "Gaat het om zorg over de veiligheid van de leerling, of om een meningsverschil?"
    pub question: String,
    /// The five steps, in order, with labels and explanations.
    pub steps: Vec<MeldcodeStepInfo>,
    /// Where the steps come from.
    pub source: String,
    pub decision_choices: Vec<MeldcodeDecisionChoice>,
    /// The open route, if any.
    pub open: Option<MeldcodeRouteView>,
    /// Closed routes, newest first (read-only).
    pub closed: Vec<MeldcodeRouteView>,
    /// A route can be opened (none is open).
    pub can_start: bool,
    /// The instant (RFC 3339) until which this access holds.
    pub access_until: String,
}

/// The pupil's page (the grant names the pupil).
pub fn get(store: &Store, grant: &MeldcodeGrant) -> Result<MeldcodePage> {
    store.read(|conn| page_in(conn, grant))
}

/// Opens a route for the pupil; refused while another is open.
pub fn start(
    store: &mut Store,
    clock: &dyn Clock,
    grant: &MeldcodeGrant,
    req: StartMeldcodeRequest,
) -> Result<MeldcodePage> {
    let today = clock.today();
    let now = now_text(clock);
    let id = new_id(clock);
    store.write(|tx| {
        pupils::get(tx, grant.pupil_id())?;
        if meldcode_store::open_of_pupil(tx, grant.pupil_id())?.is_some() {
            return Err(Error::InvalidTransition(
                "the pupil already has an open meldcode route",
            ));
        }
        let route = meldcode::open(req.answer, &req.answered_on, &req.answered_by, today)?;
        meldcode_store::insert(tx, &id, grant.pupil_id(), &route, &now)?;
        audit::append(tx, &now, AuditAction::MeldcodeCreate, Some(&id))?;
        page_in(tx, grant)
    })
}

/// Adds a dated entry to a step of the open route.
pub fn add_entry(
    store: &mut Store,
    clock: &dyn Clock,
    grant: &MeldcodeGrant,
    req: MeldcodeEntryRequest,
) -> Result<MeldcodePage> {
    change(
        store,
        clock,
        grant,
        AuditAction::MeldcodeEntry,
        |route, today| meldcode::add_entry(route, req.step, &req.entry, today),
    )
}

/// Marks a step of the open route done.
pub fn complete_step(
    store: &mut Store,
    clock: &dyn Clock,
    grant: &MeldcodeGrant,
    req: MeldcodeStepDoneRequest,
) -> Result<MeldcodePage> {
    change(
        store,
        clock,
        grant,
        AuditAction::MeldcodeStepDone,
        |route, today| meldcode::complete_step(route, req.step, &req.done_on, today),
    )
}

/// Records the decision of step 5 of the open route.
pub fn decide(
    store: &mut Store,
    clock: &dyn Clock,
    grant: &MeldcodeGrant,
    req: MeldcodeDecideRequest,
) -> Result<MeldcodePage> {
    change(
        store,
        clock,
        grant,
        AuditAction::MeldcodeDecide,
        |route, today| meldcode::decide(route, &req.decision, today),
    )
}

/// Closes the open route (it stays readable).
pub fn close(
    store: &mut Store,
    clock: &dyn Clock,
    grant: &MeldcodeGrant,
    req: MeldcodeCloseRequest,
) -> Result<MeldcodePage> {
    change(
        store,
        clock,
        grant,
        AuditAction::MeldcodeClose,
        |route, today| meldcode::close(route, &req.closed_on, req.closing_note.as_deref(), today),
    )
}

/// Writes the audit row of an access attempt (the pupil's id only). Called by the session.
pub(crate) fn record_access(
    store: &mut Store,
    clock: &dyn Clock,
    pupil_id: &str,
    granted: bool,
) -> Result<()> {
    let now = now_text(clock);
    let action = match granted {
        true => AuditAction::MeldcodeAccessGrant,
        false => AuditAction::MeldcodeAccessRefused,
    };
    store.write(|tx| audit::append(tx, &now, action, Some(pupil_id)).map(drop))
}

/// Reads, changes (validated by `apply`), writes and audits the open route in one transaction.
fn change(
    store: &mut Store,
    clock: &dyn Clock,
    grant: &MeldcodeGrant,
    action: AuditAction,
    apply: impl FnOnce(&Meldcode, Date) -> Result<Meldcode>,
) -> Result<MeldcodePage> {
    let today = clock.today();
    let now = now_text(clock);
    store.write(|tx| {
        let row = meldcode_store::open_of_pupil(tx, grant.pupil_id())?.ok_or(Error::NotFound {
            entity: crate::domain::entity::Entity::Meldcode,
        })?;
        let changed = apply(&row.data, today)?;
        meldcode_store::update(tx, &row.id, &changed, &now)?;
        audit::append(tx, &now, action, Some(&row.id))?;
        page_in(tx, grant)
    })
}

fn page_in(conn: &Connection, grant: &MeldcodeGrant) -> Result<MeldcodePage> {
    let pupil = pupils::get(conn, grant.pupil_id())?;
    let (open, closed): (Vec<MeldcodeRow>, Vec<MeldcodeRow>) =
        meldcode_store::of_pupil(conn, &pupil.id)?
            .into_iter()
            .partition(|row| !row.data.is_closed());
    let open = open.into_iter().next().map(view);
    Ok(MeldcodePage {
        pupil_id: pupil.id,
        question: meldcode::QUESTION.into(),
        steps: MeldcodeStep::ALL.iter().map(|&step| info(step)).collect(),
        source: meldcode::SOURCE_STEPS.into(),
        decision_choices: [
            MeldcodeDecision::OrganiseHelp,
            MeldcodeDecision::Report,
            MeldcodeDecision::Both,
        ]
        .into_iter()
        .map(|decision| MeldcodeDecisionChoice {
            decision,
            label: decision.dutch().into(),
        })
        .collect(),
        can_start: open.is_none(),
        open,
        closed: closed.into_iter().map(view).collect(),
        access_until: format_instant(grant.until),
    })
}

fn info(step: MeldcodeStep) -> MeldcodeStepInfo {
    MeldcodeStepInfo {
        step,
        number: step.number(),
        label: step.label().into(),
        explanation: step.explanation().into(),
    }
}

fn view(row: MeldcodeRow) -> MeldcodeRouteView {
    let data = row.data;
    MeldcodeRouteView {
        id: row.id,
        answer_label: data.question.answer.dutch().into(),
        editable: !data.is_closed(),
        steps: data
            .steps
            .into_iter()
            .map(|record| MeldcodeStepView {
                info: info(record.step),
                entries: record.entries,
                done_on: record.done_on,
            })
            .collect(),
        decision_label: data
            .decision
            .as_ref()
            .map(|decision| decision.decision.dutch().into()),
        decision: data.decision,
        question: data.question,
        closed_on: data.closed_on,
        closing_note: data.closing_note,
        created_at: row.created_at,
        updated_at: row.updated_at,
    }
}
