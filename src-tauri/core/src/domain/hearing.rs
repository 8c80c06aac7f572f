//! Hoorrecht (DOMAIN.md §6, Kamerstuk 36443): the hoorgesprek with the pupil and the parents'
//! zienswijze, and which values are valid. Both are records of the pupil (optionally of a casus),
//! whose words the casusoverzicht, the OPP and the TLV dossier quote: enter once.
//!
//! The pupil's own words are kept verbatim: only leading and trailing blanks go, line breaks,
//! any Unicode and emoji stay. A wish the school does not (fully) take over needs its reason —
//! disagreement is recorded, not hidden.

pub mod clock;

use crate::domain::pupil::{EducationType, SchoolStage};
use crate::domain::{dates, text};
use crate::error::{FieldErrors, Result, Rule};
use chrono::NaiveDate as Date;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Longest one-line text (who spoke with the pupil, a question, a kinddoel).
pub const LINE_MAX: usize = 300;
/// Longest free text (the pupil's words, a reason, the parents' view).
pub const TEXT_MAX: usize = 10_000;
/// Most answers, wishes or kinddoelen one record holds (a form has no more rows than this).
pub const ROWS_MAX: usize = 50;

/// When in the OPP's life the pupil or parents were heard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum HearingMoment {
    /// The OPP is drawn up.
    Opstellen,
    /// The OPP is adjusted.
    Bijstellen,
    /// The OPP is evaluated.
    Evaluatie,
    /// Not tied to an OPP moment (the yearly conversation, a first talk).
    Algemeen,
}

impl HearingMoment {
    pub const ALL: [HearingMoment; 4] = [
        HearingMoment::Opstellen,
        HearingMoment::Bijstellen,
        HearingMoment::Evaluatie,
        HearingMoment::Algemeen,
    ];

    /// The stored value (the `moment` column).
    pub fn as_str(self) -> &'static str {
        match self {
            HearingMoment::Opstellen => "opstellen",
            HearingMoment::Bijstellen => "bijstellen",
            HearingMoment::Evaluatie => "evaluatie",
            HearingMoment::Algemeen => "algemeen",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        HearingMoment::ALL.into_iter().find(|m| m.as_str() == value)
    }

    /// Dutch label for documents ("bij het opstellen van het plan").
    pub fn dutch(self) -> &'static str {
        match self {
            HearingMoment::Opstellen => "Opstellen",
            HearingMoment::Bijstellen => "Bijstellen",
            HearingMoment::Evaluatie => "Evaluatie",
            HearingMoment::Algemeen => "Algemeen",
        }
    }
}

/// Who else was there when the pupil was heard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum HearingSetting {
    /// The pupil alone with the person who held the conversation.
    Alone,
    /// With a parent or carer.
    WithParent,
    /// With the pupil's leerkracht (po) or mentor (vo).
    WithClassContact,
}

/// How the pupil's view was asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum HearingMethod {
    Gesprek,
    Tekening,
    Schaalvraag,
    Vragenlijst,
    Anders,
}

/// The age band of a question set (the template holds one set per band).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
pub enum AgeBand {
    /// Groep 1–4.
    #[serde(rename = "groep_1_4")]
    Groep1To4,
    /// Groep 5–8.
    #[serde(rename = "groep_5_8")]
    Groep5To8,
    /// Voortgezet onderwijs (vo, vso, pro).
    #[serde(rename = "vo")]
    Vo,
}

impl AgeBand {
    pub const ALL: [AgeBand; 3] = [AgeBand::Groep1To4, AgeBand::Groep5To8, AgeBand::Vo];

    /// The band that fits a pupil: primary groep 1–4 and 5–8, secondary the vo set. The
    /// person holding the conversation may switch it by hand (a young groep 5 pupil).
    pub fn for_pupil(education_type: EducationType, grade: i64) -> AgeBand {
        match education_type.stage() {
            SchoolStage::Primary if grade <= 4 => AgeBand::Groep1To4,
            SchoolStage::Primary => AgeBand::Groep5To8,
            SchoolStage::Secondary => AgeBand::Vo,
        }
    }

    pub fn dutch(self) -> &'static str {
        match self {
            AgeBand::Groep1To4 => "groep 1–4",
            AgeBand::Groep5To8 => "groep 5–8",
            AgeBand::Vo => "voortgezet onderwijs",
        }
    }
}

/// What the school does with a wish of the pupil or the parents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SchoolResponse {
    /// The school takes the wish over.
    Overnemen,
    /// Partly: the reason says which part and why.
    Deels,
    /// Not: the reason says why (the disagreement is recorded).
    Niet,
}

