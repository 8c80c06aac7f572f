//! Migrations: numbered SQL files, embedded, append-only. A database whose `user_version` is
//! beyond the last migration was written by a newer Ibis and is refused untouched.

use crate::error::{Error, Result};
use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};

/// Every migration, in order. Never edit a shipped one; add the next file.
const MIGRATIONS: &[M<'static>] = &[
    M::up(include_str!("../../migrations/0001_init.sql")),
    M::up(include_str!("../../migrations/0002_stepplan.sql")),
    M::up(include_str!("../../migrations/0003_people.sql")).foreign_key_check(),
    M::up(include_str!(
        "../../migrations/0004_stepplan_corrections.sql"
    )),
    M::up(include_str!(
        "../../migrations/0005_holidays_and_draft_sessions.sql"
    )),
    M::up(include_str!("../../migrations/0006_hearings.sql")),
    M::up(include_str!("../../migrations/0007_opp.sql")),
    M::up(include_str!("../../migrations/0008_enrolments.sql")),
    M::up(include_str!("../../migrations/0009_absences.sql")),
    M::up(include_str!("../../migrations/0010_tlv.sql")),
    M::up(include_str!("../../migrations/0011_attachments.sql")),
    M::up(include_str!("../../migrations/0012_templates.sql")),
    M::up(include_str!("../../migrations/0013_escalations.sql")),
    M::up(include_str!("../../migrations/0014_meldcode.sql")),
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
    without_foreign_keys(conn, |conn| {
        Migrations::from_slice(MIGRATIONS)
            .to_version(conn, version)
            .map_err(|e| Error::Internal(format!("migration: {e}")))
    })
}

pub(crate) fn migrate(conn: &mut Connection) -> Result<()> {
    let found = stored_version(conn)?;
    let supported = current_version();
    if found > supported {
        return Err(Error::DatabaseTooNew { found, supported });
    }
    if found == supported {
        return Ok(());
    }
    without_foreign_keys(conn, |conn| {
        Migrations::from_slice(MIGRATIONS)
            .to_latest(conn)
            .map_err(|e| Error::Internal(format!("migration: {e}")))
    })
}

/// Runs migrations with foreign key enforcement off, as SQLite's procedure for rebuilding a
/// table requires (the pragma cannot change inside the migration's transaction). Migrations
/// that rebuild a table end with `foreign_key_check()`, so a broken reference still fails the
/// migration. Enforcement is back on afterwards, also when a migration failed.
fn without_foreign_keys(
    conn: &mut Connection,
    migrate: impl FnOnce(&mut Connection) -> Result<()>,
) -> Result<()> {
    conn.pragma_update(None, "foreign_keys", false)?;
    let result = migrate(conn);
    conn.pragma_update(None, "foreign_keys", true)?;
    result
}
