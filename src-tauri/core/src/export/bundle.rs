//! One PDF from several (the TLV dossier, issue 10 item 5): the generated part from printpdf,
//! then each attachment — a PDF's own pages imported with renumbered objects (their text stays
//! extractable), a JPEG or PNG on an A4 page of its own, scaled to fit inside the margins —,
//! an `/Outlines` tree with a bookmark per part and attachment, and a stamp on every page
//! ([`stamp`]). The only module besides printpdf's own that writes PDF objects (with lopdf).
//!
//! Only what a page needs is taken from an attached PDF: the page, its resources, contents and
//! annotations, followed from the page down. Its catalog, page tree, outlines, Info dictionary
//! and XMP packet are left behind, so a name in an attachment's metadata never reaches the
//! dossier's.

mod image;
mod stamp;

use crate::error::{Error, Result};
use lopdf::{
    Bookmark as LopdfBookmark, Document, LoadOptions, Object, ObjectId, Stream, dictionary,
};
use std::collections::{BTreeMap, BTreeSet};

pub use crate::domain::attachment::content::{jpeg_info, png_info};

/// A4 in points, and the margins an image page keeps free (the stamp lives in the bottom one).
const A4: (f32, f32) = (595.28, 841.89);
const IMAGE_MARGIN: f32 = 56.0;
const IMAGE_MARGIN_BOTTOM: f32 = 64.0;
/// The caption's baseline above an image, from the top edge.
const CAPTION_BASELINE: f32 = 40.0;
/// No stream of an attached PDF may inflate past this while it is read (a decompression bomb
/// is refused as unreadable).
const PDF_DECOMPRESS_LIMIT: usize = 256 * 1024 * 1024;

/// What an attachment's bytes are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttachmentMedia {
    Pdf,
    Jpeg,
    Png,
}

/// An image's size in pixels, colour components and bit depth: the attachment's own header
/// reader, so what was checked on import is what the bundle places.
pub use crate::domain::attachment::ImageInfo;

/// A bookmark: its title and the bundle page (1-based) it opens.
#[derive(Debug, Clone, PartialEq)]
pub struct Bookmark {
    pub title: String,
    pub page: usize,
}

/// An attachment read and ready to append.
pub(crate) struct Attachment {
    content: Content,
    /// Printed above an image ("Bijlage 2 · Foto werkplek"); a PDF speaks for itself.
    caption: String,
}

enum Content {
    Pdf(Box<Document>),
    Image(Box<image::ImageObject>),
}

fn internal(e: lopdf::Error) -> Error {
    Error::Internal(format!("pdf bundle: {e}"))
}

impl Attachment {
    /// Reads attachment `number` (1-based, for the error): a PDF is parsed, an image's
    /// header read and a PNG decoded. Damaged or password-protected input is refused.
    pub(crate) fn prepare(
        number: usize,
        media: AttachmentMedia,
        bytes: &[u8],
        caption: &str,
    ) -> Result<Self> {
        let content = match media {
            AttachmentMedia::Pdf => {
                let unreadable =
                    || Error::ExportFailed(format!("attachment {number} is not a readable PDF"));
                let options = LoadOptions {
                    max_decompressed_size: Some(PDF_DECOMPRESS_LIMIT),
                    ..LoadOptions::default()
                };
                let document =
                    Document::load_mem_with_options(bytes, options).map_err(|_| unreadable())?;
                if document.is_encrypted() || document.page_iter().next().is_none() {
                    return Err(unreadable());
                }
                Content::Pdf(Box::new(document))
            }
            AttachmentMedia::Jpeg => Content::Image(Box::new(image::jpeg(number, bytes)?)),
            AttachmentMedia::Png => Content::Image(Box::new(image::png(number, bytes)?)),
        };
        Ok(Attachment {
            content,
            caption: caption.to_owned(),
        })
    }

