//! A pupil (leerling): which values are valid. The pupil's own words and health data come in
//! later records; here only what identifies the pupil and where they are at school.

use crate::domain::{dates, names, text};
use crate::error::{Error, FieldErrors, Result, Rule};
use chrono::NaiveDate as Date;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Onderwijstype. A closed set that is part of the IPC contract, so it derives `TS` here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum EducationType {
    /// Primair onderwijs (groep 1–8).
    Po,
    /// Speciaal basisonderwijs (groep 1–8).
    Sbo,
    /// Speciaal onderwijs (groep 1–8).
    So,
    /// Voortgezet onderwijs (leerjaar 1–6).
    Vo,
    /// Voortgezet speciaal onderwijs (leerjaar 1–6).
    Vso,
    /// Praktijkonderwijs (leerjaar 1–6).
    Pro,
}

/// Primary or secondary school: decides the words a document or screen uses (leerkracht/groep/
/// intern begeleider or docent/leerjaar/ondersteuningscoördinator). Sent over IPC so the UI
/// never derives it from the onderwijstype itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum SchoolStage {
    /// po, sbo, so.
    Primary,
    /// vo, vso, pro.
    Secondary,
}

/// The school's own words for its people and classes, per [`SchoolStage`] (Rust side; the UI has
/// the same words in `nl.json` under `wording.primary` / `wording.secondary`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wording {
    /// "leerkracht" / "docent".
    pub teacher: &'static str,
    /// "leerkrachten" / "docenten".
    pub teachers: &'static str,
    /// "groep" / "leerjaar".
    pub grade: &'static str,
    /// "intern begeleider" / "ondersteuningscoördinator".
    pub coordinator: &'static str,
    /// "leerkracht" / "mentor": who talks with the pupil and parents day to day.
    pub class_contact: &'static str,
}

impl SchoolStage {
    /// The words for this stage.
    pub fn wording(self) -> Wording {
        match self {
            SchoolStage::Primary => Wording {
                teacher: "leerkracht",
                teachers: "leerkrachten",
                grade: "groep",
                coordinator: "intern begeleider",
                class_contact: "leerkracht",
            },
            SchoolStage::Secondary => Wording {
                teacher: "docent",
                teachers: "docenten",
                grade: "leerjaar",
                coordinator: "ondersteuningscoördinator",
                class_contact: "mentor",
            },
        }
    }
}

impl EducationType {
    /// Every onderwijstype, in the order forms offer them.
    pub const ALL: [EducationType; 6] = [
        EducationType::Po,
        EducationType::Sbo,
        EducationType::So,
        EducationType::Vo,
        EducationType::Vso,
        EducationType::Pro,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EducationType::Po => "po",
            EducationType::Sbo => "sbo",
            EducationType::So => "so",
            EducationType::Vo => "vo",
            EducationType::Vso => "vso",
            EducationType::Pro => "pro",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value.trim().to_ascii_lowercase().as_str() {
            "po" => Some(EducationType::Po),
            "sbo" => Some(EducationType::Sbo),
            "so" => Some(EducationType::So),
            "vo" => Some(EducationType::Vo),
            "vso" => Some(EducationType::Vso),
            "pro" => Some(EducationType::Pro),
            _ => None,
        }
    }

    pub fn stage(self) -> SchoolStage {
        match self {
            EducationType::Po | EducationType::Sbo | EducationType::So => SchoolStage::Primary,
            EducationType::Vo | EducationType::Vso | EducationType::Pro => SchoolStage::Secondary,
        }
    }

    /// Primary-level types count in groepen 1–8, secondary in leerjaren 1–6.
    pub fn grade_range(self) -> (i64, i64) {
        match self.stage() {
            SchoolStage::Primary => (1, 8),
            SchoolStage::Secondary => (1, 6),
        }
    }

    /// Whether the pupil has a fixed aanspreekpunt (vo measure 5, DOMAIN.md §6).
    pub fn has_contact_person(self) -> bool {
        self.stage() == SchoolStage::Secondary
    }

    pub fn wording(self) -> Wording {
        self.stage().wording()
    }
}

/// Youngest and oldest plausible age for a pupil on the day of entry.
pub const MIN_AGE: i32 = 2;
pub const MAX_AGE: i32 = 21;
pub const NAME_MAX: usize = 100;
/// "van der", "in 't", "van de": short words; longer input is a typo in the wrong field.
pub const PREFIX_MAX: usize = 20;
pub const SCHOOL_MAX: usize = 200;
pub const NOTES_MAX: usize = 10_000;

/// Raw pupil fields as typed by a person.
#[derive(Debug, Clone)]
pub struct PupilDraft<'a> {
    pub first_name: &'a str,
    /// Tussenvoegsel ("de", "van der"); `None` or blank when the name has none.
    pub surname_prefix: Option<&'a str>,
    pub last_name: &'a str,
    pub birth_date: &'a str,
    pub education_type: EducationType,
    pub grade: i64,
    pub school: &'a str,
    pub contact_person: Option<&'a str>,
    pub notes: Option<&'a str>,
}

