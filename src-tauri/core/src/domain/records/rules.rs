//! Field rules shared by the record kinds: text lengths, event dates, optional dates, and the
//! "parents informed" block that signals and conversations carry.

use super::{ParentsInformed, PupilInformed};
use crate::domain::{dates, text};
use crate::error::{Error, FieldErrors, Result, Rule};
use chrono::NaiveDate;

/// Longest one-line text (who, method, frequency).
pub(super) const LINE: usize = 200;
/// Longest free text (observation, summary, rationale).
pub(super) const TEXT: usize = 10_000;

/// Text that must not be empty (after trimming).
pub(super) fn required_text(field: &'static str, value: &str) -> Result<String> {
    text::optional_text(field, Some(value), TEXT)?
        .ok_or_else(|| Error::validation(field, Rule::Required))
}

/// An event that happened: a real date, not in the future.
pub(super) fn past_date(field: &'static str, value: &str, today: NaiveDate) -> Result<String> {
    let date = dates::parse_iso(field, value)?;
    if date > today {
        return Err(Error::validation(field, Rule::DateInFuture));
    }
    Ok(dates::to_iso(date))
}

/// A date that may be left empty.
pub(super) fn optional_date(field: &'static str, value: Option<&str>) -> Result<Option<String>> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => Ok(Some(dates::to_iso(dates::parse_iso(field, v)?))),
    }
}

/// Yes with a past date, or no with an optional reason.
pub(super) fn parents(
    errors: &mut FieldErrors,
    p: &ParentsInformed,
    today: NaiveDate,
) -> ParentsInformed {
    if p.informed {
        let date = p.date.as_deref().unwrap_or("");
        ParentsInformed {
            informed: true,
            date: errors.option(past_date("parentsDate", date, today)),
            reason: None,
        }
    } else {
        ParentsInformed {
            informed: false,
            date: None,
            reason: errors.value(text::optional_text(
                "parentsReason",
                p.reason.as_deref(),
                TEXT,
            )),
        }
    }
}

pub(super) fn pupil_informed(
    errors: &mut FieldErrors,
    p: &PupilInformed,
    today: NaiveDate,
) -> PupilInformed {
    if p.informed {
        let date = p.date.as_deref().unwrap_or("");
        PupilInformed {
            informed: true,
            date: errors.option(past_date("pupilDate", date, today)),
            reason: None,
        }
    } else {
        PupilInformed {
            informed: false,
            date: None,
            reason: errors.value(text::optional_text(
                "pupilReason",
                p.reason.as_deref(),
                TEXT,
            )),
        }
    }
}
