//! The `drafts` table: unfinished form input, by a key the UI chooses, with the form session
//! that last saved it (so autosaves of one opened form are audited once).

use crate::error::Result;
use rusqlite::{Connection, OptionalExtension, params};

/// A stored draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftRow {
    pub payload: String,
    pub updated_at: String,
    /// `None` for drafts saved before schema 0005.
    pub form_session: Option<String>,
}

pub fn get(conn: &Connection, key: &str) -> Result<Option<DraftRow>> {
    Ok(conn
        .query_row(
            "SELECT payload, updated_at, form_session FROM drafts WHERE key = ?1",
            [key],
            |row| {
                Ok(DraftRow {
                    payload: row.get(0)?,
                    updated_at: row.get(1)?,
                    form_session: row.get(2)?,
                })
            },
        )
        .optional()?)
}

pub fn put(
    conn: &Connection,
    key: &str,
    payload: &str,
    form_session: &str,
    now: &str,
) -> Result<()> {
    conn.execute(
        "INSERT INTO drafts (key, payload, updated_at, form_session) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (key) DO UPDATE SET payload = excluded.payload,
             updated_at = excluded.updated_at, form_session = excluded.form_session",
        params![key, payload, now, form_session],
    )?;
    Ok(())
}

/// Returns whether a draft was there.
pub fn delete(conn: &Connection, key: &str) -> Result<bool> {
    Ok(conn.execute("DELETE FROM drafts WHERE key = ?1", [key])? > 0)
}
