//! The records of the stappenplan (DOMAIN.md §5), one typed payload per kind, and their rules.
//! Each is stored as its own row (id, cycle, kind, date) with this payload; later features
//! (OPP, TLV dossier, PDFs) read the same rows: enter once.

use crate::domain::stepplan::{CycleFacts, StepKey};
use crate::domain::{dates, text};
use crate::error::{Error, FieldErrors, Result, Rule};
use crate::template::Template;
use chrono::NaiveDate as Date;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

const LINE: usize = 200;
const TEXT: usize = 10_000;

/// Were the parents informed? Yes with a date, or the reason why not (yet).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ParentsInformed {
    pub informed: bool,
    pub date: Option<String>,
    pub reason: Option<String>,
}

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
}

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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NeedData {
    pub description: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum FactorKind {
    /// Belemmerend.
    Hindering,
    /// Bevorderend.
    Helping,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FactorData {
    /// Belemmerend or bevorderend (not `kind`: that is the record's tag).
    pub factor_kind: FactorKind,
    /// A factor domain key of the template (leerling, onderwijs, thuis).
    pub domain: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GoalData {
    pub description: String,
    pub target_date: Option<String>,
    pub evaluation_date: Option<String>,
}

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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExecutionData {
    pub date: String,
    pub what: String,
    pub deviations: Option<String>,
}

/// The plan as it stood when it was shared: a frozen copy of needs, factors, goals and
/// interventions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlanSnapshot {
    pub needs: Vec<NeedData>,
    pub factors: Vec<FactorData>,
    pub goals: Vec<GoalData>,
    pub interventions: Vec<InterventionData>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlanShareData {
    pub date: String,
    /// How: in a meeting, by letter, by e-mail…
    pub method: String,
    /// Filled by Ibis when saved; what the user sends is ignored.
    pub snapshot: Option<PlanSnapshot>,
}

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

impl RecordData {
    /// Stable kind name, as stored.
    pub fn kind(&self) -> &'static str {
        match self {
            RecordData::Signal(_) => "signal",
            RecordData::Conversation(_) => "conversation",
            RecordData::Need(_) => "need",
            RecordData::Factor(_) => "factor",
            RecordData::Goal(_) => "goal",
            RecordData::Intervention(_) => "intervention",
            RecordData::Execution(_) => "execution",
            RecordData::PlanShare(_) => "plan_share",
            RecordData::Evaluation(_) => "evaluation",
        }
    }

    /// The step the record belongs to.
    pub fn step(&self) -> StepKey {
        match self {
            RecordData::Signal(_) => StepKey::Signaleren,
            RecordData::Conversation(c) => c.step,
            RecordData::Need(_) | RecordData::Factor(_) => StepKey::Begrijpen,
            RecordData::Goal(_) | RecordData::Intervention(_) => StepKey::Plannen,
            RecordData::Execution(_) => StepKey::Realiseren,
            RecordData::PlanShare(_) => StepKey::Vastleggen,
            RecordData::Evaluation(_) => StepKey::Evalueren,
        }
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
    pub fn into_evaluation(self) -> Option<EvaluationData> {
        if let RecordData::Evaluation(evaluation) = self {
            Some(evaluation)
        } else {
            None
        }
    }

    /// The date of the event, for records that are events.
    pub fn event_date(&self) -> Option<&str> {
        match self {
            RecordData::Signal(d) => Some(&d.date),
            RecordData::Conversation(d) => Some(&d.date),
            RecordData::Execution(d) => Some(&d.date),
            RecordData::PlanShare(d) => Some(&d.date),
            RecordData::Evaluation(d) => Some(&d.date),
            RecordData::Need(_)
            | RecordData::Factor(_)
            | RecordData::Goal(_)
            | RecordData::Intervention(_) => None,
        }
    }
}

/// Checks a payload against the rules and the template, and returns it trimmed. Every failing
/// field is reported, in form order; a list row is named by its index (`results[1].rationale`).
pub fn validate(data: RecordData, template: &Template, today: Date) -> Result<RecordData> {
    let mut errors = FieldErrors::default();
    let valid = match data {
        RecordData::Signal(d) => RecordData::Signal(SignalData {
            date: errors.value(past_date("date", &d.date, today)),
            source: d.source,
            source_other: errors.value(text::optional_line(
                "sourceOther",
                d.source_other.as_deref(),
                LINE,
            )),
            observation: errors.value(required_text("observation", &d.observation)),
            since: errors.value(optional_date("since", d.since.as_deref())),
            data: errors.value(text::optional_text("data", d.data.as_deref(), TEXT)),
            parents: parents(&mut errors, &d.parents, today),
        }),
        RecordData::Conversation(d) => RecordData::Conversation(ConversationData {
            step: d.step,
            date: errors.value(past_date("date", &d.date, today)),
            conversation_kind: d.conversation_kind,
            participants: errors.value(text::required_line("participants", &d.participants, 500)),
            summary: errors.value(required_text("summary", &d.summary)),
            agreements: errors.value(text::optional_text(
                "agreements",
                d.agreements.as_deref(),
                TEXT,
            )),
            parents: d.parents.as_ref().map(|p| parents(&mut errors, p, today)),
        }),
        RecordData::Need(d) => RecordData::Need(NeedData {
            description: errors.value(text::required_line("description", &d.description, 1000)),
        }),
        RecordData::Factor(d) => {
            if !Template::has_choice(&template.factor_domains, &d.domain) {
                errors.push("domain", Rule::OutOfRange);
            }
            RecordData::Factor(FactorData {
                factor_kind: d.factor_kind,
                domain: d.domain,
                description: errors.value(text::required_line("description", &d.description, 1000)),
            })
        }
        RecordData::Goal(d) => RecordData::Goal(GoalData {
            description: errors.value(text::required_line("description", &d.description, 1000)),
            target_date: errors.value(optional_date("targetDate", d.target_date.as_deref())),
            evaluation_date: errors.value(optional_date(
                "evaluationDate",
                d.evaluation_date.as_deref(),
            )),
        }),
        RecordData::Intervention(d) => {
            let description =
                errors.value(text::required_line("description", &d.description, 1000));
            if !Template::has_choice(&template.intervention_levels, &d.level) {
                errors.push("level", Rule::OutOfRange);
            }
            let level_note = errors.value(text::optional_text(
                "levelNote",
                d.level_note.as_deref(),
                TEXT,
            ));
            if d.level == "onduidelijk" && level_note.is_none() {
                errors.push("levelNote", Rule::Required);
            }
            let who = errors.value(text::optional_line("who", d.who.as_deref(), LINE));
            let start_date = errors.value(optional_date("startDate", d.start_date.as_deref()));
            let end_date = errors.value(optional_date("endDate", d.end_date.as_deref()));
            if let (Some(start), Some(end)) = (&start_date, &end_date)
                && end < start
            {
                errors.push("endDate", Rule::DateBeforeStart);
            }
            RecordData::Intervention(InterventionData {
                description,
                level: d.level,
                level_note,
                who,
                start_date,
                end_date,
                frequency: errors.value(text::optional_line(
                    "frequency",
                    d.frequency.as_deref(),
                    LINE,
                )),
                goal_ids: d.goal_ids,
            })
        }
        RecordData::Execution(d) => RecordData::Execution(ExecutionData {
            date: errors.value(past_date("date", &d.date, today)),
            what: errors.value(required_text("what", &d.what)),
            deviations: errors.value(text::optional_text(
                "deviations",
                d.deviations.as_deref(),
                TEXT,
            )),
        }),
        RecordData::PlanShare(d) => RecordData::PlanShare(PlanShareData {
            date: errors.value(past_date("date", &d.date, today)),
            method: errors.value(text::required_line("method", &d.method, LINE)),
            snapshot: None,
        }),
        RecordData::Evaluation(d) => {
            let date = errors.value(past_date("date", &d.date, today));
            let mut results = Vec::with_capacity(d.results.len());
            for (row, r) in d.results.into_iter().enumerate() {
                if !Template::has_choice(&template.evaluation_outcomes, &r.outcome) {
                    errors.push(format!("results[{row}].outcome"), Rule::OutOfRange);
                }
                let rationale = match text::optional_text("rationale", Some(&r.rationale), TEXT) {
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
                    goal_id: r.goal_id,
                    outcome: r.outcome,
                    rationale,
                });
            }
            if let Some(decision) = &d.decision
                && !Template::has_choice(&template.decisions, decision)
            {
                errors.push("decision", Rule::OutOfRange);
            }
            RecordData::Evaluation(EvaluationData {
                date,
                results,
                decision: d.decision,
                notes: errors.value(text::optional_text("notes", d.notes.as_deref(), TEXT)),
            })
        }
    };
    errors.finish()?;
    Ok(valid)
}

/// Text that must not be empty (after trimming).
fn required_text(field: &'static str, value: &str) -> Result<String> {
    text::optional_text(field, Some(value), TEXT)?
        .ok_or_else(|| Error::validation(field, Rule::Required))
}

fn parents(errors: &mut FieldErrors, p: &ParentsInformed, today: Date) -> ParentsInformed {
    if p.informed {
        let date = p.date.as_deref().unwrap_or("");
        ParentsInformed {
            informed: true,
            date: errors.option(past_date("parentsDate", date, today)),
            reason: None,
        }
    } else {
        ParentsInformed {
            informed: false,
            date: None,
            reason: errors.value(text::optional_text(
                "parentsReason",
                p.reason.as_deref(),
                TEXT,
            )),
        }
    }
}

/// An event that happened: a real date, not in the future.
fn past_date(field: &'static str, value: &str, today: Date) -> Result<String> {
    let date = dates::parse_iso(field, value)?;
    if date > today {
        return Err(Error::validation(field, Rule::DateInFuture));
    }
    Ok(dates::to_iso(date))
}

fn optional_date(field: &'static str, value: Option<&str>) -> Result<Option<String>> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => Ok(Some(dates::to_iso(dates::parse_iso(field, v)?))),
    }
}

/// Counts what a cycle holds, for the step requirements.
pub fn facts<'a>(records: impl IntoIterator<Item = (&'a str, &'a RecordData)>) -> CycleFacts {
    let mut facts = CycleFacts::default();
    let mut goal_ids = Vec::new();
    let mut evaluated = std::collections::BTreeSet::new();
    for (id, data) in records {
        match data {
            RecordData::Signal(s) => {
                facts.signals += 1;
                if s.parents.informed || s.parents.reason.is_some() {
                    facts.signals_with_parents_informed_or_reason += 1;
                }
                if s.data.is_some() {
                    facts.signals_with_data += 1;
                }
            }
            RecordData::Conversation(_) => {}
            RecordData::Need(_) => facts.needs += 1,
            RecordData::Factor(f) => match f.factor_kind {
                FactorKind::Helping => facts.helping_factors += 1,
                FactorKind::Hindering => facts.hindering_factors += 1,
            },
            RecordData::Goal(g) => {
                facts.goals += 1;
                goal_ids.push(id);
                if g.evaluation_date.is_some() {
                    facts.goals_with_evaluation_date += 1;
                }
            }
            RecordData::Intervention(_) => facts.interventions += 1,
            RecordData::Execution(_) => facts.executions += 1,
            RecordData::PlanShare(_) => facts.plan_shares += 1,
            RecordData::Evaluation(e) => {
                if e.decision.is_some() {
                    facts.evaluations_with_decision += 1;
                }
                evaluated.extend(e.results.iter().map(|r| r.goal_id.clone()));
            }
        }
    }
    facts.goals_without_result = goal_ids
        .iter()
        .filter(|id| !evaluated.contains(**id))
        .count();
    facts
}
