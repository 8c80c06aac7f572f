//! The page stamp: "TLV-dossier <initialen> · pagina x van y" in small grey Helvetica at the
//! foot of every page, right-aligned, below the generated pages' own footer line. An attached
//! page keeps its content untouched: its content streams are wrapped in `q … Q` (so a stream
//! that leaves the graphics state changed cannot move the stamp) and one stream is appended
//! with the stamp, drawn in the page's visible box (CropBox, else MediaBox) and turned with the
//! page's `/Rotate` so it reads upright at the foot of the page as shown.

use crate::error::{Error, Result};
use lopdf::{Dictionary, Document, Object, ObjectId, Stream, dictionary};

/// The stamp font's resource name (unlikely to meet an attached page's own names).
const FONT_NAME: &str = "IbisStampF1";
const SIZE: f32 = 7.5;
/// Distance of the baseline from the bottom edge and of the text from the right edge.
const BOTTOM: f32 = 18.0;
const RIGHT: f32 = 56.0;
/// The same grey as the generated footer.
const GREY: (f32, f32, f32) = (0.40, 0.43, 0.47);

fn internal(e: lopdf::Error) -> Error {
    Error::Internal(format!("pdf stamp: {e}"))
}

/// What a page looks like on screen: its visible box and its rotation (0, 90, 180 or 270).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct PageBox {
    pub left: f32,
    pub bottom: f32,
    pub right: f32,
    pub top: f32,
    pub rotate: i64,
}

impl PageBox {
    /// Width and height as shown (turned for 90 and 270).
    fn shown_size(&self) -> (f32, f32) {
        let (width, height) = (self.right - self.left, self.top - self.bottom);
        if self.rotate % 180 == 0 {
            (width, height)
        } else {
            (height, width)
        }
    }

    /// The matrix from "as shown" coordinates (origin bottom-left of the shown page) to the
    /// page's own user space.
    fn shown_to_user(&self) -> [f32; 6] {
        match self.rotate {
            90 => [0.0, 1.0, -1.0, 0.0, self.right, self.bottom],
            180 => [-1.0, 0.0, 0.0, -1.0, self.right, self.top],
            270 => [0.0, -1.0, 1.0, 0.0, self.left, self.top],
            _ => [1.0, 0.0, 0.0, 1.0, self.left, self.bottom],
        }
    }
}

fn number(object: &Object) -> Option<f32> {
    match object {
        Object::Integer(value) => Some(*value as f32),
        Object::Real(value) => Some(*value),
        _ => None,
    }
}

/// A rectangle array as (left, bottom, right, top), normalised.
pub(crate) fn rectangle(document: &Document, object: &Object) -> Option<[f32; 4]> {
    let (_, object) = document.dereference(object).ok()?;
    let values: Vec<f32> = object
        .as_array()
        .ok()?
        .iter()
        .map(|value| {
            document
                .dereference(value)
                .ok()
                .and_then(|(_, v)| number(v))
        })
        .collect::<Option<_>>()?;
    let [x1, y1, x2, y2] = values.as_slice().try_into().ok()?;
    Some([x1.min(x2), y1.min(y2), x1.max(x2), y1.max(y2)])
}

/// The visible box and rotation of a page whose inherited attributes are already its own.
pub(crate) fn page_box(document: &Document, page: &Dictionary) -> PageBox {
    let media = page
        .get(b"MediaBox")
        .ok()
        .and_then(|object| rectangle(document, object))
        .unwrap_or([0.0, 0.0, 595.28, 841.89]);
    let visible = page
        .get(b"CropBox")
        .ok()
        .and_then(|object| rectangle(document, object))
        // The crop box is clipped to the media box.
        .map(|crop| {
            [
                crop[0].max(media[0]),
                crop[1].max(media[1]),
                crop[2].min(media[2]),
                crop[3].min(media[3]),
            ]
        })
        .filter(|[l, b, r, t]| r > l && t > b)
        .unwrap_or(media);
    let rotate = page
        .get(b"Rotate")
        .ok()
        .and_then(|object| document.dereference(object).ok())
        .and_then(|(_, object)| object.as_i64().ok())
        .unwrap_or(0)
        .rem_euclid(360);
    PageBox {
        left: visible[0],
        bottom: visible[1],
        right: visible[2],
        top: visible[3],
        rotate: rotate - rotate % 90,
    }
}

/// Helvetica's advance widths (1/1000 em) for the characters a stamp uses; others count as
/// an average letter.
fn helvetica_width(c: char) -> f32 {
    let width = match c {
        ' ' => 278,
        '0'..='9' => 556,
        'i' | 'j' | 'l' => 222,
        'f' | 't' | '.' | ',' | '·' | 'I' => 278,
        'r' | '-' => 333,
        'c' | 'k' | 's' | 'v' | 'x' | 'y' | 'z' | 'J' => 500,
        'm' | 'M' => 833,
        'w' | 'C' | 'D' | 'H' | 'N' | 'R' | 'U' => 722,
        'W' => 944,
        'G' | 'O' | 'Q' => 778,
        'F' | 'T' | 'Z' => 611,
        'L' => 556,
        'A' | 'B' | 'E' | 'K' | 'P' | 'S' | 'V' | 'X' | 'Y' => 667,
        _ => 556,
    };
    width as f32 / 1000.0 * SIZE
}

/// `text` in WinAnsiEncoding as a PDF literal string; a character outside it becomes "?".
fn win_ansi_literal(text: &str) -> Vec<u8> {
    let mut out = vec![b'('];
    for c in text.chars() {
        let byte = match c {
            '·' => 0xB7,
            '(' | ')' | '\\' => {
                out.push(b'\\');
                c as u8
            }
            ' '..='~' => c as u8,
            '\u{A0}'..='\u{FF}' => c as u32 as u8,
            _ => b'?',
        };
        out.push(byte);
    }
    out.push(b')');
    out
}

