//! The ontwikkelingsperspectiefplan (DOMAIN.md §7): its two parts, its versions and the two kinds
//! of agreement. The *perspectiefdeel* (uitstroombestemming, onderbouwing with the belemmerende
//! and bevorderende factoren) is set after OOGO with the parents; the *handelingsdeel* (goals,
//! ondersteuning en begeleiding, afwijkingen van het onderwijsprogramma) needs their instemming.
//!
//! A draft may be incomplete and is saved as typed (formats checked, completeness not);
//! vaststellen checks completeness and freezes the version (the store's trigger keeps it frozen).
//! Every item that was pre-filled from the stappenplan or a hoorgesprek keeps its
//! [`ItemSource`], also after it was edited: the printed OPP can say where it came from.

pub mod clock;
pub mod diff;

use crate::domain::hearing::HearingMoment;
use crate::domain::pupil::EducationType;
use crate::domain::records::FactorKind;
use crate::domain::{dates, text};
use crate::error::{Error, FieldErrors, Result, Rule};
use crate::template::Template;
use chrono::NaiveDate as Date;
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

/// OOGO for the perspectiefdeel: when it was discussed with the parents, who took part, and the
/// parents' view. The school decides; the parents are consulted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Consultation {
    /// "besproken met ouders op …" (ISO).
    pub held_on: String,
    /// Who took part ("ouders, leerkracht, intern begeleider").
    pub participants: String,
    /// The guardians who took part (ids of the pupil's guardians).
    #[serde(default)]
    pub guardian_ids: Vec<String>,
    /// The parents' view on the perspectiefdeel.
    #[serde(default)]
    pub parents_view: Option<String>,
}

/// Where the instemming with the handelingsdeel stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ConsentStatus {
    /// Not yet presented to the parents.
    #[default]
    Concept,
    /// Presented; waiting for their answer.
    Voorgelegd,
    Ingestemd,
    DeelsIngestemd,
    NietIngestemd,
}

impl ConsentStatus {
    /// The parents (or the adult pupil) answered.
    pub fn is_decided(self) -> bool {
        matches!(
            self,
            ConsentStatus::Ingestemd | ConsentStatus::DeelsIngestemd | ConsentStatus::NietIngestemd
        )
    }

    pub fn dutch(self) -> &'static str {
        match self {
            ConsentStatus::Concept => "nog niet voorgelegd",
            ConsentStatus::Voorgelegd => "voorgelegd, wacht op antwoord",
            ConsentStatus::Ingestemd => "ingestemd",
            ConsentStatus::DeelsIngestemd => "deels ingestemd",
            ConsentStatus::NietIngestemd => "niet ingestemd",
        }
    }
}

/// How the answer was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ConsentMethod {
    /// Getekend op papier.
    Papier,
    Mondeling,
    Email,
}

impl ConsentMethod {
    pub fn dutch(self) -> &'static str {
        match self {
            ConsentMethod::Papier => "getekend op papier",
            ConsentMethod::Mondeling => "mondeling",
            ConsentMethod::Email => "per e-mail",
        }
    }
}

/// Instemming with the handelingsdeel.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Consent {
    pub status: ConsentStatus,
    /// When it was presented (ISO); required from `voorgelegd` on.
    #[serde(default)]
    pub presented_on: Option<String>,
    /// When they answered (ISO); required for an answer.
    #[serde(default)]
    pub decided_on: Option<String>,
    /// The guardians with gezag who answered.
    #[serde(default)]
    pub guardian_ids: Vec<String>,
    /// The pupil (18+, (v)so) answered in the parents' place.
    #[serde(default)]
    pub by_pupil: bool,
    #[serde(default)]
    pub method: Option<ConsentMethod>,
    /// Which part was agreed to (deels), why not (niet), or any note.
    #[serde(default)]
    pub note: Option<String>,
}

/// What validating a consent may read about the pupil and guardians.
pub struct ConsentContext<'a> {
    /// Ids of the pupil's guardians with gezag.
    pub guardians_with_authority: &'a [String],
    /// Whether the pupil may answer in the parents' place (18+ in (v)so) on a given day.
    pub pupil_may_consent: &'a dyn Fn(Date) -> bool,
    pub today: Date,
}

