//! Attachments of a pupil: add one from a file (size checked before reading, then type, damage
//! and password — see `domain::attachment::content`), list, change what was typed, delete,
//! read the bytes (for the dossier bundle) and view (through the private view folder, see
//! [`view_folder`]).
//!
//! Two files, two writes, in an order that a crash between them cannot turn into a broken
//! attachment: adding stores the bytes in the attachment file first, then the metadata row
//! with its audit row; deleting removes the row (and audits) first, then the bytes. A crash in
//! between leaves at most bytes without a row, which `vault check` reports and removes.

pub mod check;
pub mod view_folder;

use super::{IdRequest, check_id, now_text};
use crate::clock::Clock;
use crate::domain::attachment::{self, Attachment, AttachmentKind, content};
use crate::domain::audit::AuditAction;
use crate::domain::dates;
use crate::domain::entity::Entity;
use crate::error::{Error, Result, Rule};
use crate::ids::new_id;
use crate::store::{Store, attachment_blobs, attachments as store_attachments, audit, pupils};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// The kind of document, on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AttachmentKindCode {
    Onderzoeksverslag,
    Toetsoverzicht,
    Deskundigenadvies,
    OtVerslag,
    Scan,
    Anders,
}

impl AttachmentKindCode {
    fn domain(self) -> AttachmentKind {
        match self {
            AttachmentKindCode::Onderzoeksverslag => AttachmentKind::Onderzoeksverslag,
            AttachmentKindCode::Toetsoverzicht => AttachmentKind::Toetsoverzicht,
            AttachmentKindCode::Deskundigenadvies => AttachmentKind::Deskundigenadvies,
            AttachmentKindCode::OtVerslag => AttachmentKind::OtVerslag,
            AttachmentKindCode::Scan => AttachmentKind::Scan,
            AttachmentKindCode::Anders => AttachmentKind::Anders,
        }
    }

    fn of(kind: AttachmentKind) -> Self {
        match kind {
            AttachmentKind::Onderzoeksverslag => AttachmentKindCode::Onderzoeksverslag,
            AttachmentKind::Toetsoverzicht => AttachmentKindCode::Toetsoverzicht,
            AttachmentKind::Deskundigenadvies => AttachmentKindCode::Deskundigenadvies,
            AttachmentKind::OtVerslag => AttachmentKindCode::OtVerslag,
            AttachmentKind::Scan => AttachmentKindCode::Scan,
            AttachmentKind::Anders => AttachmentKindCode::Anders,
        }
    }

    /// Parses the stored / CLI name (`ot_verslag`, …).
    pub fn parse(value: &str) -> Option<Self> {
        AttachmentKind::parse(value).map(AttachmentKindCode::of)
    }
}

/// One attachment as the UI lists it.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AttachmentItem {
    pub id: String,
    pub title: String,
    pub kind: AttachmentKindCode,
    /// Dutch label of the kind.
    pub kind_label: String,
    /// ISO date, when known.
    pub document_date: Option<String>,
    pub source: Option<String>,
    /// `pdf`, `jpeg` or `png`.
    pub media: String,
    #[ts(type = "number")]
    pub size_bytes: u64,
    pub page_count: Option<u32>,
    pub width: Option<u32>,
    pub height: Option<u32>,
    /// RFC 3339.
    pub added_at: String,
}

/// One choice of the kind select.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AttachmentKindOption {
    pub value: AttachmentKindCode,
    pub label: String,
}

/// A pupil's attachments: the answer of every attachment command but `view`.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PupilAttachments {
    pub pupil_id: String,
    pub attachments: Vec<AttachmentItem>,
    pub kinds: Vec<AttachmentKindOption>,
    /// The largest file accepted, in bytes.
    #[ts(type = "number")]
    pub max_bytes: u64,
}

/// Attach the file at `path` to a pupil.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AddAttachmentRequest {
    pub pupil_id: String,
    pub path: String,
    pub title: String,
    pub kind: AttachmentKindCode,
    pub document_date: Option<String>,
    pub source: Option<String>,
}

/// Change what was typed about an attachment.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UpdateAttachmentRequest {
    pub id: String,
    pub title: String,
    pub kind: AttachmentKindCode,
    pub document_date: Option<String>,
    pub source: Option<String>,
}

/// A file the user chose in the open dialog (`None` when cancelled).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChosenFile {
    pub path: Option<String>,
    /// The file's name without its folder, to prefill the title.
    pub file_name: Option<String>,
}

/// Where the viewer was pointed (inside the private view folder).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AttachmentViewed {
    pub path: String,
}

/// What a person types about an attachment (the CLI and the demo build it directly).
#[derive(Debug, Clone)]
pub struct AttachmentInput<'a> {
    pub title: &'a str,
    pub kind: AttachmentKind,
    pub document_date: Option<&'a str>,
    pub source: Option<&'a str>,
}

