//! The cover: the title, the ondersteuningsvraag first (the commission must find it), the
//! pupil and school, and the contents with the page of every part and attachment in the whole
//! bundle ([`super::contents`] fills in the numbers).

use super::contents::Numbers;
use super::parts::{heading, italic, key_values, page_range, present, regular, table};
use super::{PARTS, TlvDossierData};
use crate::domain::dates::to_dutch;
use crate::export::model::{Block, HeadingLevel};
use crate::vocabulary::{self, capitalized};

/// The contents' heading (also how the layout recognises its page).
pub(super) const CONTENTS: &str = "Inhoud";
/// The header of the contents' page-number column.
pub(super) const CONTENTS_PAGE: &str = "Pagina";
/// The page-number column's share of the text width.
pub(super) const CONTENTS_NUMBER_SHARE: f32 = 0.14;

/// The cover's blocks, the contents numbered with `numbers`.
pub(super) fn cover(data: &TlvDossierData, numbers: &Numbers) -> Vec<Block> {
    let pupil = &data.pupil;
    let mut blocks = vec![
        Block::Title {
            text: "TLV-dossier".into(),
            subtitle: Some(format!(
                "Aanvraag toelaatbaarheidsverklaring {} · {}",
                data.request.kind.trim(),
                pupil.full_name.trim()
            )),
        },
        heading(HeadingLevel::Section, "Ondersteuningsvraag"),
    ];
    blocks.push(match present(&data.request.support_question) {
        Some(question) => regular(question),
        None => Block::Notice("Let op: de ondersteuningsvraag is nog niet ingevuld.".into()),
    });
    blocks.push(heading(HeadingLevel::Section, "Leerling en school"));
    blocks.push(key_values(vec![
        ("Naam", pupil.full_name.trim().to_owned()),
        ("Geboortedatum", to_dutch(pupil.birth_date)),
        ("School", pupil.school.trim().to_owned()),
        (
            "Onderwijstype",
            vocabulary::education_type(pupil.education_type).to_owned(),
        ),
        (
            &capitalized(pupil.stage.wording().grade),
            pupil.grade.to_string(),
        ),
        ("Soort aanvraag", data.request.kind.trim().to_owned()),
        (
            "Aanvraagdatum",
            data.request.requested_on.map_or_else(
                || "nog niet ingediend (dossier in voorbereiding)".to_owned(),
                to_dutch,
            ),
        ),
    ]));
    blocks.push(heading(HeadingLevel::Section, CONTENTS));
    let mut rows: Vec<Vec<String>> = PARTS
        .iter()
        .zip(&numbers.parts)
        .map(|(part, page)| vec![(*part).to_owned(), page.to_string()])
        .collect();
    for (index, (attachment, pages)) in data
        .attachments
        .iter()
        .zip(&numbers.attachments)
        .enumerate()
    {
        rows.push(vec![
            super::attachment_title(index, attachment),
            page_range(*pages),
        ]);
    }
    blocks.push(table(
        &[
            ("Onderdeel", 1.0 - CONTENTS_NUMBER_SHARE),
            (CONTENTS_PAGE, CONTENTS_NUMBER_SHARE),
        ],
        rows,
    ));
    blocks.push(italic(
        "De paginanummers gelden voor het hele dossier, de bijlagen meegeteld: elke pagina \
         draagt onderaan het nummer waarmee u ernaar kunt verwijzen.",
    ));
    blocks
}
