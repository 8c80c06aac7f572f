//! From the vault's casus (with its stappenplan records) to the casusoverzicht's input: every
//! record of every cycle, labelled with the template's Dutch words, and the timeline. Enter
//! once: the PDF reads the same rows the stepper shows.

use crate::domain::case::CaseStatus;
use crate::domain::dates;
use crate::domain::pupil::Wording;
use crate::domain::records::{FactorKind, ParentsInformed, RecordData, SignalSource};
use crate::domain::stepplan::{StepKey, StepState};
use crate::error::Result;
use crate::export::case_overview::*;
use crate::template::Template;
use crate::usecases::case_detail::{
    CaseDetail, CycleView, RecordView, TimelineEntry, TimelineKind,
};
use crate::vocabulary;
use chrono::NaiveDate as Date;

/// Fills the casusoverzicht from a casus and the template it is shown with.
pub fn case_overview_data(detail: &CaseDetail, template: &Template) -> Result<CaseOverviewData> {
    let pupil = &detail.pupil;
    let case = &detail.case;
    let wording = pupil.education_type.wording();
    let closed_on = case
        .closed_on
        .as_deref()
        .or(case.closed_at.as_deref())
        .map(date)
        .transpose()?;
    Ok(CaseOverviewData {
        pupil: PupilInfo {
            first_name: pupil.first_name.clone(),
            surname_prefix: pupil.surname_prefix.clone(),
            last_name: pupil.last_name.clone(),
            birth_date: date(&pupil.birth_date)?,
            school: pupil.school.clone(),
            education_type: pupil.education_type,
            grade: pupil.grade.into(),
        },
        case: CaseInfo {
            title: case.title.clone(),
            start_date: date(&case.start_date)?,
            status_label: match case.status {
                CaseStatus::Open => "Open".into(),
                CaseStatus::Closed => "Gesloten".into(),
            },
            template_label: format!("{} (versie {})", template.name, case.template_version),
            closed_on,
        },
        cycles: detail
            .cycles
            .iter()
            .map(|c| cycle(c, template, wording))
            .collect::<Result<_>>()?,
        timeline: detail
            .timeline
            .iter()
            .map(|e| timeline_item(e, detail, template))
            .collect::<Result<_>>()?,
        // Filled from the vault by the export use case (`views::case_views`).
        pupil_views: Vec::new(),
        parent_views: Vec::new(),
    })
}

fn cycle(view: &CycleView, template: &Template, wording: Wording) -> Result<Cycle> {
    let mut steps = Vec::new();
    for step in &view.steps {
        let records: Vec<&RecordView> = view
            .records
            .iter()
            .filter(|r| r.data.step() == step.key)
            .collect();
        let mut out = step_records(step.key, &records, view, template, wording)?;
        if step.state == StepState::Skipped {
            out.insert(
                0,
                StepRecord::Note(Note {
                    title: "Overgeslagen".into(),
                    text: step.skip_reason.clone().unwrap_or_default(),
                }),
            );
        }
        steps.push(Step {
            number: step.key.number(),
            name: template.step(step.key).label.clone(),
            completed_on: match step.state {
                StepState::Done => step.settled_on.as_deref().map(date).transpose()?,
                _ => None,
            },
            completion_reason: step.completion_reason.clone(),
            records: out,
        });
    }
    Ok(Cycle {
        number: u32::try_from(view.number).unwrap_or(0),
        started_on: date(&view.started_on)?,
        steps,
    })
}

