//! Demo OPPs: four pupils, one per situation an IB'er meets — a vastgesteld OPP the parents
//! agreed to (po), a vastgesteld OPP with a newer draft being bijgesteld (sbo), an OPP the
//! parents did not agree to (vo), and an OPP still not vastgesteld seven weeks after its clock
//! started (so). Each starts pre-filled from the pupil's stappenplan and hoorgesprek and is
//! completed, vastgesteld and agreed to through the real use cases, on realistic dates.

use super::themes::{self, Theme};
use super::walk::on;
use crate::clock::Clock;
use crate::domain::dates;
use crate::domain::opp::{
    ClockBasis, Consent, ConsentMethod, ConsentStatus, Consultation, OppContent, OppFactor,
    OppGoal, OppReason, OppSupport,
};
use crate::domain::pupil::EducationType;
use crate::domain::records::FactorKind;
use crate::error::{Error, Result};
use crate::store::Store;
use crate::template::Template;
use crate::usecases::opp::{
    self, EstablishOppRequest, OppVersionView, PupilOpp, RecordConsentRequest,
    RecordConsultationRequest, SaveOppDraftRequest, StartOppRequest,
};
use crate::usecases::{IdRequest, cases};
use chrono::{NaiveDate as Date, TimeDelta};

/// A demo pupil with a casus who may get an OPP.
pub(super) struct Candidate<'a> {
    pub case_id: &'a str,
    pub pupil_id: &'a str,
    pub education_type: EducationType,
    /// The casus was walked to a decision for extra ondersteuning.
    pub extra_support: bool,
}

/// The four situations, with the onderwijstype each prefers.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Situation {
    Agreed,
    NewerDraft,
    NotAgreed,
    Overdue,
}

const SITUATIONS: [(Situation, EducationType); 4] = [
    (Situation::Agreed, EducationType::Po),
    (Situation::NewerDraft, EducationType::Sbo),
    (Situation::NotAgreed, EducationType::Vo),
    (Situation::Overdue, EducationType::So),
];

