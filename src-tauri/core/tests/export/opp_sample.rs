//! Synthetic OPP data for the export suite and the bench: a groep 6 pupil with a canary name,
//! two guardians with gezag, every part of the plan filled (with sources, emoji and line breaks
//! in the pupil's words, abbreviations in what the school typed). `rich(n)` repeats the plan's
//! lists `n` times for a long document.
#![allow(dead_code)]

use chrono::NaiveDate as Date;
use ibis_core::domain::opp::{
    ActionPlan, Consent, ConsentMethod, ConsentStatus, Consultation, DeviationKind, ItemSource,
    OppContent, OppFactor, OppGoal, OppReason, OppSupport, Perspective, ProgrammeDeviation,
    PupilQuote, PupilVoice, SourceKind, SourcedText, VersionStatus,
};
use ibis_core::domain::pupil::{EducationType, SchoolStage};
use ibis_core::domain::records::FactorKind;
use ibis_core::export::opp::{OppDocumentData, OppPupil, OppSigner};

pub const FIRST: &str = "Zoë";
pub const FULL_NAME: &str = "Zoë Kanariepiet-Öztürk";
/// A pupil's words with an emoji and a line break, to come back verbatim.
pub const WORDS: &str = "Lezen gaat beter als het stil is 🤫\nmaar hardop lezen vind ik eng";
pub const GAP_REASON: &str = "Zoë was drie weken ziek; het gesprek volgt in januari.";

fn date(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd_opt(y, m, d).expect("valid date")
}

fn source(label: &str) -> Option<ItemSource> {
    Some(ItemSource {
        kind: SourceKind::Stepplan,
        record_id: "0190a000-0000-7000-8000-000000000001".into(),
        label: label.into(),
    })
}

fn sourced(text: &str) -> SourcedText {
    SourcedText {
        text: text.into(),
        source: source("Stappenplan ‘Lezen’, cyclus 1 (stap Begrijpen)"),
    }
}

fn factor(kind: FactorKind, domain: &str, description: &str) -> OppFactor {
    OppFactor {
        factor_kind: kind,
        domain: domain.into(),
        description: description.into(),
        source: source("Stappenplan ‘Lezen’, cyclus 1 (stap Begrijpen)"),
    }
}

fn goal(area: &str, description: &str, evaluation: &str) -> OppGoal {
    OppGoal {
        area: Some(area.into()),
        description: description.into(),
        evaluation_date: Some(evaluation.into()),
        source: source("Stappenplan ‘Lezen’, cyclus 1 (stap Plannen)"),
    }
}

fn support(what: &str, who: &str, frequency: &str, from: &str) -> OppSupport {
    OppSupport {
        what: what.into(),
        who: Some(who.into()),
        frequency: Some(frequency.into()),
        from: Some(from.into()),
        source: None,
    }
}

/// The plan's content, its lists repeated `times` times.
pub fn content(times: usize) -> OppContent {
    let mut needs = Vec::new();
    let mut factors = Vec::new();
    let mut goals = Vec::new();
    let mut supports = Vec::new();
    for _ in 0..times {
        needs.extend([
            sourced("Korte instructie aan de instructietafel, daarna zelf aan de slag"),
            sourced("Een vaste, rustige werkplek met weinig prikkels"),
            sourced("Teksten op haar eigen leesniveau, met plaatjes erbij"),
            sourced("Vooraf weten wat er die dag gebeurt (dagplanning op tafel)"),
        ]);
        factors.extend([
            factor(
                FactorKind::Hindering,
                "leerling",
                "Leest langzaam en raadt woorden bij onbekende teksten",
            ),
            factor(
                FactorKind::Hindering,
                "leerling",
                "Raakt snel afgeleid in een drukke klas",
            ),
            factor(
                FactorKind::Helping,
                "leerling",
                "Sterk in rekenen en in mondeling vertellen",
            ),
            factor(
                FactorKind::Helping,
                "leerling",
                "Gemotiveerd als ze merkt dat ze vooruitgaat",
            ),
            factor(
                FactorKind::Hindering,
                "onderwijs",
                "Veel zelfstandig lezen in de zaakvakken",
            ),
            factor(
                FactorKind::Helping,
                "onderwijs",
                "Een leerkracht die korte, duidelijke instructie geeft",
            ),
            factor(
                FactorKind::Helping,
                "thuis",
                "Ouders lezen elke avond samen met haar",
            ),
        ]);
        goals.extend([
            goal(
                "technisch_lezen",
                "Leest een AVI-E5-tekst vlot en zonder te raden",
                "2027-01-29",
            ),
            goal(
                "begrijpend_lezen",
                "Vertelt na het lezen in eigen woorden de hoofdzaak van een tekst",
                "2027-03-26",
            ),
            goal(
                "rekenen",
                "Kent de tafels van 1 tot en met 10 uit het hoofd",
                "2027-01-29",
            ),
            goal(
                "sociaal_emotioneel",
                "Vraagt zelf om hulp als ze vastloopt",
                "2027-03-26",
            ),
        ]);
        supports.extend([
            support(
                "RT-begeleiding bij technisch lezen in een groepje van vier",
                "Mirjam Bakker, remedial teacher",
                "3 keer per week, 20 minuten",
                "2026-12-01",
            ),
            support(
                "Verlengde instructie rekenen aan de instructietafel",
                "groepsleerkracht",
                "dagelijks",
                "2026-11-30",
            ),
            support(
                "Gesprekje over de dagplanning bij binnenkomst",
                "groepsleerkracht",
                "dagelijks, 5 minuten",
                "2026-11-30",
            ),
            support(
                "Overleg over de voortgang met ouders en de IB'er",
                "intern begeleider",
                "elke 6 weken",
                "2026-12-14",
            ),
        ]);
    }
    OppContent {
        perspective: Perspective {
            exit_destination: Some("vmbo_kb".into()),
            exit_note: Some("Met leerwegondersteuning; havo is voor nu niet haalbaar.".into()),
            reasoning: "Zoë leert goed als de instructie kort en duidelijk is. Haar leesniveau \
                        ligt ruim een jaar achter; rekenen gaat op niveau. Op grond van de \
                        toetsen van de afgelopen twee jaar en haar werkhouding verwachten wij \
                        dat de kaderberoepsgerichte leerweg past."
                .into(),
            needs,
            factors,
        },
        action: ActionPlan {
            goals,
            support: supports,
            deviations: vec![
                ProgrammeDeviation {
                    deviation_kind: DeviationKind::EigenLeerlijn,
                    subject: Some("begrijpend lezen".into()),
                    description: "Werkt met teksten op niveau E5 in plaats van M6.".into(),
                    until: None,
                    return_plan: None,
                },
                ProgrammeDeviation {
                    deviation_kind: DeviationKind::AangepasteOnderwijstijd,
                    subject: None,
                    description: "Vier ochtenden per week op school, 08.30–12.00".into(),
                    until: Some("2027-02-26".into()),
                    return_plan: Some(
                        "Elke vier weken een middag erbij, vanaf maart weer het hele rooster."
                            .into(),
                    ),
                },
            ],
        },
        pupil_voice: PupilVoice {
            quotes: vec![
                PupilQuote {
                    question: Some("Wat helpt jou?".into()),
                    words: WORDS.into(),
                    source: None,
                },
                PupilQuote {
                    question: Some("Wat wil je leren?".into()),
                    words: "De tafels, en een heel boek uitlezen 📚".into(),
                    source: None,
                },
            ],
            child_goals: vec![
                SourcedText {
                    text: "Ik lees een boek van de bieb helemaal uit".into(),
                    source: None,
                },
                SourcedText {
                    text: "Ik ken de tafels van 1 tot en met 10".into(),
                    source: None,
                },
            ],
        },
        parents_view: Some(SourcedText {
            text: "Wij zien dat Zoë thuis meer durft te lezen. We willen graag dat de \
                   leesbegeleiding doorgaat en dat de ochtenden langzaam worden opgebouwd."
                .into(),
            source: None,
        }),
    }
}