/// Attaches the file at `req.path`: size first (before reading), then the name's type, the
/// bytes, and the details. Nothing is stored on any refusal.
pub fn add(
    store: &mut Store,
    clock: &dyn Clock,
    req: AddAttachmentRequest,
) -> Result<PupilAttachments> {
    check_id("pupilId", &req.pupil_id)?;
    let path = Path::new(&req.path);
    let bytes = read_file(path)?;
    let file_name = path
        .file_name()
        .and_then(|name| name.to_str())
        .unwrap_or_default();
    let input = AttachmentInput {
        title: &req.title,
        kind: req.kind.domain(),
        document_date: req.document_date.as_deref(),
        source: req.source.as_deref(),
    };
    add_bytes(store, clock, &req.pupil_id, file_name, &bytes, &input)?;
    list(store, IdRequest { id: req.pupil_id })
}

/// Reads a file for attaching: its size is checked before a byte is read, and never more than
/// the limit is read even if the file grows meanwhile.
pub fn read_file(path: &Path) -> Result<Vec<u8>> {
    if path.as_os_str().is_empty() {
        return Err(Error::validation("path", Rule::Required));
    }
    let file = std::fs::File::open(path).map_err(|e| Error::io("open attachment file", &e))?;
    let metadata = file
        .metadata()
        .map_err(|e| Error::io("read attachment file", &e))?;
    if !metadata.is_file() {
        return Err(Error::validation("path", Rule::Required));
    }
    content::check_size(metadata.len())?;
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    file.take(content::MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io("read attachment file", &e))?;
    Ok(bytes)
}

/// Attaches `bytes` (named `file_name`, whose extension claims the type) to a pupil. For the
/// demo and tests, and the last step of [`add`].
pub fn add_bytes(
    store: &mut Store,
    clock: &dyn Clock,
    pupil_id: &str,
    file_name: &str,
    bytes: &[u8],
    input: &AttachmentInput<'_>,
) -> Result<Attachment> {
    content::check_size(u64::try_from(bytes.len()).unwrap_or(u64::MAX))?;
    let named = attachment::media_for_name(file_name)?;
    let inspected = attachment::inspect(named, bytes)?;
    let details = attachment::details(
        input.title,
        input.kind,
        input.document_date,
        input.source,
        clock.today(),
    )?;
    store.read(|conn| pupils::get(conn, pupil_id).map(drop))?;
    let now = now_text(clock);
    let stored = Attachment {
        id: new_id(clock),
        pupil_id: pupil_id.to_owned(),
        title: details.title,
        kind: details.kind,
        document_date: details.document_date,
        source: details.source,
        media: inspected.media,
        size_bytes: u64::try_from(bytes.len()).unwrap_or(u64::MAX),
        page_count: inspected.page_count,
        image: inspected.image,
        sha256: hex::encode(Sha256::digest(bytes)),
        added_at: now.clone(),
    };
    store.attachment_file(true)?;
    store.write(|tx| attachment_blobs::insert(tx, &stored.id, bytes))?;
    let written = store.write(|tx| {
        pupils::get(tx, pupil_id)?;
        store_attachments::insert(tx, &stored)?;
        audit::append(tx, &now, AuditAction::AttachmentAdd, Some(&stored.id))?;
        Ok(())
    });
    if let Err(err) = written {
        remove_bytes(store, &stored.id);
        return Err(err);
    }
    Ok(stored)
}

/// A pupil's attachments.
pub fn list(store: &Store, req: IdRequest) -> Result<PupilAttachments> {
    check_id("pupilId", &req.id)?;
    store.read(|conn| {
        pupils::get(conn, &req.id)?;
        let rows = store_attachments::list_for_pupil(conn, &req.id)?;
        Ok(PupilAttachments {
            pupil_id: req.id.clone(),
            attachments: rows.iter().map(item).collect(),
            kinds: AttachmentKind::ALL
                .into_iter()
                .map(|kind| AttachmentKindOption {
                    value: AttachmentKindCode::of(kind),
                    label: kind.dutch().to_owned(),
                })
                .collect(),
            max_bytes: content::MAX_BYTES,
        })
    })
}

/// The metadata of a pupil's attachments (for the TLV checklist and the bundle).
pub fn of_pupil(store: &Store, pupil_id: &str) -> Result<Vec<Attachment>> {
    store.read(|conn| store_attachments::list_for_pupil(conn, pupil_id))
}

