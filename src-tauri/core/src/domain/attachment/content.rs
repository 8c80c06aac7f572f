//! Checks on an attachment's bytes before anything is stored: the size limit, what the bytes
//! really are (magic bytes, never the name alone), and whether they can be read — a PDF that
//! lopdf can parse, has pages and no password; a JPEG with a frame header and an end marker; a
//! PNG with a sound IHDR and an IEND. Pure functions over bytes; each failure is one
//! [`AttachmentRefusal`] with a Dutch text that names no pupil data.

use super::Media;
use std::panic::{AssertUnwindSafe, catch_unwind};

/// The largest attachment: 50 MB.
pub const MAX_BYTES: u64 = 50 * 1024 * 1024;

/// Pixel size and sample layout of an image (what the dossier bundle needs to place it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImageInfo {
    pub width: u32,
    pub height: u32,
    /// Colour components per pixel: 1 (grey or palette), 2 (grey + alpha), 3 (RGB), 4 (RGBA or
    /// CMYK).
    pub components: u8,
    pub bit_depth: u8,
}

/// What a sound file turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Inspected {
    pub media: Media,
    /// Pages of a PDF.
    pub page_count: Option<u32>,
    /// Size of an image.
    pub image: Option<ImageInfo>,
}

/// Why a file is refused. Nothing is stored when any of these is returned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AttachmentRefusal {
    /// Over [`MAX_BYTES`].
    TooLarge { size_bytes: u64 },
    /// An empty file.
    Empty,
    /// The name does not end in .pdf, .jpg, .jpeg or .png.
    UnsupportedName,
    /// The name says one type, the bytes are another (`actual` is `None` when the bytes are
    /// none of the three).
    Mismatch { named: Media, actual: Option<Media> },
    /// lopdf cannot read the PDF (truncated, broken cross-reference table…).
    PdfDamaged,
    /// A PDF without pages.
    PdfNoPages,
    /// A PDF with an `/Encrypt` dictionary (password-protected or restricted).
    PdfEncrypted,
    /// A JPEG or PNG whose header or structure is broken.
    ImageDamaged { media: Media },
}

impl AttachmentRefusal {
    /// The stable code (IPC error code, logs).
    pub fn as_str(&self) -> &'static str {
        match self {
            AttachmentRefusal::TooLarge { .. } => "attachment_too_large",
            AttachmentRefusal::Empty => "attachment_empty",
            AttachmentRefusal::UnsupportedName => "attachment_unsupported_type",
            AttachmentRefusal::Mismatch { .. } => "attachment_type_mismatch",
            AttachmentRefusal::PdfDamaged => "pdf_damaged",
            AttachmentRefusal::PdfNoPages => "pdf_no_pages",
            AttachmentRefusal::PdfEncrypted => "pdf_encrypted",
            AttachmentRefusal::ImageDamaged { .. } => "image_damaged",
        }
    }

    /// The Dutch text for a person (CLI, IPC details).
    pub fn dutch(&self) -> String {
        match self {
            AttachmentRefusal::TooLarge { size_bytes } => format!(
                "Dit bestand is {} MB; een bijlage mag ten hoogste 50 MB zijn. Er is niets \
                 opgeslagen.",
                size_bytes.div_ceil(1024 * 1024)
            ),
            AttachmentRefusal::Empty => "Dit bestand is leeg. Er is niets opgeslagen.".into(),
            AttachmentRefusal::UnsupportedName => "Alleen PDF-, JPEG- en PNG-bestanden kunnen \
                 worden toegevoegd (.pdf, .jpg, .jpeg of .png). Er is niets opgeslagen."
                .into(),
            AttachmentRefusal::Mismatch { named, actual } => {
                let is = match actual {
                    Some(media) => format!("een {}", media.dutch()),
                    None => "geen PDF-, JPEG- of PNG-bestand".into(),
                };
                format!(
                    "Dit bestand is niet wat de naam zegt: de naam eindigt op .{}, maar de inhoud \
                     is {is}. Er is niets opgeslagen.",
                    named.extension()
                )
            }
            AttachmentRefusal::PdfDamaged => "Dit PDF-bestand is beschadigd en kan niet worden \
                 gelezen. Er is niets opgeslagen."
                .into(),
            AttachmentRefusal::PdfNoPages => {
                "Dit PDF-bestand heeft geen pagina's. Er is niets opgeslagen.".into()
            }
            AttachmentRefusal::PdfEncrypted => "Dit PDF-bestand is met een wachtwoord beveiligd. \
                 Sla het zonder wachtwoord op en probeer het opnieuw."
                .into(),
            AttachmentRefusal::ImageDamaged { media } => format!(
                "Deze {} is beschadigd en kan niet worden gelezen. Er is niets opgeslagen.",
                media.dutch()
            ),
        }
    }
}

