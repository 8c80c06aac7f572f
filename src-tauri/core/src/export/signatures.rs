//! Signature places: two per row, each with its role, tick boxes when the signer answers
//! ("gaat akkoord" / "gaat niet akkoord"), and lines for name, date and signature. A block of
//! them is never split over two pages.

use super::layout::Layouter;
use super::model::{Signature, TextStyle};
use super::page::{CONTENT_WIDTH, INK, MARGIN_LEFT, MUTED, RULE, TypeScale, baseline_offset};
use super::wrap::wrap;

const SIGNATURE_HEIGHT: f32 = 104.0;
/// The extra height of a signature row with tick boxes under the role.
const OPTIONS_HEIGHT: f32 = 20.0;
/// The side of a tick box.
const TICK_BOX: f32 = 9.0;

impl Layouter<'_> {
    /// Two signature places per row; the whole block moves to the next page if it does not fit.
    pub fn signatures(&mut self, signatures: &[Signature]) {
        self.ensure(signatures_height(signatures));
        let column = (CONTENT_WIDTH - 24.0) / 2.0;
        for pair in signatures.chunks(2) {
            let top = self.y;
            let options = row_options_height(pair);
            for (index, signature) in pair.iter().enumerate() {
                let x = MARGIN_LEFT + index as f32 * (column + 24.0);
                self.signature(x, top, column, options, signature);
            }
            self.y = top + SIGNATURE_HEIGHT + options;
        }
    }

    /// One place: the role in bold, its tick boxes (the row's `options` height is kept free
    /// for them), then name, date and signature lines.
    fn signature(&mut self, x: f32, top: f32, width: f32, options: f32, signature: &Signature) {
        let role = wrap(
            self.face(TextStyle::Bold),
            &signature.role,
            self.scale.body,
            width,
        )
        .into_iter()
        .next()
        .unwrap_or_default();
        let name = signature.name.clone().unwrap_or_default();
        let TypeScale { body, leading, .. } = self.scale;
        let regular = self.face(TextStyle::Regular);
        let page = self.page();
        page.text(
            x,
            top + baseline_offset(body, leading),
            TextStyle::Bold,
            body,
            INK,
            role,
        );
        let mut option_x = x;
        let box_top = top + leading + 5.0;
        for option in &signature.options {
            page.frame(option_x, box_top, TICK_BOX, TICK_BOX, (0.8, INK));
            let label_x = option_x + TICK_BOX + 5.0;
            page.text(
                label_x,
                box_top + TICK_BOX - 1.0,
                TextStyle::Regular,
                body,
                INK,
                option.clone(),
            );
            option_x = label_x + regular.text_width(option, body) + 16.0;
        }
        let top = top + options;
        let fields = [("Naam", name, 22.0), ("Datum", String::new(), 44.0)];
        for (label, value, offset) in fields {
            let baseline = top + offset + 10.0;
            page.text(x, baseline, TextStyle::Regular, 9.0, MUTED, label.into());
            page.text(
                x + 62.0,
                baseline - 1.0,
                TextStyle::Regular,
                body,
                INK,
                value,
            );
            page.hline(x + 60.0, x + width, baseline + 3.0, 0.5, RULE);
        }
        let baseline = top + 66.0 + 10.0;
        page.text(
            x,
            baseline,
            TextStyle::Regular,
            9.0,
            MUTED,
            "Handtekening".into(),
        );
        page.hline(x + 60.0, x + width, top + 94.0, 0.5, RULE);
    }
}

/// The extra height of a row of signature places when one of them has tick boxes.
fn row_options_height(row: &[Signature]) -> f32 {
    if row.iter().any(|s| !s.options.is_empty()) {
        OPTIONS_HEIGHT
    } else {
        0.0
    }
}

/// The height of a whole signature block, two places per row.
pub fn signatures_height(signatures: &[Signature]) -> f32 {
    signatures
        .chunks(2)
        .map(|row| SIGNATURE_HEIGHT + row_options_height(row))
        .sum()
}