/// Gives up to four candidates an OPP; returns how many OPPs were made.
pub(super) fn add(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    candidates: &[Candidate<'_>],
) -> Result<u32> {
    let mut used: Vec<usize> = Vec::new();
    let mut made = 0;
    for (situation, education_type) in SITUATIONS {
        let pick = |extra: bool, same_type: bool| {
            candidates.iter().enumerate().position(|(index, c)| {
                !used.contains(&index)
                    && (!extra || c.extra_support)
                    && (!same_type || c.education_type == education_type)
            })
        };
        let Some(index) = pick(true, true)
            .or_else(|| pick(false, true))
            .or_else(|| pick(true, false))
            .or_else(|| pick(false, false))
        else {
            break;
        };
        used.push(index);
        make(store, clock, template, &candidates[index], situation)?;
        made += 1;
    }
    Ok(made)
}

fn make(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    candidate: &Candidate<'_>,
    situation: Situation,
) -> Result<()> {
    let today = clock.today();
    let case = cases::get(
        store,
        IdRequest {
            id: candidate.case_id.to_owned(),
        },
    )?
    .case;
    let theme = themes::Theme::for_title(&case.title).unwrap_or(&themes::THEMES[0]);
    let decided = case
        .extra_support_decided_on
        .as_deref()
        .and_then(|d| dates::parse_iso("extraSupportDecidedOn", d).ok());
    // Every sbo, so, vso and pro pupil has an OPP from the inschrijving (WPO 40a, WEC 41a,
    // WVO 26); in po and vo the decision for extra support starts the clock.
    let from_enrolment = !matches!(
        candidate.education_type,
        EducationType::Po | EducationType::Vo
    );
    let (clock_start, basis) = match (situation, decided) {
        (Situation::Overdue, _) if from_enrolment => {
            (today - TimeDelta::days(49), ClockBasis::Inschrijving)
        }
        (Situation::Overdue, _) => (
            today - TimeDelta::days(49),
            ClockBasis::ExtraSupportDecision,
        ),
        (_, _) if from_enrolment => (today - TimeDelta::days(70), ClockBasis::Inschrijving),
        (_, Some(decided)) => (decided, ClockBasis::ExtraSupportDecision),
        (_, None) => (today - TimeDelta::days(70), ClockBasis::Other),
    };
    let page = opp::start(
        store,
        &on(clock_start.min(today)),
        template,
        StartOppRequest {
            pupil_id: candidate.pupil_id.to_owned(),
            case_id: Some(candidate.case_id.to_owned()),
            clock_start: dates::to_iso(clock_start),
            clock_basis: basis,
        },
    )?;
    let drafted_on = (clock_start + TimeDelta::days(10)).min(today);
    let page = save_last(store, &on(drafted_on), template, &page, |content| {
        complete(content, candidate.education_type, theme, today);
    })?;
    if situation == Situation::Overdue {
        return Ok(());
    }
    let set_on = (clock_start + TimeDelta::days(28)).min(today);
    let page = opp::establish(
        store,
        &on(set_on),
        template,
        EstablishOppRequest {
            version_id: last_version(&page)?.id.clone(),
            reason: OppReason::Opstellen,
            established_on: dates::to_iso(set_on),
            hearing_gap_reason: Some(
                "De leerling was in de weken van het opstellen ziek; het gesprek volgt bij de \
                 evaluatie."
                    .into(),
            ),
        },
    )?;
    let version_id = last_version(&page)?.id.clone();
    let wording = candidate.education_type.wording();
    let page = opp::record_consultation(
        store,
        &on(set_on),
        template,
        RecordConsultationRequest {
            version_id: version_id.clone(),
            consultation: Some(Consultation {
                held_on: dates::to_iso(set_on),
                participants: format!(
                    "ouders, {} en {}",
                    wording.class_contact, wording.coordinator
                ),
                guardian_ids: with_authority(&page),
                parents_view: Some(
                    "Wij herkennen het beeld en zijn blij dat er extra hulp komt.".into(),
                ),
            }),
        },
    )?;
    let answered_on = (set_on + TimeDelta::days(7)).min(today);
    let (status, method, note) = match situation {
        Situation::NotAgreed => (
            ConsentStatus::NietIngestemd,
            ConsentMethod::Mondeling,
            Some(
                "Ouders willen eerst een onderzoek naar dyslexie voordat de extra begeleiding \
                 wordt afgebouwd."
                    .to_owned(),
            ),
        ),
        _ => (ConsentStatus::Ingestemd, ConsentMethod::Papier, None),
    };
    let page = opp::record_consent(
        store,
        &on(answered_on),
        template,
        RecordConsentRequest {
            version_id,
            consent: Consent {
                status,
                presented_on: Some(dates::to_iso(set_on)),
                decided_on: Some(dates::to_iso(answered_on)),
                guardian_ids: with_authority(&page),
                by_pupil: false,
                method: Some(method),
                note,
            },
        },
    )?;
    if situation == Situation::NewerDraft {
        let Some(opp_id) = page.opp.as_ref().map(|o| o.id.clone()) else {
            return Ok(());
        };
        let page = opp::new_version(store, &on(today), template, IdRequest { id: opp_id })?;
        save_last(store, &on(today), template, &page, |content| {
            for support in &mut content.action.support {
                support.frequency = Some("drie keer per week, 20 minuten".into());
            }
            content.action.goals.push(OppGoal {
                area: Some("werkhouding".into()),
                description: "Begint zelfstandig aan een taak na één uitleg.".into(),
                evaluation_date: Some(dates::to_iso(today + TimeDelta::days(70))),
                source: None,
            });
        })?;
    }
    Ok(())
}

/// Fills what the pre-fill left open: destination, onderbouwing, both kinds of factor, goals
/// with an area and an evaluation date, and the support.
fn complete(content: &mut OppContent, education_type: EducationType, theme: &Theme, today: Date) {
    let perspective = &mut content.perspective;
    let (destination, note) = match education_type {
        EducationType::Po => ("vmbo_kb", None),
        EducationType::Sbo => ("pro", None),
        EducationType::So => ("vso_arbeidsmarkt", None),
        EducationType::Vo => ("mbo_3", None),
        EducationType::Vso => ("vso_arbeidsmarkt", None),
        EducationType::Pro => ("arbeid", Some("werk in de groenvoorziening")),
    };
    perspective.exit_destination = Some(destination.into());
    perspective.exit_note = note.map(str::to_owned);
    perspective.reasoning = format!(
        "De leerling leert het best in kleine stappen met veel herhaling. {} De verwachting \
         rust op de toetsgegevens van de afgelopen twee jaar en de observaties in de klas.",
        theme.need
    );
    for (kind, (domain, text)) in [
        (FactorKind::Hindering, theme.hindering),
        (FactorKind::Helping, theme.helping),
    ] {
        if !perspective.factors.iter().any(|f| f.factor_kind == kind) {
            perspective.factors.push(OppFactor {
                factor_kind: kind,
                domain: domain.into(),
                description: text.into(),
                source: None,
            });
        }
    }
    if content.action.goals.is_empty() {
        content.action.goals.push(OppGoal {
            area: None,
            description: theme.goal.into(),
            evaluation_date: None,
            source: None,
        });
    }
    for goal in &mut content.action.goals {
        goal.area.get_or_insert_with(|| area(theme).into());
        goal.evaluation_date
            .get_or_insert_with(|| dates::to_iso(today + TimeDelta::days(56)));
    }
    if content.action.support.is_empty() {
        content.action.support.push(OppSupport {
            what: theme.intervention.into(),
            who: Some("remedial teacher".into()),
            frequency: Some(theme.frequency.into()),
            from: None,
            source: None,
        });
    }
}

/// The ontwikkelingsgebied a demo theme is about.
fn area(theme: &Theme) -> &'static str {
    let title = theme.title.to_lowercase();
    if title.contains("technisch lezen") {
        "technisch_lezen"
    } else if title.contains("begrijpend") {
        "begrijpend_lezen"
    } else if title.contains("rekenen") {
        "rekenen"
    } else if title.contains("taal") {
        "taal"
    } else if title.contains("sociaal") || title.contains("gedrag") {
        "sociaal_emotioneel"
    } else {
        "werkhouding"
    }
}

fn save_last(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    page: &PupilOpp,
    edit: impl FnOnce(&mut OppContent),
) -> Result<PupilOpp> {
    let version = last_version(page)?;
    let mut content = version.content.clone();
    edit(&mut content);
    opp::save_draft(
        store,
        clock,
        template,
        SaveOppDraftRequest {
            version_id: version.id.clone(),
            reason: version.reason,
            content,
        },
    )
}

/// The newest version of the running OPP (every use case above answers with one).
fn last_version(page: &PupilOpp) -> Result<&OppVersionView> {
    page.opp
        .as_ref()
        .and_then(|o| o.versions.last())
        .ok_or_else(|| Error::Internal("demo OPP without a version".into()))
}

fn with_authority(page: &PupilOpp) -> Vec<String> {
    page.guardians
        .iter()
        .filter(|g| g.has_authority)
        .map(|g| g.id.clone())
        .collect()
}
