//! Validation of a dispute's four forms — opening, a step record, skipping a step and closing —
//! each reporting every failing field at once. The safety answer is checked first: concern
//! about a child's safety never opens a dispute ([`Rule::SafetyFollowsMeldcode`]).

use super::{
    Concern, DisputeClosing, DisputeLink, DisputeSubject, Escalation, LINE_MAX, StepRecord,
    StepSkip, TEXT_MAX,
};
use crate::domain::{dates, text};
use crate::error::{Error, FieldErrors, Result, Rule};
use chrono::NaiveDate as Date;

/// The opening form as entered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opening<'a> {
    pub concern: Concern,
    pub subject: DisputeSubject,
    pub opened_on: &'a str,
    pub opened_by: &'a str,
    pub description: &'a str,
    pub link: Option<DisputeLink>,
    pub decision_on: Option<&'a str>,
}

/// The opening form, as validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidOpening {
    pub subject: DisputeSubject,
    pub opened_on: Date,
    pub opened_by: String,
    pub description: String,
    pub link: Option<DisputeLink>,
    /// The decision date as entered; the caller fills it from the link when empty.
    pub decision_on: Option<Date>,
}

/// Validates the opening of a dispute. `safety` is refused with
/// [`Rule::SafetyFollowsMeldcode`] on the field `concern` before anything else is looked at;
/// then the opening date (not in the future), who opened it, the description and the decision
/// date (a real date, not in the future).
pub fn validate_open(input: Opening<'_>, today: Date) -> Result<ValidOpening> {
    if input.concern == Concern::Safety {
        return Err(Error::validation("concern", Rule::SafetyFollowsMeldcode));
    }
    let mut errors = FieldErrors::default();
    let opened = errors.option(
        past_date("openedOn", Some(input.opened_on), today)
            .and_then(|day| day.ok_or(Error::validation("openedOn", Rule::Required))),
    );
    let by = errors.option(text::required_line("openedBy", input.opened_by, LINE_MAX));
    let description = errors.option(required_text("description", input.description));
    let decision = errors.option(past_date("decisionOn", input.decision_on, today));
    errors.finish()?;
    Ok(ValidOpening {
        subject: input.subject,
        opened_on: opened.unwrap_or(today),
        opened_by: by.unwrap_or_default(),
        description: description.unwrap_or_default(),
        link: input.link,
        decision_on: decision.flatten(),
    })
}

/// Validates a step record on an open dispute whose ladder has `ladder` keys: a step of this
/// ladder, dated from the opening up to today, with who and what.
pub fn validate_record(
    current: &Escalation,
    input: StepRecord,
    ladder: &[&str],
    today: Date,
) -> Result<StepRecord> {
    let opened = open_since(current)?;
    let mut errors = FieldErrors::default();
    if !ladder.contains(&input.step.as_str()) {
        errors.push("step", Rule::StepNotOnLadder);
    }
    let on = errors.option(dated("on", &input.on, opened, today));
    let who = errors.option(text::required_line("who", &input.who, LINE_MAX));
    let what = errors.option(required_text("what", &input.what));
    let outcome = errors.option(text::optional_text(
        "outcome",
        input.outcome.as_deref(),
        TEXT_MAX,
    ));
    let next_step = errors.option(text::optional_text(
        "nextStep",
        input.next_step.as_deref(),
        TEXT_MAX,
    ));
    errors.finish()?;
    Ok(StepRecord {
        step: input.step,
        on: on.map(dates::to_iso).unwrap_or_default(),
        who: who.unwrap_or_default(),
        what: what.unwrap_or_default(),
        outcome: outcome.flatten(),
        next_step: next_step.flatten(),
        completes_step: input.completes_step,
    })
}

