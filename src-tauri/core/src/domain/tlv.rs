//! Toelaatbaarheidsverklaring (TLV, DOMAIN.md §8): the aanvraag the school board sends to the
//! samenwerkingsverband for sbo or so/vso cluster 3/4, with its ondersteuningsvraag in one
//! paragraph, the two deskundigen, the parents' position, the decision (beschikkingsnummer,
//! category, a duration that always ends on 31 July) and a bezwaar against it. What the law
//! requires of the SWV (two independent deskundigen, the parents' instemming) is not the school's
//! to refuse: Ibis records what happened and *warns* ([`warnings`]). What is simply wrong — a
//! beschikkingsnummer of the wrong shape, a category for sbo, a decision before the aanvraag —
//! is refused with a field error.

pub mod checklist;
pub mod clock;
pub mod number;
mod validate;

pub use validate::{validate_decision, validate_objection, validate_request};

use crate::domain::dates;
use crate::error::{Error, Result};
use chrono::NaiveDate as Date;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Longest one-line text (a name, a discipline note, a cluster note).
pub const LINE_MAX: usize = 300;
/// Longest free text (the ondersteuningsvraag, an advice, a zienswijze, a note).
pub const TEXT_MAX: usize = 10_000;
/// Most deskundigen on one aanvraag (the law asks two; a third advice may be attached).
pub const EXPERTS_MAX: usize = 4;
/// Longest duration in whole school years Ibis accepts.
pub const SCHOOL_YEARS_MAX: u8 = 6;

/// Which TLV: sbo, or so/vso cluster 3 or 4 (cluster 1/2 go a national route: a note only).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TlvKind {
    Sbo,
    SoCluster3,
    SoCluster4,
    VsoCluster3,
    VsoCluster4,
}

impl TlvKind {
    /// Dutch label, as printed.
    pub fn dutch(self) -> &'static str {
        match self {
            TlvKind::Sbo => "speciaal basisonderwijs (sbo)",
            TlvKind::SoCluster3 => "speciaal onderwijs (so), cluster 3",
            TlvKind::SoCluster4 => "speciaal onderwijs (so), cluster 4",
            TlvKind::VsoCluster3 => "voortgezet speciaal onderwijs (vso), cluster 3",
            TlvKind::VsoCluster4 => "voortgezet speciaal onderwijs (vso), cluster 4",
        }
    }

    /// so/vso has a bekostigingscategorie; sbo has none.
    pub fn has_category(self) -> bool {
        self != TlvKind::Sbo
    }
}

/// The second deskundige's discipline and the first's (Besluit bekostiging WPO art. 34.8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Discipline {
    Orthopedagoog,
    Psycholoog,
    KinderJeugdpsycholoog,
    Pedagoog,
    Kinderpsychiater,
    MaatschappelijkWerker,
    Arts,
}

impl Discipline {
    /// Dutch label.
    pub fn dutch(self) -> &'static str {
        match self {
            Discipline::Orthopedagoog => "orthopedagoog",
            Discipline::Psycholoog => "psycholoog",
            Discipline::KinderJeugdpsycholoog => "kinder- of jeugdpsycholoog",
            Discipline::Pedagoog => "pedagoog",
            Discipline::Kinderpsychiater => "kinderpsychiater",
            Discipline::MaatschappelijkWerker => "maatschappelijk werker",
            Discipline::Arts => "arts",
        }
    }

    /// The first deskundige must be an orthopedagoog or a psycholoog.
    pub fn may_advise_first(self) -> bool {
        matches!(
            self,
            Discipline::Orthopedagoog | Discipline::Psycholoog | Discipline::KinderJeugdpsycholoog
        )
    }
}

/// A deskundige who advised the SWV.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Expert {
    pub name: String,
    pub discipline: Discipline,
    /// The date of the advice (ISO).
    pub advised_on: String,
    /// Independent of the applying school (LBT advice 6-6-2017).
    pub independent: bool,
    /// The advice in a few lines.
    #[serde(default)]
    pub advice: Option<String>,
}

/// Where the parents stand on the aanvraag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ParentStance {
    /// Not yet asked or not yet answered.
    NotYet,
    /// The parents agree (instemming).
    Instemming,
    /// The parents gave their zienswijze (agreeing or not), recorded in words.
    Zienswijze,
}

impl ParentStance {
    /// Dutch label.
    pub fn dutch(self) -> &'static str {
        match self {
            ParentStance::NotYet => "nog niet bekend",
            ParentStance::Instemming => "ouders stemmen in",
            ParentStance::Zienswijze => "zienswijze van de ouders",
        }
    }
}

