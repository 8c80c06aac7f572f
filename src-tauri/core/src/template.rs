//! SWV templates: the per-step labels, prompts, required items and waiting times of the
//! stappenplan, and the value lists (factor domains, intervention levels, outcomes, decisions).
//! A template is a versioned TOML file, validated on load: a broken one is refused with a
//! message that names the line or field, never a panic. Ibis ships `landelijk`. The file uses
//! snake_case keys (TOML custom); over IPC the same struct is camelCase.

mod escalation;
mod located;

pub use escalation::{
    ContactPoint, EscalationStepTemplate, EscalationTemplate, SwvTemplate, mentions_veilig_thuis,
};
pub use located::FieldProblem;
use located::{Checked, problem};

use crate::domain::deadlines::WeekCount;
use crate::domain::hearing::AgeBand;
use crate::domain::hearing::clock::HearingInterval;
use crate::domain::pupil::EducationType;
use crate::domain::stepplan::{Requirement, StepKey};
use crate::domain::tlv::checklist::{ChecklistCheck, ChecklistItem};
use crate::error::Result;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The template Ibis ships (DOMAIN.md §13).
pub const LANDELIJK: &str = include_str!("../../../assets/templates/landelijk.toml");

/// One step as the template describes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StepTemplate {
    pub key: StepKey,
    pub label: String,
    pub explanation: String,
    pub prompts: Vec<String>,
    /// What must be recorded before the step can be completed.
    pub required: Vec<Requirement>,
    /// The dashboard lists a casus whose current step is open longer than this.
    #[serde(alias = "waiting_weeks")]
    pub waiting_weeks: u8,
    /// How the waiting weeks are counted: `calendar` (default) or `school_weeks` (the school
    /// holidays entered in Settings do not count).
    #[serde(alias = "waiting_counts", default)]
    pub waiting_counts: WeekCount,
}

/// A key with its Dutch label (factor domains, levels, outcomes, decisions).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Choice {
    pub key: String,
    pub label: String,
}

/// A question of a hoorgesprek question set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HearingQuestion {
    pub text: String,
    /// Offer the smiley scale (1–5) with this question.
    #[serde(default)]
    pub scale: bool,
}

/// The questions for one age band (DOMAIN.md §6).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct QuestionSet {
    pub band: AgeBand,
    /// "Groep 1–4", as the form's band switch shows it.
    pub label: String,
    pub questions: Vec<HearingQuestion>,
}

/// Hoorrecht: how often a pupil with extra support is heard, and the question sets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HearingTemplate {
    #[serde(default)]
    pub interval: HearingInterval,
    /// One set per age band, each band exactly once.
    #[serde(alias = "question_sets")]
    pub question_sets: Vec<QuestionSet>,
}

/// The uitstroombestemmingen offered after one onderwijstype (DOMAIN.md §7, item 1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExitDestinations {
    #[serde(alias = "education_type")]
    pub education_type: EducationType,
    pub options: Vec<Choice>,
}

/// The OPP: uitstroombestemmingen per onderwijstype, ontwikkelingsgebieden for the goals, and
/// the weeks of its Ibis-design clocks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OppTemplate {
    /// One list per onderwijstype, each type exactly once.
    #[serde(alias = "exit_destinations")]
    pub exit_destinations: Vec<ExitDestinations>,
    /// Ontwikkelingsgebieden a goal belongs to.
    #[serde(alias = "development_areas")]
    pub development_areas: Vec<Choice>,
    /// Instemming still open this many weeks after vaststellen is listed on Vandaag.
    #[serde(alias = "consent_weeks")]
    pub consent_weeks: u8,
    /// The yearly evaluation is listed on Vandaag this many weeks before its deadline.
    #[serde(alias = "evaluation_warning_weeks")]
    pub evaluation_warning_weeks: u8,
}

/// The TLV: the renewal date and reminders of the samenwerkingsverband, and the dossier's
/// checklist (DOMAIN.md §8).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TlvTemplate {
    /// A renewal must be applied for by this day and month (15 April: `renewal_month = 4`,
    /// `renewal_day = 15`), the last time it falls before the TLV's einddatum.
    #[serde(alias = "renewal_month")]
    pub renewal_month: u32,
    #[serde(alias = "renewal_day")]
    pub renewal_day: u32,
    /// The renewal is listed on Vandaag this many weeks before its date.
    #[serde(alias = "renewal_warning_weeks")]
    pub renewal_warning_weeks: u8,
    /// A TLV ending without a follow-up is listed this many weeks before 31 July.
    #[serde(alias = "ending_warning_weeks")]
    pub ending_warning_weeks: u8,
    /// The parts the dossier needs, in print order.
    pub checklist: Vec<ChecklistItem>,
}

