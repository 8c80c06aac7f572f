//! The TLV's clocks on Vandaag (DOMAIN.md §8): the bezwaar termijn after a decision (six weeks),
//! the SWV's decision on a running bezwaar, the renewal date the template sets and a TLV that
//! ends on 31 July without a follow-up. Each item carries its rule and source. Like every part
//! of Vandaag, an item not yet overdue is listed once its date is within the horizon (`until`,
//! six weeks): the template's warning weeks cannot reach further than that.

use super::{DashboardItem, DashboardKind, clamp};
use crate::domain::dates;
use crate::domain::tlv::clock as tlv_clock;
use crate::domain::tlv::{TlvOutcome, TlvStatus};
use crate::error::Result;
use crate::store::pupils;
use crate::store::tlvs::{self as tlv_store, TlvRow};
use crate::template::Template;
use crate::usecases::tlv::renewal_source;
use chrono::NaiveDate as Date;
use rusqlite::Connection;

/// The items of every TLV whose clock shows today.
pub(super) fn items(
    conn: &Connection,
    today: Date,
    until: Date,
    template: &Template,
) -> Result<Vec<DashboardItem>> {
    let all = tlv_store::all(conn)?;
    let mut items = Vec::new();
    for row in &all {
        let Some(decided) = row.data.decided_on()? else {
            continue;
        };
        let outcome = row.data.decision.as_ref().map(|d| d.outcome);
        let outcome_word = outcome.map(TlvOutcome::dutch).unwrap_or_default();
        let deadline = tlv_clock::objection_deadline(decided);
        match &row.data.objection {
            None if today >= decided && today <= deadline && deadline <= until => items.push(item(
                conn,
                row,
                DashboardKind::TlvObjectionDeadline,
                format!("Bezwaar tegen het TLV-besluit ({outcome_word})"),
                &row.data
                    .decision
                    .as_ref()
                    .map(|d| d.decided_on.clone())
                    .unwrap_or_default(),
                deadline,
                today,
                tlv_clock::RULE_OBJECTION.into(),
                tlv_clock::SOURCE_OBJECTION.into(),
            )?),
            Some(objection)
                if objection.result.is_none()
                    && tlv_clock::objection_decision_due(decided) <= until =>
            {
                items.push(item(
                    conn,
                    row,
                    DashboardKind::TlvObjectionDecisionDue,
                    format!("TLV in bezwaar (ingediend door {})", objection.by),
                    &objection.filed_on,
                    tlv_clock::objection_decision_due(decided),
                    today,
                    tlv_clock::RULE_OBJECTION_DECISION.into(),
                    tlv_clock::SOURCE_OBJECTION_DECISION.into(),
                )?)
            }
            _ => {}
        }
        let Some((_, end)) = row.data.period()? else {
            continue;
        };
        let follow_up = later(&all, row);
        let renewal_applied = follow_up
            .iter()
            .any(|t| t.data.status() != TlvStatus::InPreparation);
        if let Some(due) =
            tlv_clock::renewal_deadline(end, template.tlv.renewal_month, template.tlv.renewal_day)
            && !renewal_applied
            && tlv_clock::in_window(due, template.tlv.renewal_warning_weeks, today, end)
            && (due <= until || today > due)
        {
            items.push(item(
                conn,
                row,
                DashboardKind::TlvRenewalDue,
                format!("Verlenging TLV (loopt tot {})", dates::to_dutch(end)),
                &dates::to_iso(end),
                due,
                today,
                tlv_clock::RULE_RENEWAL.into(),
                renewal_source(template),
            )?);
        }
        let any_follow_up = follow_up
            .iter()
            .any(|t| t.data.status() != TlvStatus::Refused);
        if !any_follow_up
            && tlv_clock::in_window(end, template.tlv.ending_warning_weeks, today, end)
            && end <= until
        {
            items.push(item(
                conn,
                row,
                DashboardKind::TlvEnding,
                "TLV loopt af".into(),
                &dates::to_iso(end),
                end,
                today,
                tlv_clock::RULE_ENDING.into(),
                format!(
                    "{}; melding {} weken vooraf (sjabloon ‘{}’)",
                    tlv_clock::SOURCE_END,
                    template.tlv.ending_warning_weeks,
                    template.name
                ),
            )?);
        }
    }
    Ok(items)
}

/// The pupil's TLVs made after `row` (a renewal or a new aanvraag).
fn later<'a>(all: &'a [TlvRow], row: &TlvRow) -> Vec<&'a TlvRow> {
    all.iter()
        .filter(|t| t.pupil_id == row.pupil_id && t.id != row.id && t.created_at > row.created_at)
        .collect()
}

#[expect(
    clippy::too_many_arguments,
    reason = "one item's fields, named at the call"
)]
fn item(
    conn: &Connection,
    row: &TlvRow,
    kind: DashboardKind,
    subject: String,
    date: &str,
    due: Date,
    today: Date,
    rule: String,
    source: String,
) -> Result<DashboardItem> {
    let pupil = pupils::get(conn, &row.pupil_id)?;
    let days_late = (today - due).num_days().max(0);
    Ok(DashboardItem {
        kind,
        case_id: None,
        case_title: None,
        pupil_id: row.pupil_id.clone(),
        pupil_name: pupil.full_name,
        record_id: Some(row.id.clone()),
        subject: Some(subject),
        step: None,
        date: date.to_owned(),
        due_date: dates::to_iso(due),
        days: clamp(if days_late > 0 {
            days_late
        } else {
            (due - today).num_days()
        }),
        days_late: clamp(days_late),
        rule,
        source,
    })
}
