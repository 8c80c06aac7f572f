//! The table of contents and its page numbers. The numbers count the whole bundle: the
//! generated part first, then every attached page. A part's page is where its heading landed,
//! so the generated part is laid out, its part headings are found on the pages, and it is laid
//! out again with those numbers; the numbers sit in a column of their own and never change how
//! a row wraps, so the second layout has the same pages and the loop ends at once.

use super::{PARTS, TlvDossierData, cover, header_title, metadata, parts};
use crate::export::RenderInfo;
use crate::export::fonts::Family;
use crate::export::layout;
use crate::export::model::{Audience, Document, TextStyle};
use crate::export::page::{
    CONTENT_WIDTH, FOOTER_BASELINE, Item, MARGIN_LEFT, PROFESSIONAL_TYPE, Page, TABLE_SIZE,
};
use crate::export::render;
use crate::template::Template;

/// The size of a section heading in the professional type (layout's `HeadingLevel::Section`).
const SECTION_SIZE: f32 = 15.0;

/// The pages every entry of the contents points at (1-based, whole bundle).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Numbers {
    /// First page of each of [`PARTS`].
    pub parts: Vec<usize>,
    /// (first page, number of pages) of each attachment.
    pub attachments: Vec<(usize, usize)>,
}

impl Numbers {
    /// Before the first layout: every number 0, the attachments' lengths known.
    pub fn unknown(attached: &[usize]) -> Self {
        Numbers {
            parts: vec![0; PARTS.len()],
            attachments: attached.iter().map(|count| (0, *count)).collect(),
        }
    }

    fn found(parts: Vec<usize>, generated: usize, attached: &[usize]) -> Self {
        let mut next = generated + 1;
        let attachments = attached
            .iter()
            .map(|count| {
                let entry = (next, *count);
                next += count;
                entry
            })
            .collect();
        Numbers { parts, attachments }
    }
}

/// The generated part on its pages, with where each part and attachment begins.
pub(super) struct LaidOut {
    /// Body, running header and footer (without its own page number: the stamp has it).
    pub pages: Vec<Page>,
    pub part_pages: Vec<usize>,
    pub attachment_pages: Vec<usize>,
}

/// Lays out the generated part until its contents' numbers are those of its pages.
pub(super) fn lay_out(
    fonts: &Family,
    data: &TlvDossierData,
    template: &Template,
    attached: &[usize],
    info: &RenderInfo,
) -> LaidOut {
    let mut numbers = Numbers::unknown(attached);
    let mut pages = Vec::new();
    // Two rounds settle it (see the module note); the third guards against a surprise.
    for _ in 0..3 {
        let document = Document {
            header_title: header_title(data),
            audience: Audience::Professional,
            mark: None,
            metadata: metadata(),
            blocks: parts::blocks(data, template, &numbers),
        };
        pages = layout::lay_out(fonts, &document);
        let found = Numbers::found(part_pages(&pages), pages.len(), attached);
        if found == numbers {
            break;
        }
        numbers = found;
    }
    align_page_numbers(fonts, &mut pages);
    render::add_furniture(
        fonts,
        &mut pages,
        &header_title(data),
        Audience::Professional,
        None,
        info,
    );
    for page in &mut pages {
        page.items.retain(|item| !is_footer_page_number(item));
    }
    LaidOut {
        pages,
        part_pages: numbers.parts,
        attachment_pages: numbers
            .attachments
            .iter()
            .map(|(first, _)| *first)
            .collect(),
    }
}

/// The page (1-based) of each part's section heading; a part not found points at the page
/// of the part before it.
fn part_pages(pages: &[Page]) -> Vec<usize> {
    let mut previous = 1;
    PARTS
        .iter()
        .map(|part| {
            let found = pages.iter().position(|page| {
                page.items.iter().any(|item| {
                    matches!(item, Item::Text { style: TextStyle::Bold, size, text, .. }
                        if (*size - SECTION_SIZE * PROFESSIONAL_TYPE.factor).abs() < 0.01
                            && text == part)
                })
            });
            previous = found.map_or(previous, |index| index + 1);
            previous
        })
        .collect()
}

/// The generated part's own "Pagina x van y" would count only its own pages: the stamp
/// numbers the whole bundle instead.
fn is_footer_page_number(item: &Item) -> bool {
    matches!(item, Item::Text { baseline, text, .. }
        if (*baseline - FOOTER_BASELINE).abs() < 0.01 && text.starts_with("Pagina "))
}

/// The contents' page numbers stand right-aligned against the right margin, as in a book:
/// a table cell is left-aligned, so every number in the contents' last column (and the
/// column's header, repeated on every page the contents runs onto) is moved.
fn align_page_numbers(fonts: &Family, pages: &mut [Page]) {
    let right = MARGIN_LEFT + CONTENT_WIDTH;
    let column = right - CONTENT_WIDTH * cover::CONTENTS_NUMBER_SHARE;
    let holds = |page: &Page, wanted: &str| {
        page.items.iter().any(
            |item| matches!(item, Item::Text { text, style: TextStyle::Bold, .. } if text == wanted),
        )
    };
    // The contents runs from its heading to the page before the first part (which starts on
    // a page of its own).
    let mut in_contents = false;
    for page in pages.iter_mut() {
        if holds(page, PARTS[0]) {
            break;
        }
        in_contents = in_contents || holds(page, cover::CONTENTS);
        if !in_contents {
            continue;
        }
        for item in &mut page.items {
            if let Item::Text {
                x,
                size,
                style,
                text,
                ..
            } = item
                && *x > column
                && (*size - TABLE_SIZE).abs() < 0.01
                && (text == cover::CONTENTS_PAGE
                    || (!text.is_empty() && text.chars().all(|c| c.is_ascii_digit() || c == '–')))
            {
                let width = fonts.face(*style).text_width(text, *size);
                *x = right - 5.0 - width;
            }
        }
    }
}
