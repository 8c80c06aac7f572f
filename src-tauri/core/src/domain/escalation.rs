//! Geschillen (disputes) between parents and school and the escalatieladder (DOMAIN.md §10).
//! The steps and their order come from the template; this module owns what the code acts on:
//! the subjects a dispute can be about and the legal clocks a step may carry. A dispute is never
//! a route to Veilig Thuis: concern about a child's safety follows the separate meldcode route
//! (DOMAIN.md §11), and the template refuses any step or contact that offers it.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What parents and school disagree about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DisputeSubject {
    /// Toelating (admission) of the pupil.
    Admission,
    /// Verwijdering (removal) of the pupil.
    Removal,
    /// Vaststellen or bijstellen of the OPP.
    Opp,
    /// The support the pupil is given.
    Support,
    /// A TLV (its decision, refusal or category).
    Tlv,
    /// Anything else.
    Other,
}

impl DisputeSubject {
    pub const ALL: [DisputeSubject; 6] = [
        DisputeSubject::Admission,
        DisputeSubject::Removal,
        DisputeSubject::Opp,
        DisputeSubject::Support,
        DisputeSubject::Tlv,
        DisputeSubject::Other,
    ];

    /// The stored and template word.
    pub fn as_str(self) -> &'static str {
        match self {
            DisputeSubject::Admission => "admission",
            DisputeSubject::Removal => "removal",
            DisputeSubject::Opp => "opp",
            DisputeSubject::Support => "support",
            DisputeSubject::Tlv => "tlv",
            DisputeSubject::Other => "other",
        }
    }

    /// The Dutch words on screens and sheets.
    pub fn dutch(self) -> &'static str {
        match self {
            DisputeSubject::Admission => "toelating",
            DisputeSubject::Removal => "verwijdering",
            DisputeSubject::Opp => "vaststellen of bijstellen van het OPP",
            DisputeSubject::Support => "de ondersteuning",
            DisputeSubject::Tlv => "de toelaatbaarheidsverklaring (TLV)",
            DisputeSubject::Other => "iets anders",
        }
    }
}

/// A legal clock a ladder step may carry; the rule and source of each live in code
/// (`escalation::clock`), the template only says which step carries it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum StepClock {
    /// Bezwaar against toelating or verwijdering with the schoolbestuur: six weeks
    /// (WPO art. 40 lid 12; only for those two subjects).
    BoardObjection,
    /// Geschillencommissie Passend Onderwijs: file within six weeks of the decision
    /// (toelating, verwijdering, vaststellen/bijstellen OPP).
    Gpo,
    /// TLV bezwaar with the samenwerkingsverband: six weeks (DOMAIN.md §8).
    TlvObjection,
    /// The onderwijsconsulent is open after four weeks at home (DOMAIN.md §11).
    ConsultantAfterHomeStay,
}
