//! Draws laid-out pages with printpdf: every page gets the running header (document title,
//! "Vertrouwelijk") and footer (print date, Ibis version, "Pagina x van y"); text is placed
//! absolutely with `Tm` in the embedded fonts, which printpdf subsets.

use super::fonts::Family;
use super::model::{Metadata, TextStyle};
use super::page::{
    ACCENT, CONTENT_WIDTH, FOOTER_BASELINE, HEADER_BASELINE, Item, MARGIN_LEFT, MUTED, PAGE_HEIGHT,
    Page, RULE, Rgb, SMALL_SIZE,
};
use super::wrap::sanitize;
use crate::error::{Error, Result};
use printpdf::{
    Color, CustomPdfConformance, FontId, Line, LinePoint, Mm, Op, PaintMode, PdfConformance,
    PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, TextItem, TextMatrix,
};

/// What the footer and the metadata need besides the pages.
#[derive(Debug, Clone)]
pub struct RenderInfo {
    /// Shown in the footer as `dd-mm-jjjj`.
    pub printed_on: String,
    pub app_version: String,
    /// Creation time for the metadata, Unix seconds.
    pub created_unix: i64,
}

/// Adds the running header and footer to each page, now that their number is known.
pub fn add_furniture(fonts: &Family, pages: &mut [Page], header_title: &str, info: &RenderInfo) {
    let total = pages.len();
    let right = MARGIN_LEFT + CONTENT_WIDTH;
    let regular = &fonts.regular;
    let bold = &fonts.bold;
    let title = sanitize(regular, header_title).replace('\n', " ");
    for (index, page) in pages.iter_mut().enumerate() {
        let mut furniture = Page::default();
        let confidential = "VERTROUWELIJK";
        let confidential_width = bold.text_width(confidential, SMALL_SIZE);
        let title = fit(
            regular,
            &title,
            SMALL_SIZE,
            CONTENT_WIDTH - confidential_width - 20.0,
        );
        furniture.text(
            MARGIN_LEFT,
            HEADER_BASELINE,
            TextStyle::Regular,
            SMALL_SIZE,
            MUTED,
            title,
        );
        furniture.text(
            right - confidential_width,
            HEADER_BASELINE,
            TextStyle::Bold,
            SMALL_SIZE,
            ACCENT,
            confidential.into(),
        );
        furniture.hline(MARGIN_LEFT, right, HEADER_BASELINE + 7.0, 0.5, RULE);

        furniture.hline(MARGIN_LEFT, right, FOOTER_BASELINE - 12.0, 0.5, RULE);
        let left = format!(
            "Afgedrukt op {} · Ibis {}",
            info.printed_on, info.app_version
        );
        furniture.text(
            MARGIN_LEFT,
            FOOTER_BASELINE,
            TextStyle::Regular,
            SMALL_SIZE,
            MUTED,
            left,
        );
        let number = format!("Pagina {} van {}", index + 1, total);
        let width = regular.text_width(&number, SMALL_SIZE);
        furniture.text(
            right - width,
            FOOTER_BASELINE,
            TextStyle::Regular,
            SMALL_SIZE,
            MUTED,
            number,
        );
        furniture.items.append(&mut page.items);
        page.items = furniture.items;
    }
}

