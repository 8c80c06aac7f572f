//! Plan gedeeld (step Vastleggen): when and how the plan was shared with the parents, with a
//! frozen copy of the plan as it stood.

use super::rules::{LINE, past_date};
use super::{Context, FactorData, GoalData, InterventionData, NeedData, RecordKind, Tally};
use crate::domain::stepplan::StepKey;
use crate::domain::text;
use crate::error::FieldErrors;
use crate::template::Template;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The plan as it stood when it was shared: a frozen copy of needs, factors, goals and
/// interventions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlanSnapshot {
    pub needs: Vec<NeedData>,
    pub factors: Vec<FactorData>,
    pub goals: Vec<GoalData>,
    pub interventions: Vec<InterventionData>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlanShareData {
    pub date: String,
    /// How: in a meeting, by letter, by e-mail…
    pub method: String,
    /// Filled by Ibis when saved; what the user sends is ignored.
    pub snapshot: Option<PlanSnapshot>,
}

impl RecordKind for PlanShareData {
    const KIND: &'static str = "plan_share";
    const LABEL: &'static str = "Plan gedeeld met ouders";

    fn step(&self) -> StepKey {
        StepKey::Vastleggen
    }

    fn event_date(&self) -> Option<&str> {
        Some(&self.date)
    }

    fn validated(self, errors: &mut FieldErrors, context: &Context<'_>) -> Self {
        PlanShareData {
            date: errors.value(past_date("date", &self.date, context.today)),
            method: errors.value(text::required_line("method", &self.method, LINE)),
            snapshot: None,
        }
    }

    fn tally(&self, _id: &str, tally: &mut Tally) {
        tally.facts.plan_shares += 1;
    }

    fn headline(&self, _template: &Template) -> String {
        self.method.clone()
    }
}
