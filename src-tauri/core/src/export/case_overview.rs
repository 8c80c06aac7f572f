//! The casusoverzicht: pupil and casus on top, then every stappenplan cycle step by step with
//! its records, the pupil's and the parents' view in their own words (hoorrecht), a
//! chronological timeline and a place for signatures. Built from
//! [`CaseOverviewData`], so it does not care where the records come from.

mod data;
mod views;

pub use data::*;

use super::model::{
    Audience, Block, Column, Document, HeadingLevel, KeyValue, Metadata, Signature, Table,
    TextStyle,
};
use crate::domain::dates::to_dutch;
use crate::vocabulary::{self, capitalized};
use chrono::NaiveDate as Date;

/// The metadata title of every casusoverzicht; deliberately without names.
pub const METADATA_TITLE: &str = "Ibis — casusoverzicht";

/// Builds the document.
pub fn build(data: &CaseOverviewData) -> Document {
    let mut b = Builder { blocks: Vec::new() };
    let full_name = data.pupil.full_name();
    let wording = data.pupil.education_type.wording();
    b.push(Block::Title {
        text: "Casusoverzicht".into(),
        subtitle: Some(data.case.title.clone()),
    });
    b.section("Leerling");
    b.push(Block::KeyValues(vec![
        KeyValue::new("Naam", full_name.clone()),
        KeyValue::new("Geboortedatum", to_dutch(data.pupil.birth_date)),
        KeyValue::new("School", data.pupil.school.clone()),
        KeyValue::new(capitalized(wording.grade), data.pupil.grade.to_string()),
        KeyValue::new(
            "Onderwijstype",
            vocabulary::education_type(data.pupil.education_type),
        ),
    ]));
    b.section("Casus");
    let mut case = vec![
        KeyValue::new("Titel", data.case.title.clone()),
        KeyValue::new("Startdatum", to_dutch(data.case.start_date)),
        KeyValue::new("Status", data.case.status_label.clone()),
        KeyValue::new("Sjabloon", data.case.template_label.clone()),
    ];
    if let Some(closed) = data.case.closed_on {
        case.push(KeyValue::new("Gesloten op", to_dutch(closed)));
    }
    if data.pupil_views.is_empty() && data.parent_views.is_empty() {
        case.push(views::no_views_row());
    }
    b.push(Block::KeyValues(case));

    if data.cycles.is_empty() {
        b.section("Stappenplan");
        b.push(Block::Notice(
            "Nog geen cycli vastgelegd. Zodra het stappenplan (signaleren, begrijpen, plannen, \
             realiseren, vastleggen, evalueren) is doorlopen, staat het hier per stap."
                .into(),
        ));
    }
    for cycle in &data.cycles {
        b.cycle(cycle);
    }

    b.views(data);

    b.section("Tijdlijn");
    if data.timeline.is_empty() {
        b.push(Block::Notice("Er staat nog niets op de tijdlijn.".into()));
    } else {
        b.table(
            &[
                ("Datum", 16.0),
                ("Gebeurtenis", 32.0),
                ("Toelichting", 52.0),
            ],
            data.timeline
                .iter()
                .map(|t| vec![to_dutch(t.date), t.event.clone(), t.detail.clone()])
                .collect(),
        );
    }

    b.section("Ondertekening");
    b.push(Block::Signatures(vec![
        Signature::new(capitalized(wording.coordinator), None),
        Signature::new("Ouder/verzorger (voor gezien)", None),
    ]));

    Document {
        header_title: format!("Casusoverzicht — {full_name}"),
        audience: Audience::Professional,
        mark: None,
        metadata: Metadata {
            title: METADATA_TITLE.into(),
            subject: "Casusoverzicht uit Ibis (vertrouwelijk)".into(),
            keywords: vec![
                "Ibis".into(),
                "casusoverzicht".into(),
                "vertrouwelijk".into(),
            ],
        },
        blocks: b.blocks,
    }
}

/// The proposed file name: initials and date, never the full name
/// (`casusoverzicht-DdV-2026-03-09.pdf` for Daan de Vries).
pub fn file_name(first_name: &str, last_name: &str, on: Date) -> String {
    format!(
        "casusoverzicht-{}-{}.pdf",
        initials(first_name, last_name),
        crate::domain::dates::to_iso(on)
    )
}