/// The parents' position, dated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ParentsPosition {
    pub stance: ParentStance,
    /// When the parents gave it (ISO); none while not yet known.
    #[serde(default)]
    pub on: Option<String>,
    /// Their words (the zienswijze) or a note.
    #[serde(default)]
    pub note: Option<String>,
}

impl Default for ParentsPosition {
    fn default() -> Self {
        ParentsPosition {
            stance: ParentStance::NotYet,
            on: None,
            note: None,
        }
    }
}

/// The aanvraag as entered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TlvRequest {
    pub kind: TlvKind,
    /// The day the aanvraag went to the SWV (ISO); none while the dossier is being prepared.
    #[serde(default)]
    pub applied_on: Option<String>,
    /// The ondersteuningsvraag in one paragraph: printed first, the commission must find it.
    pub support_question: String,
    /// A cluster 1 or 2 route (visual, auditory/communicative) noted in words only.
    #[serde(default)]
    pub cluster_note: Option<String>,
    /// A renewal of an earlier TLV: the light checklist applies.
    #[serde(default)]
    pub renewal: bool,
    #[serde(default)]
    pub experts: Vec<Expert>,
    #[serde(default)]
    pub parents: ParentsPosition,
    /// Checklist items the user ticked off by hand (template keys of `manual` items).
    #[serde(default)]
    pub checked: Vec<String>,
}

/// The SWV's decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TlvOutcome {
    Toegekend,
    Afgewezen,
}

impl TlvOutcome {
    /// Dutch label.
    pub fn dutch(self) -> &'static str {
        match self {
            TlvOutcome::Toegekend => "toegekend",
            TlvOutcome::Afgewezen => "afgewezen",
        }
    }
}

/// The bekostigingscategorie of a so/vso TLV (BRON codes L/M/H), fixed for its duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TlvCategory {
    Laag,
    Midden,
    Hoog,
}

impl TlvCategory {
    /// Dutch label with the BRON code.
    pub fn dutch(self) -> &'static str {
        match self {
            TlvCategory::Laag => "laag (L)",
            TlvCategory::Midden => "midden (M)",
            TlvCategory::Hoog => "hoog (H)",
        }
    }
}

/// The decision as entered; the einddatum is computed ([`clock::end_date`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TlvDecision {
    pub outcome: TlvOutcome,
    /// The date of the decision (ISO): the bezwaar termijn runs from here.
    pub decided_on: String,
    /// `SWVNR-YYYY-SEQ`, 17 characters ([`number::validate`]).
    pub decision_number: String,
    /// so/vso only, required when granted.
    #[serde(default)]
    pub category: Option<TlvCategory>,
    /// First day of the TLV (ISO), when granted.
    #[serde(default)]
    pub starts_on: Option<String>,
    /// Whole school years granted (1 or more), when granted.
    #[serde(default)]
    pub school_years: Option<u8>,
    #[serde(default)]
    pub note: Option<String>,
}

/// How a bezwaar ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ObjectionResult {
    Gegrond,
    Ongegrond,
    Ingetrokken,
}

impl ObjectionResult {
    /// Dutch label.
    pub fn dutch(self) -> &'static str {
        match self {
            ObjectionResult::Gegrond => "gegrond",
            ObjectionResult::Ongegrond => "ongegrond",
            ObjectionResult::Ingetrokken => "ingetrokken",
        }
    }
}

/// A bezwaar against the decision, filed at the SWV.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TlvObjection {
    /// When the bezwaarschrift was filed (ISO).
    pub filed_on: String,
    /// Who objects ("ouders", "school").
    pub by: String,
    #[serde(default)]
    pub note: Option<String>,
    /// The decision on the bezwaar (ISO) and how it ended; none while running.
    #[serde(default)]
    pub decided_on: Option<String>,
    #[serde(default)]
    pub result: Option<ObjectionResult>,
}

/// A stored TLV.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Tlv {
    pub request: TlvRequest,
    #[serde(default)]
    pub decision: Option<TlvDecision>,
    #[serde(default)]
    pub objection: Option<TlvObjection>,
}

/// Where a TLV stands (the `status` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TlvStatus {
    /// Dossier being prepared; not sent.
    InPreparation,
    /// Sent to the SWV; no decision yet.
    Applied,
    Granted,
    Refused,
}

