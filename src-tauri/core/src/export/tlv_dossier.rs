//! The TLV dossier (issue 10 item 5, DOMAIN.md §8): one PDF a commission of the
//! samenwerkingsverband can read and cite. A generated part — a cover with the pupil, the
//! school and the ondersteuningsvraag first, a table of contents, then the aanvraag and the
//! besluit, the deskundigen and the parents' position, a short overview of the stappenplan
//! cycles, the vastgestelde OPP, the hoorgesprekken and the zienswijze ouders, the checklist
//! with what is missing and the list of bijlagen — followed by the attached documents as their
//! own pages ([`super::bundle`]), with a bookmark per part and attachment and a stamp
//! "TLV-dossier <initialen> · pagina x van y" on every page.
//!
//! The data is plain display data ([`TlvDossierData`]): the use case resolves the domain
//! (labels, wording, the checklist's sources) and this module only arranges it. The table of
//! contents counts the whole bundle, attached pages included; the generated part is laid out
//! twice so its numbers are those of the final pages ([`contents`]).

mod contents;
mod cover;
mod parts;

use super::bundle::{self, Attachment, Bookmark};
use super::model::{Audience, Document, Metadata};
use super::opp::OppDocumentData;
use super::{RenderInfo, Rendered, fonts, render};
use crate::domain::dates::{to_dutch, to_iso};
use crate::domain::pupil::{EducationType, SchoolStage};
use crate::error::Result;
use crate::template::Template;
use chrono::NaiveDate as Date;

pub use bundle::{AttachmentMedia, ImageInfo};

/// The metadata title of every TLV dossier; deliberately without names.
pub const METADATA_TITLE: &str = "Ibis — TLV-dossier";

/// Everything the dossier prints, resolved by the use case.
#[derive(Debug, Clone, PartialEq)]
pub struct TlvDossierData {
    pub pupil: TlvPupil,
    pub request: TlvRequest,
    /// The deskundigen who advised, in the order to print; fewer than two prints a warning.
    pub experts: Vec<TlvExpert>,
    pub parents: ParentsPosition,
    pub decision: Option<TlvDecision>,
    /// The stappenplan cycles, oldest first.
    pub cycles: Vec<TlvCycle>,
    /// The current vastgestelde OPP, when there is one.
    pub opp: Option<OppDocumentData>,
    /// Hoorgesprekken, oldest first.
    pub hearings: Vec<TlvHearing>,
    /// The recorded zienswijzen of the parents, oldest first.
    pub parents_views: Vec<TlvParentsView>,
    /// The template's checklist, every item whether done or not.
    pub checklist: Vec<ChecklistLine>,
    /// Appended after the generated part, in this order.
    pub attachments: Vec<TlvAttachment>,
    pub printed_on: Date,
}

/// The pupil and school as the commission needs them.
#[derive(Debug, Clone, PartialEq)]
pub struct TlvPupil {
    /// "Daan de Vries" (printed on the cover, never in metadata or the file name).
    pub full_name: String,
    /// "DdV": in the page stamp and the file name.
    pub initials: String,
    pub birth_date: Date,
    pub school: String,
    /// Decides "groep" or "leerjaar".
    pub stage: SchoolStage,
    /// The groep or leerjaar number.
    pub grade: i32,
    pub education_type: EducationType,
}

/// The aanvraag itself.
#[derive(Debug, Clone, PartialEq)]
pub struct TlvRequest {
    /// "sbo", "so cluster 3", "vso cluster 4", …
    pub kind: String,
    /// When the aanvraag went to the SWV; none while the dossier is being prepared.
    pub requested_on: Option<Date>,
    /// The ondersteuningsvraag in one paragraph: printed first and prominent.
    pub support_question: String,
    /// A note for a cluster 1 or 2 route (another body decides those).
    pub cluster_note: Option<String>,
}

/// One deskundige's advice.
#[derive(Debug, Clone, PartialEq)]
pub struct TlvExpert {
    pub name: String,
    /// "orthopedagoog", "psycholoog", … (DOMAIN.md §8).
    pub discipline: String,
    pub advised_on: Option<Date>,
    /// Independent of the school; `false` prints a warning.
    pub independent: bool,
    /// The advice in a few lines, quoted under the table.
    pub advice: Option<String>,
}

/// Where the parents stand on the aanvraag.
#[derive(Debug, Clone, PartialEq)]
pub enum ParentsPosition {
    /// The parents agree with the aanvraag.
    Consent { on: Option<Date> },
    /// The parents gave their view (zienswijze) in their own words.
    View { on: Option<Date>, text: String },
    /// Not recorded yet: printed as a warning.
    NotYet,
}

/// Toegekend or afgewezen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecisionOutcome {
    Granted,
    Refused,
}

/// The samenwerkingsverband's decision.
#[derive(Debug, Clone, PartialEq)]
pub struct TlvDecision {
    pub outcome: DecisionOutcome,
    pub decided_on: Date,
    /// "SWV123-2026-00042".
    pub number: Option<String>,
    /// "laag", "midden", "hoog" ((v)so only).
    pub category: Option<String>,
    pub begins_on: Option<Date>,
    /// Always 31 July (computed by the domain).
    pub ends_on: Option<Date>,
}

/// One cycle of the stappenplan, short: not every record.
#[derive(Debug, Clone, PartialEq)]
pub struct TlvCycle {
    /// "Lezen en concentratie" (the casus title), printed with the cycle number.
    pub title: String,
    pub number: i64,
    pub started_on: Date,
    pub ended_on: Option<Date>,
    /// "Evalueren" — the stage reached, in words.
    pub stage_reached: String,
    /// The goals, one line each.
    pub goals: Vec<String>,
    /// The evaluation's conclusion in a few lines, when evaluated.
    pub conclusion: Option<String>,
}

