//! SQLite's and SQLCipher's own integrity checks, for `vault check`.

use crate::error::{Error, Result};
use rusqlite::Connection;

/// `PRAGMA main.integrity_check` (the attachment file has its own): "ok", or the first problem SQLite reports.
pub fn integrity_check(conn: &Connection) -> Result<String> {
    Ok(conn.query_row("PRAGMA main.integrity_check", [], |row| row.get(0))?)
}

/// `PRAGMA cipher_integrity_check`: the number of pages whose HMAC fails (0 when sound).
pub fn cipher_problems(conn: &Connection) -> Result<usize> {
    let mut stmt = conn.prepare("PRAGMA main.cipher_integrity_check")?;
    let problems = stmt
        .query_map([], |row| row.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()
        .map_err(Error::from)?;
    Ok(problems.len())
}
