use super::*;
use crate::usecases::demo::attachments;
use lopdf::{Document, Object, dictionary};

fn valid_pdf(pages: u32) -> Vec<u8> {
    attachments::pdf("Toetsoverzicht groep 6", pages).unwrap()
}

/// A valid PDF with an `/Encrypt` dictionary written into its trailer.
fn encrypted_pdf() -> Vec<u8> {
    let mut document = Document::load_mem(&valid_pdf(1)).unwrap();
    let encrypt = document.add_object(dictionary! {
        "Filter" => "Standard",
        "V" => 1,
        "R" => 2,
        "O" => Object::string_literal(vec![7u8; 32]),
        "U" => Object::string_literal(vec![9u8; 32]),
        "P" => -4,
    });
    document.trailer.set("Encrypt", encrypt);
    let mut bytes = Vec::new();
    document.save_to(&mut bytes).unwrap();
    bytes
}

fn pdf_without_pages() -> Vec<u8> {
    let mut document = Document::with_version("1.5");
    let pages = document.add_object(dictionary! {
        "Type" => "Pages", "Kids" => Vec::<Object>::new(), "Count" => 0,
    });
    let catalog = document.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
    document.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    document.save_to(&mut bytes).unwrap();
    bytes
}

/// A minimal baseline JPEG header: SOI, APP0, SOF0 (8 bit, 32×16, 3 components), EOI.
fn jpeg() -> Vec<u8> {
    let mut bytes = vec![0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10];
    bytes.extend_from_slice(b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0");
    bytes.extend_from_slice(&[0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x10, 0x00, 0x20, 0x03]);
    bytes.extend_from_slice(&[1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0]);
    bytes.extend_from_slice(&[0xff, 0xd9]);
    bytes
}

#[test]
fn a_valid_pdf_gives_its_page_count() {
    let inspected = inspect(Media::Pdf, &valid_pdf(3)).unwrap();
    assert_eq!(inspected.media, Media::Pdf);
    assert_eq!(inspected.page_count, Some(3));
    assert_eq!(inspected.image, None);
}

#[test]
fn an_encrypted_pdf_is_refused_with_the_password_text() {
    let refusal = inspect(Media::Pdf, &encrypted_pdf()).unwrap_err();
    assert_eq!(refusal, AttachmentRefusal::PdfEncrypted);
    assert_eq!(
        refusal.dutch(),
        "Dit PDF-bestand is met een wachtwoord beveiligd. Sla het zonder wachtwoord op en \
         probeer het opnieuw."
    );
}

#[test]
fn a_truncated_pdf_is_damaged() {
    let bytes = valid_pdf(2);
    let half = &bytes[..bytes.len() / 2];
    assert_eq!(
        inspect(Media::Pdf, half).unwrap_err(),
        AttachmentRefusal::PdfDamaged
    );
}

#[test]
fn a_pdf_without_pages_is_refused() {
    assert_eq!(
        inspect(Media::Pdf, &pdf_without_pages()).unwrap_err(),
        AttachmentRefusal::PdfNoPages
    );
}

#[test]
fn a_png_named_pdf_is_refused_naming_both() {
    let png = attachments::png(4, 3, [200, 10, 10]);
    let refusal = inspect(Media::Pdf, &png).unwrap_err();
    assert_eq!(
        refusal,
        AttachmentRefusal::Mismatch {
            named: Media::Pdf,
            actual: Some(Media::Png)
        }
    );
    let text = refusal.dutch();
    assert!(
        text.contains(".pdf") && text.contains("PNG-afbeelding"),
        "{text}"
    );
}

#[test]
fn text_named_png_is_none_of_the_three() {
    let refusal = inspect(Media::Png, b"just some text").unwrap_err();
    assert_eq!(
        refusal,
        AttachmentRefusal::Mismatch {
            named: Media::Png,
            actual: None
        }
    );
}

#[test]
fn a_generated_png_gives_its_size_and_layout() {
    let inspected = inspect(Media::Png, &attachments::png(40, 30, [0, 0, 0])).unwrap();
    assert_eq!(
        inspected.image,
        Some(ImageInfo {
            width: 40,
            height: 30,
            components: 3,
            bit_depth: 8
        })
    );
    assert_eq!(inspected.page_count, None);
}

#[test]
fn a_png_with_a_broken_header_or_cut_off_is_damaged() {
    let mut bytes = attachments::png(4, 4, [1, 2, 3]);
    let cut = bytes[..bytes.len() - 12].to_vec();
    assert_eq!(
        inspect(Media::Png, &cut).unwrap_err(),
        AttachmentRefusal::ImageDamaged { media: Media::Png }
    );
    bytes[18] ^= 0x01; // width changes, the IHDR CRC no longer matches
    assert_eq!(
        inspect(Media::Png, &bytes).unwrap_err(),
        AttachmentRefusal::ImageDamaged { media: Media::Png }
    );
}

#[test]
fn a_jpeg_gives_its_frame_header() {
    let inspected = inspect(Media::Jpeg, &jpeg()).unwrap();
    assert_eq!(
        inspected.image,
        Some(ImageInfo {
            width: 32,
            height: 16,
            components: 3,
            bit_depth: 8
        })
    );
}

#[test]
fn a_jpeg_without_frame_or_end_is_damaged() {
    let bytes = jpeg();
    let cut = &bytes[..bytes.len() - 2];
    assert_eq!(
        inspect(Media::Jpeg, cut).unwrap_err(),
        AttachmentRefusal::ImageDamaged { media: Media::Jpeg }
    );
    assert_eq!(
        inspect(Media::Jpeg, &[0xff, 0xd8, 0xff, 0xd9]).unwrap_err(),
        AttachmentRefusal::ImageDamaged { media: Media::Jpeg }
    );
}

#[test]
fn size_limits_are_checked_before_reading() {
    assert_eq!(check_size(MAX_BYTES), Ok(()));
    assert_eq!(
        check_size(MAX_BYTES + 1),
        Err(AttachmentRefusal::TooLarge {
            size_bytes: MAX_BYTES + 1
        })
    );
    assert_eq!(check_size(0), Err(AttachmentRefusal::Empty));
}

#[test]
fn names_map_to_media_case_insensitively() {
    assert_eq!(media_for_name("verslag.PDF"), Ok(Media::Pdf));
    assert_eq!(media_for_name("scan.jpeg"), Ok(Media::Jpeg));
    assert_eq!(media_for_name("scan.JPG"), Ok(Media::Jpeg));
    assert_eq!(media_for_name("foto.png"), Ok(Media::Png));
    assert_eq!(
        media_for_name("brief.docx"),
        Err(AttachmentRefusal::UnsupportedName)
    );
    assert_eq!(
        media_for_name("zonder-extensie"),
        Err(AttachmentRefusal::UnsupportedName)
    );
}

#[test]
fn crc32_matches_the_reference_value() {
    assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
}