/// Changes title, kind, date and source.
pub fn update(
    store: &mut Store,
    clock: &dyn Clock,
    req: UpdateAttachmentRequest,
) -> Result<PupilAttachments> {
    check_id("id", &req.id)?;
    let details = attachment::details(
        &req.title,
        req.kind.domain(),
        req.document_date.as_deref(),
        req.source.as_deref(),
        clock.today(),
    )?;
    let now = now_text(clock);
    let pupil_id = store.write(|tx| {
        let mut stored = find(tx, &req.id)?;
        stored.title = details.title;
        stored.kind = details.kind;
        stored.document_date = details.document_date;
        stored.source = details.source;
        store_attachments::update_details(tx, &stored, &now)?;
        audit::append(tx, &now, AuditAction::AttachmentUpdate, Some(&stored.id))?;
        Ok(stored.pupil_id)
    })?;
    list(store, IdRequest { id: pupil_id })
}

/// Deletes an attachment: the row (audited) first, then its bytes.
pub fn delete(store: &mut Store, clock: &dyn Clock, req: IdRequest) -> Result<PupilAttachments> {
    check_id("id", &req.id)?;
    let now = now_text(clock);
    let pupil_id = store.write(|tx| {
        let stored = find(tx, &req.id)?;
        store_attachments::delete(tx, &stored.id)?;
        audit::append(tx, &now, AuditAction::AttachmentDelete, Some(&stored.id))?;
        Ok(stored.pupil_id)
    })?;
    remove_bytes(store, &req.id);
    list(store, IdRequest { id: pupil_id })
}

/// An attachment with its bytes, checked against the stored sha256 (for the dossier bundle).
/// Bytes that do not match, or are missing, are [`Error::Corrupt`].
pub fn contents(store: &mut Store, id: &str) -> Result<(Attachment, Vec<u8>)> {
    check_id("id", id)?;
    let stored = store.read(|conn| find(conn, id))?;
    if !store.attachment_file(false)? {
        return Err(Error::Corrupt("attachment file missing".into()));
    }
    let bytes = store.read(|conn| checked_bytes(conn, &stored))?;
    Ok((stored, bytes))
}

/// The bytes of `stored`, checked against its sha256, on a connection where the attachment file
/// is attached ([`Store::attachment_file`]). Missing or changed bytes are [`Error::Corrupt`].
pub(crate) fn checked_bytes(conn: &rusqlite::Connection, stored: &Attachment) -> Result<Vec<u8>> {
    let bytes = attachment_blobs::read(conn, &stored.id)?
        .ok_or_else(|| Error::Corrupt(format!("attachment {}: bytes missing", stored.id)))?;
    if hex::encode(Sha256::digest(&bytes)) != stored.sha256 {
        return Err(Error::Corrupt(format!(
            "attachment {}: sha256 differs",
            stored.id
        )));
    }
    Ok(bytes)
}

/// Writes the attachment into the private view folder `view_dir` (0700; the file 0600, named
/// by id only) for the system viewer, audits it, and returns the file's path. The folder is
/// emptied on lock, on exit and at the next start (`view_folder`).
pub fn view(
    store: &mut Store,
    clock: &dyn Clock,
    view_dir: &Path,
    req: IdRequest,
) -> Result<PathBuf> {
    let (stored, bytes) = contents(store, &req.id)?;
    let path = view_folder::write(view_dir, &stored.id, stored.media.extension(), &bytes)?;
    let now = now_text(clock);
    store.write(|tx| audit::append(tx, &now, AuditAction::AttachmentView, Some(&stored.id)))?;
    Ok(path)
}

fn find(conn: &rusqlite::Connection, id: &str) -> Result<Attachment> {
    store_attachments::get(conn, id)?.ok_or(Error::NotFound {
        entity: Entity::Attachment,
    })
}

/// Removes bytes whose row is gone (or never came). A failure is logged, not raised: the
/// leftover is an orphan that `vault check` removes.
fn remove_bytes(store: &mut Store, id: &str) {
    let removed = store
        .attachment_file(false)
        .and_then(|attached| match attached {
            true => store.write(|tx| attachment_blobs::delete(tx, id)).map(drop),
            false => Ok(()),
        });
    if let Err(err) = removed {
        tracing::warn!(attachment = id, error = %err, "attachment bytes left for vault check");
    }
}

fn item(stored: &Attachment) -> AttachmentItem {
    AttachmentItem {
        id: stored.id.clone(),
        title: stored.title.clone(),
        kind: AttachmentKindCode::of(stored.kind),
        kind_label: stored.kind.dutch().to_owned(),
        document_date: stored.document_date.map(dates::to_iso),
        source: stored.source.clone(),
        media: stored.media.as_str().to_owned(),
        size_bytes: stored.size_bytes,
        page_count: stored.page_count,
        width: stored.image.map(|info| info.width),
        height: stored.image.map(|info| info.height),
        added_at: stored.added_at.clone(),
    }
}