/// Checks a draft as typed: formats, lengths, template keys. Completeness is [`check_complete`]'s.
/// Blank list rows are dropped.
pub fn validate_content(
    content: OppContent,
    education_type: EducationType,
    template: &Template,
) -> Result<OppContent> {
    let mut errors = FieldErrors::default();
    let perspective = perspective(&mut errors, content.perspective, education_type, template);
    let action = action(&mut errors, content.action, template);
    let pupil_voice = pupil_voice(&mut errors, content.pupil_voice);
    let parents_view = content.parents_view.and_then(|view| {
        errors
            .value(text::optional_text(
                "parentsView",
                Some(&view.text),
                TEXT_MAX,
            ))
            .map(|text| SourcedText {
                text,
                source: view.source,
            })
    });
    errors.finish()?;
    Ok(OppContent {
        perspective,
        action,
        pupil_voice,
        parents_view,
    })
}

/// What vaststellen needs besides valid fields (Besluit bekostiging WPO art. 34.7): an
/// uitstroombestemming, an onderbouwing with at least one belemmerende and one bevorderende
/// factor, a goal and the ondersteuning to be given. Every missing part is named.
pub fn check_complete(content: &OppContent, education_type: EducationType) -> Result<()> {
    let mut errors = FieldErrors::default();
    let perspective = &content.perspective;
    if perspective.exit_destination.is_none() {
        errors.push("perspective.exitDestination", Rule::Required);
    }
    if education_type == EducationType::Pro && perspective.exit_note.is_none() {
        errors.push("perspective.exitNote", Rule::Required);
    }
    if perspective.reasoning.trim().is_empty() {
        errors.push("perspective.reasoning", Rule::Required);
    }
    for (kind, field) in [
        (FactorKind::Hindering, "perspective.factors.hindering"),
        (FactorKind::Helping, "perspective.factors.helping"),
    ] {
        if !perspective.factors.iter().any(|f| f.factor_kind == kind) {
            errors.push(field, Rule::Required);
        }
    }
    if content.action.goals.is_empty() {
        errors.push("action.goals", Rule::Required);
    }
    for (row, goal) in content.action.goals.iter().enumerate() {
        if goal.area.is_none() {
            errors.push(format!("action.goals[{row}].area"), Rule::Required);
        }
        if goal.evaluation_date.is_none() {
            errors.push(
                format!("action.goals[{row}].evaluationDate"),
                Rule::Required,
            );
        }
    }
    if content.action.support.is_empty() {
        errors.push("action.support", Rule::Required);
    }
    errors.finish()
}

/// Checks an OOGO record.
pub fn validate_consultation(data: Consultation, today: Date) -> Result<Consultation> {
    let mut errors = FieldErrors::default();
    let held_on = errors.option(past_date("heldOn", &data.held_on, today));
    let participants = errors.value(text::required_line(
        "participants",
        &data.participants,
        LINE_MAX,
    ));
    let parents_view = errors.value(text::optional_text(
        "parentsView",
        data.parents_view.as_deref(),
        TEXT_MAX,
    ));
    let mut guardian_ids = data.guardian_ids;
    guardian_ids.sort();
    guardian_ids.dedup();
    errors.finish()?;
    Ok(Consultation {
        held_on: held_on.map(dates::to_iso).unwrap_or_default(),
        participants,
        guardian_ids,
        parents_view,
    })
}