/// A hoorgesprek as the dossier prints it.
#[derive(Debug, Clone, PartialEq)]
pub struct TlvHearing {
    pub held_on: Date,
    /// "de intern begeleider (Anke Jansen)".
    pub with_whom: String,
    /// (question, the pupil's words verbatim).
    pub quotes: Vec<(Option<String>, String)>,
    /// The pupil's own goals.
    pub child_goals: Vec<String>,
}

/// A zienswijze ouders.
#[derive(Debug, Clone, PartialEq)]
pub struct TlvParentsView {
    pub given_on: Date,
    pub text: String,
}

/// One item of the template's checklist.
#[derive(Debug, Clone, PartialEq)]
pub struct ChecklistLine {
    pub label: String,
    pub done: bool,
    /// Where a done item comes from ("OPP versie 2, vastgesteld op 12-11-2026"); for an item
    /// not done, what is missing ("ontbreekt: 1 van 2 aanwezig").
    pub source: Option<String>,
}

/// An attached document: its list entry and its bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct TlvAttachment {
    pub title: String,
    /// "onderzoeksverslag", "toetsoverzicht", … (the kind's label).
    pub kind_label: String,
    pub document_date: Option<Date>,
    /// "GGD", "school", "ouders", …
    pub source: Option<String>,
    pub media: AttachmentMedia,
    pub bytes: Vec<u8>,
}

/// The parts of the generated part, in order: the headings, the bookmarks and the contents.
pub const PARTS: [&str; 7] = [
    "1. Aanvraag en besluit",
    "2. Deskundigen en standpunt ouders",
    "3. Overzicht stappenplan",
    "4. Ontwikkelingsperspectiefplan (OPP)",
    "5. Hoorrecht en zienswijze ouders",
    "6. Checklist",
    "7. Bijlagen",
];

/// Builds the whole bundle: generated part, attachments, bookmarks and page stamps.
pub fn build(data: &TlvDossierData, template: &Template, info: &RenderInfo) -> Result<Rendered> {
    let attachments = data
        .attachments
        .iter()
        .enumerate()
        .map(|(index, attachment)| {
            Attachment::prepare(
                index + 1,
                attachment.media,
                &attachment.bytes,
                &attachment_title(index, attachment),
            )
        })
        .collect::<Result<Vec<_>>>()?;
    let attached_pages: Vec<usize> = attachments.iter().map(Attachment::pages).collect();
    let fonts = fonts::family()?;
    let laid_out = contents::lay_out(fonts, data, template, &attached_pages, info);
    let generated = render::render(fonts, &laid_out.pages, &metadata(), info)?;
    let mut bookmarks: Vec<Bookmark> = PARTS
        .iter()
        .zip(&laid_out.part_pages)
        .map(|(title, page)| Bookmark {
            title: (*title).to_owned(),
            page: *page,
        })
        .collect();
    for ((index, attachment), page) in data
        .attachments
        .iter()
        .enumerate()
        .zip(&laid_out.attachment_pages)
    {
        bookmarks.push(Bookmark {
            title: attachment_title(index, attachment),
            page: *page,
        });
    }
    let stamp = format!("TLV-dossier {}", stamp_initials(&data.pupil.initials));
    let bytes = bundle::bundle(&generated, attachments, &bookmarks, &stamp)?;
    Ok(Rendered {
        bytes,
        pages: laid_out.pages.len() + attached_pages.iter().sum::<usize>(),
    })
}

/// The generated part alone as a [`Document`] (no attachments, no stamps): for tests that
/// look at the blocks and for the page budget.
pub fn document(data: &TlvDossierData, template: &Template) -> Document {
    let attached = vec![0; data.attachments.len()];
    Document {
        header_title: header_title(data),
        audience: Audience::Professional,
        mark: None,
        metadata: metadata(),
        blocks: parts::blocks(data, template, &contents::Numbers::unknown(&attached)),
    }
}

/// The proposed file name: initials and print date, never the full name
/// (`tlv-dossier-DdV-2026-11-23.pdf`).
pub fn file_name(data: &TlvDossierData) -> String {
    file_name_for(&data.pupil.initials, data.printed_on)
}

/// [`file_name`] from the initials and the print date alone (the save dialog's proposal).
pub fn file_name_for(initials: &str, printed_on: Date) -> String {
    format!(
        "tlv-dossier-{}-{}.pdf",
        stamp_initials(initials),
        to_iso(printed_on)
    )
}

/// The initials as the stamp and file name print them: letters and digits only.
fn stamp_initials(initials: &str) -> String {
    let clean: String = initials.chars().filter(|c| c.is_alphanumeric()).collect();
    if clean.is_empty() {
        "leerling".to_owned()
    } else {
        clean
    }
}

/// "Bijlage 2 · Toetsoverzicht": the bookmark, the contents entry and an image's caption.
fn attachment_title(index: usize, attachment: &TlvAttachment) -> String {
    format!("Bijlage {} · {}", index + 1, attachment.title.trim())
}

/// In the running header of every generated page (content, not metadata).
fn header_title(data: &TlvDossierData) -> String {
    format!("TLV-dossier · {}", data.pupil.full_name.trim())
}

fn metadata() -> Metadata {
    Metadata {
        title: METADATA_TITLE.into(),
        subject: "TLV-dossier uit Ibis (vertrouwelijk)".into(),
        keywords: vec!["Ibis".into(), "TLV".into(), "vertrouwelijk".into()],
    }
}

/// A date as `dd-mm-jjjj`, or "onbekend".
fn date_or_unknown(date: Option<Date>) -> String {
    date.map_or_else(|| "onbekend".to_owned(), to_dutch)
}
