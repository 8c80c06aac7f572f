//! The Rust side's Dutch labels for the closed vocabularies: who signalled, kinds of
//! conversation, timeline events, onderwijstypes, and the template's own lists. A record
//! kind's own name is defined in its module (`RecordKind::LABEL`) and only looked up here. Documents (the
//! casusoverzicht) take every label from here or from the template, so they never print a key.
//! The UI has the same words in `ui/src/i18n/nl.json` (the keys are named on each function);
//! change both together. People words follow the school's stage ([`Wording`]).

use crate::domain::pupil::{EducationType, Wording};
use crate::domain::records::{
    ConversationData, ConversationKind, EvaluationData, ExecutionData, FactorData, GoalData,
    InterventionData, NeedData, PlanShareData, RecordKind, SignalData, SignalSource,
};
use crate::template::{Choice, Template};
use crate::usecases::case_detail::TimelineKind;

/// Label of the goal's streefdatum (nl.json `stepplan.fields.targetDate`).
pub const TARGET_DATE: &str = "Streefdatum";
/// Label of the goal's evaluation date (nl.json `stepplan.fields.evaluationDate`).
pub const EVALUATION_DATE: &str = "Evaluatiedatum";

/// Who signalled (nl.json `stepplan.sources.*`; the people words per stage).
pub fn signal_source(source: SignalSource, wording: Wording) -> &'static str {
    match source {
        SignalSource::Teacher => wording.teacher,
        SignalSource::Parent => "ouder/verzorger",
        SignalSource::Pupil => "leerling",
        SignalSource::Coordinator => wording.coordinator,
        SignalSource::Other => "anders",
    }
}

/// The title of a conversation (nl.json `stepplan.conversationKinds.*`).
pub fn conversation_kind(kind: ConversationKind, wording: Wording) -> String {
    match kind {
        ConversationKind::Parents => "Gesprek met ouders".into(),
        ConversationKind::Pupil => "Gesprek met de leerling".into(),
        ConversationKind::Teacher => format!("Gesprek met de {}", wording.class_contact),
        ConversationKind::Meeting => "Overleg / ondersteuningsteam".into(),
    }
}

/// What happened, on the timeline (nl.json `cases.kinds.*`).
pub fn timeline_event(kind: TimelineKind) -> &'static str {
    match kind {
        TimelineKind::CaseOpened => "Casus geopend",
        TimelineKind::CaseClosed => "Casus gesloten",
        TimelineKind::CycleStarted => "Nieuwe cyclus gestart",
        TimelineKind::StepCompleted => "Stap afgerond",
        TimelineKind::StepSkipped => "Stap overgeslagen",
        // A record kind's name lives in its own module (`domain/records/<kind>.rs`).
        TimelineKind::Signal => SignalData::LABEL,
        TimelineKind::Conversation => ConversationData::LABEL,
        TimelineKind::Need => NeedData::LABEL,
        TimelineKind::Factor => FactorData::LABEL,
        TimelineKind::Goal => GoalData::LABEL,
        TimelineKind::Intervention => InterventionData::LABEL,
        TimelineKind::Execution => ExecutionData::LABEL,
        TimelineKind::PlanShare => PlanShareData::LABEL,
        TimelineKind::Evaluation => EvaluationData::LABEL,
        TimelineKind::Correction => "Gecorrigeerd",
        TimelineKind::Export => "Casusoverzicht geëxporteerd (PDF)",
        TimelineKind::Hearing => "Hoorgesprek met de leerling",
        TimelineKind::ParentView => "Zienswijze ouders",
        TimelineKind::OppVersion => "OPP vastgesteld",
    }
}

/// The onderwijstype written out, with its abbreviation ("primair onderwijs (po)").
pub fn education_type(education_type: EducationType) -> &'static str {
    match education_type {
        EducationType::Po => "primair onderwijs (po)",
        EducationType::Sbo => "speciaal basisonderwijs (sbo)",
        EducationType::So => "speciaal onderwijs (so)",
        EducationType::Vo => "voortgezet onderwijs (vo)",
        EducationType::Vso => "voortgezet speciaal onderwijs (vso)",
        EducationType::Pro => "praktijkonderwijs (pro)",
    }
}

/// The template's label for `key`. A key the template no longer lists (an older version's)
/// is shown as words ("nieuwe cyclus"), never as the raw key.
pub fn choice(choices: &[Choice], key: &str) -> String {
    Template::choice_label(choices, key)
}

/// `text` with its first letter upper case ("intern begeleider" → "Intern begeleider").
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_words_follow_the_stage() {
        let po = EducationType::Po.wording();
        let vo = EducationType::Vo.wording();
        assert_eq!(signal_source(SignalSource::Teacher, po), "leerkracht");
        assert_eq!(signal_source(SignalSource::Teacher, vo), "docent");
        assert_eq!(
            signal_source(SignalSource::Coordinator, vo),
            "ondersteuningscoördinator"
        );
        assert_eq!(
            conversation_kind(ConversationKind::Teacher, po),
            "Gesprek met de leerkracht"
        );
        assert_eq!(
            conversation_kind(ConversationKind::Teacher, vo),
            "Gesprek met de mentor"
        );
        assert_eq!(capitalized(po.coordinator), "Intern begeleider");
        assert_eq!(capitalized(vo.coordinator), "Ondersteuningscoördinator");
    }

    #[test]
    fn an_unknown_choice_is_shown_as_words_not_as_a_key() {
        let choices = vec![Choice {
            key: "basis".into(),
            label: "Basisondersteuning".into(),
        }];
        assert_eq!(choice(&choices, "basis"), "Basisondersteuning");
        assert_eq!(choice(&choices, "nieuwe_cyclus"), "nieuwe cyclus");
    }
}
