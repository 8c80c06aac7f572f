//! Attachments to a pupil's file: onderzoeksverslagen, toetsoverzichten, deskundigenadviezen,
//! OT/MDO-verslagen and scans, imported as PDF, JPEG or PNG and kept encrypted in the vault
//! (see `store/attachments.rs`). This module owns what an attachment is and the checks on its
//! metadata; [`content`] owns the checks on its bytes (size, type, damage, password), each
//! failure an [`AttachmentRefusal`] with a Dutch text, so nothing half-usable is ever stored.

pub mod content;

use crate::domain::dates;
use crate::domain::text;
use crate::error::Result;
use chrono::NaiveDate;

pub use content::{AttachmentRefusal, ImageInfo, Inspected, MAX_BYTES, inspect, media_for_name};

/// Longest title.
pub const TITLE_MAX: usize = 200;
/// Longest source ("GGD", "Onderwijsadvies", "eigen school"…).
pub const SOURCE_MAX: usize = 100;

/// What a file holds, sniffed from its bytes (never taken from the name alone).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Media {
    Pdf,
    Jpeg,
    Png,
}

impl Media {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Media::Pdf => "pdf",
            Media::Jpeg => "jpeg",
            Media::Png => "png",
        }
    }

    /// Parses a stored name.
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "pdf" => Some(Media::Pdf),
            "jpeg" => Some(Media::Jpeg),
            "png" => Some(Media::Png),
            _ => None,
        }
    }

    /// The MIME type (for the system viewer and the bundle).
    pub fn mime(self) -> &'static str {
        match self {
            Media::Pdf => "application/pdf",
            Media::Jpeg => "image/jpeg",
            Media::Png => "image/png",
        }
    }

    /// The file extension used when the plaintext must go through a file.
    pub fn extension(self) -> &'static str {
        match self {
            Media::Pdf => "pdf",
            Media::Jpeg => "jpg",
            Media::Png => "png",
        }
    }

    /// Dutch name, as in "een PDF-document".
    pub fn dutch(self) -> &'static str {
        match self {
            Media::Pdf => "PDF-document",
            Media::Jpeg => "JPEG-afbeelding",
            Media::Png => "PNG-afbeelding",
        }
    }
}

/// The kind of document, as the TLV checklist asks for them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AttachmentKind {
    Onderzoeksverslag,
    Toetsoverzicht,
    Deskundigenadvies,
    /// Verslag van een OT of MDO.
    OtVerslag,
    Scan,
    Anders,
}

impl AttachmentKind {
    /// Every kind, in the order forms list them.
    pub const ALL: [AttachmentKind; 6] = [
        AttachmentKind::Onderzoeksverslag,
        AttachmentKind::Toetsoverzicht,
        AttachmentKind::Deskundigenadvies,
        AttachmentKind::OtVerslag,
        AttachmentKind::Scan,
        AttachmentKind::Anders,
    ];

    /// The stored (and wire, and CLI `--kind`) name.
    pub fn as_str(self) -> &'static str {
        match self {
            AttachmentKind::Onderzoeksverslag => "onderzoeksverslag",
            AttachmentKind::Toetsoverzicht => "toetsoverzicht",
            AttachmentKind::Deskundigenadvies => "deskundigenadvies",
            AttachmentKind::OtVerslag => "ot_verslag",
            AttachmentKind::Scan => "scan",
            AttachmentKind::Anders => "anders",
        }
    }

    /// Parses a stored name.
    pub fn parse(value: &str) -> Option<Self> {
        AttachmentKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == value)
    }

    /// The Dutch label.
    pub fn dutch(self) -> &'static str {
        match self {
            AttachmentKind::Onderzoeksverslag => "Onderzoeksverslag",
            AttachmentKind::Toetsoverzicht => "Toetsoverzicht",
            AttachmentKind::Deskundigenadvies => "Deskundigenadvies",
            AttachmentKind::OtVerslag => "OT/MDO-verslag",
            AttachmentKind::Scan => "Scan",
            AttachmentKind::Anders => "Anders",
        }
    }
}

/// One stored attachment's metadata (the bytes live apart, see `store/attachments.rs`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub id: String,
    pub pupil_id: String,
    pub title: String,
    pub kind: AttachmentKind,
    pub document_date: Option<NaiveDate>,
    /// Who made the document: free text.
    pub source: Option<String>,
    pub media: Media,
    pub size_bytes: u64,
    /// Pages of a PDF; `None` for an image.
    pub page_count: Option<u32>,
    /// Pixel size of an image; `None` for a PDF.
    pub image: Option<ImageInfo>,
    /// SHA-256 of the bytes, lowercase hex; checked on every read.
    pub sha256: String,
    /// RFC 3339 instant.
    pub added_at: String,
}

/// The metadata a person types, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachmentDetails {
    pub title: String,
    pub kind: AttachmentKind,
    pub document_date: Option<NaiveDate>,
    pub source: Option<String>,
}

/// Checks title, date and source. A document date may not lie after `today`.
pub fn details(
    title: &str,
    kind: AttachmentKind,
    document_date: Option<&str>,
    source: Option<&str>,
    today: NaiveDate,
) -> Result<AttachmentDetails> {
    let mut errors = crate::error::FieldErrors::default();
    let title = errors.value(text::required_line("title", title, TITLE_MAX));
    let document_date = match document_date.map(str::trim) {
        None | Some("") => None,
        Some(value) => errors.option(dates::parse_iso("documentDate", value).and_then(|date| {
            if date > today {
                Err(crate::error::Error::validation(
                    "documentDate",
                    crate::error::Rule::DateInFuture,
                ))
            } else {
                Ok(date)
            }
        })),
    };
    let source = errors.value(text::optional_line("source", source, SOURCE_MAX));
    errors.finish()?;
    Ok(AttachmentDetails {
        title,
        kind,
        document_date,
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{Error, Rule};

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()
    }

    #[test]
    fn kinds_round_trip_and_have_dutch_labels() {
        for kind in AttachmentKind::ALL {
            assert_eq!(AttachmentKind::parse(kind.as_str()), Some(kind));
            assert!(!kind.dutch().is_empty());
        }
        assert_eq!(AttachmentKind::OtVerslag.dutch(), "OT/MDO-verslag");
        assert_eq!(AttachmentKind::parse("brief"), None);
    }

    #[test]
    fn media_round_trip() {
        for media in [Media::Pdf, Media::Jpeg, Media::Png] {
            assert_eq!(Media::parse(media.as_str()), Some(media));
        }
    }

    #[test]
    fn details_trim_and_accept_a_date_of_today() {
        let checked = details(
            "  Verslag GGD ",
            AttachmentKind::Onderzoeksverslag,
            Some("2026-12-02"),
            Some(" GGD "),
            today(),
        )
        .unwrap();
        assert_eq!(checked.title, "Verslag GGD");
        assert_eq!(checked.source.as_deref(), Some("GGD"));
        assert_eq!(checked.document_date, Some(today()));
    }

    #[test]
    fn details_refuse_an_empty_title_and_a_date_tomorrow_together() {
        let err =
            details(" ", AttachmentKind::Scan, Some("2026-12-03"), None, today()).unwrap_err();
        let rules: Vec<_> = err
            .field_errors()
            .into_iter()
            .map(|e| (e.field.into_owned(), e.rule))
            .collect();
        assert_eq!(
            rules,
            vec![
                ("title".to_owned(), Rule::Required),
                ("documentDate".to_owned(), Rule::DateInFuture)
            ]
        );
        assert!(matches!(err, Error::InvalidFields(_)));
    }
}
