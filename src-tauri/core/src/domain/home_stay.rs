//! Thuiszitten (DOMAIN.md §11): a pupil who is not at school — since when, why, the vrijstelling
//! status (decided by others: Ibis only records it) and the day the pupil was back. A
//! **temporary deviation from onderwijstijd** (since 1-8-2018) is kept on the same record: a
//! pupil partly back at school is still on the way back, and the plan says how the pupil returns
//! to the full programme and by when. One record per period at home; the clock is in [`clock`].

pub mod clock;

use crate::domain::{dates, text};
use crate::error::{Error, FieldErrors, Result, Rule};
use chrono::NaiveDate as Date;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Longest reason (one line).
pub const REASON_MAX: usize = 300;
/// Longest plan back to the full programme.
pub const PLAN_MAX: usize = 10_000;

/// Vrijstelling from the Leerplichtwet (art. 5 onder a): decided by the leerplichtambtenaar, not
/// by the school; a status field only.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExemptionStatus {
    #[default]
    None,
    Requested,
    Granted,
}

impl ExemptionStatus {
    pub const ALL: [ExemptionStatus; 3] = [
        ExemptionStatus::None,
        ExemptionStatus::Requested,
        ExemptionStatus::Granted,
    ];

    /// Stable name in the vault.
    pub fn as_str(self) -> &'static str {
        match self {
            ExemptionStatus::None => "none",
            ExemptionStatus::Requested => "requested",
            ExemptionStatus::Granted => "granted",
        }
    }

    pub fn parse(value: &str) -> Option<ExemptionStatus> {
        ExemptionStatus::ALL
            .into_iter()
            .find(|status| status.as_str() == value)
    }

    /// Dutch words for lists and the CLI.
    pub fn dutch(self) -> &'static str {
        match self {
            ExemptionStatus::None => "geen vrijstelling",
            ExemptionStatus::Requested => "vrijstelling aangevraagd",
            ExemptionStatus::Granted => "vrijstelling verleend",
        }
    }
}

/// A period at home as typed in the form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HomeStayDraft {
    /// First day not at school, `jjjj-mm-dd`.
    pub since: String,
    pub reason: String,
    #[serde(default)]
    pub exemption: ExemptionStatus,
    /// The plan back to the full programme (temporary deviation from onderwijstijd).
    #[ts(optional)]
    pub deviation_plan: Option<String>,
    /// Last day of the deviation, `jjjj-mm-dd`; required with a plan.
    #[ts(optional)]
    pub deviation_ends_on: Option<String>,
}

/// A valid period at home (without its end: see [`validate_end`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HomeStay {
    pub since: Date,
    pub reason: String,
    pub exemption: ExemptionStatus,
    pub deviation: Option<Deviation>,
}

/// A temporary deviation from onderwijstijd: the plan back and its last day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deviation {
    pub plan: String,
    pub ends_on: Date,
}

/// Checks a period at home: a since date (not in the future, not before birth), a reason, and a
/// deviation plan and its end date together (the end not before `since`).
pub fn validate_home_stay(
    draft: &HomeStayDraft,
    birth_date: Date,
    today: Date,
) -> Result<HomeStay> {
    let mut errors = FieldErrors::default();
    let since = errors.option(past_date("since", &draft.since, birth_date, today));
    let reason = errors.value(text::required_line("reason", &draft.reason, REASON_MAX));
    let plan = errors.value(text::optional_text(
        "deviationPlan",
        draft.deviation_plan.as_deref(),
        PLAN_MAX,
    ));
    let ends_on = match draft.deviation_ends_on.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(value) => errors.option(dates::parse_iso("deviationEndsOn", value)),
    };
    if let (Some(since), Some(ends_on)) = (since, ends_on)
        && ends_on < since
    {
        errors.push("deviationEndsOn", Rule::DateBeforeStart);
    }
    let typed_end = draft
        .deviation_ends_on
        .as_deref()
        .is_some_and(|value| !value.trim().is_empty());
    match (&plan, typed_end) {
        (Some(_), false) => errors.push("deviationEndsOn", Rule::Required),
        (None, true) => errors.push("deviationPlan", Rule::Required),
        _ => {}
    }
    errors.finish()?;
    let since = since.ok_or(Error::validation("since", Rule::Required))?;
    let deviation = match (plan, ends_on) {
        (Some(plan), Some(ends_on)) => Some(Deviation { plan, ends_on }),
        _ => None,
    };
    Ok(HomeStay {
        since,
        reason,
        exemption: draft.exemption,
        deviation,
    })
}

