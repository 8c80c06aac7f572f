//! "Wat jij hebt verteld" (the child's summary of a hoorgesprek) and the casusoverzicht's
//! "Visie leerling" / "Visie ouders": a child's words with emoji, line breaks and Greek come
//! back exactly from both PDFs, the child's sheet is in large type without jargon or raw keys,
//! a wish the school does not take over shows with its reason, no name in the metadata, and
//! the export is audited.

use super::words::{document_words, unexplained_words};
use super::*;
use ibis_core::domain::guardian::GuardianRelation;
use ibis_core::domain::hearing::{
    AgeBand, HearingAnswer, HearingMethod, HearingMoment, HearingSetting, ParentView, PupilHearing,
    SchoolResponse, Wish,
};
use ibis_core::domain::pupil::SchoolStage;
use ibis_core::export::hearing_summary::{self, HearingSummaryData};
use ibis_core::usecases::{guardians, hearings};

/// The child's words of the round trip (issue 8): emoji, a line break, ĳ and Greek.
const WORDS: &str = "Ik vind rekenen leuk 😀\nmaar lezen is moeilijk — ĳs, Ελληνικά";
const NOT_TAKEN_OVER: &str = "Een eigen tablet in de klas";
const REASON: &str = "we hebben maar een paar tablets voor de hele klas";

/// Words a child must not meet on their sheet (jargon of the support system, diagnoses).
const JARGON: &[&str] = &[
    "ondersteuningsbehoefte",
    "interventie",
    "OPP",
    "ontwikkelingsperspectief",
    "handelingsgericht",
    "casus",
    "diagnose",
    "zorgniveau",
    "onderwijsbehoefte",
    "stappenplan",
    "TLV",
    "samenwerkingsverband",
    "toelaatbaarheidsverklaring",
    "basisondersteuning",
    "arrangement",
    "dyslexie",
    "ADHD",
    "hoorgesprek",
    "zienswijze",
    "kinddoel",
    "leerling",
    "VERTROUWELIJK",
];

/// Keys that must never reach a reader.
const RAW_KEYS: &[&str] = &[
    "groep_5_8",
    "overnemen",
    "with_parent",
    "with_class_contact",
    "alone",
    "opstellen",
    "deels",
];

/// A hoorgesprek with every field filled, as a groep 6 pupil might give it.
fn full_hearing() -> PupilHearing {
    let answer = |question: &str, words: &str, scale: Option<u8>| HearingAnswer {
        question: question.into(),
        words: words.into(),
        scale,
    };
    PupilHearing {
        held_on: "2026-11-20".into(),
        moment: HearingMoment::Opstellen,
        spoke_with: "juf Anouk".into(),
        setting: HearingSetting::WithClassContact,
        method: HearingMethod::Anders,
        method_note: Some("We tekenden samen een droomklas.".into()),
        age_band: AgeBand::Groep5To8,
        answers: vec![
            answer("Hoe gaat het op school?", "Best goed.", Some(4)),
            answer("Wat gaat goed?", WORDS, None),
            answer(
                "Wat vind je moeilijk?",
                "Stil zitten als het druk is.",
                None,
            ),
            answer("Wat helpt jou bij het leren?", "", None),
            answer(
                "Wie helpt je, en hoe?",
                "Mijn buurman Daan legt het uit.",
                None,
            ),
        ],
        wishes: vec![
            Wish {
                words: "Vaker samen rekenen met Daan".into(),
                response: Some(SchoolResponse::Overnemen),
                reason: None,
            },
            Wish {
                words: "Een koptelefoon bij het lezen".into(),
                response: Some(SchoolResponse::Deels),
                reason: Some("alleen bij stillezen, niet bij de instructie".into()),
            },
            Wish {
                words: NOT_TAKEN_OVER.into(),
                response: Some(SchoolResponse::Niet),
                reason: Some(REASON.into()),
            },
        ],
        child_goals: vec![
            "Ik ken de tafels van 1 tot 10".into(),
            "Ik lees een boek helemaal uit".into(),
        ],
        feedback_on: Some("2026-11-23".into()),
        feedback_how: Some("Samen het blad gelezen".into()),
    }
}