/// Checks a size before the bytes are read.
pub fn check_size(size_bytes: u64) -> Result<(), AttachmentRefusal> {
    if size_bytes > MAX_BYTES {
        Err(AttachmentRefusal::TooLarge { size_bytes })
    } else if size_bytes == 0 {
        Err(AttachmentRefusal::Empty)
    } else {
        Ok(())
    }
}

/// The type a file name claims, from its extension (case-insensitive).
pub fn media_for_name(file_name: &str) -> Result<Media, AttachmentRefusal> {
    let extension = file_name
        .rsplit_once('.')
        .map(|(_, extension)| extension.to_ascii_lowercase());
    match extension.as_deref() {
        Some("pdf") => Ok(Media::Pdf),
        Some("jpg" | "jpeg") => Ok(Media::Jpeg),
        Some("png") => Ok(Media::Png),
        _ => Err(AttachmentRefusal::UnsupportedName),
    }
}

const PNG_SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1a, b'\n'];

/// What the bytes are by their magic number. A PDF header may follow up to 1 KiB of junk, as
/// readers allow.
pub fn sniff(bytes: &[u8]) -> Option<Media> {
    if bytes.starts_with(&PNG_SIGNATURE) {
        Some(Media::Png)
    } else if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
        Some(Media::Jpeg)
    } else if find(&bytes[..bytes.len().min(1024)], b"%PDF-").is_some() {
        Some(Media::Pdf)
    } else {
        None
    }
}

/// Every check on a file named as `named`: size, type, then its structure.
pub fn inspect(named: Media, bytes: &[u8]) -> Result<Inspected, AttachmentRefusal> {
    check_size(u64::try_from(bytes.len()).unwrap_or(u64::MAX))?;
    let actual = sniff(bytes);
    if actual != Some(named) {
        return Err(AttachmentRefusal::Mismatch { named, actual });
    }
    match named {
        Media::Pdf => pdf_pages(bytes).map(|pages| Inspected {
            media: Media::Pdf,
            page_count: Some(pages),
            image: None,
        }),
        Media::Jpeg => jpeg_info(bytes)
            .ok_or(AttachmentRefusal::ImageDamaged { media: Media::Jpeg })
            .map(|info| image(Media::Jpeg, info)),
        Media::Png => png_info(bytes)
            .ok_or(AttachmentRefusal::ImageDamaged { media: Media::Png })
            .map(|info| image(Media::Png, info)),
    }
}

fn image(media: Media, info: ImageInfo) -> Inspected {
    Inspected {
        media,
        page_count: None,
        image: Some(info),
    }
}

/// Parses the PDF with lopdf and counts its pages. A parser panic on hostile input counts as
/// damage, not as a crash.
fn pdf_pages(bytes: &[u8]) -> Result<u32, AttachmentRefusal> {
    let loaded = catch_unwind(AssertUnwindSafe(|| lopdf::Document::load_mem(bytes)));
    let document = match loaded {
        Ok(Ok(document)) => document,
        // lopdf tries the empty password and fails on a real one: the trailer still says why.
        Ok(Err(_)) | Err(_) if declares_encryption(bytes) => {
            return Err(AttachmentRefusal::PdfEncrypted);
        }
        Ok(Err(_)) | Err(_) => return Err(AttachmentRefusal::PdfDamaged),
    };
    if document.trailer.get(b"Encrypt").is_ok() || document.encryption_state.is_some() {
        return Err(AttachmentRefusal::PdfEncrypted);
    }
    let pages = document.get_pages().len();
    if pages == 0 {
        return Err(AttachmentRefusal::PdfNoPages);
    }
    u32::try_from(pages).map_err(|_| AttachmentRefusal::PdfDamaged)
}

