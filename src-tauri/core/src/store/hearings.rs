//! The `hearings` and `parent_views` tables: one row per hoorgesprek or zienswijze, the pupil,
//! casus, date and moment as columns, the rest as a validated JSON payload. Both tables have the
//! same shape, so one set of functions serves both, chosen by the payload type ([`HeardTable`]).

use crate::domain::entity::Entity;
use crate::domain::hearing::{HearingMoment, ParentView, PupilHearing};
use crate::error::{Error, Result};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;

/// A payload stored in one of the two tables: which table, and its date and moment columns.
pub trait HeardTable: Serialize + DeserializeOwned {
    /// The table (`hearings` or `parent_views`).
    const TABLE: &'static str;
    /// The date column (`held_on` or `given_on`).
    const DATE_COLUMN: &'static str;
    const ENTITY: Entity;
    /// The ISO date the column holds.
    fn date(&self) -> &str;
    fn moment(&self) -> HearingMoment;
}

impl HeardTable for PupilHearing {
    const TABLE: &'static str = "hearings";
    const DATE_COLUMN: &'static str = "held_on";
    const ENTITY: Entity = Entity::Hearing;
    fn date(&self) -> &str {
        &self.held_on
    }
    fn moment(&self) -> HearingMoment {
        self.moment
    }
}

impl HeardTable for ParentView {
    const TABLE: &'static str = "parent_views";
    const DATE_COLUMN: &'static str = "given_on";
    const ENTITY: Entity = Entity::ParentView;
    fn date(&self) -> &str {
        &self.given_on
    }
    fn moment(&self) -> HearingMoment {
        self.moment
    }
}

/// A stored row with its payload.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredRow<T> {
    pub id: String,
    pub pupil_id: String,
    pub case_id: Option<String>,
    pub data: T,
    pub created_at: String,
    pub updated_at: String,
}

/// A stored hoorgesprek.
pub type HearingRow = StoredRow<PupilHearing>;
/// A stored zienswijze ouders.
pub type ParentViewRow = StoredRow<ParentView>;

pub fn insert<T: HeardTable>(
    conn: &Connection,
    id: &str,
    pupil_id: &str,
    case_id: Option<&str>,
    data: &T,
    now: &str,
) -> Result<()> {
    conn.execute(
        &format!(
            "INSERT INTO {} (id, pupil_id, case_id, {}, moment, payload, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
            T::TABLE,
            T::DATE_COLUMN
        ),
        params![
            id,
            pupil_id,
            case_id,
            data.date(),
            data.moment().as_str(),
            to_json(data)?,
            now
        ],
    )?;
    Ok(())
}

/// Replaces a row's casus link and payload (the pupil cannot change).
pub fn update<T: HeardTable>(
    conn: &Connection,
    id: &str,
    case_id: Option<&str>,
    data: &T,
    now: &str,
) -> Result<()> {
    let changed = conn.execute(
        &format!(
            "UPDATE {} SET case_id = ?2, {} = ?3, moment = ?4, payload = ?5, updated_at = ?6
             WHERE id = ?1",
            T::TABLE,
            T::DATE_COLUMN
        ),
        params![
            id,
            case_id,
            data.date(),
            data.moment().as_str(),
            to_json(data)?,
            now
        ],
    )?;
    found::<T>(changed)
}

pub fn delete<T: HeardTable>(conn: &Connection, id: &str) -> Result<()> {
    let changed = conn.execute(&format!("DELETE FROM {} WHERE id = ?1", T::TABLE), [id])?;
    found::<T>(changed)
}

pub fn get<T: HeardTable>(conn: &Connection, id: &str) -> Result<StoredRow<T>> {
    conn.query_row(&format!("{} WHERE id = ?1", select::<T>()), [id], |row| {
        Ok(from_row(row))
    })
    .optional()?
    .ok_or(Error::NotFound { entity: T::ENTITY })?
}

/// The pupil's rows, newest first.
pub fn of_pupil<T: HeardTable>(conn: &Connection, pupil_id: &str) -> Result<Vec<StoredRow<T>>> {
    let mut statement = conn.prepare(&format!(
        "{} WHERE pupil_id = ?1 ORDER BY {} DESC, created_at DESC",
        select::<T>(),
        T::DATE_COLUMN
    ))?;
    let rows = statement.query_map([pupil_id], |row| Ok(from_row(row)))?;
    let mut stored = Vec::new();
    for row in rows {
        stored.push(row??);
    }
    Ok(stored)
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

fn select<T: HeardTable>() -> String {
    format!(
        "SELECT id, pupil_id, case_id, payload, created_at, updated_at FROM {}",
        T::TABLE
    )
}

fn from_row<T: HeardTable>(row: &Row<'_>) -> Result<StoredRow<T>> {
    Ok(StoredRow {
        id: row.get(0)?,
        pupil_id: row.get(1)?,
        case_id: row.get(2)?,
        data: from_json(&row.get::<_, String>(3)?)?,
        created_at: row.get(4)?,
        updated_at: row.get(5)?,
    })
}

fn found<T: HeardTable>(changed: usize) -> Result<()> {
    if changed == 0 {
        return Err(Error::NotFound { entity: T::ENTITY });
    }
    Ok(())
}

fn to_json<T: Serialize>(data: &T) -> Result<String> {
    serde_json::to_string(data).map_err(|e| Error::Internal(format!("payload: {e}")))
}

/// A payload this build cannot read is damage, not a bug to panic on.
fn from_json<T: DeserializeOwned>(text: &str) -> Result<T> {
    serde_json::from_str(text).map_err(|e| Error::Corrupt(format!("hearing payload: {e}")))
}
