//! Migrations: numbered SQL files, embedded, append-only. A database whose `user_version` is
//! beyond the last migration was written by a newer Ibis and is refused untouched.

use crate::error::{Error, Result};
use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};

/// Every migration, in order. Never edit a shipped one; add the next file.
const MIGRATIONS: &[M<'static>] = &[
    M::up(include_str!("../../migrations/0001_init.sql")),
    M::up(include_str!("../../migrations/0002_stepplan.sql")),
    // 0003 (people) comes before this one once the branches are merged.
    M::up(include_str!(
        "../../migrations/0004_stepplan_corrections.sql"
    )),
    M::up(include_str!(
        "../../migrations/0005_holidays_and_draft_sessions.sql"
    )),
];

/// The schema version this build writes.
pub fn current_version() -> i64 {
    MIGRATIONS.len() as i64
}

/// The schema version stored in the database.
pub fn stored_version(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("PRAGMA user_version", [], |row| row.get(0))?)
}

/// Brings a database to schema `version` (upgrade tests build old vaults with this).
pub(crate) fn migrate_to(conn: &mut Connection, version: usize) -> Result<()> {
    Migrations::from_slice(MIGRATIONS)
        .to_version(conn, version)
        .map_err(|e| Error::Internal(format!("migration: {e}")))
}

pub(crate) fn migrate(conn: &mut Connection) -> Result<()> {
    let found = stored_version(conn)?;
    let supported = current_version();
    if found > supported {
        return Err(Error::DatabaseTooNew { found, supported });
    }
    Migrations::from_slice(MIGRATIONS)
        .to_latest(conn)
        .map_err(|e| Error::Internal(format!("migration: {e}")))
}
