//! "Waar kunt u terecht?" (issue 11 item 4), read back with pdftotext: one page even with the
//! longest template we could make, the template's own step texts and contacts on the page in
//! the template's order, the dates of this dispute with their sources, the current step
//! marked, never Veilig Thuis or the meldcode, "u" and never "je", no name in the metadata.

use super::words::{document_words, unexplained_words};
use super::*;
use chrono::NaiveDate;
use ibis_core::domain::escalation::DisputeSubject;
use ibis_core::domain::pupil::SchoolStage;
use ibis_core::export::where_to_go::{
    self, DisputeFacts, Fit, SheetDeadline, WhereToGoData, long_date,
};
use ibis_core::template::{LANDELIJK, Template};

fn day(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap()
}

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn general() -> WhereToGoData {
    WhereToGoData {
        first_name: CANARY_FIRST.into(),
        full_name: format!("{CANARY_FIRST} {CANARY_LAST}"),
        school: "OBS De Ĳsvogel, Zoeterwoude".into(),
        stage: SchoolStage::Primary,
        contact_person: Some("Anouk Visser (intern begeleider)".into()),
        printed_on: day(2026, 11, 23),
        dispute: None,
    }
}

fn deadline(step_key: &str, what: &str, until: NaiveDate, source: &str) -> SheetDeadline {
    SheetDeadline {
        step_key: step_key.into(),
        what: what.into(),
        until,
        source: source.into(),
    }
}

/// An OPP dispute at the GPO step with its termijn running.
fn opp_dispute() -> WhereToGoData {
    WhereToGoData {
        dispute: Some(DisputeFacts {
            subject: DisputeSubject::Opp,
            opened_on: day(2026, 11, 2),
            current_step_key: Some("geschillencommissie".into()),
            deadlines: vec![deadline(
                "geschillencommissie",
                "uw verzoek indienen bij de Geschillencommissie Passend Onderwijs",
                day(2027, 1, 12),
                "Besluit bekostiging WPO, art. 34.9",
            )],
        }),
        ..general()
    }
}

/// The sheet as the use case renders it (the most generous fit that takes one page).
fn sheet(name: &str, data: &WhereToGoData, template: &Template) -> (Rendered, Pdf, String) {
    let (rendered, _) = where_to_go::render(data, template, &info()).expect("renders");
    let pdf = Pdf::write(name, &rendered.bytes);
    let text = flat(&pdf.text());
    (rendered, pdf, text)
}

/// Landelijk with every step open to every subject, every contact given a phone number, and
/// the samenwerkingsverband a long name, a phone number, an e-mail address and a street
/// address: the most text a real template puts on the sheet.
fn longest_template() -> Template {
    let mut text = String::new();
    let mut in_contact = false;
    for line in LANDELIJK.lines() {
        if line.starts_with("subjects = ") {
            continue;
        }
        text.push_str(line);
        text.push('\n');
        if line == "[[contacts]]" {
            in_contact = true;
        } else if line == "[swv]" {
            text.push_str(
                "phone = \"071 - 123 45 67\"\nemail = \"ouders@swv-rijnland-voorbeeld.nl\"\n\
                 address = \"Postbus 12345, 2300 AB Leiden\"\n",
            );
        } else if in_contact && line.starts_with("name = ") {
            text.push_str("phone = \"088 - 123 45 67\"\n");
            in_contact = false;
        }
    }
    text = text.replace(
        "name = \"het samenwerkingsverband in de regio van de school\"",
        "name = \"Samenwerkingsverband Passend Onderwijs Rijnland-Zuid en Omstreken\"",
    );
    let template = Template::parse(&text).expect("the long template is valid");
    assert_eq!(template.escalation.steps.len(), 9);
    assert_eq!(template.contacts.len(), 6);
    assert!(template.contacts.iter().all(|c| c.phone.is_some()));
    template
}

