//! Toelaatbaarheidsverklaring: prepare the aanvraag (ondersteuningsvraag, deskundigen, the
//! parents' position, checklist ticks), record the SWV's decision and a bezwaar, and the pupil's
//! TLV page — each TLV with its warnings, its checklist against what Ibis holds (enter once) and
//! its termijnen with rule and source (DOMAIN.md §8). Every change is one transaction with its
//! audit row (`tlv.*`); every command answers with the refreshed page.

pub(crate) mod facts;

use super::{IdRequest, check_id, now_text};
use crate::clock::Clock;
use crate::domain::audit::AuditAction;
use crate::domain::dates;
use crate::domain::tlv::checklist::{self, ChecklistLine};
use crate::domain::tlv::{
    self, Tlv, TlvDecision, TlvObjection, TlvRequest, TlvStatus, TlvWarning, clock as tlv_clock,
};
use crate::error::{Error, Result};
use crate::ids::new_id;
use crate::store::tlvs::{self as tlv_store, TlvRow};
use crate::store::{Store, audit, pupils};
use crate::template::Template;
use chrono::NaiveDate as Date;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Save a TLV aanvraag: a new one without `id`, else the one with that id (until decided).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveTlvRequest {
    pub id: Option<String>,
    pub pupil_id: String,
    pub request: TlvRequest,
}

/// Record the SWV's decision.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DecideTlvRequest {
    pub id: String,
    pub decision: TlvDecision,
}

/// Record (or update) a bezwaar against the decision.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TlvObjectionRequest {
    pub id: String,
    pub objection: TlvObjection,
}

/// A TLV's dates as of today (ISO), each with its rule and source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TlvDeadlines {
    /// First and last day of a granted TLV; the last is always 31 July.
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
    pub end_rule: String,
    pub end_source: String,
    /// The last day to file a bezwaar (decided TLVs).
    pub objection_until: Option<String>,
    /// The bezwaar termijn is still running today.
    pub objection_open: bool,
    pub objection_rule: String,
    pub objection_source: String,
    /// The last day for the SWV's decision on a running bezwaar.
    pub objection_decision_due: Option<String>,
    pub objection_decision_rule: String,
    pub objection_decision_source: String,
    /// The day a renewal must be applied for (granted TLVs).
    pub renewal_due: Option<String>,
    pub renewal_rule: String,
    pub renewal_source: String,
}

/// A stored TLV with everything the page and the dossier show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TlvView {
    pub id: String,
    pub pupil_id: String,
    pub tlv: Tlv,
    pub status: TlvStatus,
    /// "in voorbereiding", "aangevraagd", "toegekend", "afgewezen" (+ ", in bezwaar").
    pub status_label: String,
    pub in_objection: bool,
    pub warnings: Vec<TlvWarning>,
    /// Every template item (a renewal: the light list), found or "ontbreekt".
    pub checklist: Vec<ChecklistLine>,
    /// Checklist items not done.
    pub missing: u32,
    pub deadlines: TlvDeadlines,
    /// The aanvraag can still change (undecided).
    pub editable: bool,
    pub created_at: String,
    pub updated_at: String,
}

/// The pupil's TLV page.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PupilTlvs {
    pub pupil_id: String,
    /// Newest first.
    pub tlvs: Vec<TlvView>,
    /// A new aanvraag can be started (no undecided one exists).
    pub can_start: bool,
    /// The new aanvraag would be a renewal (the pupil has a granted TLV).
    pub suggest_renewal: bool,
}

/// What a save returns: the saved TLV's id and the refreshed page.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TlvSaved {
    pub id: String,
    pub page: PupilTlvs,
}

/// The pupil's TLVs (the request names the pupil).
pub fn list(
    store: &Store,
    clock: &dyn Clock,
    template: &Template,
    req: IdRequest,
) -> Result<PupilTlvs> {
    check_id("id", &req.id)?;
    store.read(|conn| page_in(conn, template, clock.today(), &req.id))
}

