//! The OPP of a pupil (DOMAIN.md §7): start it (pre-filled, see [`prefill`]), edit the draft,
//! vaststellen it (with the hoorrecht soft gate), make a new draft from a vastgestelde version,
//! record OOGO and instemming, move its clock, end it, and compare two versions. Every change is
//! one transaction with its audit row; every answer is the pupil's whole OPP page.

mod prefill;

use super::{IdRequest, check_id, now_text};
use crate::clock::Clock;
use crate::domain::audit::AuditAction;
use crate::domain::dates;
use crate::domain::hearing::PupilHearing;
use crate::domain::opp::clock as opp_clock;
use crate::domain::opp::diff::{self, SectionChange};
use crate::domain::opp::{
    self, ClockBasis, Consent, ConsentContext, Consultation, OppContent, OppReason, VersionStatus,
};
use crate::domain::pupil::{EducationType, SchoolStage};
use crate::domain::school_year::SchoolYear;
use crate::domain::text;
use crate::error::{Error, Result, Rule};
use crate::ids::new_id;
use crate::records::{Guardian, Pupil};
use crate::store::opp::{self as opp_store, Establishment, NewOpp, NewVersion, OppRow, VersionRow};
use crate::store::{Store, audit, cases, guardians, hearings, pupils};
use crate::template::{Choice, Template};
use chrono::NaiveDate as Date;
use rusqlite::Connection;
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

/// A hoorgesprek a version can rely on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HearingRef {
    pub id: String,
    pub held_on: String,
    pub spoke_with: String,
}

/// A guardian as the agreement forms offer them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OppGuardian {
    pub id: String,
    /// "Petra de Vries (moeder)".
    pub name: String,
    pub has_authority: bool,
}

/// One version as the OPP page shows it.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OppVersionView {
    pub id: String,
    #[ts(type = "number")]
    pub number: i64,
    pub status: VersionStatus,
    pub reason: OppReason,
    pub established_on: Option<String>,
    /// The hoorgesprek the version relies on: for a vastgestelde version the one it was set
    /// with; for a draft the one that would count if it were vastgesteld today for its reason.
    pub hearing: Option<HearingRef>,
    pub hearing_gap_reason: Option<String>,
    pub content: OppContent,
    pub consultation: Option<Consultation>,
    pub consent: Consent,
    /// What vaststellen still misses (field names as in validation), empty when complete.
    pub missing: Vec<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// Which kind of OPP deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OppDeadlineKind {
    /// Vaststellen within six weeks of the clock start.
    Establish,
    /// Evaluate with the parents at least once per schooljaar.
    Evaluation,
    /// Instemming still open after the template's weeks.
    Consent,
}

/// A deadline of the OPP, with its rule and source.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OppDeadline {
    pub kind: OppDeadlineKind,
    /// The last day in time (ISO).
    pub due_date: String,
    /// Whether today is past it.
    pub overdue: bool,
    pub rule: String,
    pub source: String,
}

/// A pupil's OPP.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OppView {
    pub id: String,
    pub case_id: Option<String>,
    pub clock_start: String,
    pub clock_basis: ClockBasis,
    pub ended_on: Option<String>,
    pub end_reason: Option<String>,
    /// ROD: the day the first version was vastgesteld.
    pub rod_begin: Option<String>,
    /// ROD: the day the OPP ended.
    pub rod_end: Option<String>,
    /// Oldest first.
    pub versions: Vec<OppVersionView>,
    /// Open deadlines (settled ones are left out).
    pub deadlines: Vec<OppDeadline>,
}

/// Where a new OPP's clock would start: the casus that decided on extra support.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SuggestedStart {
    pub case_id: Option<String>,
    pub clock_start: String,
    pub clock_basis: ClockBasis,
}

/// The pupil's OPP page.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PupilOpp {
    pub pupil_id: String,
    pub first_name: String,
    pub education_type: EducationType,
    /// Decides the words (leerkracht or mentor, groep or leerjaar).
    pub stage: SchoolStage,
    /// The running OPP, if any.
    pub opp: Option<OppView>,
    /// Ended OPPs, newest first.
    pub ended: Vec<OppView>,
    /// Uitstroombestemmingen for the pupil's onderwijstype.
    pub exit_destinations: Vec<Choice>,
    pub development_areas: Vec<Choice>,
    pub factor_domains: Vec<Choice>,
    pub guardians: Vec<OppGuardian>,
    /// The pupil may answer on the handelingsdeel in the parents' place (18+, (v)so) today.
    pub pupil_may_consent: bool,
    /// When there is no running OPP: where its clock would start.
    pub suggested_start: Option<SuggestedStart>,
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
    let today = clock.today();
    let now = now_text(clock);
    let clock_start = clock_start_date(&req.clock_start, today)?;
    store.write(|tx| {
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
        let content = prefill::content(tx, template, &pupil.id, req.case_id.as_deref())?;
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
            &now,
        )?;
        let version_id = new_id(clock);
        opp_store::insert_version(
            tx,
            &NewVersion {
                id: &version_id,
                opp_id: &opp_id,
                number: 1,
                reason: OppReason::Opstellen,
                content: &content,
            },
            &now,
        )?;
        audit::append(tx, &now, AuditAction::OppCreate, Some(&opp_id))?;
        page_in(tx, template, today, &pupil.id)
    })
}

