//! Attachments suite on a real vault (Monday 23 November 2026): a PDF or image is stored
//! encrypted in the vault's attachment file and listed, changed and deleted; every refusal
//! (damaged, password-protected, not what its name says, over 50 MB) leaves the vault's files
//! byte for byte as they were; `vault check` checks the attachment file in full and removes
//! bytes without a row; viewing writes the plaintext only into the private view folder, which
//! lock, exit and the next start after a crash empty — checked with a canary word.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../support.rs"]
mod support;

mod view;

use ibis_core::Error;
use ibis_core::domain::attachment::{AttachmentKind, AttachmentRefusal, Media};
use ibis_core::store::{attachment_blobs, audit as store_audit};
use ibis_core::usecases::IdRequest;
use ibis_core::usecases::attachments::{
    self, AddAttachmentRequest, AttachmentInput, AttachmentKindCode, UpdateAttachmentRequest,
};
use ibis_core::usecases::demo::attachments as generated;
use ibis_core::usecases::vault;
use std::path::{Path, PathBuf};
use support::{TestVault, snapshot};

pub struct Setup {
    pub v: TestVault,
    pub pupil_id: String,
    /// Where the "user's" files are, outside the vault.
    pub inbox: PathBuf,
}

impl Setup {
    #[allow(clippy::new_without_default)]
    pub fn new() -> Setup {
        let mut v = TestVault::new();
        let pupil_id = v.add_pupil("Sanne", "de Vries");
        let inbox = v.temp.path().join("inbox");
        std::fs::create_dir_all(&inbox).unwrap();
        Setup { v, pupil_id, inbox }
    }

    pub fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.inbox.join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    pub fn add(&mut self, path: &Path) -> Result<attachments::PupilAttachments, Error> {
        let request = AddAttachmentRequest {
            pupil_id: self.pupil_id.clone(),
            path: path.to_string_lossy().into_owned(),
            title: "Onderzoeksverslag GGD".into(),
            kind: AttachmentKindCode::Onderzoeksverslag,
            document_date: Some("2026-10-01".into()),
            source: Some("GGD".into()),
        };
        let clock = ibis_core::clock::FixedClock::new(support::monday_morning());
        attachments::add(self.v.store(), &clock, request)
    }

    pub fn count(&mut self) -> usize {
        attachments::list(
            self.v.store(),
            IdRequest {
                id: self.pupil_id.clone(),
            },
        )
        .unwrap()
        .attachments
        .len()
    }
}

/// A word that appears nowhere but in one generated PDF.
pub fn canary() -> String {
    format!("KANARIE{}", uuid::Uuid::new_v4().simple())
}

/// Every file under `dir` modified since `since` (metadata first; unreadable entries skipped)
/// that contains `needle`.
pub fn files_containing(dir: &Path, needle: &[u8], since: std::time::SystemTime) -> Vec<PathBuf> {
    // File times come from a coarse clock and may lag `SystemTime::now()` a little.
    let since = since - std::time::Duration::from_secs(5);
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let Ok(file_type) = entry.file_type() else {
                continue;
            };
            if file_type.is_dir() {
                stack.push(entry.path());
            } else if file_type.is_file() {
                let Ok(metadata) = entry.metadata() else {
                    continue;
                };
                let recent = metadata.modified().is_ok_and(|modified| modified >= since);
                if recent
                    && metadata.len() < 256 * 1024 * 1024
                    && let Ok(bytes) = std::fs::read(entry.path())
                    && bytes.windows(needle.len()).any(|window| window == needle)
                {
                    found.push(entry.path());
                }
            }
        }
    }
    found
}

#[test]
fn a_pdf_is_added_listed_changed_and_deleted_with_audit_rows() {
    let mut s = Setup::new();
    let path = s.file("verslag.pdf", &generated::pdf("Verslag", 3).unwrap());
    let page = s.add(&path).unwrap();
    assert_eq!(page.attachments.len(), 1);
    let item = &page.attachments[0];
    assert_eq!(item.title, "Onderzoeksverslag GGD");
    assert_eq!(item.kind_label, "Onderzoeksverslag");
    assert_eq!(item.media, "pdf");
    assert_eq!(item.page_count, Some(3));
    assert_eq!(item.document_date.as_deref(), Some("2026-10-01"));
    assert_eq!(item.source.as_deref(), Some("GGD"));
    assert!(s.v.dir().join(ibis_core::vault::ATTACHMENT_FILE).exists());
    let id = item.id.clone();

    let clock = ibis_core::clock::FixedClock::new(crate::support::monday_morning());
    let changed = attachments::update(
        s.v.store(),
        &clock,
        UpdateAttachmentRequest {
            id: id.clone(),
            title: "OT-verslag".into(),
            kind: AttachmentKindCode::OtVerslag,
            document_date: None,
            source: None,
        },
    )
    .unwrap();
    assert_eq!(changed.attachments[0].kind_label, "OT/MDO-verslag");
    assert_eq!(changed.attachments[0].document_date, None);

    let (stored, bytes) = attachments::contents(s.v.store(), &id).unwrap();
    assert_eq!(bytes, std::fs::read(&path).unwrap());
    assert_eq!(stored.media, Media::Pdf);

    let after = attachments::delete(s.v.store(), &clock, IdRequest { id: id.clone() }).unwrap();
    assert!(after.attachments.is_empty());
    let blob_left =
        s.v.store()
            .read(|conn| attachment_blobs::exists(conn, &id))
            .unwrap();
    assert!(!blob_left, "the bytes go with the row");

    let actions: Vec<String> =
        s.v.store()
            .read(store_audit::all)
            .unwrap()
            .into_iter()
            .filter(|row| row.entity_id.as_deref() == Some(id.as_str()))
            .map(|row| row.action)
            .collect();
    assert_eq!(
        actions,
        ["attachment.add", "attachment.update", "attachment.delete"]
    );
}

