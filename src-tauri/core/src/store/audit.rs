//! The audit log table: append one hash-chained entry, and verify the chain.

use crate::domain::audit::AuditAction;
use crate::domain::audit_chain::{self, AuditFields};
use crate::error::{Error, Result};
use rusqlite::{Connection, OptionalExtension, params};

/// Appends one entry after the current last one. Call inside the transaction of the change.
pub fn append(
    conn: &Connection,
    at: &str,
    action: AuditAction,
    entity_id: Option<&str>,
) -> Result<i64> {
    let (action, entity) = (action.as_str(), action.entity().as_str());
    let last: Option<(i64, String)> = conn
        .query_row(
            "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?;
    let (seq, prev_hash) = match last {
        Some((seq, hash)) => (seq + 1, hash),
        None => (1, audit_chain::GENESIS.to_owned()),
    };
    let fields = AuditFields {
        seq,
        at,
        action,
        entity,
        entity_id,
    };
    let hash = audit_chain::entry_hash(&prev_hash, &fields);
    conn.execute(
        "INSERT INTO audit_events (seq, at, action, entity, entity_id, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![seq, at, action, entity, entity_id, prev_hash, hash],
    )?;
    Ok(seq)
}

/// One stored entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRow {
    pub seq: i64,
    pub at: String,
    pub action: String,
    pub entity: String,
    pub entity_id: Option<String>,
    pub prev_hash: String,
    pub hash: String,
}

/// Every entry in order.
pub fn all(conn: &Connection) -> Result<Vec<AuditRow>> {
    let mut stmt = conn.prepare(
        "SELECT seq, at, action, entity, entity_id, prev_hash, hash FROM audit_events ORDER BY seq",
    )?;
    let rows = stmt.query_map([], |row| {
        Ok(AuditRow {
            seq: row.get(0)?,
            at: row.get(1)?,
            action: row.get(2)?,
            entity: row.get(3)?,
            entity_id: row.get(4)?,
            prev_hash: row.get(5)?,
            hash: row.get(6)?,
        })
    })?;
    rows.collect::<rusqlite::Result<Vec<_>>>()
        .map_err(Error::from)
}

/// The instants (RFC 3339) at which `action` happened to `entity_id`, oldest first.
pub fn instants_of(conn: &Connection, action: AuditAction, entity_id: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT at FROM audit_events WHERE action = ?1 AND entity_id = ?2 ORDER BY seq",
    )?;
    let rows = stmt.query_map([action.as_str(), entity_id], |row| row.get(0))?;
    rows.collect::<rusqlite::Result<Vec<String>>>()
        .map_err(Error::from)
}

/// Number of entries.
pub fn count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT count(*) FROM audit_events", [], |row| row.get(0))?)
}

/// Walks the chain; returns the number of entries, or the first sequence number that breaks it.
pub fn verify(conn: &Connection) -> Result<std::result::Result<i64, i64>> {
    let mut prev = audit_chain::GENESIS.to_owned();
    let mut expected_seq = 1;
    for row in all(conn)? {
        let fields = AuditFields {
            seq: row.seq,
            at: &row.at,
            action: &row.action,
            entity: &row.entity,
            entity_id: row.entity_id.as_deref(),
        };
        if row.seq != expected_seq
            || row.prev_hash != prev
            || audit_chain::entry_hash(&prev, &fields) != row.hash
        {
            return Ok(Err(row.seq));
        }
        prev = row.hash;
        expected_seq += 1;
    }
    Ok(Ok(expected_seq - 1))
}
