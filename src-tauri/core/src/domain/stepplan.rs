//! The stappenplan basisondersteuning (DOMAIN.md §5): six steps per cycle, each open → bezig →
//! afgerond, or overgeslagen with a reason. Which records a step needs before it can be
//! completed comes from the template ([`Requirement`]); this module decides, purely, what is
//! missing and which transitions are allowed.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The six steps, in order. Their labels come from the template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum StepKey {
    Signaleren,
    Begrijpen,
    Plannen,
    Realiseren,
    Vastleggen,
    Evalueren,
}

impl StepKey {
    pub const ALL: [StepKey; 6] = [
        StepKey::Signaleren,
        StepKey::Begrijpen,
        StepKey::Plannen,
        StepKey::Realiseren,
        StepKey::Vastleggen,
        StepKey::Evalueren,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            StepKey::Signaleren => "signaleren",
            StepKey::Begrijpen => "begrijpen",
            StepKey::Plannen => "plannen",
            StepKey::Realiseren => "realiseren",
            StepKey::Vastleggen => "vastleggen",
            StepKey::Evalueren => "evalueren",
        }
    }

    pub fn parse(value: &str) -> Option<StepKey> {
        StepKey::ALL.into_iter().find(|k| k.as_str() == value)
    }

    /// 1-based position.
    pub fn number(self) -> u8 {
        match self {
            StepKey::Signaleren => 1,
            StepKey::Begrijpen => 2,
            StepKey::Plannen => 3,
            StepKey::Realiseren => 4,
            StepKey::Vastleggen => 5,
            StepKey::Evalueren => 6,
        }
    }
}

/// Where a step stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum StepState {
    Open,
    /// Bezig: something was recorded or the user started it.
    InProgress,
    /// Afgerond.
    Done,
    /// Overgeslagen, with a recorded reason.
    Skipped,
}

impl StepState {
    pub fn as_str(self) -> &'static str {
        match self {
            StepState::Open => "open",
            StepState::InProgress => "in_progress",
            StepState::Done => "done",
            StepState::Skipped => "skipped",
        }
    }

    pub fn parse(value: &str) -> Option<StepState> {
        match value {
            "open" => Some(StepState::Open),
            "in_progress" => Some(StepState::InProgress),
            "done" => Some(StepState::Done),
            "skipped" => Some(StepState::Skipped),
            _ => None,
        }
    }

    /// Done or skipped: the step no longer waits for the user.
    pub fn is_settled(self) -> bool {
        matches!(self, StepState::Done | StepState::Skipped)
    }
}

/// Something a template can require before a step is completed. The closed vocabulary the
/// code knows how to check; templates choose from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub enum Requirement {
    #[serde(rename = "signal")]
    Signal,
    #[serde(rename = "signal.parents_informed")]
    SignalParentsInformed,
    #[serde(rename = "signal.pupil_informed")]
    SignalPupilInformed,
    #[serde(rename = "signal.data")]
    SignalData,
    #[serde(rename = "need")]
    Need,
    #[serde(rename = "factor.helping")]
    FactorHelping,
    #[serde(rename = "factor.hindering")]
    FactorHindering,
    #[serde(rename = "goal")]
    Goal,
    #[serde(rename = "goal.evaluation_date")]
    GoalEvaluationDate,
    #[serde(rename = "plan.made_with")]
    PlanMadeWith,
    #[serde(rename = "intervention")]
    Intervention,
    #[serde(rename = "execution")]
    Execution,
    #[serde(rename = "plan_shared")]
    PlanShared,
    #[serde(rename = "evaluation.decision")]
    EvaluationDecision,
    #[serde(rename = "evaluation.all_goals")]
    EvaluationAllGoals,
}

