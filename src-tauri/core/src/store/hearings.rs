//! The `hearings` and `parent_views` tables: one row per hoorgesprek or zienswijze, the pupil,
//! casus, date and moment as columns, the rest as a validated JSON payload.

use crate::domain::entity::Entity;
use crate::domain::hearing::{HearingData, ParentViewData};
use crate::error::{Error, Result};
use rusqlite::{Connection, OptionalExtension, Row, params};
use std::collections::BTreeMap;

/// A stored hoorgesprek.
#[derive(Debug, Clone, PartialEq)]
pub struct HearingRow {
    pub id: String,
    pub pupil_id: String,
    pub case_id: Option<String>,
    pub data: HearingData,
    pub created_at: String,
    pub updated_at: String,
}

/// A stored zienswijze ouders.
#[derive(Debug, Clone, PartialEq)]
pub struct ParentViewRow {
    pub id: String,
    pub pupil_id: String,
    pub case_id: Option<String>,
    pub data: ParentViewData,
    pub created_at: String,
    pub updated_at: String,
}

pub fn insert_hearing(
    conn: &Connection,
    id: &str,
    pupil_id: &str,
    case_id: Option<&str>,
    data: &HearingData,
    now: &str,
) -> Result<()> {
    conn.execute(
        "INSERT INTO hearings (id, pupil_id, case_id, held_on, moment, payload, created_at,
                               updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
        params![
            id,
            pupil_id,
            case_id,
            data.held_on,
            data.moment.as_str(),
            to_json(data)?,
            now
        ],
    )?;
    Ok(())
}

/// Replaces a hearing's casus link and payload (the pupil cannot change).
pub fn update_hearing(
    conn: &Connection,
    id: &str,
    case_id: Option<&str>,
    data: &HearingData,
    now: &str,
) -> Result<()> {
    let changed = conn.execute(
        "UPDATE hearings SET case_id = ?2, held_on = ?3, moment = ?4, payload = ?5,
                updated_at = ?6
         WHERE id = ?1",
        params![
            id,
            case_id,
            data.held_on,
            data.moment.as_str(),
            to_json(data)?,
            now
        ],
    )?;
    not_found_if_none(changed, Entity::Hearing)
}

pub fn delete_hearing(conn: &Connection, id: &str) -> Result<()> {
    let changed = conn.execute("DELETE FROM hearings WHERE id = ?1", [id])?;
    not_found_if_none(changed, Entity::Hearing)
}

pub fn get_hearing(conn: &Connection, id: &str) -> Result<HearingRow> {
    conn.query_row(&format!("{HEARING_SELECT} WHERE id = ?1"), [id], |row| {
        Ok(hearing_from_row(row))
    })
    .optional()?
    .ok_or(Error::NotFound {
        entity: Entity::Hearing,
    })?
}

/// The pupil's hearings, newest first.
pub fn hearings_of_pupil(conn: &Connection, pupil_id: &str) -> Result<Vec<HearingRow>> {
    let mut statement = conn.prepare(&format!(
        "{HEARING_SELECT} WHERE pupil_id = ?1 ORDER BY held_on DESC, created_at DESC"
    ))?;
    let rows = statement.query_map([pupil_id], |row| Ok(hearing_from_row(row)))?;
    let mut hearings = Vec::new();
    for row in rows {
        hearings.push(row??);
    }
    Ok(hearings)
}

/// The date of each pupil's latest hearing (ISO), for the Vandaag clock.
pub fn last_hearing_per_pupil(conn: &Connection) -> Result<BTreeMap<String, String>> {
    let mut statement =
        conn.prepare("SELECT pupil_id, max(held_on) FROM hearings GROUP BY pupil_id")?;
    let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
    let mut last = BTreeMap::new();
    for row in rows {
        let (pupil_id, held_on) = row?;
        last.insert(pupil_id, held_on);
    }
    Ok(last)
}