#[test]
fn refusals_leave_every_vault_file_byte_for_byte_unchanged() {
    let mut s = Setup::new();
    let first = s.file("eerste.png", &generated::png(8, 8, [0, 120, 0]));
    s.add(&first).unwrap();
    let before = vault_bytes(&s.v.dir());

    let good = generated::pdf("Verslag", 2).unwrap();
    let truncated = s.file("kapot.pdf", &good[..good.len() / 2]);
    let png_named_pdf = s.file("foto.pdf", &generated::png(4, 4, [9, 9, 9]));
    let encrypted = s.file("beveiligd.pdf", &encrypted_pdf());
    let too_large = s.inbox.join("groot.pdf");
    std::fs::File::create(&too_large)
        .unwrap()
        .set_len(50 * 1024 * 1024 + 1)
        .unwrap();
    let word = s.file("brief.docx", b"PK\x03\x04");

    let cases: [(&Path, AttachmentRefusal); 5] = [
        (&truncated, AttachmentRefusal::PdfDamaged),
        (
            &png_named_pdf,
            AttachmentRefusal::Mismatch {
                named: Media::Pdf,
                actual: Some(Media::Png),
            },
        ),
        (&encrypted, AttachmentRefusal::PdfEncrypted),
        (
            &too_large,
            AttachmentRefusal::TooLarge {
                size_bytes: 50 * 1024 * 1024 + 1,
            },
        ),
        (&word, AttachmentRefusal::UnsupportedName),
    ];
    for (path, expected) in cases {
        match s.add(path) {
            Err(Error::AttachmentRefused(refusal)) => assert_eq!(refusal, expected, "{path:?}"),
            other => panic!("{path:?} was not refused: {other:?}"),
        }
        assert_eq!(s.count(), 1, "{path:?}");
    }
    let after = vault_bytes(&s.v.dir());
    let changed: Vec<&String> = before
        .iter()
        .zip(&after)
        .filter(|(old, new)| old != new)
        .map(|((name, _), _)| name)
        .collect();
    assert_eq!(before.len(), after.len());
    assert!(changed.is_empty(), "changed: {changed:?}");
}

/// The bytes of the vault's files while it is open (the WAL holds the latest pages; the
/// shared-memory index changes on every read and holds no data).
fn vault_bytes(dir: &Path) -> Vec<(String, Vec<u8>)> {
    snapshot(dir)
        .into_iter()
        .filter(|(name, _)| !name.ends_with("-shm"))
        .collect()
}

#[test]
fn a_refusal_over_ipc_carries_its_code_field_and_dutch_text() {
    let error =
        ibis_core::api::IpcError::from(Error::AttachmentRefused(AttachmentRefusal::PdfEncrypted));
    assert_eq!(error.code, ibis_core::api::ErrorCode::PdfEncrypted);
    assert_eq!(error.field.as_deref(), Some("path"));
    assert_eq!(
        error.fields,
        [ibis_core::api::IpcFieldError {
            field: "path".into(),
            code: ibis_core::api::ErrorCode::PdfEncrypted
        }]
    );
    assert!(error.message.contains("wachtwoord"), "{}", error.message);
}

#[test]
fn the_vault_files_never_hold_the_attached_pdf_in_plaintext() {
    let mut s = Setup::new();
    let since = std::time::SystemTime::now();
    let word = canary();
    let path = s.file("verslag.pdf", &generated::pdf(&word, 2).unwrap());
    s.add(&path).unwrap();
    assert!(
        !files_containing(&s.inbox, word.as_bytes(), since).is_empty(),
        "the canary is findable in plaintext (the test can fail)"
    );
    s.v.lock();
    let found = files_containing(&s.v.dir(), word.as_bytes(), since);
    assert!(found.is_empty(), "plaintext in {found:?}");
}

#[test]
fn unlock_does_not_need_a_sound_attachment_file_but_vault_check_reports_it() {
    let mut s = Setup::new();
    let path = s.file("verslag.pdf", &generated::pdf("Verslag", 40).unwrap());
    s.add(&path).unwrap();
    s.v.lock();
    let file = s.v.dir().join(ibis_core::vault::ATTACHMENT_FILE);
    let mut bytes = std::fs::read(&file).unwrap();
    let page = 4096 * 3 + 100;
    bytes[page] ^= 0xff;
    std::fs::write(&file, bytes).unwrap();

    s.v.unlock();
    assert_eq!(s.count(), 1, "the metadata is in ibis.db");
    let dir = s.v.dir();
    let report = vault::check(s.v.store(), &dir).unwrap();
    assert_eq!(report.integrity_check, "ok", "ibis.db is sound");
    assert!(report.attachments.file_present);
    assert_ne!(
        report.attachments.cipher_integrity_check, "ok",
        "{report:?}"
    );
}

