//! The blocks of the generated part: the cover ([`super::cover`]) and the seven parts in
//! [`PARTS`] order. Short by design: a cycle
//! is its period, stage, goals and conclusion, not its records; a missing piece is said where
//! it is missing ("Let op: …") and listed again in the checklist.

use super::contents::Numbers;
use super::{DecisionOutcome, PARTS, ParentsPosition, TlvDossierData, TlvExpert, date_or_unknown};
use crate::domain::dates::to_dutch;
use crate::domain::opp::VersionStatus;
use crate::export::model::{Block, Column, HeadingLevel, KeyValue, Table, TextStyle};
use crate::export::opp;
use crate::template::Template;

/// An empty cell or value.
const NONE: &str = "—";

pub(super) fn heading(level: HeadingLevel, text: impl Into<String>) -> Block {
    Block::Heading {
        level,
        text: text.into(),
    }
}

pub(super) fn regular(text: impl Into<String>) -> Block {
    Block::Paragraph {
        text: text.into(),
        style: TextStyle::Regular,
    }
}

pub(super) fn italic(text: impl Into<String>) -> Block {
    Block::Paragraph {
        text: text.into(),
        style: TextStyle::Italic,
    }
}

pub(super) fn table(columns: &[(&str, f32)], rows: Vec<Vec<String>>) -> Block {
    Block::Table(Table {
        columns: columns.iter().map(|(t, s)| Column::new(*t, *s)).collect(),
        rows,
    })
}

pub(super) fn key_values(pairs: Vec<(&str, String)>) -> Block {
    Block::KeyValues(
        pairs
            .into_iter()
            .map(|(key, value)| KeyValue::new(key, value))
            .collect(),
    )
}

