//! Opening the SQLCipher database with the data key, and the connection setup every open runs.

use super::DataKey;
use crate::error::{Error, Result};
use rusqlite::{Connection, OpenFlags};
use std::path::Path;
use zeroize::Zeroizing;

/// Pragmas applied right after the key, in this order (ARCHITECTURE.md §4). `cipher_*` pragmas
/// must precede the first page read; WAL with synchronous=FULL survives power loss.
///
/// `cache_size` comes last: 32 MiB of decrypted pages, so lists over thousands of pupils do not
/// decrypt the same pages again on every query (SQLite's default is 2 MiB).
pub const CONNECTION_SETUP: [(&str, &str); 8] = [
    ("cipher_compatibility", "4"),
    ("cipher_memory_security", "ON"),
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("temp_store", "MEMORY"),
    ("secure_delete", "ON"),
    ("foreign_keys", "ON"),
    ("cache_size", "-32768"),
];

/// Opens (or with `create`, creates) the database and verifies it: key check, then
/// `quick_check` and `cipher_integrity_check` (every page's HMAC). Any failure after the key
/// was accepted by its slot means the file is damaged: [`Error::Corrupt`].
pub(crate) fn open(path: &Path, key: &DataKey, create: bool) -> Result<Connection> {
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if create {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
    }
    let conn = Connection::open_with_flags(path, flags).map_err(|e| match create {
        true => Error::from(e),
        false => Error::Corrupt(format!("open database: {e}")),
    })?;
    // SQLCipher logs to stderr on a bad page; we report the error ourselves.
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")
        .map_err(Error::from)?;
    conn.execute_batch(&key_pragma(key)).map_err(Error::from)?;
    for (name, value) in CONNECTION_SETUP {
        set_pragma(&conn, name, value).map_err(|e| damaged_or(e, create))?;
    }
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |row| {
        row.get::<_, i64>(0)
    })
    .map_err(|e| damaged_or(Error::from(e), create))?;
    for check in ["quick_check", "cipher_integrity_check"] {
        let problems = collect_rows(&conn, check).map_err(|e| damaged_or(e, create))?;
        let ok = problems.is_empty() || (problems.len() == 1 && problems[0] == "ok");
        if !ok {
            return Err(Error::Corrupt(format!(
                "{check} reported {} problem(s)",
                problems.len()
            )));
        }
    }
    Ok(conn)
}

/// `PRAGMA key = "x'…'"` with the key in hex, built in one buffer that never reallocates (a
/// reallocation would leave an unwiped copy behind) and is wiped when dropped.
fn key_pragma(key: &DataKey) -> Zeroizing<String> {
    const HEAD: &str = "PRAGMA key = \"x'";
    const TAIL: &str = "'\";";
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut sql = Zeroizing::new(String::with_capacity(
        HEAD.len() + key.len() * 2 + TAIL.len(),
    ));
    sql.push_str(HEAD);
    for byte in key.iter() {
        sql.push(char::from(HEX[usize::from(byte >> 4)]));
        sql.push(char::from(HEX[usize::from(byte & 0x0f)]));
    }
    sql.push_str(TAIL);
    sql
}

fn set_pragma(conn: &Connection, name: &str, value: &str) -> Result<()> {
    let sql = format!("PRAGMA {name} = {value}");
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query([])?;
    while rows.next()?.is_some() {}
    Ok(())
}

fn collect_rows(conn: &Connection, pragma: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(&format!("PRAGMA {pragma}"))?;
    let rows = stmt.query_map([], |row| row.get::<_, String>(0))?;
    let mut out = Vec::new();
    for row in rows {
        out.push(row?);
    }
    Ok(out)
}

/// When opening an existing vault whose slot accepted the key, a database error means damage.
fn damaged_or(err: Error, create: bool) -> Error {
    match (create, err) {
        (false, Error::Io(msg)) => Error::Io(msg),
        (false, other) => Error::Corrupt(other.to_string()),
        (true, other) => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_pragma_is_hex_in_a_buffer_that_never_grew() {
        let key: DataKey = Zeroizing::new([0xab; 32]);
        let sql = key_pragma(&key);
        assert_eq!(
            sql.as_str(),
            format!("PRAGMA key = \"x'{}'\";", "ab".repeat(32))
        );
        assert_eq!(
            sql.len(),
            sql.capacity(),
            "exact capacity: no reallocation left a copy"
        );
    }
}
