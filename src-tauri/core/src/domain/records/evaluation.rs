//! Evaluatie (step Evalueren): per goal an outcome with evidence, and the decision. A result
//! row's field errors name the row (`results[1].rationale`).

use super::rules::{TEXT, past_date};
use super::{Context, RecordKind, Tally};
use crate::domain::stepplan::StepKey;
use crate::domain::text;
use crate::error::{FieldErrors, Rule};
use crate::template::Template;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GoalResult {
    pub goal_id: String,
    /// An evaluation outcome key of the template (behaald, deels, niet_behaald).
    pub outcome: String,
    pub rationale: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EvaluationData {
    pub date: String,
    pub results: Vec<GoalResult>,
    /// A decision key of the template; required to complete Evalueren.
    pub decision: Option<String>,
    pub notes: Option<String>,
}

impl RecordKind for EvaluationData {
    const KIND: &'static str = "evaluation";
    const LABEL: &'static str = "Evaluatie";

    fn step(&self) -> StepKey {
        StepKey::Evalueren
    }

    fn event_date(&self) -> Option<&str> {
        Some(&self.date)
    }

    fn validated(self, errors: &mut FieldErrors, context: &Context<'_>) -> Self {
        let date = errors.value(past_date("date", &self.date, context.today));
        let mut results = Vec::with_capacity(self.results.len());
        for (row, result) in self.results.into_iter().enumerate() {
            if !Template::has_choice(&context.template.evaluation_outcomes, &result.outcome) {
                errors.push(format!("results[{row}].outcome"), Rule::OutOfRange);
            }
            let rationale = match text::optional_text("rationale", Some(&result.rationale), TEXT) {
                Ok(Some(rationale)) => rationale,
                Ok(None) => {
                    errors.push(format!("results[{row}].rationale"), Rule::Required);
                    String::new()
                }
                Err(error) => {
                    for field_error in error.field_errors() {
                        errors.push(format!("results[{row}].rationale"), field_error.rule);
                    }
                    String::new()
                }
            };
            results.push(GoalResult {
                goal_id: result.goal_id,
                outcome: result.outcome,
                rationale,
            });
        }
        if let Some(decision) = &self.decision
            && !Template::has_choice(&context.template.decisions, decision)
        {
            errors.push("decision", Rule::OutOfRange);
        }
        EvaluationData {
            date,
            results,
            decision: self.decision,
            notes: errors.value(text::optional_text("notes", self.notes.as_deref(), TEXT)),
        }
    }

    fn tally(&self, _id: &str, tally: &mut Tally) {
        if self.decision.is_some() {
            tally.facts.evaluations_with_decision += 1;
        }
        tally
            .evaluated
            .extend(self.results.iter().map(|r| r.goal_id.clone()));
    }

    /// The decision, in the template's words (empty while not decided).
    fn headline(&self, template: &Template) -> String {
        self.decision
            .as_deref()
            .map(|key| Template::choice_label(&template.decisions, key))
            .unwrap_or_default()
    }
}