pub fn insert_parent_view(
    conn: &Connection,
    id: &str,
    pupil_id: &str,
    case_id: Option<&str>,
    data: &ParentViewData,
    now: &str,
) -> Result<()> {
    conn.execute(
        "INSERT INTO parent_views (id, pupil_id, case_id, given_on, moment, payload, created_at,
                                   updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
        params![
            id,
            pupil_id,
            case_id,
            data.given_on,
            data.moment.as_str(),
            to_json(data)?,
            now
        ],
    )?;
    Ok(())
}

pub fn update_parent_view(
    conn: &Connection,
    id: &str,
    case_id: Option<&str>,
    data: &ParentViewData,
    now: &str,
) -> Result<()> {
    let changed = conn.execute(
        "UPDATE parent_views SET case_id = ?2, given_on = ?3, moment = ?4, payload = ?5,
                updated_at = ?6
         WHERE id = ?1",
        params![
            id,
            case_id,
            data.given_on,
            data.moment.as_str(),
            to_json(data)?,
            now
        ],
    )?;
    not_found_if_none(changed, Entity::ParentView)
}

pub fn delete_parent_view(conn: &Connection, id: &str) -> Result<()> {
    let changed = conn.execute("DELETE FROM parent_views WHERE id = ?1", [id])?;
    not_found_if_none(changed, Entity::ParentView)
}

pub fn get_parent_view(conn: &Connection, id: &str) -> Result<ParentViewRow> {
    conn.query_row(
        &format!("{PARENT_VIEW_SELECT} WHERE id = ?1"),
        [id],
        |row| Ok(parent_view_from_row(row)),
    )
    .optional()?
    .ok_or(Error::NotFound {
        entity: Entity::ParentView,
    })?
}

/// The pupil's parent views, newest first.
pub fn parent_views_of_pupil(conn: &Connection, pupil_id: &str) -> Result<Vec<ParentViewRow>> {
    let mut statement = conn.prepare(&format!(
        "{PARENT_VIEW_SELECT} WHERE pupil_id = ?1 ORDER BY given_on DESC, created_at DESC"
    ))?;
    let rows = statement.query_map([pupil_id], |row| Ok(parent_view_from_row(row)))?;
    let mut views = Vec::new();
    for row in rows {
        views.push(row??);
    }
    Ok(views)
}

const HEARING_SELECT: &str =
    "SELECT id, pupil_id, case_id, payload, created_at, updated_at FROM hearings";
const PARENT_VIEW_SELECT: &str =
    "SELECT id, pupil_id, case_id, payload, created_at, updated_at FROM parent_views";

fn hearing_from_row(row: &Row<'_>) -> Result<HearingRow> {
    Ok(HearingRow {
        id: row.get(0)?,
        pupil_id: row.get(1)?,
        case_id: row.get(2)?,
        data: from_json(&row.get::<_, String>(3)?)?,
        created_at: row.get(4)?,
        updated_at: row.get(5)?,
    })
}

fn parent_view_from_row(row: &Row<'_>) -> Result<ParentViewRow> {
    Ok(ParentViewRow {
        id: row.get(0)?,
        pupil_id: row.get(1)?,
        case_id: row.get(2)?,
        data: from_json(&row.get::<_, String>(3)?)?,
        created_at: row.get(4)?,
        updated_at: row.get(5)?,
    })
}

fn not_found_if_none(changed: usize, entity: Entity) -> Result<()> {
    if changed == 0 {
        return Err(Error::NotFound { entity });
    }
    Ok(())
}

fn to_json<T: serde::Serialize>(data: &T) -> Result<String> {
    serde_json::to_string(data).map_err(|e| Error::Internal(format!("payload: {e}")))
}

/// A payload this build cannot read is damage, not a bug to panic on.
fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T> {
    serde_json::from_str(text).map_err(|e| Error::Corrupt(format!("hearing payload: {e}")))
}