    /// How many pages it adds to the bundle.
    pub(crate) fn pages(&self) -> usize {
        match &self.content {
            Content::Pdf(document) => document.page_iter().count(),
            Content::Image(_) => 1,
        }
    }
}

/// Appends `attachments` to the `generated` PDF, writes the bookmarks and stamps every page
/// "`label` · pagina x van y".
pub(crate) fn bundle(
    generated: &[u8],
    attachments: Vec<Attachment>,
    bookmarks: &[Bookmark],
    label: &str,
) -> Result<Vec<u8>> {
    let mut document = Document::load_mem(generated).map_err(internal)?;
    let root = document
        .catalog()
        .and_then(|catalog| catalog.get(b"Pages"))
        .and_then(Object::as_reference)
        .map_err(internal)?;
    let mut pages: Vec<ObjectId> = document.page_iter().collect();
    for attachment in attachments {
        match attachment.content {
            Content::Pdf(source) => pages.extend(import_pdf(&mut document, *source, root)?),
            Content::Image(image) => {
                pages.push(image_page(&mut document, *image, &attachment.caption, root))
            }
        }
    }
    for page in &pages {
        document
            .get_dictionary_mut(*page)
            .map_err(internal)?
            .set("Parent", Object::Reference(root));
    }
    let tree = document.get_dictionary_mut(root).map_err(internal)?;
    tree.set(
        "Kids",
        pages
            .iter()
            .map(|id| Object::Reference(*id))
            .collect::<Vec<_>>(),
    );
    tree.set("Count", pages.len() as i64);
    stamp::stamp_pages(&mut document, &pages, label)?;
    outline(&mut document, &pages, bookmarks)?;
    let mut bytes = Vec::new();
    document
        .save_to(&mut bytes)
        .map_err(|e| Error::Internal(format!("pdf bundle: {e}")))?;
    Ok(bytes)
}

/// The attributes a page may inherit from its page-tree parents.
const INHERITED: [&[u8]; 4] = [b"Resources", b"MediaBox", b"CropBox", b"Rotate"];

/// Moves `source`'s pages into `target` with fresh object numbers: each page gets its
/// inherited attributes as its own, and only the objects reachable from the pages come along.
fn import_pdf(
    target: &mut Document,
    mut source: Document,
    parent: ObjectId,
) -> Result<Vec<ObjectId>> {
    source.renumber_objects_with(target.max_id + 1);
    let pages: Vec<ObjectId> = source.page_iter().collect();
    for page in &pages {
        let mut inherited = Vec::new();
        for key in INHERITED {
            if let Some(value) = inherited_attribute(&source, *page, key) {
                inherited.push((key, value));
            }
        }
        let dict = source.get_dictionary_mut(*page).map_err(internal)?;
        for (key, value) in inherited {
            if !dict.has(key) {
                dict.set(key, value);
            }
        }
        // Page-level metadata and private data are not the commission's.
        dict.remove(b"Metadata");
        dict.remove(b"PieceInfo");
        dict.set("Parent", Object::Reference(parent));
    }
    let reachable = reachable_from(&source, &pages);
    let mut objects: BTreeMap<ObjectId, Object> = std::mem::take(&mut source.objects);
    objects.retain(|id, _| reachable.contains(id));
    target.max_id = target.max_id.max(source.max_id);
    target.objects.extend(objects);
    Ok(pages)
}

/// `key` of `page` or of the nearest page-tree node above it.
fn inherited_attribute(document: &Document, page: ObjectId, key: &[u8]) -> Option<Object> {
    let mut node = document.get_dictionary(page).ok()?;
    for _ in 0..64 {
        if let Ok(value) = node.get(key) {
            return Some(value.clone());
        }
        let parent = node.get(b"Parent").ok()?.as_reference().ok()?;
        node = document.get_dictionary(parent).ok()?;
    }
    None
}