pub fn save_draft(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    req: SaveOppDraftRequest,
) -> Result<PupilOpp> {
    check_id("versionId", &req.version_id)?;
    let now = now_text(clock);
    store.write(|tx| {
        let (version, opp, pupil) = draft_of(tx, &req.version_id)?;
        let content = opp::validate_content(req.content, pupil.education_type, template)?;
        opp_store::update_draft(tx, &version.id, req.reason, &content, &now)?;
        audit::append(tx, &now, AuditAction::OppVersionUpdate, Some(&version.id))?;
        page_in(tx, template, clock.today(), &opp.pupil_id)
    })
}

pub fn establish(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    req: EstablishOppRequest,
) -> Result<PupilOpp> {
    check_id("versionId", &req.version_id)?;
    let today = clock.today();
    let now = now_text(clock);
    store.write(|tx| {
        let (version, opp, pupil) = draft_of(tx, &req.version_id)?;
        let established_on = dates::parse_iso("establishedOn", &req.established_on)?;
        if established_on > today {
            return Err(Error::validation("establishedOn", Rule::DateInFuture));
        }
        let previous = last_established(tx, &opp.id)?;
        if previous
            .as_ref()
            .and_then(|p| p.established_on.as_deref())
            .is_some_and(|p| dates::to_iso(established_on).as_str() < p)
        {
            return Err(Error::validation("establishedOn", Rule::DateBeforeStart));
        }
        opp::check_complete(&version.content, pupil.education_type)?;
        let hearing = hearing_for(tx, &opp, previous.as_ref(), req.reason, established_on)?;
        let gap_reason = match &hearing {
            Some(_) => None,
            None => Some(
                opp::validate_hearing_gap_reason(req.hearing_gap_reason.as_deref())?
                    .ok_or(Error::validation("hearingGapReason", Rule::Required))?,
            ),
        };
        opp_store::establish(
            tx,
            &version.id,
            &Establishment {
                reason: req.reason,
                established_on: &dates::to_iso(established_on),
                hearing_id: hearing.as_ref().map(|h| h.id.as_str()),
                hearing_gap_reason: gap_reason.as_deref(),
            },
            &now,
        )?;
        audit::append(
            tx,
            &now,
            AuditAction::OppVersionEstablish,
            Some(&version.id),
        )?;
        page_in(tx, template, today, &opp.pupil_id)
    })
}

/// A new draft from the last vastgestelde version (to bijstellen or evaluate it).
pub fn new_version(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    req: IdRequest,
) -> Result<PupilOpp> {
    check_id("id", &req.id)?;
    let now = now_text(clock);
    store.write(|tx| {
        let opp = opp_store::get(tx, &req.id)?;
        if opp.ended_on.is_some() {
            return Err(Error::InvalidTransition("the OPP has ended"));
        }
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
            &now,
        )?;
        audit::append(tx, &now, AuditAction::OppVersionCreate, Some(&id))?;
        page_in(tx, template, clock.today(), &opp.pupil_id)
    })
}

/// Throws a draft away; an OPP whose only version was that draft goes with it.
pub fn delete_draft(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    req: IdRequest,
) -> Result<PupilOpp> {
    check_id("id", &req.id)?;
    let now = now_text(clock);
    store.write(|tx| {
        let (version, opp, _) = draft_of(tx, &req.id)?;
        opp_store::delete_version(tx, &version.id)?;
        audit::append(tx, &now, AuditAction::OppVersionDelete, Some(&version.id))?;
        if opp_store::versions(tx, &opp.id)?.is_empty() {
            opp_store::delete(tx, &opp.id)?;
            audit::append(tx, &now, AuditAction::OppDelete, Some(&opp.id))?;
        }
        page_in(tx, template, clock.today(), &opp.pupil_id)
    })
}

