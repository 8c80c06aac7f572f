//! The OPP of a pupil (DOMAIN.md §7): start it (pre-filled, see [`prefill`]), edit the draft,
//! vaststellen it (with the hoorrecht soft gate), make a new draft from a vastgestelde version,
//! record OOGO and instemming, move its clock, end it, and compare two versions. Every change is
//! one transaction with its audit row ([`change`]); every answer is the pupil's whole OPP page
//! ([`page`]).

mod page;
mod prefill;

pub use page::{
    HearingRef, OppDeadline, OppDeadlineKind, OppGuardian, OppVersionView, OppView, PupilOpp,
    SuggestedStart,
};
pub(crate) use page::{deadlines, guardian_name, page_in};

use super::{IdRequest, check_id, now_text};
use crate::clock::Clock;
use crate::domain::audit::AuditAction;
use crate::domain::dates;
use crate::domain::hearing::PupilHearing;
use crate::domain::opp::diff::{self, SectionChange};
use crate::domain::opp::{
    self, ClockBasis, Consent, ConsentContext, Consultation, OppContent, OppReason, VersionStatus,
};
use crate::domain::text;
use crate::error::{Error, Result, Rule};
use crate::ids::new_id;
use crate::records::{Guardian, Pupil};
use crate::store::opp::{self as opp_store, Establishment, NewOpp, NewVersion, OppRow, VersionRow};
use crate::store::{Store, audit, cases, guardians, hearings, pupils};
use crate::template::Template;
use chrono::NaiveDate as Date;
use rusqlite::{Connection, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Start an OPP for a pupil: its clock and a first draft, pre-filled.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StartOppRequest {
    pub pupil_id: String,
    /// The casus whose decision started it, if any (a casus of this pupil).
    pub case_id: Option<String>,
    /// The day the six weeks start (ISO).
    pub clock_start: String,
    pub clock_basis: ClockBasis,
}

/// Save a draft version.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveOppDraftRequest {
    pub version_id: String,
    pub reason: OppReason,
    pub content: OppContent,
}

/// Save a draft with the words of a hoorgesprek taken into "Wat vindt <voornaam> zelf?" (the
/// content as typed so far, so nothing typed is lost).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TakeOverHearingRequest {
    pub version_id: String,
    pub reason: OppReason,
    pub content: OppContent,
    /// A hoorgesprek of the same pupil.
    pub hearing_id: String,
}

/// Vaststellen: freeze a draft.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EstablishOppRequest {
    pub version_id: String,
    pub reason: OppReason,
    /// The day it is vastgesteld (ISO), not in the future.
    pub established_on: String,
    /// Why there is no hoorgesprek for this moment; required only then (soft gate).
    pub hearing_gap_reason: Option<String>,
}

/// Record (or clear, with `None`) the OOGO of a version's perspectiefdeel.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RecordConsultationRequest {
    pub version_id: String,
    pub consultation: Option<Consultation>,
}

/// Record where the instemming with a version's handelingsdeel stands.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RecordConsentRequest {
    pub version_id: String,
    pub consent: Consent,
}

/// Move the OPP's clock start.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SetOppClockRequest {
    pub opp_id: String,
    pub clock_start: String,
    pub clock_basis: ClockBasis,
}

/// End the OPP (ROD einddatum).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EndOppRequest {
    pub opp_id: String,
    pub ended_on: String,
    pub reason: String,
}

/// Compare two versions of an OPP by number.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OppDiffRequest {
    pub opp_id: String,
    #[ts(type = "number")]
    pub from: i64,
    #[ts(type = "number")]
    pub to: i64,
}

/// What changed between two versions, per section (empty: nothing).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OppDiff {
    #[ts(type = "number")]
    pub from: i64,
    #[ts(type = "number")]
    pub to: i64,
    pub sections: Vec<SectionChange>,
}

pub fn get(
    store: &Store,
    clock: &dyn Clock,
    template: &Template,
    req: IdRequest,
) -> Result<PupilOpp> {
    check_id("id", &req.id)?;
    store.read(|conn| page_in(conn, template, clock.today(), &req.id))
}

