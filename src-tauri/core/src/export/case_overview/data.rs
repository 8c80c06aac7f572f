//! The input of the casusoverzicht: plain data, filled by the use case from the vault (and by
//! tests and benchmarks directly). Texts are shown as given; dates are formatted `dd-mm-jjjj`.

use crate::domain::pupil::EducationType;
use chrono::NaiveDate as Date;

/// Everything the casusoverzicht shows.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseOverviewData {
    pub pupil: PupilInfo,
    pub case: CaseInfo,
    /// Stappenplan cycles in order; empty shows "Nog geen cycli vastgelegd".
    pub cycles: Vec<Cycle>,
    /// Every record of the casus in date order.
    pub timeline: Vec<TimelineItem>,
    /// The hoorgesprekken of the casus, oldest first ("Visie leerling").
    pub pupil_views: Vec<PupilView>,
    /// The parents' zienswijzen of the casus, oldest first ("Visie ouders").
    pub parent_views: Vec<ParentView>,
}

/// One hoorgesprek as the casusoverzicht quotes it: the pupil's words verbatim.
#[derive(Debug, Clone, PartialEq)]
pub struct PupilView {
    pub held_on: Date,
    /// "Opstellen", "Evaluatie", …
    pub moment: String,
    /// Who spoke with the pupil, and who else was there ("A. Jansen, alleen met de leerling").
    pub spoke_with: String,
    /// Only the questions the pupil answered.
    pub answers: Vec<QuotedAnswer>,
    pub child_goals: Vec<String>,
    pub wishes: Vec<WishLine>,
}

/// A question as asked with the pupil's own words and smiley scale answer.
#[derive(Debug, Clone, PartialEq)]
pub struct QuotedAnswer {
    pub question: String,
    pub words: String,
    pub scale: Option<u8>,
}

/// A wish with what the school does with it.
#[derive(Debug, Clone, PartialEq)]
pub struct WishLine {
    pub words: String,
    /// "Overgenomen", "Deels overgenomen", "Niet overgenomen" or "Nog niet besloten".
    pub response: String,
    pub reason: Option<String>,
}

/// One zienswijze of the parents.
#[derive(Debug, Clone, PartialEq)]
pub struct ParentView {
    pub given_on: Date,
    pub moment: String,
    /// "Petra de Vries (moeder)", …
    pub given_by: Vec<String>,
    pub words: String,
    pub wishes: Vec<WishLine>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PupilInfo {
    pub first_name: String,
    /// Tussenvoegsel ("de", "van der"); printed between first and last name.
    pub surname_prefix: Option<String>,
    pub last_name: String,
    pub birth_date: Date,
    pub school: String,
    /// Decides the words: groep/leerjaar, leerkracht/docent, intern begeleider/
    /// ondersteuningscoördinator.
    pub education_type: EducationType,
    /// The groep or leerjaar number.
    pub grade: i64,
}

impl PupilInfo {
    /// The name as printed: "Daan de Groot" (first name, tussenvoegsel, last name).
    pub fn full_name(&self) -> String {
        [
            Some(self.first_name.as_str()),
            self.surname_prefix.as_deref(),
            Some(self.last_name.as_str()),
        ]
        .into_iter()
        .flatten()
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct CaseInfo {
    pub title: String,
    pub start_date: Date,
    /// "Open" or "Gesloten".
    pub status_label: String,
    /// e.g. "Landelijk (versie 1)".
    pub template_label: String,
    pub closed_on: Option<Date>,
}

/// One pass through the stappenplan.
#[derive(Debug, Clone, PartialEq)]
pub struct Cycle {
    pub number: u32,
    pub started_on: Date,
    pub steps: Vec<Step>,
}

/// One of the six steps with what was recorded in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub number: u8,
    /// "Signaleren", "Begrijpen", … (from the template).
    pub name: String,
    pub completed_on: Option<Date>,
    /// Why the step was completed although something it asks for is missing.
    pub completion_reason: Option<String>,
    pub records: Vec<StepRecord>,
}

/// A record inside a step.
#[derive(Debug, Clone, PartialEq)]
pub enum StepRecord {
    Signal(Signal),
    Conversation(Conversation),
    NeedsAndFactors(NeedsAndFactors),
    Plan(Plan),
    Execution(Vec<ExecutionEntry>),
    Sharing(Sharing),
    Evaluation(Evaluation),
    Note(Note),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Signal {
    pub date: Date,
    pub reported_by: String,
    pub observation: String,
    pub since: Option<String>,
    /// Toetsen, observaties, … the signal rests on.
    pub sources: Vec<String>,
    /// When and how parents were informed, or why not.
    pub parents_informed: Option<String>,
    /// When the pupil was told, or why not; `None` for signals recorded before Ibis asked.
    pub pupil_informed: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Conversation {
    pub date: Date,
    /// "Gesprek met ouders", "Gesprek met de leerling", …
    pub kind: String,
    pub participants: Vec<String>,
    pub summary: String,
    pub agreements: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NeedsAndFactors {
    pub needs: Vec<String>,
    pub factors: Vec<DomainFactors>,
    /// "basisondersteuning", "extra ondersteuning" or "onduidelijk" with a note.
    pub support_level: Option<String>,
}

/// Belemmerende and bevorderende factoren in one domain (leerling, onderwijs, thuis).
#[derive(Debug, Clone, PartialEq)]
pub struct DomainFactors {
    pub domain: String,
    pub hindering: Vec<String>,
    pub supporting: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub goals: Vec<Goal>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Goal {
    pub description: String,
    pub target_date: Option<Date>,
    /// Whether the plan was made with the parents and the pupil ("Met ouders: ja · met de
    /// leerling: nee"); `None` when not answered.
    pub made_with: Option<String>,
    pub interventions: Vec<Intervention>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Intervention {
    pub description: String,
    /// The template's label ("Basisondersteuning"), never its key.
    pub level: String,
    pub by_whom: String,
    pub start: Option<Date>,
    pub evaluate_on: Option<Date>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExecutionEntry {
    pub date: Date,
    pub what: String,
    pub deviation: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Sharing {
    pub date: Date,
    pub how: String,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    pub date: Date,
    pub results: Vec<GoalResult>,
    /// The template's label ("Afsluiten", "Nieuwe cyclus", …).
    pub decision: String,
    pub explanation: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GoalResult {
    pub goal: String,
    /// The template's label ("Behaald", "Deels behaald", "Niet behaald").
    pub result: String,
    pub evidence: String,
}

/// Any other record, shown as a titled paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub title: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TimelineItem {
    pub date: Date,
    pub event: String,
    pub detail: String,
}
