//! The `drafts` table: unfinished form input, by a key the UI chooses.

use crate::error::Result;
use rusqlite::{Connection, OptionalExtension, params};

pub fn get(conn: &Connection, key: &str) -> Result<Option<(String, String)>> {
    Ok(conn
        .query_row(
            "SELECT payload, updated_at FROM drafts WHERE key = ?1",
            [key],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?)
}

pub fn put(conn: &Connection, key: &str, payload: &str, now: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO drafts (key, payload, updated_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (key) DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at",
        params![key, payload, now],
    )?;
    Ok(())
}

/// Returns whether a draft was there.
pub fn delete(conn: &Connection, key: &str) -> Result<bool> {
    Ok(conn.execute("DELETE FROM drafts WHERE key = ?1", [key])? > 0)
}
