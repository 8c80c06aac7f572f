//! Flows a [`Document`]'s blocks onto A4 pages: headings stay with what follows them, list
//! items, label–value pairs, notices, signature blocks and [`Block::Keep`] groups are kept
//! together, paragraphs break between lines. Tables live in [`super::table`], signature places
//! in [`super::signatures`].

use super::fonts::{Face, Family};
use super::model::{Audience, Block, Document, HeadingLevel, KeyValue, TextStyle};
use super::page::{
    ACCENT, BODY_BOTTOM, BODY_TOP, CHILD_TYPE, CONTENT_WIDTH, INK, MARGIN_LEFT, MUTED,
    ONE_PAGE_TYPE, PARENT_TYPE, PROFESSIONAL_TYPE, Page, RULE, Rgb, TINT, TypeScale,
    baseline_offset,
};
use super::signatures::signatures_height;
use super::wrap::wrap;

/// Places blocks page by page. `y` is the top of the next free line on the current page.
pub struct Layouter<'f> {
    pub fonts: &'f Family,
    pub pages: Vec<Page>,
    pub y: f32,
    /// Body and heading sizes of the document's audience.
    pub scale: TypeScale,
}

const BULLET_INDENT: f32 = 14.0;
const NOTICE_PAD: f32 = 9.0;
const KEY_WIDTH: f32 = 122.0;

struct HeadingStyle {
    size: f32,
    leading: f32,
    before: f32,
    after: f32,
    color: Rgb,
    rule: bool,
}

/// A heading level's style, grown with the body for large type; never smaller than the body
/// it stands above (a child's question heading is larger than their answer).
fn heading_style(level: HeadingLevel, scale: TypeScale) -> HeadingStyle {
    let base = base_heading_style(level);
    let mut size = base.size * scale.factor;
    if scale.factor > 1.0 {
        size = size.max(scale.body + 1.0);
    }
    let grow = size / base.size;
    HeadingStyle {
        size,
        leading: base.leading * grow,
        before: base.before * scale.factor,
        after: base.after * scale.factor,
        ..base
    }
}

fn base_heading_style(level: HeadingLevel) -> HeadingStyle {
    match level {
        HeadingLevel::Section => HeadingStyle {
            size: 15.0,
            leading: 20.0,
            before: 20.0,
            after: 8.0,
            color: ACCENT,
            rule: true,
        },
        HeadingLevel::Subsection => HeadingStyle {
            size: 12.0,
            leading: 16.0,
            before: 14.0,
            after: 4.0,
            color: INK,
            rule: false,
        },
        HeadingLevel::Minor => HeadingStyle {
            size: 10.0,
            leading: 14.0,
            before: 9.0,
            after: 2.0,
            color: ACCENT,
            rule: false,
        },
    }
}

/// Lays out the whole document into pages of body content.
pub fn lay_out(fonts: &Family, document: &Document) -> Vec<Page> {
    let mut layouter = Layouter {
        fonts,
        pages: vec![Page::default()],
        y: BODY_TOP,
        scale: match document.audience {
            Audience::Professional => PROFESSIONAL_TYPE,
            Audience::Parent => PARENT_TYPE,
            Audience::OnePage => ONE_PAGE_TYPE,
            Audience::Child => CHILD_TYPE,
        },
    };
    layouter.blocks(&document.blocks);
    layouter.pages
}

impl<'f> Layouter<'f> {
    pub fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.pages.push(Page::default());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    pub fn at_page_top(&self) -> bool {
        self.y <= BODY_TOP
    }