pub fn start(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    req: StartOppRequest,
) -> Result<PupilOpp> {
    check_id("pupilId", &req.pupil_id)?;
    if let Some(case_id) = &req.case_id {
        check_id("caseId", case_id)?;
    }
    let clock_start = clock_start_date(&req.clock_start, clock.today())?;
    change(store, clock, template, AuditAction::OppCreate, |tx, now| {
        let pupil = pupils::get(tx, &req.pupil_id)?;
        if let Some(case_id) = &req.case_id
            && cases::get(tx, case_id)?.pupil_id != pupil.id
        {
            return Err(Error::validation("caseId", Rule::OutOfRange));
        }
        if running(tx, &pupil.id)?.is_some() {
            return Err(Error::InvalidTransition(
                "the pupil already has a running OPP",
            ));
        }
        let content = prefill::content(
            tx,
            template,
            &pupil.id,
            req.case_id.as_deref(),
            clock.today(),
        )?;
        let opp_id = new_id(clock);
        opp_store::insert(
            tx,
            &NewOpp {
                id: &opp_id,
                pupil_id: &pupil.id,
                case_id: req.case_id.as_deref(),
                clock_start: &dates::to_iso(clock_start),
                clock_basis: req.clock_basis,
            },
            now,
        )?;
        opp_store::insert_version(
            tx,
            &NewVersion {
                id: &new_id(clock),
                opp_id: &opp_id,
                number: 1,
                reason: OppReason::Opstellen,
                content: &content,
            },
            now,
        )?;
        Ok(Changed::new(opp_id, pupil.id))
    })
}

pub fn save_draft(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    req: SaveOppDraftRequest,
) -> Result<PupilOpp> {
    check_id("versionId", &req.version_id)?;
    change(
        store,
        clock,
        template,
        AuditAction::OppVersionUpdate,
        |tx, now| {
            let (version, opp, pupil) = draft_of(tx, &req.version_id)?;
            let content = opp::validate_content(req.content, pupil.education_type, template)?;
            opp_store::update_draft(tx, &version.id, req.reason, &content, now)?;
            Ok(Changed::new(version.id, opp.pupil_id))
        },
    )
}

/// Saves the draft as typed, with the pupil's words and kinddoelen of `hearing_id` in place of
/// those taken over from an earlier hoorgesprek (hand-typed ones stay).
pub fn take_over_hearing(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    req: TakeOverHearingRequest,
) -> Result<PupilOpp> {
    check_id("versionId", &req.version_id)?;
    check_id("hearingId", &req.hearing_id)?;
    change(
        store,
        clock,
        template,
        AuditAction::OppVersionUpdate,
        |tx, now| {
            let (version, opp, pupil) = draft_of(tx, &req.version_id)?;
            let hearing = hearings::get::<PupilHearing>(tx, &req.hearing_id)?;
            if hearing.pupil_id != pupil.id {
                return Err(Error::validation("hearingId", Rule::OutOfRange));
            }
            let mut content = opp::validate_content(req.content, pupil.education_type, template)?;
            prefill::take_over_voice(&mut content.pupil_voice, &hearing);
            opp_store::update_draft(tx, &version.id, req.reason, &content, now)?;
            Ok(Changed::new(version.id, opp.pupil_id))
        },
    )
}

pub fn establish(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    req: EstablishOppRequest,
) -> Result<PupilOpp> {
    check_id("versionId", &req.version_id)?;
    let today = clock.today();
    let established_on = dates::parse_iso("establishedOn", &req.established_on)?;
    if established_on > today {
        return Err(Error::validation("establishedOn", Rule::DateInFuture));
    }
    let on = dates::to_iso(established_on);
    change(
        store,
        clock,
        template,
        AuditAction::OppVersionEstablish,
        |tx, now| {
            let (version, opp, pupil) = draft_of(tx, &req.version_id)?;
            let previous = last_established(tx, &opp.id)?;
            if previous
                .as_ref()
                .and_then(|p| p.established_on.as_deref())
                .is_some_and(|previous_on| on.as_str() < previous_on)
            {
                return Err(Error::validation("establishedOn", Rule::DateBeforeStart));
            }
            opp::check_complete(&version.content, pupil.education_type)?;
            let hearing =
                page::hearing_for(tx, &opp, previous.as_ref(), req.reason, established_on)?;
            let gap_reason = match &hearing {
                Some(_) => None,
                None => Some(
                    opp::validate_hearing_gap_reason(req.hearing_gap_reason.as_deref())?
                        .ok_or(Error::validation("hearingGapReason", Rule::Required))?,
                ),
            };
            let establishment = Establishment {
                reason: req.reason,
                established_on: &on,
                hearing_id: hearing.as_ref().map(|h| h.id.as_str()),
                hearing_gap_reason: gap_reason.as_deref(),
            };
            opp_store::establish(tx, &version.id, &establishment, now)?;
            Ok(Changed::new(version.id, opp.pupil_id))
        },
    )
}

