//! The TLV dossier's checklist: the parts the samenwerkingsverband asks for come from the
//! template (`[[tlv.checklist]]`); each is checked against what Ibis holds — the vastgesteld
//! OPP, evaluations, hoorgesprekken this schooljaar, the zienswijze ouders, the deskundigen, the
//! parents' position, attachments of a kind — or ticked by hand (`manual`). Every line says
//! where it was found or that it is missing ("ontbreekt"); nothing is skipped. A renewal uses
//! only the items marked `renewal` (the light checklist). Pure: the use case gathers the facts.

use super::{ParentStance, TlvRequest};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How a checklist item is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ChecklistCheck {
    /// The pupil's current vastgesteld OPP.
    OppEstablished,
    /// Evaluations of the stappenplan (`minimum` of them, newest first).
    Evaluations,
    /// A hoorgesprek with the pupil this schooljaar.
    HearingThisSchoolYear,
    /// A zienswijze ouders recorded.
    ParentView,
    /// The parents' position on the aanvraag (instemming or zienswijze).
    ParentsPosition,
    /// The deskundigen on the aanvraag (`minimum`, default two).
    Experts,
    /// Attachments of `attachment_kind`.
    Attachment,
    /// Ticked off by hand (what Ibis cannot see, such as a signed form).
    Manual,
}

/// One checklist item of the template.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ChecklistItem {
    pub key: String,
    pub label: String,
    pub check: ChecklistCheck,
    /// For `attachment`: the attachment kind that counts.
    #[serde(alias = "attachment_kind", default)]
    pub attachment_kind: Option<String>,
    /// How many are needed (default 1; evaluations typically 2, deskundigen 2).
    #[serde(default)]
    pub minimum: Option<u8>,
    /// Also asked for a renewal (the light checklist).
    #[serde(default)]
    pub renewal: bool,
}

impl ChecklistItem {
    /// How many are needed.
    pub fn needed(&self) -> usize {
        usize::from(self.minimum.unwrap_or(match self.check {
            ChecklistCheck::Experts => 2,
            _ => 1,
        }))
    }
}

/// Something Ibis holds that fulfils an item, and how it is named on screen and paper.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Found {
    /// The record, version or attachment id (none for parts of the aanvraag itself).
    pub record_id: Option<String>,
    /// "OPP versie 2, vastgesteld op 12-10-2026".
    pub label: String,
}

/// What Ibis holds for the pupil, newest first in each list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChecklistFacts {
    pub opp: Option<Found>,
    pub evaluations: Vec<Found>,
    pub hearings_this_year: Vec<Found>,
    pub parent_views: Vec<Found>,
    /// (attachment kind, attachment).
    pub attachments: Vec<(String, Found)>,
}

/// One line of the checklist as the app and the PDF show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChecklistLine {
    pub key: String,
    pub label: String,
    pub done: bool,
    /// Where it comes from (✓ "uit: …").
    pub found: Vec<Found>,
    /// Why it is not done ("ontbreekt", "1 van 2 aanwezig"); none when done.
    pub missing: Option<String>,
    /// Ticked by hand, not checked by Ibis.
    pub manual: bool,
}

/// The checklist for `request`: every template item (for a renewal only the renewal items).
pub fn evaluate(
    items: &[ChecklistItem],
    request: &TlvRequest,
    facts: &ChecklistFacts,
) -> Vec<ChecklistLine> {
    items
        .iter()
        .filter(|item| !request.renewal || item.renewal)
        .map(|item| line(item, request, facts))
        .collect()
}

