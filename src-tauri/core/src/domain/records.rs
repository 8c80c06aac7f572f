//! The records of the stappenplan (DOMAIN.md §5), one typed payload per kind, and their rules.
//! Each is stored as its own row (id, cycle, kind, date) with this payload; later features
//! (OPP, TLV dossier, PDFs) read the same rows: enter once.
//!
//! A kind is defined once, in its own module (`records/<kind>.rs`): payload type, and its
//! [`RecordKind`] impl (stored name, Dutch name, step, event date, validation, the requirement
//! facts it contributes, its one-line headline). [`RecordData`] is the registry: adding a
//! variant makes the compiler point at every `match` that must learn the new kind (the
//! dispatch below, the timeline kind, the PDF block, carry-over and the plan snapshot). See
//! `docs/adding-a-record-kind.md`.

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

/// What every record kind defines, in its own module. Crate-visible so readers outside the
/// domain (the timeline labels) can name a kind's `LABEL`; implemented only here.
pub(crate) trait RecordKind: Sized {
    /// Stable kind name, as stored (the serde tag).
    const KIND: &'static str;
    /// The kind's Dutch name on the timeline and in documents; the UI has the same word in
    /// nl.json `cases.kinds.<kind>` and `stepplan.kinds.<kind>` (a test checks both).
    const LABEL: &'static str;
    /// The step the record belongs to.
    fn step(&self) -> StepKey;
    /// The date of the event, for records that are events.
    fn event_date(&self) -> Option<&str>;
    /// The payload checked and trimmed; every failing field goes into `errors`.
    fn validated(self, errors: &mut FieldErrors, context: &Context<'_>) -> Self;
    /// Adds what this record contributes to the cycle's requirement facts.
    fn tally(&self, id: &str, tally: &mut Tally);
    /// What the record says, in one line of the template's words (timeline of documents).
    fn headline(&self, template: &Template) -> String;
}

/// What a kind's validation may read besides its own payload.
pub(crate) struct Context<'a> {
    template: &'a Template,
    today: Date,
}

/// Requirement facts being counted over one cycle's records.
#[derive(Default)]
pub(crate) struct Tally {
    facts: CycleFacts,
    goal_ids: Vec<String>,
    evaluated: BTreeSet<String>,
}

/// The one place that lists every kind: runs `$body` with `$payload` bound to the payload of
/// whichever kind `$record` is (`=> wrap` puts the result back into the same variant).
/// Exhaustive, so a new kind is a compile error until listed.
macro_rules! each_kind {
    ($record:expr, $payload:ident => wrap $body:expr) => {
        match $record {
            RecordData::Signal($payload) => RecordData::Signal($body),
            RecordData::Conversation($payload) => RecordData::Conversation($body),
            RecordData::Need($payload) => RecordData::Need($body),
            RecordData::Factor($payload) => RecordData::Factor($body),
            RecordData::Goal($payload) => RecordData::Goal($body),
            RecordData::Intervention($payload) => RecordData::Intervention($body),
            RecordData::Execution($payload) => RecordData::Execution($body),
            RecordData::PlanShare($payload) => RecordData::PlanShare($body),
            RecordData::Evaluation($payload) => RecordData::Evaluation($body),
        }
    };
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
        fn of<K: RecordKind>(_: &K) -> &'static str {
            K::KIND
        }
        each_kind!(self, payload => of(payload))
    }

    /// The kind's Dutch name ("Uitvoering").
    pub fn label(&self) -> &'static str {
        fn of<K: RecordKind>(_: &K) -> &'static str {
            K::LABEL
        }
        each_kind!(self, payload => of(payload))
    }

    /// What the record says, in one line of the template's words (not shortened).
    pub fn headline(&self, template: &Template) -> String {
        each_kind!(self, payload => payload.headline(template))
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
        each_kind!(self, payload => wrap payload.validated(errors, context))
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every kind's stored name and Dutch name, as its module defines them.
    const KINDS: [(&str, &str); 9] = [
        (SignalData::KIND, SignalData::LABEL),
        (ConversationData::KIND, ConversationData::LABEL),
        (NeedData::KIND, NeedData::LABEL),
        (FactorData::KIND, FactorData::LABEL),
        (GoalData::KIND, GoalData::LABEL),
        (InterventionData::KIND, InterventionData::LABEL),
        (ExecutionData::KIND, ExecutionData::LABEL),
        (PlanShareData::KIND, PlanShareData::LABEL),
        (EvaluationData::KIND, EvaluationData::LABEL),
    ];

    #[test]
    fn a_kind_has_the_same_name_on_screen_and_in_documents() {
        let nl: serde_json::Value =
            serde_json::from_str(include_str!("../../../../ui/src/i18n/nl.json"))
                .expect("nl.json is valid JSON");
        for (kind, label) in KINDS {
            assert_eq!(nl["cases"]["kinds"][kind], label, "cases.kinds.{kind}");
            assert_eq!(
                nl["stepplan"]["kinds"][kind], label,
                "stepplan.kinds.{kind}"
            );
        }
    }

    #[test]
    fn the_stored_kind_name_is_the_serde_tag() {
        let execution = RecordData::Execution(ExecutionData {
            date: "2025-03-03".into(),
            what: "Geoefend".into(),
            deviations: None,
        });
        let json = serde_json::to_value(&execution).expect("a payload serialises");
        assert_eq!(json["kind"], execution.kind());
        assert_eq!(execution.label(), "Uitvoering");
    }
}
