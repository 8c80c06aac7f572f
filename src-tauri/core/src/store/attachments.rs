//! The `attachments` table (migration 0011): the metadata of a pupil's attachments. The bytes
//! live in the attachment file (`attachment_blobs`). A stored value ibis-core cannot read is
//! [`Error::Corrupt`].

use crate::domain::attachment::{Attachment, AttachmentKind, ImageInfo, Media};
use crate::domain::dates;
use crate::domain::entity::Entity;
use crate::error::{Error, Result};
use rusqlite::{Connection, OptionalExtension, Row, params};

const COLUMNS: &str = "id, pupil_id, title, kind, document_date, source, media, size_bytes, \
     page_count, width, height, components, bit_depth, sha256, added_at";

/// Inserts a new attachment's metadata (its bytes must already be stored).
pub fn insert(conn: &Connection, attachment: &Attachment) -> Result<()> {
    let image = attachment.image;
    conn.execute(
        &format!(
            "INSERT INTO attachments ({COLUMNS}, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15)"
        ),
        params![
            attachment.id,
            attachment.pupil_id,
            attachment.title,
            attachment.kind.as_str(),
            attachment.document_date.map(dates::to_iso),
            attachment.source,
            attachment.media.as_str(),
            i64::try_from(attachment.size_bytes).map_err(|e| Error::Internal(e.to_string()))?,
            attachment.page_count,
            image.map(|info| info.width),
            image.map(|info| info.height),
            image.map(|info| info.components),
            image.map(|info| info.bit_depth),
            attachment.sha256,
            attachment.added_at,
        ],
    )?;
    Ok(())
}

/// Changes what a person typed (title, kind, date, source).
pub fn update_details(conn: &Connection, attachment: &Attachment, now: &str) -> Result<()> {
    let changed = conn.execute(
        "UPDATE attachments SET title = ?2, kind = ?3, document_date = ?4, source = ?5,
             updated_at = ?6 WHERE id = ?1",
        params![
            attachment.id,
            attachment.title,
            attachment.kind.as_str(),
            attachment.document_date.map(dates::to_iso),
            attachment.source,
            now
        ],
    )?;
    if changed == 0 {
        return Err(Error::NotFound {
            entity: Entity::Attachment,
        });
    }
    Ok(())
}

/// Removes the metadata row (the bytes go after, in their own file).
pub fn delete(conn: &Connection, id: &str) -> Result<()> {
    if conn.execute("DELETE FROM attachments WHERE id = ?1", [id])? == 0 {
        return Err(Error::NotFound {
            entity: Entity::Attachment,
        });
    }
    Ok(())
}

/// One attachment, or `None`.
pub fn get(conn: &Connection, id: &str) -> Result<Option<Attachment>> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM attachments WHERE id = ?1"),
        [id],
        from_row,
    )
    .optional()?
    .transpose()
}

/// A pupil's attachments, newest document first (then newest added).
pub fn list_for_pupil(conn: &Connection, pupil_id: &str) -> Result<Vec<Attachment>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM attachments WHERE pupil_id = ?1
         ORDER BY coalesce(document_date, substr(added_at, 1, 10)) DESC, added_at DESC, id"
    ))?;
    let rows = stmt.query_map([pupil_id], from_row)?;
    rows.map(|row| row?).collect()
}

/// Every attachment id, sorted (for `vault check`).
pub fn ids(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT id FROM attachments ORDER BY id")?;
    let ids = stmt
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok(ids)
}

/// How many attachments are stored, and their total size in bytes.
pub fn totals(conn: &Connection) -> Result<(i64, i64)> {
    Ok(conn.query_row(
        "SELECT count(*), coalesce(sum(size_bytes), 0) FROM attachments",
        [],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )?)
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<Result<Attachment>> {
    let kind: String = row.get(3)?;
    let document_date: Option<String> = row.get(4)?;
    let media: String = row.get(6)?;
    let size_bytes: i64 = row.get(7)?;
    let image = match (row.get(9)?, row.get(10)?, row.get(11)?, row.get(12)?) {
        (Some(width), Some(height), Some(components), Some(bit_depth)) => Some(ImageInfo {
            width,
            height,
            components,
            bit_depth,
        }),
        _ => None,
    };
    let id: String = row.get(0)?;
    let pupil_id: String = row.get(1)?;
    let title: String = row.get(2)?;
    let source: Option<String> = row.get(5)?;
    let page_count: Option<u32> = row.get(8)?;
    let sha256: String = row.get(13)?;
    let added_at: String = row.get(14)?;
    Ok((|| {
        let corrupt = |what: &str| Error::Corrupt(format!("attachment {id}: {what}"));
        Ok(Attachment {
            kind: AttachmentKind::parse(&kind).ok_or_else(|| corrupt("kind"))?,
            media: Media::parse(&media).ok_or_else(|| corrupt("media"))?,
            document_date: document_date
                .as_deref()
                .map(|date| dates::parse_iso("documentDate", date))
                .transpose()
                .map_err(|_| corrupt("document_date"))?,
            size_bytes: u64::try_from(size_bytes).map_err(|_| corrupt("size_bytes"))?,
            id: id.clone(),
            pupil_id,
            title,
            source,
            page_count,
            image,
            sha256,
            added_at,
        })
    })())
}