/// The text with every run of whitespace as one space (for sentences that wrap).
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn summary_data(stage: SchoolStage) -> HearingSummaryData {
    HearingSummaryData {
        first_name: "Sanne".into(),
        stage,
        held_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        hearing: full_hearing(),
    }
}

/// The font size of the regular words `word` in a child's PDF, measured against the footer
/// line (same face, drawn at 10 pt): pdftotext's box height is proportional to the size.
fn size_of(pdf: &Pdf, word: &str) -> f32 {
    let boxes = pdf.word_boxes();
    let height = |w: &str| {
        let found = boxes
            .iter()
            .find(|b| b.word == w)
            .unwrap_or_else(|| panic!("‘{w}’ not in the PDF"));
        found.y_max - found.y_min
    };
    10.0 * height(word) / height("ouders")
}

#[test]
fn the_child_summary_is_large_plain_and_free_of_jargon() {
    let document = hearing_summary::build(&summary_data(SchoolStage::Primary));
    let (_, pdf) = render("wat-jij-hebt-verteld", &document);
    pdf.qpdf_check();
    let text = pdf.text();
    assert!(
        text.contains(WORDS),
        "words not verbatim, lines kept:\n{text}"
    );
    assert_in_order(
        &flat(&text),
        &[
            "Wat jij hebt verteld",
            "Voor Sanne",
            "Je praatte op 20 november 2026 met juf Anouk.",
            "Ook je juf of meester was erbij.",
            "Wat jij zei",
            "Hoe gaat het op school?",
            "Jij koos 4 van de 5.",
            "Best goed.",
            "Wat gaat goed?",
            "Ik vind rekenen leuk 😀 maar lezen is moeilijk — ĳs, Ελληνικά",
            "Dit wil jij leren",
            "Ik ken de tafels van 1 tot 10",
            "Wat school gaat doen",
            "Vaker samen rekenen met Daan",
            "Dat gaan we doen.",
            "Een koptelefoon bij het lezen",
            "We doen een deel daarvan.",
            "Waarom niet alles: alleen bij stillezen, niet bij de instructie",
            NOT_TAKEN_OVER,
            "Dat gaan we niet doen.",
            &format!("Waarom niet: {REASON}"),
            "Vertel het aan je juf of meester.",
            "Hier mag je tekenen",
        ],
    );
    assert!(
        !text.contains("Wat helpt jou bij het leren?"),
        "an unanswered question is left out:\n{text}"
    );
    // Large type: the body (intro, the child's words) at least 14 pt.
    for word in ["praatte", "rekenen", "tekenen"] {
        let size = size_of(&pdf, word);
        assert!(size >= 14.0, "‘{word}’ is {size:.1} pt");
    }
    // Headings larger than the body: the question above the child's words, and a section.
    let body = size_of(&pdf, "praatte");
    for word in ["moeilijk?", "leren"] {
        let size = size_of(&pdf, word);
        assert!(
            size > body,
            "heading ‘{word}’ is {size:.1} pt, body {body:.1} pt"
        );
    }
    let lower = text.to_lowercase();
    for term in JARGON {
        let short = term.len() <= 4;
        let found = if short {
            text.split(|c: char| !c.is_alphanumeric())
                .any(|w| w == *term)
        } else {
            lower.contains(&term.to_lowercase())
        };
        assert!(!found, "jargon ‘{term}’ on the child's sheet:\n{text}");
    }
    for key in RAW_KEYS {
        assert!(!text.contains(key), "raw key ‘{key}’:\n{text}");
    }
    assert!(!text.contains('_'), "no snake_case key:\n{text}");
    // Every word whole or hyphenated at a syllable (no line ends mid-word without a hyphen).
    let unexplained = unexplained_words(&pdf.raw_text(), &document_words(&document));
    assert!(unexplained.is_empty(), "{unexplained:?}");
    // Short sentences in the builder's own paragraphs.
    for block in &document.blocks {
        if let Block::Paragraph { text, .. } = block {
            for sentence in text.split(['.', '?', '!', '\n']) {
                let words = sentence.split_whitespace().count();
                assert!(words <= 14, "{words} words: ‘{sentence}’");
            }
        }
    }
    // The emoji is drawn in the embedded symbols font, next to Noto Sans.
    let fonts = pdf.fonts();
    assert!(
        fonts
            .iter()
            .any(|(name, embedded)| name.contains("Symbola") && *embedded),
        "{fonts:?}"
    );
}

