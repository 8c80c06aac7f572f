//! The `enrolments` table: one row per aanmelding, the pupil, receipt date, decision date and
//! status as columns (lists and Vandaag select on them), the rest as a validated JSON payload.

use crate::domain::enrolment::Enrolment;
use crate::domain::entity::Entity;
use crate::error::{Error, Result};
use rusqlite::{Connection, OptionalExtension, Row, params};

/// A stored aanmelding.
#[derive(Debug, Clone, PartialEq)]
pub struct EnrolmentRow {
    pub id: String,
    pub pupil_id: String,
    pub data: Enrolment,
    pub created_at: String,
    pub updated_at: String,
}

pub fn insert(
    conn: &Connection,
    id: &str,
    pupil_id: &str,
    data: &Enrolment,
    now: &str,
) -> Result<()> {
    conn.execute(
        "INSERT INTO enrolments (id, pupil_id, received_on, decided_on, status, payload,
                                 created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
        params![
            id,
            pupil_id,
            data.details.received_on,
            data.decision.as_ref().map(|d| d.decided_on.as_str()),
            data.status().as_str(),
            to_json(data)?,
            now
        ],
    )?;
    Ok(())
}

/// Replaces a row's columns and payload (the pupil cannot change).
pub fn update(conn: &Connection, id: &str, data: &Enrolment, now: &str) -> Result<()> {
    let changed = conn.execute(
        "UPDATE enrolments SET received_on = ?2, decided_on = ?3, status = ?4, payload = ?5,
                               updated_at = ?6
         WHERE id = ?1",
        params![
            id,
            data.details.received_on,
            data.decision.as_ref().map(|d| d.decided_on.as_str()),
            data.status().as_str(),
            to_json(data)?,
            now
        ],
    )?;
    found(changed)
}

pub fn delete(conn: &Connection, id: &str) -> Result<()> {
    let changed = conn.execute("DELETE FROM enrolments WHERE id = ?1", [id])?;
    found(changed)
}

pub fn get(conn: &Connection, id: &str) -> Result<EnrolmentRow> {
    conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id], |row| {
        Ok(from_row(row))
    })
    .optional()?
    .ok_or(Error::NotFound {
        entity: Entity::Enrolment,
    })?
}

/// The pupil's aanmeldingen, newest receipt first.
pub fn of_pupil(conn: &Connection, pupil_id: &str) -> Result<Vec<EnrolmentRow>> {
    collect(
        conn,
        &format!("{SELECT} WHERE pupil_id = ?1 ORDER BY received_on DESC, created_at DESC"),
        [pupil_id],
    )
}

/// Every aanmelding, oldest receipt first (the CLI list).
pub fn all(conn: &Connection) -> Result<Vec<EnrolmentRow>> {
    collect(
        conn,
        &format!("{SELECT} ORDER BY received_on, created_at"),
        [],
    )
}

/// The aanmeldingen without a decision, oldest receipt first (Vandaag).
pub fn open(conn: &Connection) -> Result<Vec<EnrolmentRow>> {
    collect(
        conn,
        &format!("{SELECT} WHERE status = 'open' ORDER BY received_on, created_at"),
        [],
    )
}

const SELECT: &str = "SELECT id, pupil_id, payload, created_at, updated_at FROM enrolments";

fn collect(
    conn: &Connection,
    sql: &str,
    parameters: impl rusqlite::Params,
) -> Result<Vec<EnrolmentRow>> {
    let mut statement = conn.prepare(sql)?;
    let rows = statement.query_map(parameters, |row| Ok(from_row(row)))?;
    let mut stored = Vec::new();
    for row in rows {
        stored.push(row??);
    }
    Ok(stored)
}

fn from_row(row: &Row<'_>) -> Result<EnrolmentRow> {
    Ok(EnrolmentRow {
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
            entity: Entity::Enrolment,
        });
    }
    Ok(())
}

fn to_json(data: &Enrolment) -> Result<String> {
    serde_json::to_string(data).map_err(|e| Error::Internal(format!("payload: {e}")))
}

/// A payload this build cannot read is damage, not a bug to panic on.
fn from_json(text: &str) -> Result<Enrolment> {
    serde_json::from_str(text).map_err(|e| Error::Corrupt(format!("enrolment payload: {e}")))
}