impl SchoolResponse {
    /// Whether the response needs a reason.
    pub fn needs_reason(self) -> bool {
        match self {
            SchoolResponse::Overnemen => false,
            SchoolResponse::Deels | SchoolResponse::Niet => true,
        }
    }

    pub fn dutch(self) -> &'static str {
        match self {
            SchoolResponse::Overnemen => "overgenomen",
            SchoolResponse::Deels => "deels overgenomen",
            SchoolResponse::Niet => "niet overgenomen",
        }
    }
}

/// One question as it was asked, with the pupil's answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HearingAnswer {
    /// The question as asked (copied from the question set, may be reworded).
    pub question: String,
    /// The pupil's own words, verbatim. Empty when the pupil did not answer.
    #[serde(default)]
    pub words: String,
    /// A smiley scale answer, 1 (sad) to 5 (happy), when the question used the scale.
    #[serde(default)]
    pub scale: Option<u8>,
}

/// A wish of the pupil or the parents, with what the school does with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Wish {
    /// The wish in their own words.
    pub words: String,
    /// `None` while the school has not decided yet.
    #[serde(default)]
    pub response: Option<SchoolResponse>,
    /// Why the school takes it over only partly or not; may explain an `overnemen` too.
    #[serde(default)]
    pub reason: Option<String>,
}

/// A hoorgesprek as entered: dates as ISO strings, texts as typed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PupilHearing {
    pub held_on: String,
    pub moment: HearingMoment,
    /// Who spoke with the pupil ("Anouk Jansen, intern begeleider").
    pub spoke_with: String,
    pub setting: HearingSetting,
    pub method: HearingMethod,
    /// What "anders" was, or a note on the method (a drawing of a dream classroom).
    #[serde(default)]
    pub method_note: Option<String>,
    pub age_band: AgeBand,
    #[serde(default)]
    pub answers: Vec<HearingAnswer>,
    #[serde(default)]
    pub wishes: Vec<Wish>,
    /// Kinddoelen in the child's words ("Ik ken de tafels van 1 tot 10").
    #[serde(default)]
    pub child_goals: Vec<String>,
    /// When the pupil was told what the school does with their words.
    #[serde(default)]
    pub feedback_on: Option<String>,
    /// How that was done ("samen het blad ‘Wat jij hebt verteld’ gelezen").
    #[serde(default)]
    pub feedback_how: Option<String>,
}

/// The parents' zienswijze at one moment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ParentView {
    pub given_on: String,
    pub moment: HearingMoment,
    /// Which guardians of the pupil gave this view (at least one).
    pub guardian_ids: Vec<String>,
    /// Their view, in their words.
    pub words: String,
    #[serde(default)]
    pub wishes: Vec<Wish>,
}

/// Validates a hoorgesprek held on `held_on` ≤ `today` by a pupil born `birth_date`. Every
/// failing field is named (`answers[1].scale`, `wishes[0].reason`).
pub fn validate_hearing(data: PupilHearing, birth_date: Date, today: Date) -> Result<PupilHearing> {
    let mut errors = FieldErrors::default();
    let held_on = errors.option(event_date("heldOn", &data.held_on, birth_date, today));
    let spoke_with = errors.value(text::required_line("spokeWith", &data.spoke_with, LINE_MAX));
    let method_note = errors.value(text::optional_text(
        "methodNote",
        data.method_note.as_deref(),
        TEXT_MAX,
    ));
    if data.answers.len() > ROWS_MAX {
        errors.push("answers", Rule::TooLong);
    }
    let mut answers = Vec::with_capacity(data.answers.len());
    for (row, answer) in data.answers.into_iter().enumerate() {
        let question = errors.row_value(
            &format!("answers[{row}].question"),
            text::required_line("question", &answer.question, LINE_MAX),
        );
        let words = errors.row_value(
            &format!("answers[{row}].words"),
            text::optional_text("words", Some(&answer.words), TEXT_MAX),
        );
        if let Some(scale) = answer.scale
            && !(1..=5).contains(&scale)
        {
            errors.push(format!("answers[{row}].scale"), Rule::OutOfRange);
        }
        answers.push(HearingAnswer {
            question,
            words: words.unwrap_or_default(),
            scale: answer.scale,
        });
    }
    let wishes = wishes(&mut errors, data.wishes);
    let child_goals = lines(&mut errors, "childGoals", data.child_goals);
    let feedback_on = errors.option(optional_date("feedbackOn", data.feedback_on.as_deref()));
    let feedback_on = match (feedback_on.flatten(), held_on) {
        (Some(feedback), _) if feedback > today => {
            errors.push("feedbackOn", Rule::DateInFuture);
            None
        }
        (Some(feedback), Some(held)) if feedback < held => {
            errors.push("feedbackOn", Rule::DateBeforeStart);
            None
        }
        (feedback, _) => feedback,
    };
    let feedback_how = errors.value(text::optional_text(
        "feedbackHow",
        data.feedback_how.as_deref(),
        TEXT_MAX,
    ));
    errors.finish()?;
    Ok(PupilHearing {
        held_on: held_on.map(dates::to_iso).unwrap_or_default(),
        moment: data.moment,
        spoke_with,
        setting: data.setting,
        method: data.method,
        method_note,
        age_band: data.age_band,
        answers,
        wishes,
        child_goals,
        feedback_on: feedback_on.map(dates::to_iso),
        feedback_how,
    })
}