/// Checks an instemming record: dates in order and not ahead, an answer names who gave it (the
/// guardians with gezag, or the adult pupil in (v)so) and how; "deels" says which part.
pub fn validate_consent(data: Consent, context: &ConsentContext<'_>) -> Result<Consent> {
    let mut errors = FieldErrors::default();
    let status = data.status;
    let presented_on = errors
        .option(optional_past_date(
            "presentedOn",
            data.presented_on.as_deref(),
            context.today,
        ))
        .flatten();
    let decided_on = errors
        .option(optional_past_date(
            "decidedOn",
            data.decided_on.as_deref(),
            context.today,
        ))
        .flatten();
    if status != ConsentStatus::Concept && presented_on.is_none() {
        errors.push("presentedOn", Rule::Required);
    }
    if let (Some(presented), Some(decided)) = (presented_on, decided_on)
        && decided < presented
    {
        errors.push("decidedOn", Rule::DateBeforeStart);
    }
    let note = errors.value(text::optional_text("note", data.note.as_deref(), TEXT_MAX));
    let mut guardian_ids = data.guardian_ids;
    guardian_ids.sort();
    guardian_ids.dedup();
    if guardian_ids
        .iter()
        .any(|id| !context.guardians_with_authority.contains(id))
    {
        errors.push("guardianIds", Rule::OutOfRange);
    }
    let decided = status.is_decided();
    if decided {
        if decided_on.is_none() {
            errors.push("decidedOn", Rule::Required);
        }
        if data.method.is_none() {
            errors.push("method", Rule::Required);
        }
        if data.by_pupil {
            if decided_on.is_some_and(|day| !(context.pupil_may_consent)(day)) {
                errors.push("byPupil", Rule::OutOfRange);
            }
        } else if guardian_ids.is_empty() {
            errors.push("guardianIds", Rule::Required);
        }
        if status == ConsentStatus::DeelsIngestemd && note.is_none() {
            errors.push("note", Rule::Required);
        }
    }
    errors.finish()?;
    Ok(Consent {
        status,
        presented_on: presented_on.map(dates::to_iso),
        decided_on: if decided {
            decided_on.map(dates::to_iso)
        } else {
            None
        },
        guardian_ids: if decided { guardian_ids } else { Vec::new() },
        by_pupil: decided && data.by_pupil,
        method: if decided { data.method } else { None },
        note,
    })
}

/// Whether a pupil may answer in the parents' place: 18 or older on `day` and in (v)so
/// (WEC art. 41a lid 3).
pub fn pupil_may_consent(education_type: EducationType, birth_date: Date, day: Date) -> bool {
    matches!(education_type, EducationType::So | EducationType::Vso)
        && dates::age_on(birth_date, day) >= 18
}

/// Checks the reason the soft gate asks for when no hoorgesprek fits the moment.
pub fn validate_hearing_gap_reason(reason: Option<&str>) -> Result<Option<String>> {
    text::optional_text("hearingGapReason", reason, TEXT_MAX)
}

fn perspective(
    errors: &mut FieldErrors,
    data: Perspective,
    education_type: EducationType,
    template: &Template,
) -> Perspective {
    let exit_destination = data
        .exit_destination
        .map(|key| key.trim().to_owned())
        .filter(|key| !key.is_empty());
    if let Some(key) = &exit_destination
        && !Template::has_choice(template.exit_destinations(education_type), key)
    {
        errors.push("perspective.exitDestination", Rule::OutOfRange);
    }
    let exit_note = errors.value(text::optional_text(
        "perspective.exitNote",
        data.exit_note.as_deref(),
        TEXT_MAX,
    ));
    let reasoning = errors
        .value(text::optional_text(
            "perspective.reasoning",
            Some(&data.reasoning),
            TEXT_MAX,
        ))
        .unwrap_or_default();
    let needs = sourced_lines(errors, "perspective.needs", data.needs);
    check_rows(errors, "perspective.factors", data.factors.len());
    let factors = data
        .factors
        .into_iter()
        .enumerate()
        .filter(|(_, factor)| !factor.description.trim().is_empty())
        .map(|(row, factor)| {
            if !Template::has_choice(&template.factor_domains, &factor.domain) {
                errors.push(
                    format!("perspective.factors[{row}].domain"),
                    Rule::OutOfRange,
                );
            }
            OppFactor {
                description: errors.row_value(
                    &format!("perspective.factors[{row}].description"),
                    text::required_line("description", &factor.description, TEXT_MAX),
                ),
                ..factor
            }
        })
        .collect();
    Perspective {
        exit_destination,
        exit_note,
        reasoning,
        needs,
        factors,
    }
}