#[test]
fn a_secondary_pupil_reads_mentor_and_the_symbols_font_stays_out_without_emoji() {
    let mut data = summary_data(SchoolStage::Secondary);
    for answer in &mut data.hearing.answers {
        answer.words = answer.words.replace('😀', ":)");
    }
    let (_, pdf) = render("wat-jij-hebt-verteld-vo", &hearing_summary::build(&data));
    let text = flat(&pdf.text());
    assert!(text.contains("Ook je mentor was erbij."), "{text}");
    assert!(text.contains("Vertel het aan je mentor."), "{text}");
    assert!(!text.contains("juf of meester was"), "{text}");
    let fonts = pdf.fonts();
    assert!(
        fonts.iter().all(|(name, _)| !name.contains("Symbola")),
        "{fonts:?}"
    );
}

/// A vault with the canary pupil, a casus, a guardian, the full hearing and a parent view,
/// all saved through the use cases. Returns the casus and hearing ids.
fn vault_with_hearing() -> (TestVault, String, String) {
    let mut v = TestVault::new();
    let template = ibis_core::template::Template::landelijk().unwrap();
    let pupil = ibis_core::usecases::pupils::create(
        v.store.as_mut().unwrap(),
        &v.clock,
        pupil_input(CANARY_FIRST, CANARY_LAST),
    )
    .unwrap()
    .pupil;
    let case = cases::open(
        v.store.as_mut().unwrap(),
        &v.clock,
        cases::OpenCaseRequest {
            pupil_id: pupil.id.clone(),
            title: "Lezen en rekenen".into(),
            start_date: Some("2026-09-01".into()),
            template_id: None,
        },
    )
    .unwrap()
    .case;
    let guardian = guardians::add(
        v.store.as_mut().unwrap(),
        &v.clock,
        guardians::AddGuardianRequest {
            pupil_id: pupil.id.clone(),
            guardian: guardians::GuardianInput {
                first_name: Some("Petra".into()),
                surname_prefix: None,
                last_name: CANARY_LAST.into(),
                relation: GuardianRelation::Mother,
                has_authority: true,
                phone: None,
                email: None,
            },
        },
    )
    .unwrap()
    .guardians
    .remove(0);
    let saved = hearings::save(
        v.store.as_mut().unwrap(),
        &v.clock,
        &template,
        hearings::SaveHearingRequest {
            id: None,
            pupil_id: pupil.id.clone(),
            case_id: Some(case.id.clone()),
            hearing: full_hearing(),
        },
    )
    .unwrap();
    hearings::save_parent_view(
        v.store.as_mut().unwrap(),
        &v.clock,
        &template,
        hearings::SaveParentViewRequest {
            id: None,
            pupil_id: pupil.id,
            case_id: None,
            view: ParentView {
                given_on: "2026-11-21".into(),
                moment: HearingMoment::Opstellen,
                guardian_ids: vec![guardian.id],
                words: "Thuis oefent ze graag met de tafels.\nLezen kost veel moeite.".into(),
                wishes: vec![Wish {
                    words: "Een leesmaatje in de klas".into(),
                    response: Some(SchoolResponse::Overnemen),
                    reason: None,
                }],
            },
        },
    )
    .unwrap();
    (v, case.id, saved.id)
}