    pub fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = BODY_TOP;
    }

    /// Starts a new page unless `height` still fits (or the page is empty: then it must go
    /// here anyway, and the caller splits it).
    pub fn ensure(&mut self, height: f32) {
        if self.y + height > BODY_BOTTOM && !self.at_page_top() {
            self.new_page();
        }
    }

    fn space(&mut self, points: f32) {
        if !self.at_page_top() {
            self.y += points;
        }
    }

    pub fn face(&self, style: TextStyle) -> &'f Face {
        self.fonts.face(style)
    }

    fn blocks(&mut self, blocks: &[Block]) {
        for (index, block) in blocks.iter().enumerate() {
            let following = blocks.get(index + 1..).unwrap_or_default();
            self.block(block, following);
        }
    }

    /// The height `blocks` take when laid out from the middle of a page (spacing before a
    /// heading included), or `None` when they do not fit on one page.
    fn measure(&self, blocks: &[Block]) -> Option<f32> {
        let start = BODY_TOP + 0.5;
        let mut trial = Layouter {
            fonts: self.fonts,
            pages: vec![Page::default()],
            y: start,
            scale: self.scale,
        };
        trial.blocks(blocks);
        (trial.pages.len() == 1).then_some(trial.y - start)
    }

    /// Lays out `blocks` on one page: on a new one when they do not fit the rest of this one.
    fn keep(&mut self, blocks: &[Block]) {
        if let Some(height) = self.measure(blocks) {
            self.ensure(height);
        }
        self.blocks(blocks);
    }

    fn block(&mut self, block: &Block, following: &[Block]) {
        match block {
            Block::Title { text, subtitle } => self.title(text, subtitle.as_deref()),
            Block::Heading { level, text } => {
                let keep = self.keep_with_heading(following);
                self.heading(*level, text, keep);
            }
            Block::Paragraph { text, style } => {
                // A bold line is a label ("Afspraken"): it stays with what follows it.
                if *style == TextStyle::Bold {
                    self.ensure(self.scale.leading + self.keep_with_heading(following));
                }
                self.paragraph(text, *style);
            }
            Block::Bullets(items) => self.bullets(items),
            Block::KeyValues(pairs) => self.key_values(pairs),
            Block::Table(table) => self.table(table),
            Block::Notice(text) => self.notice(text),
            Block::Quote(text) => self.quote(text),
            Block::Scale { chosen, caption } => self.scale_row(*chosen, caption),
            Block::DrawingSpace { label, min_height } => self.drawing_space(label, *min_height),
            Block::Signatures(signatures) => self.signatures(signatures),
            Block::Keep(blocks) => self.keep(blocks),
            Block::Space(points) => self.space(*points),
            Block::PageBreak => {
                if !self.at_page_top() {
                    self.new_page();
                }
            }
        }
    }

    /// What must fit below a heading so it is never left alone at the bottom of a page: the
    /// headings, one-line paragraphs (a status line) and spaces right after it, plus the start
    /// of the first real block. After a line of text the chain ends at the next section or
    /// step heading: a cycle of empty steps (heading, status line, heading, …) would otherwise
    /// be kept together as a whole and push everything to a new page.
    fn keep_with_heading(&self, following: &[Block]) -> f32 {
        let mut height = 0.0;
        let mut has_text = false;
        for block in following {
            match block {
                Block::Heading { level, .. } => {
                    if has_text && *level != HeadingLevel::Minor {
                        return height;
                    }
                    let style = heading_style(*level, self.scale);
                    height += style.before + style.leading + style.after;
                }
                Block::Paragraph { text, style }
                    if wrap(self.face(*style), text, self.scale.body, CONTENT_WIDTH).len() <= 1 =>
                {
                    height += self.scale.leading + 6.0;
                    has_text = true;
                }
                Block::Space(points) => height += points,
                other => return height + self.min_height(other),
            }
        }
        height
    }

    /// The height the start of `block` needs.
    fn min_height(&self, block: &Block) -> f32 {
        match block {
            Block::Paragraph { .. } | Block::Bullets(_) | Block::KeyValues(_) | Block::Quote(_) => {
                2.0 * self.scale.leading
            }
            Block::Scale { .. } => self.scale_height(),
            Block::DrawingSpace { min_height, .. } => *min_height,
            Block::Table(table) => self.table_start_height(table),
            Block::Notice(text) => self.notice_height(text),
            Block::Signatures(signatures) => signatures_height(signatures),
            Block::Keep(blocks) => self
                .measure(blocks)
                .or_else(|| blocks.first().map(|first| self.min_height(first)))
                .unwrap_or(0.0),
            Block::Heading { .. } | Block::Title { .. } | Block::Space(_) | Block::PageBreak => 0.0,
        }
    }

    fn title(&mut self, text: &str, subtitle: Option<&str>) {
        let face = self.face(TextStyle::Bold);
        let (size, leading) = (24.0 * self.scale.factor, 30.0 * self.scale.factor);
        for line in wrap(face, text, size, CONTENT_WIDTH) {
            let baseline = self.y + baseline_offset(size, leading);
            self.page()
                .text(MARGIN_LEFT, baseline, TextStyle::Bold, size, ACCENT, line);
            self.y += leading;
        }
        if let Some(subtitle) = subtitle {
            let face = self.face(TextStyle::Regular);
            let (size, leading) = (13.0 * self.scale.factor, 18.0 * self.scale.factor);
            for line in wrap(face, subtitle, size, CONTENT_WIDTH) {
                let baseline = self.y + baseline_offset(size, leading);
                self.page()
                    .text(MARGIN_LEFT, baseline, TextStyle::Regular, size, MUTED, line);
                self.y += leading;
            }
        }
        self.y += 8.0;
        let y = self.y;
        self.page()
            .hline(MARGIN_LEFT, MARGIN_LEFT + CONTENT_WIDTH, y, 1.5, ACCENT);
        self.y += 10.0;
    }

    fn heading(&mut self, level: HeadingLevel, text: &str, keep_with: f32) {
        let style = heading_style(level, self.scale);
        let lines = wrap(self.face(TextStyle::Bold), text, style.size, CONTENT_WIDTH);
        let own = lines.len() as f32 * style.leading + style.after;
        self.space(style.before);
        self.ensure(own + keep_with);
        for line in lines {
            let baseline = self.y + baseline_offset(style.size, style.leading);
            self.page().text(
                MARGIN_LEFT,
                baseline,
                TextStyle::Bold,
                style.size,
                style.color,
                line,
            );
            self.y += style.leading;
        }
        if style.rule {
            let y = self.y + 1.0;
            self.page()
                .hline(MARGIN_LEFT, MARGIN_LEFT + CONTENT_WIDTH, y, 0.6, RULE);
        }
        self.y += style.after;
    }

    /// Draws wrapped lines at `x`, breaking to a new page between lines when needed.
    pub fn lines(&mut self, x: f32, lines: Vec<String>, style: TextStyle, color: Rgb) {
        let TypeScale { body, leading, .. } = self.scale;
        for line in lines {
            self.ensure(leading);
            let baseline = self.y + baseline_offset(body, leading);
            self.page().text(x, baseline, style, body, color, line);
            self.y += leading;
        }
    }

    fn paragraph(&mut self, text: &str, style: TextStyle) {
        let lines = wrap(self.face(style), text, self.scale.body, CONTENT_WIDTH);
        let color = if style == TextStyle::Italic {
            MUTED
        } else {
            INK
        };
        self.lines(MARGIN_LEFT, lines, style, color);
        self.y += 6.0;
    }

    fn bullets(&mut self, items: &[String]) {
        let face = self.face(TextStyle::Regular);
        for item in items {
            let indent = BULLET_INDENT * self.scale.factor;
            let lines = wrap(face, item, self.scale.body, CONTENT_WIDTH - indent);
            self.ensure(lines.len() as f32 * self.scale.leading);
            let baseline = self.y + baseline_offset(self.scale.body, self.scale.leading);
            let body = self.scale.body;
            self.page().text(
                MARGIN_LEFT + 3.0,
                baseline,
                TextStyle::Regular,
                body,
                ACCENT,
                "•".into(),
            );
            self.lines(MARGIN_LEFT + indent, lines, TextStyle::Regular, INK);
            self.y += 2.0;
        }
        self.y += 4.0;
    }

    fn key_values(&mut self, pairs: &[KeyValue]) {
        let label_face = self.face(TextStyle::Regular);
        let widest = pairs
            .iter()
            .map(|p| label_face.text_width(&p.key, self.scale.body))
            .fold(0.0_f32, f32::max);
        // One value column for every label–value block, unless a label is wider.
        let key_width = (widest + 16.0).clamp(KEY_WIDTH, CONTENT_WIDTH * 0.38);
        let value_x = MARGIN_LEFT + key_width;
        for pair in pairs {
            let keys = wrap(label_face, &pair.key, self.scale.body, key_width - 10.0);
            let value = if pair.value.trim().is_empty() {
                "—"
            } else {
                pair.value.as_str()
            };
            let values = wrap(
                self.face(TextStyle::Regular),
                value,
                self.scale.body,
                CONTENT_WIDTH - key_width,
            );
            let rows = keys.len().max(values.len());
            let height = rows as f32 * self.scale.leading;
            if height <= BODY_BOTTOM - BODY_TOP {
                self.ensure(height);
            }
            let top = self.y;
            self.lines(MARGIN_LEFT, keys, TextStyle::Regular, MUTED);
            let after_keys = self.y;
            self.y = top;
            self.lines(value_x, values, TextStyle::Regular, INK);
            self.y = self.y.max(after_keys) + 3.0;
        }
        self.y += 5.0;
    }

    fn notice_height(&self, text: &str) -> f32 {
        let lines = wrap(
            self.face(TextStyle::Italic),
            text,
            self.scale.body,
            CONTENT_WIDTH - 2.0 * NOTICE_PAD - 4.0,
        );
        lines.len() as f32 * self.scale.leading + 2.0 * NOTICE_PAD
    }

    fn notice(&mut self, text: &str) {
        let height = self.notice_height(text);
        self.ensure(height);
        let top = self.y;
        let page = self.page();
        page.fill(MARGIN_LEFT, top, CONTENT_WIDTH, height, TINT);
        page.fill(MARGIN_LEFT, top, 3.0, height, ACCENT);
        self.y += NOTICE_PAD;
        let lines = wrap(
            self.face(TextStyle::Italic),
            text,
            self.scale.body,
            CONTENT_WIDTH - 2.0 * NOTICE_PAD - 4.0,
        );
        self.lines(
            MARGIN_LEFT + NOTICE_PAD + 4.0,
            lines,
            TextStyle::Italic,
            INK,
        );
        self.y = top + height + 8.0;
    }
}