fn action(errors: &mut FieldErrors, data: ActionPlan, template: &Template) -> ActionPlan {
    check_rows(errors, "action.goals", data.goals.len());
    let goals = data
        .goals
        .into_iter()
        .enumerate()
        .filter(|(_, goal)| !goal.description.trim().is_empty())
        .map(|(row, goal)| {
            let at = format!("action.goals[{row}]");
            let area = goal.area.filter(|key| !key.trim().is_empty());
            if let Some(key) = &area
                && !Template::has_choice(&template.opp.development_areas, key)
            {
                errors.push(format!("{at}.area"), Rule::OutOfRange);
            }
            OppGoal {
                area,
                description: errors.row_value(
                    &format!("{at}.description"),
                    text::required_line("description", &goal.description, TEXT_MAX),
                ),
                evaluation_date: errors
                    .row_value(
                        &format!("{at}.evaluationDate"),
                        optional_date("evaluationDate", goal.evaluation_date.as_deref()),
                    )
                    .map(dates::to_iso),
                source: goal.source,
            }
        })
        .collect();
    check_rows(errors, "action.support", data.support.len());
    let support = data
        .support
        .into_iter()
        .enumerate()
        .filter(|(_, support)| !support.what.trim().is_empty())
        .map(|(row, support)| {
            let at = format!("action.support[{row}]");
            OppSupport {
                what: errors.row_value(
                    &format!("{at}.what"),
                    text::required_line("what", &support.what, TEXT_MAX),
                ),
                who: errors.row_value(
                    &format!("{at}.who"),
                    text::optional_line("who", support.who.as_deref(), LINE_MAX),
                ),
                frequency: errors.row_value(
                    &format!("{at}.frequency"),
                    text::optional_line("frequency", support.frequency.as_deref(), LINE_MAX),
                ),
                from: errors
                    .row_value(
                        &format!("{at}.from"),
                        optional_date("from", support.from.as_deref()),
                    )
                    .map(dates::to_iso),
                source: support.source,
            }
        })
        .collect();
    check_rows(errors, "action.deviations", data.deviations.len());
    let deviations = data
        .deviations
        .into_iter()
        .enumerate()
        .filter(|(_, deviation)| {
            !deviation.description.trim().is_empty()
                || deviation
                    .subject
                    .as_deref()
                    .is_some_and(|s| !s.trim().is_empty())
        })
        .map(|(row, deviation)| programme_deviation(errors, row, deviation))
        .collect();
    ActionPlan {
        goals,
        support,
        deviations,
    }
}

fn programme_deviation(
    errors: &mut FieldErrors,
    row: usize,
    data: ProgrammeDeviation,
) -> ProgrammeDeviation {
    let at = format!("action.deviations[{row}]");
    let subject = errors.row_value(
        &format!("{at}.subject"),
        text::optional_line("subject", data.subject.as_deref(), LINE_MAX),
    );
    let description = errors.row_value(
        &format!("{at}.description"),
        text::required_line("description", &data.description, TEXT_MAX),
    );
    let until = errors
        .row_value(
            &format!("{at}.until"),
            optional_date("until", data.until.as_deref()),
        )
        .map(dates::to_iso);
    let return_plan = errors.row_value(
        &format!("{at}.returnPlan"),
        text::optional_text("returnPlan", data.return_plan.as_deref(), TEXT_MAX),
    );
    match data.deviation_kind {
        DeviationKind::EigenLeerlijn | DeviationKind::Vrijstelling => {
            if subject.is_none() {
                errors.push(format!("{at}.subject"), Rule::Required);
            }
        }
        DeviationKind::AangepasteOnderwijstijd => {
            if until.is_none() {
                errors.push(format!("{at}.until"), Rule::Required);
            }
            if return_plan.is_none() {
                errors.push(format!("{at}.returnPlan"), Rule::Required);
            }
        }
    }
    ProgrammeDeviation {
        deviation_kind: data.deviation_kind,
        subject,
        description,
        until,
        return_plan,
    }
}

fn pupil_voice(errors: &mut FieldErrors, data: PupilVoice) -> PupilVoice {
    check_rows(errors, "pupilVoice.quotes", data.quotes.len());
    let quotes = data
        .quotes
        .into_iter()
        .enumerate()
        .filter(|(_, quote)| !quote.words.trim().is_empty())
        .map(|(row, quote)| PupilQuote {
            question: errors.row_value(
                &format!("pupilVoice.quotes[{row}].question"),
                text::optional_line("question", quote.question.as_deref(), LINE_MAX),
            ),
            words: errors
                .row_value(
                    &format!("pupilVoice.quotes[{row}].words"),
                    text::optional_text("words", Some(&quote.words), TEXT_MAX),
                )
                .unwrap_or_default(),
            source: quote.source,
        })
        .collect();
    let child_goals = sourced_lines(errors, "pupilVoice.childGoals", data.child_goals);
    PupilVoice {
        quotes,
        child_goals,
    }
}