fn pupil() -> OppPupil {
    OppPupil {
        first_name: FIRST.into(),
        full_name: FULL_NAME.into(),
        birth_date: date(2016, 3, 9),
        education_type: EducationType::Po,
        stage: SchoolStage::Primary,
        grade: 6,
        school: "OBS De Ĳsvogel, Zoeterwoude".into(),
        contact_person: Some("Anouk Visser (intern begeleider)".into()),
    }
}

/// Version 2, vastgesteld, with OOGO and instemming recorded.
pub fn established() -> OppDocumentData {
    established_with(1)
}

/// [`established`] with its lists repeated `times` times.
pub fn established_with(times: usize) -> OppDocumentData {
    OppDocumentData {
        pupil: pupil(),
        number: 2,
        status: VersionStatus::Established,
        reason: OppReason::Bijstellen,
        established_on: Some(date(2026, 11, 12)),
        hearing_gap_reason: None,
        hearing: Some((date(2026, 11, 5), "Anouk Visser (intern begeleider)".into())),
        rod_begin: Some(date(2025, 10, 14)),
        rod_end: None,
        content: content(times),
        consultation: Some(Consultation {
            held_on: "2026-11-10".into(),
            participants: "ouders, leerkracht, intern begeleider".into(),
            guardian_ids: vec!["g1".into(), "g2".into()],
            parents_view: Some("Ouders herkennen het beeld en vinden vmbo-kb passend.".into()),
        }),
        consultation_names: vec![
            "Petra Kanariepiet (moeder)".into(),
            "Murat Öztürk (vader)".into(),
        ],
        consent: Consent {
            status: ConsentStatus::Ingestemd,
            presented_on: Some("2026-11-10".into()),
            decided_on: Some("2026-11-17".into()),
            guardian_ids: vec!["g1".into(), "g2".into()],
            by_pupil: false,
            method: Some(ConsentMethod::Papier),
            note: None,
        },
        consent_names: vec![
            "Petra Kanariepiet (moeder)".into(),
            "Murat Öztürk (vader)".into(),
        ],
        signers: vec![
            OppSigner {
                name: "Petra Kanariepiet".into(),
                role: "moeder".into(),
            },
            OppSigner {
                name: "Murat Öztürk".into(),
                role: "vader".into(),
            },
        ],
        pupil_signs: false,
        school_role: "intern begeleider".into(),
        printed_on: date(2026, 11, 23),
    }
}

/// Version 3, a draft without a hoorgesprek for this moment, not yet presented.
pub fn draft() -> OppDocumentData {
    let mut data = established();
    data.number = 3;
    data.status = VersionStatus::Draft;
    data.reason = OppReason::Evaluatie;
    data.established_on = None;
    data.hearing = None;
    data.hearing_gap_reason = Some(GAP_REASON.into());
    data.consultation = None;
    data.consultation_names.clear();
    data.consent = Consent::default();
    data.consent_names.clear();
    data
}
