//! The TLV dossier (issue 10 item 5) as a commission reads it: one file, a bookmark per part
//! and attachment pointing at the page the contents names, "pagina x van y" on every page
//! (attached, rotated and odd-sized pages included), attached text still extractable, an image
//! on an A4 page of its own, missing checklist items listed as "ontbreekt", the generated part
//! under 12 pages, no name in the metadata and `qpdf --check` clean.

use super::opp_sample::FULL_NAME;
use super::tlv_sample::{self, ATTACHED_WORD};
use super::*;
use ibis_core::export::tlv_dossier::{self, AttachmentMedia, PARTS, TlvAttachment, TlvDossierData};
use ibis_core::template::Template;
use lopdf::{Document as PdfDocument, Object, ObjectId, dictionary};
use std::process::Command;

fn bundled(name: &str, data: &TlvDossierData) -> (Rendered, Pdf) {
    let template = Template::landelijk().unwrap();
    let rendered = tlv_dossier::build(data, &template, &info()).expect("bundles");
    let pdf = Pdf::write(name, &rendered.bytes);
    (rendered, pdf)
}

/// (title, page) of every top-level bookmark, pages 1-based.
fn bookmarks(bytes: &[u8]) -> Vec<(String, usize)> {
    let document = PdfDocument::load_mem(bytes).unwrap();
    let pages: Vec<ObjectId> = document.page_iter().collect();
    let outlines = document
        .catalog()
        .unwrap()
        .get(b"Outlines")
        .unwrap()
        .as_reference()
        .unwrap();
    let mut next = document
        .get_dictionary(outlines)
        .unwrap()
        .get(b"First")
        .and_then(Object::as_reference)
        .ok();
    let mut found = Vec::new();
    while let Some(id) = next {
        let item = document.get_dictionary(id).unwrap();
        let title = match item.get(b"Title").unwrap() {
            Object::String(bytes, _) => decode_text_string(bytes),
            other => panic!("title {other:?}"),
        };
        let action = document
            .get_dictionary(item.get(b"A").unwrap().as_reference().unwrap())
            .unwrap();
        let target = action.get(b"D").unwrap().as_array().unwrap()[0]
            .as_reference()
            .unwrap();
        let page = pages.iter().position(|p| *p == target).expect("a page") + 1;
        found.push((title, page));
        next = item.get(b"Next").and_then(Object::as_reference).ok();
    }
    found
}

/// A PDF text string: UTF-16BE with its byte order mark, or PDFDocEncoding (ASCII here).
fn decode_text_string(bytes: &[u8]) -> String {
    match bytes.strip_prefix(&[0xFE, 0xFF]) {
        Some(utf16) => String::from_utf16(
            &utf16
                .chunks_exact(2)
                .map(|pair| u16::from_be_bytes([pair[0], pair[1]]))
                .collect::<Vec<_>>(),
        )
        .unwrap(),
        None => String::from_utf8(bytes.to_vec()).unwrap(),
    }
}

/// The page number the contents (pages 1–4, `pdftotext -layout`) gives for `title`.
fn contents_page(pdf: &Pdf, title: &str) -> usize {
    let output = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8", "-f", "1", "-l", "4"])
        .arg(&pdf.path)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    let line = text
        .lines()
        .find(|line| {
            line.trim_start()
                .strip_prefix(title)
                .is_some_and(|rest| rest.starts_with("  "))
        })
        .unwrap_or_else(|| panic!("‘{title}’ not in the contents:\n{text}"));
    let number = line.split_whitespace().last().unwrap();
    number.split('–').next().unwrap().parse().unwrap()
}