fn line(item: &ChecklistItem, request: &TlvRequest, facts: &ChecklistFacts) -> ChecklistLine {
    let needed = item.needed();
    let found: Vec<Found> = match item.check {
        ChecklistCheck::OppEstablished => facts.opp.iter().cloned().collect(),
        ChecklistCheck::Evaluations => facts.evaluations.iter().take(needed).cloned().collect(),
        ChecklistCheck::HearingThisSchoolYear => {
            facts.hearings_this_year.iter().take(1).cloned().collect()
        }
        ChecklistCheck::ParentView => facts.parent_views.iter().take(1).cloned().collect(),
        ChecklistCheck::ParentsPosition => match request.parents.stance {
            ParentStance::NotYet => Vec::new(),
            stance => vec![Found {
                record_id: None,
                label: format!("Aanvraag: {}", stance.dutch()),
            }],
        },
        ChecklistCheck::Experts => request
            .experts
            .iter()
            .map(|expert| Found {
                record_id: None,
                label: format!("Aanvraag: advies {}", expert.discipline.dutch()),
            })
            .collect(),
        ChecklistCheck::Attachment => facts
            .attachments
            .iter()
            .filter(|(kind, _)| Some(kind) == item.attachment_kind.as_ref())
            .map(|(_, found)| found.clone())
            .collect(),
        ChecklistCheck::Manual => {
            if request.checked.contains(&item.key) {
                vec![Found {
                    record_id: None,
                    label: "Afgevinkt".into(),
                }]
            } else {
                Vec::new()
            }
        }
    };
    let done = found.len() >= needed.max(1);
    let missing = match (done, found.len()) {
        (true, _) => None,
        (false, 0) => Some("ontbreekt".into()),
        (false, have) => Some(format!("ontbreekt: {have} van {needed} aanwezig")),
    };
    ChecklistLine {
        key: item.key.clone(),
        label: item.label.clone(),
        done,
        found,
        missing,
        manual: item.check == ChecklistCheck::Manual,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::tlv::{Discipline, Expert, ParentsPosition, TlvKind};

    fn item(key: &str, check: ChecklistCheck, renewal: bool) -> ChecklistItem {
        ChecklistItem {
            key: key.into(),
            label: key.into(),
            check,
            attachment_kind: (check == ChecklistCheck::Attachment)
                .then(|| "onderzoeksverslag".into()),
            minimum: (check == ChecklistCheck::Evaluations).then_some(2),
            renewal,
        }
    }

    fn items() -> Vec<ChecklistItem> {
        vec![
            item("opp", ChecklistCheck::OppEstablished, true),
            item("evaluaties", ChecklistCheck::Evaluations, true),
            item("hoorgesprek", ChecklistCheck::HearingThisSchoolYear, true),
            item("zienswijze", ChecklistCheck::ParentView, false),
            item("ouders", ChecklistCheck::ParentsPosition, true),
            item("deskundigen", ChecklistCheck::Experts, false),
            item("onderzoek", ChecklistCheck::Attachment, false),
            item("handtekening", ChecklistCheck::Manual, false),
        ]
    }

    fn request() -> TlvRequest {
        TlvRequest {
            kind: TlvKind::Sbo,
            applied_on: None,
            support_question: "Vraag".into(),
            cluster_note: None,
            renewal: false,
            experts: Vec::new(),
            parents: ParentsPosition::default(),
            checked: Vec::new(),
        }
    }

    fn found(label: &str) -> Found {
        Found {
            record_id: Some(label.into()),
            label: label.into(),
        }
    }

    #[test]
    fn an_empty_dossier_lists_every_item_as_missing() {
        let lines = evaluate(&items(), &request(), &ChecklistFacts::default());
        assert_eq!(lines.len(), 8);
        assert!(
            lines
                .iter()
                .all(|l| !l.done && l.missing.as_deref() == Some("ontbreekt"))
        );
    }

    #[test]
    fn what_ibis_holds_ticks_items_with_their_source() {
        let mut request = request();
        let expert = |discipline| Expert {
            name: "X".into(),
            discipline,
            advised_on: "2026-10-01".into(),
            independent: true,
            advice: None,
        };
        request.experts = vec![expert(Discipline::Orthopedagoog)];
        request.checked = vec!["handtekening".into()];
        let facts = ChecklistFacts {
            opp: Some(found("OPP versie 2")),
            evaluations: vec![found("Evaluatie 1")],
            hearings_this_year: vec![found("Hoorgesprek")],
            parent_views: Vec::new(),
            attachments: vec![
                ("toetsoverzicht".into(), found("Toetsen")),
                ("onderzoeksverslag".into(), found("Onderzoek")),
            ],
        };
        let lines = evaluate(&items(), &request, &facts);
        let by_key = |key: &str| lines.iter().find(|l| l.key == key).cloned();
        assert!(by_key("opp").is_some_and(|l| l.done && l.found[0].label == "OPP versie 2"));
        assert_eq!(
            by_key("evaluaties").and_then(|l| l.missing),
            Some("ontbreekt: 1 van 2 aanwezig".into())
        );
        assert_eq!(
            by_key("deskundigen").and_then(|l| l.missing),
            Some("ontbreekt: 1 van 2 aanwezig".into())
        );
        assert!(by_key("onderzoek").is_some_and(|l| l.done && l.found.len() == 1));
        assert!(by_key("handtekening").is_some_and(|l| l.done && l.manual));
        assert!(by_key("zienswijze").is_some_and(|l| !l.done));
        request.experts.push(expert(Discipline::Arts));
        let lines = evaluate(&items(), &request, &facts);
        assert!(lines.iter().any(|l| l.key == "deskundigen" && l.done));
    }

    #[test]
    fn a_renewal_asks_only_the_light_checklist() {
        let mut request = request();
        request.renewal = true;
        let keys: Vec<String> = evaluate(&items(), &request, &ChecklistFacts::default())
            .into_iter()
            .map(|l| l.key)
            .collect();
        assert_eq!(keys, ["opp", "evaluaties", "hoorgesprek", "ouders"]);
    }
}
