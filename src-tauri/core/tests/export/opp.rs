//! The printed OPP (issue 9 item 10), rendered and read back with pdftotext: a signature place
//! per guardian with gezag by name plus the school's, CONCEPT on every page of a draft and on
//! no page of a vastgestelde version, both agreement blocks with their own heading and each on
//! one page, the soft gate's reason, the pupil's words verbatim, labels instead of keys, dates
//! as dd-mm-jjjj, no name in the metadata and no word broken without a hyphen.

use super::demo::{label_places, raw_keys};
use super::opp_sample::{self, FULL_NAME, GAP_REASON, WORDS};
use super::words::{document_words, unexplained_words};
use super::*;
use ibis_core::domain::opp::{ConsentMethod, ConsentStatus};
use ibis_core::domain::pupil::{EducationType, SchoolStage};
use ibis_core::export::opp::{self, OppDocumentData, OppSigner};
use ibis_core::template::Template;

fn template() -> Template {
    Template::landelijk().unwrap()
}

fn printed(name: &str, data: &OppDocumentData) -> (Rendered, Pdf, Document) {
    let document = opp::build(data, &template());
    let (rendered, pdf) = render(name, &document);
    (rendered, pdf, document)
}

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[test]
fn each_guardian_with_gezag_signs_by_name_and_the_school_once() {
    let (_, pdf, document) = printed("opp-ondertekening", &opp_sample::established());
    pdf.qpdf_check();
    let text = pdf.text();
    // Two agreement blocks, each: moeder, vader, the school.
    assert_eq!(count(&text, "Handtekening"), 6, "{text}");
    assert_eq!(count(&text, "Petra Kanariepiet\n"), 2, "{text}");
    assert_eq!(count(&text, "Murat Öztürk\n"), 2, "{text}");
    assert_eq!(count(&text, "Moeder"), 2, "{text}");
    assert_eq!(count(&text, "Vader"), 2, "{text}");
    assert_eq!(count(&text, "Intern begeleider\n"), 2, "{text}");
    assert!(!text.contains("Ouder/verzorger"), "no generic line: {text}");
    assert!(
        !text.contains("Leerling\nNaam"),
        "the pupil does not sign here"
    );
    let roles: Vec<&str> = label_places(&document)
        .into_iter()
        .filter(|place| *place == "Moeder" || *place == "Vader")
        .collect();
    assert_eq!(roles.len(), 4, "{roles:?}");
}

#[test]
fn a_guardian_without_gezag_is_not_given_a_line() {
    let mut data = opp_sample::established();
    data.signers = vec![OppSigner {
        name: "Petra Kanariepiet".into(),
        role: "moeder".into(),
    }];
    let (_, pdf, _) = printed("opp-een-gezag", &data);
    let text = pdf.text();
    assert_eq!(count(&text, "Handtekening"), 4, "{text}");
    assert!(!text.contains("Vader"), "{text}");
}

#[test]
fn a_draft_says_concept_on_every_page_and_a_vastgestelde_version_on_none() {
    let (rendered, pdf, _) = printed("opp-concept", &opp_sample::draft());
    assert!(rendered.pages >= 3, "only {} pages", rendered.pages);
    for page in 1..=rendered.pages {
        let text = page_text(&pdf, page);
        assert!(text.contains("CONCEPT"), "page {page}: {text}");
        assert!(
            text.contains("OPP versie 3 · CONCEPT"),
            "page {page} lacks its version: {text}"
        );
    }
    let (rendered, pdf, _) = printed("opp-vastgesteld", &opp_sample::established());
    assert!(rendered.pages >= 3);
    for page in 1..=rendered.pages {
        let text = page_text(&pdf, page);
        assert!(
            !text.to_lowercase().contains("concept"),
            "page {page}: {text}"
        );
        assert!(
            text.contains("OPP versie 2 · vastgesteld op 12-11-2026"),
            "page {page} lacks its version: {text}"
        );
    }
}