/// Checks the day the pupil was back at school: not in the future, not before `since`.
pub fn validate_end(input: &str, since: Date, today: Date) -> Result<Date> {
    let ended_on = dates::parse_iso("endedOn", input)?;
    if ended_on > today {
        return Err(Error::validation("endedOn", Rule::DateInFuture));
    }
    if ended_on < since {
        return Err(Error::validation("endedOn", Rule::DateBeforeStart));
    }
    Ok(ended_on)
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

    const BIRTH: Date = ymd(2014, 3, 9);
    const TODAY: Date = ymd(2026, 11, 25);

    fn draft() -> HomeStayDraft {
        HomeStayDraft {
            since: "2026-10-01".into(),
            reason: "angstklachten".into(),
            exemption: ExemptionStatus::Requested,
            deviation_plan: None,
            deviation_ends_on: None,
        }
    }

    fn rules(error: &Error) -> Vec<(String, Rule)> {
        error
            .field_errors()
            .into_iter()
            .map(|field| (field.field.to_string(), field.rule))
            .collect()
    }

    #[test]
    fn a_period_at_home_needs_a_since_date_and_a_reason() {
        let stay = validate_home_stay(&draft(), BIRTH, TODAY).expect("valid");
        assert_eq!(stay.since, ymd(2026, 10, 1));
        assert_eq!(stay.exemption, ExemptionStatus::Requested);
        let error = validate_home_stay(
            &HomeStayDraft {
                since: "2026-11-26".into(),
                reason: " ".into(),
                ..draft()
            },
            BIRTH,
            TODAY,
        )
        .expect_err("two fields wrong");
        assert_eq!(
            rules(&error),
            vec![
                ("since".to_string(), Rule::DateInFuture),
                ("reason".to_string(), Rule::Required)
            ]
        );
    }

    #[test]
    fn a_deviation_needs_its_plan_and_its_end_together() {
        let with_plan = HomeStayDraft {
            deviation_plan: Some("eerst twee ochtenden, dan elke week een dagdeel erbij".into()),
            deviation_ends_on: Some("2027-01-29".into()),
            ..draft()
        };
        let stay = validate_home_stay(&with_plan, BIRTH, TODAY).expect("valid");
        assert_eq!(
            stay.deviation.map(|deviation| deviation.ends_on),
            Some(ymd(2027, 1, 29))
        );
        let without_end = HomeStayDraft {
            deviation_ends_on: None,
            ..with_plan.clone()
        };
        let error = validate_home_stay(&without_end, BIRTH, TODAY).expect_err("end missing");
        assert_eq!(
            rules(&error),
            vec![("deviationEndsOn".to_string(), Rule::Required)]
        );
        let without_plan = HomeStayDraft {
            deviation_plan: None,
            ..with_plan.clone()
        };
        let error = validate_home_stay(&without_plan, BIRTH, TODAY).expect_err("plan missing");
        assert_eq!(
            rules(&error),
            vec![("deviationPlan".to_string(), Rule::Required)]
        );
        let end_before_since = HomeStayDraft {
            deviation_ends_on: Some("2026-09-30".into()),
            ..with_plan
        };
        let error = validate_home_stay(&end_before_since, BIRTH, TODAY).expect_err("early end");
        assert_eq!(
            rules(&error),
            vec![("deviationEndsOn".to_string(), Rule::DateBeforeStart)]
        );
    }

    #[test]
    fn the_end_lies_between_since_and_today() {
        let since = ymd(2026, 10, 1);
        assert_eq!(validate_end("2026-11-25", since, TODAY).ok(), Some(TODAY));
        assert!(validate_end("2026-11-26", since, TODAY).is_err());
        assert!(validate_end("2026-09-30", since, TODAY).is_err());
    }
}