/// Lines with their source: blank ones dropped, each at most [`TEXT_MAX`] on one line.
fn sourced_lines(
    errors: &mut FieldErrors,
    field: &str,
    input: Vec<SourcedText>,
) -> Vec<SourcedText> {
    check_rows(errors, field, input.len());
    input
        .into_iter()
        .enumerate()
        .filter(|(_, line)| !line.text.trim().is_empty())
        .map(|(row, line)| SourcedText {
            text: errors.row_value(
                &format!("{field}[{row}]"),
                text::required_line("text", &line.text, TEXT_MAX),
            ),
            source: line.source,
        })
        .collect()
}

fn check_rows(errors: &mut FieldErrors, field: &str, rows: usize) {
    if rows > ROWS_MAX {
        errors.push(field.to_owned(), Rule::TooLong);
    }
}

fn optional_date(field: &'static str, value: Option<&str>) -> Result<Option<Date>> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(value) => dates::parse_iso(field, value).map(Some),
    }
}

fn optional_past_date(
    field: &'static str,
    value: Option<&str>,
    today: Date,
) -> Result<Option<Date>> {
    let date = optional_date(field, value)?;
    if date.is_some_and(|date| date > today) {
        return Err(Error::validation(field, Rule::DateInFuture));
    }
    Ok(date)
}

