//! The two agreement blocks, each kept on one page: the perspectiefdeel is *besproken* with
//! the parents (OOGO: when, who, their view, signatures "voor besproken"); the handelingsdeel
//! needs their *instemming* (the recorded answer when there is one, tick boxes and a signature
//! place per guardian with gezag by name, the school's role, and the pupil when asked).

use super::{Builder, OppDocumentData, iso_to_dutch, present};
use crate::domain::opp::ConsentStatus;
use crate::export::model::{Block, HeadingLevel, KeyValue, Signature, TextStyle};
use crate::vocabulary::capitalized;

/// The heading of the perspectiefdeel's agreement block.
pub const PERSPECTIVE_AGREEMENT: &str = "Perspectiefdeel — besproken met ouders (OOGO)";
/// The heading of the handelingsdeel's agreement block.
pub const ACTION_AGREEMENT: &str = "Handelingsdeel — ouders gaan akkoord / gaan niet akkoord";
/// The same heading when an adult pupil in (v)so answers in the parents' place (WEC 41a lid 3).
pub const ACTION_AGREEMENT_ADULT: &str =
    "Handelingsdeel — de leerling gaat akkoord / gaat niet akkoord";
/// The tick boxes of a guardian on the handelingsdeel.
pub const CONSENT_OPTIONS: [&str; 2] = ["gaat akkoord", "gaat niet akkoord"];

/// Printed under a recorded "niet ingestemd": the way on (DOMAIN.md §10; the escalatieladder
/// issue will extend it).
pub const NOT_AGREED: &str = "Er is geen instemming met het handelingsdeel. De school gaat met \
     de ouders in gesprek over een oplossing. Komen zij er samen niet uit, dan kunnen de ouders \
     een onderwijsconsulent vragen of naar de Geschillencommissie Passend Onderwijs gaan.";

fn italic(text: &str) -> Block {
    Block::Paragraph {
        text: text.to_owned(),
        style: TextStyle::Italic,
    }
}

impl Builder {
    pub(super) fn perspective_agreement(&mut self, data: &OppDocumentData) {
        let mut blocks = vec![
            Block::Heading {
                level: HeadingLevel::Subsection,
                text: PERSPECTIVE_AGREEMENT.into(),
            },
            italic(
                "Over het perspectiefdeel overlegt de school met u: op overeenstemming gericht \
                 overleg (OOGO). De school stelt dit deel vast; u hoeft er niet mee in te stemmen. \
                 Met uw handtekening laat u zien dat het met u besproken is.",
            ),
        ];
        let consultation = data.consultation.as_ref();
        let mut pairs = vec![KeyValue::new(
            "Besproken met ouders op",
            consultation.map_or_else(
                || "nog niet vastgelegd: zet de datum bij uw handtekening".to_owned(),
                |c| iso_to_dutch(&c.held_on),
            ),
        )];
        if let Some(consultation) = consultation {
            let guardians: Vec<&str> = data
                .consultation_names
                .iter()
                .map(|n| n.trim())
                .filter(|n| !n.is_empty())
                .collect();
            for (key, value) in [
                ("Deelnemers", present(&consultation.participants)),
                ("Ouders in het gesprek", present(&guardians.join(", "))),
                (
                    "Visie van de ouders",
                    consultation.parents_view.as_deref().and_then(present),
                ),
            ] {
                if let Some(value) = value {
                    pairs.push(KeyValue::new(key, value));
                }
            }
        }
        blocks.push(Block::KeyValues(pairs));
        if self.embedded {
            blocks.remove(1);
        } else {
            blocks.push(Block::Signatures(self.signatures(data, &[])));
        }
        self.push(Block::Keep(blocks));
    }
    pub(super) fn action_agreement(&mut self, data: &OppDocumentData) {
        let consent = &data.consent;
        let mut blocks = vec![
            Block::Heading {
                level: HeadingLevel::Subsection,
                text: if data.signers.is_empty() && data.pupil_signs {
                    ACTION_AGREEMENT_ADULT
                } else {
                    ACTION_AGREEMENT
                }
                .into(),
            },
            italic(
                "Voor het handelingsdeel vraagt de school uw instemming. Kruis aan of u akkoord \
                 gaat en zet uw handtekening. Gaat u niet akkoord, of met een deel niet? Schrijf \
                 dat op dit blad; de school gaat dan met u in gesprek.",
            ),
        ];
        let mut pairs = Vec::new();
        if consent.status != ConsentStatus::Concept {
            pairs.push(KeyValue::new(
                "Vastgelegde instemming",
                capitalized(consent.status.dutch()),
            ));
        }
        if let Some(presented) = consent.presented_on.as_deref() {
            pairs.push(KeyValue::new("Voorgelegd op", iso_to_dutch(presented)));
        }
        if consent.status.is_decided() {
            let by = if consent.by_pupil {
                format!("{} zelf", data.pupil.full_name.trim())
            } else {
                data.consent_names
                    .iter()
                    .map(|n| n.trim())
                    .filter(|n| !n.is_empty())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let answered = [
                ("Door", present(&by)),
                (
                    "Beantwoord op",
                    consent.decided_on.as_deref().map(iso_to_dutch),
                ),
                ("Hoe", consent.method.map(|m| m.dutch().to_owned())),
                ("Toelichting", consent.note.as_deref().and_then(present)),
            ];
            for (key, value) in answered {
                if let Some(value) = value {
                    pairs.push(KeyValue::new(key, value));
                }
            }
        }
        if !pairs.is_empty() {
            blocks.push(Block::KeyValues(pairs));
        } else if self.embedded {
            blocks.push(italic("Nog geen antwoord van de ouders vastgelegd."));
        }
        if consent.status == ConsentStatus::NietIngestemd {
            blocks.push(Block::Notice(NOT_AGREED.into()));
        }
        if self.embedded {
            blocks.remove(1);
        } else {
            blocks.push(Block::Signatures(self.signatures(data, &CONSENT_OPTIONS)));
        }
        self.push(Block::Keep(blocks));
    }

    /// The places for signatures of one agreement block: every guardian with gezag by name
    /// (with tick boxes when they answer), the school, and the pupil when they sign.
    fn signatures(&self, data: &OppDocumentData, options: &[&str]) -> Vec<Signature> {
        let options: Vec<String> = options.iter().map(|o| (*o).to_owned()).collect();
        let mut signatures: Vec<Signature> = data
            .signers
            .iter()
            .map(|signer| Signature {
                role: capitalized(signer.role.trim()),
                name: present(&signer.name),
                options: options.clone(),
            })
            .collect();
        // No guardian answers: the adult pupil in (v)so takes the parents' place (WEC 41a).
        let pupil_answers = signatures.is_empty();
        signatures.push(Signature::new(capitalized(data.school_role.trim()), None));
        if data.pupil_signs {
            signatures.push(Signature {
                role: "Leerling".into(),
                name: present(&data.pupil.full_name),
                options: if pupil_answers { options } else { Vec::new() },
            });
        }
        signatures
    }
}