#[test]
fn bookmarks_open_the_pages_the_contents_names() {
    let data = tlv_sample::typical_with(3);
    let (rendered, pdf) = bundled("tlv-bladwijzers", &data);
    let marks = bookmarks(&rendered.bytes);
    assert_eq!(
        marks.len(),
        PARTS.len() + data.attachments.len(),
        "{marks:?}"
    );
    for (index, part) in PARTS.iter().enumerate() {
        let (title, page) = &marks[index];
        assert_eq!(title, part);
        assert_eq!(*page, contents_page(&pdf, part), "{part}");
        assert!(
            page_text(&pdf, *page).contains(part),
            "{part} not on page {page}"
        );
    }
    for (index, attachment) in data.attachments.iter().enumerate() {
        let (title, page) = &marks[PARTS.len() + index];
        let entry = format!("Bijlage {} · {}", index + 1, attachment.title);
        assert_eq!(title, &entry);
        assert_eq!(*page, contents_page(&pdf, &entry), "{entry}");
        let word = [ATTACHED_WORD, "Toetsresultaten"][index];
        assert!(page_text(&pdf, *page).contains(&format!("{word} op blad 1")));
        assert!(!page_text(&pdf, page - 1).contains(word));
    }
    assert_eq!(marks[PARTS.len()].1 + 3, marks[PARTS.len() + 1].1);
    assert_eq!(rendered.pages, marks[PARTS.len() + 1].1 + 2);
}

/// [x_min, y_min, x_max, y_max] of every `word` on `page` (pdftotext -bbox, points from the
/// top-left corner of the page as shown).
fn word_boxes(pdf: &Pdf, page: usize, word: &str) -> Vec<[f32; 4]> {
    let n = page.to_string();
    let output = Command::new("pdftotext")
        .args(["-bbox", "-f", &n, "-l", &n])
        .arg(&pdf.path)
        .arg("-")
        .output()
        .unwrap();
    let html = String::from_utf8(output.stdout).unwrap();
    html.lines()
        .filter(|line| line.contains(&format!(">{word}<")))
        .map(|line| {
            ["xMin", "yMin", "xMax", "yMax"].map(|name| {
                let start = line.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                line[start..].split('"').next().unwrap().parse().unwrap()
            })
        })
        .collect()
}

/// The box of the lowest `word` on `page`.
fn word_box(pdf: &Pdf, page: usize, word: &str) -> [f32; 4] {
    word_boxes(pdf, page, word)
        .into_iter()
        .max_by(|a, b| a[3].total_cmp(&b[3]))
        .unwrap_or_else(|| panic!("‘{word}’ not on page {page}"))
}

#[test]
fn a_contents_longer_than_the_cover_still_names_the_right_pages() {
    let mut data = tlv_sample::typical_with(1);
    let page = tlv_sample::attached_pdf("Losblad", 1);
    data.attachments = (1..=45)
        .map(|n| {
            attachment(
                &format!("Losse notitie {n}"),
                AttachmentMedia::Pdf,
                page.clone(),
            )
        })
        .collect();
    let (rendered, pdf) = bundled("tlv-lange-inhoud", &data);
    assert!(
        page_text(&pdf, 2).contains("Bijlage 10 · Losse notitie 10"),
        "the contents runs onto page 2"
    );
    // Its page numbers stand right-aligned there too, against the right margin.
    let right = word_boxes(&pdf, 2, "21")
        .iter()
        .map(|[_, _, x_max, _]| *x_max)
        .fold(0.0_f32, f32::max);
    assert!(
        (right - (595.28 - 56.0 - 5.0)).abs() < 1.0,
        "number ends at {right}"
    );
    let marks = bookmarks(&rendered.bytes);
    assert_eq!(marks.len(), PARTS.len() + 45);
    for (title, page) in &marks {
        assert_eq!(*page, contents_page(&pdf, title), "{title}");
    }
    assert_eq!(marks.last().unwrap().1, rendered.pages);
    assert!(page_text(&pdf, marks[0].1).contains(PARTS[0]));
}

