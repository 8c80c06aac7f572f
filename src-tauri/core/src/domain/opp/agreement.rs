//! The two kinds of agreement on an OPP (DOMAIN.md §7): the OOGO on the perspectiefdeel (the
//! parents are consulted, the school decides) and the instemming with the handelingsdeel (the
//! parents — those with gezag — agree or not; an adult pupil in (v)so in their place).

use super::{LINE_MAX, TEXT_MAX};
use crate::domain::pupil::EducationType;
use crate::domain::{dates, text};
use crate::error::{Error, FieldErrors, Result, Rule};
use chrono::NaiveDate as Date;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// OOGO for the perspectiefdeel: when it was discussed with the parents, who took part, and the
/// parents' view. The school decides; the parents are consulted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Consultation {
    /// "besproken met ouders op …" (ISO).
    pub held_on: String,
    /// Who took part ("ouders, leerkracht, intern begeleider").
    pub participants: String,
    /// The guardians who took part (ids of the pupil's guardians).
    #[serde(default)]
    pub guardian_ids: Vec<String>,
    /// The parents' view on the perspectiefdeel.
    #[serde(default)]
    pub parents_view: Option<String>,
}

/// Where the instemming with the handelingsdeel stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ConsentStatus {
    /// Not yet presented to the parents.
    #[default]
    Concept,
    /// Presented; waiting for their answer.
    Voorgelegd,
    Ingestemd,
    DeelsIngestemd,
    NietIngestemd,
}

impl ConsentStatus {
    /// The parents (or the adult pupil) answered.
    pub fn is_decided(self) -> bool {
        matches!(
            self,
            ConsentStatus::Ingestemd | ConsentStatus::DeelsIngestemd | ConsentStatus::NietIngestemd
        )
    }

    pub fn dutch(self) -> &'static str {
        match self {
            ConsentStatus::Concept => "nog niet voorgelegd",
            ConsentStatus::Voorgelegd => "voorgelegd, wacht op antwoord",
            ConsentStatus::Ingestemd => "ingestemd",
            ConsentStatus::DeelsIngestemd => "deels ingestemd",
            ConsentStatus::NietIngestemd => "niet ingestemd",
        }
    }
}

/// How the answer was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ConsentMethod {
    /// Getekend op papier.
    Papier,
    Mondeling,
    Email,
}

impl ConsentMethod {
    pub fn dutch(self) -> &'static str {
        match self {
            ConsentMethod::Papier => "getekend op papier",
            ConsentMethod::Mondeling => "mondeling",
            ConsentMethod::Email => "per e-mail",
        }
    }
}

/// Instemming with the handelingsdeel.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Consent {
    pub status: ConsentStatus,
    /// When it was presented (ISO); required from `voorgelegd` on.
    #[serde(default)]
    pub presented_on: Option<String>,
    /// When they answered (ISO); required for an answer.
    #[serde(default)]
    pub decided_on: Option<String>,
    /// The guardians with gezag who answered.
    #[serde(default)]
    pub guardian_ids: Vec<String>,
    /// The pupil (18+, (v)so) answered in the parents' place.
    #[serde(default)]
    pub by_pupil: bool,
    #[serde(default)]
    pub method: Option<ConsentMethod>,
    /// Which part was agreed to (deels), why not (niet), or any note.
    #[serde(default)]
    pub note: Option<String>,
}

/// What validating a consent may read about the pupil and guardians.
pub struct ConsentContext<'a> {
    /// Ids of the pupil's guardians with gezag.
    pub guardians_with_authority: &'a [String],
    /// Whether the pupil may answer in the parents' place (18+ in (v)so) on a given day.
    pub pupil_may_consent: &'a dyn Fn(Date) -> bool,
    pub today: Date,
}

/// Checks an OOGO record.
pub fn validate_consultation(data: Consultation, today: Date) -> Result<Consultation> {
    let mut errors = FieldErrors::default();
    let held_on = errors.option(past_date("heldOn", &data.held_on, today));
    let participants = errors.value(text::required_line(
        "participants",
        &data.participants,
        LINE_MAX,
    ));
    let parents_view = errors.value(text::optional_text(
        "parentsView",
        data.parents_view.as_deref(),
        TEXT_MAX,
    ));
    let mut guardian_ids = data.guardian_ids;
    guardian_ids.sort();
    guardian_ids.dedup();
    errors.finish()?;
    Ok(Consultation {
        held_on: held_on.map(dates::to_iso).unwrap_or_default(),
        participants,
        guardian_ids,
        parents_view,
    })
}