#[test]
fn the_words_come_back_exactly_from_both_pdfs_and_the_export_is_audited() {
    let (mut v, case_id, hearing_id) = vault_with_hearing();
    let name = export::hearing_summary_file_name(v.store(), &hearing_id).unwrap();
    assert_eq!(name, "wat-jij-hebt-verteld-ZK-2026-11-20.pdf");
    let out = v.temp.path().join(&name);
    let before = audit::entries(v.store()).unwrap().len();
    let file =
        export::hearing_summary(v.store.as_mut().unwrap(), &v.clock, &hearing_id, &out).unwrap();
    assert_eq!(file.file_name, name);
    let entries = audit::entries(v.store()).unwrap();
    assert_eq!(entries.len(), before + 1);
    let last = entries.last().unwrap();
    assert_eq!(last.action, "export.hearing_summary");
    assert_eq!(last.entity, "hearing");
    assert_eq!(last.entity_id.as_deref(), Some(hearing_id.as_str()));

    let child = Pdf::write("verteld-uit-kluis", &std::fs::read(&out).unwrap());
    let text = child.text();
    assert!(text.contains(WORDS), "words not verbatim:\n{text}");
    assert!(text.contains("Voor Zoë"), "{text}");
    assert!(
        !text.contains(CANARY_LAST),
        "only the first name on the child's sheet:\n{text}"
    );
    assert!(!text.contains("Lezen en rekenen"), "no casus data:\n{text}");
    let info = child.info();
    for name in [CANARY_FIRST, CANARY_LAST, "Zo", "Kanariepiet"] {
        assert!(!info.contains(name), "‘{name}’ in the metadata:\n{info}");
    }
    assert!(info.contains("Wat jij hebt verteld"), "{info}");

    let overview = v.temp.path().join("overzicht.pdf");
    let template = ibis_core::template::Template::landelijk().unwrap();
    export::case_summary(
        v.store.as_mut().unwrap(),
        &v.clock,
        &template,
        &case_id,
        &overview,
    )
    .unwrap();
    let text = Pdf::write("visie-casusoverzicht", &std::fs::read(&overview).unwrap()).text();
    assert!(text.contains(WORDS), "words not verbatim:\n{text}");
    assert_in_order(
        &flat(&text),
        &[
            "Visie leerling",
            "Hoorgesprek van 20-11-2026 · Opstellen",
            "Gesproken met juf Anouk (met de leerkracht erbij)",
            "Hoe gaat het op school? (schaal: 4 van 5)",
            "„Best goed.”",
            "Kinddoelen",
            "„Ik ken de tafels van 1 tot 10”",
            "„Vaker samen rekenen met Daan” — Overgenomen",
            "— Deels overgenomen — reden: alleen bij stillezen",
            &format!("„{NOT_TAKEN_OVER}” — Niet overgenomen — reden: {REASON}"),
            "Visie ouders",
            "Zienswijze ouders van 21-11-2026 · Opstellen",
            "Gegeven door Petra Kanariepiet-Öztürk (moeder)",
            "„Thuis oefent ze graag met de tafels.",
            "Lezen kost veel moeite.”",
            "„Een leesmaatje in de klas” — Overgenomen",
            "Tijdlijn",
        ],
    );
}

#[test]
fn the_hearing_summary_of_an_unknown_hearing_is_not_found_and_writes_nothing() {
    let (mut v, _, _) = vault_with_hearing();
    let out = v.temp.path().join("x.pdf");
    let before = audit::entries(v.store()).unwrap().len();
    let missing = "01890000-0000-7000-8000-000000000000";
    let err =
        export::hearing_summary(v.store.as_mut().unwrap(), &v.clock, missing, &out).unwrap_err();
    assert!(matches!(err, Error::NotFound { .. }), "{err:?}");
    assert!(!out.exists());
    assert_eq!(audit::entries(v.store()).unwrap().len(), before);
}

#[test]
fn a_casus_without_hearings_says_so_in_the_casus_block() {
    let mut v = TestVault::new();
    let pupil = ibis_core::usecases::pupils::create(
        v.store.as_mut().unwrap(),
        &v.clock,
        pupil_input("Ties", "Bakker"),
    )
    .unwrap()
    .pupil;
    let case = cases::open(
        v.store.as_mut().unwrap(),
        &v.clock,
        cases::OpenCaseRequest {
            pupil_id: pupil.id,
            title: "Werkhouding".into(),
            start_date: Some("2026-09-01".into()),
            template_id: None,
        },
    )
    .unwrap()
    .case;
    let out = v.temp.path().join("leeg.pdf");
    let template = ibis_core::template::Template::landelijk().unwrap();
    export::case_summary(
        v.store.as_mut().unwrap(),
        &v.clock,
        &template,
        &case.id,
        &out,
    )
    .unwrap();
    assert_in_order(
        &flat(&Pdf::open(&out).text()),
        &[
            "Casus",
            "Hoorrecht Nog geen visie van leerling of ouders vastgelegd",
            "Tijdlijn",
        ],
    );
}
