//! Synthetic casusoverzicht data (fictitious pupil, Dutch diacritics, typographic quotes, €,
//! en dashes), shared by the export suite and the export benchmark. `cycles` scales the length:
//! one cycle is a little over two pages.
#![allow(dead_code)]

use chrono::{NaiveDate as Date, TimeDelta as Duration};
use ibis_core::domain::pupil::EducationType;
use ibis_core::export::case_overview::*;

fn ymd(year: i32, month: u32, day: u32) -> Date {
    Date::from_ymd_opt(year, month, day).expect("sample dates are valid calendar dates")
}

/// A pupil whose names must never reach the PDF metadata.
pub const CANARY_FIRST: &str = "Zoë";
pub const CANARY_LAST: &str = "Kanariepiet-Öztürk";

const OBSERVATIONS: &[&str] = &[
    "Sinds de herfstvakantie werkt Zoë bij rekenen zichtbaar minder geconcentreerd: ze kijkt \
     vaak rond, begint pas na een tweede instructie en maakt minder dan de helft van de \
     verwerkingsopdrachten af. Bij begrijpend lezen is dat niet zo.",
    "De leerkracht ziet dat ze in de kring stil is en zich terugtrekt wanneer er ‘groepswerk’ \
     wordt aangekondigd. Thuis zou ze “erg moe” zijn na schooldagen met gym.",
    "Op de methodetoets rekenen (blok 3) scoort ze 54 %, tegenover 81 % op blok 1. De \
     toetsanalyse laat vooral fouten zien bij breuken en bij het omrekenen van € naar centen.",
];

fn day(start: Date, offset: i64) -> Date {
    start + Duration::days(offset)
}

/// A full casusoverzicht with `cycles` complete stappenplan cycles.
pub fn overview(cycles: usize) -> CaseOverviewData {
    let start = ymd(2026, 9, 7);
    let mut timeline = vec![TimelineItem {
        date: start,
        event: "Casus geopend".into(),
        detail: "Rekenen en concentratie in groep 6".into(),
    }];
    let cycles: Vec<Cycle> = (0..cycles)
        .map(|index| {
            let cycle_start = day(start, index as i64 * 56);
            cycle(index as u32 + 1, cycle_start, &mut timeline)
        })
        .collect();
    CaseOverviewData {
        pupil: PupilInfo {
            first_name: CANARY_FIRST.into(),
            surname_prefix: None,
            last_name: CANARY_LAST.into(),
            birth_date: ymd(2016, 3, 9),
            school: "OBS De Ĳsvogel, Zoeterwoude".into(),
            education_type: EducationType::Po,
            grade: 6,
        },
        case: CaseInfo {
            title: "Rekenen en concentratie in groep 6".into(),
            start_date: start,
            status_label: "Open".into(),
            template_label: "Landelijk (versie 1)".into(),
            closed_on: None,
        },
        cycles,
        timeline,
        pupil_views: vec![PupilView {
            held_on: day(start, 10),
            moment: "Opstellen".into(),
            spoke_with: "Anouk Jansen, intern begeleider (alleen met de leerling)".into(),
            answers: vec![QuotedAnswer {
                question: "Wat helpt jou bij het leren?".into(),
                words: "Als het stil is en ik weet welke stap ik moet doen, lukt het wel.".into(),
                scale: None,
            }],
            child_goals: vec!["Ik ken de tafels van 1 tot 10".into()],
            wishes: vec![WishLine {
                words: "Een eigen plek bij het raam".into(),
                response: "Niet overgenomen".into(),
                reason: Some("bij het raam is het juist onrustig".into()),
            }],
        }],
        parent_views: vec![ParentView {
            given_on: day(start, 12),
            moment: "Opstellen".into(),
            given_by: vec!["Petra de Vries (moeder)".into()],
            words: "Ouders zien vooral vermoeidheid en willen eerst rust en structuur.".into(),
            wishes: vec![],
        }],
    }
}

