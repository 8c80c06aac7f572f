//! "Vandaag": the first screen after unlocking. Evaluations due this week or overdue, steps
//! waiting longer than the template allows, and open casussen per step. Each item says why it
//! is listed and on which rule.

use crate::clock::Clock;
use crate::domain::dates;
use crate::domain::deadlines::{self, EvaluationDue};
use crate::domain::records::RecordData;
use crate::domain::stepplan::{self, StepKey};
use crate::error::Result;
use crate::records::CaseSummary;
use crate::store::{Store, cases, cycles, pupils, records};
use crate::template::Template;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use ts_rs::TS;

/// Why a casus is on the dashboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DashboardReason {
    EvaluationOverdue,
    EvaluationDueThisWeek,
    StepWaiting,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DashboardItem {
    pub reason: DashboardReason,
    pub case_id: String,
    pub case_title: String,
    pub pupil_id: String,
    pub pupil_name: String,
    /// The goal (evaluations) or none (waiting steps).
    pub record_id: Option<String>,
    /// The goal's description, for evaluations.
    pub subject: Option<String>,
    pub step: Option<StepKey>,
    /// The evaluation date, or the date the step became current (ISO).
    pub date: String,
    /// Days overdue / days left / days waiting.
    pub days: i32,
    /// The rule the item rests on, with its source.
    pub rule: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StepCount {
    pub step: StepKey,
    pub count: i32,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Dashboard {
    pub today: String,
    /// Overdue first, then due this week, then waiting steps; each by date.
    pub items: Vec<DashboardItem>,
    /// Open casussen by their current step.
    pub open_per_step: Vec<StepCount>,
    pub open_cases: i32,
}

/// Builds the dashboard for today.
pub fn get(store: &Store, clock: &dyn Clock, template: &Template) -> Result<Dashboard> {
    let today = clock.today();
    store.read(|conn| {
        let open: Vec<CaseSummary> = cases::list(conn, None)?
            .into_iter()
            .filter(|c| c.status == crate::domain::case::CaseStatus::Open)
            .collect();
        let mut names = BTreeMap::new();
        let mut items = Vec::new();
        let mut per_step: BTreeMap<StepKey, i32> = BTreeMap::new();
        for case in &open {
            let pupil = pupils::get(conn, &case.pupil_id)?;
            names.insert(case.id.clone(), (pupil.full_name.clone(), case.clone()));
            let Some(cycle) = cycles::for_case(conn, &case.id)?.pop() else { continue };
            if cycle.finished_on.is_some() {
                continue;
            }
            let steps = cycles::steps(conn, &cycle.id)?;
            let states: Vec<_> = steps.iter().map(|s| (s.step, s.state)).collect();
            let Some(current) = stepplan::current_step(&states) else { continue };
            *per_step.entry(current).or_default() += 1;
            let since = steps
                .iter()
                .find(|s| s.step == current)
                .and_then(|s| s.current_since.clone())
                .unwrap_or(cycle.started_on.clone());
            let Ok(since_date) = dates::parse_iso("currentSince", &since) else { continue };
            let step = template.step(current);
            if let Some(days) = deadlines::step_waiting(since_date, today, step.waiting_weeks) {
                let (name, case) = &names[&case.id];
                items.push(DashboardItem {
                    reason: DashboardReason::StepWaiting,
                    case_id: case.id.clone(),
                    case_title: case.title.clone(),
                    pupil_id: case.pupil_id.clone(),
                    pupil_name: name.clone(),
                    record_id: None,
                    subject: None,
                    step: Some(current),
                    date: since,
                    days: clamp(days),
                    rule: format!(
                        "Stap ‘{}’ staat langer open dan {} weken (Ibis-ontwerp, sjabloon ‘{}’ versie {})",
                        step.label, step.waiting_weeks, template.name, template.version
                    ),
                });
            }
        }
        let evaluated: BTreeSet<String> = records::open_evaluations(conn)?
            .into_iter()
            .flat_map(|r| match r.data {
                RecordData::Evaluation(e) => e.results.into_iter().map(|g| g.goal_id).collect(),
                _ => Vec::new(),
            })
            .collect();
        for goal in records::open_goals(conn)? {
            let RecordData::Goal(data) = &goal.data else { continue };
            let Some(date) = &data.evaluation_date else { continue };
            let Some((name, case)) = names.get(&goal.case_id) else { continue };
            if evaluated.contains(&goal.id) {
                continue;
            }
            let Ok(due_date) = dates::parse_iso("evaluationDate", date) else { continue };
            let (reason, days) = match deadlines::evaluation_due(due_date, today) {
                Some(EvaluationDue::Overdue { days }) => (DashboardReason::EvaluationOverdue, days),
                Some(EvaluationDue::ThisWeek { days_left }) => (DashboardReason::EvaluationDueThisWeek, days_left),
                None => continue,
            };
            items.push(DashboardItem {
                reason,
                case_id: case.id.clone(),
                case_title: case.title.clone(),
                pupil_id: case.pupil_id.clone(),
                pupil_name: name.clone(),
                record_id: Some(goal.id.clone()),
                subject: Some(data.description.clone()),
                step: Some(StepKey::Evalueren),
                date: date.clone(),
                days: clamp(days),
                rule: "Evaluatiedatum van het doel, vastgelegd in stap ‘Plannen’ (Ibis-ontwerp)".into(),
            });
        }
        items.sort_by(|a, b| order(a.reason).cmp(&order(b.reason)).then(a.date.cmp(&b.date)));
        Ok(Dashboard {
            today: dates::to_iso(today),
            items,
            open_per_step: StepKey::ALL
                .iter()
                .map(|k| StepCount { step: *k, count: per_step.get(k).copied().unwrap_or(0) })
                .collect(),
            open_cases: clamp(open.len() as i64),
        })
    })
}

fn order(reason: DashboardReason) -> u8 {
    match reason {
        DashboardReason::EvaluationOverdue => 0,
        DashboardReason::EvaluationDueThisWeek => 1,
        DashboardReason::StepWaiting => 2,
    }
}

fn clamp(value: i64) -> i32 {
    i32::try_from(value).unwrap_or(i32::MAX)
}
