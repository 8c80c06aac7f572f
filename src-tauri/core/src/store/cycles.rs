//! The `cycles` and `cycle_steps` tables.

use crate::domain::entity::Entity;
use crate::domain::stepplan::{StepKey, StepState};
use crate::error::{Error, Result};
use rusqlite::{Connection, OptionalExtension, Row, params};

/// A cycle row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CycleRow {
    pub id: String,
    pub case_id: String,
    pub number: i64,
    pub started_on: String,
    pub finished_on: Option<String>,
}

/// A step row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepRow {
    pub step: StepKey,
    pub state: StepState,
    pub skip_reason: Option<String>,
    pub current_since: Option<String>,
    pub settled_on: Option<String>,
    /// Why a step was completed although requirements were missing.
    pub completion_reason: Option<String>,
}

/// Inserts a cycle with its six steps; Signaleren is current from `started_on`.
pub fn insert(
    conn: &Connection,
    id: &str,
    case_id: &str,
    number: i64,
    started_on: &str,
    now: &str,
) -> Result<()> {
    conn.execute(
        "INSERT INTO cycles (id, case_id, number, started_on, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![id, case_id, number, started_on, now],
    )?;
    let mut stmt = conn.prepare_cached(
        "INSERT INTO cycle_steps (cycle_id, step, state, current_since, updated_at)
         VALUES (?1, ?2, 'open', ?3, ?4)",
    )?;
    for key in StepKey::ALL {
        let since = (key == StepKey::Signaleren).then_some(started_on);
        stmt.execute(params![id, key.as_str(), since, now])?;
    }
    Ok(())
}

pub fn get(conn: &Connection, id: &str) -> Result<CycleRow> {
    conn.query_row(
        "SELECT id, case_id, number, started_on, finished_on FROM cycles WHERE id = ?1",
        [id],
        cycle_from_row,
    )
    .optional()?
    .ok_or(Error::NotFound {
        entity: Entity::Cycle,
    })
}

/// Cycles of a case, oldest first.
pub fn for_case(conn: &Connection, case_id: &str) -> Result<Vec<CycleRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, case_id, number, started_on, finished_on FROM cycles WHERE case_id = ?1 ORDER BY number",
    )?;
    let rows = stmt.query_map([case_id], cycle_from_row)?;
    rows.collect::<rusqlite::Result<Vec<_>>>()
        .map_err(Error::from)
}

pub fn set_finished(conn: &Connection, id: &str, finished_on: Option<&str>) -> Result<()> {
    conn.execute(
        "UPDATE cycles SET finished_on = ?2 WHERE id = ?1",
        params![id, finished_on],
    )?;
    Ok(())
}

/// The six steps of a cycle, in order.
pub fn steps(conn: &Connection, cycle_id: &str) -> Result<Vec<StepRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT step, state, skip_reason, current_since, settled_on, completion_reason
         FROM cycle_steps WHERE cycle_id = ?1",
    )?;
    let rows = stmt.query_map([cycle_id], |row| {
        let step: String = row.get(0)?;
        let state: String = row.get(1)?;
        Ok(StepRow {
            step: StepKey::parse(&step).ok_or_else(|| conversion(0, "unknown step"))?,
            state: StepState::parse(&state).ok_or_else(|| conversion(1, "unknown step state"))?,
            skip_reason: row.get(2)?,
            current_since: row.get(3)?,
            settled_on: row.get(4)?,
            completion_reason: row.get(5)?,
        })
    })?;
    let mut steps = rows.collect::<rusqlite::Result<Vec<_>>>()?;
    steps.sort_by_key(|s| s.step);
    Ok(steps)
}

/// Sets a step's state. `settled_on` is set for done/skipped and cleared otherwise.
pub fn set_step(
    conn: &Connection,
    cycle_id: &str,
    step: StepKey,
    state: StepState,
    skip_reason: Option<&str>,
    settled_on: Option<&str>,
    now: &str,
) -> Result<()> {
    conn.execute(
        "UPDATE cycle_steps SET state = ?3, skip_reason = ?4, settled_on = ?5, updated_at = ?6
         WHERE cycle_id = ?1 AND step = ?2",
        params![
            cycle_id,
            step.as_str(),
            state.as_str(),
            skip_reason,
            settled_on,
            now
        ],
    )?;
    Ok(())
}

/// Sets (or clears) why a step was completed with requirements missing.
pub fn set_completion_reason(
    conn: &Connection,
    cycle_id: &str,
    step: StepKey,
    reason: Option<&str>,
) -> Result<()> {
    conn.execute(
        "UPDATE cycle_steps SET completion_reason = ?3 WHERE cycle_id = ?1 AND step = ?2",
        params![cycle_id, step.as_str(), reason],
    )?;
    Ok(())
}

/// Records from when a step is the current one (for the dashboard's waiting time).
pub fn set_current_since(
    conn: &Connection,
    cycle_id: &str,
    step: StepKey,
    since: &str,
) -> Result<()> {
    conn.execute(
        "UPDATE cycle_steps SET current_since = coalesce(current_since, ?3) WHERE cycle_id = ?1 AND step = ?2",
        params![cycle_id, step.as_str(), since],
    )?;
    Ok(())
}

fn cycle_from_row(row: &Row<'_>) -> rusqlite::Result<CycleRow> {
    Ok(CycleRow {
        id: row.get(0)?,
        case_id: row.get(1)?,
        number: row.get(2)?,
        started_on: row.get(3)?,
        finished_on: row.get(4)?,
    })
}

fn conversion(index: usize, what: &'static str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Text, what.into())
}
