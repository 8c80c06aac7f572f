//! Demo hoorgesprekken: every demo pupil with extra support is heard after the decision, with
//! the template's question set for their age band, answers in a child's words for that band,
//! wishes (one the school does not take over, with its reason) and kinddoelen; the parents give
//! their zienswijze. One pupil's only hearing predates the decision, so Vandaag shows the
//! hoorrecht clock. Saved through the real use cases (validation and audit rows included).

use super::walk::{on, school_day_from};
use crate::clock::Clock;
use crate::domain::dates;
use crate::domain::hearing::{
    AgeBand, HearingAnswer, HearingMethod, HearingMoment, HearingSetting, ParentView, PupilHearing,
    SchoolResponse, Wish,
};
use crate::domain::school_year::HolidayCalendar;
use crate::error::Result;
use crate::store::{Store, guardians};
use crate::template::Template;
use crate::usecases::hearings::{self, SaveHearingRequest, SaveParentViewRequest};
use crate::usecases::{IdRequest, cases};
use chrono::TimeDelta;

/// A demo pupil with extra support.
pub(super) struct Heard<'a> {
    pub case_id: &'a str,
    pub pupil_id: &'a str,
    pub band: AgeBand,
}

/// What was made.
#[derive(Debug, Default)]
pub(super) struct HeardCount {
    pub hearings: u32,
    pub parent_views: u32,
}

/// The answers, in question order, a child of this band might give (the template's sets have
/// six or seven questions; extra questions stay unanswered).
fn answers(band: AgeBand) -> &'static [(&'static str, Option<u8>)] {
    match band {
        AgeBand::Groep1To4 => &[
            ("Leuk! Maar soms is het te druk.", Some(4)),
            ("Tekenen en buiten spelen 😀", None),
            ("Letters. Die lijken op elkaar.", None),
            ("Als de juf het nog een keer laat zien.", None),
            ("Mijn juf en mijn vriendje Daan.", None),
            ("Dat ik het echt wil leren.", None),
        ],
        AgeBand::Groep5To8 => &[
            ("Gaat wel.", Some(3)),
            ("Gym en rekenen met blokjes.", None),
            ("Lezen. De letters gaan\nsoms door elkaar.", None),
            ("Een koptelefoon, dan hoor ik de anderen niet.", None),
            ("Ik wil sneller kunnen lezen.", None),
            ("De juf, als ik mijn hand opsteek.", None),
            ("Dat ik niet lui ben. Het is gewoon moeilijk.", None),
        ],
        AgeBand::Vo => &[
            ("Beter dan vorig jaar.", Some(3)),
            ("Praktijkvakken en mijn mentor.", None),
            ("Plannen. Ik weet vaak niet waar ik moet beginnen.", None),
            (
                "Een lijstje op mijn telefoon. Niet als iedereen meekijkt.",
                None,
            ),
            ("Mijn toetsen op tijd leren.", None),
            ("Mijn mentor, en soms de conciërge.", None),
            ("Dat ik het wel wil, maar dat het veel tegelijk is.", None),
        ],
    }
}

/// A kinddoel in the child's words, per band.
fn child_goal(band: AgeBand) -> &'static str {
    match band {
        AgeBand::Groep1To4 => "Ik ken alle letters van mijn naam.",
        AgeBand::Groep5To8 => "Ik kan een bladzijde lezen zonder te stoppen.",
        AgeBand::Vo => "Ik plan elke week zelf wanneer ik wat leer.",
    }
}

/// The pupil's wishes; the first demo pupil also has one the school does not take over.
fn wishes(band: AgeBand, with_refusal: bool) -> Vec<Wish> {
    let (take_over, partly, refused) = match band {
        AgeBand::Groep1To4 => (
            ("Een rustig plekje om te werken.", None),
            (
                "Elke dag met de juf oefenen.",
                "Twee keer in de week oefen je met de juf. De andere dagen oefen je met een \
                 maatje.",
            ),
            (
                "Niet meer in de kring zitten.",
                "In de kring leren we samen. Je mag wel naast de juf zitten.",
            ),
        ),
        AgeBand::Groep5To8 => (
            ("Een koptelefoon bij het zelfstandig werken.", None),
            (
                "Minder sommen op een blad.",
                "Je krijgt minder sommen op een blad. De toets blijft even lang als die van \
                 de anderen.",
            ),
            (
                "Nooit meer hardop lezen in de klas.",
                "Hardop lezen oefenen we eerst alleen met de juf. Daarna weer in een klein \
                 groepje.",
            ),
        ),
        AgeBand::Vo => (
            ("Mijn planning samen met mijn mentor maken.", None),
            (
                "Toetsen in een apart lokaal maken.",
                "Dat kan bij de grote toetsen. Bij korte overhoringen blijf je in de klas.",
            ),
            (
                "Geen huiswerk meer.",
                "Huiswerk hoort bij school. Je mentor helpt je het in kleine stukjes te \
                 plannen.",
            ),
        ),
    };
    let mut wishes = vec![
        Wish {
            words: take_over.0.into(),
            response: Some(SchoolResponse::Overnemen),
            reason: take_over.1,
        },
        Wish {
            words: partly.0.into(),
            response: Some(SchoolResponse::Deels),
            reason: Some(partly.1.into()),
        },
    ];
    if with_refusal {
        wishes.push(Wish {
            words: refused.0.into(),
            response: Some(SchoolResponse::Niet),
            reason: Some(refused.1.into()),
        });
    }
    wishes
}

