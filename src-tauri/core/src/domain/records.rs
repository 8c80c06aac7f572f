//! The records of the stappenplan (DOMAIN.md §5), one typed payload per kind, and their rules.
//! Each is stored as its own row (id, cycle, kind, date) with this payload; later features
//! (OPP, TLV dossier, PDFs) read the same rows: enter once.
//!
//! A kind is defined once, in its own module (`records/<kind>.rs`): payload type, step, event
//! date, validation and the requirement facts it contributes. [`RecordData`] is the registry:
//! adding a variant makes the compiler point at every `match` that must learn the new kind
//! (the dispatch below, the timeline, the PDF, carry-over and the plan snapshot).

mod conversation;
mod evaluation;
mod execution;
mod factor;
mod goal;
mod intervention;
mod need;
mod plan_share;
mod rules;
mod signal;

pub use conversation::{ConversationData, ConversationKind};
pub use evaluation::{EvaluationData, GoalResult};
pub use execution::ExecutionData;
pub use factor::{FactorData, FactorKind};
pub use goal::GoalData;
pub use intervention::InterventionData;
pub use need::NeedData;
pub use plan_share::{PlanShareData, PlanSnapshot};
pub use signal::{SignalData, SignalSource};

use crate::domain::stepplan::{CycleFacts, StepKey};
use crate::error::{FieldErrors, Result};
use crate::template::Template;
use chrono::NaiveDate as Date;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use ts_rs::TS;

/// Were the parents informed? Yes with a date, or the reason why not (yet).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ParentsInformed {
    pub informed: bool,
    pub date: Option<String>,
    pub reason: Option<String>,
}

/// Was the pupil told about the signal? Yes with a date, or the reason why not (yet). The pupil
/// is heard from the first signal (DOMAIN.md §2, goal 2), not only the parents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PupilInformed {
    pub informed: bool,
    pub date: Option<String>,
    pub reason: Option<String>,
}

/// One record's payload, tagged by kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RecordData {
    Signal(SignalData),
    Conversation(ConversationData),
    Need(NeedData),
    Factor(FactorData),
    Goal(GoalData),
    Intervention(InterventionData),
    Execution(ExecutionData),
    PlanShare(PlanShareData),
    Evaluation(EvaluationData),
}

/// What a kind's validation may read besides its own payload.
struct Context<'a> {
    template: &'a Template,
    today: Date,
}

/// Requirement facts being counted over one cycle's records.
#[derive(Default)]
struct Tally {
    facts: CycleFacts,
    goal_ids: Vec<String>,
    evaluated: BTreeSet<String>,
}

/// The one place that lists every kind: runs `$body` with `$payload` bound to the payload of
/// whichever kind `$record` is. Exhaustive, so a new kind is a compile error until listed.
macro_rules! each_kind {
    ($record:expr, $payload:ident => $body:expr) => {
        match $record {
            RecordData::Signal($payload) => $body,
            RecordData::Conversation($payload) => $body,
            RecordData::Need($payload) => $body,
            RecordData::Factor($payload) => $body,
            RecordData::Goal($payload) => $body,
            RecordData::Intervention($payload) => $body,
            RecordData::Execution($payload) => $body,
            RecordData::PlanShare($payload) => $body,
            RecordData::Evaluation($payload) => $body,
        }
    };
}

impl RecordData {
    /// Stable kind name, as stored (the serde tag).
    pub fn kind(&self) -> &'static str {
        match self {
            RecordData::Signal(_) => SignalData::KIND,
            RecordData::Conversation(_) => ConversationData::KIND,
            RecordData::Need(_) => NeedData::KIND,
            RecordData::Factor(_) => FactorData::KIND,
            RecordData::Goal(_) => GoalData::KIND,
            RecordData::Intervention(_) => InterventionData::KIND,
            RecordData::Execution(_) => ExecutionData::KIND,
            RecordData::PlanShare(_) => PlanShareData::KIND,
            RecordData::Evaluation(_) => EvaluationData::KIND,
        }
    }

    /// The step the record belongs to.
    pub fn step(&self) -> StepKey {
        each_kind!(self, payload => payload.step())
    }

    /// The date of the event, for records that are events.
    pub fn event_date(&self) -> Option<&str> {
        each_kind!(self, payload => payload.event_date())
    }

    /// The goal payload, when this is a goal (for readers that pick one kind out of a list).
    pub fn as_goal(&self) -> Option<&GoalData> {
        if let RecordData::Goal(goal) = self {
            Some(goal)
        } else {
            None
        }
    }

    /// The intervention payload, when this is an intervention.
    pub fn as_intervention(&self) -> Option<&InterventionData> {
        if let RecordData::Intervention(intervention) = self {
            Some(intervention)
        } else {
            None
        }
    }

    /// The evaluation payload, when this is an evaluation.
    pub fn as_evaluation(&self) -> Option<&EvaluationData> {
        if let RecordData::Evaluation(evaluation) = self {
            Some(evaluation)
        } else {
            None
        }
    }

    /// The conversation payload, when this is a conversation.
    pub fn as_conversation(&self) -> Option<&ConversationData> {
        if let RecordData::Conversation(conversation) = self {
            Some(conversation)
        } else {
            None
        }
    }

    /// The evaluation payload, when this is an evaluation.
    pub fn into_evaluation(self) -> Option<EvaluationData> {
        if let RecordData::Evaluation(evaluation) = self {
            Some(evaluation)
        } else {
            None
        }
    }

    fn validated(self, errors: &mut FieldErrors, context: &Context<'_>) -> RecordData {
        match self {
            RecordData::Signal(d) => RecordData::Signal(d.validated(errors, context)),
            RecordData::Conversation(d) => RecordData::Conversation(d.validated(errors, context)),
            RecordData::Need(d) => RecordData::Need(d.validated(errors, context)),
            RecordData::Factor(d) => RecordData::Factor(d.validated(errors, context)),
            RecordData::Goal(d) => RecordData::Goal(d.validated(errors, context)),
            RecordData::Intervention(d) => RecordData::Intervention(d.validated(errors, context)),
            RecordData::Execution(d) => RecordData::Execution(d.validated(errors, context)),
            RecordData::PlanShare(d) => RecordData::PlanShare(d.validated(errors, context)),
            RecordData::Evaluation(d) => RecordData::Evaluation(d.validated(errors, context)),
        }
    }
}

/// Checks a payload against the rules and the template, and returns it trimmed. Every failing
/// field is reported, in form order; a list row is named by its index (`results[1].rationale`).
pub fn validate(data: RecordData, template: &Template, today: Date) -> Result<RecordData> {
    let mut errors = FieldErrors::default();
    let valid = data.validated(&mut errors, &Context { template, today });
    errors.finish()?;
    Ok(valid)
}

/// Counts what a cycle holds, for the step requirements.
pub fn facts<'a>(records: impl IntoIterator<Item = (&'a str, &'a RecordData)>) -> CycleFacts {
    let mut tally = Tally::default();
    for (id, data) in records {
        each_kind!(data, payload => payload.tally(id, &mut tally));
    }
    let Tally {
        mut facts,
        goal_ids,
        evaluated,
    } = tally;
    facts.goals_without_result = goal_ids
        .iter()
        .filter(|id| !evaluated.contains(*id))
        .count();
    facts
}
