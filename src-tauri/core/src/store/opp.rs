//! The `opps` and `opp_versions` tables. An OPP row holds the clock start and the end; a version
//! row holds its number, status, reason, date, soft-gate reason and content (JSON), and the
//! agreement records (OOGO, instemming) that stay writable after vaststellen. The schema's
//! triggers keep a vastgestelde version frozen whatever the caller does; a write they refuse
//! comes back as [`Error::InvalidTransition`].

use crate::domain::entity::Entity;
use crate::domain::opp::{ClockBasis, Consent, Consultation, OppContent, OppReason, VersionStatus};
use crate::error::{Error, Result};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// A stored OPP.
#[derive(Debug, Clone, PartialEq)]
pub struct OppRow {
    pub id: String,
    pub pupil_id: String,
    pub case_id: Option<String>,
    pub clock_start: String,
    pub clock_basis: ClockBasis,
    pub ended_on: Option<String>,
    pub end_reason: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// A stored version.
#[derive(Debug, Clone, PartialEq)]
pub struct VersionRow {
    pub id: String,
    pub opp_id: String,
    pub number: i64,
    pub status: VersionStatus,
    pub reason: OppReason,
    pub established_on: Option<String>,
    pub hearing_id: Option<String>,
    pub hearing_gap_reason: Option<String>,
    pub content: OppContent,
    pub consultation: Option<Consultation>,
    pub consent: Consent,
    pub created_at: String,
    pub updated_at: String,
}

/// A new OPP with its clock.
pub struct NewOpp<'a> {
    pub id: &'a str,
    pub pupil_id: &'a str,
    pub case_id: Option<&'a str>,
    pub clock_start: &'a str,
    pub clock_basis: ClockBasis,
}

pub fn insert(conn: &Connection, opp: &NewOpp<'_>, now: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO opps (id, pupil_id, case_id, clock_start, clock_basis, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![
            opp.id,
            opp.pupil_id,
            opp.case_id,
            opp.clock_start,
            basis_str(opp.clock_basis),
            now
        ],
    )
    .map_err(frozen)?;
    Ok(())
}

/// Sets the clock start (the date and what it is).
pub fn set_clock(
    conn: &Connection,
    id: &str,
    clock_start: &str,
    basis: ClockBasis,
    now: &str,
) -> Result<()> {
    let changed = conn.execute(
        "UPDATE opps SET clock_start = ?2, clock_basis = ?3, updated_at = ?4 WHERE id = ?1",
        params![id, clock_start, basis_str(basis), now],
    )?;
    found(changed, Entity::Opp)
}

/// Ends the OPP (the pupil no longer needs it, or left the school).
pub fn end(conn: &Connection, id: &str, ended_on: &str, reason: &str, now: &str) -> Result<()> {
    let changed = conn.execute(
        "UPDATE opps SET ended_on = ?2, end_reason = ?3, updated_at = ?4 WHERE id = ?1",
        params![id, ended_on, reason, now],
    )?;
    found(changed, Entity::Opp)
}

/// Deletes an OPP that has no versions left (a first draft thrown away).
pub fn delete(conn: &Connection, id: &str) -> Result<()> {
    let changed = conn
        .execute("DELETE FROM opps WHERE id = ?1", [id])
        .map_err(frozen)?;
    found(changed, Entity::Opp)
}

pub fn get(conn: &Connection, id: &str) -> Result<OppRow> {
    conn.query_row(&format!("{SELECT_OPP} WHERE id = ?1"), [id], opp_from_row)
        .optional()?
        .ok_or(Error::NotFound {
            entity: Entity::Opp,
        })
}