/// Validates a zienswijze. Whether the guardian ids belong to the pupil is the use case's
/// check (it needs the store); here: at least one.
pub fn validate_parent_view(data: ParentView, birth_date: Date, today: Date) -> Result<ParentView> {
    let mut errors = FieldErrors::default();
    let given_on = errors.option(event_date("givenOn", &data.given_on, birth_date, today));
    let mut guardian_ids = data.guardian_ids;
    guardian_ids.sort();
    guardian_ids.dedup();
    if guardian_ids.is_empty() {
        errors.push("guardianIds", Rule::Required);
    }
    let words = errors.value(
        text::optional_text("words", Some(&data.words), TEXT_MAX).and_then(|words| {
            words.ok_or_else(|| crate::error::Error::validation("words", Rule::Required))
        }),
    );
    let wishes = wishes(&mut errors, data.wishes);
    errors.finish()?;
    Ok(ParentView {
        given_on: given_on.map(dates::to_iso).unwrap_or_default(),
        moment: data.moment,
        guardian_ids,
        words,
        wishes,
    })
}

/// A day something happened: a real date, not in the future, not before the pupil was born.
fn event_date(field: &'static str, value: &str, birth_date: Date, today: Date) -> Result<Date> {
    let date = dates::parse_iso(field, value)?;
    if date > today {
        return Err(crate::error::Error::validation(field, Rule::DateInFuture));
    }
    if date < birth_date {
        return Err(crate::error::Error::validation(
            field,
            Rule::DateBeforeBirth,
        ));
    }
    Ok(date)
}

fn optional_date(field: &'static str, value: Option<&str>) -> Result<Option<Date>> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(value) => dates::parse_iso(field, value).map(Some),
    }
}

/// Wishes: blank rows are dropped; a wish needs words, and a reason when the school takes it
/// over only partly or not.
fn wishes(errors: &mut FieldErrors, input: Vec<Wish>) -> Vec<Wish> {
    if input.len() > ROWS_MAX {
        errors.push("wishes", Rule::TooLong);
    }
    let mut wishes = Vec::with_capacity(input.len());
    for (row, wish) in input.into_iter().enumerate() {
        let reason_typed = wish.reason.as_deref().is_some_and(|r| !r.trim().is_empty());
        if wish.words.trim().is_empty() && wish.response.is_none() && !reason_typed {
            continue;
        }
        let words = errors.row_value(
            &format!("wishes[{row}].words"),
            text::optional_text("words", Some(&wish.words), TEXT_MAX),
        );
        if words.is_none() {
            errors.push(format!("wishes[{row}].words"), Rule::Required);
        }
        let reason = errors.row_value(
            &format!("wishes[{row}].reason"),
            text::optional_text("reason", wish.reason.as_deref(), TEXT_MAX),
        );
        if reason.is_none() && wish.response.is_some_and(SchoolResponse::needs_reason) {
            errors.push(format!("wishes[{row}].reason"), Rule::Required);
        }
        wishes.push(Wish {
            words: words.unwrap_or_default(),
            response: wish.response,
            reason,
        });
    }
    wishes
}

