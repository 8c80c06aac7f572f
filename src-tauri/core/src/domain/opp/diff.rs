//! What changed between two versions of an OPP, per section, in words a parent or a colleague
//! reads: "Nieuw: …", "Vervallen: …", "Was: … / Nu: …". Items are compared as they are printed
//! (an edited item shows as its old line vervallen and its new line nieuw); where a section
//! holds one value, old and new are shown together. Sources are not compared: where an item came
//! from is no change to the plan.

use super::{DeviationKind, OppContent};
use crate::domain::dates;
use crate::domain::records::FactorKind;
use crate::template::Template;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The sections of the plan, in print order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OppSection {
    ExitDestination,
    Reasoning,
    Needs,
    Factors,
    PupilVoice,
    Goals,
    Support,
    Deviations,
    ParentsView,
}

impl OppSection {
    /// The section's title, as the printed OPP has it.
    pub fn title(self) -> &'static str {
        match self {
            OppSection::ExitDestination => "Uitstroombestemming",
            OppSection::Reasoning => "Onderbouwing",
            OppSection::Needs => "Onderwijsbehoeften",
            OppSection::Factors => "Belemmerende en bevorderende factoren",
            OppSection::PupilVoice => "Wat vindt de leerling zelf?",
            OppSection::Goals => "Doelen",
            OppSection::Support => "Ondersteuning en begeleiding",
            OppSection::Deviations => "Afwijkingen van het onderwijsprogramma",
            OppSection::ParentsView => "Visie van de ouders",
        }
    }
}

/// How one line changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum LineChange {
    Added,
    Removed,
}

/// One changed line of a section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChangedLine {
    pub change: LineChange,
    pub text: String,
}

/// One section that changed, with its lines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SectionChange {
    pub section: OppSection,
    pub title: String,
    pub lines: Vec<ChangedLine>,
}

/// The sections that differ between `old` and `new`, in print order; empty when nothing changed.
pub fn diff(old: &OppContent, new: &OppContent, template: &Template) -> Vec<SectionChange> {
    let before = section_lines(old, template);
    let after = section_lines(new, template);
    before
        .into_iter()
        .zip(after)
        .filter_map(|((section, old_lines), (_, new_lines))| {
            let mut lines: Vec<ChangedLine> = old_lines
                .iter()
                .filter(|line| !new_lines.contains(line))
                .map(|text| ChangedLine {
                    change: LineChange::Removed,
                    text: text.clone(),
                })
                .collect();
            lines.extend(
                new_lines
                    .iter()
                    .filter(|line| !old_lines.contains(line))
                    .map(|text| ChangedLine {
                        change: LineChange::Added,
                        text: text.clone(),
                    }),
            );
            (!lines.is_empty()).then(|| SectionChange {
                section,
                title: section.title().to_owned(),
                lines,
            })
        })
        .collect()
}

/// Every section as the lines it prints, so two versions compare the way they read.
fn section_lines(content: &OppContent, template: &Template) -> Vec<(OppSection, Vec<String>)> {
    let perspective = &content.perspective;
    let action = &content.action;
    let destination = perspective
        .exit_destination
        .iter()
        .map(|key| {
            let label = template.exit_destination_label(key);
            match &perspective.exit_note {
                Some(note) => format!("{label} ({note})"),
                None => label,
            }
        })
        .collect();
    let reasoning = non_empty(&perspective.reasoning);
    let needs = perspective.needs.iter().map(|n| n.text.clone()).collect();
    let factors = perspective
        .factors
        .iter()
        .map(|f| {
            let kind = match f.factor_kind {
                FactorKind::Hindering => "belemmerend",
                FactorKind::Helping => "bevorderend",
            };
            let domain = Template::choice_label(&template.factor_domains, &f.domain);
            format!("{domain}, {kind}: {}", f.description)
        })
        .collect();
    let mut voice: Vec<String> = content
        .pupil_voice
        .quotes
        .iter()
        .map(|q| match &q.question {
            Some(question) => format!("{question} — “{}”", q.words),
            None => format!("“{}”", q.words),
        })
        .collect();
    voice.extend(
        content
            .pupil_voice
            .child_goals
            .iter()
            .map(|g| format!("Kinddoel: {}", g.text)),
    );
    let goals = action
        .goals
        .iter()
        .map(|g| {
            let area = g
                .area
                .as_deref()
                .map(|key| Template::choice_label(&template.opp.development_areas, key))
                .unwrap_or_else(|| "Gebied nog niet gekozen".to_owned());
            let evaluation = g
                .evaluation_date
                .as_deref()
                .map(|d| format!(" (evaluatie {})", dutch_date(d)))
                .unwrap_or_default();
            format!("{area}: {}{evaluation}", g.description)
        })
        .collect();
    let support = action
        .support
        .iter()
        .map(|s| {
            let mut line = s.what.clone();
            for part in [
                s.who.as_ref().map(|who| format!("door {who}")),
                s.frequency.clone(),
                s.from
                    .as_deref()
                    .map(|d| format!("vanaf {}", dutch_date(d))),
            ]
            .into_iter()
            .flatten()
            {
                line.push_str(", ");
                line.push_str(&part);
            }
            line
        })
        .collect();
    let deviations = action
        .deviations
        .iter()
        .map(|d| {
            let mut line = d.deviation_kind.dutch().to_owned();
            if let Some(subject) = &d.subject {
                line.push_str(&format!(" ({subject})"));
            }
            line.push_str(&format!(": {}", d.description));
            if d.deviation_kind == DeviationKind::AangepasteOnderwijstijd {
                if let Some(until) = &d.until {
                    line.push_str(&format!(", tot {}", dutch_date(until)));
                }
                if let Some(plan) = &d.return_plan {
                    line.push_str(&format!("; terug naar het volledige programma: {plan}"));
                }
            }
            line
        })
        .collect();
    let parents = content
        .parents_view
        .iter()
        .map(|v| v.text.clone())
        .collect();
    vec![
        (OppSection::ExitDestination, destination),
        (OppSection::Reasoning, reasoning),
        (OppSection::Needs, needs),
        (OppSection::Factors, factors),
        (OppSection::PupilVoice, voice),
        (OppSection::Goals, goals),
        (OppSection::Support, support),
        (OppSection::Deviations, deviations),
        (OppSection::ParentsView, parents),
    ]
}