/// A validated template.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Template {
    pub id: String,
    pub version: i32,
    pub name: String,
    pub description: String,
    pub steps: Vec<StepTemplate>,
    #[serde(alias = "factor_domains")]
    pub factor_domains: Vec<Choice>,
    #[serde(alias = "intervention_levels")]
    pub intervention_levels: Vec<Choice>,
    #[serde(alias = "evaluation_outcomes")]
    pub evaluation_outcomes: Vec<Choice>,
    pub decisions: Vec<Choice>,
    /// How an evaluation date is judged due or overdue: `calendar` (default) or `school_weeks`
    /// (an evaluation date in a holiday is due on the first day after it; holiday days do not
    /// count as days overdue).
    #[serde(alias = "evaluation_counts", default)]
    pub evaluation_counts: WeekCount,
    /// Hoorrecht: interval and question sets per age band.
    pub hearing: HearingTemplate,
    /// The OPP's value lists and clock weeks.
    pub opp: OppTemplate,
    pub tlv: TlvTemplate,
    /// The samenwerkingsverband and its contact sheet.
    pub swv: SwvTemplate,
    /// Where parents can turn to in a dispute; the ladder's steps name them by key.
    pub contacts: Vec<ContactPoint>,
    /// The escalatieladder (DOMAIN.md §10).
    pub escalation: EscalationTemplate,
}

/// Keys the code acts on; a template must offer them (it may relabel them).
/// The attachment kinds a checklist item may ask for.
pub const ATTACHMENT_KINDS: [&str; 6] = [
    "onderzoeksverslag",
    "toetsoverzicht",
    "deskundigenadvies",
    "ot_verslag",
    "scan",
    "anders",
];
const LEVELS: [&str; 3] = ["basis", "extra", "onduidelijk"];
const OUTCOMES: [&str; 3] = ["behaald", "deels", "niet_behaald"];
const DECISIONS: [&str; 6] = crate::domain::decisions::ALL;

impl Template {
    /// The shipped `landelijk` template.
    pub fn landelijk() -> Result<Template> {
        Template::parse(LANDELIJK)
    }

    /// Parses and validates a template file's text. A refusal names the line and the field
    /// ("regel 64, veld ‘steps[3].waiting_weeks’: …").
    pub fn parse(text: &str) -> Result<Template> {
        let template: Template =
            toml::from_str(text).map_err(|e| located::refuse_toml(text, &e))?;
        template
            .validate()
            .map_err(|found| located::refuse(text, found))?;
        Ok(template)
    }

    /// A refusal of `text` at a field, worded as every template refusal ("regel N, veld ‘…’:
    /// …"), for checks that need the vault (an id and version already imported).
    pub fn refuse_at(text: &str, path: &str, why: &str) -> crate::error::Error {
        located::refuse(text, problem(path, why))
    }

    fn validate(&self) -> Checked {
        if self.id.trim().is_empty() {
            return Err(problem("id", "mag niet leeg zijn"));
        }
        if !self
            .id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
            || self.id.len() > 60
        {
            return Err(problem(
                "id",
                "alleen kleine letters, cijfers, ‘-’ en ‘_’ (hoogstens 60 tekens)",
            ));
        }
        if self.name.trim().is_empty() {
            return Err(problem("name", "mag niet leeg zijn"));
        }
        if self.version < 1 {
            return Err(problem("version", "moet 1 of hoger zijn"));
        }
        let keys: Vec<StepKey> = self.steps.iter().map(|s| s.key).collect();
        if keys != StepKey::ALL {
            let at = keys
                .iter()
                .zip(StepKey::ALL)
                .position(|(have, want)| *have != want)
                .map_or("steps".to_owned(), |index| {
                    format!("steps[{}].key", index + 1)
                });
            return Err(problem(
                at,
                "‘steps’ moet de zes stappen bevatten, in deze volgorde: signaleren, begrijpen, \
                 plannen, realiseren, vastleggen, evalueren",
            ));
        }
        for (index, step) in self.steps.iter().enumerate() {
            let at = format!("steps[{}]", index + 1);
            let key = step.key.as_str();
            if step.label.trim().is_empty() {
                return Err(problem(
                    format!("{at}.label"),
                    format!("stap ‘{key}’: ‘label’ is leeg"),
                ));
            }
            if !(1..=52).contains(&step.waiting_weeks) {
                return Err(problem(
                    format!("{at}.waiting_weeks"),
                    format!("stap ‘{key}’: moet 1 tot en met 52 zijn"),
                ));
            }
        }
        if self.factor_domains.is_empty() {
            return Err(problem("factor_domains", "is leeg"));
        }
        check_choices("factor_domains", &self.factor_domains, &[])?;
        check_choices("intervention_levels", &self.intervention_levels, &LEVELS)?;
        check_choices("evaluation_outcomes", &self.evaluation_outcomes, &OUTCOMES)?;
        check_choices("decisions", &self.decisions, &DECISIONS)?;
        self.validate_hearing()?;
        self.validate_opp()?;
        self.validate_tlv()?;
        escalation::validate(&self.swv, &self.contacts, &self.escalation)
    }