/// The pupil's OPPs, the running one first, then ended ones newest first.
pub fn of_pupil(conn: &Connection, pupil_id: &str) -> Result<Vec<OppRow>> {
    let mut statement = conn.prepare(&format!(
        "{SELECT_OPP} WHERE pupil_id = ?1
         ORDER BY ended_on IS NOT NULL, ended_on DESC, created_at DESC"
    ))?;
    let rows = statement.query_map([pupil_id], opp_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every running OPP (for the Vandaag clocks).
pub fn running(conn: &Connection) -> Result<Vec<OppRow>> {
    let mut statement = conn.prepare(&format!("{SELECT_OPP} WHERE ended_on IS NULL"))?;
    let rows = statement.query_map([], opp_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A new version (a draft).
pub struct NewVersion<'a> {
    pub id: &'a str,
    pub opp_id: &'a str,
    pub number: i64,
    pub reason: OppReason,
    pub content: &'a OppContent,
}

pub fn insert_version(conn: &Connection, version: &NewVersion<'_>, now: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO opp_versions (id, opp_id, number, status, reason, content, consent,
                                   created_at, updated_at)
         VALUES (?1, ?2, ?3, 'draft', ?4, ?5, ?6, ?7, ?7)",
        params![
            version.id,
            version.opp_id,
            version.number,
            version.reason.as_str(),
            to_json(version.content)?,
            to_json(&Consent::default())?,
            now
        ],
    )
    .map_err(frozen)?;
    Ok(())
}

/// Replaces a draft's content and reason.
pub fn update_draft(
    conn: &Connection,
    id: &str,
    reason: OppReason,
    content: &OppContent,
    now: &str,
) -> Result<()> {
    let changed = conn
        .execute(
            "UPDATE opp_versions SET reason = ?2, content = ?3, updated_at = ?4 WHERE id = ?1",
            params![id, reason.as_str(), to_json(content)?, now],
        )
        .map_err(frozen)?;
    found(changed, Entity::OppVersion)
}

/// What vaststellen records.
pub struct Establishment<'a> {
    pub reason: OppReason,
    pub established_on: &'a str,
    pub hearing_id: Option<&'a str>,
    pub hearing_gap_reason: Option<&'a str>,
}

/// Freezes a draft (the trigger refuses a second time).
pub fn establish(
    conn: &Connection,
    id: &str,
    establishment: &Establishment<'_>,
    now: &str,
) -> Result<()> {
    let changed = conn
        .execute(
            "UPDATE opp_versions SET status = 'established', reason = ?2, established_on = ?3,
                 hearing_id = ?4, hearing_gap_reason = ?5, updated_at = ?6
             WHERE id = ?1",
            params![
                id,
                establishment.reason.as_str(),
                establishment.established_on,
                establishment.hearing_id,
                establishment.hearing_gap_reason,
                now
            ],
        )
        .map_err(frozen)?;
    found(changed, Entity::OppVersion)
}

pub fn set_consultation(
    conn: &Connection,
    id: &str,
    consultation: Option<&Consultation>,
    now: &str,
) -> Result<()> {
    let json = consultation.map(to_json).transpose()?;
    let changed = conn.execute(
        "UPDATE opp_versions SET consultation = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, json, now],
    )?;
    found(changed, Entity::OppVersion)
}

pub fn set_consent(conn: &Connection, id: &str, consent: &Consent, now: &str) -> Result<()> {
    let changed = conn.execute(
        "UPDATE opp_versions SET consent = ?2, updated_at = ?3 WHERE id = ?1",
        params![id, to_json(consent)?, now],
    )?;
    found(changed, Entity::OppVersion)
}

/// Deletes a draft (the trigger refuses a vastgestelde version).
pub fn delete_version(conn: &Connection, id: &str) -> Result<()> {
    let changed = conn
        .execute("DELETE FROM opp_versions WHERE id = ?1", [id])
        .map_err(frozen)?;
    found(changed, Entity::OppVersion)
}

pub fn get_version(conn: &Connection, id: &str) -> Result<VersionRow> {
    conn.query_row(
        &format!("{SELECT_VERSION} WHERE id = ?1"),
        [id],
        version_from_row,
    )
    .optional()?
    .ok_or(Error::NotFound {
        entity: Entity::OppVersion,
    })?
}

