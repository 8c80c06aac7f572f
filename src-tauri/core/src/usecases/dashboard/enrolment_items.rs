//! The aanmelding's clocks on Vandaag (DOMAIN.md §9): a decision due from a week before its
//! deadline and overdue after it, and — past ten weeks without a decision — the pupil is
//! tijdelijk geplaatst, listed as a fact. Each item carries its rule and legal source.

use super::{DashboardItem, DashboardKind, clamp};
use crate::domain::dates;
use crate::domain::enrolment::clock::{self as enrolment_clock, DecisionClock};
use crate::error::Result;
use crate::store::enrolments as enrolment_store;
use crate::store::pupils;
use chrono::NaiveDate as Date;
use rusqlite::Connection;

/// The items of every undecided aanmelding whose clock is due, overdue or past ten weeks, and
/// of those whose decision is due later, up to `until` (the horizon).
pub(super) fn items(conn: &Connection, today: Date, until: Date) -> Result<Vec<DashboardItem>> {
    let mut items = Vec::new();
    for row in enrolment_store::open(conn)? {
        let received = row.data.received()?;
        let extended_to = row.data.extended_to()?;
        let state = enrolment_clock::decision_clock(received, extended_to, today);
        let current_deadline = enrolment_clock::current_deadline(received, extended_to);
        if state == DecisionClock::Running && current_deadline > until {
            continue;
        }
        let (kind, due, rule, source) = match state {
            DecisionClock::Running | DecisionClock::DueSoon | DecisionClock::Overdue => {
                let due = current_deadline;
                let rule = match extended_to {
                    Some(_) => format!(
                        "{} (verlengd tot {})",
                        enrolment_clock::RULE_DECISION,
                        dates::to_dutch(due)
                    ),
                    None => enrolment_clock::RULE_DECISION.to_owned(),
                };
                (
                    DashboardKind::EnrolmentDecisionDue,
                    due,
                    rule,
                    enrolment_clock::SOURCE_DECISION,
                )
            }
            DecisionClock::TemporarilyPlaced => (
                DashboardKind::EnrolmentTemporaryPlacement,
                enrolment_clock::latest_extended_deadline(received),
                enrolment_clock::RULE_TEMPORARY_PLACEMENT.to_owned(),
                enrolment_clock::SOURCE_TEMPORARY_PLACEMENT,
            ),
        };
        let pupil = pupils::get(conn, &row.pupil_id)?;
        let days_late = (today - due).num_days().max(0);
        items.push(DashboardItem {
            kind,
            case_id: None,
            case_title: None,
            pupil_id: row.pupil_id.clone(),
            pupil_name: pupil.full_name,
            record_id: Some(row.id.clone()),
            subject: Some("Aanmelding".into()),
            step: None,
            date: row.data.details.received_on.clone(),
            due_date: dates::to_iso(due),
            days: clamp(if days_late > 0 {
                days_late
            } else {
                (due - today).num_days()
            }),
            days_late: clamp(days_late),
            rule,
            source: source.to_owned(),
        });
    }
    Ok(items)
}
