//! The ontwikkelingsperspectiefplan (DOMAIN.md §7): its two parts, its versions and the two kinds
//! of agreement. The *perspectiefdeel* (uitstroombestemming, onderbouwing with the belemmerende
//! and bevorderende factoren) is set after OOGO with the parents; the *handelingsdeel* (goals,
//! ondersteuning en begeleiding, afwijkingen van het onderwijsprogramma) needs their instemming.
//!
//! A draft may be incomplete and is saved as typed (formats checked, completeness not);
//! vaststellen checks completeness and freezes the version (the store's trigger keeps it frozen).
//! Every item that was pre-filled from the stappenplan or a hoorgesprek keeps its
//! [`ItemSource`], also after it was edited: the printed OPP can say where it came from.

mod agreement;
pub mod clock;
pub mod diff;
mod validate;

pub use agreement::{
    Consent, ConsentContext, ConsentMethod, ConsentStatus, Consultation, pupil_may_consent,
    validate_consent, validate_consultation,
};
pub use validate::{check_complete, validate_content};

use crate::domain::hearing::HearingMoment;
use crate::domain::records::FactorKind;
use crate::domain::text;
use crate::error::Result;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Longest one-line text (who, how often, a subject).
pub const LINE_MAX: usize = 300;
/// Longest free text (onderbouwing, a return plan, the parents' view).
pub const TEXT_MAX: usize = 10_000;
/// Most rows one list of the plan holds.
pub const ROWS_MAX: usize = 60;

/// The two parts of the plan, each with its own kind of agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OppPart {
    /// Perspectiefdeel: uitstroombestemming and onderbouwing; OOGO with the parents.
    Perspective,
    /// Handelingsdeel: support and programme deviations; instemming of the parents.
    Action,
}

/// Why a version was vastgesteld: the OPP moments at which the pupil is heard (§6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OppReason {
    Opstellen,
    Bijstellen,
    Evaluatie,
}

impl OppReason {
    pub const ALL: [OppReason; 3] = [
        OppReason::Opstellen,
        OppReason::Bijstellen,
        OppReason::Evaluatie,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OppReason::Opstellen => "opstellen",
            OppReason::Bijstellen => "bijstellen",
            OppReason::Evaluatie => "evaluatie",
        }
    }

    pub fn parse(value: &str) -> Option<OppReason> {
        OppReason::ALL.into_iter().find(|r| r.as_str() == value)
    }

    /// The hoorgesprek moment that belongs to this reason (the soft gate looks for it).
    pub fn hearing_moment(self) -> HearingMoment {
        match self {
            OppReason::Opstellen => HearingMoment::Opstellen,
            OppReason::Bijstellen => HearingMoment::Bijstellen,
            OppReason::Evaluatie => HearingMoment::Evaluatie,
        }
    }

    /// "opgesteld" / "bijgesteld" / "geëvalueerd", for "Vastgesteld op … (bijgesteld)".
    pub fn dutch(self) -> &'static str {
        match self {
            OppReason::Opstellen => "opgesteld",
            OppReason::Bijstellen => "bijgesteld",
            OppReason::Evaluatie => "geëvalueerd",
        }
    }
}

/// A version is a draft (concept) until vaststellen freezes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum VersionStatus {
    Draft,
    Established,
}

impl VersionStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            VersionStatus::Draft => "draft",
            VersionStatus::Established => "established",
        }
    }

    pub fn parse(value: &str) -> Option<VersionStatus> {
        match value {
            "draft" => Some(VersionStatus::Draft),
            "established" => Some(VersionStatus::Established),
            _ => None,
        }
    }

    pub fn dutch(self) -> &'static str {
        match self {
            VersionStatus::Draft => "concept",
            VersionStatus::Established => "vastgesteld",
        }
    }
}

/// What the OPP clock started with (the start date itself is editable).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ClockBasis {
    /// The pupil's inschrijving (the law's own start: WPO 40a lid 2).
    Inschrijving,
    /// The stappenplan evaluation decided on extra ondersteuning (Ibis design).
    ExtraSupportDecision,
    /// Another start the school chose.
    Other,
}

impl ClockBasis {
    pub fn dutch(self) -> &'static str {
        match self {
            ClockBasis::Inschrijving => "inschrijving",
            ClockBasis::ExtraSupportDecision => "besluit tot extra ondersteuning",
            ClockBasis::Other => "andere startdatum",
        }
    }
}

/// Where a pre-filled item came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A record of the stappenplan (onderwijsbehoefte, factor, doel, interventie).
    Stepplan,
    /// A hoorgesprek with the pupil.
    Hearing,
    /// A zienswijze of the parents.
    ParentView,
}

/// The record an item was taken from, and how to say so ("Stappenplan ‘Lezen’, cyclus 2").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ItemSource {
    pub kind: SourceKind,
    pub record_id: String,
    /// Dutch, for the screen and the printed plan: "Stappenplan ‘Lezen’, cyclus 2 (stap Begrijpen)".
    pub label: String,
}