pub fn record_consultation(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    req: RecordConsultationRequest,
) -> Result<PupilOpp> {
    check_id("versionId", &req.version_id)?;
    let today = clock.today();
    let now = now_text(clock);
    store.write(|tx| {
        let version = opp_store::get_version(tx, &req.version_id)?;
        let opp = opp_store::get(tx, &version.opp_id)?;
        let consultation = match req.consultation {
            Some(data) => {
                let valid = opp::validate_consultation(data, today)?;
                let own = guardian_ids(&guardians::for_pupil(tx, &opp.pupil_id)?, false);
                if valid.guardian_ids.iter().any(|id| !own.contains(id)) {
                    return Err(Error::validation("guardianIds", Rule::OutOfRange));
                }
                Some(valid)
            }
            None => None,
        };
        opp_store::set_consultation(tx, &version.id, consultation.as_ref(), &now)?;
        audit::append(tx, &now, AuditAction::OppConsultation, Some(&version.id))?;
        page_in(tx, template, today, &opp.pupil_id)
    })
}

pub fn record_consent(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    req: RecordConsentRequest,
) -> Result<PupilOpp> {
    check_id("versionId", &req.version_id)?;
    let today = clock.today();
    let now = now_text(clock);
    store.write(|tx| {
        let version = opp_store::get_version(tx, &req.version_id)?;
        let opp = opp_store::get(tx, &version.opp_id)?;
        let pupil = pupils::get(tx, &opp.pupil_id)?;
        let birth = birth_date(&pupil)?;
        let with_authority = guardian_ids(&guardians::for_pupil(tx, &pupil.id)?, true);
        let may_consent = |day: Date| opp::pupil_may_consent(pupil.education_type, birth, day);
        let consent = opp::validate_consent(
            req.consent,
            &ConsentContext {
                guardians_with_authority: &with_authority,
                pupil_may_consent: &may_consent,
                today,
            },
        )?;
        opp_store::set_consent(tx, &version.id, &consent, &now)?;
        audit::append(tx, &now, AuditAction::OppConsent, Some(&version.id))?;
        page_in(tx, template, today, &opp.pupil_id)
    })
}

pub fn set_clock(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    req: SetOppClockRequest,
) -> Result<PupilOpp> {
    check_id("oppId", &req.opp_id)?;
    let today = clock.today();
    let now = now_text(clock);
    let clock_start = clock_start_date(&req.clock_start, today)?;
    store.write(|tx| {
        let opp = opp_store::get(tx, &req.opp_id)?;
        opp_store::set_clock(
            tx,
            &opp.id,
            &dates::to_iso(clock_start),
            req.clock_basis,
            &now,
        )?;
        audit::append(tx, &now, AuditAction::OppClock, Some(&opp.id))?;
        page_in(tx, template, today, &opp.pupil_id)
    })
}

