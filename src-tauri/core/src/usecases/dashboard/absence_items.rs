//! Verzuim and thuiszitten on Vandaag (DOMAIN.md §11): a report to DUO's verzuimregister that is
//! due (16 hours of ongeoorloofd verzuim within 4 lesweken, five werkdagen to report), and pupils
//! at home more than four weeks without vrijstelling — a kind of its own from three months
//! (Thuiszitterspact). Each item carries its rule and source; archived pupils are left out.

use super::{DashboardItem, DashboardKind, clamp};
use crate::domain::absence::{self, Absence, clock as absence_clock};
use crate::domain::dates;
use crate::domain::home_stay::{ExemptionStatus, clock as home_clock};
use crate::error::Result;
use crate::store::absences::{self as store_absences, ReportRow};
use crate::store::pupils;
use crate::usecases::absence::{AtHomeLevel, at_home_level};
use chrono::NaiveDate as Date;
use rusqlite::Connection;
use std::collections::BTreeMap;

/// The DUO reports due, and for every open period at home the thresholds passed (four weeks,
/// three months) and those still coming up to `until` (the horizon).
pub(super) fn items(conn: &Connection, today: Date, until: Date) -> Result<Vec<DashboardItem>> {
    let holidays = crate::usecases::holidays::calendar(conn)?;
    let mut per_pupil: BTreeMap<String, Vec<Absence>> = BTreeMap::new();
    for row in store_absences::unauthorised_absences(conn)? {
        per_pupil.entry(row.pupil_id).or_default().push(row.absence);
    }
    let mut items = Vec::new();
    for (pupil_id, registered) in per_pupil {
        let pupil = pupils::get(conn, &pupil_id)?;
        if pupil.archived_at.is_some() {
            continue;
        }
        let last_report = store_absences::of_pupil::<ReportRow>(conn, &pupil_id)?
            .first()
            .map(|report| report.reported_on);
        let Some(due) = absence_clock::report_due(&registered, last_report, &holidays, today)
        else {
            continue;
        };
        let days_late = (today - due.deadline).num_days().max(0);
        items.push(DashboardItem {
            kind: DashboardKind::AbsenceReportDue,
            case_id: None,
            case_title: None,
            pupil_id,
            pupil_name: pupil.full_name,
            record_id: None,
            subject: Some(format!(
                "{} uur ongeoorloofd verzuim binnen 4 lesweken",
                absence::hours_dutch(due.window_half_hours)
            )),
            step: None,
            date: dates::to_iso(due.reached_on),
            due_date: dates::to_iso(due.deadline),
            days: clamp(if days_late > 0 {
                days_late
            } else {
                (due.deadline - today).num_days()
            }),
            days_late: clamp(days_late),
            rule: absence_clock::RULE_REPORT.into(),
            source: absence_clock::SOURCE_REPORT.into(),
        });
    }
    for row in store_absences::open_home_stays(conn)? {
        let level = at_home_level(&row, today);
        let four_weeks = home_clock::four_weeks_on(row.stay.since);
        let three_months = home_clock::three_months_on(row.stay.since);
        // Passed thresholds as the clock lists them; a coming one while the period is still open
        // on its day and without vrijstelling (an exempted or ended period is off the clock).
        let coming = |due: Date| {
            today <= due
                && due <= until
                && row.stay.exemption != ExemptionStatus::Granted
                && row.ended_on.is_none_or(|ended| ended > due)
        };
        let listed = (
            DashboardKind::HomeStay,
            four_weeks,
            home_clock::RULE_LISTED,
            home_clock::SOURCE_LISTED,
        );
        let long = (
            DashboardKind::HomeStayLong,
            three_months,
            home_clock::RULE_LONG,
            home_clock::SOURCE_LONG,
        );
        let mut kinds = Vec::new();
        match level {
            Some(AtHomeLevel::OverThreeMonths) => kinds.push(long),
            Some(AtHomeLevel::OverFourWeeks) => kinds.push(listed),
            None if coming(four_weeks) => kinds.push(listed),
            None => {}
        }
        if level != Some(AtHomeLevel::OverThreeMonths) && coming(three_months) {
            kinds.push(long);
        }
        if kinds.is_empty() {
            continue;
        }
        let pupil = pupils::get(conn, &row.pupil_id)?;
        if pupil.archived_at.is_some() {
            continue;
        }
        let days_at_home = (today - row.stay.since).num_days().max(0);
        for (kind, due, rule, source) in kinds {
            items.push(DashboardItem {
                kind,
                case_id: None,
                case_title: None,
                pupil_id: row.pupil_id.clone(),
                pupil_name: pupil.full_name.clone(),
                record_id: Some(row.id.clone()),
                subject: Some(format!(
                    "Thuis sinds {} ({})",
                    dates::to_dutch(row.stay.since),
                    row.stay.exemption.dutch()
                )),
                step: None,
                date: dates::to_iso(row.stay.since),
                due_date: dates::to_iso(due),
                days: clamp(days_at_home),
                days_late: clamp((today - due).num_days().max(0)),
                rule: rule.into(),
                source: source.into(),
            });
        }
    }
    Ok(items)
}
