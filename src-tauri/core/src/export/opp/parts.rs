//! The two parts of the printed OPP and the pupil's own block between them; each part closes
//! with its own agreement block ([`super::agreement`]).

use super::{Builder, OppDocumentData, iso_to_dutch, present};
use crate::domain::dates::to_dutch;
use crate::domain::opp::{DeviationKind, ProgrammeDeviation};
use crate::domain::records::FactorKind;
use crate::export::model::{Block, Column, HeadingLevel, Table, TextStyle};
use crate::template::Template;
use crate::vocabulary;

/// An empty table cell.
const NONE: &str = "—";

fn italic(text: impl Into<String>) -> Block {
    Block::Paragraph {
        text: text.into(),
        style: TextStyle::Italic,
    }
}

fn regular(text: impl Into<String>) -> Block {
    Block::Paragraph {
        text: text.into(),
        style: TextStyle::Regular,
    }
}

fn table(columns: &[(&str, f32)], rows: Vec<Vec<String>>) -> Block {
    Block::Table(Table {
        columns: columns.iter().map(|(t, s)| Column::new(*t, *s)).collect(),
        rows,
    })
}

fn dash_list(items: &[&str]) -> String {
    if items.is_empty() {
        return NONE.to_owned();
    }
    items
        .iter()
        .map(|item| format!("– {item}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn or_none(text: Option<&String>) -> String {
    text.and_then(|t| present(t)).unwrap_or_else(|| NONE.into())
}

impl Builder {
    pub(super) fn perspective(&mut self, data: &OppDocumentData, template: &Template) {
        let perspective = &data.content.perspective;
        self.heading(HeadingLevel::Section, "Perspectiefdeel");
        self.heading(HeadingLevel::Subsection, "Verwachte uitstroombestemming");
        let destination = perspective.exit_destination.as_deref().map_or_else(
            || "nog niet gekozen".to_owned(),
            |key| template.exit_destination_label(key),
        );
        self.key_values(vec![
            ("Uitstroombestemming".into(), Some(destination)),
            ("Toelichting".into(), perspective.exit_note.clone()),
        ]);
        self.heading(HeadingLevel::Subsection, "Onderbouwing");
        match present(&perspective.reasoning) {
            Some(reasoning) => self.push(regular(reasoning)),
            None => self.push(italic("Nog niet ingevuld.")),
        }
        let needs: Vec<String> = perspective
            .needs
            .iter()
            .filter_map(|need| present(&need.text))
            .collect();
        if !needs.is_empty() {
            self.heading(HeadingLevel::Subsection, "Onderwijsbehoeften");
            self.push(Block::Bullets(needs));
        }
        self.heading(
            HeadingLevel::Subsection,
            "Belemmerende en bevorderende factoren",
        );
        self.push(factors_table(data, template));
        self.perspective_agreement(data);
    }

    pub(super) fn pupil_voice(&mut self, data: &OppDocumentData) {
        let first_name = data.pupil.first_name.trim();
        let voice = &data.content.pupil_voice;
        self.heading(
            HeadingLevel::Section,
            format!("Wat vindt {first_name} zelf?"),
        );
        if let Some((held_on, with)) = &data.hearing {
            self.push(italic(format!(
                "Uit het hoorgesprek van {} met {}.",
                to_dutch(*held_on),
                with.trim()
            )));
        }
        if let Some(reason) = data.hearing_gap_reason.as_deref().and_then(present) {
            self.push(Block::Notice(format!(
                "Er is voor dit moment geen hoorgesprek gehouden. Reden: {reason}"
            )));
        }
        let quotes: Vec<_> = voice
            .quotes
            .iter()
            .filter(|q| !q.words.trim().is_empty())
            .collect();
        for quote in &quotes {
            if let Some(question) = quote.question.as_deref().and_then(present) {
                self.heading(HeadingLevel::Minor, question);
            }
            self.push(Block::Quote(quote.words.clone()));
        }
        let goals: Vec<String> = voice
            .child_goals
            .iter()
            .filter_map(|goal| present(&goal.text))
            .collect();
        if !goals.is_empty() {
            self.heading(
                HeadingLevel::Subsection,
                format!("Kinddoelen: wat {first_name} wil leren"),
            );
            self.push(Block::Bullets(goals));
        }
        if quotes.is_empty() && data.hearing.is_none() && data.hearing_gap_reason.is_none() {
            self.push(Block::Notice(format!(
                "Er staan nog geen woorden van {first_name} in dit plan."
            )));
        }
    }

    pub(super) fn action(&mut self, data: &OppDocumentData, template: &Template) {
        let action = &data.content.action;
        self.heading(HeadingLevel::Section, "Handelingsdeel");
        self.heading(HeadingLevel::Subsection, "Doelen per ontwikkelingsgebied");
        if action.goals.is_empty() {
            self.push(italic("Nog geen doelen ingevuld."));
        } else {
            let areas = &template.opp.development_areas;
            let order = |area: &Option<String>| {
                area.as_deref()
                    .and_then(|key| areas.iter().position(|a| a.key == key))
                    .unwrap_or(usize::MAX)
            };
            let mut goals: Vec<_> = action.goals.iter().collect();
            goals.sort_by_key(|goal| order(&goal.area));
            let rows = goals
                .iter()
                .map(|goal| {
                    vec![
                        goal.area.as_deref().map_or_else(
                            || "nog niet gekozen".to_owned(),
                            |key| vocabulary::choice(areas, key),
                        ),
                        goal.description.trim().to_owned(),
                        goal.evaluation_date
                            .as_deref()
                            .map_or_else(|| NONE.to_owned(), iso_to_dutch),
                    ]
                })
                .collect();
            self.push(table(
                &[
                    ("Ontwikkelingsgebied", 27.0),
                    ("Doel", 55.0),
                    ("Evaluatie op", 18.0),
                ],
                rows,
            ));
        }
        self.heading(HeadingLevel::Subsection, "Ondersteuning en begeleiding");
        if action.support.is_empty() {
            self.push(italic("Nog geen ondersteuning ingevuld."));
        } else {
            let rows = action
                .support
                .iter()
                .map(|s| {
                    vec![
                        s.what.trim().to_owned(),
                        or_none(s.who.as_ref()),
                        or_none(s.frequency.as_ref()),
                        s.from
                            .as_deref()
                            .map_or_else(|| NONE.to_owned(), iso_to_dutch),
                    ]
                })
                .collect();
            self.push(table(
                &[
                    ("Wat", 42.0),
                    ("Wie", 22.0),
                    ("Hoe vaak", 20.0),
                    ("Vanaf", 16.0),
                ],
                rows,
            ));
        }
        self.heading(
            HeadingLevel::Subsection,
            "Afwijkingen van het onderwijsprogramma",
        );
        if action.deviations.is_empty() {
            self.push(regular(format!(
                "Geen: {} volgt het gewone onderwijsprogramma.",
                data.pupil.first_name.trim()
            )));
        }
        for deviation in &action.deviations {
            self.deviation(deviation);
        }
        self.heading(HeadingLevel::Subsection, "Visie van de ouders");
        match data
            .content
            .parents_view
            .as_ref()
            .and_then(|view| present(&view.text))
        {
            Some(view) => self.push(regular(view)),
            None => self.push(italic("Nog niet vastgelegd.")),
        }
        self.action_agreement(data);
    }

    fn deviation(&mut self, deviation: &ProgrammeDeviation) {
        let title = match deviation.subject.as_deref().and_then(present) {
            Some(subject) => format!("{}: {subject}", deviation.deviation_kind.dutch()),
            None => deviation.deviation_kind.dutch().to_owned(),
        };
        self.heading(HeadingLevel::Minor, title);
        if let Some(description) = present(&deviation.description) {
            self.push(regular(description));
        }
        if deviation.deviation_kind == DeviationKind::AangepasteOnderwijstijd {
            let missing = || "nog niet ingevuld".to_owned();
            self.key_values(vec![
                (
                    "Tot en met".into(),
                    Some(
                        deviation
                            .until
                            .as_deref()
                            .map_or_else(missing, iso_to_dutch),
                    ),
                ),
                (
                    "Plan terug naar het volledige programma".into(),
                    Some(
                        deviation
                            .return_plan
                            .as_deref()
                            .and_then(present)
                            .unwrap_or_else(missing),
                    ),
                ),
            ]);
        }
    }
}

/// Belemmerend | bevorderend, a row per factor domain of the template (in its order; a domain
/// without factors shows "—", so a reader sees it was considered), then any domain an older
/// template had.
fn factors_table(data: &OppDocumentData, template: &Template) -> Block {
    let factors = &data.content.perspective.factors;
    let mut domains: Vec<&str> = template
        .factor_domains
        .iter()
        .map(|d| d.key.as_str())
        .collect();
    for factor in factors {
        if !domains.contains(&factor.domain.as_str()) {
            domains.push(&factor.domain);
        }
    }
    let cell = |domain: &str, kind: FactorKind| {
        let items: Vec<&str> = factors
            .iter()
            .filter(|f| f.domain == domain && f.factor_kind == kind)
            .map(|f| f.description.trim())
            .filter(|d| !d.is_empty())
            .collect();
        dash_list(&items)
    };
    let rows = domains
        .iter()
        .map(|domain| {
            vec![
                vocabulary::choice(&template.factor_domains, domain),
                cell(domain, FactorKind::Hindering),
                cell(domain, FactorKind::Helping),
            ]
        })
        .collect();
    table(
        &[
            ("Domein", 18.0),
            ("Belemmerend", 41.0),
            ("Bevorderend", 41.0),
        ],
        rows,
    )
}