/// Every object reachable from `pages`, not following a page's or page-tree node's `/Parent`.
fn reachable_from(document: &Document, pages: &[ObjectId]) -> BTreeSet<ObjectId> {
    let mut seen: BTreeSet<ObjectId> = BTreeSet::new();
    let mut stack: Vec<ObjectId> = pages.to_vec();
    while let Some(id) = stack.pop() {
        if !seen.insert(id) {
            continue;
        }
        if let Ok(object) = document.get_object(id) {
            let is_tree_node = object
                .as_dict()
                .ok()
                .and_then(|dict| dict.get(b"Type").ok())
                .and_then(|kind| kind.as_name().ok())
                .is_some_and(|kind| kind == b"Page" || kind == b"Pages");
            references(object, is_tree_node, &mut stack);
        }
    }
    seen
}

fn references(object: &Object, skip_parent: bool, into: &mut Vec<ObjectId>) {
    match object {
        Object::Reference(id) => into.push(*id),
        Object::Array(items) => {
            for item in items {
                references(item, false, into);
            }
        }
        Object::Dictionary(dict) => {
            for (key, value) in dict.iter() {
                if !(skip_parent && key == b"Parent") {
                    references(value, false, into);
                }
            }
        }
        Object::Stream(stream) => {
            for (_, value) in stream.dict.iter() {
                references(value, false, into);
            }
        }
        _ => {}
    }
}

/// An A4 page with `image` centred at the top, as large as fits inside the margins (never
/// enlarged past one point per pixel), its caption above it in the stamp's font (every page
/// gets that font in [`stamp::stamp_pages`]).
fn image_page(
    document: &mut Document,
    image: image::ImageObject,
    caption: &str,
    parent: ObjectId,
) -> ObjectId {
    let image::ImageObject {
        info,
        image: mut stream,
        mask,
    } = image;
    let mask_id = mask.map(|mask| document.add_object(mask));
    image::with_mask(&mut stream, mask_id);
    let image_id = document.add_object(stream);
    let available = (
        A4.0 - 2.0 * IMAGE_MARGIN,
        A4.1 - IMAGE_MARGIN - IMAGE_MARGIN_BOTTOM,
    );
    let (width, height) = (info.width.max(1) as f32, info.height.max(1) as f32);
    let scale = (available.0 / width).min(available.1 / height).min(1.0);
    let (shown_width, shown_height) = (width * scale, height * scale);
    let x = (A4.0 - shown_width) / 2.0;
    let y = A4.1 - IMAGE_MARGIN - shown_height;
    let mut content =
        format!("q {shown_width:.3} 0 0 {shown_height:.3} {x:.3} {y:.3} cm /Im1 Do Q\n")
            .into_bytes();
    content.extend(stamp::caption(
        caption,
        IMAGE_MARGIN,
        A4.1 - CAPTION_BASELINE,
    ));
    let contents = document.add_object(Stream::new(lopdf::Dictionary::new(), content));
    document.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => Object::Reference(parent),
        "MediaBox" => vec![0.into(), 0.into(), A4.0.into(), A4.1.into()],
        "Resources" => image::page_resources(image_id),
        "Contents" => Object::Reference(contents),
    })
}

/// The `/Outlines` tree: one top-level bookmark per entry, opening its page whole.
fn outline(document: &mut Document, pages: &[ObjectId], bookmarks: &[Bookmark]) -> Result<()> {
    for bookmark in bookmarks {
        let page = bookmark
            .page
            .checked_sub(1)
            .and_then(|index| pages.get(index))
            .ok_or_else(|| {
                Error::Internal(format!("bookmark to missing page {}", bookmark.page))
            })?;
        document.add_bookmark(
            LopdfBookmark::new(bookmark.title.clone(), [0.0, 0.0, 0.0], 0, *page),
            None,
        );
    }
    if let Some(outlines) = document.build_outline() {
        let catalog = document.catalog_mut().map_err(internal)?;
        catalog.set("Outlines", Object::Reference(outlines));
        catalog.set("PageMode", "UseOutlines");
    }
    Ok(())
}