#[test]
fn the_general_sheet_lists_every_step_with_its_contact_on_one_page() {
    let template = Template::landelijk().unwrap();
    let (rendered, _, text) = sheet("waar-algemeen", &general(), &template);
    assert_eq!(rendered.pages, 1, "{text}");
    let mut order = vec![
        "Waar kunt u terecht?",
        "Voor de ouders van Zoë, OBS De Ĳsvogel, Zoeterwoude",
        "Bent u het niet eens met de school? Dit zijn de stappen die u kunt zetten. Begin altijd bij stap 1.",
        "De stappen",
    ];
    let numbered: Vec<String> = template
        .escalation
        .steps
        .iter()
        .enumerate()
        // The start of each text: the sheet writes abbreviations out further on.
        .map(|(index, step)| format!("{}. {}", index + 1, &step.plain[..30]))
        .collect();
    for heading in &numbered {
        order.push(heading);
    }
    order.extend([
        "Uw samenwerkingsverband: het samenwerkingsverband in de regio van de school · \
         www.passendonderwijs.nl (zoek op de plaats van de school)",
        "Vragen? Neem contact op met Anouk Visser (intern begeleider), OBS De Ĳsvogel, Zoeterwoude. \
         Dit blad is gemaakt op maandag 23 november 2026.",
    ]);
    assert_in_order(&text, &order);
    for contact in &template.contacts {
        let name = contact.name.replace(
            "TLV-besluit",
            "TLV-besluit (TLV: toelaatbaarheidsverklaring)",
        );
        assert!(
            text.contains(&format!("Wie helpt? {name}")),
            "{name} missing"
        );
    }
    // A contact point without a number or website keeps what it does: that is where to find it.
    assert!(
        text.contains("staat in de klachtenregeling in de schoolgids"),
        "{text}"
    );
    // The labels are the IB'er's words; the sheet speaks in the steps' plain texts.
    for label in [
        "Gesprek met leerkracht of mentor",
        "Schoolbestuur: klacht of bezwaar",
    ] {
        assert!(!text.contains(label), "‘{label}’ on the sheet");
    }
    for absent in ["Uw situatie", "Hier bent u nu", "Uiterlijk op"] {
        assert!(!text.contains(absent), "‘{absent}’ on the general sheet");
    }
}

#[test]
fn a_dispute_sheet_has_its_subject_its_step_and_its_dates_with_their_source() {
    let template = Template::landelijk().unwrap();
    let (rendered, _, text) = sheet("waar-geschil", &opp_dispute(), &template);
    assert_eq!(rendered.pages, 1, "{text}");
    assert_in_order(
        &text,
        &[
            "Uw situatie",
            "U bent het niet eens met de school over het vaststellen of bijstellen van het OPP \
             (ontwikkelingsperspectiefplan). Dat is begonnen op maandag 2 november 2026.",
            "U bent nu bij stap 6.",
            "Let op deze datums:",
            "Uiterlijk op dinsdag 12 januari 2027: uw verzoek indienen bij de \
             Geschillencommissie Passend Onderwijs.",
            "Besluit bekostiging WPO",
            "De stappen",
            "1. Bespreek wat u dwarszit",
            "Hier bent u nu (stap 6):",
            "6. Gaat het om toelating, verwijdering of het OPP?",
            "Wie helpt? Geschillencommissie Passend Onderwijs",
            "7. Vindt u dat uw kind ongelijk wordt behandeld",
            "8. Als laatste stap kunt u naar de rechter.",
        ],
    );
    // The TLV bezwaar does not apply to an OPP dispute; the GPO does.
    assert!(!text.contains("bezwaar tegen een TLV-besluit"), "{text}");
    assert_eq!(text.matches("Hier bent u nu").count(), 1, "{text}");
}

#[test]
fn the_longest_template_with_three_deadlines_still_fits_one_page() {
    let template = longest_template();
    let mut data = opp_dispute();
    let dispute = data.dispute.as_mut().unwrap();
    dispute.current_step_key = Some("samenwerkingsverband".into());
    dispute.deadlines = vec![
        deadline(
            "tlv_bezwaar",
            "bezwaar maken tegen het TLV-besluit bij het samenwerkingsverband",
            day(2027, 1, 19),
            "Wet op het primair onderwijs, art. 18a lid 10; Algemene wet bestuursrecht, art. 6:7",
        ),
        deadline(
            "schoolbestuur",
            "bezwaar maken bij het schoolbestuur",
            day(2026, 12, 14),
            "Wet op het primair onderwijs, art. 40 lid 12",
        ),
        deadline(
            "geschillencommissie",
            "uw verzoek indienen bij de Geschillencommissie Passend Onderwijs",
            day(2027, 1, 12),
            "Besluit bekostiging WPO, art. 34.9",
        ),
    ];
    let (rendered, pdf, text) = sheet("waar-langst", &data, &template);
    assert_eq!(rendered.pages, 1, "{text}");
    assert_eq!(pdf.pages(), 1);
    // Earliest date first.
    assert_in_order(
        &text,
        &[
            "Uiterlijk op maandag 14 december 2026",
            "Uiterlijk op dinsdag 12 januari 2027",
            "Uiterlijk op dinsdag 19 januari 2027",
            "9. Als laatste stap",
            "Samenwerkingsverband Passend Onderwijs Rijnland-Zuid en Omstreken",
            "Vragen?",
        ],
    );
    assert!(text.contains("088 - 123 45 67"), "{text}");
    assert!(text.contains("Postbus 12345, 2300 AB Leiden"), "{text}");
    for word in pdf.word_boxes() {
        assert!(word.y_max <= 841.89 - 30.0, "{word:?} runs off the page");
    }
}

