//! Export suite: the casusoverzicht, the child's summary, the printed OPP and its ouderblad
//! rendered to real PDF files and read back with poppler (pdftotext, pdffonts, pdfinfo) and
//! qpdf — text in reading order, page numbers, repeated table headers, rows, signature blocks
//! and kept groups never cut, fonts embedded, no names in metadata, and safe writing
//! (read-only or missing folder: a Dutch error, no file left behind).
//!
//! `IBIS_KEEP_PDF=/some/folder` keeps a copy of every rendered PDF there for visual review.
// A test binary: a failed expectation is a failing test, so unwrap/expect are allowed.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod demo;
mod hearing;
mod hyphenation;
mod opp;
mod opp_sample;
mod parent_sheet;
mod sample;
#[path = "../support.rs"]
mod support;
mod tlv_dossier;
mod tlv_sample;
mod tools;
mod vault;
mod where_to_go;
mod wording;
mod words;

use ibis_core::Error;
use ibis_core::export::case_overview::{self, CaseOverviewData};
use ibis_core::export::model::{
    Audience, Block, Column, Document, HeadingLevel, Metadata, Signature, Table,
};
use ibis_core::export::{RenderInfo, Rendered, render_pdf};
use ibis_core::usecases::{audit, cases, export};
use sample::{CANARY_FIRST, CANARY_LAST};
use std::path::{Path, PathBuf};
use support::{TestVault, pupil_input};
use tools::{Pdf, page_text};

fn info() -> RenderInfo {
    RenderInfo {
        printed_on: "23-11-2026".into(),
        app_version: "0.1.0".into(),
        created_unix: 1_795_424_400,
    }
}

fn render(name: &str, document: &Document) -> (Rendered, Pdf) {
    let rendered = render_pdf(document, &info()).expect("renders");
    let pdf = Pdf::write(name, &rendered.bytes);
    (rendered, pdf)
}

fn overview(name: &str, data: &CaseOverviewData) -> (Rendered, Pdf) {
    render(name, &case_overview::build(data))
}

/// Asserts that `needles` occur in `haystack` in this order.
fn assert_in_order(haystack: &str, needles: &[&str]) {
    let mut from = 0;
    for needle in needles {
        match haystack[from..].find(needle) {
            Some(at) => from += at + needle.len(),
            None => panic!("‘{needle}’ missing or out of order after byte {from}:\n{haystack}"),
        }
    }
}

#[test]
fn text_comes_back_in_reading_order_with_diacritics() {
    let (_, pdf) = overview("leesvolgorde", &sample::overview(1));
    let text = pdf.text();
    assert_in_order(
        &text,
        &[
            "Casusoverzicht",
            "Rekenen en concentratie in groep 6",
            "Leerling",
            "Zoë Kanariepiet-Öztürk",
            "09-03-2016",
            "OBS De Ĳsvogel, Zoeterwoude",
            "Groep",
            "primair onderwijs (po)",
            "Casus",
            "Startdatum",
            "07-09-2026",
            "Landelijk (versie 1)",
            "Cyclus 1 — gestart op 07-09-2026",
            "Stap 1 · Signaleren",
            "Signaal van 07-09-2026",
            "Ouders geïnformeerd",
            "‘groepswerk’",
            "“erg moe”",
            "€ naar centen",
            "Gesprek met ouders — 10-09-2026",
            "Afspraken",
            "Stap 2 · Begrijpen",
            "Gesprek met de leerling — 17-09-2026",
            "Onderwijsbehoeften",
            "Belemmerende en bevorderende factoren",
            "Domein",
            "Belemmerend",
            "Bevorderend",
            "Leerling",
            "Onderwijs",
            "Thuis/opvoeding",
            "Stap 3 · Plannen",
            "Doelen en interventies",
            "Interventie",
            "Stap 4 · Realiseren",
            "Uitvoering",
            "Eén les uitgevallen",
            "Stap 5 · Vastleggen",
            "Plan gedeeld met ouders",
            "Stap 6 · Evalueren",
            "Evaluatie van 29-10-2026",
            "deels behaald",
            "Besluit",
            "Nieuwe cyclus",
            "Tijdlijn",
            "Gebeurtenis",
            "Casus geopend",
            "Evaluatie",
            "Ondertekening",
            "Intern begeleider",
            "Ouder/verzorger",
        ],
    );
    let first = page_text(&pdf, 1);
    assert!(
        first.contains("Casusoverzicht — Zoë Kanariepiet-Öztürk"),
        "header: {first}"
    );
    assert!(first.contains("VERTROUWELIJK"));
    assert!(first.contains("Afgedrukt op 23-11-2026 · Ibis 0.1.0"));
}