/// Checks an instemming record: dates in order and not ahead, an answer names who gave it (the
/// guardians with gezag, or the adult pupil in (v)so) and how; "deels" says which part.
pub fn validate_consent(data: Consent, context: &ConsentContext<'_>) -> Result<Consent> {
    let mut errors = FieldErrors::default();
    let status = data.status;
    let presented_on = errors
        .option(optional_past_date(
            "presentedOn",
            data.presented_on.as_deref(),
            context.today,
        ))
        .flatten();
    let decided_on = errors
        .option(optional_past_date(
            "decidedOn",
            data.decided_on.as_deref(),
            context.today,
        ))
        .flatten();
    if status != ConsentStatus::Concept && presented_on.is_none() {
        errors.push("presentedOn", Rule::Required);
    }
    if let (Some(presented), Some(decided)) = (presented_on, decided_on)
        && decided < presented
    {
        errors.push("decidedOn", Rule::DateBeforeStart);
    }
    let note = errors.value(text::optional_text("note", data.note.as_deref(), TEXT_MAX));
    let mut guardian_ids = data.guardian_ids;
    guardian_ids.sort();
    guardian_ids.dedup();
    if guardian_ids
        .iter()
        .any(|id| !context.guardians_with_authority.contains(id))
    {
        errors.push("guardianIds", Rule::OutOfRange);
    }
    let decided = status.is_decided();
    if decided {
        if decided_on.is_none() {
            errors.push("decidedOn", Rule::Required);
        }
        if data.method.is_none() {
            errors.push("method", Rule::Required);
        }
        if data.by_pupil {
            if decided_on.is_some_and(|day| !(context.pupil_may_consent)(day)) {
                errors.push("byPupil", Rule::OutOfRange);
            }
        } else if guardian_ids.is_empty() {
            errors.push("guardianIds", Rule::Required);
        }
        if status == ConsentStatus::DeelsIngestemd && note.is_none() {
            errors.push("note", Rule::Required);
        }
    }
    errors.finish()?;
    Ok(Consent {
        status,
        presented_on: presented_on.map(dates::to_iso),
        decided_on: if decided {
            decided_on.map(dates::to_iso)
        } else {
            None
        },
        guardian_ids: if decided { guardian_ids } else { Vec::new() },
        by_pupil: decided && data.by_pupil,
        method: if decided { data.method } else { None },
        note,
    })
}

/// Whether a pupil may answer in the parents' place: 18 or older on `day` and in (v)so
/// (WEC art. 41a lid 3).
pub fn pupil_may_consent(education_type: EducationType, birth_date: Date, day: Date) -> bool {
    matches!(education_type, EducationType::So | EducationType::Vso)
        && dates::age_on(birth_date, day) >= 18
}

fn optional_past_date(
    field: &'static str,
    value: Option<&str>,
    today: Date,
) -> Result<Option<Date>> {
    let date = match value.map(str::trim) {
        None | Some("") => None,
        Some(value) => Some(dates::parse_iso(field, value)?),
    };
    if date.is_some_and(|date| date > today) {
        return Err(Error::validation(field, Rule::DateInFuture));
    }
    Ok(date)
}

fn past_date(field: &'static str, value: &str, today: Date) -> Result<Date> {
    let date = dates::parse_iso(field, value)?;
    if date > today {
        return Err(Error::validation(field, Rule::DateInFuture));
    }
    Ok(date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::ymd;

    fn fields(error: Error) -> Vec<String> {
        error
            .field_errors()
            .into_iter()
            .map(|e| e.field.into_owned())
            .collect()
    }

    fn consent_context<'a>(
        authority: &'a [String],
        adult: &'a dyn Fn(Date) -> bool,
    ) -> ConsentContext<'a> {
        ConsentContext {
            guardians_with_authority: authority,
            pupil_may_consent: adult,
            today: ymd(2026, 12, 1),
        }
    }

    #[test]
    fn an_answer_names_who_gave_it_and_how() {
        let authority = vec!["g1".to_owned(), "g2".to_owned()];
        let never = |_: Date| false;
        let context = consent_context(&authority, &never);
        let error = validate_consent(
            Consent {
                status: ConsentStatus::DeelsIngestemd,
                presented_on: Some("2026-11-01".into()),
                decided_on: Some("2026-10-01".into()),
                guardian_ids: vec![],
                by_pupil: false,
                method: None,
                note: None,
            },
            &context,
        )
        .expect_err("incomplete answer");
        assert_eq!(
            fields(error),
            ["decidedOn", "method", "guardianIds", "note"]
        );

        let error = validate_consent(
            Consent {
                status: ConsentStatus::Ingestemd,
                presented_on: Some("2026-11-01".into()),
                decided_on: Some("2026-11-08".into()),
                guardian_ids: vec!["stranger".into()],
                by_pupil: false,
                method: Some(ConsentMethod::Papier),
                note: None,
            },
            &context,
        )
        .expect_err("a guardian without gezag cannot consent");
        assert_eq!(fields(error), ["guardianIds"]);

        let error = validate_consent(
            Consent {
                status: ConsentStatus::Ingestemd,
                presented_on: Some("2026-11-01".into()),
                decided_on: Some("2026-11-08".into()),
                guardian_ids: vec![],
                by_pupil: true,
                method: Some(ConsentMethod::Mondeling),
                note: None,
            },
            &context,
        )
        .expect_err("a minor pupil does not take the parents' place");
        assert_eq!(fields(error), ["byPupil"]);
    }

    #[test]
    fn an_adult_pupil_in_vso_takes_the_parents_place() {
        let birth = ymd(2008, 11, 30);
        assert!(!pupil_may_consent(
            EducationType::Vso,
            birth,
            ymd(2026, 11, 29)
        ));
        assert!(pupil_may_consent(
            EducationType::Vso,
            birth,
            ymd(2026, 11, 30)
        ));
        assert!(!pupil_may_consent(
            EducationType::Vo,
            birth,
            ymd(2026, 12, 1)
        ));
    }
}