pub(super) fn present(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// "13" or "13–32".
pub(super) fn page_range((first, count): (usize, usize)) -> String {
    if count <= 1 {
        first.to_string()
    } else {
        format!("{first}–{}", first + count - 1)
    }
}

/// All blocks of the generated part, the contents filled with `numbers`.
pub(super) fn blocks(data: &TlvDossierData, template: &Template, numbers: &Numbers) -> Vec<Block> {
    let mut blocks = super::cover::cover(data, numbers);
    blocks.push(Block::PageBreak);
    request_and_decision(&mut blocks, data);
    experts_and_parents(&mut blocks, data);
    cycles(&mut blocks, data);
    opp_part(&mut blocks, data, template);
    hearings(&mut blocks, data);
    checklist(&mut blocks, data);
    attachments(&mut blocks, data, numbers);
    blocks
}

fn request_and_decision(blocks: &mut Vec<Block>, data: &TlvDossierData) {
    blocks.push(heading(HeadingLevel::Section, PARTS[0]));
    blocks.push(heading(HeadingLevel::Subsection, "Aanvraag"));
    let mut pairs = vec![
        ("Soort", data.request.kind.trim().to_owned()),
        (
            "Aanvraagdatum",
            data.request.requested_on.map_or_else(
                || "nog niet ingediend (dossier in voorbereiding)".to_owned(),
                to_dutch,
            ),
        ),
    ];
    if let Some(note) = data.request.cluster_note.as_deref().and_then(present) {
        pairs.push(("Cluster 1 of 2", note));
    }
    blocks.push(key_values(pairs));
    blocks.push(heading(HeadingLevel::Subsection, "Besluit"));
    match &data.decision {
        None => blocks.push(italic(
            "Het samenwerkingsverband heeft nog geen besluit genomen.",
        )),
        Some(decision) => {
            let outcome = match decision.outcome {
                DecisionOutcome::Granted => "toegekend",
                DecisionOutcome::Refused => "afgewezen",
            };
            let mut pairs = vec![
                ("Besluit", outcome.to_owned()),
                ("Datum besluit", to_dutch(decision.decided_on)),
                (
                    "Beschikkingsnummer",
                    decision
                        .number
                        .as_deref()
                        .and_then(present)
                        .unwrap_or_else(|| NONE.into()),
                ),
            ];
            if decision.outcome == DecisionOutcome::Granted {
                if let Some(category) = decision.category.as_deref().and_then(present) {
                    pairs.push(("Categorie", category));
                }
                pairs.push(("Ingangsdatum", date_or_unknown(decision.begins_on)));
                pairs.push(("Einddatum", date_or_unknown(decision.ends_on)));
            }
            blocks.push(key_values(pairs));
        }
    }
}

fn experts_and_parents(blocks: &mut Vec<Block>, data: &TlvDossierData) {
    blocks.push(heading(HeadingLevel::Section, PARTS[1]));
    blocks.push(heading(HeadingLevel::Subsection, "Deskundigenadviezen"));
    if !data.experts.is_empty() {
        let rows = data.experts.iter().map(expert_row).collect();
        blocks.push(table(
            &[
                ("Naam", 30.0),
                ("Deskundigheid", 30.0),
                ("Advies van", 20.0),
                ("Onafhankelijk", 20.0),
            ],
            rows,
        ));
        for expert in &data.experts {
            if let Some(advice) = expert.advice.as_deref().and_then(present) {
                blocks.push(regular(format!(
                    "Advies {} ({}):",
                    expert.name.trim(),
                    expert.discipline.trim()
                )));
                blocks.push(Block::Quote(advice));
            }
        }
    }
    let count = data.experts.len();
    if count < 2 {
        blocks.push(Block::Notice(format!(
            "Let op: er {} vastgelegd. Voor een TLV adviseren twee deskundigen.",
            match count {
                0 => "is nog geen deskundigenadvies".to_owned(),
                _ => "is één deskundigenadvies".to_owned(),
            }
        )));
    }
    for expert in data.experts.iter().filter(|e| !e.independent) {
        blocks.push(Block::Notice(format!(
            "Let op: {} ({}) is niet onafhankelijk van de school.",
            expert.name.trim(),
            expert.discipline.trim()
        )));
    }
    blocks.push(heading(HeadingLevel::Subsection, "Standpunt van de ouders"));
    match &data.parents {
        ParentsPosition::Consent { on } => blocks.push(key_values(vec![
            ("Standpunt", "de ouders stemmen in met de aanvraag".into()),
            ("Vastgelegd op", date_or_unknown(*on)),
        ])),
        ParentsPosition::View { on, text } => {
            blocks.push(key_values(vec![
                ("Standpunt", "de ouders geven hun zienswijze".into()),
                ("Vastgelegd op", date_or_unknown(*on)),
            ]));
            if let Some(text) = present(text) {
                blocks.push(Block::Quote(text));
            }
        }
        ParentsPosition::NotYet => blocks.push(Block::Notice(
            "Let op: het standpunt van de ouders (instemming of zienswijze) is nog niet \
             vastgelegd."
                .into(),
        )),
    }
}

fn expert_row(expert: &TlvExpert) -> Vec<String> {
    vec![
        expert.name.trim().to_owned(),
        expert.discipline.trim().to_owned(),
        date_or_unknown(expert.advised_on),
        if expert.independent { "ja" } else { "nee" }.to_owned(),
    ]
}

fn cycles(blocks: &mut Vec<Block>, data: &TlvDossierData) {
    blocks.push(heading(HeadingLevel::Section, PARTS[2]));
    if data.cycles.is_empty() {
        blocks.push(Block::Notice(
            "Er zijn geen cycli van het stappenplan vastgelegd.".into(),
        ));
        return;
    }
    for cycle in &data.cycles {
        let period = match cycle.ended_on {
            Some(end) => format!("{} – {}", to_dutch(cycle.started_on), to_dutch(end)),
            None => format!("sinds {} (loopt nog)", to_dutch(cycle.started_on)),
        };
        let goals: Vec<String> = cycle
            .goals
            .iter()
            .filter_map(|goal| present(goal))
            .map(|goal| format!("– {goal}"))
            .collect();
        let pairs = vec![
            ("Periode", period),
            ("Bereikte stap", cycle.stage_reached.trim().to_owned()),
            (
                "Doelen",
                if goals.is_empty() {
                    "geen doelen vastgelegd".to_owned()
                } else {
                    goals.join("\n")
                },
            ),
            (
                "Conclusie evaluatie",
                cycle
                    .conclusion
                    .as_deref()
                    .and_then(present)
                    .unwrap_or_else(|| "nog niet geëvalueerd".to_owned()),
            ),
        ];
        let title = match present(&cycle.title) {
            Some(title) => format!("Cyclus {} · {title}", cycle.number),
            None => format!("Cyclus {}", cycle.number),
        };
        blocks.push(Block::Keep(vec![
            heading(HeadingLevel::Subsection, title),
            key_values(pairs),
        ]));
    }
}

fn opp_part(blocks: &mut Vec<Block>, data: &TlvDossierData, template: &Template) {
    blocks.push(heading(HeadingLevel::Section, PARTS[3]));
    match &data.opp {
        Some(plan) if plan.status == VersionStatus::Draft => {
            blocks.push(Block::Notice(format!(
                "Let op: dit OPP (versie {}) is een concept en nog niet vastgesteld.",
                plan.number
            )));
            blocks.extend(opp::embedded_blocks(plan, template));
        }
        Some(plan) => {
            blocks.push(italic(format!(
                "{}. Het plan staat hieronder zoals het is vastgesteld, zonder de plaatsen \
                 voor handtekeningen.",
                opp::version_line(plan)
            )));
            blocks.extend(opp::embedded_blocks(plan, template));
        }
        None => blocks.push(Block::Notice(
            "Let op: er is geen vastgesteld ontwikkelingsperspectiefplan.".into(),
        )),
    }
}

fn hearings(blocks: &mut Vec<Block>, data: &TlvDossierData) {
    blocks.push(heading(HeadingLevel::Section, PARTS[4]));
    if data.hearings.is_empty() {
        blocks.push(Block::Notice(
            "Let op: er is geen hoorgesprek vastgelegd.".into(),
        ));
    }
    for hearing in &data.hearings {
        blocks.push(heading(
            HeadingLevel::Subsection,
            format!(
                "Hoorgesprek van {} met {}",
                to_dutch(hearing.held_on),
                hearing.with_whom.trim()
            ),
        ));
        for (question, words) in &hearing.quotes {
            let Some(words) = present(words) else {
                continue;
            };
            if let Some(question) = question.as_deref().and_then(present) {
                blocks.push(heading(HeadingLevel::Minor, question));
            }
            blocks.push(Block::Quote(words));
        }
        let goals: Vec<String> = hearing
            .child_goals
            .iter()
            .filter_map(|goal| present(goal))
            .collect();
        if !goals.is_empty() {
            blocks.push(heading(HeadingLevel::Minor, "Kinddoelen"));
            blocks.push(Block::Bullets(goals));
        }
    }
    blocks.push(heading(HeadingLevel::Subsection, "Zienswijze ouders"));
    if data.parents_views.is_empty() {
        blocks.push(italic("Er is geen zienswijze van de ouders vastgelegd."));
    }
    for view in &data.parents_views {
        blocks.push(heading(
            HeadingLevel::Minor,
            format!("Zienswijze van {}", to_dutch(view.given_on)),
        ));
        blocks.push(Block::Quote(
            present(&view.text).unwrap_or_else(|| NONE.into()),
        ));
    }
}

fn checklist(blocks: &mut Vec<Block>, data: &TlvDossierData) {
    blocks.push(heading(HeadingLevel::Section, PARTS[5]));
    let missing: Vec<&str> = data
        .checklist
        .iter()
        .filter(|line| !line.done)
        .map(|line| line.label.trim())
        .collect();
    blocks.push(match missing.len() {
        0 => regular("Alle onderdelen van de checklist zijn aanwezig."),
        1 => Block::Notice(format!("Er ontbreekt één onderdeel: {}.", missing[0])),
        n => Block::Notice(format!(
            "Er ontbreken {n} onderdelen: {}.",
            missing.join(", ")
        )),
    });
    let rows = data
        .checklist
        .iter()
        .map(|line| {
            let source = match (line.done, line.source.as_deref().and_then(present)) {
                (false, Some(missing)) if missing.starts_with("ontbreekt") => missing.to_owned(),
                (false, _) => "ontbreekt".to_owned(),
                (true, Some(source)) => format!("uit: {source}"),
                (true, None) => "aanwezig".to_owned(),
            };
            vec![
                line.label.trim().to_owned(),
                if line.done { "ja" } else { "nee" }.to_owned(),
                source,
            ]
        })
        .collect();
    blocks.push(table(
        &[
            ("Onderdeel", 42.0),
            ("Aanwezig", 13.0),
            ("Waar vandaan", 45.0),
        ],
        rows,
    ));
}

fn attachments(blocks: &mut Vec<Block>, data: &TlvDossierData, numbers: &Numbers) {
    blocks.push(heading(HeadingLevel::Section, PARTS[6]));
    if data.attachments.is_empty() {
        blocks.push(italic("Er zijn geen bijlagen toegevoegd."));
        return;
    }
    let rows = data
        .attachments
        .iter()
        .zip(&numbers.attachments)
        .enumerate()
        .map(|(index, (attachment, pages))| {
            vec![
                (index + 1).to_string(),
                attachment.title.trim().to_owned(),
                attachment.kind_label.trim().to_owned(),
                date_or_unknown(attachment.document_date),
                attachment
                    .source
                    .as_deref()
                    .and_then(present)
                    .unwrap_or_else(|| NONE.into()),
                page_range(*pages),
            ]
        })
        .collect();
    blocks.push(table(
        &[
            ("Nr.", 7.0),
            ("Titel", 29.0),
            ("Soort", 20.0),
            ("Datum", 14.0),
            ("Bron", 16.0),
            ("Pagina's", 14.0),
        ],
        rows,
    ));
}