/// A line of text with where it came from (onderwijsbehoeften, kinddoelen).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SourcedText {
    pub text: String,
    #[serde(default)]
    pub source: Option<ItemSource>,
}

/// The pupil's own words, quoted from a hoorgesprek.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PupilQuote {
    /// The question the words answer, when there was one.
    #[serde(default)]
    pub question: Option<String>,
    /// Verbatim.
    pub words: String,
    #[serde(default)]
    pub source: Option<ItemSource>,
}

/// A belemmerende or bevorderende factor in a domain of the template.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OppFactor {
    pub factor_kind: FactorKind,
    /// A factor domain key of the template (leerling, onderwijs, thuis).
    pub domain: String,
    pub description: String,
    #[serde(default)]
    pub source: Option<ItemSource>,
}

/// A goal of the handelingsdeel, in an ontwikkelingsgebied, with its evaluation moment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OppGoal {
    /// A development area key of the template; `None` until chosen (pre-filled goals).
    #[serde(default)]
    pub area: Option<String>,
    pub description: String,
    /// When the goal is evaluated (ISO).
    #[serde(default)]
    pub evaluation_date: Option<String>,
    #[serde(default)]
    pub source: Option<ItemSource>,
}

/// Ondersteuning en begeleiding: what, who, how often, from when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OppSupport {
    pub what: String,
    #[serde(default)]
    pub who: Option<String>,
    #[serde(default)]
    pub frequency: Option<String>,
    /// From when (ISO).
    #[serde(default)]
    pub from: Option<String>,
    #[serde(default)]
    pub source: Option<ItemSource>,
}

/// How the programme deviates from the regular one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DeviationKind {
    /// Eigen leerlijn for a subject.
    EigenLeerlijn,
    /// Vrijstelling of a subject.
    Vrijstelling,
    /// Aangepaste onderwijstijd: needs its end date and the plan to return to the full programme.
    AangepasteOnderwijstijd,
}

impl DeviationKind {
    pub fn dutch(self) -> &'static str {
        match self {
            DeviationKind::EigenLeerlijn => "Eigen leerlijn",
            DeviationKind::Vrijstelling => "Vrijstelling",
            DeviationKind::AangepasteOnderwijstijd => "Aangepaste onderwijstijd",
        }
    }
}

/// An afwijking van het onderwijsprogramma.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProgrammeDeviation {
    pub deviation_kind: DeviationKind,
    /// The subject (vak) it concerns; required for eigen leerlijn and vrijstelling.
    #[serde(default)]
    pub subject: Option<String>,
    /// What the deviation is ("3 ochtenden per week, 09.00–12.00").
    pub description: String,
    /// Until when (ISO); required for aangepaste onderwijstijd.
    #[serde(default)]
    pub until: Option<String>,
    /// The plan back to the full programme; required for aangepaste onderwijstijd.
    #[serde(default)]
    pub return_plan: Option<String>,
}

/// Perspectiefdeel: uitstroombestemming and onderbouwing.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Perspective {
    /// An exit destination key of the template, for the pupil's onderwijstype.
    #[serde(default)]
    pub exit_destination: Option<String>,
    /// A note on it; for pro the soort arbeid.
    #[serde(default)]
    pub exit_note: Option<String>,
    /// Onderbouwing: why this destination is expected.
    #[serde(default)]
    pub reasoning: String,
    /// Onderwijsbehoeften.
    #[serde(default)]
    pub needs: Vec<SourcedText>,
    /// Belemmerende and bevorderende factoren.
    #[serde(default)]
    pub factors: Vec<OppFactor>,
}

/// Handelingsdeel: goals, support and programme deviations.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActionPlan {
    #[serde(default)]
    pub goals: Vec<OppGoal>,
    #[serde(default)]
    pub support: Vec<OppSupport>,
    #[serde(default)]
    pub deviations: Vec<ProgrammeDeviation>,
}

/// "Wat vindt <voornaam> zelf?": the pupil's words and kinddoelen.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PupilVoice {
    #[serde(default)]
    pub quotes: Vec<PupilQuote>,
    #[serde(default)]
    pub child_goals: Vec<SourcedText>,
}

/// What a version of the plan says.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OppContent {
    pub perspective: Perspective,
    pub action: ActionPlan,
    pub pupil_voice: PupilVoice,
    /// The parents' view on the plan (from their zienswijze, editable).
    #[serde(default)]
    pub parents_view: Option<SourcedText>,
}

/// Checks the reason the soft gate asks for when no hoorgesprek fits the moment.
pub fn validate_hearing_gap_reason(reason: Option<&str>) -> Result<Option<String>> {
    text::optional_text("hearingGapReason", reason, TEXT_MAX)
}
