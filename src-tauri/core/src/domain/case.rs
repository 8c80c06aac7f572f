//! A casus: one support trajectory for one pupil. Its steps and records arrive in later issues;
//! here the case itself and the rules for opening and closing it.

use crate::domain::{dates, text};
use crate::error::{Error, FieldErrors, Result, Rule};
use chrono::{NaiveDate as Date, TimeDelta};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Open or gesloten.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum CaseStatus {
    Open,
    Closed,
}

impl CaseStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            CaseStatus::Open => "open",
            CaseStatus::Closed => "closed",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "open" => Some(CaseStatus::Open),
            "closed" => Some(CaseStatus::Closed),
            _ => None,
        }
    }
}

/// The shipped template (`usecases::templates` says which template a new casus gets).
pub const DEFAULT_TEMPLATE_ID: &str = "landelijk";
pub const DEFAULT_TEMPLATE_VERSION: i64 = 1;
pub const TITLE_MAX: usize = 200;

/// Title and start date that passed the rules.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidCase {
    pub title: String,
    pub start_date: Date,
}

/// A case starts on a real date, not before the pupil was born and at most a year ahead
/// (planning a trajectory for next school year is normal; further is a typing error).
/// Errors name every failing field.
pub fn validate(title: &str, start_date: &str, birth_date: Date, today: Date) -> Result<ValidCase> {
    let mut errors = FieldErrors::default();
    let title = errors.value(text::required_line("title", title, TITLE_MAX));
    let start_date = errors.option(dates::parse_iso("startDate", start_date));
    if let Some(start_date) = start_date {
        if start_date < birth_date {
            errors.push("startDate", Rule::DateBeforeBirth);
        } else if start_date > today + TimeDelta::days(366) {
            errors.push("startDate", Rule::DateTooFarAhead);
        }
    }
    errors.finish()?;
    let start_date = start_date.ok_or(Error::Validation {
        field: "startDate",
        rule: Rule::InvalidDate,
    })?;
    Ok(ValidCase { title, start_date })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::ymd;

    #[test]
    fn start_date_bounds() {
        let birth = ymd(2017, 5, 1);
        let today = ymd(2026, 11, 23);
        assert!(validate("Lezen", "2026-11-23", birth, today).is_ok());
        assert!(matches!(
            validate("Lezen", "2017-04-30", birth, today),
            Err(Error::Validation {
                rule: Rule::DateBeforeBirth,
                ..
            })
        ));
        assert!(validate("Lezen", "2027-11-24", birth, today).is_ok());
        assert!(matches!(
            validate("Lezen", "2027-11-25", birth, today),
            Err(Error::Validation {
                rule: Rule::DateTooFarAhead,
                ..
            })
        ));
        assert!(matches!(
            validate("", "2026-11-23", birth, today),
            Err(Error::Validation {
                field: "title",
                rule: Rule::Required
            })
        ));
    }
}
