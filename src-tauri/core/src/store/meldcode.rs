//! The `meldcode_routes` table: one row per meldcode route of a pupil, the opening and closing
//! dates as columns, the rest as a validated JSON payload. Only `usecases::meldcode` reads it
//! (nothing that exports, lists or shows the pupil file does). A second open route for a pupil
//! breaks a unique index: [`Error::InvalidTransition`].

use crate::domain::entity::Entity;
use crate::domain::meldcode::Meldcode;
use crate::error::{Error, Result};
use rusqlite::{Connection, OptionalExtension, Row, params};

/// A stored meldcode route.
#[derive(Debug, Clone, PartialEq)]
pub struct MeldcodeRow {
    pub id: String,
    pub pupil_id: String,
    pub data: Meldcode,
    pub created_at: String,
    pub updated_at: String,
}

pub fn insert(
    conn: &Connection,
    id: &str,
    pupil_id: &str,
    data: &Meldcode,
    now: &str,
) -> Result<()> {
    conn.execute(
        "INSERT INTO meldcode_routes (id, pupil_id, opened_on, closed_on, payload, created_at,
                                      updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![
            id,
            pupil_id,
            data.question.answered_on,
            data.closed_on,
            to_json(data)?,
            now
        ],
    )
    .map_err(one_open)?;
    Ok(())
}

/// Replaces a row's closing date and payload (pupil and opening date cannot change).
pub fn update(conn: &Connection, id: &str, data: &Meldcode, now: &str) -> Result<()> {
    let changed = conn.execute(
        "UPDATE meldcode_routes SET closed_on = ?2, payload = ?3, updated_at = ?4 WHERE id = ?1",
        params![id, data.closed_on, to_json(data)?, now],
    )?;
    if changed == 0 {
        return Err(Error::NotFound {
            entity: Entity::Meldcode,
        });
    }
    Ok(())
}

/// The pupil's open route, if any.
pub fn open_of_pupil(conn: &Connection, pupil_id: &str) -> Result<Option<MeldcodeRow>> {
    conn.query_row(
        &format!("{SELECT} WHERE pupil_id = ?1 AND closed_on IS NULL"),
        [pupil_id],
        |row| Ok(from_row(row)),
    )
    .optional()?
    .transpose()
}

/// The pupil's routes, newest first.
pub fn of_pupil(conn: &Connection, pupil_id: &str) -> Result<Vec<MeldcodeRow>> {
    let mut statement = conn.prepare(&format!(
        "{SELECT} WHERE pupil_id = ?1 ORDER BY created_at DESC, id DESC"
    ))?;
    let rows = statement.query_map([pupil_id], |row| Ok(from_row(row)))?;
    let mut stored = Vec::new();
    for row in rows {
        stored.push(row??);
    }
    Ok(stored)
}

const SELECT: &str = "SELECT id, pupil_id, payload, created_at, updated_at FROM meldcode_routes";

fn from_row(row: &Row<'_>) -> Result<MeldcodeRow> {
    Ok(MeldcodeRow {
        id: row.get(0)?,
        pupil_id: row.get(1)?,
        data: from_json(&row.get::<_, String>(2)?)?,
        created_at: row.get(3)?,
        updated_at: row.get(4)?,
    })
}

/// The unique index allows one open route per pupil.
fn one_open(error: rusqlite::Error) -> Error {
    if error.sqlite_error_code() == Some(rusqlite::ffi::ErrorCode::ConstraintViolation)
        && error.to_string().contains("meldcode_routes.pupil_id")
    {
        return Error::InvalidTransition("the pupil already has an open meldcode route");
    }
    error.into()
}

fn to_json(data: &Meldcode) -> Result<String> {
    serde_json::to_string(data).map_err(|e| Error::Internal(format!("payload: {e}")))
}

/// A payload this build cannot read is damage, not a bug to panic on.
fn from_json(text: &str) -> Result<Meldcode> {
    serde_json::from_str(text).map_err(|e| Error::Corrupt(format!("meldcode payload: {e}")))
}
