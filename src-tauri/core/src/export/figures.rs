//! The blocks a child's document is made of besides text: a quote (someone's own words behind a
//! coloured bar), the 1–5 smiley scale drawn as five faces, and a framed space to draw in. The
//! casusoverzicht uses the quote too.

use super::layout::Layouter;
use super::model::TextStyle;
use super::page::{
    ACCENT, BODY_BOTTOM, CONTENT_WIDTH, INK, MARGIN_LEFT, MUTED, RULE, Rgb, baseline_offset,
};
use super::wrap::wrap;

/// The quote's indent behind its bar, at 10 pt (grows with the type).
const QUOTE_INDENT: f32 = 12.0;
/// A face's radius on the smiley scale, at 10 pt.
const FACE_RADIUS: f32 = 13.0;
/// The distance between the centres of two faces, at 10 pt.
const FACE_STEP: f32 = 36.0;
/// The numbers under the faces.
const NUMBER_SIZE: f32 = 11.0;
const NUMBER_LINE: f32 = 14.0;
/// The chosen face: a warm fill so it stands out in print, and a thicker outline and a ring so
/// it stands out without colour too.
const CHOSEN_FILL: Rgb = Rgb(1.0, 0.86, 0.45);

impl Layouter<'_> {
    /// Someone's words verbatim: every line behind a bar in the accent colour, line breaks kept.
    pub(super) fn quote(&mut self, text: &str) {
        let indent = QUOTE_INDENT * self.scale.factor;
        let lines = wrap(
            self.face(TextStyle::Regular),
            text,
            self.scale.body,
            CONTENT_WIDTH - indent,
        );
        let leading = self.scale.leading;
        for line in lines {
            self.ensure(leading);
            let top = self.y;
            self.page().fill(MARGIN_LEFT, top, 2.5, leading, ACCENT);
            self.lines(MARGIN_LEFT + indent, vec![line], TextStyle::Regular, INK);
        }
        self.y += 0.6 * leading;
    }

    /// The height of a smiley scale with its numbers and caption.
    pub(super) fn scale_height(&self) -> f32 {
        2.0 * (FACE_RADIUS + 4.0) * self.scale.factor + NUMBER_LINE + 6.0 + self.scale.leading
    }

    /// Five faces from sad (1) to happy (5) with their number under them, the chosen one
    /// filled, ringed and its number bold, and the caption below in words.
    pub(super) fn scale_row(&mut self, chosen: u8, caption: &str) {
        let height = self.scale_height();
        self.ensure(height);
        let factor = self.scale.factor;
        let radius = FACE_RADIUS * factor;
        let cy = self.y + (FACE_RADIUS + 4.0) * factor;
        let number_baseline = cy + radius + 4.0 + NUMBER_LINE * 0.8;
        for value in 1..=5_u8 {
            let cx = MARGIN_LEFT + radius + 4.0 + f32::from(value - 1) * FACE_STEP * factor;
            let is_chosen = value == chosen;
            self.face_drawing((cx, cy), radius, value, is_chosen);
            let (style, color) = if is_chosen {
                (TextStyle::Bold, INK)
            } else {
                (TextStyle::Regular, MUTED)
            };
            let number = value.to_string();
            let width = self.face(style).text_width(&number, NUMBER_SIZE);
            self.page().text(
                cx - width / 2.0,
                number_baseline,
                style,
                NUMBER_SIZE,
                color,
                number,
            );
        }
        self.y += 2.0 * (FACE_RADIUS + 4.0) * factor + NUMBER_LINE + 6.0;
        let lines = wrap(
            self.face(TextStyle::Bold),
            caption,
            self.scale.body,
            CONTENT_WIDTH,
        );
        self.lines(MARGIN_LEFT, lines, TextStyle::Bold, INK);
        self.y += 0.4 * self.scale.leading;
    }

    fn face_drawing(&mut self, centre: (f32, f32), radius: f32, value: u8, chosen: bool) {
        let (cx, cy) = centre;
        let page = self.page();
        if chosen {
            page.circle(centre, radius + 3.5, None, Some((1.2, ACCENT)));
            page.circle(centre, radius, Some(CHOSEN_FILL), Some((2.0, INK)));
        } else {
            page.circle(centre, radius, None, Some((0.9, MUTED)));
        }
        let ink = if chosen { INK } else { MUTED };
        for side in [-1.0, 1.0] {
            let eye = (cx + side * 0.34 * radius, cy - 0.22 * radius);
            page.circle(eye, 0.09 * radius, Some(ink), None);
        }
        // From a frown (1) through a straight mouth (3) to a broad smile (5).
        let bend = (f32::from(value) - 3.0) * 0.2 * radius;
        let mouth_y = cy + 0.36 * radius - bend / 2.0;
        let width = 0.42 * radius;
        page.curve(
            (cx - width, mouth_y),
            (cx, mouth_y + 2.0 * bend),
            (cx + width, mouth_y),
            (if chosen { 1.6 } else { 1.0 }, ink),
        );
    }

    /// A frame to draw in, to the bottom of the page; on a new page when less than
    /// `min_height` is left.
    pub(super) fn drawing_space(&mut self, label: &str, min_height: f32) {
        self.ensure(min_height);
        let top = self.y + 4.0;
        let height = (BODY_BOTTOM - top - 4.0).max(min_height);
        let body = self.scale.body;
        let leading = self.scale.leading;
        let pad = 0.8 * leading;
        let lines = wrap(
            self.face(TextStyle::Regular),
            label,
            body,
            CONTENT_WIDTH - 2.0 * pad,
        );
        let page = self.page();
        page.frame(MARGIN_LEFT, top, CONTENT_WIDTH, height, (1.2, RULE));
        let mut baseline = top + pad + baseline_offset(body, leading);
        for line in lines {
            page.text(
                MARGIN_LEFT + pad,
                baseline,
                TextStyle::Regular,
                body,
                MUTED,
                line,
            );
            baseline += leading;
        }
        self.y = top + height + 4.0;
    }
}