/// Validates skipping a step: a step of this ladder not yet done or skipped, dated from the
/// opening up to today, with a reason (required).
pub fn validate_skip(
    current: &Escalation,
    input: StepSkip,
    ladder: &[&str],
    today: Date,
) -> Result<StepSkip> {
    let opened = open_since(current)?;
    let mut errors = FieldErrors::default();
    if !ladder.contains(&input.step.as_str()) {
        errors.push("step", Rule::StepNotOnLadder);
    } else if current.step_done(&input.step) || current.step_skipped(&input.step) {
        return Err(Error::InvalidTransition(
            "the step is already done or skipped",
        ));
    }
    let on = errors.option(dated("on", &input.on, opened, today));
    let reason = errors.option(required_text("reason", &input.reason));
    errors.finish()?;
    Ok(StepSkip {
        step: input.step,
        on: on.map(dates::to_iso).unwrap_or_default(),
        reason: reason.unwrap_or_default(),
    })
}

/// Validates closing an open dispute: dated from the opening up to today, with an optional note.
pub fn validate_close(
    current: &Escalation,
    input: DisputeClosing,
    today: Date,
) -> Result<DisputeClosing> {
    let opened = open_since(current)?;
    let mut errors = FieldErrors::default();
    let on = errors.option(dated("on", &input.on, opened, today));
    let note = errors.option(text::optional_text("note", input.note.as_deref(), TEXT_MAX));
    errors.finish()?;
    Ok(DisputeClosing {
        outcome: input.outcome,
        on: on.map(dates::to_iso).unwrap_or_default(),
        note: note.flatten(),
    })
}

/// The opening date of a dispute that is still open; a closed one is read-only.
fn open_since(current: &Escalation) -> Result<Date> {
    if !current.is_open() {
        return Err(Error::InvalidTransition("a closed dispute is read-only"));
    }
    current.opened()
}

/// A required date from `from` up to `today`.
fn dated(field: &'static str, input: &str, from: Date, today: Date) -> Result<Date> {
    let day = dates::parse_iso(field, input)?;
    if day > today {
        return Err(Error::validation(field, Rule::DateInFuture));
    }
    if day < from {
        return Err(Error::validation(field, Rule::DateBeforeStart));
    }
    Ok(day)
}

/// A required multi-line text.
fn required_text(field: &'static str, input: &str) -> Result<String> {
    text::optional_text(field, Some(input), TEXT_MAX)?
        .ok_or(Error::validation(field, Rule::Required))
}