#[test]
fn unlock_never_reads_the_attachment_file() {
    let mut s = Setup::new();
    let path = s.file("verslag.pdf", &generated::pdf("Verslag", 2).unwrap());
    let id = s.add(&path).unwrap().attachments[0].id.clone();
    s.v.lock();
    let file = s.v.dir().join(ibis_core::vault::ATTACHMENT_FILE);
    let garbage = vec![0x5a_u8; usize::try_from(std::fs::metadata(&file).unwrap().len()).unwrap()];
    std::fs::write(&file, garbage).unwrap();

    s.v.unlock();
    assert_eq!(s.count(), 1);
    assert!(matches!(
        attachments::contents(s.v.store(), &id),
        Err(Error::Corrupt(_))
    ));
    let dir = s.v.dir();
    let report = vault::check(s.v.store(), &dir).unwrap();
    assert_eq!(report.integrity_check, "ok");
    assert!(
        report.attachments.integrity_check.starts_with("unreadable"),
        "{report:?}"
    );
    assert_eq!(report.attachments.damaged, [id]);
}

#[test]
fn vault_check_removes_bytes_without_a_row_and_reports_damaged_bytes() {
    let mut s = Setup::new();
    let path = s.file("verslag.png", &generated::png(16, 16, [1, 2, 3]));
    let id = s.add(&path).unwrap().attachments[0].id.clone();
    let orphan = "0192f000-0000-7000-8000-000000000001";
    s.v.store()
        .write(|tx| attachment_blobs::insert(tx, orphan, b"halve bijlage na een crash"))
        .unwrap();
    let dir = s.v.dir();
    let report = vault::check(s.v.store(), &dir).unwrap();
    assert_eq!(report.attachments.orphans_removed, [orphan]);
    assert!(report.attachments.damaged.is_empty());
    assert_eq!(report.attachments.cipher_integrity_check, "ok");
    assert_eq!(report.attachments.integrity_check, "ok");
    let again = vault::check(s.v.store(), &dir).unwrap();
    assert!(again.attachments.orphans_removed.is_empty());

    s.v.store()
        .write(|tx| {
            attachment_blobs::delete(tx, &id)?;
            attachment_blobs::insert(tx, &id, b"andere bytes")
        })
        .unwrap();
    let damaged = vault::check(s.v.store(), &dir).unwrap();
    assert_eq!(damaged.attachments.damaged, std::slice::from_ref(&id));
    assert!(matches!(
        attachments::contents(s.v.store(), &id),
        Err(Error::Corrupt(_))
    ));
}

#[test]
fn add_bytes_is_the_demo_and_bundle_entry_and_checks_the_same() {
    let mut s = Setup::new();
    let clock = ibis_core::clock::FixedClock::new(crate::support::monday_morning());
    let pupil_id = s.pupil_id.clone();
    let input = AttachmentInput {
        title: "Toetsoverzicht",
        kind: AttachmentKind::Toetsoverzicht,
        document_date: None,
        source: Some("eigen school"),
    };
    let png = generated::png(20, 10, [200, 200, 0]);
    let stored =
        attachments::add_bytes(s.v.store(), &clock, &pupil_id, "toets.png", &png, &input).unwrap();
    let image = stored.image.unwrap();
    assert_eq!((image.width, image.height, image.components), (20, 10, 3));
    let refused = attachments::add_bytes(s.v.store(), &clock, &pupil_id, "toets.jpg", &png, &input);
    assert!(matches!(
        refused,
        Err(Error::AttachmentRefused(AttachmentRefusal::Mismatch { .. }))
    ));
    let unknown = attachments::add_bytes(
        s.v.store(),
        &clock,
        "0192f000-0000-7000-8000-000000000002",
        "toets.png",
        &png,
        &input,
    );
    assert!(
        matches!(unknown, Err(Error::NotFound { .. })),
        "{unknown:?}"
    );
    assert_eq!(s.count(), 1);
}

/// A valid PDF whose trailer names an `/Encrypt` dictionary.
pub fn encrypted_pdf() -> Vec<u8> {
    use lopdf::{Document, Object, dictionary};
    let mut document = Document::load_mem(&generated::pdf("Geheim", 1).unwrap()).unwrap();
    let encrypt = document.add_object(dictionary! {
        "Filter" => "Standard", "V" => 1, "R" => 2,
        "O" => Object::string_literal(vec![7u8; 32]),
        "U" => Object::string_literal(vec![9u8; 32]),
        "P" => -4,
    });
    document.trailer.set("Encrypt", encrypt);
    let mut bytes = Vec::new();
    document.save_to(&mut bytes).unwrap();
    bytes
}