/// Whether the last trailer (or cross-reference stream) names an `/Encrypt` dictionary.
fn declares_encryption(bytes: &[u8]) -> bool {
    let tail = &bytes[bytes.len().saturating_sub(64 * 1024)..];
    find(tail, b"/Encrypt").is_some()
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

fn be16(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn be32(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

/// Walks the JPEG markers to the first frame header (SOF0–SOF15 except DHT, JPG and DAC) and
/// requires an end-of-image marker after it (a truncated scan has none).
pub fn jpeg_info(bytes: &[u8]) -> Option<ImageInfo> {
    let mut at = 2;
    loop {
        if *bytes.get(at)? != 0xff {
            return None;
        }
        while *bytes.get(at)? == 0xff {
            at += 1;
        }
        let marker = *bytes.get(at)?;
        at += 1;
        match marker {
            0x01 | 0xd0..=0xd7 => continue,
            0xd8..=0xda => return None,
            0xc0..=0xcf if !matches!(marker, 0xc4 | 0xc8 | 0xcc) => {
                let bit_depth = *bytes.get(at + 2)?;
                let height = u32::from(be16(bytes, at + 3)?);
                let width = u32::from(be16(bytes, at + 5)?);
                let components = *bytes.get(at + 7)?;
                let ends = bytes
                    .windows(2)
                    .rposition(|pair| pair == [0xff, 0xd9])
                    .is_some_and(|end| end > at);
                let sound = width > 0 && height > 0 && matches!(components, 1 | 3 | 4);
                return (sound && ends).then_some(ImageInfo {
                    width,
                    height,
                    components,
                    bit_depth,
                });
            }
            _ => {
                let length = usize::from(be16(bytes, at)?);
                if length < 2 {
                    return None;
                }
                at += length;
            }
        }
    }
}

/// Reads IHDR (checking its CRC) and walks the chunks to IEND, requiring image data.
pub fn png_info(bytes: &[u8]) -> Option<ImageInfo> {
    let ihdr = bytes.get(8..33)?;
    if be32(ihdr, 0)? != 13 || &ihdr[4..8] != b"IHDR" || be32(ihdr, 21)? != crc32(&ihdr[4..21]) {
        return None;
    }
    let width = be32(ihdr, 8)?;
    let height = be32(ihdr, 12)?;
    let bit_depth = ihdr[16];
    let components = match ihdr[17] {
        0 | 3 => 1,
        4 => 2,
        2 => 3,
        6 => 4,
        _ => return None,
    };
    if width == 0 || height == 0 || !matches!(bit_depth, 1 | 2 | 4 | 8 | 16) {
        return None;
    }
    let mut at = 33;
    let mut image_data = false;
    loop {
        let length = usize::try_from(be32(bytes, at)?).ok()?;
        let kind = bytes.get(at + 4..at + 8)?;
        let end = at.checked_add(12)?.checked_add(length)?;
        if end > bytes.len() {
            return None;
        }
        image_data |= kind == b"IDAT";
        if kind == b"IEND" {
            return image_data.then_some(ImageInfo {
                width,
                height,
                components,
                bit_depth,
            });
        }
        at = end;
    }
}

/// CRC-32 (ISO-HDLC, as PNG uses), bit by bit: only ever run over a 17-byte header.
pub(crate) fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xffff_ffff_u32;
    for byte in bytes {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xedb8_8320 & mask);
        }
    }
    !crc
}

#[cfg(test)]
#[path = "content_tests.rs"]
mod tests;
