//! Vandaag's goal items: goals carried into a new cycle without a new evaluation date. They
//! are listed so the IB'er sets one in ‘Plannen’; Ibis never gives them the old date.

use super::{DashboardItem, DashboardKind, clamp};
use crate::domain::dates;
use crate::domain::stepplan::StepKey;
use crate::error::Result;
use crate::records::CaseSummary;
use crate::store::records;
use chrono::NaiveDate as Date;
use std::collections::BTreeMap;

/// Goals carried into a new cycle that still lack an evaluation date: listed, never given an
/// old date. `date` is the day the goal was carried over, `days` the days since.
pub(super) fn missing_evaluation_dates(
    conn: &rusqlite::Connection,
    names: &BTreeMap<String, (String, CaseSummary)>,
    today: Date,
    template_source: &str,
) -> Result<Vec<DashboardItem>> {
    let mut items = Vec::new();
    for goal in records::open_goals(conn)? {
        let Some(data) = goal.data.as_goal() else {
            continue;
        };
        if data.evaluation_date.is_some() || goal.carried_from.is_none() {
            continue;
        }
        let Some((name, case)) = names.get(&goal.case_id) else {
            continue;
        };
        let days = dates::parse_iso("recordDate", &goal.record_date)
            .map(|carried| (today - carried).num_days())
            .unwrap_or(0);
        items.push(DashboardItem {
            kind: DashboardKind::EvaluationDateMissing,
            case_id: Some(case.id.clone()),
            case_title: Some(case.title.clone()),
            pupil_id: case.pupil_id.clone(),
            pupil_name: name.clone(),
            record_id: Some(goal.id.clone()),
            subject: Some(data.description.clone()),
            step: Some(StepKey::Plannen),
            date: goal.record_date.clone(),
            due_date: goal.record_date.clone(),
            days: clamp(days),
            days_late: 0,
            rule: "Doel meegenomen naar een nieuwe cyclus zonder nieuwe evaluatiedatum; \
                   stel die vast in stap ‘Plannen’"
                .into(),
            source: template_source.to_owned(),
        });
    }
    Ok(items)
}
