//! Geschillen: open a dispute (after the safety question), add dated records to the steps of its
//! escalatieladder, skip a step with a reason, close it with its outcome, and the pupil's
//! geschillen page — each dispute with its ladder (where the case is now) and its running
//! termijnen with rule and source (DOMAIN.md §10). A dispute keeps the ladder of the template it
//! was opened with ([`templates::resolve`]), so a new active template does not rewrite a running
//! case. Every change is one transaction with its audit row (`escalation.*`); every command
//! answers with the refreshed page.

pub(crate) mod view;

pub use view::{
    ClockView, EscalationPage, EscalationView, LadderStep, LadderStepState, LinkOption,
    OutcomeOption, SubjectOption,
};

use super::{IdRequest, check_id, now_text, templates};
use crate::clock::Clock;
use crate::domain::audit::AuditAction;
use crate::domain::dates;
use crate::domain::entity::Entity;
use crate::domain::escalation::{
    self, Concern, DisputeClosing, DisputeLink, DisputeSubject, Escalation, LinkKind, Opening,
    StepClock, StepRecord, StepSkip,
};
use crate::error::{Error, Result, Rule};
use crate::export::where_to_go::{DisputeFacts, SheetDeadline};
use crate::ids::new_id;
use crate::store::escalations::{self as escalation_store};
use crate::store::{Store, audit, cases, opp as opp_store, pupils, tlvs as tlv_store};
use crate::template::Template;
use chrono::NaiveDate as Date;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

/// Open a geschil. `concern` is the answer to "Gaat het om zorg over de veiligheid van de
/// leerling, of om een meningsverschil?"; `safety` is refused (the meldcode route applies).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OpenEscalationRequest {
    pub pupil_id: String,
    pub concern: Concern,
    pub subject: DisputeSubject,
    pub opened_on: String,
    pub opened_by: String,
    pub description: String,
    #[serde(default)]
    pub link: Option<DisputeLink>,
    /// Empty: the linked OPP version's vaststelling or the TLV's decision date.
    #[serde(default)]
    pub decision_on: Option<String>,
}

/// Add a dated record to a step.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RecordEscalationStepRequest {
    pub id: String,
    pub record: StepRecord,
}

/// Skip a step with a reason.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SkipEscalationStepRequest {
    pub id: String,
    pub skip: StepSkip,
}

/// Close a geschil with its outcome.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CloseEscalationRequest {
    pub id: String,
    pub closing: DisputeClosing,
}

/// What opening returns: the new geschil's id and the refreshed page.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EscalationSaved {
    pub id: String,
    pub page: EscalationPage,
}

/// The templates the pupil's geschillen follow, by (id, version), with the active one.
pub(crate) type Ladders = BTreeMap<(String, i32), Template>;

/// The pupil's geschillen (the request names the pupil).
pub fn list(store: &Store, clock: &dyn Clock, req: IdRequest) -> Result<EscalationPage> {
    check_id("id", &req.id)?;
    let ladders = ladders(store, Some(&req.id))?;
    store.read(|conn| page_in(conn, &ladders, clock.today(), &req.id))
}

/// Opens a geschil after the safety question; the active template's ladder applies to it for
/// good. The decision date defaults from the link; the link must belong to the pupil.
pub fn open(
    store: &mut Store,
    clock: &dyn Clock,
    req: OpenEscalationRequest,
) -> Result<EscalationSaved> {
    check_id("pupilId", &req.pupil_id)?;
    let today = clock.today();
    let valid = escalation::validate_open(
        Opening {
            concern: req.concern,
            subject: req.subject,
            opened_on: &req.opened_on,
            opened_by: &req.opened_by,
            description: &req.description,
            link: req.link.clone(),
            decision_on: req.decision_on.as_deref(),
        },
        today,
    )?;
    if let Some(link) = &valid.link {
        check_id("link", &link.id).map_err(|_| Error::validation("link", Rule::OutOfRange))?;
    }
    let active = templates::active(store)?;
    let mut ladders = ladders(store, Some(&req.pupil_id))?;
    let key = (active.id.clone(), active.version);
    ladders.insert(key.clone(), active);
    let now = now_text(clock);
    let id = new_id(clock);
    store.write(|tx| {
        pupils::get(tx, &req.pupil_id)?;
        let linked_decision = match &valid.link {
            Some(link) => link_decision(tx, &req.pupil_id, link)?,
            None => None,
        };
        let data = Escalation {
            subject: valid.subject,
            opened_on: dates::to_iso(valid.opened_on),
            opened_by: valid.opened_by,
            description: valid.description,
            link: valid.link,
            decision_on: valid.decision_on.or(linked_decision).map(dates::to_iso),
            template_id: key.0,
            template_version: key.1,
            records: Vec::new(),
            skips: Vec::new(),
            closing: None,
        };
        escalation_store::insert(tx, &id, &req.pupil_id, &data, &now)?;
        audit::append(tx, &now, AuditAction::EscalationOpen, Some(&id))?;
        let page = page_in(tx, &ladders, today, &req.pupil_id)?;
        Ok(EscalationSaved { id, page })
    })
}

