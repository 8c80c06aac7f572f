//! The `cases` table.

use crate::domain::case::CaseStatus;
use crate::domain::entity::Entity;
use crate::error::{Error, Result};
use crate::records::CaseSummary;
use rusqlite::{Connection, OptionalExtension, Row, params};

/// A new case row.
#[derive(Debug, Clone)]
pub struct NewCase<'a> {
    pub id: &'a str,
    pub pupil_id: &'a str,
    pub title: &'a str,
    pub start_date: &'a str,
    pub template_id: &'a str,
    pub template_version: i64,
}

pub fn insert(conn: &Connection, case: &NewCase<'_>, now: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO cases (id, pupil_id, title, start_date, status, template_id, template_version,
                            created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, 'open', ?5, ?6, ?7, ?7)",
        params![
            case.id,
            case.pupil_id,
            case.title,
            case.start_date,
            case.template_id,
            case.template_version,
            now
        ],
    )?;
    Ok(())
}

/// Closes a casus on `closed_on` (ISO date) for `reason`; `closed_at` is the instant of the change.
pub fn close(conn: &Connection, id: &str, closed_on: &str, reason: &str, now: &str) -> Result<()> {
    let changed = conn.execute(
        "UPDATE cases SET status = 'closed', closed_at = ?4, closed_on = ?2, close_reason = ?3,
                updated_at = ?4
         WHERE id = ?1",
        params![id, closed_on, reason, now],
    )?;
    if changed == 0 {
        return Err(Error::NotFound {
            entity: Entity::Case,
        });
    }
    Ok(())
}

/// Records the date extra ondersteuning was decided; the first decision's date is kept.
pub fn set_extra_support_decided(conn: &Connection, id: &str, decided_on: &str) -> Result<()> {
    conn.execute(
        "UPDATE cases SET extra_support_decided_on = coalesce(extra_support_decided_on, ?2)
         WHERE id = ?1",
        params![id, decided_on],
    )?;
    Ok(())
}

/// Title, start date and status; `closed_at`, `closed_on` and `close_reason` are cleared when
/// the status is open.
pub fn update(
    conn: &Connection,
    id: &str,
    title: &str,
    start_date: &str,
    status: CaseStatus,
    now: &str,
) -> Result<()> {
    let changed = conn.execute(
        "UPDATE cases SET title = ?2, start_date = ?3, status = ?4,
                closed_at = CASE WHEN ?4 = 'closed' THEN coalesce(closed_at, ?5) ELSE NULL END,
                closed_on = CASE WHEN ?4 = 'closed' THEN closed_on ELSE NULL END,
                close_reason = CASE WHEN ?4 = 'closed' THEN close_reason ELSE NULL END,
                updated_at = ?5
         WHERE id = ?1",
        params![id, title, start_date, status.as_str(), now],
    )?;
    if changed == 0 {
        return Err(Error::NotFound {
            entity: Entity::Case,
        });
    }
    Ok(())
}

pub fn get(conn: &Connection, id: &str) -> Result<CaseSummary> {
    conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id], from_row)
        .optional()?
        .ok_or(Error::NotFound {
            entity: Entity::Case,
        })
}

/// Cases of one pupil, or of everyone, newest start first.
pub fn list(conn: &Connection, pupil_id: Option<&str>) -> Result<Vec<CaseSummary>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE ?1 IS NULL OR pupil_id = ?1 ORDER BY start_date DESC, id DESC"
    ))?;
    let rows = stmt.query_map([pupil_id], from_row)?;
    rows.collect::<rusqlite::Result<Vec<_>>>()
        .map_err(Error::from)
}

pub fn count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM cases", [], |row| row.get(0))?)
}

const SELECT: &str =
    "SELECT id, pupil_id, title, start_date, status, template_id, template_version,
                             closed_at, created_at, closed_on, close_reason,
                             extra_support_decided_on FROM cases";

fn from_row(row: &Row<'_>) -> rusqlite::Result<CaseSummary> {
    let status: String = row.get(4)?;
    Ok(CaseSummary {
        id: row.get(0)?,
        pupil_id: row.get(1)?,
        title: row.get(2)?,
        start_date: row.get(3)?,
        status: CaseStatus::parse(&status).ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                4,
                rusqlite::types::Type::Text,
                "unknown status".into(),
            )
        })?,
        template_id: row.get(5)?,
        template_version: row.get(6)?,
        closed_at: row.get(7)?,
        created_at: row.get(8)?,
        closed_on: row.get(9)?,
        close_reason: row.get(10)?,
        extra_support_decided_on: row.get(11)?,
    })
}
