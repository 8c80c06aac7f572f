//! Onderwijsbehoefte (step Begrijpen): what the pupil needs, in one sentence.

use super::{Context, Tally};
use crate::domain::stepplan::StepKey;
use crate::domain::text;
use crate::error::FieldErrors;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NeedData {
    pub description: String,
}

impl NeedData {
    pub(super) const KIND: &'static str = "need";

    pub(super) fn step(&self) -> StepKey {
        StepKey::Begrijpen
    }

    pub(super) fn event_date(&self) -> Option<&str> {
        None
    }

    pub(super) fn validated(self, errors: &mut FieldErrors, _context: &Context<'_>) -> Self {
        NeedData {
            description: errors.value(text::required_line("description", &self.description, 1000)),
        }
    }

    pub(super) fn tally(&self, _id: &str, tally: &mut Tally) {
        tally.facts.needs += 1;
    }
}