/// Adds a dated record to a step of the geschil's ladder.
pub fn record_step(
    store: &mut Store,
    clock: &dyn Clock,
    req: RecordEscalationStepRequest,
) -> Result<EscalationPage> {
    change(
        store,
        clock,
        &req.id,
        AuditAction::EscalationStepRecord,
        |current, ladder, today| {
            let record = escalation::validate_record(current, req.record, ladder, today)?;
            let mut changed = current.clone();
            changed.records.push(record);
            Ok(changed)
        },
    )
}

/// Skips a step of the geschil's ladder with a reason.
pub fn skip_step(
    store: &mut Store,
    clock: &dyn Clock,
    req: SkipEscalationStepRequest,
) -> Result<EscalationPage> {
    change(
        store,
        clock,
        &req.id,
        AuditAction::EscalationStepSkip,
        |current, ladder, today| {
            let skip = escalation::validate_skip(current, req.skip, ladder, today)?;
            let mut changed = current.clone();
            changed.skips.push(skip);
            Ok(changed)
        },
    )
}

/// Closes a geschil with its outcome; it is read-only afterwards.
pub fn close(
    store: &mut Store,
    clock: &dyn Clock,
    req: CloseEscalationRequest,
) -> Result<EscalationPage> {
    change(
        store,
        clock,
        &req.id,
        AuditAction::EscalationClose,
        |current, _, today| {
            let closing = escalation::validate_close(current, req.closing, today)?;
            Ok(Escalation {
                closing: Some(closing),
                ..current.clone()
            })
        },
    )
}

/// Reads, changes (validated by `apply` against the dispute's own ladder), writes and audits one
/// geschil in one transaction.
fn change(
    store: &mut Store,
    clock: &dyn Clock,
    id: &str,
    action: AuditAction,
    apply: impl FnOnce(&Escalation, &[&str], Date) -> Result<Escalation>,
) -> Result<EscalationPage> {
    check_id("id", id)?;
    let today = clock.today();
    let now = now_text(clock);
    let pupil_id = store.read(|conn| Ok(escalation_store::get(conn, id)?.pupil_id))?;
    let ladders = ladders(store, Some(&pupil_id))?;
    store.write(|tx| {
        let row = escalation_store::get(tx, id)?;
        let template = ladder_of(&ladders, &row.data)?;
        let keys = ladder_keys(template, row.data.subject);
        let changed = apply(&row.data, &keys, today)?;
        escalation_store::update(tx, id, &changed, &now)?;
        audit::append(tx, &now, action, Some(id))?;
        page_in(tx, &ladders, today, &row.pupil_id)
    })
}

/// What the parents' sheet "Waar kunt u terecht?" shows of one geschil of the pupil, with the
/// template it follows: the subject, the opening day, the step it is at and the termijnen
/// still running, each with what the parents do by then and its source.
pub fn sheet_facts(
    store: &Store,
    clock: &dyn Clock,
    pupil_id: &str,
    dispute_id: &str,
) -> Result<(DisputeFacts, Template)> {
    let row = store.read(|conn| escalation_store::get(conn, dispute_id))?;
    if row.pupil_id != pupil_id {
        return Err(Error::NotFound {
            entity: Entity::Escalation,
        });
    }
    let page = list(
        store,
        clock,
        IdRequest {
            id: pupil_id.to_owned(),
        },
    )?;
    let view = page
        .disputes
        .into_iter()
        .find(|d| d.id == dispute_id)
        .ok_or(Error::NotFound {
            entity: Entity::Escalation,
        })?;
    let mut deadlines: Vec<SheetDeadline> = view
        .clocks
        .iter()
        .filter(|c| c.running && c.deadline)
        .filter_map(|c| {
            let until = escalation::stored_date(c.date.as_deref()?).ok()?;
            Some(SheetDeadline {
                step_key: c.step.clone(),
                what: parents_do(c.clock).to_owned(),
                until,
                source: c.source.clone(),
            })
        })
        .collect();
    deadlines.sort_by_key(|d| d.until);
    let template = templates::resolve(store, &row.data.template_id, row.data.template_version)?;
    let facts = DisputeFacts {
        subject: row.data.subject,
        opened_on: row.data.opened()?,
        current_step_key: if view.open { view.current_step } else { None },
        deadlines,
    };
    Ok((facts, template))
}

