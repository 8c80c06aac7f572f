//! Onderwijsbehoefte (step Begrijpen): what the pupil needs, in one sentence.

use super::{Context, RecordKind, Tally};
use crate::domain::stepplan::StepKey;
use crate::domain::text;
use crate::error::FieldErrors;
use crate::template::Template;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NeedData {
    pub description: String,
}

impl RecordKind for NeedData {
    const KIND: &'static str = "need";
    const LABEL: &'static str = "Onderwijsbehoefte";

    fn step(&self) -> StepKey {
        StepKey::Begrijpen
    }

    fn event_date(&self) -> Option<&str> {
        None
    }

    fn validated(self, errors: &mut FieldErrors, _context: &Context<'_>) -> Self {
        NeedData {
            description: errors.value(text::required_line("description", &self.description, 1000)),
        }
    }

    fn tally(&self, _id: &str, tally: &mut Tally) {
        tally.facts.needs += 1;
    }

    fn headline(&self, _template: &Template) -> String {
        self.description.clone()
    }
}
