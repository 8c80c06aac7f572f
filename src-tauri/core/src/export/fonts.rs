//! The embedded font family (Noto Sans regular, bold and italic; SIL OFL 1.1, licence in
//! `assets/fonts/OFL.txt`) and text measurement on its real glyph advances. The faces are
//! parsed once per process; widths of the characters Dutch text uses are kept in a table.
//!
//! Noto Sans has no emoji, and a child's own words may hold them: every face falls back, per
//! character, to Symbola (monochrome outlines of emoji and other symbols; free for any use,
//! `assets/fonts/Symbola-LICENSE.txt`). Measuring here and drawing in `render` split a text
//! into runs the same way ([`Face::own_glyph`]), so widths and drawn glyphs agree.

use super::model::TextStyle;
use crate::error::{Error, Result};
use printpdf::ParsedFont;
use std::sync::OnceLock;

const REGULAR: &[u8] = include_bytes!("../../../../assets/fonts/NotoSans-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../../../../assets/fonts/NotoSans-Bold.ttf");
const ITALIC: &[u8] = include_bytes!("../../../../assets/fonts/NotoSans-Italic.ttf");
const SYMBOLS: &[u8] = include_bytes!("../../../../assets/fonts/Symbola.ttf");

/// Characters below this code point have their advance in a table (Latin, Latin-1, Latin
/// Extended-A/B: every Dutch letter, including ĳ); the rest are looked up in the font.
const TABLE_LEN: usize = 0x250;

/// One parsed face with its advance table (in font units).
pub struct Face {
    pub parsed: ParsedFont,
    units_per_em: f32,
    advances: Vec<u16>,
    fallback_advance: u16,
    /// The face that draws what this one lacks (`None` for the symbols face itself).
    symbols: Option<&'static Face>,
}

impl Face {
    fn load(bytes: &[u8], symbols: Option<&'static Face>) -> Option<Self> {
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
            symbols,
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

    /// Whether this face itself has a glyph for `c` (else its symbols face draws it).
    pub fn own_glyph(&self, c: char) -> bool {
        self.parsed.lookup_glyph_index(u32::from(c)).is_some()
    }

    /// Whether `c` can be drawn: by this face or its symbols face (otherwise the layout
    /// substitutes it).
    pub fn has_glyph(&self, c: char) -> bool {
        self.own_glyph(c) || self.symbols.is_some_and(|symbols| symbols.own_glyph(c))
    }

    /// Advance of one character at `size` points, in the face that draws it.
    pub fn char_width(&self, c: char, size: f32) -> f32 {
        if let Some(units) = self.advances.get(c as usize) {
            return f32::from(*units) * size / self.units_per_em;
        }
        if !self.own_glyph(c)
            && let Some(symbols) = self.symbols.filter(|symbols| symbols.own_glyph(c))
        {
            return symbols.char_width(c, size);
        }
        f32::from(self.lookup(u32::from(c))) * size / self.units_per_em
    }

    /// Width of `text` at `size` points (no kerning: the renderer draws plain advances too).
    pub fn text_width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.char_width(c, size)).sum()
    }
}

/// The three faces, and the symbols face they fall back to.
pub struct Family {
    pub regular: Face,
    pub bold: Face,
    pub italic: Face,
    pub symbols: &'static Face,
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

static SYMBOLS_FACE: OnceLock<Option<Face>> = OnceLock::new();
static FAMILY: OnceLock<Option<Family>> = OnceLock::new();

/// The embedded family, parsed on first use. Fails only if the embedded files are damaged,
/// which the test suite would catch.
pub fn family() -> Result<&'static Family> {
    FAMILY
        .get_or_init(|| {
            let symbols = SYMBOLS_FACE
                .get_or_init(|| Face::load(SYMBOLS, None))
                .as_ref()?;
            Some(Family {
                regular: Face::load(REGULAR, Some(symbols))?,
                bold: Face::load(BOLD, Some(symbols))?,
                italic: Face::load(ITALIC, Some(symbols))?,
                symbols,
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
    fn emoji_fall_back_to_the_symbols_face() {
        let family = family().expect("embedded fonts parse");
        for c in "😀🙂😢👍❤⭐🎉".chars() {
            assert!(!family.regular.own_glyph(c), "Noto has {c}?");
            assert!(family.regular.has_glyph(c), "no fallback for {c}");
            assert!(family.bold.char_width(c, 10.0) > 3.0, "{c} has a width");
        }
        assert!(family.regular.own_glyph('Ω'), "Greek stays in Noto Sans");
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
