//! Validation of a TLV's three forms — the aanvraag, the SWV's decision and a bezwaar — each
//! reporting every failing field at once (`experts[1].advisedOn`). What the law asks of the SWV
//! is warned about elsewhere ([`super::warnings`]); what is simply wrong is refused here.

use super::{
    EXPERTS_MAX, Expert, LINE_MAX, ParentStance, ParentsPosition, SCHOOL_YEARS_MAX, TEXT_MAX, Tlv,
    TlvDecision, TlvObjection, TlvOutcome, TlvRequest, clock, number, stored_date,
};
use crate::domain::{dates, text};
use crate::error::{Error, FieldErrors, Result, Rule};
use chrono::NaiveDate as Date;

/// Validates the aanvraag: a required ondersteuningsvraag, dates not in the future, at most
/// [`EXPERTS_MAX`] deskundigen each with a name and an advice date, a parents' date when their
/// position is known, and (for an edit of a decided TLV) an aanvraag date not after the
/// decision. Every failing field is reported at once.
pub fn validate_request(
    input: TlvRequest,
    decided_on: Option<Date>,
    today: Date,
) -> Result<TlvRequest> {
    let mut errors = FieldErrors::default();
    let applied_on = errors.option(past_date("appliedOn", input.applied_on.as_deref(), today));
    if let (Some(Some(applied)), Some(decided)) = (applied_on, decided_on)
        && applied > decided
    {
        errors.push("appliedOn", Rule::OutOfRange);
    }
    let support_question = errors.option(
        text::optional_text("supportQuestion", Some(&input.support_question), TEXT_MAX)
            .and_then(|t| t.ok_or(Error::validation("supportQuestion", Rule::Required))),
    );
    let cluster_note = errors.option(text::optional_line(
        "clusterNote",
        input.cluster_note.as_deref(),
        LINE_MAX,
    ));
    if input.experts.len() > EXPERTS_MAX {
        errors.push("experts", Rule::OutOfRange);
    }
    let experts: Vec<Expert> = input
        .experts
        .iter()
        .enumerate()
        .map(|(index, expert)| validate_expert(&mut errors, index, expert, today))
        .collect();
    let parents = errors.option(validate_parents(&input.parents, today));
    let checked: Vec<String> = input
        .checked
        .iter()
        .map(|key| key.trim().to_owned())
        .filter(|key| !key.is_empty())
        .collect();
    errors.finish()?;
    Ok(TlvRequest {
        kind: input.kind,
        applied_on: applied_on.flatten().map(dates::to_iso),
        support_question: support_question.unwrap_or_default(),
        cluster_note: cluster_note.flatten(),
        renewal: input.renewal,
        experts,
        parents: parents.unwrap_or_default(),
        checked,
    })
}

fn validate_expert(errors: &mut FieldErrors, index: usize, expert: &Expert, today: Date) -> Expert {
    let at = |field: &str| format!("experts[{index}].{field}");
    let name = errors.row_value(
        &at("name"),
        text::required_line("name", &expert.name, LINE_MAX),
    );
    let advised_on = errors.row_value(
        &at("advisedOn"),
        past_date("advisedOn", Some(&expert.advised_on), today)
            .and_then(|day| day.ok_or(Error::validation("advisedOn", Rule::Required)))
            .map(|day| Some(dates::to_iso(day))),
    );
    let advice = errors.row_value(
        &at("advice"),
        text::optional_text("advice", expert.advice.as_deref(), TEXT_MAX),
    );
    Expert {
        name,
        discipline: expert.discipline,
        advised_on: advised_on.unwrap_or_default(),
        independent: expert.independent,
        advice,
    }
}

fn validate_parents(input: &ParentsPosition, today: Date) -> Result<ParentsPosition> {
    let on = past_date("parents.on", input.on.as_deref(), today)?;
    let note = text::optional_text("parents.note", input.note.as_deref(), TEXT_MAX)?;
    if input.stance != ParentStance::NotYet && on.is_none() {
        return Err(Error::validation("parents.on", Rule::Required));
    }
    Ok(ParentsPosition {
        stance: input.stance,
        on: on.map(dates::to_iso),
        note,
    })
}