impl TlvStatus {
    /// The stored value.
    pub fn as_str(self) -> &'static str {
        match self {
            TlvStatus::InPreparation => "in_preparation",
            TlvStatus::Applied => "applied",
            TlvStatus::Granted => "granted",
            TlvStatus::Refused => "refused",
        }
    }

    /// Dutch label.
    pub fn dutch(self) -> &'static str {
        match self {
            TlvStatus::InPreparation => "in voorbereiding",
            TlvStatus::Applied => "aangevraagd",
            TlvStatus::Granted => "toegekend",
            TlvStatus::Refused => "afgewezen",
        }
    }
}

impl Tlv {
    /// The status the dates and decision give.
    pub fn status(&self) -> TlvStatus {
        match (&self.decision, &self.request.applied_on) {
            (Some(d), _) if d.outcome == TlvOutcome::Toegekend => TlvStatus::Granted,
            (Some(_), _) => TlvStatus::Refused,
            (None, Some(_)) => TlvStatus::Applied,
            (None, None) => TlvStatus::InPreparation,
        }
    }

    /// A bezwaar is filed and not yet decided.
    pub fn in_objection(&self) -> bool {
        self.objection.as_ref().is_some_and(|o| o.result.is_none())
    }

    /// The decision date (stored valid).
    pub fn decided_on(&self) -> Result<Option<Date>> {
        self.decision
            .as_ref()
            .map(|d| stored_date(&d.decided_on))
            .transpose()
    }

    /// First and last day of a granted TLV (stored valid).
    pub fn period(&self) -> Result<Option<(Date, Date)>> {
        let Some(decision) = &self.decision else {
            return Ok(None);
        };
        match (&decision.starts_on, decision.school_years) {
            (Some(start), Some(years)) if decision.outcome == TlvOutcome::Toegekend => {
                let start = stored_date(start)?;
                Ok(Some((start, clock::end_date(start, years))))
            }
            _ => Ok(None),
        }
    }
}

/// Something the SWV or the parents will ask about: shown, printed, never blocking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TlvWarning {
    /// Stable code (`experts_missing`, `expert_not_independent`, `first_expert_discipline`,
    /// `parents_missing`, `parents_zienswijze_empty`).
    pub code: String,
    /// The Dutch sentence, as the app and the PDF print it.
    pub text: String,
}

/// What is missing or doubtful in the aanvraag (DOMAIN.md §8).
pub fn warnings(request: &TlvRequest) -> Vec<TlvWarning> {
    let mut out = Vec::new();
    let mut push = |code: &str, text: String| {
        out.push(TlvWarning {
            code: code.into(),
            text,
        })
    };
    match request.experts.len() {
        0 => push(
            "experts_missing",
            "Er zijn nog geen deskundigen vastgelegd; het samenwerkingsverband vraagt advies van \
             twee deskundigen (Besluit bekostiging WPO art. 34.8)."
                .into(),
        ),
        1 => push(
            "experts_missing",
            "Er is één deskundige vastgelegd; het samenwerkingsverband vraagt advies van twee \
             deskundigen (Besluit bekostiging WPO art. 34.8)."
                .into(),
        ),
        _ => {}
    }
    if let Some(first) = request.experts.first()
        && !request
            .experts
            .iter()
            .any(|e| e.discipline.may_advise_first())
    {
        push(
            "first_expert_discipline",
            format!(
                "Geen van de deskundigen is orthopedagoog of psycholoog (nu: {}); één van de twee \
                 moet dat zijn.",
                first.discipline.dutch()
            ),
        );
    }
    for expert in request.experts.iter().filter(|e| !e.independent) {
        push(
            "expert_not_independent",
            format!(
                "De {} is niet onafhankelijk van de school; de deskundigen moeten onafhankelijk \
                 zijn van de aanvragende school (advies LBT 6-6-2017).",
                expert.discipline.dutch()
            ),
        );
    }
    match request.parents.stance {
        ParentStance::NotYet => push(
            "parents_missing",
            "Het standpunt van de ouders ontbreekt; zonder instemming van de ouders wordt geen \
             TLV afgegeven (motie 31497-410)."
                .into(),
        ),
        ParentStance::Zienswijze if request.parents.note.is_none() => push(
            "parents_zienswijze_empty",
            "De zienswijze van de ouders is niet in woorden vastgelegd.".into(),
        ),
        _ => {}
    }
    out
}

/// A date the store holds was validated on the way in; unreadable is damage.
pub(super) fn stored_date(value: &str) -> Result<Date> {
    dates::parse_iso("date", value).map_err(|_| Error::Corrupt("tlv date".into()))
}

#[cfg(test)]
mod tests;