/// A pupil's initials for file names ("DdV" for Daan de Vries; "leerling" without any).
pub fn initials(first_name: &str, last_name: &str) -> String {
    let initials: String = first_name
        .split_whitespace()
        .chain(last_name.split_whitespace())
        .filter_map(|word| word.chars().find(|c| c.is_alphanumeric()))
        .collect();
    if initials.is_empty() {
        "leerling".to_owned()
    } else {
        initials
    }
}

struct Builder {
    blocks: Vec<Block>,
}

fn optional_date(date: Option<Date>) -> String {
    date.map(to_dutch).unwrap_or_default()
}

fn dash_list(items: &[String]) -> String {
    items
        .iter()
        .map(|item| format!("– {item}"))
        .collect::<Vec<_>>()
        .join("\n")
}

impl Builder {
    fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }

    fn heading(&mut self, level: HeadingLevel, text: impl Into<String>) {
        self.push(Block::Heading {
            level,
            text: text.into(),
        });
    }

    fn section(&mut self, text: &str) {
        self.heading(HeadingLevel::Section, text);
    }

    fn paragraph(&mut self, text: &str) {
        if !text.trim().is_empty() {
            self.push(Block::Paragraph {
                text: text.to_owned(),
                style: TextStyle::Regular,
            });
        }
    }

    fn key_values(&mut self, pairs: Vec<(&str, Option<String>)>) {
        let pairs: Vec<KeyValue> = pairs
            .into_iter()
            .filter_map(|(key, value)| {
                value
                    .filter(|v| !v.trim().is_empty())
                    .map(|v| KeyValue::new(key, v))
            })
            .collect();
        if !pairs.is_empty() {
            self.push(Block::KeyValues(pairs));
        }
    }

    fn table(&mut self, columns: &[(&str, f32)], rows: Vec<Vec<String>>) {
        self.push(Block::Table(Table {
            columns: columns.iter().map(|(t, s)| Column::new(*t, *s)).collect(),
            rows,
        }));
    }

    fn cycle(&mut self, cycle: &Cycle) {
        self.heading(
            HeadingLevel::Section,
            format!(
                "Cyclus {} — gestart op {}",
                cycle.number,
                to_dutch(cycle.started_on)
            ),
        );
        for step in &cycle.steps {
            self.heading(
                HeadingLevel::Subsection,
                format!("Stap {} · {}", step.number, step.name),
            );
            if let Some(done) = step.completed_on {
                let text = match &step.completion_reason {
                    Some(reason) => format!(
                        "Afgerond op {}, zonder alles wat deze stap vraagt. Reden: {reason}",
                        to_dutch(done)
                    ),
                    None => format!("Afgerond op {}", to_dutch(done)),
                };
                self.push(Block::Paragraph {
                    text,
                    style: TextStyle::Italic,
                });
            }
            if step.records.is_empty() {
                self.push(Block::Paragraph {
                    text: "In deze stap is nog niets vastgelegd.".into(),
                    style: TextStyle::Italic,
                });
            }
            for record in &step.records {
                self.record(record);
            }
        }
    }

    fn record(&mut self, record: &StepRecord) {
        match record {
            StepRecord::Signal(s) => {
                self.heading(
                    HeadingLevel::Minor,
                    format!("Signaal van {}", to_dutch(s.date)),
                );
                self.key_values(vec![
                    ("Gesignaleerd door", Some(s.reported_by.clone())),
                    ("Sinds", s.since.clone()),
                    ("Gegevens", Some(s.sources.join(", "))),
                    ("Ouders geïnformeerd", s.parents_informed.clone()),
                    ("Leerling geïnformeerd", s.pupil_informed.clone()),
                ]);
                self.paragraph(&s.observation);
            }
            StepRecord::Conversation(c) => {
                self.heading(
                    HeadingLevel::Minor,
                    format!("{} — {}", c.kind, to_dutch(c.date)),
                );
                self.key_values(vec![("Aanwezig", Some(c.participants.join(", ")))]);
                self.paragraph(&c.summary);
                if !c.agreements.is_empty() {
                    self.push(Block::Paragraph {
                        text: "Afspraken".into(),
                        style: TextStyle::Bold,
                    });
                    self.push(Block::Bullets(c.agreements.clone()));
                }
            }
            StepRecord::NeedsAndFactors(n) => self.needs_and_factors(n),
            StepRecord::Plan(plan) => self.plan(plan),
            StepRecord::Execution(entries) => {
                self.heading(HeadingLevel::Minor, "Uitvoering");
                self.table(
                    &[
                        ("Datum", 16.0),
                        ("Wat is gedaan", 54.0),
                        ("Afwijking", 30.0),
                    ],
                    entries
                        .iter()
                        .map(|e| {
                            let deviation = e.deviation.clone().unwrap_or_default();
                            vec![to_dutch(e.date), e.what.clone(), deviation]
                        })
                        .collect(),
                );
            }
            StepRecord::Sharing(s) => {
                self.heading(HeadingLevel::Minor, "Plan gedeeld met ouders");
                self.key_values(vec![
                    ("Datum", Some(to_dutch(s.date))),
                    ("Hoe", Some(s.how.clone())),
                    ("Toelichting", s.note.clone()),
                ]);
            }
            StepRecord::Evaluation(e) => {
                self.heading(
                    HeadingLevel::Minor,
                    format!("Evaluatie van {}", to_dutch(e.date)),
                );
                self.table(
                    &[("Doel", 36.0), ("Resultaat", 16.0), ("Onderbouwing", 48.0)],
                    e.results
                        .iter()
                        .map(|r| vec![r.goal.clone(), r.result.clone(), r.evidence.clone()])
                        .collect(),
                );
                self.key_values(vec![
                    ("Besluit", Some(e.decision.clone())),
                    ("Toelichting", e.explanation.clone()),
                ]);
            }
            StepRecord::Note(note) => {
                self.heading(HeadingLevel::Minor, note.title.clone());
                self.paragraph(&note.text);
            }
        }
    }

    fn needs_and_factors(&mut self, n: &NeedsAndFactors) {
        if !n.needs.is_empty() {
            self.heading(HeadingLevel::Minor, "Onderwijsbehoeften");
            self.push(Block::Bullets(n.needs.clone()));
        }
        if !n.factors.is_empty() {
            self.heading(HeadingLevel::Minor, "Belemmerende en bevorderende factoren");
            self.table(
                &[
                    ("Domein", 18.0),
                    ("Belemmerend", 41.0),
                    ("Bevorderend", 41.0),
                ],
                n.factors
                    .iter()
                    .map(|f| {
                        vec![
                            f.domain.clone(),
                            dash_list(&f.hindering),
                            dash_list(&f.supporting),
                        ]
                    })
                    .collect(),
            );
        }
        self.key_values(vec![("Ondersteuning", n.support_level.clone())]);
    }

    fn plan(&mut self, plan: &Plan) {
        self.heading(HeadingLevel::Minor, "Doelen en interventies");
        let mut rows = Vec::new();
        for goal in &plan.goals {
            let mut goal_text = goal.description.clone();
            if let Some(date) = goal.target_date {
                goal_text.push_str(&format!(
                    "\n{}: {}",
                    vocabulary::TARGET_DATE,
                    to_dutch(date)
                ));
            }
            if let Some(made_with) = &goal.made_with {
                goal_text.push_str(&format!("\n{made_with}"));
            }
            if goal.interventions.is_empty() {
                rows.push(vec![
                    goal_text.clone(),
                    "—".into(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                ]);
            }
            for (index, i) in goal.interventions.iter().enumerate() {
                let goal_cell = if index == 0 {
                    goal_text.clone()
                } else {
                    "idem".into()
                };
                rows.push(vec![
                    goal_cell,
                    i.description.clone(),
                    i.level.clone(),
                    i.by_whom.clone(),
                    optional_date(i.start),
                    optional_date(i.evaluate_on),
                ]);
            }
        }
        self.table(
            &[
                ("Doel", 23.0),
                ("Interventie", 25.0),
                ("Niveau", 14.0),
                ("Wie", 12.0),
                ("Start", 13.0),
                ("Evaluatie", 13.0),
            ],
            rows,
        );
    }
}