/// A line of text in the stamp's font at (`x`, `baseline`) in user space, a size larger than
/// the stamp: the caption above an attached image.
pub(crate) fn caption(text: &str, x: f32, baseline: f32) -> Vec<u8> {
    let mut content = format!(
        "q BT /{FONT_NAME} 9 Tf {} {} {} rg {x:.2} {baseline:.2} Td ",
        GREY.0, GREY.1, GREY.2
    )
    .into_bytes();
    content.extend(win_ansi_literal(text.trim()));
    content.extend_from_slice(b" Tj ET Q\n");
    content
}

/// The stamp's content stream for one page.
fn stamp_content(text: &str, page: PageBox) -> Vec<u8> {
    let (shown_width, _) = page.shown_size();
    let width: f32 = text.chars().map(helvetica_width).sum();
    let x = (shown_width - RIGHT - width).max(4.0);
    let [a, b, c, d, e, f] = page.shown_to_user();
    let mut content = format!(
        "q {a} {b} {c} {d} {e} {f} cm BT /{FONT_NAME} {SIZE} Tf {} {} {} rg {x:.2} {BOTTOM} Td ",
        GREY.0, GREY.1, GREY.2
    )
    .into_bytes();
    content.extend(win_ansi_literal(text));
    content.extend_from_slice(b" Tj ET Q\n");
    content
}

/// Stamps `pages` in order: "<label> · pagina x van y".
pub(crate) fn stamp_pages(document: &mut Document, pages: &[ObjectId], label: &str) -> Result<()> {
    let font = document.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type1",
        "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    });
    let open = document.add_object(Stream::new(Dictionary::new(), b"q\n".to_vec()));
    let total = pages.len();
    for (index, page_id) in pages.iter().enumerate() {
        let text = format!("{label} · pagina {} van {total}", index + 1);
        let page_box = page_box(
            document,
            document.get_dictionary(*page_id).map_err(internal)?,
        );
        let mut content = b"Q\n".to_vec();
        content.extend(stamp_content(&text, page_box));
        let stamp = document.add_object(Stream::new(Dictionary::new(), content));
        add_font(document, *page_id, font)?;
        let page = document.get_dictionary_mut(*page_id).map_err(internal)?;
        let mut contents = vec![Object::Reference(open)];
        match page.get(b"Contents") {
            Ok(Object::Array(existing)) => contents.extend(existing.iter().cloned()),
            Ok(existing @ Object::Reference(_)) => contents.push(existing.clone()),
            _ => {}
        }
        contents.push(Object::Reference(stamp));
        page.set("Contents", contents);
    }
    Ok(())
}

/// Makes the stamp font part of the page's resources (a shared resources dictionary gets it
/// once for all its pages: harmless, the name is the same everywhere).
fn add_font(document: &mut Document, page_id: ObjectId, font: ObjectId) -> Result<()> {
    let page = document.get_dictionary(page_id).map_err(internal)?;
    let resources = page.get(b"Resources").ok().cloned();
    // Resolve to a dictionary we may change: the referenced one, or a copy on the page.
    let (resources_id, mut resources) = match resources {
        Some(Object::Reference(id)) => (
            Some(id),
            document.get_dictionary(id).map_err(internal)?.clone(),
        ),
        Some(Object::Dictionary(dict)) => (None, dict),
        _ => (None, Dictionary::new()),
    };
    let fonts = match resources.get(b"Font") {
        Ok(Object::Reference(id)) => document.get_dictionary(*id).map_err(internal)?.clone(),
        Ok(Object::Dictionary(dict)) => dict.clone(),
        _ => Dictionary::new(),
    };
    let mut fonts = fonts;
    fonts.set(FONT_NAME, Object::Reference(font));
    resources.set("Font", fonts);
    match resources_id {
        Some(id) => document.set_object(id, resources),
        None => document
            .get_dictionary_mut(page_id)
            .map_err(internal)?
            .set("Resources", resources),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn a4(rotate: i64) -> PageBox {
        PageBox {
            left: 0.0,
            bottom: 0.0,
            right: 595.0,
            top: 842.0,
            rotate,
        }
    }

    /// Applies `matrix` to a point "as shown".
    fn apply(matrix: [f32; 6], (x, y): (f32, f32)) -> (f32, f32) {
        let [a, b, c, d, e, f] = matrix;
        (a * x + c * y + e, b * x + d * y + f)
    }

    #[test]
    fn the_shown_bottom_left_corner_maps_to_the_right_user_corner() {
        // Turned a quarter clockwise, the shown page's bottom-left is the user bottom-right.
        assert_eq!(apply(a4(90).shown_to_user(), (0.0, 0.0)), (595.0, 0.0));
        assert_eq!(apply(a4(90).shown_to_user(), (842.0, 0.0)), (595.0, 842.0));
        assert_eq!(apply(a4(180).shown_to_user(), (0.0, 0.0)), (595.0, 842.0));
        assert_eq!(apply(a4(270).shown_to_user(), (0.0, 0.0)), (0.0, 842.0));
        assert_eq!(apply(a4(0).shown_to_user(), (10.0, 20.0)), (10.0, 20.0));
        assert_eq!(a4(90).shown_size(), (842.0, 595.0));
    }

    #[test]
    fn the_stamp_text_is_win_ansi_with_escapes() {
        assert_eq!(win_ansi_literal("a·(b)"), b"(a\xB7\\(b\\))".to_vec());
        assert_eq!(win_ansi_literal("Ö€"), b"(\xD6?)".to_vec());
    }
}
