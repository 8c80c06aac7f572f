//! Verzuim (DOMAIN.md §11): the absences registered for a pupil — a date, a number of hours in
//! half-hour steps, geoorloofd or ongeoorloofd, and a reason — and the reports to DUO's
//! verzuimregister that the school says it made. Ibis does not send reports; it records them and
//! shows the termijn (see [`clock`]).
//!
//! Hours are kept as whole half-hours ([`HalfHours`]) so no float ever reaches the clock or the
//! vault: "1,5" is typed, 3 half-hours are stored.

pub mod clock;

use crate::domain::{dates, text};
use crate::error::{Error, FieldErrors, Result, Rule};
use chrono::NaiveDate as Date;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Longest reason (one line).
pub const REASON_MAX: usize = 300;
/// Most half-hours of absence on one day (8 hours): per registration and for all of a day.
pub const DAY_MAX_HALF_HOURS: u16 = 16;

/// A number of hours counted in half-hours (3 = 1,5 uur).
pub type HalfHours = u16;

/// Whether the school accepted the reason for the absence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AbsenceKind {
    /// Geoorloofd: ziekte, verlof that was granted, a medical appointment.
    Authorised,
    /// Ongeoorloofd: counts towards the 16 hours of Leerplichtwet art. 21a.
    Unauthorised,
}

impl AbsenceKind {
    pub const ALL: [AbsenceKind; 2] = [AbsenceKind::Authorised, AbsenceKind::Unauthorised];

    /// Stable name in the vault.
    pub fn as_str(self) -> &'static str {
        match self {
            AbsenceKind::Authorised => "authorised",
            AbsenceKind::Unauthorised => "unauthorised",
        }
    }

    pub fn parse(value: &str) -> Option<AbsenceKind> {
        AbsenceKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == value)
    }

    /// Dutch word for lists and the CLI.
    pub fn dutch(self) -> &'static str {
        match self {
            AbsenceKind::Authorised => "geoorloofd",
            AbsenceKind::Unauthorised => "ongeoorloofd",
        }
    }
}

/// One registration as typed in the form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AbsenceDraft {
    /// `jjjj-mm-dd`.
    pub date: String,
    /// Hours as typed: "2", "1,5" or "1.5".
    pub hours: String,
    /// `None` until chosen (a form error "verplicht").
    #[ts(optional)]
    pub kind: Option<AbsenceKind>,
    #[ts(optional)]
    pub reason: Option<String>,
}

/// A valid registration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Absence {
    pub date: Date,
    pub half_hours: HalfHours,
    pub kind: AbsenceKind,
}

/// Checks a registration: a date not in the future (and not before the pupil's birth), hours
/// above 0 and at most 8 in steps of half an hour, a kind. Returns the absence and its reason.
pub fn validate_absence(
    draft: &AbsenceDraft,
    birth_date: Date,
    today: Date,
) -> Result<(Absence, Option<String>)> {
    let mut errors = FieldErrors::default();
    let date = errors.option(past_date("date", &draft.date, birth_date, today));
    let half_hours = errors.option(parse_half_hours("hours", &draft.hours));
    let kind = draft.kind;
    if kind.is_none() {
        errors.push("kind", Rule::Required);
    }
    let reason = errors.value(text::optional_line(
        "reason",
        draft.reason.as_deref(),
        REASON_MAX,
    ));
    errors.finish()?;
    match (date, half_hours, kind) {
        (Some(date), Some(half_hours), Some(kind)) => Ok((
            Absence {
                date,
                half_hours,
                kind,
            },
            reason,
        )),
        _ => Err(Error::validation("date", Rule::Required)),
    }
}

/// Checks that the day's registrations together stay within 8 hours: `others` are the half-hours
/// already registered on the same day (without the one being edited).
pub fn check_day_total(others: HalfHours, added: HalfHours) -> Result<()> {
    if others.saturating_add(added) > DAY_MAX_HALF_HOURS {
        return Err(Error::validation("hours", Rule::OutOfRange));
    }
    Ok(())
}

/// Checks the date a report to DUO was made: a date, not in the future.
pub fn validate_report_date(input: &str, today: Date) -> Result<Date> {
    let date = dates::parse_iso("reportedOn", input)?;
    if date > today {
        return Err(Error::validation("reportedOn", Rule::DateInFuture));
    }
    Ok(date)
}