/// Pupil fields that passed every rule.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidPupil {
    pub first_name: String,
    pub surname_prefix: Option<String>,
    pub last_name: String,
    pub birth_date: Date,
    pub education_type: EducationType,
    pub grade: i64,
    pub school: String,
    pub contact_person: Option<String>,
    pub notes: Option<String>,
    pub search_key: String,
    /// See [`names::sort_key`].
    pub sort_key: String,
}

/// Validates a pupil against `today`. Errors name every failing field, in form order
/// (camelCase, as the UI's form fields).
pub fn validate(draft: &PupilDraft<'_>, today: Date) -> Result<ValidPupil> {
    let mut errors = FieldErrors::default();
    let first_name = errors.value(text::required_line("firstName", draft.first_name, NAME_MAX));
    let surname_prefix = errors.value(text::optional_line(
        "surnamePrefix",
        draft.surname_prefix,
        PREFIX_MAX,
    ));
    let last_name = errors.value(text::required_line("lastName", draft.last_name, NAME_MAX));
    let birth_date = errors.option(dates::parse_iso("birthDate", draft.birth_date));
    if let Some(birth_date) = birth_date {
        if birth_date > today {
            errors.push("birthDate", Rule::DateInFuture);
        } else if !(MIN_AGE..=MAX_AGE).contains(&dates::age_on(birth_date, today)) {
            errors.push("birthDate", Rule::AgeOutOfRange);
        }
    }
    let (low, high) = draft.education_type.grade_range();
    if !(low..=high).contains(&draft.grade) {
        errors.push("grade", Rule::GradeOutOfRange);
    }
    let school = errors
        .value(text::optional_line(
            "school",
            Some(draft.school),
            SCHOOL_MAX,
        ))
        .unwrap_or_default();
    let contact_person = errors.value(text::optional_line(
        "contactPerson",
        draft.contact_person,
        NAME_MAX,
    ));
    let notes = errors.value(text::optional_text("notes", draft.notes, NOTES_MAX));
    errors.finish()?;
    let birth_date = birth_date.ok_or(Error::Validation {
        field: "birthDate",
        rule: Rule::InvalidDate,
    })?;
    let prefix = surname_prefix.as_deref();
    let search_key = names::search_key(&first_name, prefix, &last_name);
    let sort_key = names::sort_key(&first_name, prefix, &last_name);
    Ok(ValidPupil {
        first_name,
        surname_prefix,
        last_name,
        birth_date,
        education_type: draft.education_type,
        grade: draft.grade,
        school,
        contact_person,
        notes,
        search_key,
        sort_key,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::ymd;

    fn draft(birth: &str) -> PupilDraft<'_> {
        PupilDraft {
            first_name: "Sanne",
            surname_prefix: Some("de"),
            last_name: "Vries",
            birth_date: birth,
            education_type: EducationType::Po,
            grade: 5,
            school: "OBS De Regenboog",
            contact_person: None,
            notes: None,
        }
    }

    fn rule_of(result: Result<ValidPupil>) -> Option<(&'static str, Rule)> {
        match result {
            Err(Error::Validation { field, rule }) => Some((field, rule)),
            _ => None,
        }
    }

    #[test]
    fn accepts_a_plausible_pupil() {
        let today = ymd(2026, 11, 23);
        let pupil = validate(&draft("2017-04-12"), today);
        assert!(pupil.is_ok());
    }

    #[test]
    fn refuses_future_and_implausible_birth_dates() {
        let today = ymd(2026, 11, 23);
        assert_eq!(
            rule_of(validate(&draft("2026-11-24"), today)),
            Some(("birthDate", Rule::DateInFuture))
        );
        // Day before the second birthday: 1 year old.
        assert_eq!(
            rule_of(validate(&draft("2024-11-24"), today)),
            Some(("birthDate", Rule::AgeOutOfRange))
        );
        // The second birthday itself is fine.
        assert!(validate(&draft("2024-11-23"), today).is_ok());
        // 22 today is too old; 21 and a day under 22 is fine.
        assert_eq!(
            rule_of(validate(&draft("2004-11-23"), today)),
            Some(("birthDate", Rule::AgeOutOfRange))
        );
        assert!(validate(&draft("2004-11-24"), today).is_ok());
        assert_eq!(
            rule_of(validate(&draft("2017-02-30"), today)),
            Some(("birthDate", Rule::InvalidDate))
        );
    }

    #[test]
    fn grade_must_fit_the_education_type() {
        let today = ymd(2026, 11, 23);
        let mut vo = draft("2012-01-01");
        vo.education_type = EducationType::Vo;
        vo.grade = 7;
        assert_eq!(
            rule_of(validate(&vo, today)),
            Some(("grade", Rule::GradeOutOfRange))
        );
        vo.grade = 6;
        assert!(validate(&vo, today).is_ok());
        let mut po = draft("2017-01-01");
        po.grade = 0;
        assert_eq!(
            rule_of(validate(&po, today)),
            Some(("grade", Rule::GradeOutOfRange))
        );
    }

    #[test]
    fn names_are_required() {
        let today = ymd(2026, 11, 23);
        let mut d = draft("2017-01-01");
        d.first_name = "  ";
        assert_eq!(
            rule_of(validate(&d, today)),
            Some(("firstName", Rule::Required))
        );
    }
}
