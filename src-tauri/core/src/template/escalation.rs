//! The template's samenwerkingsverband, its contact points and its escalatieladder
//! (DOMAIN.md §10, §13). SWVs order and name the steps their own way; the code only acts on the
//! clocks a step carries and on the subjects it applies to. Veilig Thuis is never a ladder step
//! or a contact for a dispute: a template that offers it is refused (DOMAIN.md §10, seed 000
//! measure 12: "geen VT-melding bij puur een geschil over passend onderwijs").

use super::located::{Checked, problem};
use crate::domain::escalation::{DisputeSubject, StepClock};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use ts_rs::TS;

/// The samenwerkingsverband the template belongs to, with its own contact sheet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SwvTemplate {
    pub name: String,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    pub address: Option<String>,
}

/// A place parents can turn to (the SWV's ouder- en jeugdsteunpunt, the onderwijsconsulenten,
/// the Geschillencommissie Passend Onderwijs, the school's klachtenregeling).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ContactPoint {
    pub key: String,
    pub name: String,
    /// What they do for the parents, in plain words ("u" form).
    pub help: String,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    pub address: Option<String>,
}

/// One step of the ladder, in the template's order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EscalationStepTemplate {
    pub key: String,
    /// The step's name for the IB'er ("Gesprek met leerkracht of mentor").
    pub label: String,
    /// The step in plain words for the parents' sheet ("u" form, B1).
    pub plain: String,
    /// The contact point (a `[[contacts]]` key) that belongs to this step.
    #[serde(default)]
    pub contact: Option<String>,
    /// The legal clock this step carries.
    #[serde(default)]
    pub clock: Option<StepClock>,
    /// The subjects this step applies to; empty: every subject.
    #[serde(default)]
    pub subjects: Vec<DisputeSubject>,
}

impl EscalationStepTemplate {
    /// Whether the step belongs on the ladder of a dispute about `subject`.
    pub fn applies_to(&self, subject: DisputeSubject) -> bool {
        self.subjects.is_empty() || self.subjects.contains(&subject)
    }
}

/// The escalatieladder.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EscalationTemplate {
    pub steps: Vec<EscalationStepTemplate>,
}

/// Words that offer Veilig Thuis; compared without case, spaces or hyphens.
const VEILIG_THUIS: [&str; 3] = ["veiligthuis", "vtmelding", "amk"];

/// Whether a text offers Veilig Thuis (or its old name, AMK).
pub fn mentions_veilig_thuis(text: &str) -> bool {
    let squeezed: String = text
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    VEILIG_THUIS.iter().any(|word| {
        if *word == "amk" {
            text.to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .any(|token| token == "amk")
        } else {
            squeezed.contains(word)
        }
    })
}

const NO_VEILIG_THUIS: &str = "Veilig Thuis is geen stap of contact bij een meningsverschil \
                               tussen ouders en school; zorg over de veiligheid van een leerling \
                               volgt de meldcode";