pub fn end(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    req: EndOppRequest,
) -> Result<PupilOpp> {
    check_id("oppId", &req.opp_id)?;
    let today = clock.today();
    let now = now_text(clock);
    let ended_on = dates::parse_iso("endedOn", &req.ended_on)?;
    if ended_on > today {
        return Err(Error::validation("endedOn", Rule::DateInFuture));
    }
    let reason = text::required_line("reason", &req.reason, opp::LINE_MAX)?;
    store.write(|tx| {
        let opp = opp_store::get(tx, &req.opp_id)?;
        if opp.ended_on.is_some() {
            return Err(Error::InvalidTransition("the OPP has ended"));
        }
        if dates::to_iso(ended_on) < opp.clock_start {
            return Err(Error::validation("endedOn", Rule::DateBeforeStart));
        }
        opp_store::end(tx, &opp.id, &dates::to_iso(ended_on), &reason, &now)?;
        audit::append(tx, &now, AuditAction::OppEnd, Some(&opp.id))?;
        page_in(tx, template, today, &opp.pupil_id)
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

/// The pupil's OPP page, read inside any transaction.
pub(crate) fn page_in(
    conn: &Connection,
    template: &Template,
    today: Date,
    pupil_id: &str,
) -> Result<PupilOpp> {
    let pupil = pupils::get(conn, pupil_id)?;
    let all_guardians = guardians::for_pupil(conn, pupil_id)?;
    let mut opp = None;
    let mut ended = Vec::new();
    for row in opp_store::of_pupil(conn, pupil_id)? {
        let view = opp_view(conn, template, today, &pupil, row)?;
        if view.ended_on.is_none() {
            opp = Some(view);
        } else {
            ended.push(view);
        }
    }
    let suggested_start = if opp.is_none() {
        suggested_start(conn, pupil_id)?
    } else {
        None
    };
    Ok(PupilOpp {
        pupil_id: pupil.id.clone(),
        first_name: pupil.first_name.clone(),
        education_type: pupil.education_type,
        stage: pupil.stage,
        opp,
        ended,
        exit_destinations: template.exit_destinations(pupil.education_type).to_vec(),
        development_areas: template.opp.development_areas.clone(),
        factor_domains: template.factor_domains.clone(),
        guardians: all_guardians
            .iter()
            .map(|g| OppGuardian {
                id: g.id.clone(),
                name: guardian_name(g),
                has_authority: g.has_authority,
            })
            .collect(),
        pupil_may_consent: opp::pupil_may_consent(pupil.education_type, birth_date(&pupil)?, today),
        suggested_start,
    })
}

/// "Petra de Vries (moeder)".
pub(crate) fn guardian_name(guardian: &Guardian) -> String {
    format!("{} ({})", guardian.full_name, guardian.relation.dutch())
}

fn opp_view(
    conn: &Connection,
    template: &Template,
    today: Date,
    pupil: &Pupil,
    row: OppRow,
) -> Result<OppView> {
    let versions = opp_store::versions(conn, &row.id)?;
    let mut views = Vec::with_capacity(versions.len());
    let mut previous: Option<&VersionRow> = None;
    for version in &versions {
        let hearing = match (&version.status, &version.hearing_id) {
            (VersionStatus::Established, Some(id)) => hearing_ref_by_id(conn, id)?,
            (VersionStatus::Established, None) => None,
            (VersionStatus::Draft, _) => hearing_for(conn, &row, previous, version.reason, today)?,
        };
        let missing = match opp::check_complete(&version.content, pupil.education_type) {
            Ok(()) => Vec::new(),
            Err(error) => error
                .field_errors()
                .into_iter()
                .map(|e| e.field.into_owned())
                .collect(),
        };
        views.push(OppVersionView {
            id: version.id.clone(),
            number: version.number,
            status: version.status,
            reason: version.reason,
            established_on: version.established_on.clone(),
            hearing,
            hearing_gap_reason: version.hearing_gap_reason.clone(),
            content: version.content.clone(),
            consultation: version.consultation.clone(),
            consent: version.consent.clone(),
            missing,
            created_at: version.created_at.clone(),
            updated_at: version.updated_at.clone(),
        });
        if version.status == VersionStatus::Established {
            previous = Some(version);
        }
    }
    let rod_begin = versions.iter().find_map(|v| v.established_on.clone());
    let deadlines = if row.ended_on.is_none() {
        deadlines(template, today, &row, &versions)?
    } else {
        Vec::new()
    };
    Ok(OppView {
        id: row.id,
        case_id: row.case_id,
        clock_start: row.clock_start,
        clock_basis: row.clock_basis,
        rod_end: row.ended_on.clone(),
        ended_on: row.ended_on,
        end_reason: row.end_reason,
        rod_begin,
        versions: views,
        deadlines,
    })
}

/// The open deadlines of a running OPP, per its clocks.
pub(crate) fn deadlines(
    template: &Template,
    today: Date,
    opp: &OppRow,
    versions: &[VersionRow],
) -> Result<Vec<OppDeadline>> {
    let established: Vec<(Date, &VersionRow)> = versions
        .iter()
        .filter_map(|v| {
            v.established_on
                .as_deref()
                .and_then(|d| dates::parse_iso("establishedOn", d).ok())
                .map(|d| (d, v))
        })
        .collect();
    let mut list = Vec::new();
    match established.first() {
        None => {
            let start = dates::parse_iso("clockStart", &opp.clock_start)
                .map_err(|_| Error::Corrupt("opp clock start".into()))?;
            let due = opp_clock::establish_deadline(start);
            list.push(OppDeadline {
                kind: OppDeadlineKind::Establish,
                due_date: dates::to_iso(due),
                overdue: today > due,
                rule: format!(
                    "{} (start: {}, {})",
                    opp_clock::RULE_ESTABLISH,
                    dates::to_dutch(start),
                    opp.clock_basis.dutch()
                ),
                source: opp_clock::SOURCE_ESTABLISH.into(),
            });
        }
        Some(_) => {
            let last_evaluated = established
                .iter()
                .filter(|(_, v)| v.reason == OppReason::Evaluatie)
                .map(|(d, _)| *d)
                .chain(established.first().map(|(d, _)| *d))
                .max();
            if let Some(last) = last_evaluated {
                let due = opp_clock::evaluation_deadline(last);
                list.push(OppDeadline {
                    kind: OppDeadlineKind::Evaluation,
                    due_date: dates::to_iso(due),
                    overdue: today > due,
                    rule: opp_clock::RULE_EVALUATION.into(),
                    source: opp_clock::SOURCE_EVALUATION.into(),
                });
            }
            if let Some((on, version)) = established.last()
                && !version.consent.status.is_decided()
            {
                let due = opp_clock::consent_deadline(*on, template.opp.consent_weeks);
                list.push(OppDeadline {
                    kind: OppDeadlineKind::Consent,
                    due_date: dates::to_iso(due),
                    overdue: today > due,
                    rule: consent_rule(template),
                    source: consent_source(template),
                });
            }
        }
    }
    Ok(list)
}

/// The instemming rule, as Vandaag prints it.
pub(crate) fn consent_rule(template: &Template) -> String {
    format!(
        "De instemming van de ouders met het handelingsdeel is {} weken na het vaststellen nog \
         niet vastgelegd",
        template.opp.consent_weeks
    )
}

pub(crate) fn consent_source(template: &Template) -> String {
    format!(
        "{}, ‘{}’ versie {}",
        opp_clock::SOURCE_CONSENT,
        template.name,
        template.version
    )
}

/// The hoorgesprek that counts for vaststellen a version for `reason` on `on`: held for that
/// moment, on or before `on`, after the previous vaststelling (for a first version: in the
/// schooljaar of the clock start or later). The latest one.
fn hearing_for(
    conn: &Connection,
    opp: &OppRow,
    previous: Option<&VersionRow>,
    reason: OppReason,
    on: Date,
) -> Result<Option<HearingRef>> {
    let after: Option<String> = previous.and_then(|p| p.established_on.clone());
    let from = dates::parse_iso("clockStart", &opp.clock_start)
        .map(|start| dates::to_iso(SchoolYear::containing(start).first_day()))
        .unwrap_or_default();
    let on = dates::to_iso(on);
    Ok(hearings::of_pupil::<PupilHearing>(conn, &opp.pupil_id)?
        .into_iter()
        .filter(|h| h.data.moment == reason.hearing_moment())
        .filter(|h| h.data.held_on <= on)
        .find(|h| match &after {
            Some(after) => &h.data.held_on > after,
            None => h.data.held_on >= from,
        })
        .map(|h| HearingRef {
            id: h.id,
            held_on: h.data.held_on,
            spoke_with: h.data.spoke_with,
        }))
}

fn hearing_ref_by_id(conn: &Connection, id: &str) -> Result<Option<HearingRef>> {
    match hearings::get::<PupilHearing>(conn, id) {
        Ok(h) => Ok(Some(HearingRef {
            id: h.id,
            held_on: h.data.held_on,
            spoke_with: h.data.spoke_with,
        })),
        Err(Error::NotFound { .. }) => Ok(None),
        Err(other) => Err(other),
    }
}

fn suggested_start(conn: &Connection, pupil_id: &str) -> Result<Option<SuggestedStart>> {
    let mut decided: Vec<_> = cases::list(conn, Some(pupil_id))?
        .into_iter()
        .filter(|c| c.status == crate::domain::case::CaseStatus::Open)
        .filter_map(|c| c.extra_support_decided_on.clone().map(|d| (d, c.id)))
        .collect();
    decided.sort();
    Ok(decided.pop().map(|(date, case_id)| SuggestedStart {
        case_id: Some(case_id),
        clock_start: date,
        clock_basis: ClockBasis::ExtraSupportDecision,
    }))
}

/// The pupil's running OPP.
pub(crate) fn running(conn: &Connection, pupil_id: &str) -> Result<Option<OppRow>> {
    Ok(opp_store::of_pupil(conn, pupil_id)?
        .into_iter()
        .find(|o| o.ended_on.is_none()))
}

fn last_established(conn: &Connection, opp_id: &str) -> Result<Option<VersionRow>> {
    Ok(opp_store::versions(conn, opp_id)?
        .into_iter()
        .rev()
        .find(|v| v.status == VersionStatus::Established))
}

/// A draft version with its OPP and pupil; a vastgestelde version is refused.
fn draft_of(conn: &Connection, version_id: &str) -> Result<(VersionRow, OppRow, Pupil)> {
    let version = opp_store::get_version(conn, version_id)?;
    if version.status == VersionStatus::Established {
        return Err(Error::InvalidTransition(
            "the OPP version is vastgesteld and cannot change",
        ));
    }
    let opp = opp_store::get(conn, &version.opp_id)?;
    if opp.ended_on.is_some() {
        return Err(Error::InvalidTransition("the OPP has ended"));
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

fn birth_date(pupil: &Pupil) -> Result<Date> {
    dates::parse_iso("birthDate", &pupil.birth_date)
        .map_err(|_| Error::Corrupt("pupil birth date".into()))
}