/// Hours as typed ("1,5", "2", "0.5") in half-hours; more than 0, at most 8, half-hour steps.
pub fn parse_half_hours(field: &'static str, input: &str) -> Result<HalfHours> {
    let value = input.trim().replace(',', ".");
    if value.is_empty() {
        return Err(Error::validation(field, Rule::Required));
    }
    let (whole, fraction) = match value.split_once('.') {
        Some((whole, fraction)) => (whole, fraction.trim_end_matches('0')),
        None => (value.as_str(), ""),
    };
    let whole: u16 = if whole.is_empty() {
        0
    } else {
        whole
            .parse()
            .map_err(|_| Error::validation(field, Rule::OutOfRange))?
    };
    let half = match fraction {
        "" => 0,
        "5" => 1,
        _ => return Err(Error::validation(field, Rule::OutOfRange)),
    };
    let half_hours = whole
        .checked_mul(2)
        .and_then(|halves| halves.checked_add(half))
        .ok_or(Error::validation(field, Rule::OutOfRange))?;
    if half_hours == 0 || half_hours > DAY_MAX_HALF_HOURS {
        return Err(Error::validation(field, Rule::OutOfRange));
    }
    Ok(half_hours)
}

/// Half-hours as Dutch hours: 3 → "1,5", 4 → "2".
pub fn hours_dutch(half_hours: u32) -> String {
    if half_hours.is_multiple_of(2) {
        format!("{}", half_hours / 2)
    } else {
        format!("{},5", half_hours / 2)
    }
}

fn past_date(field: &'static str, value: &str, birth_date: Date, today: Date) -> Result<Date> {
    let date = dates::parse_iso(field, value)?;
    if date > today {
        return Err(Error::validation(field, Rule::DateInFuture));
    }
    if date < birth_date {
        return Err(Error::validation(field, Rule::DateBeforeBirth));
    }
    Ok(date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::ymd;

    fn draft(date: &str, hours: &str, kind: Option<AbsenceKind>) -> AbsenceDraft {
        AbsenceDraft {
            date: date.into(),
            hours: hours.into(),
            kind,
            reason: Some("  te laat  ".into()),
        }
    }

    const BIRTH: Date = ymd(2014, 3, 9);
    const TODAY: Date = ymd(2026, 11, 25);

    #[test]
    fn hours_are_half_hour_steps_above_zero_up_to_eight() {
        assert_eq!(parse_half_hours("hours", "1,5").ok(), Some(3));
        assert_eq!(parse_half_hours("hours", "1.5").ok(), Some(3));
        assert_eq!(parse_half_hours("hours", "0,5").ok(), Some(1));
        assert_eq!(parse_half_hours("hours", ",5").ok(), Some(1));
        assert_eq!(parse_half_hours("hours", "8").ok(), Some(16));
        assert_eq!(parse_half_hours("hours", "8,0").ok(), Some(16));
        for wrong in ["0", "8,5", "1,25", "-1", "twee", "1,7"] {
            assert!(
                matches!(
                    parse_half_hours("hours", wrong),
                    Err(Error::Validation {
                        field: "hours",
                        rule: Rule::OutOfRange
                    })
                ),
                "{wrong}"
            );
        }
        assert!(matches!(
            parse_half_hours("hours", " "),
            Err(Error::Validation {
                field: "hours",
                rule: Rule::Required
            })
        ));
    }

    #[test]
    fn a_registration_is_checked_field_by_field() {
        let (absence, reason) = validate_absence(
            &draft("2026-11-23", "2", Some(AbsenceKind::Unauthorised)),
            BIRTH,
            TODAY,
        )
        .expect("valid");
        assert_eq!(absence.half_hours, 4);
        assert_eq!(reason.as_deref(), Some("te laat"));
        let error = validate_absence(&draft("2026-11-26", "9", None), BIRTH, TODAY)
            .expect_err("three fields wrong");
        let fields: Vec<_> = error
            .field_errors()
            .into_iter()
            .map(|field| (field.field.to_string(), field.rule))
            .collect();
        assert_eq!(
            fields,
            vec![
                ("date".to_string(), Rule::DateInFuture),
                ("hours".to_string(), Rule::OutOfRange),
                ("kind".to_string(), Rule::Required),
            ]
        );
    }

    #[test]
    fn a_day_holds_at_most_eight_hours() {
        assert!(check_day_total(12, 4).is_ok());
        assert!(check_day_total(12, 5).is_err());
    }

    #[test]
    fn a_report_date_is_not_in_the_future() {
        assert_eq!(validate_report_date("2026-11-25", TODAY).ok(), Some(TODAY));
        assert!(validate_report_date("2026-11-26", TODAY).is_err());
    }

    #[test]
    fn hours_read_in_dutch() {
        assert_eq!(hours_dutch(3), "1,5");
        assert_eq!(hours_dutch(32), "16");
    }
}