/// A new draft from the last vastgestelde version (to bijstellen or evaluate it).
pub fn new_version(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    req: IdRequest,
) -> Result<PupilOpp> {
    check_id("id", &req.id)?;
    change(
        store,
        clock,
        template,
        AuditAction::OppVersionCreate,
        |tx, now| {
            let opp = running_opp(tx, &req.id)?;
            let versions = opp_store::versions(tx, &opp.id)?;
            let Some(last) = versions.last() else {
                return Err(Error::Corrupt("an OPP without versions".into()));
            };
            if last.status == VersionStatus::Draft {
                return Err(Error::InvalidTransition("the OPP already has a draft"));
            }
            let id = new_id(clock);
            opp_store::insert_version(
                tx,
                &NewVersion {
                    id: &id,
                    opp_id: &opp.id,
                    number: last.number + 1,
                    reason: OppReason::Bijstellen,
                    content: &last.content,
                },
                now,
            )?;
            Ok(Changed::new(id, opp.pupil_id))
        },
    )
}

/// Throws a draft away; an OPP whose only version was that draft goes with it.
pub fn delete_draft(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    req: IdRequest,
) -> Result<PupilOpp> {
    check_id("id", &req.id)?;
    change(
        store,
        clock,
        template,
        AuditAction::OppVersionDelete,
        |tx, now| {
            let (version, opp, _) = draft_of(tx, &req.id)?;
            opp_store::delete_version(tx, &version.id)?;
            if opp_store::versions(tx, &opp.id)?.is_empty() {
                opp_store::delete(tx, &opp.id)?;
                audit::append(tx, now, AuditAction::OppDelete, Some(&opp.id))?;
            }
            Ok(Changed::new(version.id, opp.pupil_id))
        },
    )
}

pub fn record_consultation(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    req: RecordConsultationRequest,
) -> Result<PupilOpp> {
    check_id("versionId", &req.version_id)?;
    let consultation = req
        .consultation
        .map(|data| opp::validate_consultation(data, clock.today()))
        .transpose()?;
    change(
        store,
        clock,
        template,
        AuditAction::OppConsultation,
        |tx, now| {
            let (version, opp) = version_of(tx, &req.version_id)?;
            if let Some(consultation) = &consultation {
                let own = guardian_ids(&guardians::for_pupil(tx, &opp.pupil_id)?, false);
                if consultation.guardian_ids.iter().any(|id| !own.contains(id)) {
                    return Err(Error::validation("guardianIds", Rule::OutOfRange));
                }
            }
            opp_store::set_consultation(tx, &version.id, consultation.as_ref(), now)?;
            Ok(Changed::new(version.id, opp.pupil_id))
        },
    )
}

pub fn record_consent(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    req: RecordConsentRequest,
) -> Result<PupilOpp> {
    check_id("versionId", &req.version_id)?;
    let today = clock.today();
    change(
        store,
        clock,
        template,
        AuditAction::OppConsent,
        |tx, now| {
            let (version, opp) = version_of(tx, &req.version_id)?;
            let pupil = pupils::get(tx, &opp.pupil_id)?;
            let birth = page::birth_date(&pupil)?;
            let with_authority = guardian_ids(&guardians::for_pupil(tx, &pupil.id)?, true);
            let may_consent = |day: Date| opp::pupil_may_consent(pupil.education_type, birth, day);
            let context = ConsentContext {
                guardians_with_authority: &with_authority,
                pupil_may_consent: &may_consent,
                today,
            };
            let consent = opp::validate_consent(req.consent, &context)?;
            opp_store::set_consent(tx, &version.id, &consent, now)?;
            Ok(Changed::new(version.id, opp.pupil_id))
        },
    )
}

pub fn set_clock(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    req: SetOppClockRequest,
) -> Result<PupilOpp> {
    check_id("oppId", &req.opp_id)?;
    let clock_start = dates::to_iso(clock_start_date(&req.clock_start, clock.today())?);
    change(store, clock, template, AuditAction::OppClock, |tx, now| {
        let opp = running_opp(tx, &req.opp_id)?;
        opp_store::set_clock(tx, &opp.id, &clock_start, req.clock_basis, now)?;
        Ok(Changed::new(opp.id, opp.pupil_id))
    })
}