impl Requirement {
    /// The key as written in templates and sent as the error `field`.
    pub fn as_str(self) -> &'static str {
        match self {
            Requirement::Signal => "signal",
            Requirement::SignalParentsInformed => "signal.parents_informed",
            Requirement::SignalPupilInformed => "signal.pupil_informed",
            Requirement::SignalData => "signal.data",
            Requirement::Need => "need",
            Requirement::FactorHelping => "factor.helping",
            Requirement::FactorHindering => "factor.hindering",
            Requirement::Goal => "goal",
            Requirement::GoalEvaluationDate => "goal.evaluation_date",
            Requirement::PlanMadeWith => "plan.made_with",
            Requirement::Intervention => "intervention",
            Requirement::Execution => "execution",
            Requirement::PlanShared => "plan_shared",
            Requirement::EvaluationDecision => "evaluation.decision",
            Requirement::EvaluationAllGoals => "evaluation.all_goals",
        }
    }

    /// Dutch text for a person (CLI); the UI has the same texts in `nl.json`.
    pub fn dutch(self) -> &'static str {
        match self {
            Requirement::Signal => "leg eerst een signaal vast",
            Requirement::SignalParentsInformed => {
                "geef aan of de ouders zijn geïnformeerd (of waarom nog niet)"
            }
            Requirement::SignalPupilInformed => {
                "geef aan of de leerling is geïnformeerd (of waarom nog niet)"
            }
            Requirement::SignalData => "noem de gegevens waarop het signaal berust",
            Requirement::Need => "leg minstens één onderwijsbehoefte vast",
            Requirement::FactorHelping => "leg minstens één bevorderende factor vast",
            Requirement::FactorHindering => "leg minstens één belemmerende factor vast",
            Requirement::Goal => "leg minstens één doel vast",
            Requirement::GoalEvaluationDate => "geef minstens één doel een evaluatiedatum",
            Requirement::PlanMadeWith => {
                "geef bij een doel aan of het plan met de ouders en de leerling is opgesteld"
            }
            Requirement::Intervention => "leg minstens één interventie vast",
            Requirement::Execution => "leg minstens één uitvoering vast",
            Requirement::PlanShared => "leg vast wanneer en hoe het plan met de ouders is gedeeld",
            Requirement::EvaluationDecision => "neem bij de evaluatie een besluit",
            Requirement::EvaluationAllGoals => "beoordeel elk doel van deze cyclus",
        }
    }

    /// Whether the cycle's records satisfy the requirement.
    pub fn is_met(self, facts: &CycleFacts) -> bool {
        match self {
            Requirement::Signal => facts.signals > 0,
            Requirement::SignalParentsInformed => facts.signals_with_parents_informed_or_reason > 0,
            Requirement::SignalPupilInformed => facts.signals_with_pupil_informed_or_reason > 0,
            Requirement::SignalData => facts.signals_with_data > 0,
            Requirement::Need => facts.needs > 0,
            Requirement::FactorHelping => facts.helping_factors > 0,
            Requirement::FactorHindering => facts.hindering_factors > 0,
            Requirement::Goal => facts.goals > 0,
            Requirement::GoalEvaluationDate => facts.goals_with_evaluation_date > 0,
            Requirement::PlanMadeWith => facts.goals_saying_made_with > 0,
            Requirement::Intervention => facts.interventions > 0,
            Requirement::Execution => facts.executions > 0,
            Requirement::PlanShared => facts.plan_shares > 0,
            Requirement::EvaluationDecision => facts.evaluations_with_decision > 0,
            Requirement::EvaluationAllGoals => facts.goals > 0 && facts.goals_without_result == 0,
        }
    }
}

/// Counts over one cycle's records: all a requirement needs to know.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CycleFacts {
    pub signals: usize,
    pub signals_with_parents_informed_or_reason: usize,
    pub signals_with_pupil_informed_or_reason: usize,
    pub signals_with_data: usize,
    pub needs: usize,
    pub helping_factors: usize,
    pub hindering_factors: usize,
    pub goals: usize,
    pub goals_with_evaluation_date: usize,
    /// Goals that say whether the plan was made with the parents and with the pupil.
    pub goals_saying_made_with: usize,
    pub goals_without_result: usize,
    pub interventions: usize,
    pub executions: usize,
    pub plan_shares: usize,
    pub evaluations_with_decision: usize,
}

/// The first requirement in `required` that the facts do not meet.
pub fn first_missing(required: &[Requirement], facts: &CycleFacts) -> Option<Requirement> {
    required.iter().copied().find(|r| !r.is_met(facts))
}

/// The step the user is at: the first one that is neither done nor skipped.
pub fn current_step(states: &[(StepKey, StepState)]) -> Option<StepKey> {
    states
        .iter()
        .find(|(_, state)| !state.is_settled())
        .map(|(key, _)| *key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requirements_read_the_facts() {
        let mut facts = CycleFacts::default();
        let required = [Requirement::Signal, Requirement::SignalParentsInformed];
        assert_eq!(first_missing(&required, &facts), Some(Requirement::Signal));
        facts.signals = 1;
        assert_eq!(
            first_missing(&required, &facts),
            Some(Requirement::SignalParentsInformed)
        );
        facts.signals_with_parents_informed_or_reason = 1;
        assert_eq!(first_missing(&required, &facts), None);
        assert!(
            !Requirement::EvaluationAllGoals.is_met(&CycleFacts::default()),
            "no goals, nothing evaluated"
        );
    }

    #[test]
    fn current_step_skips_settled_steps() {
        let states = [
            (StepKey::Signaleren, StepState::Done),
            (StepKey::Begrijpen, StepState::Skipped),
            (StepKey::Plannen, StepState::InProgress),
            (StepKey::Realiseren, StepState::Open),
        ];
        assert_eq!(current_step(&states), Some(StepKey::Plannen));
        assert_eq!(current_step(&[(StepKey::Evalueren, StepState::Done)]), None);
    }

    #[test]
    fn requirement_keys_round_trip_through_serde() {
        for r in [
            Requirement::SignalParentsInformed,
            Requirement::EvaluationAllGoals,
            Requirement::PlanShared,
        ] {
            let json = serde_json::to_string(&r).expect("serialises");
            assert_eq!(json, format!("\"{}\"", r.as_str()));
        }
    }
}
