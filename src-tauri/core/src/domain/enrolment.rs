//! Aanmelding and zorgplicht (DOMAIN.md §9): a pupil's written aanmelding at the school, the
//! ondersteuningsvraag and the research done, at most one extension of the decision termijn, and
//! the decision. The law's limits are refused here with a field error whose rule names them:
//! a second extension ([`Rule::SecondExtension`]), an extension of more than four weeks
//! ([`Rule::ExtensionTooLong`]) and a refusal without another school that admits the pupil
//! ([`Rule::ZorgplichtNoOtherSchool`]). Tijdelijke plaatsing is a fact the clock derives, never
//! something a person chooses.

pub mod clock;

use crate::domain::{dates, text};
use crate::error::{Error, Result, Rule};
use chrono::NaiveDate as Date;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Longest one-line text (the other school's name).
pub const LINE_MAX: usize = 300;
/// Longest free text (the ondersteuningsvraag, the research, a reason).
pub const TEXT_MAX: usize = 10_000;

/// The school's decision on an aanmelding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum EnrolmentOutcome {
    /// Toegelaten: the pupil is admitted.
    Toegelaten,
    /// Afgewezen: refused, with the other school that admits the pupil (zorgplicht).
    Afgewezen,
}

impl EnrolmentOutcome {
    /// Dutch label.
    pub fn dutch(self) -> &'static str {
        match self {
            EnrolmentOutcome::Toegelaten => "toegelaten",
            EnrolmentOutcome::Afgewezen => "afgewezen",
        }
    }
}

/// Where an aanmelding stands (the `status` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum EnrolmentStatus {
    /// No decision yet.
    Open,
    Toegelaten,
    Afgewezen,
}

impl EnrolmentStatus {
    /// The stored value.
    pub fn as_str(self) -> &'static str {
        match self {
            EnrolmentStatus::Open => "open",
            EnrolmentStatus::Toegelaten => "toegelaten",
            EnrolmentStatus::Afgewezen => "afgewezen",
        }
    }
}

/// The one extension of the decision termijn (parents are informed in writing).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EnrolmentExtension {
    /// The day the school extended (ISO).
    pub extended_on: String,
    /// Why more time is needed (the research still running).
    pub reason: String,
    /// The new decision date (ISO): at most four weeks after the original deadline.
    pub new_decision_date: String,
}

/// The decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EnrolmentDecision {
    pub outcome: EnrolmentOutcome,
    /// The decision date (ISO).
    pub decided_on: String,
    /// The school that will admit the pupil; required when refused.
    #[serde(default)]
    pub other_school: Option<String>,
    /// An explanation of the decision.
    #[serde(default)]
    pub note: Option<String>,
}

/// The aanmelding as entered: dates ISO, texts as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EnrolmentDetails {
    /// The day the written aanmelding was received (ISO): the clock starts here.
    pub received_on: String,
    /// The ondersteuningsvraag.
    pub support_question: String,
    /// The research the school did (what was asked, whom, what it showed).
    #[serde(default)]
    pub research: Option<String>,
}

/// The stored aanmelding: details, the extension and the decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Enrolment {
    #[serde(flatten)]
    pub details: EnrolmentDetails,
    #[serde(default)]
    pub extension: Option<EnrolmentExtension>,
    #[serde(default)]
    pub decision: Option<EnrolmentDecision>,
}

impl Enrolment {
    /// The status the decision gives.
    pub fn status(&self) -> EnrolmentStatus {
        match self.decision.as_ref().map(|d| d.outcome) {
            None => EnrolmentStatus::Open,
            Some(EnrolmentOutcome::Toegelaten) => EnrolmentStatus::Toegelaten,
            Some(EnrolmentOutcome::Afgewezen) => EnrolmentStatus::Afgewezen,
        }
    }

    /// The receipt date (stored valid).
    pub fn received(&self) -> Result<Date> {
        stored_date(&self.details.received_on)
    }

    /// The extension's new decision date (stored valid).
    pub fn extended_to(&self) -> Result<Option<Date>> {
        self.extension
            .as_ref()
            .map(|e| stored_date(&e.new_decision_date))
            .transpose()
    }

    /// The decision date (stored valid).
    pub fn decided_on(&self) -> Result<Option<Date>> {
        self.decision
            .as_ref()
            .map(|d| stored_date(&d.decided_on))
            .transpose()
    }
}