/// The band sits in the header: no body word lies under it.
#[test]
fn the_concept_band_covers_no_text() {
    let (_, pdf, _) = printed("opp-concept-band", &opp_sample::draft());
    let words = pdf.word_boxes();
    // The band stands right in the header; the header title's own "CONCEPT" stands left.
    let bands: Vec<_> = words
        .iter()
        .filter(|w| w.word == "CONCEPT" && w.y_max < 70.0 && w.x_min > 300.0)
        .collect();
    assert!(!bands.is_empty());
    for band in bands {
        for word in words.iter().filter(|w| w.word != "CONCEPT") {
            let overlaps = word.x_min < band.x_max + 8.0
                && word.x_max > band.x_min - 8.0
                && word.y_min < band.y_max + 3.0
                && word.y_max > band.y_min - 3.0;
            assert!(!overlaps, "{word:?} lies under the band {band:?}");
        }
    }
}

#[test]
fn both_parts_have_their_own_agreement_block_each_on_one_page() {
    let data = opp_sample::established_with(3);
    let (rendered, pdf, _) = printed("opp-lang", &data);
    assert!(rendered.pages >= 5, "only {} pages", rendered.pages);
    let text = flat(&pdf.text());
    assert_in_order(
        &text,
        &[
            "Perspectiefdeel",
            "Belemmerende en bevorderende factoren",
            "Perspectiefdeel — besproken met ouders (OOGO)",
            "Besproken met ouders op 10-11-2026",
            "Petra Kanariepiet (moeder), Murat Öztürk (vader)",
            "Ouders herkennen het beeld",
            "Wat vindt Zoë zelf?",
            "Handelingsdeel",
            "Doelen per ontwikkelingsgebied",
            "Ondersteuning en begeleiding",
            "Afwijkingen van het onderwijsprogramma",
            "Visie van de ouders",
            "Handelingsdeel — ouders gaan akkoord / gaan niet akkoord",
            "Vastgelegde instemming Ingestemd",
            "Voorgelegd op 10-11-2026",
            "Beantwoord op 17-11-2026",
            "Hoe getekend op papier",
            "gaat akkoord",
            "gaat niet akkoord",
        ],
    );
    let pages: Vec<String> = (1..=rendered.pages).map(|p| page_text(&pdf, p)).collect();
    for heading in [
        "Perspectiefdeel — besproken met ouders (OOGO)",
        "Handelingsdeel — ouders gaan akkoord / gaan niet akkoord",
    ] {
        let holders: Vec<usize> = (0..pages.len())
            .filter(|p| flat(&pages[*p]).contains(heading))
            .collect();
        assert_eq!(holders.len(), 1, "{heading}: {holders:?}");
        let page = &pages[holders[0]];
        assert_eq!(
            count(page, "Handtekening"),
            3,
            "{heading}: its signatures are not all on its page:\n{page}"
        );
    }
}

#[test]
fn the_soft_gate_reason_and_the_pupils_words_verbatim() {
    let (_, pdf, _) = printed("opp-stem", &opp_sample::draft());
    let text = pdf.text();
    assert!(
        text.contains(WORDS),
        "words not verbatim, lines kept:\n{text}"
    );
    assert!(
        text.contains("De tafels, en een heel boek uitlezen 📚"),
        "{text}"
    );
    assert_in_order(
        &flat(&text),
        &[
            "Wat vindt Zoë zelf?",
            &format!("Er is voor dit moment geen hoorgesprek gehouden. Reden: {GAP_REASON}"),
            "Wat helpt jou?",
            "Lezen gaat beter",
            "Kinddoelen: wat Zoë wil leren",
            "Ik lees een boek van de bieb helemaal uit",
        ],
    );
    let (_, pdf, _) = printed("opp-hoorgesprek", &opp_sample::established());
    let text = flat(&pdf.text());
    assert!(
        text.contains("Uit het hoorgesprek van 05-11-2026 met Anouk Visser (intern begeleider)."),
        "{text}"
    );
    assert!(!text.contains("geen hoorgesprek"), "{text}");
}