#[test]
fn a_long_casus_numbers_pages_and_repeats_table_headers() {
    let (rendered, pdf) = overview("lang", &sample::overview(3));
    assert!(rendered.pages >= 5, "only {} pages", rendered.pages);
    assert_eq!(pdf.pages(), rendered.pages);
    let total = rendered.pages;
    for page in 1..=total {
        let text = page_text(&pdf, page);
        assert!(
            text.contains(&format!("Pagina {page} van {total}")),
            "page {page}: {text}"
        );
        assert!(text.contains("VERTROUWELIJK"));
        // A timeline row on this page means the timeline header is on it too.
        if text.contains("Cyclus 3: ") || text.contains("Casus geopend") {
            assert!(
                text.contains("Gebeurtenis"),
                "page {page} lost its table header"
            );
        }
    }
    let signature_pages: Vec<usize> = (1..=total)
        .filter(|p| page_text(&pdf, *p).contains("Handtekening"))
        .collect();
    assert_eq!(
        signature_pages.len(),
        1,
        "signature block split: {signature_pages:?}"
    );
    let last = page_text(&pdf, signature_pages[0]);
    assert!(last.contains("Intern begeleider") && last.contains("Ouder/verzorger"));
}

/// A table long enough for several pages, rows of one to four lines with a marker on each line.
fn long_table(rows: usize) -> Document {
    let rows = (1..=rows)
        .map(|row| {
            let lines = 1 + row % 4;
            let cell = (1..=lines)
                .map(|line| format!("r{row:03}l{line}"))
                .collect::<Vec<_>>()
                .join("\n");
            vec![format!("rij {row:03}"), cell, "bevorderend".into()]
        })
        .collect();
    Document {
        header_title: "Tabeltest".into(),
        audience: Audience::Professional,
        mark: None,
        metadata: Metadata {
            title: "Ibis — test".into(),
            subject: String::new(),
            keywords: Vec::new(),
        },
        blocks: vec![
            Block::Heading {
                level: HeadingLevel::Section,
                text: "Een lange tabel".into(),
            },
            Block::Table(Table {
                columns: vec![
                    Column::new("Kolomkop-A", 20.0),
                    Column::new("Kolomkop-B", 50.0),
                    Column::new("Kolomkop-C", 30.0),
                ],
                rows,
            }),
            Block::Signatures(vec![
                Signature::new("Eerste ondertekenaar", Some("A. Test".into())),
                Signature::new("Tweede ondertekenaar", None),
            ]),
        ],
    }
}

#[test]
fn table_rows_and_signature_blocks_are_never_cut() {
    let rows = 140;
    let (rendered, pdf) = render("tabel", &long_table(rows));
    assert!(rendered.pages >= 4);
    let pages: Vec<String> = (1..=rendered.pages).map(|p| page_text(&pdf, p)).collect();
    for (index, text) in pages.iter().enumerate() {
        if text.contains("rij ") {
            assert!(
                text.contains("Kolomkop-A") && text.contains("Kolomkop-C"),
                "page {} has rows but no header",
                index + 1
            );
        }
    }
    for row in 1..=rows {
        let lines = 1 + row % 4;
        let holder: Vec<usize> = (0..pages.len())
            .filter(|p| pages[*p].contains(&format!("rij {row:03}")))
            .collect();
        assert_eq!(holder.len(), 1, "row {row} appears on pages {holder:?}");
        for line in 1..=lines {
            assert!(
                pages[holder[0]].contains(&format!("r{row:03}l{line}")),
                "row {row} line {line} is not on the row's page"
            );
        }
    }
    let with_signatures: Vec<usize> = (0..pages.len())
        .filter(|p| pages[*p].contains("ondertekenaar") || pages[*p].contains("Handtekening"))
        .collect();
    assert_eq!(
        with_signatures.len(),
        1,
        "signature block on pages {with_signatures:?}"
    );
}

#[test]
fn nothing_is_drawn_past_the_margins_even_long_words_and_huge_rows() {
    let long_word = "Onderwijsondersteuningsarrangementsbesprekingsverslaglegging".repeat(3);
    let huge_cell = (1..=90)
        .map(|n| format!("regel {n}"))
        .collect::<Vec<_>>()
        .join("\n");
    let document = Document {
        header_title: format!("Kop {long_word}"),
        audience: Audience::Professional,
        mark: None,
        metadata: Metadata {
            title: "Ibis — test".into(),
            subject: String::new(),
            keywords: Vec::new(),
        },
        blocks: vec![
            Block::Paragraph {
                text: format!("Begin {long_word} eind."),
                style: ibis_core::export::model::TextStyle::Regular,
            },
            Block::Table(Table {
                columns: vec![Column::new("Smal", 12.0), Column::new("Breed", 88.0)],
                rows: vec![vec![long_word.clone(), huge_cell]],
            }),
        ],
    };
    let (_, pdf) = render("marges", &document);
    let text = pdf.text();
    assert!(
        text.contains("regel 1") && text.contains("regel 90"),
        "huge row lost lines"
    );
    let words = pdf.word_boxes();
    assert!(!words.is_empty());
    for word in &words {
        assert!(!word.word.is_empty());
        assert!(word.x_min >= 61.0, "{word:?} starts left of the margin");
        assert!(
            word.x_max <= 595.28 - 55.0,
            "{word:?} runs past the right margin"
        );
        assert!(
            word.y_max <= 841.89 - 30.0,
            "{word:?} runs into the bottom edge"
        );
    }
}

