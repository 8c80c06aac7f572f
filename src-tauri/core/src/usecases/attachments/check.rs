//! The attachment part of `vault check`: the full SQLite and SQLCipher checks over the
//! attachment file (which unlock skips), every stored blob against its sha256, metadata rows
//! without bytes, and bytes without a row — leftovers of a crash between the two writes, which
//! are removed here.

use crate::error::Result;
use crate::store::{Store, attachment_blobs, attachments};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// What the check of the attachment file found.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AttachmentCheck {
    /// Whether the vault has an attachment file (none until the first attachment).
    pub file_present: bool,
    /// `PRAGMA attachments.integrity_check` ("ok" when sound; "ok" without a file).
    pub integrity_check: String,
    /// Pages whose HMAC fails, as "ok" or "n problem(s)".
    pub cipher_integrity_check: String,
    pub attachments: i64,
    pub total_bytes: i64,
    /// Attachments whose bytes do not match their sha256.
    pub damaged: Vec<String>,
    /// Attachments whose bytes are missing.
    pub missing: Vec<String>,
    /// Bytes without a metadata row, removed by this check.
    pub orphans_removed: Vec<String>,
}

/// Runs the checks; removes orphaned bytes. A damaged attachment file is reported, not raised:
/// the rest of `vault check` still runs.
pub fn run(store: &mut Store) -> Result<AttachmentCheck> {
    let (count, total_bytes) = store.read(attachments::totals)?;
    let rows = store.read(attachments::ids)?;
    let mut report = AttachmentCheck {
        file_present: true,
        integrity_check: "ok".into(),
        cipher_integrity_check: "ok".into(),
        attachments: count,
        total_bytes,
        damaged: Vec::new(),
        missing: Vec::new(),
        orphans_removed: Vec::new(),
    };
    match store.attachment_file(false) {
        Ok(true) => {}
        Ok(false) => {
            report.file_present = false;
            report.missing = rows;
            return Ok(report);
        }
        Err(err) => {
            report.integrity_check = format!("unreadable: {err}");
            report.cipher_integrity_check = report.integrity_check.clone();
            report.damaged = rows;
            return Ok(report);
        }
    }
    report.integrity_check = store
        .read(attachment_blobs::integrity_check)
        .unwrap_or_else(|err| format!("unreadable: {err}"));
    report.cipher_integrity_check = match store.read(attachment_blobs::cipher_problems) {
        Ok(0) => "ok".into(),
        Ok(problems) => format!("{problems} problem(s)"),
        Err(err) => format!("unreadable: {err}"),
    };
    for id in &rows {
        let expected = store.read(|conn| attachments::get(conn, id))?;
        match (
            expected,
            store.read(|conn| attachment_blobs::read(conn, id)),
        ) {
            (Some(meta), Ok(Some(bytes))) if hex::encode(Sha256::digest(&bytes)) == meta.sha256 => {
            }
            (_, Ok(None)) => report.missing.push(id.clone()),
            _ => report.damaged.push(id.clone()),
        }
    }
    // Without a readable list of stored ids, nothing can be called an orphan.
    if let Ok(stored) = store.read(attachment_blobs::ids) {
        let orphans: Vec<String> = stored
            .into_iter()
            .filter(|id| rows.binary_search(id).is_err())
            .collect();
        store.write(|tx| {
            for id in &orphans {
                attachment_blobs::delete(tx, id)?;
            }
            Ok(())
        })?;
        report.orphans_removed = orphans;
    }
    Ok(report)
}