/// The id of the pupil's newest TLV (for the CLI, which names a pupil).
pub fn newest_id(store: &Store, pupil_id: &str) -> Result<String> {
    check_id("pupilId", pupil_id)?;
    store.read(|conn| {
        tlv_store::of_pupil(conn, pupil_id)?
            .into_iter()
            .next()
            .map(|row| row.id)
            .ok_or(Error::NotFound {
                entity: crate::domain::entity::Entity::Tlv,
            })
    })
}

/// Starts a TLV aanvraag or changes one that is not yet decided.
pub fn save(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    req: SaveTlvRequest,
) -> Result<TlvSaved> {
    if let Some(id) = &req.id {
        check_id("id", id)?;
    }
    check_id("pupilId", &req.pupil_id)?;
    let today = clock.today();
    let now = now_text(clock);
    let id = req.id.clone().unwrap_or_else(|| new_id(clock));
    store.write(|tx| {
        pupils::get(tx, &req.pupil_id)?;
        let request = tlv::validate_request(req.request, None, today)?;
        match &req.id {
            Some(existing) => {
                let row = tlv_store::get(tx, existing)?;
                if row.pupil_id != req.pupil_id {
                    return Err(Error::InvalidTransition("the TLV belongs to another pupil"));
                }
                if row.data.decision.is_some() {
                    return Err(Error::InvalidTransition("a decided TLV cannot change"));
                }
                let changed = Tlv {
                    request,
                    ..row.data
                };
                tlv_store::update(tx, existing, &changed, &now)?;
                audit::append(tx, &now, AuditAction::TlvUpdate, Some(existing))?;
            }
            None => {
                let new = Tlv {
                    request,
                    decision: None,
                    objection: None,
                };
                tlv_store::insert(tx, &id, &req.pupil_id, &new, &now)?;
                audit::append(tx, &now, AuditAction::TlvCreate, Some(&id))?;
            }
        }
        let page = page_in(tx, template, today, &req.pupil_id)?;
        Ok(TlvSaved { id, page })
    })
}

/// Records the SWV's decision; a beschikkingsnummer of the wrong shape is refused with
/// `Rule::DecisionNumberShape`.
pub fn decide(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    req: DecideTlvRequest,
) -> Result<PupilTlvs> {
    change(
        store,
        clock,
        template,
        &req.id,
        AuditAction::TlvDecide,
        |current, today| {
            let decision = tlv::validate_decision(current, req.decision, today)?;
            Ok(Tlv {
                decision: Some(decision),
                ..current.clone()
            })
        },
    )
}

/// Records or updates a bezwaar against the decision.
pub fn record_objection(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    req: TlvObjectionRequest,
) -> Result<PupilTlvs> {
    change(
        store,
        clock,
        template,
        &req.id,
        AuditAction::TlvObjection,
        |current, today| {
            let objection = tlv::validate_objection(current, req.objection, today)?;
            Ok(Tlv {
                objection: Some(objection),
                ..current.clone()
            })
        },
    )
}

/// Deletes a TLV aanvraag that is not decided (started by mistake).
pub fn delete(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    req: IdRequest,
) -> Result<PupilTlvs> {
    check_id("id", &req.id)?;
    let now = now_text(clock);
    store.write(|tx| {
        let existing = tlv_store::get(tx, &req.id)?;
        if existing.data.decision.is_some() {
            return Err(Error::InvalidTransition("a decided TLV is kept"));
        }
        tlv_store::delete(tx, &req.id)?;
        audit::append(tx, &now, AuditAction::TlvDelete, Some(&req.id))?;
        page_in(tx, template, clock.today(), &existing.pupil_id)
    })
}

/// Reads, changes (validated by `apply`), writes and audits one TLV in one transaction.
fn change(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    id: &str,
    action: AuditAction,
    apply: impl FnOnce(&Tlv, Date) -> Result<Tlv>,
) -> Result<PupilTlvs> {
    check_id("id", id)?;
    let today = clock.today();
    let now = now_text(clock);
    store.write(|tx| {
        let row = tlv_store::get(tx, id)?;
        let changed = apply(&row.data, today)?;
        tlv_store::update(tx, id, &changed, &now)?;
        audit::append(tx, &now, action, Some(id))?;
        page_in(tx, template, today, &row.pupil_id)
    })
}

