//! Geschillen (disputes) between parents and school and the escalatieladder (DOMAIN.md §10).
//! The steps and their order come from the template; this module owns what the code acts on:
//! the subjects a dispute can be about and the legal clocks a step may carry. A dispute is never
//! a route to Veilig Thuis: concern about a child's safety follows the separate meldcode route
//! (DOMAIN.md §11), and the template refuses any step or contact that offers it.
//!
//! The aggregate [`Escalation`] (UI word "geschil") is a pupil's dispute: what it is about, the
//! decision it is about (the six-week clocks start there), the dated records per ladder step,
//! the steps skipped with a reason, and how it ended. Validation lives in [`validate`], the
//! legal clocks in [`clock`].

pub mod clock;
mod validate;

pub use validate::{
    Opening, ValidOpening, validate_close, validate_open, validate_record, validate_skip,
};

use crate::domain::dates;
use crate::error::{Error, Result};
use chrono::NaiveDate as Date;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Longest one-line text (who, a link label).
pub const LINE_MAX: usize = 300;
/// Longest free text (a description, what happened, a reason, a note).
pub const TEXT_MAX: usize = 10_000;

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

/// The answer to "Gaat het om zorg over de veiligheid van de leerling, of om een
/// meningsverschil?", asked before a dispute is opened (DOMAIN.md §11).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Concern {
    /// Concern about the pupil's safety: the meldcode route applies, no dispute is opened.
    Safety,
    /// A disagreement between parents and school: the escalatieladder applies.
    Disagreement,
}

/// What a dispute is linked to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    /// A version of the pupil's OPP.
    OppVersion,
    /// A TLV aanvraag with its decision.
    Tlv,
    /// A casus of the stappenplan.
    Case,
}

/// The record a dispute is about (checked to belong to the pupil).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DisputeLink {
    pub kind: LinkKind,
    pub id: String,
}

/// A dated record at one ladder step: who, what, the outcome and the next step agreed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StepRecord {
    /// The ladder step's template key.
    pub step: String,
    /// The day it happened (ISO).
    pub on: String,
    /// Who took part ("ouders, leerkracht, intern begeleider").
    pub who: String,
    /// What happened.
    pub what: String,
    #[serde(default)]
    pub outcome: Option<String>,
    /// The next step agreed.
    #[serde(default)]
    pub next_step: Option<String>,
    /// The step is finished with this record (its clock stops; the ladder moves on).
    #[serde(default)]
    pub completes_step: bool,
}

/// A step passed over, with its reason (required).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StepSkip {
    pub step: String,
    /// The day it was decided (ISO).
    pub on: String,
    pub reason: String,
}

/// How a dispute ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DisputeOutcome {
    ResolvedAtSchool,
    ResolvedViaSwv,
    GpoJudgement,
    Withdrawn,
    Other,
}

impl DisputeOutcome {
    pub const ALL: [DisputeOutcome; 5] = [
        DisputeOutcome::ResolvedAtSchool,
        DisputeOutcome::ResolvedViaSwv,
        DisputeOutcome::GpoJudgement,
        DisputeOutcome::Withdrawn,
        DisputeOutcome::Other,
    ];

    /// The Dutch words on screens.
    pub fn dutch(self) -> &'static str {
        match self {
            DisputeOutcome::ResolvedAtSchool => "opgelost op school",
            DisputeOutcome::ResolvedViaSwv => "opgelost via het samenwerkingsverband",
            DisputeOutcome::GpoJudgement => "oordeel van de Geschillencommissie Passend Onderwijs",
            DisputeOutcome::Withdrawn => "ingetrokken",
            DisputeOutcome::Other => "anders",
        }
    }
}

/// The closing of a dispute.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DisputeClosing {
    pub outcome: DisputeOutcome,
    /// The day it was closed (ISO).
    pub on: String,
    #[serde(default)]
    pub note: Option<String>,
}

/// A stored dispute.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Escalation {
    pub subject: DisputeSubject,
    /// The day the dispute was opened (ISO).
    pub opened_on: String,
    /// Who opened it (the IB'er's own words: "intern begeleider").
    pub opened_by: String,
    /// What the parents and school disagree about, in a few lines.
    pub description: String,
    #[serde(default)]
    pub link: Option<DisputeLink>,
    /// The date of the decision the dispute is about (ISO): the six-week clocks start here.
    #[serde(default)]
    pub decision_on: Option<String>,
    /// The template (id and version) whose ladder this dispute follows.
    pub template_id: String,
    pub template_version: i32,
    /// Step records in the order they were made.
    #[serde(default)]
    pub records: Vec<StepRecord>,
    #[serde(default)]
    pub skips: Vec<StepSkip>,
    #[serde(default)]
    pub closing: Option<DisputeClosing>,
}

impl Escalation {
    /// A closed dispute is read-only.
    pub fn is_open(&self) -> bool {
        self.closing.is_none()
    }

    /// The opening date (stored valid).
    pub fn opened(&self) -> Result<Date> {
        stored_date(&self.opened_on)
    }

    /// The decision date (stored valid), when known.
    pub fn decided(&self) -> Result<Option<Date>> {
        self.decision_on.as_deref().map(stored_date).transpose()
    }

    /// Whether a step has a record that finishes it.
    pub fn step_done(&self, step: &str) -> bool {
        self.records
            .iter()
            .any(|record| record.step == step && record.completes_step)
    }

    /// Whether a step was skipped.
    pub fn step_skipped(&self, step: &str) -> bool {
        self.skips.iter().any(|skip| skip.step == step)
    }

    /// Where the case is now on a ladder of `keys` (in order): the first step neither done nor
    /// skipped; when every step is, the last one recorded.
    pub fn current_step<'a>(&self, keys: &[&'a str]) -> Option<&'a str> {
        keys.iter()
            .copied()
            .find(|key| !self.step_done(key) && !self.step_skipped(key))
            .or_else(|| {
                self.records
                    .last()
                    .and_then(|last| keys.iter().copied().find(|key| *key == last.step))
            })
    }
}

/// A date the store holds was validated on the way in; unreadable is damage.
pub(crate) fn stored_date(value: &str) -> Result<Date> {
    dates::parse_iso("date", value).map_err(|_| Error::Corrupt("escalation date".into()))
}