#[test]
fn fonts_are_embedded_and_qpdf_finds_no_errors() {
    let (_, pdf) = overview("fonts", &sample::overview(1));
    let fonts = pdf.fonts();
    assert!(
        fonts.len() >= 3,
        "expected regular, bold and italic: {fonts:?}"
    );
    for (name, embedded) in &fonts {
        assert!(embedded, "font {name} is not embedded");
    }
    pdf.qpdf_check();
}

#[test]
fn metadata_never_contains_the_pupil_name() {
    let (_, pdf) = overview("metadata", &sample::overview(1));
    assert!(
        pdf.text().contains(CANARY_LAST),
        "the name is in the content"
    );
    let info = pdf.info();
    assert!(info.contains("Ibis — casusoverzicht"), "{info}");
    let raw = pdf.decompressed();
    for name in [CANARY_FIRST, CANARY_LAST, "Kanariepiet"] {
        assert!(!info.contains(name), "pdfinfo shows {name}");
        assert!(
            !contains(&raw, name.as_bytes()),
            "raw PDF holds {name} (UTF-8)"
        );
        let utf16: Vec<u8> = name.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert!(!contains(&raw, &utf16), "raw PDF holds {name} (UTF-16)");
    }
    assert!(contains(&raw, b"<x:xmpmeta"), "XMP packet expected");
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn an_empty_stappenplan_says_so() {
    let mut data = sample::overview(0);
    data.timeline.clear();
    data.pupil_views.clear();
    data.parent_views.clear();
    let (rendered, pdf) = overview("leeg", &data);
    assert_eq!(rendered.pages, 1);
    let text = pdf.text();
    assert_in_order(
        &text,
        &["Stappenplan", "Nog geen cycli vastgelegd", "Tijdlijn"],
    );
}

/// A document of `filler` one-line paragraphs, then an agreement block (heading, text,
/// signatures), kept together or not.
fn agreement_after(filler: usize, keep: bool) -> Document {
    let mut blocks: Vec<Block> = (1..=filler)
        .map(|n| Block::Paragraph {
            text: format!("Vulregel {n}"),
            style: ibis_core::export::model::TextStyle::Regular,
        })
        .collect();
    let agreement = vec![
        Block::Heading {
            level: HeadingLevel::Subsection,
            text: "Akkoordblok".into(),
        },
        Block::Paragraph {
            text: "Kruis aan of u akkoord gaat en zet uw handtekening. ".repeat(5),
            style: ibis_core::export::model::TextStyle::Italic,
        },
        Block::KeyValues(vec![
            ibis_core::export::model::KeyValue::new("Voorgelegd op", "10-11-2026"),
            ibis_core::export::model::KeyValue::new("Beantwoord op", "17-11-2026"),
        ]),
        Block::Signatures(vec![
            Signature {
                role: "Moeder".into(),
                name: Some("A. Test".into()),
                options: vec!["gaat akkoord".into(), "gaat niet akkoord".into()],
            },
            Signature::new("Intern begeleider", None),
        ]),
    ];
    if keep {
        blocks.push(Block::Keep(agreement));
    } else {
        blocks.extend(agreement);
    }
    Document {
        header_title: "Akkoordtest".into(),
        audience: Audience::Professional,
        mark: None,
        metadata: Metadata {
            title: "Ibis — test".into(),
            subject: String::new(),
            keywords: Vec::new(),
        },
        blocks,
    }
}

fn page_of(pdf: &Pdf, pages: usize, needle: &str) -> Vec<usize> {
    (1..=pages)
        .filter(|p| page_text(pdf, *p).contains(needle))
        .collect()
}

#[test]
fn a_kept_agreement_block_moves_whole_where_loose_blocks_would_split() {
    // Find a filler length at which the loose blocks split: heading on one page, signatures
    // on the next. The same blocks kept together must then share one page.
    let split = (20..40)
        .find(|filler| {
            let (rendered, pdf) = render("akkoord-los", &agreement_after(*filler, false));
            page_of(&pdf, rendered.pages, "Akkoordblok")
                != page_of(&pdf, rendered.pages, "Handtekening")
        })
        .expect("some filler length splits loose blocks");
    let (rendered, pdf) = render("akkoord-samen", &agreement_after(split, true));
    let heading = page_of(&pdf, rendered.pages, "Akkoordblok");
    assert_eq!(heading.len(), 1);
    assert_eq!(page_of(&pdf, rendered.pages, "Handtekening"), heading);
    assert_eq!(page_of(&pdf, rendered.pages, "gaat niet akkoord"), heading);
    assert!(page_text(&pdf, 1).contains(&format!("Vulregel {split}")));
}
