//! From the vault's casus (with its stappenplan records) to the casusoverzicht's input: every
//! record of every cycle, labelled with the template's Dutch words, and the timeline. Enter
//! once: the PDF reads the same rows the stepper shows.

use crate::domain::case::CaseStatus;
use crate::domain::dates;
use crate::domain::names;
use crate::domain::records::{
    ConversationKind, FactorKind, ParentsInformed, RecordData, SignalSource,
};
use crate::domain::stepplan::{StepKey, StepState};
use crate::error::Result;
use crate::export::case_overview::*;
use crate::template::{Choice, Template};
use crate::usecases::cases::{CaseDetail, CycleView, RecordView, TimelineEntry, TimelineKind};
use time::Date;

/// Fills the casusoverzicht from a casus and the template it is shown with.
pub fn case_overview_data(detail: &CaseDetail, template: &Template) -> Result<CaseOverviewData> {
    let pupil = &detail.pupil;
    let case = &detail.case;
    let grade_word = pupil.education_type.wording().grade;
    let closed_on = case.closed_at.as_deref().map(date).transpose()?;
    Ok(CaseOverviewData {
        pupil: PupilInfo {
            first_name: pupil.first_name.clone(),
            // The surname as printed: "de Groot" (the document shows "Daan de Groot").
            last_name: names::surname(pupil.surname_prefix.as_deref(), &pupil.last_name),
            birth_date: date(&pupil.birth_date)?,
            school: pupil.school.clone(),
            grade_label: format!(
                "{grade_word} {} ({})",
                pupil.grade,
                pupil.education_type.as_str()
            ),
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
            .map(|c| cycle(c, template))
            .collect::<Result<_>>()?,
        timeline: detail
            .timeline
            .iter()
            .map(|e| timeline_item(e, detail, template))
            .collect::<Result<_>>()?,
    })
}

fn cycle(view: &CycleView, template: &Template) -> Result<Cycle> {
    let mut steps = Vec::new();
    for step in &view.steps {
        let records: Vec<&RecordView> = view
            .records
            .iter()
            .filter(|r| r.data.step() == step.key)
            .collect();
        let mut out = step_records(step.key, &records, view, template)?;
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
            records: out,
        });
    }
    Ok(Cycle {
        number: u32::try_from(view.number).unwrap_or(0),
        started_on: date(&view.started_on)?,
        steps,
    })
}