#[test]
fn every_page_carries_its_stamp_and_qpdf_finds_no_errors() {
    let data = tlv_sample::typical_with(3);
    let (rendered, pdf) = bundled("tlv-stempel", &data);
    let total = rendered.pages;
    let generated = total - 3 * data.attachments.len();
    assert_eq!(pdf.pages(), total);
    for page in 1..=total {
        let text = page_text(&pdf, page);
        let stamp = format!("TLV-dossier ZKÖ · pagina {page} van {total}");
        assert!(
            text.contains(&stamp),
            "page {page} lacks ‘{stamp}’:\n{text}"
        );
        // The generated part's own footer no longer counts its own pages (an attached
        // document keeps its own numbers).
        if page <= generated {
            assert!(!text.contains("Pagina "), "page {page}: {text}");
            // Below the footer line, never on it.
            let footer = word_box(&pdf, page, "Afgedrukt");
            let stamp = word_box(&pdf, page, "pagina");
            assert!(
                stamp[1] > footer[3] + 4.0,
                "page {page}: {stamp:?} vs {footer:?}"
            );
        }
    }
    pdf.qpdf_check();
}

#[test]
fn the_text_of_an_attached_pdf_stays_extractable() {
    let (_, pdf) = bundled("tlv-bijlagetekst", &tlv_sample::typical_with(2));
    let text = pdf.text();
    assert!(
        text.contains(&format!("{ATTACHED_WORD} op blad 2")),
        "{text}"
    );
    assert!(text.contains("Toetsresultaten op blad 1"));
}

/// A 3×2 RGBA PNG with one transparent pixel.
fn png_bytes() -> Vec<u8> {
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, 3, 2);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().unwrap();
    let mut pixels = [200u8; 24];
    pixels[3] = 0;
    writer.write_image_data(&pixels).unwrap();
    writer.finish().unwrap();
    bytes
}

fn attachment(title: &str, media: AttachmentMedia, bytes: Vec<u8>) -> TlvAttachment {
    TlvAttachment {
        title: title.into(),
        kind_label: "scan".into(),
        document_date: None,
        source: None,
        media,
        bytes,
    }
}

