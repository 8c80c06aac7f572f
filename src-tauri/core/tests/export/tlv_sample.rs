//! A typical TLV dossier for the tests and the bench: two cycles, a vastgesteld OPP of about
//! six pages, one hoorgesprek, six checklist items (two missing) and two attached PDFs made
//! with the export module itself, each with a unique word on every page.

use super::opp_sample;
use ibis_core::domain::pupil::{EducationType, SchoolStage};
use ibis_core::export::model::{Audience, Block, Document, HeadingLevel, Metadata, TextStyle};
use ibis_core::export::tlv_dossier::{
    AttachmentMedia, ChecklistLine, DecisionOutcome, ParentsPosition, TlvAttachment, TlvCycle,
    TlvDecision, TlvDossierData, TlvExpert, TlvHearing, TlvParentsView, TlvPupil, TlvRequest,
};
use ibis_core::export::{RenderInfo, render_pdf};

/// A word found only inside the first attachment.
pub const ATTACHED_WORD: &str = "Zebravlinderonderzoek";

fn date(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn info() -> RenderInfo {
    RenderInfo {
        printed_on: "23-11-2026".into(),
        app_version: "0.1.0".into(),
        created_unix: 1_795_424_400,
    }
}

/// A PDF of `pages` pages, each saying `word` and its page number; its own metadata title
/// names the pupil (that must not reach the dossier).
pub fn attached_pdf(word: &str, pages: usize) -> Vec<u8> {
    let mut blocks = Vec::new();
    for page in 1..=pages {
        if page > 1 {
            blocks.push(Block::PageBreak);
        }
        blocks.push(Block::Heading {
            level: HeadingLevel::Section,
            text: format!("Onderzoeksverslag blad {page}"),
        });
        blocks.push(Block::Paragraph {
            text: format!("{word} op blad {page}. ")
                + &"De leerling werkt geconcentreerd aan de taak en vraagt hulp wanneer nodig. "
                    .repeat(12),
            style: TextStyle::Regular,
        });
    }
    let document = Document {
        header_title: "Extern verslag".into(),
        audience: Audience::Professional,
        mark: None,
        metadata: Metadata {
            title: format!("Verslag {}", opp_sample::FULL_NAME),
            subject: String::new(),
            keywords: Vec::new(),
        },
        blocks,
    };
    render_pdf(&document, &info()).unwrap().bytes
}

/// The typical dossier with attachments of `pages` pages each.
pub fn typical_with(pages: usize) -> TlvDossierData {
    let opp = six_page_opp();
    TlvDossierData {
        pupil: TlvPupil {
            full_name: opp_sample::FULL_NAME.into(),
            initials: "ZKÖ".into(),
            birth_date: date(2014, 3, 9),
            school: "OBS De Ĳsvogel, Zoeterwoude".into(),
            stage: SchoolStage::Primary,
            grade: 6,
            education_type: EducationType::Po,
        },
        request: TlvRequest {
            kind: "sbo".into(),
            requested_on: Some(date(2026, 11, 16)),
            support_question: "Zoë heeft een leeromgeving nodig met kleine groepen, veel \
                 herhaling en een vaste begeleider, omdat zij in de reguliere groep ondanks twee \
                 cycli met extra ondersteuning bij lezen en concentratie onvoldoende tot leren \
                 komt. Welke plek biedt haar de rust en structuur om weer te groeien?"
                .into(),
            cluster_note: None,
        },
        experts: vec![
            TlvExpert {
                name: "drs. M. Bakker".into(),
                discipline: "orthopedagoog".into(),
                advised_on: Some(date(2026, 10, 30)),
                independent: true,
                advice: Some("Plaatsing in het sbo is passend.".into()),
            },
            TlvExpert {
                name: "L. de Wit".into(),
                discipline: "schoolmaatschappelijk werker".into(),
                advised_on: Some(date(2026, 11, 4)),
                independent: false,
                advice: None,
            },
        ],
        parents: ParentsPosition::View {
            on: Some(date(2026, 11, 10)),
            text: "Wij zien dat Zoë vastloopt en steunen een plek op het sbo, als zij daar \
                   ook met haar vriendin kan blijven afspreken."
                .into(),
        },
        decision: Some(TlvDecision {
            outcome: DecisionOutcome::Granted,
            decided_on: date(2026, 11, 20),
            number: Some("SWV123-2026-00042".into()),
            category: Some("midden".into()),
            begins_on: Some(date(2026, 12, 1)),
            ends_on: Some(date(2028, 7, 31)),
        }),
        cycles: vec![
            TlvCycle {
                title: "Lezen en concentratie".into(),
                number: 1,
                started_on: date(2026, 1, 12),
                ended_on: Some(date(2026, 6, 26)),
                stage_reached: "Evalueren".into(),
                goals: vec![
                    "Zoë leest AVI E5 vloeiend voor".into(),
                    "Zoë werkt 15 minuten zelfstandig".into(),
                ],
                conclusion: Some(
                    "Deels behaald: het technisch lezen ging vooruit, de concentratie niet.".into(),
                ),
            },
            TlvCycle {
                title: "Lezen en concentratie".into(),
                number: 2,
                started_on: date(2026, 9, 7),
                ended_on: None,
                stage_reached: "Realiseren".into(),
                goals: vec!["Zoë leest AVI M6 met begrip".into()],
                conclusion: None,
            },
        ],
        opp: Some(opp),
        hearings: vec![TlvHearing {
            held_on: date(2026, 10, 8),
            with_whom: "de intern begeleider".into(),
            quotes: vec![
                (
                    Some("Wat gaat goed?".into()),
                    "Tekenen en als juf naast me zit".into(),
                ),
                (
                    Some("Wat is moeilijk?".into()),
                    "Als het druk is in de klas hoor ik niks meer".into(),
                ),
            ],
            child_goals: vec!["Ik wil een boek helemaal uitlezen".into()],
        }],
        parents_views: vec![TlvParentsView {
            given_on: date(2026, 11, 10),
            text: "Wij steunen de aanvraag.".into(),
        }],
        checklist: vec![
            line(
                "Vastgesteld OPP",
                Some("OPP versie 3, vastgesteld op 12-11-2026"),
            ),
            line("Laatste twee evaluaties", Some("stappenplan, cycli 1 en 2")),
            line(
                "Hoorgesprek dit schooljaar",
                Some("hoorgesprek van 08-10-2026"),
            ),
            line("Zienswijze ouders", Some("zienswijze van 10-11-2026")),
            line("Verslag OT/MDO", None),
            line("Onderzoeksverslag", None),
        ],
        attachments: vec![
            TlvAttachment {
                title: "Psychodiagnostisch onderzoek".into(),
                kind_label: "onderzoeksverslag".into(),
                document_date: Some(date(2026, 10, 1)),
                source: Some("extern bureau".into()),
                media: AttachmentMedia::Pdf,
                bytes: attached_pdf(ATTACHED_WORD, pages),
            },
            TlvAttachment {
                title: "Toetsoverzicht".into(),
                kind_label: "toetsoverzicht".into(),
                document_date: Some(date(2026, 11, 2)),
                source: Some("school".into()),
                media: AttachmentMedia::Pdf,
                bytes: attached_pdf("Toetsresultaten", pages),
            },
        ],
        printed_on: date(2026, 11, 23),
    }
}

/// A rich vastgesteld OPP whose own print is six pages long.
pub fn six_page_opp() -> ibis_core::export::opp::OppDocumentData {
    let template = ibis_core::template::Template::landelijk().unwrap();
    (1..=10)
        .map(opp_sample::established_with)
        .find(|data| {
            let document = ibis_core::export::opp::build(data, &template);
            render_pdf(&document, &info()).unwrap().pages == 6
        })
        .expect("a six-page OPP")
}

fn line(label: &str, source: Option<&str>) -> ChecklistLine {
    ChecklistLine {
        label: label.into(),
        done: source.is_some(),
        source: source.map(str::to_owned),
    }
}
