//! The bytes of attachments, in the attachment file (schema `attachments`, see
//! `vault/attachment_file.rs`): each attachment as numbered chunks of [`CHUNK_BYTES`], so no
//! single row holds 50 MB. Callers ATTACH the file first (`Store::attachment_file`). The
//! sha256 of the metadata row is checked on every read by the use case.

use crate::error::{Error, Result};
use rusqlite::{Connection, OptionalExtension, params};

/// Bytes per stored chunk: 1 MiB.
pub const CHUNK_BYTES: usize = 1024 * 1024;

/// Stores `bytes` under `attachment_id` (in the caller's transaction: a full disk leaves none of
/// the chunks behind).
pub fn insert(conn: &Connection, attachment_id: &str, bytes: &[u8]) -> Result<()> {
    let mut stmt = conn.prepare(
        "INSERT INTO attachments.blob_chunks (attachment_id, seq, bytes) VALUES (?1, ?2, ?3)",
    )?;
    for (seq, chunk) in bytes.chunks(CHUNK_BYTES).enumerate() {
        let seq = i64::try_from(seq).map_err(|e| Error::Internal(e.to_string()))?;
        stmt.execute(params![attachment_id, seq, chunk])?;
    }
    Ok(())
}

/// The bytes of `attachment_id`, or `None` when no chunk is stored.
pub fn read(conn: &Connection, attachment_id: &str) -> Result<Option<Vec<u8>>> {
    let mut stmt = conn.prepare(
        "SELECT seq, bytes FROM attachments.blob_chunks WHERE attachment_id = ?1 ORDER BY seq",
    )?;
    let mut rows = stmt.query([attachment_id])?;
    let mut out: Option<Vec<u8>> = None;
    let mut expected = 0_i64;
    while let Some(row) = rows.next()? {
        let seq: i64 = row.get(0)?;
        if seq != expected {
            return Err(Error::Corrupt(format!(
                "attachment {attachment_id}: chunk {expected} missing"
            )));
        }
        expected += 1;
        let chunk = row.get_ref(1)?.as_blob().map_err(rusqlite::Error::from)?;
        out.get_or_insert_with(Vec::new).extend_from_slice(chunk);
    }
    Ok(out)
}

/// Removes the bytes of `attachment_id` (freed pages are overwritten: `secure_delete`).
pub fn delete(conn: &Connection, attachment_id: &str) -> Result<usize> {
    Ok(conn.execute(
        "DELETE FROM attachments.blob_chunks WHERE attachment_id = ?1",
        [attachment_id],
    )?)
}

/// Whether any chunk of `attachment_id` is stored.
pub fn exists(conn: &Connection, attachment_id: &str) -> Result<bool> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM attachments.blob_chunks WHERE attachment_id = ?1 LIMIT 1",
            [attachment_id],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// Every attachment id that has bytes stored, sorted.
pub fn ids(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt =
        conn.prepare("SELECT DISTINCT attachment_id FROM attachments.blob_chunks ORDER BY 1")?;
    let ids = stmt
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(ids)
}

/// `PRAGMA attachments.integrity_check`: "ok", or the first problem SQLite reports.
pub fn integrity_check(conn: &Connection) -> Result<String> {
    Ok(conn.query_row("PRAGMA attachments.integrity_check", [], |row| row.get(0))?)
}

/// `PRAGMA attachments.cipher_integrity_check`: pages of the attachment file whose HMAC fails.
pub fn cipher_problems(conn: &Connection) -> Result<usize> {
    let mut stmt = conn.prepare("PRAGMA attachments.cipher_integrity_check")?;
    let problems = stmt
        .query_map([], |row| row.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(problems.len())
}