fn step_records(
    key: StepKey,
    records: &[&RecordView],
    cycle: &CycleView,
    template: &Template,
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
                reported_by: match s.source {
                    SignalSource::Teacher => "leerkracht".into(),
                    SignalSource::Parent => "ouder/verzorger".into(),
                    SignalSource::Pupil => "leerling".into(),
                    SignalSource::Coordinator => "intern begeleider".into(),
                    SignalSource::Other => {
                        s.source_other.clone().unwrap_or_else(|| "anders".into())
                    }
                },
                observation: s.observation.clone(),
                since: s.since.as_deref().map(dutch_date),
                sources: s.data.iter().cloned().collect(),
                parents_informed: Some(parents_text(&s.parents)),
            })),
            RecordData::Conversation(c) => out.push(StepRecord::Conversation(Conversation {
                date: date(&c.date)?,
                kind: match c.conversation_kind {
                    ConversationKind::Parents => "Gesprek met ouders",
                    ConversationKind::Pupil => "Gesprek met de leerling",
                    ConversationKind::Teacher => "Gesprek met de leerkracht",
                    ConversationKind::Meeting => "Overleg / ondersteuningsteam",
                }
                .into(),
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
                let label = label(&template.factor_domains, &f.domain);
                if let Some(domain) = factors.iter_mut().find(|d| d.domain == label) {
                    match f.factor_kind {
                        FactorKind::Hindering => domain.hindering.push(f.description.clone()),
                        FactorKind::Helping => domain.supporting.push(f.description.clone()),
                    }
                }
            }
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
                        result: label(&template.evaluation_outcomes, &r.outcome),
                        evidence: r.rationale.clone(),
                    })
                    .collect(),
                decision: e
                    .decision
                    .as_deref()
                    .map(|d| label(&template.decisions, d))
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
                pupil_view: None,
                parents_view: None,
                support_level: None,
            }),
        );
    }
    if key == StepKey::Plannen {
        let plan = plan(records)?;
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
fn plan(records: &[&RecordView]) -> Result<Plan> {
    let interventions: Vec<(&RecordView, &crate::domain::records::InterventionData)> = records
        .iter()
        .filter_map(|r| match &r.data {
            RecordData::Intervention(i) => Some((*r, i)),
            _ => None,
        })
        .collect();
    let convert = |i: &crate::domain::records::InterventionData,
                   evaluate_on: Option<Date>|
     -> Result<Intervention> {
        // The short key (basis, extra, onduidelijk) fits the table's narrow level column.
        let mut level = i.level.clone();
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
        let RecordData::Goal(g) = &record.data else {
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
            interventions: linked,
        });
    }
    let goal_ids: Vec<&str> = records
        .iter()
        .filter(|r| matches!(r.data, RecordData::Goal(_)))
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
            .map(|r| summary(&r.data))
            .unwrap_or_default()
    };
    let (event, text) = match entry.kind {
        TimelineKind::CaseOpened => ("Casus geopend", detail.case.title.clone()),
        TimelineKind::CaseClosed => ("Casus gesloten", String::new()),
        TimelineKind::CycleStarted => ("Nieuwe cyclus", String::new()),
        TimelineKind::StepCompleted => ("Stap afgerond", String::new()),
        TimelineKind::StepSkipped => ("Stap overgeslagen", entry.note.clone().unwrap_or_default()),
        TimelineKind::Signal => ("Signaal", record_text()),
        TimelineKind::Conversation => ("Gesprek", record_text()),
        TimelineKind::Need => ("Onderwijsbehoefte", record_text()),
        TimelineKind::Factor => ("Factor", record_text()),
        TimelineKind::Goal => ("Doel", record_text()),
        TimelineKind::Intervention => ("Interventie", record_text()),
        TimelineKind::Execution => ("Uitvoering", record_text()),
        TimelineKind::PlanShare => ("Plan gedeeld met ouders", record_text()),
        TimelineKind::Evaluation => ("Evaluatie", record_text()),
        TimelineKind::Revision => ("Bijgesteld", entry.note.clone().unwrap_or_default()),
        TimelineKind::Export => ("Casusoverzicht geëxporteerd", String::new()),
    };
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

/// A short line for the timeline (the full text is in the step sections above it).
fn summary(data: &RecordData) -> String {
    let text = match data {
        RecordData::Signal(s) => s.observation.as_str(),
        RecordData::Conversation(c) => c.summary.as_str(),
        RecordData::Need(n) => n.description.as_str(),
        RecordData::Factor(f) => f.description.as_str(),
        RecordData::Goal(g) => g.description.as_str(),
        RecordData::Intervention(i) => i.description.as_str(),
        RecordData::Execution(e) => e.what.as_str(),
        RecordData::PlanShare(p) => p.method.as_str(),
        RecordData::Evaluation(e) => e.decision.as_deref().unwrap_or(""),
    };
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
        .and_then(|r| match &r.data {
            RecordData::Goal(g) => Some(g.description.clone()),
            _ => None,
        })
        .unwrap_or_else(|| "(doel verwijderd)".into())
}

fn parents_text(p: &ParentsInformed) -> String {
    match (p.informed, &p.date, &p.reason) {
        (true, Some(d), _) => format!("Ja, op {}", dutch_date(d)),
        (true, None, _) => "Ja".into(),
        (false, _, Some(reason)) => format!("Nee: {reason}"),
        (false, _, None) => "Nog niet vastgelegd".into(),
    }
}

fn label(choices: &[Choice], key: &str) -> String {
    choices
        .iter()
        .find(|c| c.key == key)
        .map(|c| c.label.clone())
        .unwrap_or_else(|| key.to_owned())
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
fn date(value: &str) -> Result<Date> {
    dates::parse_iso("date", value.get(..10).unwrap_or(value))
}

fn dutch_date(value: &str) -> String {
    date(value)
        .map(dates::to_dutch)
        .unwrap_or_else(|_| value.to_owned())
}