/// The pupil's TLV page, read inside any transaction.
pub(crate) fn page_in(
    conn: &Connection,
    template: &Template,
    today: Date,
    pupil_id: &str,
) -> Result<PupilTlvs> {
    let pupil = pupils::get(conn, pupil_id)?;
    let facts = facts::gather(conn, pupil_id, today)?;
    let tlvs = tlv_store::of_pupil(conn, pupil_id)?
        .into_iter()
        .map(|row| view(row, template, &facts, today))
        .collect::<Result<Vec<_>>>()?;
    Ok(PupilTlvs {
        pupil_id: pupil.id,
        can_start: !tlvs.iter().any(|t| t.editable),
        suggest_renewal: tlvs.iter().any(|t| t.status == TlvStatus::Granted),
        tlvs,
    })
}

/// One TLV with its warnings, checklist and deadlines on `today`.
pub(crate) fn view(
    row: TlvRow,
    template: &Template,
    facts: &checklist::ChecklistFacts,
    today: Date,
) -> Result<TlvView> {
    let data = &row.data;
    let checklist = checklist::evaluate(&template.tlv.checklist, &data.request, facts);
    let missing = u32::try_from(checklist.iter().filter(|l| !l.done).count()).unwrap_or(u32::MAX);
    let status = data.status();
    let in_objection = data.in_objection();
    let status_label = match in_objection {
        true => format!("{}, in bezwaar", status.dutch()),
        false => status.dutch().to_owned(),
    };
    Ok(TlvView {
        deadlines: deadlines(data, template, today)?,
        warnings: tlv::warnings(&data.request),
        checklist,
        missing,
        status,
        status_label,
        in_objection,
        editable: data.decision.is_none(),
        id: row.id,
        pupil_id: row.pupil_id,
        tlv: row.data,
        created_at: row.created_at,
        updated_at: row.updated_at,
    })
}

/// The template's renewal source line.
pub(crate) fn renewal_source(template: &Template) -> String {
    format!(
        "Termijn van het samenwerkingsverband (sjabloon ‘{}’ versie {}: aanvragen uiterlijk {} \
         {})",
        template.name,
        template.version,
        template.tlv.renewal_day,
        dates::month_name(template.tlv.renewal_month)
    )
}

/// A TLV's dates on `today`.
pub(crate) fn deadlines(data: &Tlv, template: &Template, today: Date) -> Result<TlvDeadlines> {
    let decided = data.decided_on()?;
    let period = data.period()?;
    let objection_until = decided.map(tlv_clock::objection_deadline);
    let objection_decision_due = match (&data.objection, decided) {
        (Some(objection), Some(decided)) if objection.result.is_none() => {
            Some(tlv_clock::objection_decision_due(decided))
        }
        _ => None,
    };
    let renewal_due = period.and_then(|(_, end)| {
        tlv_clock::renewal_deadline(end, template.tlv.renewal_month, template.tlv.renewal_day)
    });
    Ok(TlvDeadlines {
        starts_on: period.map(|(start, _)| dates::to_iso(start)),
        ends_on: period.map(|(_, end)| dates::to_iso(end)),
        end_rule: tlv_clock::RULE_END.into(),
        end_source: tlv_clock::SOURCE_END.into(),
        objection_open: objection_until.is_some_and(|until| today <= until),
        objection_until: objection_until.map(dates::to_iso),
        objection_rule: tlv_clock::RULE_OBJECTION.into(),
        objection_source: tlv_clock::SOURCE_OBJECTION.into(),
        objection_decision_due: objection_decision_due.map(dates::to_iso),
        objection_decision_rule: tlv_clock::RULE_OBJECTION_DECISION.into(),
        objection_decision_source: tlv_clock::SOURCE_OBJECTION_DECISION.into(),
        renewal_due: renewal_due.map(dates::to_iso),
        renewal_rule: tlv_clock::RULE_RENEWAL.into(),
        renewal_source: renewal_source(template),
    })
}