fn non_empty(text: &str) -> Vec<String> {
    if text.trim().is_empty() {
        Vec::new()
    } else {
        vec![text.to_owned()]
    }
}

fn dutch_date(iso: &str) -> String {
    dates::parse_iso("date", iso)
        .map(dates::to_dutch)
        .unwrap_or_else(|_| iso.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::opp::{ActionPlan, OppGoal, OppSupport, Perspective, SourcedText};

    fn template() -> Template {
        Template::landelijk().expect("the shipped template is valid")
    }

    fn plan() -> OppContent {
        OppContent {
            perspective: Perspective {
                exit_destination: Some("vmbo_kb".into()),
                reasoning: "Praktisch ingesteld.".into(),
                ..Perspective::default()
            },
            action: ActionPlan {
                goals: vec![OppGoal {
                    area: Some("rekenen".into()),
                    description: "Tafels 1 t/m 10".into(),
                    evaluation_date: Some("2027-01-15".into()),
                    source: None,
                }],
                support: vec![OppSupport {
                    what: "Rekenhulp".into(),
                    who: None,
                    frequency: None,
                    from: None,
                    source: None,
                }],
                deviations: vec![],
            },
            ..OppContent::default()
        }
    }

    #[test]
    fn the_same_plan_has_no_changes() {
        assert!(diff(&plan(), &plan(), &template()).is_empty());
    }

    #[test]
    fn changed_sections_are_named_in_print_order() {
        let old = plan();
        let mut new = plan();
        new.perspective.exit_destination = Some("vmbo_gl_tl".into());
        new.action.goals[0].evaluation_date = Some("2027-03-01".into());
        new.parents_view = Some(SourcedText {
            text: "Wij zijn blij met de extra hulp.".into(),
            source: None,
        });
        let changes = diff(&old, &new, &template());
        let titles: Vec<&str> = changes.iter().map(|c| c.title.as_str()).collect();
        assert_eq!(
            titles,
            ["Uitstroombestemming", "Doelen", "Visie van de ouders"]
        );
        assert_eq!(
            changes[0].lines,
            [
                ChangedLine {
                    change: LineChange::Removed,
                    text: "vmbo kaderberoepsgerichte leerweg".into(),
                },
                ChangedLine {
                    change: LineChange::Added,
                    text: "vmbo gemengde/theoretische leerweg".into(),
                },
            ]
        );
        assert!(changes[1].lines[1].text.ends_with("(evaluatie 01-03-2027)"));
    }

    #[test]
    fn a_source_is_no_change() {
        let old = plan();
        let mut new = plan();
        new.action.support[0].source = Some(crate::domain::opp::ItemSource {
            kind: crate::domain::opp::SourceKind::Stepplan,
            record_id: "r1".into(),
            label: "Stappenplan".into(),
        });
        assert!(diff(&old, &new, &template()).is_empty());
    }
}
