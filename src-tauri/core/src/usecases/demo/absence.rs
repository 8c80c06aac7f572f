//! Demo verzuim and thuiszitten: one pupil at the 16-hour threshold today (4 hours of ongeoorloofd
//! verzuim in each of the last four calendar weeks, so it is on Vandaag with its five werkdagen),
//! one pupil five weeks at home with a plan back to the full programme, and one four months at
//! home with a vrijstelling aangevraagd (highlighted). Made through the real use cases, each
//! change audited. Pupils without a casus are used first, so the stappenplan demo stays as it is.

use crate::clock::Clock;
use crate::domain::absence::{AbsenceDraft, AbsenceKind};
use crate::domain::dates;
use crate::domain::home_stay::{ExemptionStatus, HomeStayDraft};
use crate::error::Result;
use crate::store::Store;
use crate::usecases::absence::{self, SaveAbsenceRequest, SaveHomeStayRequest};
use chrono::{Datelike, Days, Months, NaiveDate as Date, Weekday};

/// What the demo added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Added {
    pub absences: u32,
    pub home_stays: u32,
}

/// Adds the three situations to the first three of `pupil_ids` (fewer pupils: fewer situations).
pub(super) fn add(store: &mut Store, clock: &dyn Clock, pupil_ids: &[String]) -> Result<Added> {
    let today = clock.today();
    let mut added = Added::default();
    let mut pupils = pupil_ids.iter();
    if let Some(pupil_id) = pupils.next() {
        for week in 0..4u64 {
            let date = weekday_on_or_before(days_before(today, 1 + 7 * week));
            let request = SaveAbsenceRequest {
                id: None,
                pupil_id: pupil_id.clone(),
                absence: AbsenceDraft {
                    date: dates::to_iso(date),
                    hours: "4".into(),
                    kind: Some(AbsenceKind::Unauthorised),
                    reason: Some("Zonder bericht afwezig".into()),
                },
            };
            absence::save(store, clock, request)?;
            added.absences += 1;
        }
    }
    if let Some(pupil_id) = pupils.next() {
        let request = SaveHomeStayRequest {
            id: None,
            pupil_id: pupil_id.clone(),
            stay: HomeStayDraft {
                since: dates::to_iso(days_before(today, 35)),
                reason: "Angstklachten; komt niet meer naar school".into(),
                exemption: ExemptionStatus::None,
                deviation_plan: Some(
                    "Tijdelijk twee ochtenden per week op school met de mentor; elke twee weken \
                     een dagdeel erbij tot het volledige rooster."
                        .into(),
                ),
                deviation_ends_on: Some(dates::to_iso(
                    today.checked_add_days(Days::new(42)).unwrap_or(today),
                )),
            },
        };
        absence::save_home_stay(store, clock, request)?;
        added.home_stays += 1;
    }
    if let Some(pupil_id) = pupils.next() {
        let since = today.checked_sub_months(Months::new(4)).unwrap_or(today);
        let request = SaveHomeStayRequest {
            id: None,
            pupil_id: pupil_id.clone(),
            stay: HomeStayDraft {
                since: dates::to_iso(since),
                reason: "Wacht op een plek in het speciaal onderwijs".into(),
                exemption: ExemptionStatus::Requested,
                deviation_plan: None,
                deviation_ends_on: None,
            },
        };
        absence::save_home_stay(store, clock, request)?;
        added.home_stays += 1;
    }
    Ok(added)
}

fn days_before(date: Date, days: u64) -> Date {
    date.checked_sub_days(Days::new(days)).unwrap_or(date)
}

/// The Friday before a weekend day (same Monday–Friday week), else the day itself.
fn weekday_on_or_before(date: Date) -> Date {
    match date.weekday() {
        Weekday::Sat => days_before(date, 1),
        Weekday::Sun => days_before(date, 2),
        _ => date,
    }
}