pub(super) fn validate(
    swv: &SwvTemplate,
    contacts: &[ContactPoint],
    escalation: &EscalationTemplate,
) -> Checked {
    if swv.name.trim().is_empty() {
        return Err(problem("swv.name", "is leeg"));
    }
    let swv_texts = [
        ("name", Some(&swv.name)),
        ("phone", swv.phone.as_ref()),
        ("email", swv.email.as_ref()),
        ("website", swv.website.as_ref()),
        ("address", swv.address.as_ref()),
    ];
    if let Some((field, _)) = swv_texts
        .into_iter()
        .find(|(_, text)| text.is_some_and(|t| mentions_veilig_thuis(t)))
    {
        return Err(problem(format!("swv.{field}"), NO_VEILIG_THUIS));
    }
    let mut contact_keys = BTreeSet::new();
    for (index, contact) in contacts.iter().enumerate() {
        let at = format!("contacts[{}]", index + 1);
        if contact.key.trim().is_empty()
            || contact.name.trim().is_empty()
            || contact.help.trim().is_empty()
        {
            return Err(problem(at, "‘key’, ‘name’ en ‘help’ mogen niet leeg zijn"));
        }
        if !contact_keys.insert(contact.key.as_str()) {
            return Err(problem(
                format!("{at}.key"),
                format!("‘{}’ komt twee keer voor", contact.key),
            ));
        }
        let texts = [
            ("key", Some(&contact.key)),
            ("name", Some(&contact.name)),
            ("help", Some(&contact.help)),
            ("phone", contact.phone.as_ref()),
            ("email", contact.email.as_ref()),
            ("website", contact.website.as_ref()),
            ("address", contact.address.as_ref()),
        ];
        if let Some((field, _)) = texts
            .into_iter()
            .find(|(_, text)| text.is_some_and(|t| mentions_veilig_thuis(t)))
        {
            return Err(problem(format!("{at}.{field}"), NO_VEILIG_THUIS));
        }
    }
    if escalation.steps.len() < 2 {
        return Err(problem(
            "escalation.steps",
            "moet minstens twee stappen hebben",
        ));
    }
    let mut step_keys = BTreeSet::new();
    let mut clocks = Vec::new();
    for (index, step) in escalation.steps.iter().enumerate() {
        let at = format!("escalation.steps[{}]", index + 1);
        if step.key.trim().is_empty()
            || step.label.trim().is_empty()
            || step.plain.trim().is_empty()
        {
            return Err(problem(
                at,
                "‘key’, ‘label’ en ‘plain’ mogen niet leeg zijn",
            ));
        }
        if !step_keys.insert(step.key.as_str()) {
            return Err(problem(
                format!("{at}.key"),
                format!("‘{}’ komt twee keer voor", step.key),
            ));
        }
        if let Some((field, _)) = [
            ("key", &step.key),
            ("label", &step.label),
            ("plain", &step.plain),
        ]
        .into_iter()
        .find(|(_, text)| mentions_veilig_thuis(text))
        {
            return Err(problem(format!("{at}.{field}"), NO_VEILIG_THUIS));
        }
        if let Some(contact) = &step.contact
            && !contact_keys.contains(contact.as_str())
        {
            return Err(problem(
                format!("{at}.contact"),
                format!("\"{contact}\" staat niet in ‘contacts’"),
            ));
        }
        if let Some(clock) = step.clock {
            if clocks.contains(&clock) {
                return Err(problem(
                    format!("{at}.clock"),
                    "een termijn hoort bij één stap van de ladder",
                ));
            }
            clocks.push(clock);
        }
        let subjects: BTreeSet<_> = step.subjects.iter().collect();
        if subjects.len() != step.subjects.len() {
            return Err(problem(
                format!("{at}.subjects"),
                "noemt een onderwerp twee keer",
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn veilig_thuis_is_recognised_in_its_spellings() {
        for text in [
            "Melding bij Veilig Thuis",
            "veilig-thuis",
            "VeiligThuis",
            "Doe een VT-melding",
            "het AMK",
        ] {
            assert!(mentions_veilig_thuis(text), "{text}");
        }
        for text in [
            "Gesprek met de leerkracht",
            "Geschillencommissie Passend Onderwijs",
            "veilig op school, thuis ook",
            "Samenwerkingsverband",
        ] {
            assert!(!mentions_veilig_thuis(text), "{text}");
        }
    }

    #[test]
    fn a_template_offering_veilig_thuis_is_refused() {
        use crate::template::{LANDELIJK, Template};
        let as_step = LANDELIJK.replace(
            "label = \"Rechter\"",
            "label = \"Melding bij Veilig Thuis\"",
        );
        let message = Template::parse(&as_step).unwrap_err().to_string();
        assert!(message.contains("escalation.steps[9]"), "{message}");
        assert!(message.contains("meldcode"), "{message}");
        let as_contact =
            LANDELIJK.replace("name = \"Onderwijsconsulenten\"", "name = \"Veilig Thuis\"");
        let message = Template::parse(&as_contact).unwrap_err().to_string();
        assert!(message.contains("contacts[4]"), "{message}");
        let template = Template::landelijk().expect("landelijk is valid");
        for step in &template.escalation.steps {
            assert!(!mentions_veilig_thuis(&step.label), "{}", step.label);
            assert!(!mentions_veilig_thuis(&step.plain), "{}", step.plain);
        }
    }
}
