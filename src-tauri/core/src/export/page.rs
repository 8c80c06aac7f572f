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

/// The type sizes of one audience ([`super::model::Audience`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TypeScale {
    pub body: f32,
    pub leading: f32,
    /// Headings and the title grow with the body by this factor.
    pub factor: f32,
}

/// The house style's 10 pt body for professionals and parents.
pub const PROFESSIONAL_TYPE: TypeScale = TypeScale {
    body: BODY_SIZE,
    leading: BODY_LEADING,
    factor: 1.0,
};

/// Parents' type: a size up from the professional body, for a sheet read at the kitchen table.
pub const PARENT_TYPE: TypeScale = TypeScale {
    body: 11.5,
    leading: 16.0,
    factor: 1.0,
};

/// The smallest body Ibis prints, for a one-page sheet that holds much (the table size).
pub const ONE_PAGE_TYPE: TypeScale = TypeScale {
    body: TABLE_SIZE,
    leading: TABLE_LEADING,
    factor: 0.9,
};

/// Large type for a child: 15 pt body (at least 14 pt, issue 8), generous leading.
pub const CHILD_TYPE: TypeScale = TypeScale {
    body: 15.0,
    leading: 22.0,
    factor: 1.4,
};

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
/// The CONCEPT band's frame and word: a muted brick red, readable in greyscale print.
pub const MARK: Rgb = Rgb(0.62, 0.16, 0.12);
/// The CONCEPT band's fill.
pub const MARK_TINT: Rgb = Rgb(0.99, 0.93, 0.91);
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
    /// A drawn shape (a face on the smiley scale, a frame): straight segments and cubic curves,
    /// filled and/or outlined.
    Path {
        points: Vec<PathPoint>,
        closed: bool,
        fill: Option<Rgb>,
        stroke: Option<(f32, Rgb)>,
    },
}

/// A point of a [`Item::Path`]; `control` marks the two handles before a curve's end point.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PathPoint {
    pub x: f32,
    pub y: f32,
    pub control: bool,
}

impl PathPoint {
    /// A point the path runs through.
    pub fn at(x: f32, y: f32) -> Self {
        PathPoint {
            x,
            y,
            control: false,
        }
    }

    /// A Bézier handle (two of them come before a curve's end point).
    pub fn handle(x: f32, y: f32) -> Self {
        PathPoint {
            x,
            y,
            control: true,
        }
    }
}

/// How far a circle's Bézier handles stand from the curve's ends (4/3·(√2−1)).
const CIRCLE_HANDLE: f32 = 0.552_284_8;

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

impl Page {
    /// A circle around (`cx`, `cy`), filled and/or outlined.
    pub fn circle(
        &mut self,
        (cx, cy): (f32, f32),
        radius: f32,
        fill: Option<Rgb>,
        stroke: Option<(f32, Rgb)>,
    ) {
        let k = radius * CIRCLE_HANDLE;
        let r = radius;
        let points = vec![
            PathPoint::at(cx + r, cy),
            PathPoint::handle(cx + r, cy + k),
            PathPoint::handle(cx + k, cy + r),
            PathPoint::at(cx, cy + r),
            PathPoint::handle(cx - k, cy + r),
            PathPoint::handle(cx - r, cy + k),
            PathPoint::at(cx - r, cy),
            PathPoint::handle(cx - r, cy - k),
            PathPoint::handle(cx - k, cy - r),
            PathPoint::at(cx, cy - r),
            PathPoint::handle(cx + k, cy - r),
            PathPoint::handle(cx + r, cy - k),
            PathPoint::at(cx + r, cy),
        ];
        self.items.push(Item::Path {
            points,
            closed: true,
            fill,
            stroke,
        });
    }

    /// An open curve from `from` to `to` bending through `control` (one quadratic handle,
    /// drawn as the equivalent cubic): a mouth on the smiley scale.
    pub fn curve(
        &mut self,
        from: (f32, f32),
        control: (f32, f32),
        to: (f32, f32),
        stroke: (f32, Rgb),
    ) {
        let handle = |end: (f32, f32)| {
            PathPoint::handle(
                end.0 + 2.0 / 3.0 * (control.0 - end.0),
                end.1 + 2.0 / 3.0 * (control.1 - end.1),
            )
        };
        self.items.push(Item::Path {
            points: vec![
                PathPoint::at(from.0, from.1),
                handle(from),
                handle(to),
                PathPoint::at(to.0, to.1),
            ],
            closed: false,
            fill: None,
            stroke: Some(stroke),
        });
    }

    /// The outline of a rectangle (a frame to draw in).
    pub fn frame(&mut self, x: f32, top: f32, width: f32, height: f32, stroke: (f32, Rgb)) {
        self.items.push(Item::Path {
            points: vec![
                PathPoint::at(x, top),
                PathPoint::at(x + width, top),
                PathPoint::at(x + width, top + height),
                PathPoint::at(x, top + height),
            ],
            closed: true,
            fill: None,
            stroke: Some(stroke),
        });
    }
}

/// Distance from the top of a line box to its baseline, for text of `size` in a line of
/// `leading` (the font's ascent is about 0.77 em; the extra leading is shared above and below).
pub fn baseline_offset(size: f32, leading: f32) -> f32 {
    (leading - size) / 2.0 + size * 0.80
}
