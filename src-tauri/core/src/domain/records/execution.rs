//! Uitvoering (step Realiseren): what was done on a day, and how it deviated from the plan.

use super::rules::{TEXT, past_date, required_text};
use super::{Context, RecordKind, Tally};
use crate::domain::stepplan::StepKey;
use crate::domain::text;
use crate::error::FieldErrors;
use crate::template::Template;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExecutionData {
    pub date: String,
    pub what: String,
    pub deviations: Option<String>,
}

impl RecordKind for ExecutionData {
    const KIND: &'static str = "execution";
    const LABEL: &'static str = "Uitvoering";

    fn step(&self) -> StepKey {
        StepKey::Realiseren
    }

    fn event_date(&self) -> Option<&str> {
        Some(&self.date)
    }

    fn validated(self, errors: &mut FieldErrors, context: &Context<'_>) -> Self {
        ExecutionData {
            date: errors.value(past_date("date", &self.date, context.today)),
            what: errors.value(required_text("what", &self.what)),
            deviations: errors.value(text::optional_text(
                "deviations",
                self.deviations.as_deref(),
                TEXT,
            )),
        }
    }

    fn tally(&self, _id: &str, tally: &mut Tally) {
        tally.facts.executions += 1;
    }

    fn headline(&self, _template: &Template) -> String {
        self.what.clone()
    }
}