/// The casusoverzicht blocks of one step. The PDF block of each record kind is built here, in
/// one exhaustive `match` the compiler points at when a kind is added, not in the kind's
/// domain module: the blocks are the document model's types (`export::case_overview`, which
/// `domain/` must not import) and they need the stage's wording and the template's labels.
fn step_records(
    key: StepKey,
    records: &[&RecordView],
    cycle: &CycleView,
    template: &Template,
    wording: Wording,
) -> Result<Vec<StepRecord>> {
    let mut out = Vec::new();
    let mut needs = Vec::new();
    let mut factors: Vec<DomainFactors> = template
        .factor_domains
        .iter()
        .map(|d| DomainFactors {
            domain: d.label.clone(),
            hindering: vec![],
            supporting: vec![],
        })
        .collect();
    let mut has_factors = false;
    let mut executions = Vec::new();
    for record in records {
        match &record.data {
            RecordData::Signal(s) => out.push(StepRecord::Signal(Signal {
                date: date(&s.date)?,
                reported_by: match (s.source, &s.source_other) {
                    (SignalSource::Other, Some(other)) => other.clone(),
                    (source, _) => {
                        vocabulary::capitalized(vocabulary::signal_source(source, wording))
                    }
                },
                observation: s.observation.clone(),
                since: s.since.as_deref().map(dutch_date),
                sources: s.data.iter().cloned().collect(),
                parents_informed: Some(parents_text(&s.parents)),
                pupil_informed: s.pupil_informed.as_ref().map(|p| {
                    parents_text(&ParentsInformed {
                        informed: p.informed,
                        date: p.date.clone(),
                        reason: p.reason.clone(),
                    })
                }),
            })),
            RecordData::Conversation(c) => out.push(StepRecord::Conversation(Conversation {
                date: date(&c.date)?,
                kind: vocabulary::conversation_kind(c.conversation_kind, wording),
                participants: c
                    .participants
                    .split(',')
                    .map(|p| p.trim().to_owned())
                    .filter(|p| !p.is_empty())
                    .collect(),
                summary: c.summary.clone(),
                agreements: lines(c.agreements.as_deref()),
            })),
            RecordData::Need(n) => needs.push(n.description.clone()),
            RecordData::Factor(f) => {
                has_factors = true;
                let label = vocabulary::choice(&template.factor_domains, &f.domain);
                if let Some(domain) = factors.iter_mut().find(|d| d.domain == label) {
                    match f.factor_kind {
                        FactorKind::Hindering => domain.hindering.push(f.description.clone()),
                        FactorKind::Helping => domain.supporting.push(f.description.clone()),
                    }
                }
            }
            // Printed together as the plan (goals with their interventions), below.
            RecordData::Goal(_) | RecordData::Intervention(_) => {}
            RecordData::Execution(e) => executions.push(ExecutionEntry {
                date: date(&e.date)?,
                what: e.what.clone(),
                deviation: e.deviations.clone(),
            }),
            RecordData::PlanShare(p) => out.push(StepRecord::Sharing(Sharing {
                date: date(&p.date)?,
                how: p.method.clone(),
                note: None,
            })),
            RecordData::Evaluation(e) => out.push(StepRecord::Evaluation(Evaluation {
                date: date(&e.date)?,
                results: e
                    .results
                    .iter()
                    .map(|r| GoalResult {
                        goal: goal_text(cycle, &r.goal_id),
                        result: vocabulary::choice(&template.evaluation_outcomes, &r.outcome),
                        evidence: r.rationale.clone(),
                    })
                    .collect(),
                decision: e
                    .decision
                    .as_deref()
                    .map(|d| vocabulary::choice(&template.decisions, d))
                    .unwrap_or_else(|| "Nog geen besluit".into()),
                explanation: e.notes.clone(),
            })),
        }
    }
    if !needs.is_empty() || has_factors {
        out.insert(
            0,
            StepRecord::NeedsAndFactors(NeedsAndFactors {
                needs,
                factors,
                support_level: None,
            }),
        );
    }
    if key == StepKey::Plannen {
        let plan = plan(records, template)?;
        if !plan.goals.is_empty() {
            out.insert(0, StepRecord::Plan(plan));
        }
    }
    if !executions.is_empty() {
        out.push(StepRecord::Execution(executions));
    }
    Ok(out)
}

/// Goals with the interventions linked to them; unlinked interventions under their own heading.
fn plan(records: &[&RecordView], template: &Template) -> Result<Plan> {
    let interventions: Vec<(&RecordView, &crate::domain::records::InterventionData)> = records
        .iter()
        .filter_map(|r| r.data.as_intervention().map(|i| (*r, i)))
        .collect();
    let convert = |i: &crate::domain::records::InterventionData,
                   evaluate_on: Option<Date>|
     -> Result<Intervention> {
        let mut level = vocabulary::choice(&template.intervention_levels, &i.level);
        if let Some(note) = &i.level_note {
            level = format!("{level}: {note}");
        }
        Ok(Intervention {
            description: match &i.frequency {
                Some(f) => format!("{} ({f})", i.description),
                None => i.description.clone(),
            },
            level,
            by_whom: i.who.clone().unwrap_or_default(),
            start: i.start_date.as_deref().map(date).transpose()?,
            evaluate_on,
        })
    };
    let mut goals = Vec::new();
    for record in records {
        let Some(g) = record.data.as_goal() else {
            continue;
        };
        let evaluate_on = g.evaluation_date.as_deref().map(date).transpose()?;
        let linked = interventions
            .iter()
            .filter(|(_, i)| i.goal_ids.contains(&record.id))
            .map(|(_, i)| convert(i, evaluate_on))
            .collect::<Result<Vec<_>>>()?;
        goals.push(Goal {
            description: g.description.clone(),
            target_date: g.target_date.as_deref().map(date).transpose()?,
            made_with: made_with_text(g.made_with_parents, g.made_with_pupil),
            interventions: linked,
        });
    }
    let goal_ids: Vec<&str> = records
        .iter()
        .filter(|r| r.data.as_goal().is_some())
        .map(|r| r.id.as_str())
        .collect();
    let unlinked = interventions
        .iter()
        .filter(|(_, i)| !i.goal_ids.iter().any(|g| goal_ids.contains(&g.as_str())))
        .map(|(_, i)| convert(i, None))
        .collect::<Result<Vec<_>>>()?;
    if !unlinked.is_empty() {
        goals.push(Goal {
            description: "Aanpak zonder gekoppeld doel".into(),
            target_date: None,
            made_with: None,
            interventions: unlinked,
        });
    }
    Ok(Plan { goals })
}