    /// The contact point with this key.
    pub fn contact(&self, key: &str) -> Option<&ContactPoint> {
        self.contacts.iter().find(|c| c.key == key)
    }

    fn validate_tlv(&self) -> Checked {
        let tlv = &self.tlv;
        if chrono::NaiveDate::from_ymd_opt(2027, tlv.renewal_month, tlv.renewal_day).is_none() {
            return Err(problem(
                "tlv.renewal_day",
                "‘tlv.renewal_month’ en ‘tlv.renewal_day’ vormen geen datum",
            ));
        }
        for (name, weeks) in [
            ("renewal_warning_weeks", tlv.renewal_warning_weeks),
            ("ending_warning_weeks", tlv.ending_warning_weeks),
        ] {
            if !(1..=52).contains(&weeks) {
                return Err(problem(format!("tlv.{name}"), "moet 1 tot en met 52 zijn"));
            }
        }
        if tlv.checklist.is_empty() {
            return Err(problem("tlv.checklist", "is leeg"));
        }
        let mut keys = std::collections::BTreeSet::new();
        for (index, item) in tlv.checklist.iter().enumerate() {
            let at = format!("tlv.checklist[{}]", index + 1);
            if item.key.trim().is_empty() || item.label.trim().is_empty() {
                return Err(problem(at, "‘key’ en ‘label’ mogen niet leeg zijn"));
            }
            if !keys.insert(item.key.as_str()) {
                return Err(problem(
                    format!("{at}.key"),
                    format!("‘{}’ komt twee keer voor", item.key),
                ));
            }
            let is_attachment = item.check == ChecklistCheck::Attachment;
            match item.attachment_kind.as_deref() {
                None if is_attachment => {
                    return Err(problem(
                        format!("{at}.attachment_kind"),
                        "ontbreekt bij check = \"attachment\"",
                    ));
                }
                Some(kind) if !is_attachment || !ATTACHMENT_KINDS.contains(&kind) => {
                    return Err(problem(
                        format!("{at}.attachment_kind"),
                        format!(
                            "hoort alleen bij check = \"attachment\" en is een van: {}",
                            ATTACHMENT_KINDS.join(", ")
                        ),
                    ));
                }
                _ => {}
            }
            if item.minimum.is_some_and(|m| !(1..=10).contains(&m)) {
                return Err(problem(
                    format!("{at}.minimum"),
                    "moet 1 tot en met 10 zijn",
                ));
            }
        }
        Ok(())
    }

    fn validate_opp(&self) -> Checked {
        let opp = &self.opp;
        let types: Vec<EducationType> = opp
            .exit_destinations
            .iter()
            .map(|d| d.education_type)
            .collect();
        if types != EducationType::ALL {
            return Err(problem(
                "opp.exit_destinations",
                "moet een lijst per onderwijstype hebben, in deze volgorde: po, sbo, so, vo, \
                 vso, pro",
            ));
        }
        for (index, list) in opp.exit_destinations.iter().enumerate() {
            let at = format!("opp.exit_destinations[{}].options", index + 1);
            if list.options.is_empty() {
                return Err(problem(
                    at,
                    format!("is leeg (‘{}’)", list.education_type.as_str()),
                ));
            }
            check_choices(&at, &list.options, &[])?;
        }
        if opp.development_areas.is_empty() {
            return Err(problem("opp.development_areas", "is leeg"));
        }
        check_choices("opp.development_areas", &opp.development_areas, &[])?;
        if !(1..=52).contains(&opp.consent_weeks) {
            return Err(problem("opp.consent_weeks", "moet 1 tot en met 52 zijn"));
        }
        if !(1..=52).contains(&opp.evaluation_warning_weeks) {
            return Err(problem(
                "opp.evaluation_warning_weeks",
                "moet 1 tot en met 52 zijn",
            ));
        }
        Ok(())
    }