/// What the parents do by a termijn's last day, in the "u" form without the date.
fn parents_do(clock: StepClock) -> &'static str {
    match clock {
        StepClock::Gpo => "uw verzoek indienen bij de Geschillencommissie Passend Onderwijs",
        StepClock::BoardObjection => "bezwaar maken bij het schoolbestuur",
        StepClock::TlvObjection => {
            "bezwaar maken bij het samenwerkingsverband tegen het TLV-besluit"
        }
        StepClock::ConsultantAfterHomeStay => "contact opnemen met een onderwijsconsulent",
    }
}

/// The templates of the pupil's geschillen (or of every open one), resolved by id and version.
pub(crate) fn ladders(store: &Store, pupil_id: Option<&str>) -> Result<Ladders> {
    let wanted: Vec<(String, i32)> = store.read(|conn| {
        let rows = match pupil_id {
            Some(pupil) => escalation_store::of_pupil(conn, pupil)?,
            None => escalation_store::open(conn)?,
        };
        Ok(rows
            .into_iter()
            .map(|row| (row.data.template_id, row.data.template_version))
            .collect())
    })?;
    let mut ladders = Ladders::new();
    for (id, version) in wanted {
        if !ladders.contains_key(&(id.clone(), version)) {
            let template = templates::resolve(store, &id, version)?;
            ladders.insert((id, version), template);
        }
    }
    Ok(ladders)
}

/// The template a geschil follows.
pub(crate) fn ladder_of<'a>(ladders: &'a Ladders, data: &Escalation) -> Result<&'a Template> {
    ladders
        .get(&(data.template_id.clone(), data.template_version))
        .ok_or(Error::Internal("escalation template not resolved".into()))
}

/// The keys of the steps that apply to `subject`, in the template's order.
pub(crate) fn ladder_keys(template: &Template, subject: DisputeSubject) -> Vec<&str> {
    template
        .escalation
        .steps
        .iter()
        .filter(|step| step.applies_to(subject))
        .map(|step| step.key.as_str())
        .collect()
}

/// The decision date the link gives (an OPP version's vaststelling, a TLV's decision; a casus
/// none), after checking it belongs to the pupil.
fn link_decision(conn: &Connection, pupil_id: &str, link: &DisputeLink) -> Result<Option<Date>> {
    let elsewhere = || Error::validation("link", Rule::OutOfRange);
    let missing = |error: Error| match error {
        Error::NotFound { .. } => elsewhere(),
        other => other,
    };
    match link.kind {
        LinkKind::OppVersion => {
            let version = opp_store::get_version(conn, &link.id).map_err(missing)?;
            if opp_store::get(conn, &version.opp_id)?.pupil_id != pupil_id {
                return Err(elsewhere());
            }
            version
                .established_on
                .map(|day| escalation::stored_date(&day))
                .transpose()
        }
        LinkKind::Tlv => {
            let row = tlv_store::get(conn, &link.id).map_err(missing)?;
            if row.pupil_id != pupil_id {
                return Err(elsewhere());
            }
            row.data.decided_on()
        }
        LinkKind::Case => {
            if cases::get(conn, &link.id).map_err(missing)?.pupil_id != pupil_id {
                return Err(elsewhere());
            }
            Ok(None)
        }
    }
}

/// The pupil's geschillen page, read inside any transaction.
pub(crate) fn page_in(
    conn: &Connection,
    ladders: &Ladders,
    today: Date,
    pupil_id: &str,
) -> Result<EscalationPage> {
    let pupil = pupils::get(conn, pupil_id)?;
    let home_since = view::home_since(conn, pupil_id, today)?;
    let disputes = escalation_store::of_pupil(conn, pupil_id)?
        .into_iter()
        .map(|row| {
            let template = ladder_of(ladders, &row.data)?;
            view::view(conn, row, template, home_since, today)
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(EscalationPage {
        pupil_id: pupil.id,
        disputes,
        link_options: view::link_options(conn, pupil_id)?,
        subjects: DisputeSubject::ALL
            .into_iter()
            .map(|subject| SubjectOption {
                subject,
                label: subject.dutch().into(),
            })
            .collect(),
        outcomes: escalation::DisputeOutcome::ALL
            .into_iter()
            .map(|outcome| OutcomeOption {
                outcome,
                label: outcome.dutch().into(),
            })
            .collect(),
    })
}
