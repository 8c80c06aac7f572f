//! Interventie (step Plannen): what is done, at which level, by whom, when, for which goals.

use super::rules::{LINE, TEXT, optional_date};
use super::{Context, RecordKind, Tally};
use crate::domain::stepplan::StepKey;
use crate::domain::text;
use crate::error::{FieldErrors, Rule};
use crate::template::Template;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InterventionData {
    pub description: String,
    /// An intervention level key of the template (basis, extra, onduidelijk).
    pub level: String,
    /// Required when the level is `onduidelijk`.
    pub level_note: Option<String>,
    pub who: Option<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub frequency: Option<String>,
    pub goal_ids: Vec<String>,
}

impl RecordKind for InterventionData {
    const KIND: &'static str = "intervention";
    const LABEL: &'static str = "Interventie";

    fn step(&self) -> StepKey {
        StepKey::Plannen
    }

    fn event_date(&self) -> Option<&str> {
        None
    }

    fn validated(self, errors: &mut FieldErrors, context: &Context<'_>) -> Self {
        let description = errors.value(text::required_line("description", &self.description, 1000));
        if !Template::has_choice(&context.template.intervention_levels, &self.level) {
            errors.push("level", Rule::OutOfRange);
        }
        let level_note = errors.value(text::optional_text(
            "levelNote",
            self.level_note.as_deref(),
            TEXT,
        ));
        if self.level == "onduidelijk" && level_note.is_none() {
            errors.push("levelNote", Rule::Required);
        }
        let who = errors.value(text::optional_line("who", self.who.as_deref(), LINE));
        let start_date = errors.value(optional_date("startDate", self.start_date.as_deref()));
        let end_date = errors.value(optional_date("endDate", self.end_date.as_deref()));
        if let (Some(start), Some(end)) = (&start_date, &end_date)
            && end < start
        {
            errors.push("endDate", Rule::DateBeforeStart);
        }
        InterventionData {
            description,
            level: self.level,
            level_note,
            who,
            start_date,
            end_date,
            frequency: errors.value(text::optional_line(
                "frequency",
                self.frequency.as_deref(),
                LINE,
            )),
            goal_ids: self.goal_ids,
        }
    }

    fn tally(&self, _id: &str, tally: &mut Tally) {
        tally.facts.interventions += 1;
    }

    fn headline(&self, _template: &Template) -> String {
        self.description.clone()
    }
}