/// Shortens `text` with "…" until it fits `width`.
fn fit(face: &super::fonts::Face, text: &str, size: f32, width: f32) -> String {
    if face.text_width(text, size) <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = face.char_width('…', size);
    for c in text.chars() {
        used += face.char_width(c, size);
        if used > width {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// Serialises the pages into PDF bytes with the given metadata.
pub fn render(
    fonts: &Family,
    pages: &[Page],
    metadata: &Metadata,
    info: &RenderInfo,
) -> Result<Vec<u8>> {
    let mut document = PdfDocument::new(&metadata.title);
    let created = printpdf::OffsetDateTime::from_unix_timestamp(info.created_unix)
        .map_err(|e| Error::Internal(format!("pdf date: {e}")))?;
    let producer = format!("Ibis {}", info.app_version);
    let meta = &mut document.metadata.info;
    meta.subject = metadata.subject.clone();
    meta.keywords = metadata.keywords.clone();
    meta.creator = "Ibis".into();
    meta.producer = producer;
    meta.creation_date = created;
    meta.modification_date = created;
    meta.metadata_date = created;
    meta.conformance = PdfConformance::Custom(CustomPdfConformance {
        requires_xmp_metadata: true,
        ..CustomPdfConformance::default()
    });
    let ids = [
        document.add_font(&fonts.regular.parsed),
        document.add_font(&fonts.bold.parsed),
        document.add_font(&fonts.italic.parsed),
    ];
    let pdf_pages = pages
        .iter()
        .map(|page| PdfPage::new(Mm(210.0), Mm(297.0), page_ops(page, &ids)))
        .collect();
    document.with_pages(pdf_pages);
    let mut warnings = Vec::new();
    let bytes = document.save(&PdfSaveOptions::default(), &mut warnings);
    if bytes.is_empty() {
        return Err(Error::Internal("pdf serialisation produced nothing".into()));
    }
    Ok(bytes)
}

fn color(rgb: Rgb) -> Color {
    Color::Rgb(printpdf::Rgb {
        r: rgb.0,
        g: rgb.1,
        b: rgb.2,
        icc_profile: None,
    })
}

fn font_id(ids: &[FontId; 3], style: TextStyle) -> FontId {
    match style {
        TextStyle::Regular => ids[0].clone(),
        TextStyle::Bold => ids[1].clone(),
        TextStyle::Italic => ids[2].clone(),
    }
}

fn point(x: f32, y_from_top: f32) -> LinePoint {
    LinePoint {
        p: Point {
            x: Pt(x),
            y: Pt(PAGE_HEIGHT - y_from_top),
        },
        bezier: false,
    }
}

/// Turns one page's items into printpdf operations. Consecutive texts share one text section;
/// font and colour are only set when they change.
fn page_ops(page: &Page, ids: &[FontId; 3]) -> Vec<Op> {
    let mut ops = Vec::with_capacity(page.items.len() * 3);
    let mut in_text = false;
    let mut font: Option<(TextStyle, f32)> = None;
    let mut fill: Option<Rgb> = None;
    for item in &page.items {
        match item {
            Item::Text {
                x,
                baseline,
                style,
                size,
                color: rgb,
                text,
            } => {
                if !in_text {
                    ops.push(Op::StartTextSection);
                    in_text = true;
                    font = None;
                }
                if font != Some((*style, *size)) {
                    ops.push(Op::SetFont {
                        font: PdfFontHandle::External(font_id(ids, *style)),
                        size: Pt(*size),
                    });
                    font = Some((*style, *size));
                }
                if fill != Some(*rgb) {
                    ops.push(Op::SetFillColor { col: color(*rgb) });
                    fill = Some(*rgb);
                }
                ops.push(Op::SetTextMatrix {
                    matrix: TextMatrix::Translate(Pt(*x), Pt(PAGE_HEIGHT - baseline)),
                });
                ops.push(Op::ShowText {
                    items: vec![TextItem::Text(text.clone())],
                });
            }
            Item::Line {
                x1,
                y1,
                x2,
                y2,
                width,
                color: rgb,
            } => {
                if in_text {
                    ops.push(Op::EndTextSection);
                    in_text = false;
                }
                ops.push(Op::SetOutlineColor { col: color(*rgb) });
                ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                ops.push(Op::DrawLine {
                    line: Line {
                        points: vec![point(*x1, *y1), point(*x2, *y2)],
                        is_closed: false,
                    },
                });
            }
            Item::Fill {
                x,
                top,
                width,
                height,
                color: rgb,
            } => {
                if in_text {
                    ops.push(Op::EndTextSection);
                    in_text = false;
                }
                if fill != Some(*rgb) {
                    ops.push(Op::SetFillColor { col: color(*rgb) });
                    fill = Some(*rgb);
                }
                ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        x: Pt(*x),
                        y: Pt(PAGE_HEIGHT - top - height),
                        width: Pt(*width),
                        height: Pt(*height),
                        mode: Some(PaintMode::Fill),
                        winding_order: None,
                    },
                });
            }
        }
    }
    if in_text {
        ops.push(Op::EndTextSection);
    }
    ops
}