#[test]
fn the_template_decides_the_steps_and_veilig_thuis_never_appears() {
    let text = LANDELIJK
        .replace(
            "plain = \"Bespreek wat u dwarszit eerst met de leerkracht of mentor van uw kind. \
             Vraag of de afspraken op papier komen.\"",
            "plain = \"Maak een afspraak met de groepsleerkracht van de Kanarieklas.\"",
        )
        .replace(
            "name = \"Onderwijsconsulenten\"",
            "name = \"Bureau Onafhankelijk Advies Zeeland\"",
        );
    let template = Template::parse(&text).unwrap();
    for (name, data) in [
        ("waar-sjabloon", general()),
        ("waar-sjabloon-geschil", opp_dispute()),
    ] {
        let (_, pdf, text) = sheet(name, &data, &template);
        assert!(
            text.contains("Maak een afspraak met de groepsleerkracht van de Kanarieklas."),
            "{text}"
        );
        assert!(
            text.contains("Bureau Onafhankelijk Advies Zeeland"),
            "{text}"
        );
        assert!(!text.contains("Bespreek wat u dwarszit"), "{text}");
        let lower = pdf.raw_text().to_lowercase();
        for forbidden in [
            "veilig thuis",
            "veiligthuis",
            "meldcode",
            "vt-melding",
            "amk",
        ] {
            assert!(!lower.contains(forbidden), "‘{forbidden}’ on the sheet");
        }
    }
}

#[test]
fn it_says_u_and_never_je_and_explains_its_abbreviations() {
    let (_, _, text) = sheet("waar-u", &opp_dispute(), &Template::landelijk().unwrap());
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .collect();
    assert!(words.iter().any(|w| w == "u"), "{text}");
    for informal in ["je", "jij", "jou", "jouw", "jullie"] {
        assert!(
            !words.iter().any(|w| w == informal),
            "‘{informal}’:\n{text}"
        );
    }
    assert!(
        text.contains("OPP (ontwikkelingsperspectiefplan)"),
        "{text}"
    );
    assert_eq!(
        text.matches("ontwikkelingsperspectiefplan").count(),
        1,
        "{text}"
    );
}

#[test]
fn no_name_in_the_metadata_or_file_name_and_no_word_broken_without_a_hyphen() {
    let data = opp_dispute();
    let template = longest_template();
    let (_, fit) = where_to_go::render(&data, &template, &info()).unwrap();
    let document = where_to_go::build(&data, &template, fit);
    let (_, pdf) = render("waar-metadata", &document);
    let unexplained = unexplained_words(&pdf.raw_text(), &document_words(&document));
    assert!(
        unexplained.is_empty(),
        "broken without a hyphen: {unexplained:?}"
    );
    let info = pdf.info();
    assert!(info.contains(where_to_go::METADATA_TITLE), "{info}");
    for name in ["Zoë", "Kanariepiet", "Öztürk", "Ĳsvogel"] {
        assert!(!info.contains(name), "‘{name}’ in the metadata:\n{info}");
    }
    assert_eq!(
        where_to_go::file_name(&data),
        "waar-kunt-u-terecht-ZK-2026-11-23.pdf"
    );
}

