//! The `tlvs` table: one row per TLV aanvraag, the pupil, status, aanvraag and decision dates and
//! the einddatum as columns (lists and Vandaag select on them), the rest as a validated JSON
//! payload. A second undecided aanvraag for a pupil breaks a unique index: [`Error::InvalidTransition`].

use crate::domain::entity::Entity;
use crate::domain::tlv::Tlv;
use crate::error::{Error, Result};
use rusqlite::{Connection, OptionalExtension, Row, params};

/// A stored TLV.
#[derive(Debug, Clone, PartialEq)]
pub struct TlvRow {
    pub id: String,
    pub pupil_id: String,
    pub data: Tlv,
    pub created_at: String,
    pub updated_at: String,
}

pub fn insert(conn: &Connection, id: &str, pupil_id: &str, data: &Tlv, now: &str) -> Result<()> {
    let ends_on = ends_on(data)?;
    conn.execute(
        "INSERT INTO tlvs (id, pupil_id, status, applied_on, decided_on, ends_on, payload,
                           created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        params![
            id,
            pupil_id,
            data.status().as_str(),
            data.request.applied_on,
            data.decision.as_ref().map(|d| d.decided_on.as_str()),
            ends_on,
            to_json(data)?,
            now
        ],
    )
    .map_err(one_undecided)?;
    Ok(())
}

/// Replaces a row's columns and payload (the pupil cannot change).
pub fn update(conn: &Connection, id: &str, data: &Tlv, now: &str) -> Result<()> {
    let ends_on = ends_on(data)?;
    let changed = conn.execute(
        "UPDATE tlvs SET status = ?2, applied_on = ?3, decided_on = ?4, ends_on = ?5,
                         payload = ?6, updated_at = ?7
         WHERE id = ?1",
        params![
            id,
            data.status().as_str(),
            data.request.applied_on,
            data.decision.as_ref().map(|d| d.decided_on.as_str()),
            ends_on,
            to_json(data)?,
            now
        ],
    )?;
    found(changed)
}

pub fn delete(conn: &Connection, id: &str) -> Result<()> {
    let changed = conn.execute("DELETE FROM tlvs WHERE id = ?1", [id])?;
    found(changed)
}

pub fn get(conn: &Connection, id: &str) -> Result<TlvRow> {
    conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id], |row| {
        Ok(from_row(row))
    })
    .optional()?
    .ok_or(Error::NotFound {
        entity: Entity::Tlv,
    })?
}

/// The pupil's TLVs, newest first.
pub fn of_pupil(conn: &Connection, pupil_id: &str) -> Result<Vec<TlvRow>> {
    collect(
        conn,
        &format!("{SELECT} WHERE pupil_id = ?1 ORDER BY created_at DESC, id DESC"),
        [pupil_id],
    )
}

/// Every TLV, oldest first (Vandaag reads them all: there are few per school).
pub fn all(conn: &Connection) -> Result<Vec<TlvRow>> {
    collect(conn, &format!("{SELECT} ORDER BY created_at, id"), [])
}

const SELECT: &str = "SELECT id, pupil_id, payload, created_at, updated_at FROM tlvs";

fn ends_on(data: &Tlv) -> Result<Option<String>> {
    Ok(data
        .period()?
        .map(|(_, end)| crate::domain::dates::to_iso(end)))
}

fn collect(conn: &Connection, sql: &str, parameters: impl rusqlite::Params) -> Result<Vec<TlvRow>> {
    let mut statement = conn.prepare(sql)?;
    let rows = statement.query_map(parameters, |row| Ok(from_row(row)))?;
    let mut stored = Vec::new();
    for row in rows {
        stored.push(row??);
    }
    Ok(stored)
}

fn from_row(row: &Row<'_>) -> Result<TlvRow> {
    Ok(TlvRow {
        id: row.get(0)?,
        pupil_id: row.get(1)?,
        data: from_json(&row.get::<_, String>(2)?)?,
        created_at: row.get(3)?,
        updated_at: row.get(4)?,
    })
}

fn found(changed: usize) -> Result<()> {
    if changed == 0 {
        return Err(Error::NotFound {
            entity: Entity::Tlv,
        });
    }
    Ok(())
}

/// The unique index allows one undecided aanvraag per pupil.
fn one_undecided(error: rusqlite::Error) -> Error {
    if error.sqlite_error_code() == Some(rusqlite::ffi::ErrorCode::ConstraintViolation)
        && error.to_string().contains("tlvs.pupil_id")
    {
        return Error::InvalidTransition("the pupil already has an undecided TLV aanvraag");
    }
    error.into()
}

fn to_json(data: &Tlv) -> Result<String> {
    serde_json::to_string(data).map_err(|e| Error::Internal(format!("payload: {e}")))
}

/// A payload this build cannot read is damage, not a bug to panic on.
fn from_json(text: &str) -> Result<Tlv> {
    serde_json::from_str(text).map_err(|e| Error::Corrupt(format!("tlv payload: {e}")))
}