#[test]
fn labels_not_keys_dutch_dates_and_no_none() {
    let template = template();
    let mut keys = raw_keys(&template);
    keys.extend(template.opp.development_areas.iter().map(|c| c.key.clone()));
    for list in &template.opp.exit_destinations {
        keys.extend(list.options.iter().map(|c| c.key.clone()));
    }
    for mut data in [opp_sample::established(), opp_sample::draft()] {
        data.consent.status = ConsentStatus::DeelsIngestemd;
        data.consent.decided_on = Some("2026-11-17".into());
        data.consent.method = Some(ConsentMethod::Email);
        data.consent.note = Some("Akkoord met alles behalve de kortere ochtenden.".into());
        let (_, pdf, document) = printed("opp-sleutels", &data);
        let text = pdf.raw_text();
        for key in [
            "vmbo_kb",
            "technisch_lezen",
            "eigen_leerlijn",
            "deels_ingestemd",
            "aangepaste_onderwijstijd",
            "bijstellen_",
        ] {
            assert!(!text.contains(key), "raw key {key}:\n{text}");
        }
        for place in label_places(&document) {
            assert!(!keys.contains(place.trim()), "raw key ‘{place}’ printed");
        }
        for bad in ["None", "Some(", "2026-11", "2027-0", "_"] {
            assert!(!text.contains(bad), "‘{bad}’ printed:\n{text}");
        }
        let text = flat(&pdf.text());
        assert_in_order(
            &text,
            &[
                "Uitstroombestemming vmbo kaderberoepsgerichte leerweg",
                "Technisch lezen",
                "29-01-2027",
                "Eigen leerlijn: begrijpend lezen",
                "Aangepaste onderwijstijd",
                "Tot en met",
            ],
        );
        // Label and value columns may be read apart around the footer.
        assert!(text.contains("26-02-2027"), "{text}");
        assert!(
            text.contains("Plan terug naar het volledige programma"),
            "{text}"
        );
        assert!(text.contains("Deels ingestemd"), "{text}");
        assert!(text.contains("per e-mail"), "{text}");
        let unexplained = unexplained_words(&pdf.raw_text(), &document_words(&document));
        assert!(
            unexplained.is_empty(),
            "broken without a hyphen: {unexplained:?}"
        );
    }
}

#[test]
fn the_metadata_and_file_name_carry_no_name() {
    let data = opp_sample::established();
    let (_, pdf, _) = printed("opp-metadata", &data);
    assert!(pdf.text().contains(FULL_NAME));
    let info = pdf.info();
    assert!(info.contains(opp::METADATA_TITLE), "{info}");
    for name in ["Zoë", "Kanariepiet", "Öztürk", "Petra", "Murat"] {
        assert!(!info.contains(name), "‘{name}’ in the metadata:\n{info}");
    }
    assert_eq!(opp::file_name(&data), "opp-ZK-versie-2-2026-11-23.pdf");
}

#[test]
fn a_secondary_pupil_gets_leerjaar_the_coordinator_and_signs_when_asked() {
    let mut data = opp_sample::established();
    data.pupil.education_type = EducationType::Vo;
    data.pupil.stage = SchoolStage::Secondary;
    data.pupil.grade = 2;
    data.school_role = "ondersteuningscoördinator".into();
    data.content.perspective.exit_destination = Some("mbo_2".into());
    data.pupil_signs = true;
    let (_, pdf, _) = printed("opp-vo", &data);
    let text = pdf.text();
    assert_in_order(
        &flat(&text),
        &[
            "voortgezet onderwijs (vo)",
            "Leerjaar 2",
            "Uitstroombestemming mbo niveau 2",
        ],
    );
    assert_eq!(count(&text, "Ondersteuningscoördinator"), 2, "{text}");
    assert!(!text.contains("Intern begeleider\n"), "{text}");
    assert!(!text.contains("Groep\n"), "{text}");
    // Two guardians, the school and the pupil, twice.
    assert_eq!(count(&text, "Handtekening"), 8, "{text}");
    assert_eq!(count(&flat(&text), "Leerling Naam"), 2, "{text}");
}