#[test]
fn a_short_ladder_gets_the_large_type_and_what_every_contact_does() {
    let mut template = Template::landelijk().unwrap();
    template
        .escalation
        .steps
        .retain(|step| ["onderwijsconsulent", "geschillencommissie"].contains(&step.key.as_str()));
    let data = general();
    let (_, fit) = where_to_go::render(&data, &template, &info()).unwrap();
    assert_eq!(fit, Fit::Roomy);
    let (rendered, _, text) = sheet("waar-kort", &data, &template);
    assert_eq!(rendered.pages, 1);
    assert_in_order(
        &text,
        &[
            "1. Een onderwijsconsulent geeft gratis en onafhankelijk advies.",
            "Wie helpt? Onderwijsconsulenten. Gratis en onafhankelijk advies, ook als uw kind \
             thuis zit. Het advies is niet bindend. · www.onderwijsconsulenten.nl",
            "2. Gaat het om toelating",
        ],
    );
    // The long ladder gives up what the contact points do before it gives up a page.
    let (_, fit) = where_to_go::render(&data, &longest_template(), &info()).unwrap();
    assert_ne!(fit, Fit::Roomy);
}

#[test]
fn dates_carry_their_weekday() {
    assert_eq!(long_date(day(2027, 1, 12)), "dinsdag 12 januari 2027");
    assert_eq!(long_date(day(2026, 11, 29)), "zondag 29 november 2026");
}

#[test]
fn exporting_from_the_vault_writes_one_page_and_one_audit_row_against_the_pupil() {
    let mut v = support::TestVault::new();
    let pupil = v.add_pupil(CANARY_FIRST, CANARY_LAST);
    let name = export::where_to_go_file_name(v.store.as_mut().unwrap(), &v.clock, &pupil).unwrap();
    assert_eq!(name, "waar-kunt-u-terecht-ZK-2026-11-23.pdf");
    let out = v.temp.path().join(&name);
    let before = audit::entries(v.store()).unwrap().len();
    let dispute = opp_dispute().dispute;
    let file =
        export::where_to_go(v.store.as_mut().unwrap(), &v.clock, &pupil, dispute, &out).unwrap();
    assert_eq!(file.pages, 1);
    let entries = audit::entries(v.store()).unwrap();
    assert_eq!(entries.len(), before + 1);
    let last = entries.last().unwrap();
    assert_eq!(last.action, "export.where_to_go");
    assert_eq!(last.entity, "pupil");
    assert_eq!(last.entity_id.as_deref(), Some(pupil.as_str()));
    let text = flat(&Pdf::open(&out).text());
    assert!(
        text.contains("Uiterlijk op dinsdag 12 januari 2027"),
        "{text}"
    );
    assert!(
        text.contains(&format!("Voor de ouders van {CANARY_FIRST}")),
        "{text}"
    );

    let missing = v.temp.path().join("niet.pdf");
    let unknown = "0190b5a0-0000-7000-8000-000000000000";
    let error = export::where_to_go(v.store.as_mut().unwrap(), &v.clock, unknown, None, &missing)
        .unwrap_err();
    assert!(matches!(error, Error::NotFound { .. }), "{error:?}");
    assert!(!missing.exists());
    assert_eq!(audit::entries(v.store()).unwrap().len(), before + 1);
}

#[test]
fn a_step_that_is_not_on_this_sheet_is_never_marked_and_other_subjects_read_plainly() {
    let template = Template::landelijk().unwrap();
    let mut data = opp_dispute();
    let dispute = data.dispute.as_mut().unwrap();
    // The TLV bezwaar is not a step of an OPP dispute: nothing is marked, no step number given.
    dispute.current_step_key = Some("tlv_bezwaar".into());
    dispute.deadlines.clear();
    let (_, _, text) = sheet("waar-niet-hier", &data, &template);
    assert!(!text.contains("Hier bent u nu"), "{text}");
    assert!(!text.contains("U bent nu bij stap"), "{text}");
    assert!(!text.contains("Let op deze datums"), "{text}");

    data.dispute.as_mut().unwrap().subject = DisputeSubject::Other;
    let (_, _, text) = sheet("waar-anders", &data, &template);
    assert!(
        text.contains(
            "U bent het niet eens met de school. Dat is begonnen op maandag 2 november 2026."
        ),
        "{text}"
    );
    // Steps limited to admission, removal and the OPP are not offered for anything else.
    assert!(
        !text.contains("Geschillencommissie Passend Onderwijs om een oordeel"),
        "{text}"
    );
}
