//! The OPP's clocks on Vandaag: not vastgesteld six weeks after the clock start (also for a
//! casus that decided on extra support but has no OPP yet), instemming still open, and the
//! yearly evaluation. Each item carries its rule and legal source (DOMAIN.md §7).

use super::{DashboardItem, DashboardKind, clamp};
use crate::domain::dates;
use crate::domain::opp::clock as opp_clock;
use crate::error::Result;
use crate::records::CaseSummary;
use crate::store::opp as opp_store;
use crate::store::{cases, pupils};
use crate::template::Template;
use crate::usecases::opp::{self, OppDeadlineKind};
use chrono::NaiveDate as Date;
use rusqlite::Connection;
use std::collections::BTreeSet;

/// The OPP items of every running OPP, and of open casussen that decided on extra support for a
/// pupil who has no OPP; deadlines not yet overdue are collected up to `until` (the horizon).
pub(super) fn items(
    conn: &Connection,
    open: &[CaseSummary],
    today: Date,
    until: Date,
    template: &Template,
) -> Result<Vec<DashboardItem>> {
    let mut items = Vec::new();
    let mut with_opp = BTreeSet::new();
    for row in opp_store::running(conn)? {
        with_opp.insert(row.pupil_id.clone());
        let versions = opp_store::versions(conn, &row.id)?;
        let pupil = pupils::get(conn, &row.pupil_id)?;
        let case_title = match &row.case_id {
            Some(case_id) => Some(cases::get(conn, case_id)?.title),
            None => None,
        };
        let last_established = versions
            .iter()
            .filter_map(|v| v.established_on.clone())
            .next_back();
        for deadline in opp::deadlines(template, today, &row, &versions)? {
            let Ok(due) = dates::parse_iso("dueDate", &deadline.due_date) else {
                continue;
            };
            let warning_from =
                due - chrono::Days::new(u64::from(template.opp.evaluation_warning_weeks) * 7);
            let kind = match deadline.kind {
                OppDeadlineKind::Establish if deadline.overdue => DashboardKind::OppNotEstablished,
                OppDeadlineKind::Consent if deadline.overdue => DashboardKind::OppConsentOpen,
                OppDeadlineKind::Evaluation if today >= warning_from || due <= until => {
                    DashboardKind::OppEvaluationDue
                }
                OppDeadlineKind::Establish if due <= until => DashboardKind::OppEstablishDue,
                OppDeadlineKind::Consent if due <= until => DashboardKind::OppConsentDue,
                OppDeadlineKind::Establish
                | OppDeadlineKind::Consent
                | OppDeadlineKind::Evaluation => continue,
            };
            let days_late = (today - due).num_days().max(0);
            let date = match kind {
                DashboardKind::OppNotEstablished => row.clock_start.clone(),
                _ => last_established
                    .clone()
                    .unwrap_or_else(|| row.clock_start.clone()),
            };
            items.push(DashboardItem {
                kind,
                case_id: row.case_id.clone(),
                case_title: case_title.clone(),
                pupil_id: row.pupil_id.clone(),
                pupil_name: pupil.full_name.clone(),
                record_id: Some(row.id.clone()),
                subject: None,
                step: None,
                days: clamp(if days_late > 0 {
                    days_late
                } else {
                    (due - today).num_days()
                }),
                date,
                due_date: deadline.due_date,
                days_late: clamp(days_late),
                rule: deadline.rule,
                source: deadline.source,
            });
        }
    }
    for case in open {
        let Some(decided) = &case.extra_support_decided_on else {
            continue;
        };
        if with_opp.contains(&case.pupil_id) {
            continue;
        }
        let Ok(start) = dates::parse_iso("extraSupportDecidedOn", decided) else {
            continue;
        };
        let due = opp_clock::establish_deadline(start);
        let kind = match opp_clock::establish_overdue(start, None, today) {
            Some(_) => DashboardKind::OppNotEstablished,
            None if due <= until => DashboardKind::OppEstablishDue,
            None => continue,
        };
        with_opp.insert(case.pupil_id.clone());
        let pupil = pupils::get(conn, &case.pupil_id)?;
        let days_late = (today - due).num_days().max(0);
        items.push(DashboardItem {
            kind,
            case_id: Some(case.id.clone()),
            case_title: Some(case.title.clone()),
            pupil_id: case.pupil_id.clone(),
            pupil_name: pupil.full_name,
            record_id: None,
            subject: Some("Nog geen OPP gestart".into()),
            step: None,
            date: decided.clone(),
            due_date: dates::to_iso(due),
            days: clamp(if days_late > 0 {
                days_late
            } else {
                (due - today).num_days()
            }),
            days_late: clamp(days_late),
            rule: format!(
                "{} (start: {}, besluit tot extra ondersteuning)",
                opp_clock::RULE_ESTABLISH,
                dates::to_dutch(start)
            ),
            source: opp_clock::SOURCE_ESTABLISH.into(),
        });
    }
    Ok(items)
}