/// An adult pupil in (v)so answers in the parents' place: no guardian line, the heading names
/// the pupil, and the pupil's own line carries the tick boxes.
#[test]
fn an_adult_pupil_without_guardian_lines_gets_the_tick_boxes() {
    let mut data = opp_sample::established();
    data.pupil.education_type = EducationType::Vso;
    data.pupil.stage = SchoolStage::Secondary;
    data.signers.clear();
    data.pupil_signs = true;
    data.consent.by_pupil = true;
    let (_, pdf, _) = printed("opp-volwassen", &data);
    let text = pdf.text();
    assert_eq!(count(&text, "Handtekening"), 4, "{text}");
    // The heading speaks of the pupil, and the pupil's line has the one pair of tick boxes.
    assert!(
        flat(&text).contains("Handelingsdeel — de leerling gaat akkoord / gaat niet akkoord"),
        "{text}"
    );
    assert_eq!(count(&text, "gaat niet akkoord"), 2, "{text}");
    assert!(
        flat(&text).contains(&format!("Door {FULL_NAME} zelf")),
        "{text}"
    );
}

/// A first draft with nothing filled in yet still reads as a plan: every part says what is
/// missing in words, no "None", no key, the factors table shows each domain.
#[test]
fn an_empty_first_draft_says_what_is_missing() {
    let mut data = opp_sample::draft();
    data.number = 1;
    data.reason = ibis_core::domain::opp::OppReason::Opstellen;
    data.content = Default::default();
    data.hearing_gap_reason = None;
    data.rod_begin = None;
    data.pupil.contact_person = None;
    let (rendered, pdf, _) = printed("opp-leeg", &data);
    let text = flat(&pdf.text());
    assert_in_order(
        &text,
        &[
            "OPP versie 1 · CONCEPT",
            "Begindatum OPP (ROD) nog niet vastgesteld",
            "Einddatum OPP (ROD) loopt nog",
            "Uitstroombestemming nog niet gekozen",
            "Onderbouwing Nog niet ingevuld.",
            "Leerling — — Onderwijs — — Thuis/opvoeding — —",
            "Besproken met ouders op nog niet vastgelegd",
            "Er staan nog geen woorden van Zoë in dit plan.",
            "Nog geen doelen ingevuld.",
            "Nog geen ondersteuning ingevuld.",
            "Geen: Zoë volgt het gewone onderwijsprogramma.",
            "Visie van de ouders Nog niet vastgelegd.",
            "Handelingsdeel — ouders gaan akkoord / gaan niet akkoord",
        ],
    );
    for page in 1..=rendered.pages {
        assert!(page_text(&pdf, page).contains("CONCEPT"), "page {page}");
    }
    assert!(!text.contains("None") && !text.contains('_'), "{text}");
    assert!(!text.contains("Contactpersoon"), "{text}");
}

/// "Niet ingestemd" points to the way on, in the plan and on the ouderblad.
#[test]
fn niet_ingestemd_points_to_the_dispute_route() {
    let mut data = opp_sample::established();
    data.consent.status = ConsentStatus::NietIngestemd;
    data.consent.note = Some("Ouders willen geen kortere ochtenden.".into());
    let (_, pdf, _) = printed("opp-niet-ingestemd", &data);
    let text = flat(&pdf.text());
    assert_in_order(
        &text,
        &[
            "Vastgelegde instemming Niet ingestemd",
            "Toelichting Ouders willen geen kortere ochtenden.",
            "Er is geen instemming met het handelingsdeel.",
            "onderwijsconsulent",
            "Geschillencommissie Passend Onderwijs",
        ],
    );
    let (_, pdf, _) = printed("opp-ingestemd", &opp_sample::established());
    assert!(!flat(&pdf.text()).contains("geen instemming"));
    let sheet = ibis_core::export::opp_parent_sheet::build(&data, &template());
    let (_, pdf) = render("ouderblad-niet-ingestemd", &sheet);
    assert!(
        flat(&pdf.text()).contains("U hebt laten weten dat u niet akkoord gaat"),
        "{}",
        pdf.text()
    );
}