/// Validates the details: a receipt date not in the future, a required ondersteuningsvraag.
/// An edit may not move the receipt after a decision or extension already taken.
pub fn validate_details(
    input: EnrolmentDetails,
    current: Option<&Enrolment>,
    today: Date,
) -> Result<EnrolmentDetails> {
    let received = dates::parse_iso("receivedOn", &input.received_on)?;
    if received > today {
        return Err(Error::validation("receivedOn", Rule::DateInFuture));
    }
    if let Some(current) = current {
        let later = [
            current.extension.as_ref().map(|e| e.extended_on.as_str()),
            current.decision.as_ref().map(|d| d.decided_on.as_str()),
        ];
        if later
            .into_iter()
            .flatten()
            .any(|day| day < input.received_on.trim())
        {
            return Err(Error::validation("receivedOn", Rule::OutOfRange));
        }
        if let Some(extension) = &current.extension {
            let new_date = stored_date(&extension.new_decision_date)?;
            if !clock::extension_date_allowed(received, new_date) {
                return Err(Error::validation("receivedOn", Rule::OutOfRange));
            }
        }
    }
    Ok(EnrolmentDetails {
        received_on: dates::to_iso(received),
        support_question: text::optional_text(
            "supportQuestion",
            Some(&input.support_question),
            TEXT_MAX,
        )?
        .ok_or(Error::validation("supportQuestion", Rule::Required))?,
        research: text::optional_text("research", input.research.as_deref(), TEXT_MAX)?,
    })
}

/// Validates an extension of `current`: only one, only while undecided, given on or before the
/// original deadline and not before receipt, with a reason, and a new date after the original
/// deadline and at most four weeks after it.
pub fn validate_extension(
    current: &Enrolment,
    input: EnrolmentExtension,
    today: Date,
) -> Result<EnrolmentExtension> {
    if current.extension.is_some() {
        return Err(Error::validation("extension", Rule::SecondExtension));
    }
    if current.decision.is_some() {
        return Err(Error::InvalidTransition("enrolment already decided"));
    }
    let received = current.received()?;
    let extended_on = dates::parse_iso("extendedOn", &input.extended_on)?;
    if extended_on > today {
        return Err(Error::validation("extendedOn", Rule::DateInFuture));
    }
    if extended_on < received {
        return Err(Error::validation("extendedOn", Rule::DateBeforeStart));
    }
    if extended_on > clock::decision_deadline(received) {
        return Err(Error::validation("extendedOn", Rule::OutOfRange));
    }
    let reason = text::optional_text("reason", Some(&input.reason), TEXT_MAX)?
        .ok_or(Error::validation("reason", Rule::Required))?;
    let new_date = dates::parse_iso("newDecisionDate", &input.new_decision_date)?;
    if !clock::extension_date_allowed(received, new_date) {
        return Err(Error::validation("newDecisionDate", Rule::ExtensionTooLong));
    }
    Ok(EnrolmentExtension {
        extended_on: dates::to_iso(extended_on),
        reason,
        new_decision_date: dates::to_iso(new_date),
    })
}

/// Validates the decision on `current`: a date from receipt up to today, and for a refusal the
/// other school that admits the pupil (zorgplicht).
pub fn validate_decision(
    current: &Enrolment,
    input: EnrolmentDecision,
    today: Date,
) -> Result<EnrolmentDecision> {
    if current.decision.is_some() {
        return Err(Error::InvalidTransition("enrolment already decided"));
    }
    let decided_on = dates::parse_iso("decidedOn", &input.decided_on)?;
    if decided_on > today {
        return Err(Error::validation("decidedOn", Rule::DateInFuture));
    }
    if decided_on < current.received()? {
        return Err(Error::validation("decidedOn", Rule::DateBeforeStart));
    }
    let other_school = text::optional_line("otherSchool", input.other_school.as_deref(), LINE_MAX)?;
    if input.outcome == EnrolmentOutcome::Afgewezen && other_school.is_none() {
        return Err(Error::validation(
            "otherSchool",
            Rule::ZorgplichtNoOtherSchool,
        ));
    }
    Ok(EnrolmentDecision {
        outcome: input.outcome,
        decided_on: dates::to_iso(decided_on),
        other_school: match input.outcome {
            EnrolmentOutcome::Afgewezen => other_school,
            EnrolmentOutcome::Toegelaten => None,
        },
        note: text::optional_text("note", input.note.as_deref(), TEXT_MAX)?,
    })
}