fn cycle(number: u32, start: Date, timeline: &mut Vec<TimelineItem>) -> Cycle {
    let mut event = |offset: i64, event: &str, detail: &str| {
        timeline.push(TimelineItem {
            date: day(start, offset),
            event: event.into(),
            detail: format!("Cyclus {number}: {detail}"),
        });
    };
    event(
        0,
        "Signaal",
        "leerkracht groep 6 signaleert terugval bij rekenen",
    );
    event(
        3,
        "Gesprek met ouders",
        "eerste gesprek, ouders herkennen het beeld",
    );
    event(
        10,
        "Gesprek met de leerling",
        "Zoë vertelt wat helpt en wat lastig is",
    );
    event(14, "Analyse", "onderwijsbehoeften en factoren vastgelegd");
    event(17, "Plan", "drie doelen met interventies");
    event(
        20,
        "Plan gedeeld",
        "per e-mail en in een gesprek met ouders",
    );
    event(52, "Evaluatie", "besluit genomen");
    Cycle {
        number,
        started_on: start,
        steps: vec![
            step(
                1,
                "Signaleren",
                start,
                3,
                vec![signal(start), parents_talk(day(start, 3))],
            ),
            step(
                2,
                "Begrijpen",
                start,
                14,
                vec![pupil_talk(day(start, 10)), needs()],
            ),
            step(3, "Plannen", start, 17, vec![plan(start)]),
            step(4, "Realiseren", start, 45, vec![execution(start)]),
            step(5, "Vastleggen", start, 20, vec![sharing(day(start, 20))]),
            step(6, "Evalueren", start, 52, vec![evaluation(day(start, 52))]),
        ],
    }
}

fn step(number: u8, name: &str, start: Date, done: i64, records: Vec<StepRecord>) -> Step {
    Step {
        number,
        name: name.into(),
        completed_on: Some(day(start, done)),
        completion_reason: None,
        records,
    }
}

fn signal(date: Date) -> StepRecord {
    StepRecord::Signal(Signal {
        date,
        reported_by: "Mevr. A. van der Berg (leerkracht groep 6)".into(),
        observation: OBSERVATIONS.join("\n"),
        since: Some("half oktober".into()),
        sources: vec![
            "methodetoets rekenen blok 3".into(),
            "observatie in de klas".into(),
        ],
        parents_informed: Some("Ja, telefonisch op de dag van het signaal".into()),
        pupil_informed: Some("Ja, in een gesprekje met de leerkracht".into()),
    })
}

fn parents_talk(date: Date) -> StepRecord {
    StepRecord::Conversation(Conversation {
        date,
        kind: "Gesprek met ouders".into(),
        participants: vec![
            "moeder".into(),
            "vader".into(),
            "leerkracht".into(),
            "intern begeleider".into(),
        ],
        summary: "Ouders herkennen de vermoeidheid; ze zien thuis dat huiswerk met breuken tot \
                  tranen leidt. Ze willen graag meedenken en vragen om een vast contactmoment."
            .into(),
        agreements: vec![
            "Elke twee weken een kort contactmoment (10 minuten) na schooltijd.".into(),
            "Ouders houden een week lang bij hoe laat Zoë gaat slapen.".into(),
            "De leerkracht observeert twee rekenlessen met de kijkwijzer ‘taakgerichtheid’.".into(),
        ],
    })
}

fn pupil_talk(date: Date) -> StepRecord {
    StepRecord::Conversation(Conversation {
        date,
        kind: "Gesprek met de leerling".into(),
        participants: vec!["Zoë".into(), "intern begeleider".into()],
        summary: "Zoë zegt dat ze “het snapt als juf het voordoet, maar daarna niet meer”. Een \
                  koptelefoon en een stappenkaart op tafel zouden helpen."
            .into(),
        agreements: vec!["Zoë probeert twee weken een stappenkaart bij breuken.".into()],
    })
}

fn needs() -> StepRecord {
    let list = |items: &[&str]| items.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    StepRecord::NeedsAndFactors(NeedsAndFactors {
        needs: list(&[
            "Zoë heeft instructie nodig die het oplossen van breuken in kleine, zichtbare stappen \
             voordoet, met een stappenkaart die ze zelf kan gebruiken.",
            "Zoë heeft een rustige werkplek nodig tijdens zelfstandig werken.",
            "Zoë heeft korte, haalbare doelen per les nodig en directe feedback op haar aanpak.",
        ]),
        factors: vec![
            DomainFactors {
                domain: "Leerling".into(),
                hindering: list(&[
                    "raakt snel afgeleid door geluid",
                    "faalangst bij nieuwe stof",
                ]),
                supporting: list(&[
                    "sterk in begrijpend lezen",
                    "gemotiveerd als ze succes ervaart",
                    "vraagt hulp aan een vaste klasgenoot",
                ]),
            },
            DomainFactors {
                domain: "Onderwijs".into(),
                hindering: list(&["grote groep (31 leerlingen) met veel onrust"]),
                supporting: list(&[
                    "leerkracht werkt met het directe-instructiemodel",
                    "verlengde instructie is dagelijks mogelijk",
                ]),
            },
            DomainFactors {
                domain: "Thuis/opvoeding".into(),
                hindering: list(&["onregelmatige bedtijden door wisselende diensten"]),
                supporting: list(&[
                    "betrokken ouders die graag meedenken",
                    "oudere broer helpt bij huiswerk",
                ]),
            },
        ],
        support_level: Some("basisondersteuning".into()),
    })
}