    /// The uitstroombestemmingen offered after an onderwijstype.
    pub fn exit_destinations(&self, education_type: EducationType) -> &[Choice] {
        self.opp
            .exit_destinations
            .iter()
            .find(|d| d.education_type == education_type)
            .map(|d| d.options.as_slice())
            .unwrap_or_default()
    }

    /// The label of an uitstroombestemming, whichever list has it (never the raw key).
    pub fn exit_destination_label(&self, key: &str) -> String {
        self.opp
            .exit_destinations
            .iter()
            .flat_map(|d| &d.options)
            .find(|c| c.key == key)
            .map(|c| c.label.clone())
            .unwrap_or_else(|| key.replace('_', " "))
    }

    fn validate_hearing(&self) -> Checked {
        let bands: Vec<AgeBand> = self.hearing.question_sets.iter().map(|s| s.band).collect();
        if bands != AgeBand::ALL {
            return Err(problem(
                "hearing.question_sets",
                "moet drie vragensets hebben, in deze volgorde: groep_1_4, groep_5_8, vo",
            ));
        }
        for (index, set) in self.hearing.question_sets.iter().enumerate() {
            let at = format!("hearing.question_sets[{}]", index + 1);
            if set.label.trim().is_empty() {
                return Err(problem(format!("{at}.label"), "is leeg"));
            }
            if set.questions.is_empty() {
                return Err(problem(format!("{at}.questions"), "is leeg"));
            }
            if let Some(empty) = set.questions.iter().position(|q| q.text.trim().is_empty()) {
                return Err(problem(
                    format!("{at}.questions[{}]", empty + 1),
                    "de vraag is leeg",
                ));
            }
        }
        Ok(())
    }

    /// The question set for an age band.
    #[expect(
        clippy::expect_used,
        reason = "invariant: `validate_hearing` refuses a template without a set per band"
    )]
    pub fn question_set(&self, band: AgeBand) -> &QuestionSet {
        self.hearing
            .question_sets
            .iter()
            .find(|s| s.band == band)
            .expect("a validated template has a question set per age band")
    }

    /// The template's description of one step.
    #[expect(
        clippy::expect_used,
        reason = "invariant: every Template the app holds comes from `parse`, whose `validate` \
                  refuses a template without all six steps"
    )]
    pub fn step(&self, key: StepKey) -> &StepTemplate {
        self.steps
            .iter()
            .find(|s| s.key == key)
            .expect("a validated template has all six steps")
    }

    /// Whether `key` is one of the list's keys.
    pub fn has_choice(list: &[Choice], key: &str) -> bool {
        list.iter().any(|c| c.key == key)
    }

    /// The list's label for `key`. A key the list no longer has (an older template version's)
    /// is given as words ("nieuwe cyclus"), never as the raw key.
    pub fn choice_label(list: &[Choice], key: &str) -> String {
        list.iter()
            .find(|c| c.key == key)
            .map(|c| c.label.clone())
            .unwrap_or_else(|| key.replace('_', " "))
    }
}

fn check_choices(list: &str, choices: &[Choice], must_have: &[&str]) -> Checked {
    let mut seen = std::collections::BTreeSet::new();
    for (index, choice) in choices.iter().enumerate() {
        let at = format!("{list}[{}]", index + 1);
        if choice.key.trim().is_empty() || choice.label.trim().is_empty() {
            return Err(problem(at, "sleutel of label is leeg"));
        }
        if !seen.insert(choice.key.as_str()) {
            return Err(problem(
                format!("{at}.key"),
                format!("sleutel ‘{}’ komt twee keer voor", choice.key),
            ));
        }
    }
    for key in must_have {
        if !seen.contains(key) {
            return Err(problem(list, format!("mist de sleutel ‘{key}’")));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
