//! Signaal (step Signaleren): what was noticed, since when, on which data, and whether the
//! parents know.

use super::rules::{LINE, TEXT, optional_date, parents, past_date, pupil_informed, required_text};
use super::{Context, ParentsInformed, PupilInformed, RecordKind, Tally};
use crate::domain::stepplan::StepKey;
use crate::domain::text;
use crate::error::FieldErrors;
use crate::template::Template;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SignalSource {
    Teacher,
    Parent,
    Pupil,
    Coordinator,
    Other,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SignalData {
    pub date: String,
    pub source: SignalSource,
    pub source_other: Option<String>,
    /// What was observed: concrete behaviour or results.
    pub observation: String,
    pub since: Option<String>,
    /// Which data it rests on (toetsen, observaties).
    pub data: Option<String>,
    pub parents: ParentsInformed,
    /// Absent in signals recorded before the question was asked.
    #[serde(default)]
    pub pupil_informed: Option<PupilInformed>,
}

impl RecordKind for SignalData {
    const KIND: &'static str = "signal";
    const LABEL: &'static str = "Signaal";

    fn step(&self) -> StepKey {
        StepKey::Signaleren
    }

    fn event_date(&self) -> Option<&str> {
        Some(&self.date)
    }

    fn validated(self, errors: &mut FieldErrors, context: &Context<'_>) -> Self {
        SignalData {
            date: errors.value(past_date("date", &self.date, context.today)),
            source: self.source,
            source_other: errors.value(text::optional_line(
                "sourceOther",
                self.source_other.as_deref(),
                LINE,
            )),
            observation: errors.value(required_text("observation", &self.observation)),
            since: errors.value(optional_date("since", self.since.as_deref())),
            data: errors.value(text::optional_text("data", self.data.as_deref(), TEXT)),
            parents: parents(errors, &self.parents, context.today),
            pupil_informed: self
                .pupil_informed
                .as_ref()
                .map(|p| pupil_informed(errors, p, context.today)),
        }
    }

    fn tally(&self, _id: &str, tally: &mut Tally) {
        tally.facts.signals += 1;
        if self.parents.informed || self.parents.reason.is_some() {
            tally.facts.signals_with_parents_informed_or_reason += 1;
        }
        if self
            .pupil_informed
            .as_ref()
            .is_some_and(|p| p.informed || p.reason.is_some())
        {
            tally.facts.signals_with_pupil_informed_or_reason += 1;
        }
        if self.data.is_some() {
            tally.facts.signals_with_data += 1;
        }
    }

    fn headline(&self, _template: &Template) -> String {
        self.observation.clone()
    }
}
