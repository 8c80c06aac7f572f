//! The `escalations` table: one row per geschil, the pupil, status, subject, the opening and
//! decision dates and the template (id, version) as columns (lists and Vandaag select on them),
//! the rest as a validated JSON payload.

use crate::domain::entity::Entity;
use crate::domain::escalation::Escalation;
use crate::error::{Error, Result};
use rusqlite::{Connection, OptionalExtension, Row, params};

/// A stored geschil.
#[derive(Debug, Clone, PartialEq)]
pub struct EscalationRow {
    pub id: String,
    pub pupil_id: String,
    pub data: Escalation,
    pub created_at: String,
    pub updated_at: String,
}

pub fn insert(
    conn: &Connection,
    id: &str,
    pupil_id: &str,
    data: &Escalation,
    now: &str,
) -> Result<()> {
    conn.execute(
        "INSERT INTO escalations (id, pupil_id, status, subject, opened_on, decision_on,
                                  template_id, template_version, payload, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
        params![
            id,
            pupil_id,
            status(data),
            data.subject.as_str(),
            data.opened_on,
            data.decision_on,
            data.template_id,
            data.template_version,
            to_json(data)?,
            now
        ],
    )?;
    Ok(())
}

/// Replaces a row's status and payload (pupil, subject, dates and template cannot change).
pub fn update(conn: &Connection, id: &str, data: &Escalation, now: &str) -> Result<()> {
    let changed = conn.execute(
        "UPDATE escalations SET status = ?2, payload = ?3, updated_at = ?4 WHERE id = ?1",
        params![id, status(data), to_json(data)?, now],
    )?;
    if changed == 0 {
        return Err(Error::NotFound {
            entity: Entity::Escalation,
        });
    }
    Ok(())
}

pub fn get(conn: &Connection, id: &str) -> Result<EscalationRow> {
    conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id], |row| {
        Ok(from_row(row))
    })
    .optional()?
    .ok_or(Error::NotFound {
        entity: Entity::Escalation,
    })?
}

/// The pupil's geschillen, newest first.
pub fn of_pupil(conn: &Connection, pupil_id: &str) -> Result<Vec<EscalationRow>> {
    collect(
        conn,
        &format!("{SELECT} WHERE pupil_id = ?1 ORDER BY created_at DESC, id DESC"),
        [pupil_id],
    )
}

/// Every open geschil, oldest first (Vandaag reads them all: there are few per school).
pub fn open(conn: &Connection) -> Result<Vec<EscalationRow>> {
    collect(
        conn,
        &format!("{SELECT} WHERE status = 'open' ORDER BY created_at, id"),
        [],
    )
}

const SELECT: &str = "SELECT id, pupil_id, payload, created_at, updated_at FROM escalations";

fn status(data: &Escalation) -> &'static str {
    if data.is_open() { "open" } else { "closed" }
}

fn collect(
    conn: &Connection,
    sql: &str,
    parameters: impl rusqlite::Params,
) -> Result<Vec<EscalationRow>> {
    let mut statement = conn.prepare(sql)?;
    let rows = statement.query_map(parameters, |row| Ok(from_row(row)))?;
    let mut stored = Vec::new();
    for row in rows {
        stored.push(row??);
    }
    Ok(stored)
}

fn from_row(row: &Row<'_>) -> Result<EscalationRow> {
    Ok(EscalationRow {
        id: row.get(0)?,
        pupil_id: row.get(1)?,
        data: from_json(&row.get::<_, String>(2)?)?,
        created_at: row.get(3)?,
        updated_at: row.get(4)?,
    })
}

fn to_json(data: &Escalation) -> Result<String> {
    serde_json::to_string(data).map_err(|e| Error::Internal(format!("payload: {e}")))
}

/// A payload this build cannot read is damage, not a bug to panic on.
fn from_json(text: &str) -> Result<Escalation> {
    serde_json::from_str(text).map_err(|e| Error::Corrupt(format!("escalation payload: {e}")))
}