fn past_date(field: &'static str, value: &str, today: Date) -> Result<Date> {
    let date = dates::parse_iso(field, value)?;
    if date > today {
        return Err(Error::validation(field, Rule::DateInFuture));
    }
    Ok(date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::ymd;

    fn template() -> Template {
        Template::landelijk().expect("the shipped template is valid")
    }

    fn complete() -> OppContent {
        OppContent {
            perspective: Perspective {
                exit_destination: Some("vmbo_kb".into()),
                exit_note: None,
                reasoning: "Leert praktisch, goed met de handen.".into(),
                needs: vec![],
                factors: vec![
                    OppFactor {
                        factor_kind: FactorKind::Hindering,
                        domain: "leerling".into(),
                        description: "Leest traag".into(),
                        source: None,
                    },
                    OppFactor {
                        factor_kind: FactorKind::Helping,
                        domain: "thuis".into(),
                        description: "Ouders lezen mee".into(),
                        source: None,
                    },
                ],
            },
            action: ActionPlan {
                goals: vec![OppGoal {
                    area: Some("technisch_lezen".into()),
                    description: "AVI E5".into(),
                    evaluation_date: Some("2027-01-15".into()),
                    source: None,
                }],
                support: vec![OppSupport {
                    what: "Leesbegeleiding".into(),
                    who: Some("RT'er".into()),
                    frequency: Some("2× per week".into()),
                    from: Some("2026-10-01".into()),
                    source: None,
                }],
                deviations: vec![],
            },
            pupil_voice: PupilVoice::default(),
            parents_view: None,
        }
    }

    fn fields(error: Error) -> Vec<String> {
        error
            .field_errors()
            .into_iter()
            .map(|e| e.field.into_owned())
            .collect()
    }

    #[test]
    fn a_complete_plan_passes_and_an_empty_one_names_every_missing_part() {
        let content = validate_content(complete(), EducationType::Po, &template())
            .expect("the complete plan is valid");
        assert!(check_complete(&content, EducationType::Po).is_ok());
        let missing = check_complete(&OppContent::default(), EducationType::Pro)
            .expect_err("an empty plan is incomplete");
        assert_eq!(
            fields(missing),
            [
                "perspective.exitDestination",
                "perspective.exitNote",
                "perspective.reasoning",
                "perspective.factors.hindering",
                "perspective.factors.helping",
                "action.goals",
                "action.support",
            ]
        );
    }

    #[test]
    fn an_exit_destination_must_fit_the_onderwijstype() {
        let mut content = complete();
        content.perspective.exit_destination = Some("hbo".into());
        let error = validate_content(content, EducationType::Po, &template())
            .expect_err("hbo is no destination after po");
        assert_eq!(fields(error), ["perspective.exitDestination"]);
    }

    #[test]
    fn adapted_school_time_needs_an_end_and_a_way_back() {
        let mut content = complete();
        content.action.deviations.push(ProgrammeDeviation {
            deviation_kind: DeviationKind::AangepasteOnderwijstijd,
            subject: None,
            description: "Alleen ochtenden".into(),
            until: None,
            return_plan: Some("  ".into()),
        });
        let error = validate_content(content, EducationType::Po, &template())
            .expect_err("no end date, no plan");
        assert_eq!(
            fields(error),
            [
                "action.deviations[0].until",
                "action.deviations[0].returnPlan"
            ]
        );
    }

    #[test]
    fn blank_rows_are_dropped_and_sources_kept() {
        let mut content = complete();
        let source = ItemSource {
            kind: SourceKind::Hearing,
            record_id: "h1".into(),
            label: "Hoorgesprek 01-10-2026".into(),
        };
        content.pupil_voice.child_goals = vec![
            SourcedText {
                text: " Ik lees een boek uit ".into(),
                source: Some(source.clone()),
            },
            SourcedText {
                text: "   ".into(),
                source: None,
            },
        ];
        let valid =
            validate_content(content, EducationType::Po, &template()).expect("valid content");
        assert_eq!(valid.pupil_voice.child_goals.len(), 1);
        assert_eq!(
            valid.pupil_voice.child_goals[0].text,
            "Ik lees een boek uit"
        );
        assert_eq!(valid.pupil_voice.child_goals[0].source, Some(source));
    }

    fn consent_context<'a>(
        authority: &'a [String],
        adult: &'a dyn Fn(Date) -> bool,
    ) -> ConsentContext<'a> {
        ConsentContext {
            guardians_with_authority: authority,
            pupil_may_consent: adult,
            today: ymd(2026, 12, 1),
        }
    }

    #[test]
    fn an_answer_names_who_gave_it_and_how() {
        let authority = vec!["g1".to_owned(), "g2".to_owned()];
        let never = |_: Date| false;
        let context = consent_context(&authority, &never);
        let error = validate_consent(
            Consent {
                status: ConsentStatus::DeelsIngestemd,
                presented_on: Some("2026-11-01".into()),
                decided_on: Some("2026-10-01".into()),
                guardian_ids: vec![],
                by_pupil: false,
                method: None,
                note: None,
            },
            &context,
        )
        .expect_err("incomplete answer");
        assert_eq!(
            fields(error),
            ["decidedOn", "method", "guardianIds", "note"]
        );

        let error = validate_consent(
            Consent {
                status: ConsentStatus::Ingestemd,
                presented_on: Some("2026-11-01".into()),
                decided_on: Some("2026-11-08".into()),
                guardian_ids: vec!["stranger".into()],
                by_pupil: false,
                method: Some(ConsentMethod::Papier),
                note: None,
            },
            &context,
        )
        .expect_err("a guardian without gezag cannot consent");
        assert_eq!(fields(error), ["guardianIds"]);

        let error = validate_consent(
            Consent {
                status: ConsentStatus::Ingestemd,
                presented_on: Some("2026-11-01".into()),
                decided_on: Some("2026-11-08".into()),
                guardian_ids: vec![],
                by_pupil: true,
                method: Some(ConsentMethod::Mondeling),
                note: None,
            },
            &context,
        )
        .expect_err("a minor pupil does not take the parents' place");
        assert_eq!(fields(error), ["byPupil"]);
    }

    #[test]
    fn an_adult_pupil_in_vso_takes_the_parents_place() {
        let birth = ymd(2008, 11, 30);
        assert!(!pupil_may_consent(
            EducationType::Vso,
            birth,
            ymd(2026, 11, 29)
        ));
        assert!(pupil_may_consent(
            EducationType::Vso,
            birth,
            ymd(2026, 11, 30)
        ));
        assert!(!pupil_may_consent(
            EducationType::Vo,
            birth,
            ymd(2026, 12, 1)
        ));
    }
}
