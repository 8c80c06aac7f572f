//! Doel (step Plannen): what the pupil can do by when, and when it is evaluated.

use super::rules::optional_date;
use super::{Context, RecordKind, Tally};
use crate::domain::stepplan::StepKey;
use crate::domain::text;
use crate::error::FieldErrors;
use crate::template::Template;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GoalData {
    pub description: String,
    pub target_date: Option<String>,
    /// Empty for a goal carried into a new cycle until a new date is set.
    pub evaluation_date: Option<String>,
    /// Was the plan made together with the parents? `None`: not answered (yet).
    #[serde(default)]
    pub made_with_parents: Option<bool>,
    /// Was the plan made together with the pupil? `None`: not answered (yet).
    #[serde(default)]
    pub made_with_pupil: Option<bool>,
}

impl RecordKind for GoalData {
    const KIND: &'static str = "goal";
    const LABEL: &'static str = "Doel";

    fn step(&self) -> StepKey {
        StepKey::Plannen
    }

    fn event_date(&self) -> Option<&str> {
        None
    }

    fn validated(self, errors: &mut FieldErrors, _context: &Context<'_>) -> Self {
        GoalData {
            description: errors.value(text::required_line("description", &self.description, 1000)),
            target_date: errors.value(optional_date("targetDate", self.target_date.as_deref())),
            evaluation_date: errors.value(optional_date(
                "evaluationDate",
                self.evaluation_date.as_deref(),
            )),
            made_with_parents: self.made_with_parents,
            made_with_pupil: self.made_with_pupil,
        }
    }

    fn tally(&self, id: &str, tally: &mut Tally) {
        tally.facts.goals += 1;
        tally.goal_ids.push(id.to_owned());
        if self.evaluation_date.is_some() {
            tally.facts.goals_with_evaluation_date += 1;
        }
        if self.made_with_parents.is_some() && self.made_with_pupil.is_some() {
            tally.facts.goals_saying_made_with += 1;
        }
    }

    fn headline(&self, _template: &Template) -> String {
        self.description.clone()
    }
}
