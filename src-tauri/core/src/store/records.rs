//! The `case_records` and `revisions` tables: one row per stappenplan record, payload as JSON.

use crate::domain::entity::Entity;
use crate::domain::records::RecordData;
use crate::error::{Error, Result};
use rusqlite::{Connection, OptionalExtension, Row, params};

/// A stored record.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordRow {
    pub id: String,
    pub case_id: String,
    pub cycle_id: String,
    pub record_date: String,
    pub data: RecordData,
    pub carried_from: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// What to insert.
#[derive(Debug, Clone)]
pub struct NewRecord<'a> {
    pub id: &'a str,
    pub case_id: &'a str,
    pub cycle_id: &'a str,
    pub record_date: &'a str,
    pub data: &'a RecordData,
    pub carried_from: Option<&'a str>,
}

pub fn insert(conn: &Connection, record: &NewRecord<'_>, now: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO case_records (id, case_id, cycle_id, kind, step, record_date, payload, carried_from,
                                   created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
        params![
            record.id,
            record.case_id,
            record.cycle_id,
            record.data.kind(),
            record.data.step().as_str(),
            record.record_date,
            to_json(record.data)?,
            record.carried_from,
            now
        ],
    )?;
    Ok(())
}

/// Replaces the payload (the kind cannot change).
pub fn update(
    conn: &Connection,
    id: &str,
    record_date: &str,
    data: &RecordData,
    now: &str,
) -> Result<()> {
    let changed = conn.execute(
        "UPDATE case_records SET step = ?2, record_date = ?3, payload = ?4, updated_at = ?5
         WHERE id = ?1 AND kind = ?6",
        params![
            id,
            data.step().as_str(),
            record_date,
            to_json(data)?,
            now,
            data.kind()
        ],
    )?;
    if changed == 0 {
        return Err(Error::NotFound {
            entity: Entity::Record,
        });
    }
    Ok(())
}

pub fn delete(conn: &Connection, id: &str) -> Result<()> {
    conn.execute(
        "UPDATE case_records SET carried_from = NULL WHERE carried_from = ?1",
        [id],
    )?;
    let changed = conn.execute("DELETE FROM case_records WHERE id = ?1", [id])?;
    if changed == 0 {
        return Err(Error::NotFound {
            entity: Entity::Record,
        });
    }
    Ok(())
}

pub fn get(conn: &Connection, id: &str) -> Result<RecordRow> {
    conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id], from_row)
        .optional()?
        .ok_or(Error::NotFound {
            entity: Entity::Record,
        })
}

/// Records of one cycle, in entry order.
pub fn for_cycle(conn: &Connection, cycle_id: &str) -> Result<Vec<RecordRow>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE cycle_id = ?1 ORDER BY created_at, id"
    ))?;
    let rows = stmt.query_map([cycle_id], from_row)?;
    rows.collect::<rusqlite::Result<Vec<_>>>()
        .map_err(Error::from)
}

/// Goals of open cycles in open cases that have an evaluation date (for the dashboard).
pub fn open_goals(conn: &Connection) -> Result<Vec<RecordRow>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE kind = 'goal' AND cycle_id IN (
             SELECT cy.id FROM cycles cy JOIN cases c ON c.id = cy.case_id
             WHERE cy.finished_on IS NULL AND c.status = 'open')"
    ))?;
    let rows = stmt.query_map([], from_row)?;
    rows.collect::<rusqlite::Result<Vec<_>>>()
        .map_err(Error::from)
}

/// Evaluations of open cycles (to see which goals already have a result).
pub fn open_evaluations(conn: &Connection) -> Result<Vec<RecordRow>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE kind = 'evaluation' AND cycle_id IN (SELECT id FROM cycles WHERE finished_on IS NULL)"
    ))?;
    let rows = stmt.query_map([], from_row)?;
    rows.collect::<rusqlite::Result<Vec<_>>>()
        .map_err(Error::from)
}

/// A change to a finished cycle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevisionRow {
    pub id: String,
    pub cycle_id: String,
    pub record_id: String,
    pub note: String,
    pub revised_on: String,
}

pub fn insert_revision(conn: &Connection, r: &RevisionRow, case_id: &str, now: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO revisions (id, case_id, cycle_id, record_id, note, revised_on, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            r.id,
            case_id,
            r.cycle_id,
            r.record_id,
            r.note,
            r.revised_on,
            now
        ],
    )?;
    Ok(())
}

pub fn revisions_for_case(conn: &Connection, case_id: &str) -> Result<Vec<RevisionRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, cycle_id, record_id, note, revised_on FROM revisions WHERE case_id = ?1 ORDER BY created_at, id",
    )?;
    let rows = stmt.query_map([case_id], |row| {
        Ok(RevisionRow {
            id: row.get(0)?,
            cycle_id: row.get(1)?,
            record_id: row.get(2)?,
            note: row.get(3)?,
            revised_on: row.get(4)?,
        })
    })?;
    rows.collect::<rusqlite::Result<Vec<_>>>()
        .map_err(Error::from)
}

const SELECT: &str =
    "SELECT id, case_id, cycle_id, record_date, payload, carried_from, created_at, updated_at
                      FROM case_records";

fn from_row(row: &Row<'_>) -> rusqlite::Result<RecordRow> {
    let payload: String = row.get(4)?;
    let data: RecordData = serde_json::from_str(&payload).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(4, rusqlite::types::Type::Text, Box::new(e))
    })?;
    Ok(RecordRow {
        id: row.get(0)?,
        case_id: row.get(1)?,
        cycle_id: row.get(2)?,
        record_date: row.get(3)?,
        data,
        carried_from: row.get(5)?,
        created_at: row.get(6)?,
        updated_at: row.get(7)?,
    })
}

fn to_json(data: &RecordData) -> Result<String> {
    serde_json::to_string(data).map_err(|e| Error::Internal(format!("record payload: {e}")))
}