/// The OPP's versions, oldest first.
pub fn versions(conn: &Connection, opp_id: &str) -> Result<Vec<VersionRow>> {
    let mut statement = conn.prepare(&format!(
        "{SELECT_VERSION} WHERE opp_id = ?1 ORDER BY number"
    ))?;
    let rows = statement.query_map([opp_id], version_from_row)?;
    let mut versions = Vec::new();
    for row in rows {
        versions.push(row??);
    }
    Ok(versions)
}

const SELECT_OPP: &str = "SELECT id, pupil_id, case_id, clock_start, clock_basis, ended_on,
    end_reason, created_at, updated_at FROM opps";

const SELECT_VERSION: &str = "SELECT id, opp_id, number, status, reason, established_on,
    hearing_id, hearing_gap_reason, content, consultation, consent, created_at, updated_at
    FROM opp_versions";

fn opp_from_row(row: &Row<'_>) -> rusqlite::Result<OppRow> {
    Ok(OppRow {
        id: row.get(0)?,
        pupil_id: row.get(1)?,
        case_id: row.get(2)?,
        clock_start: row.get(3)?,
        clock_basis: parse_basis(&row.get::<_, String>(4)?),
        ended_on: row.get(5)?,
        end_reason: row.get(6)?,
        created_at: row.get(7)?,
        updated_at: row.get(8)?,
    })
}

fn version_from_row(row: &Row<'_>) -> rusqlite::Result<Result<VersionRow>> {
    let status: String = row.get(3)?;
    let reason: String = row.get(4)?;
    let content: String = row.get(8)?;
    let consultation: Option<String> = row.get(9)?;
    let consent: String = row.get(10)?;
    let build = || -> Result<VersionRow> {
        Ok(VersionRow {
            id: row.get(0)?,
            opp_id: row.get(1)?,
            number: row.get(2)?,
            status: VersionStatus::parse(&status)
                .ok_or_else(|| Error::Corrupt("opp version status".into()))?,
            reason: OppReason::parse(&reason)
                .ok_or_else(|| Error::Corrupt("opp version reason".into()))?,
            established_on: row.get(5)?,
            hearing_id: row.get(6)?,
            hearing_gap_reason: row.get(7)?,
            content: from_json(&content)?,
            consultation: consultation.as_deref().map(from_json).transpose()?,
            consent: from_json(&consent)?,
            created_at: row.get(11)?,
            updated_at: row.get(12)?,
        })
    };
    Ok(build())
}

fn basis_str(basis: ClockBasis) -> &'static str {
    match basis {
        ClockBasis::Inschrijving => "inschrijving",
        ClockBasis::ExtraSupportDecision => "extra_support_decision",
        ClockBasis::Other => "other",
    }
}

/// The schema's CHECK limits the column to the three values.
fn parse_basis(value: &str) -> ClockBasis {
    match value {
        "inschrijving" => ClockBasis::Inschrijving,
        "extra_support_decision" => ClockBasis::ExtraSupportDecision,
        _ => ClockBasis::Other,
    }
}

/// A write the frozen-version triggers or the one-running-OPP index refused.
fn frozen(err: rusqlite::Error) -> Error {
    if err.sqlite_error_code() == Some(rusqlite::ffi::ErrorCode::ConstraintViolation) {
        let message = err.to_string();
        if message.contains("established") {
            return Error::InvalidTransition("the OPP version is vastgesteld and cannot change");
        }
        if message.contains("opps.pupil_id") {
            return Error::InvalidTransition("the pupil already has a running OPP");
        }
    }
    err.into()
}

fn found(changed: usize, entity: Entity) -> Result<()> {
    if changed == 0 {
        return Err(Error::NotFound { entity });
    }
    Ok(())
}

fn to_json<T: Serialize>(data: &T) -> Result<String> {
    serde_json::to_string(data).map_err(|e| Error::Internal(format!("opp payload: {e}")))
}

/// A payload this build cannot read is damage, not a bug to panic on.
fn from_json<T: DeserializeOwned>(text: &str) -> Result<T> {
    serde_json::from_str(text).map_err(|e| Error::Corrupt(format!("opp payload: {e}")))
}