/// Hears every pupil in `heard` and records the parents' zienswijze.
pub(super) fn add(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    holidays: &HolidayCalendar,
    heard: &[Heard<'_>],
) -> Result<HeardCount> {
    let today = clock.today();
    let mut count = HeardCount::default();
    for (index, pupil) in heard.iter().enumerate() {
        let case = cases::get(
            store,
            IdRequest {
                id: pupil.case_id.to_owned(),
            },
        )?
        .case;
        let Some(decided) = case
            .extra_support_decided_on
            .as_deref()
            .and_then(|d| dates::parse_iso("extraSupportDecidedOn", d).ok())
        else {
            continue;
        };
        let start = dates::parse_iso("startDate", &case.start_date).unwrap_or(decided);
        // The last pupil was heard before the decision only: Vandaag lists them.
        let not_since = index + 1 == heard.len() && heard.len() > 1;
        let (held_on, moment) = if not_since {
            (
                (decided - TimeDelta::days(14))
                    .max(start)
                    .min(decided - TimeDelta::days(1)),
                HearingMoment::Algemeen,
            )
        } else {
            (
                school_day_from(decided + TimeDelta::days(2), holidays).min(today),
                HearingMoment::Opstellen,
            )
        };
        let feedback_on = (!not_since)
            .then(|| school_day_from(held_on + TimeDelta::days(7), holidays).min(today));
        let set = template.question_set(pupil.band);
        let data = PupilHearing {
            held_on: dates::to_iso(held_on),
            moment,
            // The name a child knows the intern begeleider or ondersteuningscoördinator by.
            spoke_with: match pupil.band {
                AgeBand::Groep1To4 | AgeBand::Groep5To8 => "juf Anouk",
                AgeBand::Vo => "mevrouw Jansen",
            }
            .into(),
            setting: if index % 3 == 1 {
                HearingSetting::WithClassContact
            } else {
                HearingSetting::Alone
            },
            method: if pupil.band == AgeBand::Groep1To4 {
                HearingMethod::Tekening
            } else {
                HearingMethod::Gesprek
            },
            method_note: (pupil.band == AgeBand::Groep1To4)
                .then(|| "Eerst een tekening van de klas gemaakt, daarna erover gepraat.".into()),
            age_band: pupil.band,
            answers: set
                .questions
                .iter()
                .zip(answers(pupil.band))
                .map(|(question, (words, scale))| HearingAnswer {
                    question: question.text.clone(),
                    words: (*words).into(),
                    scale: if question.scale { *scale } else { None },
                })
                .collect(),
            wishes: wishes(pupil.band, index == 0),
            child_goals: vec![child_goal(pupil.band).into()],
            feedback_on: feedback_on.map(dates::to_iso),
            feedback_how: (!not_since)
                .then(|| "Samen het blad ‘Wat jij hebt verteld’ gelezen.".into()),
        };
        hearings::save(
            store,
            &on(feedback_on.unwrap_or(held_on)),
            template,
            SaveHearingRequest {
                id: None,
                pupil_id: pupil.pupil_id.to_owned(),
                case_id: Some(pupil.case_id.to_owned()),
                hearing: data,
            },
        )?;
        count.hearings += 1;
        let guardian_ids: Vec<String> = store
            .read(|conn| guardians::for_pupil(conn, pupil.pupil_id))?
            .into_iter()
            .map(|g| g.id)
            .collect();
        if guardian_ids.is_empty() {
            continue;
        }
        let given_on = school_day_from(decided, holidays).min(today);
        hearings::save_parent_view(
            store,
            &on(given_on),
            template,
            SaveParentViewRequest {
                id: None,
                pupil_id: pupil.pupil_id.to_owned(),
                case_id: Some(pupil.case_id.to_owned()),
                view: ParentView {
                    given_on: dates::to_iso(given_on),
                    moment: HearingMoment::Opstellen,
                    guardian_ids,
                    words: "Wij zien thuis dat het veel energie kost. We zijn blij dat er nu \
                            meer hulp komt en willen graag elke zes weken horen hoe het gaat."
                        .into(),
                    wishes: vec![Wish {
                        words: "Elke week een bericht over hoe het gaat.".into(),
                        response: Some(SchoolResponse::Deels),
                        reason: Some(
                            "Elke zes weken een kort gesprek; tussendoor belt de school als er \
                             iets bijzonders is."
                                .into(),
                        ),
                    }],
                },
            },
        )?;
        count.parent_views += 1;
    }
    Ok(count)
}
