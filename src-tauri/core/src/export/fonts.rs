//! The embedded font family (Noto Sans regular, bold and italic; SIL OFL 1.1, licence in
//! `assets/fonts/OFL.txt`) and text measurement on its real glyph advances. The faces are
//! parsed once per process; widths of the characters Dutch text uses are kept in a table.

use super::model::TextStyle;
use crate::error::{Error, Result};
use printpdf::ParsedFont;
use std::sync::OnceLock;

const REGULAR: &[u8] = include_bytes!("../../../../assets/fonts/NotoSans-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../../../../assets/fonts/NotoSans-Bold.ttf");
const ITALIC: &[u8] = include_bytes!("../../../../assets/fonts/NotoSans-Italic.ttf");

/// Characters below this code point have their advance in a table (Latin, Latin-1, Latin
/// Extended-A/B: every Dutch letter, including ĳ); the rest are looked up in the font.
const TABLE_LEN: usize = 0x250;

/// One parsed face with its advance table (in font units).
pub struct Face {
    pub parsed: ParsedFont,
    units_per_em: f32,
    advances: Vec<u16>,
    fallback_advance: u16,
}

impl Face {
    fn load(bytes: &[u8]) -> Option<Self> {
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut warnings)?;
        let units_per_em = f32::from(parsed.pdf_font_metrics.units_per_em.max(1));
        let fallback_advance = parsed
            .lookup_glyph_index(u32::from('?'))
            .map_or(0, |gid| parsed.get_horizontal_advance(gid));
        let mut face = Face {
            parsed,
            units_per_em,
            advances: Vec::new(),
            fallback_advance,
        };
        face.advances = (0..TABLE_LEN as u32).map(|c| face.lookup(c)).collect();
        Some(face)
    }

    fn lookup(&self, codepoint: u32) -> u16 {
        self.parsed
            .lookup_glyph_index(codepoint)
            .map_or(self.fallback_advance, |gid| {
                self.parsed.get_horizontal_advance(gid)
            })
    }

    /// Whether the face has a glyph for `c` (otherwise the layout substitutes it).
    pub fn has_glyph(&self, c: char) -> bool {
        self.parsed.lookup_glyph_index(u32::from(c)).is_some()
    }

    /// Advance of one character at `size` points.
    pub fn char_width(&self, c: char, size: f32) -> f32 {
        let units = self
            .advances
            .get(c as usize)
            .copied()
            .unwrap_or_else(|| self.lookup(u32::from(c)));
        f32::from(units) * size / self.units_per_em
    }

    /// Width of `text` at `size` points (no kerning: the renderer draws plain advances too).
    pub fn text_width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.char_width(c, size)).sum()
    }
}

/// The three faces.
pub struct Family {
    pub regular: Face,
    pub bold: Face,
    pub italic: Face,
}

impl Family {
    pub fn face(&self, style: TextStyle) -> &Face {
        match style {
            TextStyle::Regular => &self.regular,
            TextStyle::Bold => &self.bold,
            TextStyle::Italic => &self.italic,
        }
    }
}

static FAMILY: OnceLock<Option<Family>> = OnceLock::new();

/// The embedded family, parsed on first use. Fails only if the embedded files are damaged,
/// which the test suite would catch.
pub fn family() -> Result<&'static Family> {
    FAMILY
        .get_or_init(|| {
            Some(Family {
                regular: Face::load(REGULAR)?,
                bold: Face::load(BOLD)?,
                italic: Face::load(ITALIC)?,
            })
        })
        .as_ref()
        .ok_or_else(|| Error::Internal("embedded PDF font could not be parsed".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_dutch_and_typographic_character_has_a_glyph() {
        let family = family().expect("embedded fonts parse");
        for face in [&family.regular, &family.bold, &family.italic] {
            for c in "ëéèêïíóöüúàáçĳĲ€–—‘’“”…·ÉËÏÖÜ".chars() {
                assert!(face.has_glyph(c), "missing glyph {c}");
            }
        }
    }

    #[test]
    fn bold_is_wider_than_regular_and_widths_scale() {
        let family = family().expect("embedded fonts parse");
        let regular = family.regular.text_width("Casusoverzicht", 10.0);
        assert!(regular > 40.0 && regular < 90.0, "{regular}");
        assert!(family.bold.text_width("Casusoverzicht", 10.0) > regular);
        let double = family.regular.text_width("Casusoverzicht", 20.0);
        assert!((double - 2.0 * regular).abs() < 0.01);
    }
}