/// A date the store holds was validated on the way in; unreadable is damage.
fn stored_date(value: &str) -> Result<Date> {
    dates::parse_iso("date", value).map_err(|_| Error::Corrupt("enrolment date".into()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::ymd;

    fn open() -> Enrolment {
        Enrolment {
            details: EnrolmentDetails {
                received_on: "2026-09-01".into(),
                support_question: "Ondersteuning bij lezen".into(),
                research: None,
            },
            extension: None,
            decision: None,
        }
    }

    fn extension(new_date: &str) -> EnrolmentExtension {
        EnrolmentExtension {
            extended_on: "2026-10-01".into(),
            reason: "Onderzoek loopt nog".into(),
            new_decision_date: new_date.into(),
        }
    }

    fn rule_of(result: Result<impl std::fmt::Debug>) -> Option<(String, Rule)> {
        match result {
            Err(Error::Validation { field, rule }) => Some((field.to_string(), rule)),
            _ => None,
        }
    }

    const TODAY: fn() -> Date = || ymd(2026, 12, 1);

    #[test]
    fn one_extension_of_at_most_four_weeks() {
        let valid = validate_extension(&open(), extension("2026-11-10"), TODAY());
        assert_eq!(
            valid.map(|e| e.new_decision_date).ok().as_deref(),
            Some("2026-11-10")
        );
        assert_eq!(
            rule_of(validate_extension(
                &open(),
                extension("2026-11-11"),
                TODAY()
            )),
            Some(("newDecisionDate".into(), Rule::ExtensionTooLong))
        );
    }

    #[test]
    fn a_second_extension_is_refused_with_the_legal_rule() {
        let mut extended = open();
        extended.extension = Some(extension("2026-10-20"));
        assert_eq!(
            rule_of(validate_extension(
                &extended,
                extension("2026-11-03"),
                TODAY()
            )),
            Some(("extension".into(), Rule::SecondExtension))
        );
        assert!(Rule::SecondExtension.dutch().contains("WPO art. 40 lid 6"));
    }

    #[test]
    fn an_extension_after_the_deadline_is_too_late() {
        let mut late = extension("2026-11-03");
        late.extended_on = "2026-10-13".into();
        assert!(validate_extension(&open(), late.clone(), TODAY()).is_ok());
        late.extended_on = "2026-10-14".into();
        assert_eq!(
            rule_of(validate_extension(&open(), late, TODAY())),
            Some(("extendedOn".into(), Rule::OutOfRange))
        );
    }

    #[test]
    fn refusing_needs_another_school() {
        let refusal = EnrolmentDecision {
            outcome: EnrolmentOutcome::Afgewezen,
            decided_on: "2026-10-10".into(),
            other_school: Some("  ".into()),
            note: None,
        };
        assert_eq!(
            rule_of(validate_decision(&open(), refusal.clone(), TODAY())),
            Some(("otherSchool".into(), Rule::ZorgplichtNoOtherSchool))
        );
        assert!(Rule::ZorgplichtNoOtherSchool.dutch().contains("zorgplicht"));
        let named = EnrolmentDecision {
            other_school: Some("SBO De Brug".into()),
            ..refusal
        };
        assert!(validate_decision(&open(), named, TODAY()).is_ok());
    }

    #[test]
    fn admitting_needs_no_other_school_and_drops_one() {
        let admitted = EnrolmentDecision {
            outcome: EnrolmentOutcome::Toegelaten,
            decided_on: "2026-10-10".into(),
            other_school: Some("SBO De Brug".into()),
            note: None,
        };
        let valid = validate_decision(&open(), admitted, TODAY()).ok();
        assert_eq!(valid.and_then(|d| d.other_school), None);
    }

    #[test]
    fn a_decision_before_receipt_or_in_the_future_is_refused() {
        let mut decision = EnrolmentDecision {
            outcome: EnrolmentOutcome::Toegelaten,
            decided_on: "2026-08-31".into(),
            other_school: None,
            note: None,
        };
        assert_eq!(
            rule_of(validate_decision(&open(), decision.clone(), TODAY())),
            Some(("decidedOn".into(), Rule::DateBeforeStart))
        );
        decision.decided_on = "2026-12-02".into();
        assert_eq!(
            rule_of(validate_decision(&open(), decision, TODAY())),
            Some(("decidedOn".into(), Rule::DateInFuture))
        );
    }

    #[test]
    fn details_need_a_support_question_and_a_past_receipt() {
        let mut details = open().details;
        details.support_question = " ".into();
        assert_eq!(
            rule_of(validate_details(details.clone(), None, TODAY())),
            Some(("supportQuestion".into(), Rule::Required))
        );
        details.support_question = "Vraag".into();
        details.received_on = "2026-12-02".into();
        assert_eq!(
            rule_of(validate_details(details, None, TODAY())),
            Some(("receivedOn".into(), Rule::DateInFuture))
        );
    }
}