pub fn end(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    req: EndOppRequest,
) -> Result<PupilOpp> {
    check_id("oppId", &req.opp_id)?;
    let ended_on = dates::parse_iso("endedOn", &req.ended_on)?;
    if ended_on > clock.today() {
        return Err(Error::validation("endedOn", Rule::DateInFuture));
    }
    let ended_on = dates::to_iso(ended_on);
    let reason = text::required_line("reason", &req.reason, opp::LINE_MAX)?;
    change(store, clock, template, AuditAction::OppEnd, |tx, now| {
        let opp = running_opp(tx, &req.opp_id)?;
        if ended_on < opp.clock_start {
            return Err(Error::validation("endedOn", Rule::DateBeforeStart));
        }
        opp_store::end(tx, &opp.id, &ended_on, &reason, now)?;
        Ok(Changed::new(opp.id, opp.pupil_id))
    })
}

pub fn diff(store: &Store, template: &Template, req: OppDiffRequest) -> Result<OppDiff> {
    check_id("oppId", &req.opp_id)?;
    store.read(|conn| {
        let versions = opp_store::versions(conn, &req.opp_id)?;
        let find = |number: i64, field: &'static str| {
            versions
                .iter()
                .find(|v| v.number == number)
                .ok_or(Error::validation(field, Rule::OutOfRange))
        };
        let from = find(req.from, "from")?;
        let to = find(req.to, "to")?;
        Ok(OppDiff {
            from: req.from,
            to: req.to,
            sections: diff::diff(&from.content, &to.content, template),
        })
    })
}

/// What a change touched: the id its audit row names, and the pupil whose page is answered.
struct Changed {
    audited: String,
    pupil_id: String,
}

impl Changed {
    fn new(audited: String, pupil_id: String) -> Changed {
        Changed { audited, pupil_id }
    }
}

/// Runs one change in one transaction: `apply` makes it (given the transaction and the audit
/// instant), then the audit row is written and the pupil's page read, all or nothing.
fn change(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    action: AuditAction,
    apply: impl FnOnce(&Transaction<'_>, &str) -> Result<Changed>,
) -> Result<PupilOpp> {
    let now = now_text(clock);
    store.write(|tx| {
        let changed = apply(tx, &now)?;
        audit::append(tx, &now, action, Some(&changed.audited))?;
        page_in(tx, template, clock.today(), &changed.pupil_id)
    })
}

/// The pupil's running OPP.
pub(crate) fn running(conn: &Connection, pupil_id: &str) -> Result<Option<OppRow>> {
    Ok(opp_store::of_pupil(conn, pupil_id)?
        .into_iter()
        .find(|o| o.ended_on.is_none()))
}

/// An OPP that has not ended (an ended OPP is history: nothing about it changes).
fn running_opp(conn: &Connection, opp_id: &str) -> Result<OppRow> {
    let opp = opp_store::get(conn, opp_id)?;
    if opp.ended_on.is_some() {
        return Err(Error::InvalidTransition("the OPP has ended"));
    }
    Ok(opp)
}

fn last_established(conn: &Connection, opp_id: &str) -> Result<Option<VersionRow>> {
    Ok(opp_store::versions(conn, opp_id)?
        .into_iter()
        .rev()
        .find(|v| v.status == VersionStatus::Established))
}

/// A version of a running OPP, with the OPP.
fn version_of(conn: &Connection, version_id: &str) -> Result<(VersionRow, OppRow)> {
    let version = opp_store::get_version(conn, version_id)?;
    let opp = running_opp(conn, &version.opp_id)?;
    Ok((version, opp))
}

/// A draft version with its OPP and pupil; a vastgestelde version is refused.
fn draft_of(conn: &Connection, version_id: &str) -> Result<(VersionRow, OppRow, Pupil)> {
    let (version, opp) = version_of(conn, version_id)?;
    if version.status == VersionStatus::Established {
        return Err(Error::InvalidTransition(
            "the OPP version is vastgesteld and cannot change",
        ));
    }
    let pupil = pupils::get(conn, &opp.pupil_id)?;
    Ok((version, opp, pupil))
}

fn guardian_ids(guardians: &[Guardian], authority_only: bool) -> Vec<String> {
    guardians
        .iter()
        .filter(|g| !authority_only || g.has_authority)
        .map(|g| g.id.clone())
        .collect()
}

/// A clock start: a real date, not more than a year ahead.
fn clock_start_date(value: &str, today: Date) -> Result<Date> {
    let date = dates::parse_iso("clockStart", value)?;
    if date > today + chrono::Days::new(366) {
        return Err(Error::validation("clockStart", Rule::DateTooFarAhead));
    }
    Ok(date)
}
