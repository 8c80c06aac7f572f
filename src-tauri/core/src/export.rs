//! Printable documents (the only module that imports printpdf). A builder turns use-case data
//! into a [`model::Document`]; [`render_pdf`] lays it out on A4 with the embedded Noto Sans
//! family (and Symbola for emoji) and serialises it. The casusoverzicht is for professionals;
//! "Wat jij hebt verteld" ([`hearing_summary`]) is for the child, in large type. The printed
//! OPP ([`opp`]) is for professionals and parents; its ouderblad ([`opp_parent_sheet`]) is for
//! parents, in plain Dutch and a size larger. The TLV dossier ([`tlv_dossier`]) is one bundled
//! file for the samenwerkingsverband's commission: a generated part followed by the attached
//! documents, with bookmarks and a page stamp on every page ([`bundle`], with lopdf). PDF metadata comes from [`model::Metadata`] and
//! never names a pupil. Writing the file is the use case's job (`usecases::export`), through
//! `files::write_atomically`.

pub mod bundle;
pub mod case_overview;
mod figures;
mod fonts;
pub mod hearing_summary;
pub mod hyphenate;
mod layout;
pub mod model;
pub mod opp;
pub mod opp_parent_sheet;
mod page;
mod render;
mod signatures;
mod table;
pub mod tlv_dossier;
pub mod where_to_go;
mod wrap;

pub use render::RenderInfo;

use crate::error::Result;

/// A rendered PDF.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub bytes: Vec<u8>,
    pub pages: usize,
}

/// Lays out and renders `document`.
pub fn render_pdf(document: &model::Document, info: &RenderInfo) -> Result<Rendered> {
    let fonts = fonts::family()?;
    let mut pages = layout::lay_out(fonts, document);
    render::add_furniture(
        fonts,
        &mut pages,
        &document.header_title,
        document.audience,
        document.mark.as_deref(),
        info,
    );
    let bytes = render::render(fonts, &pages, &document.metadata, info)?;
    Ok(Rendered {
        bytes,
        pages: pages.len(),
    })
}
