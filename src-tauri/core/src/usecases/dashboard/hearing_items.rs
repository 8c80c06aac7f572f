//! The hoorrecht clock on Vandaag (DOMAIN.md §6): a pupil with extra support who was not heard
//! within the template's interval since extra support was decided, listed once on the casus
//! where it was decided first, with the rule and its source.

use super::{DashboardItem, DashboardKind, clamp};
use crate::domain::dates;
use crate::domain::deadlines::SOURCE_IBIS_DESIGN;
use crate::domain::hearing::clock as hearing_clock;
use crate::error::Result;
use crate::records::CaseSummary;
use crate::store::hearings;
use crate::template::Template;
use chrono::NaiveDate as Date;
use rusqlite::Connection;
use std::collections::BTreeMap;

/// Pupils with extra support (an open casus where it was decided) whose last hearing is older
/// than the template's interval allows: one item per pupil, on the casus where extra support was
/// decided first.
pub(super) fn items(
    conn: &Connection,
    open: &[CaseSummary],
    names: &BTreeMap<String, (String, CaseSummary)>,
    today: Date,
    template: &Template,
) -> Result<Vec<DashboardItem>> {
    let last_heard = hearings::last_hearing_per_pupil(conn)?;
    let mut first_decision: BTreeMap<&str, (Date, &CaseSummary)> = BTreeMap::new();
    for case in open {
        let Some(decided) = &case.extra_support_decided_on else {
            continue;
        };
        let Ok(decided) = dates::parse_iso("extraSupportDecidedOn", decided) else {
            continue;
        };
        let entry = first_decision
            .entry(case.pupil_id.as_str())
            .or_insert((decided, case));
        if decided < entry.0 {
            *entry = (decided, case);
        }
    }
    let interval = template.hearing.interval;
    let mut items = Vec::new();
    for (pupil_id, (since, case)) in first_decision {
        let last = last_heard
            .get(pupil_id)
            .and_then(|held_on| dates::parse_iso("heldOn", held_on).ok());
        let Some(due) = hearing_clock::hearing_due(interval, since, last, today) else {
            continue;
        };
        let Some((name, _)) = names.get(&case.id) else {
            continue;
        };
        let days_late = (today - due).num_days();
        items.push(DashboardItem {
            kind: DashboardKind::HearingDue,
            case_id: Some(case.id.clone()),
            case_title: Some(case.title.clone()),
            pupil_id: case.pupil_id.clone(),
            pupil_name: name.clone(),
            record_id: None,
            subject: last.map(|heard| format!("Laatst gehoord op {}", dates::to_dutch(heard))),
            step: None,
            date: last.map_or_else(|| dates::to_iso(since), dates::to_iso),
            due_date: dates::to_iso(due),
            days: clamp(days_late),
            days_late: clamp(days_late),
            rule: interval.rule().to_owned(),
            source: format!(
                "{}; interval: {SOURCE_IBIS_DESIGN}, sjabloon ‘{}’ versie {}",
                hearing_clock::SOURCE_HOORRECHT,
                template.name,
                template.version
            ),
        });
    }
    Ok(items)
}