/// Validates a decision on `current`: once, after the aanvraag was sent, dated from the aanvraag
/// up to today, with a well-formed beschikkingsnummer; when granted a begin date and a number of
/// whole school years, and for so/vso the category (sbo has none).
pub fn validate_decision(current: &Tlv, input: TlvDecision, today: Date) -> Result<TlvDecision> {
    if current.decision.is_some() {
        return Err(Error::InvalidTransition("tlv already decided"));
    }
    let Some(applied) = &current.request.applied_on else {
        return Err(Error::validation("appliedOn", Rule::Required));
    };
    let applied = stored_date(applied)?;
    let mut errors = FieldErrors::default();
    let decided_on = errors.option(dates::parse_iso("decidedOn", &input.decided_on));
    match decided_on {
        Some(day) if day > today => errors.push("decidedOn", Rule::DateInFuture),
        Some(day) if day < applied => errors.push("decidedOn", Rule::DateBeforeStart),
        _ => {}
    }
    let number = errors.option(number::validate("decisionNumber", &input.decision_number));
    let granted = input.outcome == TlvOutcome::Toegekend;
    let kind = current.request.kind;
    let category = match (granted, kind.has_category(), input.category) {
        (true, true, None) => {
            errors.push("category", Rule::Required);
            None
        }
        (_, false, Some(_)) => {
            errors.push("category", Rule::OutOfRange);
            None
        }
        (true, true, category) => category,
        (true, false, None) | (false, _, _) => None,
    };
    let starts_on = match (granted, &input.starts_on) {
        (true, None) => {
            errors.push("startsOn", Rule::Required);
            None
        }
        (true, Some(start)) => errors.option(dates::parse_iso("startsOn", start)),
        (false, _) => None,
    };
    if let (Some(start), Some(decided)) = (starts_on, decided_on)
        && clock::end_date(start, 1) < decided
    {
        errors.push("startsOn", Rule::OutOfRange);
    }
    let school_years = match (granted, input.school_years) {
        (true, Some(years)) if (1..=SCHOOL_YEARS_MAX).contains(&years) => Some(years),
        (true, Some(_)) => {
            errors.push("schoolYears", Rule::OutOfRange);
            None
        }
        (true, None) => {
            errors.push("schoolYears", Rule::Required);
            None
        }
        (false, _) => None,
    };
    let note = errors.option(text::optional_text("note", input.note.as_deref(), TEXT_MAX));
    errors.finish()?;
    Ok(TlvDecision {
        outcome: input.outcome,
        decided_on: decided_on.map(dates::to_iso).unwrap_or_default(),
        decision_number: number.unwrap_or_default(),
        category,
        starts_on: starts_on.map(dates::to_iso),
        school_years,
        note: note.flatten(),
    })
}

/// Validates a bezwaar on a decided TLV: filed on or after the decision and not in the future;
/// an outcome needs its date and the other way round, not before filing.
pub fn validate_objection(current: &Tlv, input: TlvObjection, today: Date) -> Result<TlvObjection> {
    let Some(decided) = current.decided_on()? else {
        return Err(Error::InvalidTransition("no decision to object to"));
    };
    let mut errors = FieldErrors::default();
    let filed = errors.option(dates::parse_iso("filedOn", &input.filed_on));
    match filed {
        Some(day) if day > today => errors.push("filedOn", Rule::DateInFuture),
        Some(day) if day < decided => errors.push("filedOn", Rule::DateBeforeStart),
        _ => {}
    }
    let by = errors.option(text::required_line("by", &input.by, LINE_MAX));
    let note = errors.option(text::optional_text("note", input.note.as_deref(), TEXT_MAX));
    let decided_on = errors.option(past_date("decidedOn", input.decided_on.as_deref(), today));
    match (decided_on.flatten(), input.result, filed) {
        (Some(_), None, _) => errors.push("result", Rule::Required),
        (None, Some(_), _) if decided_on.is_some() => errors.push("decidedOn", Rule::Required),
        (Some(day), Some(_), Some(filed)) if day < filed => {
            errors.push("decidedOn", Rule::DateBeforeStart)
        }
        _ => {}
    }
    errors.finish()?;
    Ok(TlvObjection {
        filed_on: filed.map(dates::to_iso).unwrap_or_default(),
        by: by.unwrap_or_default(),
        note: note.flatten(),
        decided_on: decided_on.flatten().map(dates::to_iso),
        result: input.result,
    })
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