/// An optional ISO date that may not lie after `today`.
fn past_date(field: &'static str, input: Option<&str>, today: Date) -> Result<Option<Date>> {
    let Some(value) = input.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    let day = dates::parse_iso(field, value)?;
    if day > today {
        return Err(Error::validation(field, Rule::DateInFuture));
    }
    Ok(Some(day))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::ymd;

    fn opening(concern: Concern) -> Opening<'static> {
        Opening {
            concern,
            subject: DisputeSubject::Opp,
            opened_on: "2026-11-02",
            opened_by: "intern begeleider",
            description: "Ouders zijn het niet eens met het OPP.",
            link: None,
            decision_on: Some("2026-10-20"),
        }
    }

    fn open_dispute() -> Escalation {
        Escalation {
            subject: DisputeSubject::Opp,
            opened_on: "2026-11-02".into(),
            opened_by: "ib".into(),
            description: "x".into(),
            link: None,
            decision_on: None,
            template_id: "landelijk".into(),
            template_version: 1,
            records: Vec::new(),
            skips: Vec::new(),
            closing: None,
        }
    }

    fn record(step: &str, on: &str) -> StepRecord {
        StepRecord {
            step: step.into(),
            on: on.into(),
            who: "ouders en leerkracht".into(),
            what: "Gesprek".into(),
            outcome: None,
            next_step: None,
            completes_step: true,
        }
    }

    const TODAY: Date = ymd(2026, 12, 1);
    const LADDER: &[&str] = &["gesprek_leerkracht", "gesprek_school"];

    #[test]
    fn safety_is_refused_with_the_meldcode_rule() {
        let error = validate_open(opening(Concern::Safety), TODAY).unwrap_err();
        assert_eq!(error.field_errors()[0].field, "concern");
        assert_eq!(error.field_errors()[0].rule, Rule::SafetyFollowsMeldcode);
        assert!(Rule::SafetyFollowsMeldcode.dutch().contains("meldcode"));
        assert!(validate_open(opening(Concern::Disagreement), TODAY).is_ok());
    }

    #[test]
    fn impossible_and_future_dates_are_refused_per_field() {
        let mut input = opening(Concern::Disagreement);
        input.opened_on = "2026-02-30";
        input.decision_on = Some("2026-12-02");
        input.opened_by = " ";
        let fields: Vec<_> = validate_open(input, TODAY)
            .unwrap_err()
            .field_errors()
            .into_iter()
            .map(|e| (e.field.into_owned(), e.rule))
            .collect();
        assert_eq!(
            fields,
            vec![
                ("openedOn".to_owned(), Rule::InvalidDate),
                ("openedBy".to_owned(), Rule::Required),
                ("decisionOn".to_owned(), Rule::DateInFuture),
            ]
        );
    }

    #[test]
    fn a_record_before_opening_or_off_the_ladder_is_refused() {
        let dispute = open_dispute();
        let error = validate_record(
            &dispute,
            record("gesprek_leerkracht", "2026-11-01"),
            LADDER,
            TODAY,
        )
        .unwrap_err();
        assert_eq!(error.field_errors()[0].rule, Rule::DateBeforeStart);
        let error = validate_record(
            &dispute,
            record("veilig_thuis", "2026-11-02"),
            LADDER,
            TODAY,
        )
        .unwrap_err();
        assert_eq!(error.field_errors()[0].field, "step");
        assert_eq!(error.field_errors()[0].rule, Rule::StepNotOnLadder);
        assert!(
            validate_record(
                &dispute,
                record("gesprek_leerkracht", "2026-11-02"),
                LADDER,
                TODAY
            )
            .is_ok()
        );
    }

    #[test]
    fn a_skip_needs_a_reason_and_happens_once() {
        let mut dispute = open_dispute();
        let skip = |reason: &str| StepSkip {
            step: "gesprek_leerkracht".into(),
            on: "2026-11-03".into(),
            reason: reason.into(),
        };
        let error = validate_skip(&dispute, skip(" "), LADDER, TODAY).unwrap_err();
        assert_eq!(error.field_errors()[0].field, "reason");
        dispute.skips.push(skip("Leerkracht is ziek"));
        assert!(matches!(
            validate_skip(&dispute, skip("nog eens"), LADDER, TODAY),
            Err(Error::InvalidTransition(_))
        ));
    }

    #[test]
    fn a_closed_dispute_is_read_only() {
        let mut dispute = open_dispute();
        let closing = DisputeClosing {
            outcome: super::super::DisputeOutcome::ResolvedAtSchool,
            on: "2026-11-20".into(),
            note: None,
        };
        dispute.closing = Some(validate_close(&dispute, closing.clone(), TODAY).expect("valid"));
        assert!(matches!(
            validate_close(&dispute, closing, TODAY),
            Err(Error::InvalidTransition(_))
        ));
        assert!(matches!(
            validate_record(
                &dispute,
                record("gesprek_leerkracht", "2026-11-21"),
                LADDER,
                TODAY
            ),
            Err(Error::InvalidTransition(_))
        ));
    }

    #[test]
    fn where_the_case_is_now() {
        let mut dispute = open_dispute();
        assert_eq!(dispute.current_step(LADDER), Some("gesprek_leerkracht"));
        dispute.records.push(StepRecord {
            completes_step: false,
            ..record("gesprek_leerkracht", "2026-11-02")
        });
        assert_eq!(dispute.current_step(LADDER), Some("gesprek_leerkracht"));
        dispute
            .records
            .push(record("gesprek_leerkracht", "2026-11-03"));
        assert_eq!(dispute.current_step(LADDER), Some("gesprek_school"));
        dispute.skips.push(StepSkip {
            step: "gesprek_school".into(),
            on: "2026-11-04".into(),
            reason: "Directie al betrokken".into(),
        });
        // Every step done or skipped: the last one recorded.
        assert_eq!(dispute.current_step(LADDER), Some("gesprek_leerkracht"));
    }
}
