//! Draws laid-out pages with printpdf: every page gets the running header (document title,
//! "Vertrouwelijk") and footer (print date, Ibis version, "Pagina x van y") — a child's document
//! only a quiet footer line; text is placed absolutely with `Tm` in the embedded fonts, which
//! printpdf subsets. A text falls back to the symbols face per character run (emoji).

use super::fonts::{Face, Family};
use super::model::{Audience, Metadata, TextStyle};
use super::page::{
    ACCENT, CONTENT_WIDTH, FOOTER_BASELINE, HEADER_BASELINE, Item, MARGIN_LEFT, MARK, MARK_TINT,
    MUTED, PAGE_HEIGHT, Page, PathPoint, RULE, Rgb, SMALL_SIZE,
};
use super::wrap::sanitize;
use crate::error::{Error, Result};
use printpdf::{
    Color, CustomPdfConformance, FontId, Line, LinePoint, Mm, Op, PaintMode, PdfConformance,
    PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt, Rect,
    TextItem, TextMatrix, WindingOrder,
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

/// The footer line of a child's document: it says the sheet is private without shouting.
pub const CHILD_FOOTER: &str = "Dit blad is van jou. Je ouders en school mogen het ook lezen.";

/// The size of the word in the header band ("CONCEPT").
const MARK_SIZE: f32 = 10.5;

/// Adds the running header and footer to each page, now that their number is known; `mark`
/// ("CONCEPT") goes in a boxed band in every header, between the title and "VERTROUWELIJK".
pub fn add_furniture(
    fonts: &Family,
    pages: &mut [Page],
    header_title: &str,
    audience: Audience,
    mark: Option<&str>,
    info: &RenderInfo,
) {
    if audience == Audience::Child {
        add_child_footer(fonts, pages);
        return;
    }
    let total = pages.len();
    let right = MARGIN_LEFT + CONTENT_WIDTH;
    let regular = &fonts.regular;
    let bold = &fonts.bold;
    let title = sanitize(regular, header_title).replace('\n', " ");
    let mark = mark
        .map(|mark| sanitize(bold, mark).replace('\n', " "))
        .filter(|mark| !mark.trim().is_empty());
    let mark_width = mark.as_deref().map_or(0.0, |mark| {
        bold.text_width(mark, MARK_SIZE) + 2.0 * MARK_PAD + 14.0
    });
    for (index, page) in pages.iter_mut().enumerate() {
        let mut furniture = Page::default();
        let confidential = "VERTROUWELIJK";
        let confidential_width = bold.text_width(confidential, SMALL_SIZE);
        let title = fit(
            regular,
            &title,
            SMALL_SIZE,
            CONTENT_WIDTH - confidential_width - mark_width - 20.0,
        );
        if let Some(mark) = &mark {
            let x = right - confidential_width - mark_width;
            draw_mark(&mut furniture, bold, x, mark);
        }
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

/// Padding left and right of the word in the header band.
const MARK_PAD: f32 = 8.0;

/// A framed, lightly filled band with `mark` in bold capitals, sitting on the header line.
fn draw_mark(page: &mut Page, bold: &Face, x: f32, mark: &str) {
    let width = bold.text_width(mark, MARK_SIZE) + 2.0 * MARK_PAD;
    let height = MARK_SIZE + 7.0;
    let top = HEADER_BASELINE - MARK_SIZE - 3.0;
    page.fill(x, top, width, height, MARK_TINT);
    page.frame(x, top, width, height, (1.0, MARK));
    // Capitals are about 0.71 em high: centre them in the band.
    page.text(
        x + MARK_PAD,
        top + (height + 0.71 * MARK_SIZE) / 2.0,
        TextStyle::Bold,
        MARK_SIZE,
        MARK,
        mark.to_owned(),
    );
}

/// One quiet line at the foot of every page of a child's document, and "Blad x van y".
fn add_child_footer(fonts: &Family, pages: &mut [Page]) {
    let total = pages.len();
    let right = MARGIN_LEFT + CONTENT_WIDTH;
    let size = 10.0;
    for (index, page) in pages.iter_mut().enumerate() {
        page.text(
            MARGIN_LEFT,
            FOOTER_BASELINE,
            TextStyle::Regular,
            size,
            MUTED,
            CHILD_FOOTER.into(),
        );
        if total > 1 {
            let number = format!("Blad {} van {}", index + 1, total);
            let width = fonts.regular.text_width(&number, size);
            page.text(
                right - width,
                FOOTER_BASELINE,
                TextStyle::Regular,
                size,
                MUTED,
                number,
            );
        }
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
    // The symbols face is only embedded when a page draws one of its glyphs.
    let needs_symbols = pages
        .iter()
        .flat_map(|page| &page.items)
        .any(|item| match item {
            Item::Text { style, text, .. } => {
                text.chars().any(|c| !fonts.face(*style).own_glyph(c))
            }
            _ => false,
        });
    let ids = FontIds {
        regular: document.add_font(&fonts.regular.parsed),
        bold: document.add_font(&fonts.bold.parsed),
        italic: document.add_font(&fonts.italic.parsed),
        symbols: needs_symbols.then(|| document.add_font(&fonts.symbols.parsed)),
    };
    let pdf_pages = pages
        .iter()
        .map(|page| PdfPage::new(Mm(210.0), Mm(297.0), page_ops(fonts, page, &ids)))
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

/// The document's fonts; `symbols` only when a page needs it.
struct FontIds {
    regular: FontId,
    bold: FontId,
    italic: FontId,
    symbols: Option<FontId>,
}

impl FontIds {
    fn of(&self, style: TextStyle) -> &FontId {
        match style {
            TextStyle::Regular => &self.regular,
            TextStyle::Bold => &self.bold,
            TextStyle::Italic => &self.italic,
        }
    }
}

/// Which font draws a run: the style's own face, or the symbols face it falls back to.
#[derive(Debug, Clone, Copy, PartialEq)]
enum RunFont {
    Own(TextStyle),
    Symbols,
}

/// Splits `text` into runs of one font each, with each run's offset from the text's start.
fn runs(face: &Face, style: TextStyle, text: &str, size: f32) -> Vec<(RunFont, f32, String)> {
    let mut runs: Vec<(RunFont, f32, String)> = Vec::new();
    let mut x = 0.0;
    for c in text.chars() {
        let font = if face.own_glyph(c) || !face.has_glyph(c) {
            RunFont::Own(style)
        } else {
            RunFont::Symbols
        };
        match runs.last_mut() {
            Some((last, _, run)) if *last == font => run.push(c),
            _ => runs.push((font, x, c.to_string())),
        }
        x += face.char_width(c, size);
    }
    runs
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

fn path_points(points: &[PathPoint]) -> Vec<LinePoint> {
    points
        .iter()
        .map(|p| LinePoint {
            bezier: p.control,
            ..point(p.x, p.y)
        })
        .collect()
}

/// Turns one page's items into printpdf operations. Consecutive texts share one text section;
/// font and colour are only set when they change.
fn page_ops(fonts: &Family, page: &Page, ids: &FontIds) -> Vec<Op> {
    let mut ops = Vec::with_capacity(page.items.len() * 3);
    let mut in_text = false;
    let mut font: Option<(RunFont, f32)> = None;
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
                if fill != Some(*rgb) {
                    ops.push(Op::SetFillColor { col: color(*rgb) });
                    fill = Some(*rgb);
                }
                for (run_font, offset, run) in runs(fonts.face(*style), *style, text, *size) {
                    let id = match (run_font, &ids.symbols) {
                        (RunFont::Symbols, Some(symbols)) => symbols,
                        (RunFont::Own(own), _) => ids.of(own),
                        (RunFont::Symbols, None) => ids.of(*style),
                    };
                    if font != Some((run_font, *size)) {
                        ops.push(Op::SetFont {
                            font: PdfFontHandle::External(id.clone()),
                            size: Pt(*size),
                        });
                        font = Some((run_font, *size));
                    }
                    ops.push(Op::SetTextMatrix {
                        matrix: TextMatrix::Translate(Pt(x + offset), Pt(PAGE_HEIGHT - baseline)),
                    });
                    ops.push(Op::ShowText {
                        items: vec![TextItem::Text(run)],
                    });
                }
            }
            Item::Path {
                points,
                closed,
                fill: inside,
                stroke,
            } => {
                if in_text {
                    ops.push(Op::EndTextSection);
                    in_text = false;
                }
                if let Some(rgb) = inside {
                    if fill != Some(*rgb) {
                        ops.push(Op::SetFillColor { col: color(*rgb) });
                        fill = Some(*rgb);
                    }
                    ops.push(Op::DrawPolygon {
                        polygon: Polygon {
                            rings: vec![PolygonRing {
                                points: path_points(points),
                            }],
                            mode: PaintMode::Fill,
                            winding_order: WindingOrder::NonZero,
                        },
                    });
                }
                if let Some((width, rgb)) = stroke {
                    ops.push(Op::SetOutlineColor { col: color(*rgb) });
                    ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                    ops.push(Op::DrawLine {
                        line: Line {
                            points: path_points(points),
                            is_closed: *closed,
                        },
                    });
                }
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