/// pdfinfo's "Page n size:" and "Page n rot:" lines for one page.
fn page_size(pdf: &Pdf, page: usize) -> String {
    let n = page.to_string();
    let output = Command::new("pdfinfo")
        .args(["-f", &n, "-l", &n])
        .arg(&pdf.path)
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    text.lines()
        .filter(|line| line.contains(" size:") || line.contains(" rot:"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn an_image_attachment_becomes_one_a4_page() {
    let mut data = tlv_sample::typical_with(1);
    data.attachments = vec![attachment(
        "Scan rapport",
        AttachmentMedia::Png,
        png_bytes(),
    )];
    let (rendered, pdf) = bundled("tlv-afbeelding", &data);
    let marks = bookmarks(&rendered.bytes);
    let (_, first) = marks.last().unwrap();
    assert_eq!(*first, rendered.pages, "the image is the last, single page");
    assert!(page_size(&pdf, rendered.pages).contains("595.28 x 841.89"));
    assert!(page_text(&pdf, rendered.pages).contains("Bijlage 1 · Scan rapport"));
    pdf.qpdf_check();
    let images = Command::new("pdfimages")
        .args(["-list"])
        .arg(&pdf.path)
        .output()
        .unwrap();
    let list = String::from_utf8(images.stdout).unwrap();
    assert!(
        list.contains("smask"),
        "the alpha channel is a soft mask: {list}"
    );
}

/// The smallest baseline JPEG: one grey 8×8 block (a quantisation table of ones, one-code
/// Huffman tables, a DC difference of 0 and end-of-block).
fn jpeg_bytes() -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xD8, 0xFF, 0xDB, 0x00, 0x43, 0x00];
    bytes.extend([1u8; 64]);
    bytes.extend([
        0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x08, 0x00, 0x08, 0x01, 0x01, 0x11, 0x00,
    ]);
    for class in [0x00, 0x10] {
        bytes.extend([0xFF, 0xC4, 0x00, 0x14, class, 0x01]);
        bytes.extend([0u8; 15]);
        bytes.push(0x00);
    }
    bytes.extend([0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00]);
    bytes.extend([0x3F, 0xFF, 0xD9]);
    bytes
}

#[test]
fn a_jpeg_is_embedded_as_it_is_on_an_a4_page() {
    let mut data = tlv_sample::typical_with(1);
    let jpeg = jpeg_bytes();
    data.attachments = vec![attachment(
        "Foto werkplek",
        AttachmentMedia::Jpeg,
        jpeg.clone(),
    )];
    let (rendered, pdf) = bundled("tlv-jpeg", &data);
    assert!(page_size(&pdf, rendered.pages).contains("595.28 x 841.89"));
    assert!(
        contains(&rendered.bytes, &jpeg),
        "the JPEG bytes are not re-encoded"
    );
    let images = Command::new("pdfimages")
        .arg("-list")
        .arg(&pdf.path)
        .output()
        .unwrap();
    let list = String::from_utf8(images.stdout).unwrap();
    assert!(list.contains("jpeg"), "{list}");
    pdf.qpdf_check();
}

/// A PDF made by hand: a landscape 400×300 page turned a quarter (/Rotate 90), its MediaBox
/// and resources inherited from a nested page-tree node, a CropBox, and a stream that leaves
/// the graphics state scaled.
fn odd_pdf() -> Vec<u8> {
    let mut document = PdfDocument::with_version("1.5");
    let font = document.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    let content = document.add_object(lopdf::Stream::new(
        dictionary! {},
        b"3 0 0 3 0 0 cm BT /F1 8 Tf 10 40 Td (Scheefgedraaidwoord) Tj ET".to_vec(),
    ));
    let root = document.new_object_id();
    let middle = document.new_object_id();
    let page = document.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => middle,
        "Rotate" => 90,
        "CropBox" => vec![10.into(), 10.into(), 390.into(), 290.into()],
        "Contents" => content,
    });
    document.objects.insert(
        middle,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Parent" => root, "Kids" => vec![page.into()], "Count" => 1,
            "MediaBox" => vec![0.into(), 0.into(), 400.into(), 300.into()],
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
        }),
    );
    document.objects.insert(
        root,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![middle.into()], "Count" => 1,
        }),
    );
    let catalog = document.add_object(dictionary! { "Type" => "Catalog", "Pages" => root });
    document.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    document.save_to(&mut bytes).unwrap();
    bytes
}

#[test]
fn a_rotated_odd_sized_attached_page_keeps_its_text_and_gets_its_stamp() {
    let mut data = tlv_sample::typical_with(1);
    data.attachments = vec![attachment("Gedraaid blad", AttachmentMedia::Pdf, odd_pdf())];
    let (rendered, pdf) = bundled("tlv-gedraaid", &data);
    let last = rendered.pages;
    let text = page_text(&pdf, last);
    assert!(text.contains("Scheefgedraaidwoord"), "{text}");
    assert!(
        text.contains(&format!("pagina {last} van {last}")),
        "no stamp on the turned page: {text}"
    );
    let size = page_size(&pdf, last);
    let size = size.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        size.contains("380 x 280") && size.contains("rot: 90"),
        "{size}"
    );
    // Shown upright (280 wide, 380 high) with the stamp at its foot, right-aligned.
    let [x_min, _, x_max, y_max] = word_box(&pdf, last, "pagina");
    assert!(y_max > 380.0 - 20.0, "stamp at {y_max}");
    assert!(
        x_max < 280.0 && x_min > 100.0,
        "stamp from {x_min} to {x_max}"
    );
    pdf.qpdf_check();
}

#[test]
fn missing_checklist_items_are_listed_as_ontbreekt() {
    let (_, pdf) = bundled("tlv-checklist", &tlv_sample::typical_with(1));
    let text = pdf.text();
    assert!(text.contains("Er ontbreken 2 onderdelen: Verslag OT/MDO, Onderzoeksverslag."));
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(flat.matches("ontbreekt").count(), 2, "{flat}");
    assert!(
        flat.contains("uit: OPP versie 3, vastgesteld op 12-11-2026"),
        "{flat}"
    );
}

