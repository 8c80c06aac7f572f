//! The geschillen's clocks on Vandaag (DOMAIN.md §10): the six weeks to ask the Geschillencommissie
//! Passend Onderwijs for an oordeel, the six weeks for a bezwaar with the schoolbestuur against
//! toelating or verwijdering, and the onderwijsconsulent once the pupil is four weeks at home.
//! Each item carries its rule and source. A termijn is listed from the decision until its last
//! day, once that day is within the horizon (six weeks); the onderwijsconsulent from the day it
//! is open. A clock only runs while the geschil is open and its step neither done nor skipped.
//! The TLV bezwaar is not repeated here: the TLV's own item (`tlv_objection_deadline`) shows it,
//! and the geschil's page links to the TLV.

use super::{DashboardItem, DashboardKind, clamp};
use crate::domain::dates;
use crate::domain::escalation::StepClock;
use crate::error::Result;
use crate::store::escalations as escalation_store;
use crate::store::pupils;
use crate::usecases::escalation::{Ladders, ladder_of, view};
use chrono::NaiveDate as Date;
use rusqlite::Connection;

/// The items of every open geschil whose clock shows today; `ladders` holds the templates of the
/// open geschillen ([`crate::usecases::escalation::ladders`]).
pub(super) fn items(
    conn: &Connection,
    ladders: &Ladders,
    today: Date,
    until: Date,
) -> Result<Vec<DashboardItem>> {
    let mut items = Vec::new();
    for row in escalation_store::open(conn)? {
        let template = ladder_of(ladders, &row.data)?;
        let home_since = view::home_since(conn, &row.pupil_id, today)?;
        let decided = row.data.decided()?;
        for clock in view::clocks(&row.data, template, home_since, today)? {
            let Some(due) = clock.date.as_deref().map(stored).transpose()? else {
                continue;
            };
            // A termijn is listed once its last day is within the horizon; the
            // onderwijsconsulent from the day it is open (a possibility, not a deadline).
            let listed = if clock.deadline {
                due <= until
            } else {
                today >= due
            };
            if !clock.running || !listed {
                continue;
            }
            let (kind, date) = match clock.clock {
                StepClock::Gpo => (DashboardKind::EscalationGpoDeadline, decided),
                StepClock::BoardObjection => {
                    (DashboardKind::EscalationBoardObjectionDeadline, decided)
                }
                StepClock::ConsultantAfterHomeStay => {
                    (DashboardKind::EscalationConsultantAvailable, home_since)
                }
                StepClock::TlvObjection => continue,
            };
            let Some(date) = date else { continue };
            if today < date {
                continue;
            }
            let pupil = pupils::get(conn, &row.pupil_id)?;
            items.push(DashboardItem {
                kind,
                case_id: None,
                case_title: None,
                pupil_id: row.pupil_id.clone(),
                pupil_name: pupil.full_name,
                record_id: Some(row.id.clone()),
                subject: Some(format!("Geschil over {}", row.data.subject.dutch())),
                step: None,
                date: dates::to_iso(date),
                due_date: dates::to_iso(due),
                days: clamp(if today > due {
                    (today - due).num_days()
                } else {
                    (due - today).num_days()
                }),
                // A termijn is listed only while in time; the onderwijsconsulent is a
                // possibility from its day on, never late.
                days_late: 0,
                rule: clock.rule,
                source: clock.source,
            });
        }
    }
    Ok(items)
}

fn stored(iso: &str) -> Result<Date> {
    crate::domain::escalation::stored_date(iso)
}
