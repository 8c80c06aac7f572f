//! The page: A4 geometry, the house style (sizes, colours, spacing) and the positioned items
//! the layout produces and the renderer draws. Coordinates are points from the top-left corner
//! of the page; text `y` is the baseline.

use super::model::TextStyle;

pub const PAGE_WIDTH: f32 = 595.28;
pub const PAGE_HEIGHT: f32 = 841.89;
pub const MARGIN_LEFT: f32 = 62.0;
pub const MARGIN_RIGHT: f32 = 56.0;
pub const CONTENT_WIDTH: f32 = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
/// Where body content starts (below the running header).
pub const BODY_TOP: f32 = 84.0;
/// Where body content must end (above the running footer).
pub const BODY_BOTTOM: f32 = PAGE_HEIGHT - 64.0;
pub const HEADER_BASELINE: f32 = 50.0;
pub const FOOTER_BASELINE: f32 = PAGE_HEIGHT - 38.0;

pub const BODY_SIZE: f32 = 10.0;
pub const BODY_LEADING: f32 = 14.5;
pub const SMALL_SIZE: f32 = 8.5;
pub const TABLE_SIZE: f32 = 9.0;
pub const TABLE_LEADING: f32 = 12.5;

/// An RGB colour, components 0–1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgb(pub f32, pub f32, pub f32);

/// Body text.
pub const INK: Rgb = Rgb(0.12, 0.14, 0.17);
/// Titles, section headings, the table header rule: a calm dark teal.
pub const ACCENT: Rgb = Rgb(0.05, 0.33, 0.42);
/// Labels, header and footer.
pub const MUTED: Rgb = Rgb(0.40, 0.43, 0.47);
/// Thin rules between table rows.
pub const RULE: Rgb = Rgb(0.80, 0.83, 0.86);
/// Table header and notice backgrounds.
pub const TINT: Rgb = Rgb(0.91, 0.95, 0.96);
/// Every other table row.
pub const ZEBRA: Rgb = Rgb(0.975, 0.98, 0.985);

/// One positioned thing on a page.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Text {
        x: f32,
        baseline: f32,
        style: TextStyle,
        size: f32,
        color: Rgb,
        text: String,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        color: Rgb,
    },
    Fill {
        x: f32,
        top: f32,
        width: f32,
        height: f32,
        color: Rgb,
    },
}

/// A laid-out page: body items only; the running header and footer are added when the number
/// of pages is known.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    pub items: Vec<Item>,
}

impl Page {
    pub fn text(
        &mut self,
        x: f32,
        baseline: f32,
        style: TextStyle,
        size: f32,
        color: Rgb,
        text: String,
    ) {
        if !text.is_empty() {
            self.items.push(Item::Text {
                x,
                baseline,
                style,
                size,
                color,
                text,
            });
        }
    }

    pub fn hline(&mut self, x1: f32, x2: f32, y: f32, width: f32, color: Rgb) {
        self.items.push(Item::Line {
            x1,
            y1: y,
            x2,
            y2: y,
            width,
            color,
        });
    }

    pub fn fill(&mut self, x: f32, top: f32, width: f32, height: f32, color: Rgb) {
        self.items.push(Item::Fill {
            x,
            top,
            width,
            height,
            color,
        });
    }
}

/// Distance from the top of a line box to its baseline, for text of `size` in a line of
/// `leading` (the font's ascent is about 0.77 em; the extra leading is shared above and below).
pub fn baseline_offset(size: f32, leading: f32) -> f32 {
    (leading - size) / 2.0 + size * 0.80
}