#[test]
fn warnings_show_when_an_expert_is_not_independent_or_parents_have_not_answered() {
    let mut data = tlv_sample::typical_with(1);
    data.parents = tlv_dossier::ParentsPosition::NotYet;
    data.experts.truncate(1);
    data.experts[0].independent = false;
    let (_, pdf) = bundled("tlv-waarschuwingen", &data);
    let flat = pdf.text().split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Let op: er is één deskundigenadvies vastgelegd."),
        "{flat}"
    );
    assert!(
        flat.contains("is niet onafhankelijk van de school"),
        "{flat}"
    );
    assert!(
        flat.contains("Let op: het standpunt van de ouders"),
        "{flat}"
    );
}

#[test]
fn a_draft_opp_is_called_a_concept_and_a_missing_one_is_said() {
    let mut data = tlv_sample::typical_with(1);
    data.opp = Some(super::opp_sample::draft());
    let (_, pdf) = bundled("tlv-opp-concept", &data);
    let flat = pdf.text().split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Let op: dit OPP (versie 3) is een concept en nog niet vastgesteld."),
        "{flat}"
    );
    assert!(!flat.contains("zoals het is vastgesteld"), "{flat}");
    data.opp = None;
    let (_, pdf) = bundled("tlv-geen-opp", &data);
    let flat = pdf.text().split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("er is geen vastgesteld ontwikkelingsperspectiefplan"));
}

#[test]
fn the_generated_part_of_a_typical_dossier_stays_under_twelve_pages() {
    let data = tlv_sample::typical_with(20);
    let (rendered, _) = bundled("tlv-omvang", &data);
    let generated = rendered.pages - 40;
    assert!(generated < 12, "{generated} generated pages");
    let marks = bookmarks(&rendered.bytes);
    assert_eq!(marks[PARTS.len()].1, generated + 1);
}

#[test]
fn no_name_in_the_metadata_not_even_an_attachments_own() {
    let (_, pdf) = bundled("tlv-metadata", &tlv_sample::typical_with(1));
    assert!(pdf.text().contains(FULL_NAME), "the name is in the content");
    let info = pdf.info();
    assert!(info.contains(tlv_dossier::METADATA_TITLE), "{info}");
    let raw = pdf.decompressed();
    for name in ["Zoë", "Kanariepiet"] {
        assert!(!info.contains(name), "pdfinfo shows {name}");
        assert!(!contains(&raw, name.as_bytes()), "raw PDF holds {name}");
        let utf16: Vec<u8> = name.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert!(!contains(&raw, &utf16), "raw PDF holds {name} (UTF-16)");
    }
}

#[test]
fn a_damaged_attachment_is_refused_and_the_file_name_has_initials_only() {
    let mut data = tlv_sample::typical_with(1);
    data.attachments[1].bytes = b"%PDF-1.7 kapot".to_vec();
    let template = Template::landelijk().unwrap();
    let error = tlv_dossier::build(&data, &template, &info()).unwrap_err();
    assert!(
        matches!(error, Error::ExportFailed(ref m) if m.contains("attachment 2")),
        "{error:?}"
    );
    data.attachments[1] = attachment("Niet echt", AttachmentMedia::Png, b"GIF89a".to_vec());
    assert!(tlv_dossier::build(&data, &template, &info()).is_err());
    assert_eq!(
        tlv_dossier::file_name(&data),
        "tlv-dossier-ZKÖ-2026-11-23.pdf"
    );
}

#[test]
fn no_word_of_the_generated_part_is_broken_without_a_hyphen() {
    let data = tlv_sample::typical_with(1);
    let document = tlv_dossier::document(&data, &Template::landelijk().unwrap());
    let (_, pdf) = render("tlv-woorden", &document);
    let unexplained =
        super::words::unexplained_words(&pdf.raw_text(), &super::words::document_words(&document));
    assert!(
        unexplained.is_empty(),
        "broken without a hyphen: {unexplained:?}"
    );
}
