//! The pupil's OPP page as every OPP use case answers it: the running OPP with its versions
//! (each with the hoorgesprek it relies on and what vaststellen still misses), its open
//! termijnen with rule and source, ended OPPs, the template's lists for the pupil's
//! onderwijstype, and the guardians the agreement forms offer. Also the hoorgesprek rule of the
//! soft gate, which vaststellen and the page share.

use crate::domain::dates;
use crate::domain::hearing::PupilHearing;
use crate::domain::opp::clock as opp_clock;
use crate::domain::opp::{
    self, ClockBasis, Consent, Consultation, OppContent, OppReason, VersionStatus,
};
use crate::domain::pupil::{EducationType, SchoolStage};
use crate::domain::school_year::SchoolYear;
use crate::error::{Error, Result};
use crate::records::{Guardian, Pupil};
use crate::store::opp::{self as opp_store, OppRow, VersionRow};
use crate::store::{cases, guardians, hearings, pupils};
use crate::template::{Choice, Template};
use chrono::NaiveDate as Date;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

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
    /// A draft's hoorgesprek has words the plan does not quote yet (it was held after the draft
    /// was made): the form offers to take them over.
    pub hearing_words_missing: bool,
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
        let hearing_words_missing = match (&version.status, &hearing) {
            (VersionStatus::Draft, Some(found)) => {
                let row = hearings::get::<PupilHearing>(conn, &found.id)?;
                super::prefill::voice_lacks(&version.content.pupil_voice, &row)
            }
            _ => false,
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
            hearing_words_missing,
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
fn consent_rule(template: &Template) -> String {
    format!(
        "De instemming van de ouders met het handelingsdeel is {} weken na het vaststellen nog \
         niet vastgelegd",
        template.opp.consent_weeks
    )
}

fn consent_source(template: &Template) -> String {
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
pub(super) fn hearing_for(
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

pub(super) fn birth_date(pupil: &Pupil) -> Result<Date> {
    dates::parse_iso("birthDate", &pupil.birth_date)
        .map_err(|_| Error::Corrupt("pupil birth date".into()))
}