/// One-line entries (kinddoelen): blank ones are dropped, each at most [`LINE_MAX`].
fn lines(errors: &mut FieldErrors, field: &str, input: Vec<String>) -> Vec<String> {
    if input.len() > ROWS_MAX {
        errors.push(field.to_owned(), Rule::TooLong);
    }
    input
        .into_iter()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(row, line)| {
            errors.row_value(
                &format!("{field}[{row}]"),
                text::optional_text("line", Some(&line), LINE_MAX),
            )
        })
        .map(Option::unwrap_or_default)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::ymd;
    use crate::error::Error;

    fn hearing() -> PupilHearing {
        PupilHearing {
            held_on: "2026-11-20".into(),
            moment: HearingMoment::Opstellen,
            spoke_with: "Anouk Jansen, intern begeleider".into(),
            setting: HearingSetting::Alone,
            method: HearingMethod::Gesprek,
            method_note: None,
            age_band: AgeBand::Groep5To8,
            answers: vec![HearingAnswer {
                question: "Wat gaat goed?".into(),
                words: "  Rekenen 😀\nen buitenspelen!  ".into(),
                scale: Some(4),
            }],
            wishes: vec![Wish {
                words: "Een koptelefoon".into(),
                response: Some(SchoolResponse::Overnemen),
                reason: None,
            }],
            child_goals: vec!["Ik ken de tafels van 1 tot 10".into(), "  ".into()],
            feedback_on: None,
            feedback_how: None,
        }
    }

    fn fields(result: Result<PupilHearing>) -> Vec<(String, Rule)> {
        match result {
            Err(error @ (Error::Validation { .. } | Error::InvalidFields(_))) => error
                .field_errors()
                .into_iter()
                .map(|e| (e.field.into_owned(), e.rule))
                .collect(),
            other => panic!("expected field errors, got {other:?}"),
        }
    }

    #[test]
    fn the_age_band_follows_the_pupil() {
        assert_eq!(AgeBand::for_pupil(EducationType::Po, 2), AgeBand::Groep1To4);
        assert_eq!(
            AgeBand::for_pupil(EducationType::Sbo, 4),
            AgeBand::Groep1To4
        );
        assert_eq!(AgeBand::for_pupil(EducationType::So, 5), AgeBand::Groep5To8);
        assert_eq!(AgeBand::for_pupil(EducationType::Vo, 2), AgeBand::Vo);
        assert_eq!(AgeBand::for_pupil(EducationType::Pro, 1), AgeBand::Vo);
    }

    #[test]
    fn words_are_kept_verbatim_inside_and_blank_rows_go() {
        let valid = validate_hearing(hearing(), ymd(2016, 3, 1), ymd(2026, 11, 23))
            .expect("the sample hearing is valid");
        assert_eq!(valid.answers[0].words, "Rekenen 😀\nen buitenspelen!");
        assert_eq!(valid.child_goals, vec!["Ik ken de tafels van 1 tot 10"]);
    }

    #[test]
    fn a_wish_not_taken_over_needs_its_reason_and_every_field_is_named() {
        let mut data = hearing();
        data.wishes.push(Wish {
            words: "Alleen werken op de gang".into(),
            response: Some(SchoolResponse::Niet),
            reason: None,
        });
        data.answers[0].scale = Some(6);
        data.spoke_with = " ".into();
        data.held_on = "2026-11-24".into();
        assert_eq!(
            fields(validate_hearing(data, ymd(2016, 3, 1), ymd(2026, 11, 23))),
            vec![
                ("heldOn".to_owned(), Rule::DateInFuture),
                ("spokeWith".to_owned(), Rule::Required),
                ("answers[0].scale".to_owned(), Rule::OutOfRange),
                ("wishes[1].reason".to_owned(), Rule::Required),
            ]
        );
    }

    #[test]
    fn feedback_comes_after_the_conversation() {
        let mut data = hearing();
        data.feedback_on = Some("2026-11-19".into());
        assert_eq!(
            fields(validate_hearing(data, ymd(2016, 3, 1), ymd(2026, 11, 23))),
            vec![("feedbackOn".to_owned(), Rule::DateBeforeStart)]
        );
        let mut data = hearing();
        data.feedback_on = Some("2026-11-20".into());
        assert!(validate_hearing(data, ymd(2016, 3, 1), ymd(2026, 11, 23)).is_ok());
    }

    #[test]
    fn a_parent_view_needs_a_guardian_and_words() {
        let view = ParentView {
            given_on: "2026-11-31".into(),
            moment: HearingMoment::Algemeen,
            guardian_ids: vec![],
            words: "".into(),
            wishes: vec![],
        };
        let errors: Vec<(String, Rule)> =
            match validate_parent_view(view, ymd(2016, 3, 1), ymd(2026, 11, 23)) {
                Err(error) => error
                    .field_errors()
                    .into_iter()
                    .map(|e| (e.field.into_owned(), e.rule))
                    .collect(),
                Ok(_) => panic!("invalid view accepted"),
            };
        assert_eq!(
            errors,
            vec![
                ("givenOn".to_owned(), Rule::InvalidDate),
                ("guardianIds".to_owned(), Rule::Required),
                ("words".to_owned(), Rule::Required),
            ]
        );
    }
}