fn plan(start: Date) -> StepRecord {
    let intervention =
        |description: &str, level: &str, by: &str, from: i64, until: i64| Intervention {
            description: description.into(),
            level: level.into(),
            by_whom: by.into(),
            start: Some(day(start, from)),
            evaluate_on: Some(day(start, until)),
        };
    StepRecord::Plan(Plan {
        goals: vec![
            Goal {
                description: "Zoë lost breuksommen van blok 4 zelfstandig op met ten minste 75 % \
                              goed."
                    .into(),
                target_date: Some(day(start, 52)),
                made_with: Some("Opgesteld met ouders: ja · met de leerling: ja".into()),
                interventions: vec![
                    intervention(
                        "Verlengde instructie breuken, drie keer per week 15 minuten",
                        "Basisondersteuning",
                        "leerkracht",
                        21,
                        52,
                    ),
                    intervention(
                        "Stappenkaart breuken op tafel",
                        "Basisondersteuning",
                        "leerkracht",
                        21,
                        52,
                    ),
                ],
            },
            Goal {
                description: "Zoë werkt tijdens zelfstandig werken 20 minuten taakgericht.".into(),
                target_date: Some(day(start, 52)),
                made_with: None,
                interventions: vec![intervention(
                    "Vaste werkplek vooraan en een koptelefoon tegen geluid",
                    "Basisondersteuning",
                    "leerkracht",
                    21,
                    52,
                )],
            },
            Goal {
                description: "Ouders en school hebben om de twee weken contact over de voortgang."
                    .into(),
                target_date: None,
                made_with: None,
                interventions: vec![intervention(
                    "Kort contactmoment na schooltijd",
                    "Basisondersteuning",
                    "intern begeleider",
                    21,
                    52,
                )],
            },
        ],
    })
}

fn execution(start: Date) -> StepRecord {
    StepRecord::Execution(
        (0..6)
            .map(|week| ExecutionEntry {
                date: day(start, 21 + week * 5),
                what: format!(
                    "Verlengde instructie breuken gegeven (week {}); stappenkaart gebruikt bij \
                     {} van de 3 lessen.",
                    week + 1,
                    1 + week % 3
                ),
                deviation: (week == 2).then(|| "Eén les uitgevallen door studiedag.".to_owned()),
            })
            .collect(),
    )
}

fn sharing(date: Date) -> StepRecord {
    StepRecord::Sharing(Sharing {
        date,
        how: "Per e-mail en besproken in het contactmoment".into(),
        note: Some("Ouders gaan akkoord met het plan.".into()),
    })
}

fn evaluation(date: Date) -> StepRecord {
    StepRecord::Evaluation(Evaluation {
        date,
        results: vec![
            GoalResult {
                goal: "Breuksommen blok 4 zelfstandig, ≥ 75 % goed".into(),
                result: "deels behaald".into(),
                evidence: "Methodetoets blok 4: 68 %; met stappenkaart 80 % bij de oefentoets."
                    .into(),
            },
            GoalResult {
                goal: "20 minuten taakgericht werken".into(),
                result: "behaald".into(),
                evidence: "Twee observaties met de kijkwijzer: 22 en 25 minuten.".into(),
            },
            GoalResult {
                goal: "Contact ouders om de twee weken".into(),
                result: "behaald".into(),
                evidence: "Vier contactmomenten gehouden.".into(),
            },
        ],
        decision: "Nieuwe cyclus".into(),
        explanation: Some(
            "De aanpak werkt; breuken vragen nog een cyclus met de stappenkaart.".into(),
        ),
    })
}
