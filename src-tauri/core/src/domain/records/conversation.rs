//! Gesprek (any step): with whom, what was said and agreed, and for talks with parents whether
//! they were informed.

use super::rules::{TEXT, parents, past_date, required_text};
use super::{Context, ParentsInformed, RecordKind, Tally};
use crate::domain::stepplan::StepKey;
use crate::domain::text;
use crate::error::FieldErrors;
use crate::template::Template;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ConversationKind {
    Parents,
    Pupil,
    Teacher,
    Meeting,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConversationData {
    /// The step during which the conversation took place.
    pub step: StepKey,
    pub date: String,
    /// Who the conversation was with (not `kind`: that is the record's tag).
    pub conversation_kind: ConversationKind,
    pub participants: String,
    pub summary: String,
    pub agreements: Option<String>,
    pub parents: Option<ParentsInformed>,
}

impl RecordKind for ConversationData {
    const KIND: &'static str = "conversation";
    const LABEL: &'static str = "Gesprek";

    fn step(&self) -> StepKey {
        self.step
    }

    fn event_date(&self) -> Option<&str> {
        Some(&self.date)
    }

    fn validated(self, errors: &mut FieldErrors, context: &Context<'_>) -> Self {
        ConversationData {
            step: self.step,
            date: errors.value(past_date("date", &self.date, context.today)),
            conversation_kind: self.conversation_kind,
            participants: errors.value(text::required_line(
                "participants",
                &self.participants,
                500,
            )),
            summary: errors.value(required_text("summary", &self.summary)),
            agreements: errors.value(text::optional_text(
                "agreements",
                self.agreements.as_deref(),
                TEXT,
            )),
            parents: self
                .parents
                .as_ref()
                .map(|p| parents(errors, p, context.today)),
        }
    }

    /// Conversations meet no requirement of their own.
    fn tally(&self, _id: &str, _tally: &mut Tally) {}

    fn headline(&self, _template: &Template) -> String {
        self.summary.clone()
    }
}