fn timeline_item(
    entry: &TimelineEntry,
    detail: &CaseDetail,
    template: &Template,
) -> Result<TimelineItem> {
    let step = entry.step.map(|s| template.step(s).label.clone());
    let cycle = entry.cycle_number.map(|n| format!("cyclus {n}"));
    let context = [cycle, step]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ");
    let record_text = || {
        detail
            .cycles
            .iter()
            .flat_map(|c| c.records.iter())
            .find(|r| r.id == entry.record_id)
            .map(|r| summary(&r.data, template))
            .unwrap_or_default()
    };
    let text = match entry.kind {
        TimelineKind::CaseOpened => detail.case.title.clone(),
        TimelineKind::CycleStarted | TimelineKind::Export => String::new(),
        TimelineKind::CaseClosed
        | TimelineKind::StepCompleted
        | TimelineKind::StepSkipped
        | TimelineKind::Correction
        | TimelineKind::Hearing
        | TimelineKind::ParentView
        | TimelineKind::OppVersion => entry.note.clone().unwrap_or_default(),
        TimelineKind::Signal
        | TimelineKind::Conversation
        | TimelineKind::Need
        | TimelineKind::Factor
        | TimelineKind::Goal
        | TimelineKind::Intervention
        | TimelineKind::Execution
        | TimelineKind::PlanShare
        | TimelineKind::Evaluation => record_text(),
    };
    let event = vocabulary::timeline_event(entry.kind);
    let detail_text = match (context.is_empty(), text.is_empty()) {
        (true, _) => text,
        (false, true) => context,
        (false, false) => format!("{context}: {text}"),
    };
    Ok(TimelineItem {
        date: date(&entry.date)?,
        event: event.into(),
        detail: detail_text,
    })
}

/// A short line for the timeline (the full text is in the step sections above it); what the
/// line says is the kind's own `headline`.
fn summary(data: &RecordData, template: &Template) -> String {
    let text = data.headline(template);
    let mut short: String = text.chars().take(90).collect();
    if text.chars().count() > 90 {
        short.push('…');
    }
    short
}

fn goal_text(cycle: &CycleView, goal_id: &str) -> String {
    cycle
        .records
        .iter()
        .find(|r| r.id == goal_id)
        .and_then(|r| r.data.as_goal())
        .map(|g| g.description.clone())
        .unwrap_or_else(|| "(doel verwijderd)".into())
}

/// "Met ouders: ja · met de leerling: nee" — only the questions that were answered.
fn made_with_text(parents: Option<bool>, pupil: Option<bool>) -> Option<String> {
    let answer = |yes: bool| if yes { "ja" } else { "nee" };
    let parts: Vec<String> = [
        parents.map(|yes| format!("met ouders: {}", answer(yes))),
        pupil.map(|yes| format!("met de leerling: {}", answer(yes))),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!parts.is_empty()).then(|| format!("Opgesteld {}", parts.join(" · ")))
}

/// "Ja, op 21-04-2026", "Nee: <reden>" (parents or pupil informed).
fn parents_text(p: &ParentsInformed) -> String {
    match (p.informed, &p.date, &p.reason) {
        (true, Some(d), _) => format!("Ja, op {}", dutch_date(d)),
        (true, None, _) => "Ja".into(),
        (false, _, Some(reason)) => format!("Nee: {reason}"),
        (false, _, None) => "Nog niet vastgelegd".into(),
    }
}

fn lines(text: Option<&str>) -> Vec<String> {
    text.unwrap_or("")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Dates and instants (the first ten characters) as `Date`.
pub(super) fn date(value: &str) -> Result<Date> {
    dates::parse_iso("date", value.get(..10).unwrap_or(value))
}

fn dutch_date(value: &str) -> String {
    date(value)
        .map(dates::to_dutch)
        .unwrap_or_else(|_| value.to_owned())
}
