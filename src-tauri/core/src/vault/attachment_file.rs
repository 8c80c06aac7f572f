//! The vault's second SQLCipher file, `attachments.db`, which holds the bytes of attachments.
//!
//! Why a second file: unlock runs `quick_check` and `cipher_integrity_check` over `ibis.db`,
//! and both read every page; 200 MB of attachments in that file would make every unlock slow.
//! This file is ATTACHed to the open connection only when an attachment is first touched in a
//! session (so unlock never reads it), under the same data key — SQLCipher gives an ATTACH
//! without a KEY clause the main database's key and cipher settings — and it is checked in full
//! by `vault check` instead. It is created on first use, owner-only like `ibis.db`. A passphrase
//! change re-wraps the one data key and so needs nothing here.

use super::private;
use crate::error::{Error, Result};
use rusqlite::Connection;
use std::path::Path;

/// The attachment file inside a vault folder.
pub const ATTACHMENT_FILE: &str = "attachments.db";
/// The schema name the attachment file is ATTACHed under.
pub const SCHEMA: &str = "attachments";
/// The layout version of the attachment file (`PRAGMA attachments.user_version`).
const LAYOUT_VERSION: i64 = 1;

/// Per-schema pragmas of the attachment file (the connection-wide ones are already set):
/// durability as `ibis.db`, and freed pages overwritten so a deleted attachment leaves no bytes.
const SCHEMA_SETUP: [(&str, &str); 3] = [
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("secure_delete", "ON"),
];

/// ATTACHes the attachment file at `path` to `conn`, creating it first (0600) when `create` is
/// set. Returns `false`, attaching nothing, when the file does not exist and `create` is not
/// set. A file that does not open with the data key is [`Error::Corrupt`].
pub(crate) fn attach(conn: &Connection, path: &Path, create: bool) -> Result<bool> {
    if !path.exists() {
        if !create {
            return Ok(false);
        }
        private::create_file(path)?;
    }
    let name = path
        .to_str()
        .ok_or_else(|| Error::Io("vault folder path is not valid UTF-8".into()))?;
    conn.execute(&format!("ATTACH DATABASE ?1 AS {SCHEMA}"), [name])?;
    if let Err(err) = prepare(conn) {
        if let Err(detach) = conn.execute_batch(&format!("DETACH DATABASE {SCHEMA}")) {
            tracing::warn!(error = %detach, "could not detach a refused attachment file");
        }
        return Err(err);
    }
    Ok(true)
}

fn prepare(conn: &Connection) -> Result<()> {
    for (name, value) in SCHEMA_SETUP {
        let mut stmt = conn
            .prepare(&format!("PRAGMA {SCHEMA}.{name} = {value}"))
            .map_err(damaged)?;
        let mut rows = stmt.query([]).map_err(damaged)?;
        while rows.next().map_err(damaged)?.is_some() {}
    }
    let version: i64 = conn
        .query_row(&format!("PRAGMA {SCHEMA}.user_version"), [], |row| {
            row.get(0)
        })
        .map_err(damaged)?;
    if version > LAYOUT_VERSION {
        return Err(Error::DatabaseTooNew {
            found: version,
            supported: LAYOUT_VERSION,
        });
    }
    conn.execute_batch(&format!(
        "CREATE TABLE IF NOT EXISTS {SCHEMA}.blob_chunks (
             attachment_id TEXT NOT NULL,
             seq           INTEGER NOT NULL CHECK (seq >= 0),
             bytes         BLOB NOT NULL,
             PRIMARY KEY (attachment_id, seq)
         ) STRICT;
         PRAGMA {SCHEMA}.user_version = {LAYOUT_VERSION};"
    ))
    .map_err(damaged)?;
    Ok(())
}

/// The key is right (its slot said so), so an unreadable attachment file is damage.
fn damaged(err: rusqlite::Error) -> Error {
    Error::Corrupt(format!("attachment file: {err}"))
}
