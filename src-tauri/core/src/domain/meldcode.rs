//! The meldcode route (Meldcode huiselijk geweld en kindermishandeling, DOMAIN.md §11): the five
//! steps fixed by law, with their Dutch labels and a short explanation, and the rules for a route
//! of one pupil — the question "veiligheid of geschil?" answered first, dated entries per step, a
//! step marked done, the decision of step 5, closing.
//!
//! Why a separate, restricted record: a concern about a child's safety is never part of a
//! dispute about passend onderwijs (no Veilig Thuis report for a geschil, DOMAIN §10) and never
//! reaches the pupil file's exports. Ibis records the steps; it sends nothing to Veilig Thuis.
//! Pure rules: no IO, no clock reads (`today` is passed in).

use crate::domain::dates;
use crate::domain::text;
use crate::error::{Error, FieldErrors, Result, Rule};
use chrono::NaiveDate as Date;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where the five steps come from.
pub const SOURCE_STEPS: &str = "Wet verplichte meldcode huiselijk geweld en kindermishandeling \
     (2013, afwegingskader sinds 2019); Besluit verplichte meldcode";

/// The question asked before a dispute or a meldcode route is opened (issue 11, item 3).
pub const QUESTION: &str =
    "Gaat het om zorg over de veiligheid van de leerling, of om een meningsverschil?";

const MAX_NAME: usize = 120;
const MAX_LINE: usize = 300;
const MAX_NOTES: usize = 10_000;

/// One of the five steps of the meldcode, in their legal order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MeldcodeStep {
    /// 1. Signalen in kaart brengen.
    Signals,
    /// 2. Collegiale consultatie en zo nodig advies van Veilig Thuis.
    Consultation,
    /// 3. Gesprek met de leerling en/of ouders.
    Conversation,
    /// 4. Wegen met het afwegingskader.
    Weighing,
    /// 5. Beslissen: hulp organiseren en/of melden.
    Decision,
}

impl MeldcodeStep {
    /// The steps in their order.
    pub const ALL: [MeldcodeStep; 5] = [
        MeldcodeStep::Signals,
        MeldcodeStep::Consultation,
        MeldcodeStep::Conversation,
        MeldcodeStep::Weighing,
        MeldcodeStep::Decision,
    ];

    /// 1 to 5.
    pub fn number(self) -> u8 {
        match self {
            MeldcodeStep::Signals => 1,
            MeldcodeStep::Consultation => 2,
            MeldcodeStep::Conversation => 3,
            MeldcodeStep::Weighing => 4,
            MeldcodeStep::Decision => 5,
        }
    }

    /// The Dutch label of the step.
    pub fn label(self) -> &'static str {
        match self {
            MeldcodeStep::Signals => "Signalen in kaart brengen",
            MeldcodeStep::Consultation => {
                "Collegiale consultatie en zo nodig advies van Veilig Thuis"
            }
            MeldcodeStep::Conversation => "Gesprek met de leerling en/of de ouders",
            MeldcodeStep::Weighing => "Wegen met het afwegingskader",
            MeldcodeStep::Decision => "Beslissen: hulp organiseren en/of melden",
        }
    }

    /// A short Dutch explanation of what the step asks.
    pub fn explanation(self) -> &'static str {
        match self {
            MeldcodeStep::Signals => {
                "Leg feitelijk vast wat u ziet en hoort, met datum en bron. Scheid feiten van \
                 interpretaties."
            }
            MeldcodeStep::Consultation => {
                "Bespreek de signalen met een deskundige collega (aandachtsfunctionaris). Vraag zo \
                 nodig advies aan Veilig Thuis; een adviesvraag is geen melding."
            }
            MeldcodeStep::Conversation => {
                "Bespreek de signalen met de leerling en/of de ouders, tenzij dat de veiligheid \
                 in gevaar brengt. Leg vast wat zij zeggen."
            }
            MeldcodeStep::Weighing => {
                "Weeg met het afwegingskader: is er een vermoeden van huiselijk geweld of \
                 kindermishandeling? Is er acute of structurele onveiligheid?"
            }
            MeldcodeStep::Decision => {
                "Beslis of u hulp organiseert en de effecten volgt, en/of een melding doet bij \
                 Veilig Thuis. Ibis legt de beslissing vast; het verstuurt niets."
            }
        }
    }

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            MeldcodeStep::Signals => "signals",
            MeldcodeStep::Consultation => "consultation",
            MeldcodeStep::Conversation => "conversation",
            MeldcodeStep::Weighing => "weighing",
            MeldcodeStep::Decision => "decision",
        }
    }
}

/// The answer to [`QUESTION`] that opens a meldcode route. A meningsverschil is a dispute and
/// goes to the escalatieladder instead, so it is not an answer here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ConcernAnswer {
    /// "Zorg over de veiligheid van de leerling".
    Safety,
}

impl ConcernAnswer {
    /// The answer as the page shows it.
    pub fn dutch(self) -> &'static str {
        match self {
            ConcernAnswer::Safety => "Zorg over de veiligheid van de leerling",
        }
    }
}

/// The decision of step 5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MeldcodeDecision {
    /// Hulp organiseren en de effecten volgen.
    OrganiseHelp,
    /// Melden bij Veilig Thuis.
    Report,
    /// Both.
    Both,
}

impl MeldcodeDecision {
    /// The decision as the page shows it.
    pub fn dutch(self) -> &'static str {
        match self {
            MeldcodeDecision::OrganiseHelp => "Hulp organiseren en effecten volgen",
            MeldcodeDecision::Report => "Melden bij Veilig Thuis",
            MeldcodeDecision::Both => {
                "Hulp organiseren en effecten volgen, en melden bij Veilig Thuis"
            }
        }
    }
}

/// The recorded answer to [`QUESTION`]: what, when, by whom.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConcernQuestion {
    pub answer: ConcernAnswer,
    /// ISO date.
    pub answered_on: String,
    pub answered_by: String,
}

/// One dated entry of a step.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MeldcodeEntry {
    /// ISO date.
    pub on: String,
    /// Who did it (name or role).
    pub by: String,
    /// What was done, in one line.
    pub what: String,
    pub notes: Option<String>,
}

/// A step of a route: its entries (oldest first) and the day it was marked done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MeldcodeStepRecord {
    pub step: MeldcodeStep,
    pub entries: Vec<MeldcodeEntry>,
    /// ISO date; `None` while the step is open.
    pub done_on: Option<String>,
}

/// The recorded decision of step 5.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MeldcodeDecisionRecord {
    pub decision: MeldcodeDecision,
    /// ISO date.
    pub decided_on: String,
    pub decided_by: String,
    pub notes: Option<String>,
}

/// A meldcode route of one pupil (the stored payload).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Meldcode {
    pub question: ConcernQuestion,
    /// The five steps, always in [`MeldcodeStep::ALL`] order.
    pub steps: Vec<MeldcodeStepRecord>,
    pub decision: Option<MeldcodeDecisionRecord>,
    /// ISO date; a closed route is read-only.
    pub closed_on: Option<String>,
    pub closing_note: Option<String>,
}

impl Meldcode {
    /// Whether the route is closed (read-only).
    pub fn is_closed(&self) -> bool {
        self.closed_on.is_some()
    }

    /// The step's record (always present: a route holds all five).
    pub fn step(&self, step: MeldcodeStep) -> Option<&MeldcodeStepRecord> {
        self.steps.iter().find(|record| record.step == step)
    }

    fn step_mut(&mut self, step: MeldcodeStep) -> Result<&mut MeldcodeStepRecord> {
        self.steps
            .iter_mut()
            .find(|record| record.step == step)
            .ok_or_else(|| Error::Corrupt(format!("meldcode route lacks step {}", step.as_str())))
    }

    fn ensure_open(&self) -> Result<()> {
        match self.is_closed() {
            true => Err(Error::InvalidTransition(
                "a closed meldcode route cannot change",
            )),
            false => Ok(()),
        }
    }
}

/// Opens a route: the answer to [`QUESTION`] is recorded first, with its date and who answered.
pub fn open(
    answer: ConcernAnswer,
    answered_on: &str,
    answered_by: &str,
    today: Date,
) -> Result<Meldcode> {
    let mut errors = FieldErrors::default();
    let on = errors.option(past_date("answeredOn", answered_on, today));
    let by = errors.value(text::required_line("answeredBy", answered_by, MAX_NAME));
    errors.finish()?;
    Ok(Meldcode {
        question: ConcernQuestion {
            answer,
            answered_on: on.map(dates::to_iso).unwrap_or_default(),
            answered_by: by,
        },
        steps: MeldcodeStep::ALL
            .iter()
            .map(|&step| MeldcodeStepRecord {
                step,
                entries: Vec::new(),
                done_on: None,
            })
            .collect(),
        decision: None,
        closed_on: None,
        closing_note: None,
    })
}

/// Adds a dated entry to a step (date not in the future, not before the route was opened).
pub fn add_entry(
    route: &Meldcode,
    step: MeldcodeStep,
    input: &MeldcodeEntry,
    today: Date,
) -> Result<Meldcode> {
    route.ensure_open()?;
    let mut errors = FieldErrors::default();
    let on = errors.option(route_date(route, "on", &input.on, today));
    let by = errors.value(text::required_line("by", &input.by, MAX_NAME));
    let what = errors.value(text::required_line("what", &input.what, MAX_LINE));
    let notes = errors.value(text::optional_text(
        "notes",
        input.notes.as_deref(),
        MAX_NOTES,
    ));
    errors.finish()?;
    let mut changed = route.clone();
    let record = changed.step_mut(step)?;
    record.entries.push(MeldcodeEntry {
        on: on.map(dates::to_iso).unwrap_or_default(),
        by,
        what,
        notes,
    });
    record.entries.sort_by(|a, b| a.on.cmp(&b.on));
    Ok(changed)
}

/// Marks a step done on `done_on`. Step 5 is done only once its decision is recorded.
pub fn complete_step(
    route: &Meldcode,
    step: MeldcodeStep,
    done_on: &str,
    today: Date,
) -> Result<Meldcode> {
    route.ensure_open()?;
    let on = route_date(route, "doneOn", done_on, today)?;
    if step == MeldcodeStep::Decision && route.decision.is_none() {
        return Err(Error::validation("decision", Rule::Required));
    }
    let mut changed = route.clone();
    changed.step_mut(step)?.done_on = Some(dates::to_iso(on));
    Ok(changed)
}

/// Records (or corrects) the decision of step 5.
pub fn decide(route: &Meldcode, input: &MeldcodeDecisionRecord, today: Date) -> Result<Meldcode> {
    route.ensure_open()?;
    let mut errors = FieldErrors::default();
    let on = errors.option(route_date(route, "decidedOn", &input.decided_on, today));
    let by = errors.value(text::required_line(
        "decidedBy",
        &input.decided_by,
        MAX_NAME,
    ));
    let notes = errors.value(text::optional_text(
        "notes",
        input.notes.as_deref(),
        MAX_NOTES,
    ));
    errors.finish()?;
    let mut changed = route.clone();
    changed.decision = Some(MeldcodeDecisionRecord {
        decision: input.decision,
        decided_on: on.map(dates::to_iso).unwrap_or_default(),
        decided_by: by,
        notes,
    });
    Ok(changed)
}

/// Closes the route on `closed_on`, with an optional note; it stays readable.
pub fn close(
    route: &Meldcode,
    closed_on: &str,
    note: Option<&str>,
    today: Date,
) -> Result<Meldcode> {
    route.ensure_open()?;
    let mut errors = FieldErrors::default();
    let on = errors.option(route_date(route, "closedOn", closed_on, today));
    let note = errors.value(text::optional_text("closingNote", note, MAX_NOTES));
    errors.finish()?;
    let mut changed = route.clone();
    changed.closed_on = on.map(dates::to_iso);
    changed.closing_note = note;
    Ok(changed)
}

/// A required ISO date not after `today`.
fn past_date(field: &'static str, input: &str, today: Date) -> Result<Date> {
    let day = dates::parse_iso(field, input)?;
    if day > today {
        return Err(Error::validation(field, Rule::DateInFuture));
    }
    Ok(day)
}

/// A required ISO date within the route: not after `today`, not before the question's date.
fn route_date(route: &Meldcode, field: &'static str, input: &str, today: Date) -> Result<Date> {
    let day = past_date(field, input, today)?;
    let opened = dates::parse_iso("answeredOn", &route.question.answered_on)?;
    if day < opened {
        return Err(Error::validation(field, Rule::DateBeforeStart));
    }
    Ok(day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        dates::parse_iso("test", text).unwrap()
    }

    fn opened() -> Meldcode {
        open(
            ConcernAnswer::Safety,
            "2026-11-02",
            "IB'er",
            day("2026-11-10"),
        )
        .unwrap()
    }

    fn entry(on: &str) -> MeldcodeEntry {
        MeldcodeEntry {
            on: on.into(),
            by: "Aandachtsfunctionaris".into(),
            what: "Signalen genoteerd".into(),
            notes: None,
        }
    }

    #[test]
    fn a_route_has_the_five_steps_in_legal_order() {
        let route = opened();
        let numbers: Vec<u8> = route.steps.iter().map(|s| s.step.number()).collect();
        assert_eq!(numbers, [1, 2, 3, 4, 5]);
        assert!(
            MeldcodeStep::Consultation
                .explanation()
                .contains("geen melding")
        );
        assert!(
            MeldcodeStep::Decision
                .explanation()
                .contains("verstuurt niets")
        );
    }

    #[test]
    fn the_question_needs_a_past_date_and_who_answered() {
        let error = open(ConcernAnswer::Safety, "2026-11-11", " ", day("2026-11-10")).unwrap_err();
        let fields: Vec<_> = error
            .field_errors()
            .into_iter()
            .map(|e| (e.field, e.rule))
            .collect();
        assert_eq!(
            fields,
            [
                ("answeredOn".into(), Rule::DateInFuture),
                ("answeredBy".into(), Rule::Required)
            ]
        );
    }

    #[test]
    fn entry_dates_lie_between_the_question_and_today() {
        let route = opened();
        let today = day("2026-11-10");
        assert!(add_entry(&route, MeldcodeStep::Signals, &entry("2026-11-02"), today).is_ok());
        assert!(add_entry(&route, MeldcodeStep::Signals, &entry("2026-11-10"), today).is_ok());
        let before = add_entry(&route, MeldcodeStep::Signals, &entry("2026-11-01"), today);
        assert!(matches!(
            before,
            Err(Error::Validation {
                field: "on",
                rule: Rule::DateBeforeStart
            })
        ));
        let after = add_entry(&route, MeldcodeStep::Signals, &entry("2026-11-11"), today);
        assert!(matches!(
            after,
            Err(Error::Validation {
                field: "on",
                rule: Rule::DateInFuture
            })
        ));
    }

    #[test]
    fn step_five_is_done_only_after_the_decision() {
        let today = day("2026-11-10");
        let route = opened();
        let refused = complete_step(&route, MeldcodeStep::Decision, "2026-11-09", today);
        assert!(matches!(
            refused,
            Err(Error::Validation {
                field: "decision",
                rule: Rule::Required
            })
        ));
        let decided = decide(
            &route,
            &MeldcodeDecisionRecord {
                decision: MeldcodeDecision::Both,
                decided_on: "2026-11-09".into(),
                decided_by: "Directeur".into(),
                notes: None,
            },
            today,
        )
        .unwrap();
        let done = complete_step(&decided, MeldcodeStep::Decision, "2026-11-09", today).unwrap();
        assert_eq!(
            done.step(MeldcodeStep::Decision)
                .unwrap()
                .done_on
                .as_deref(),
            Some("2026-11-09")
        );
    }

    #[test]
    fn a_closed_route_cannot_change() {
        let today = day("2026-11-10");
        let closed = close(&opened(), "2026-11-10", Some("Afgerond"), today).unwrap();
        assert!(closed.is_closed());
        let refused = add_entry(&closed, MeldcodeStep::Signals, &entry("2026-11-10"), today);
        assert!(matches!(refused, Err(Error::InvalidTransition(_))));
        assert!(matches!(
            close(&closed, "2026-11-10", None, today),
            Err(Error::InvalidTransition(_))
        ));
    }
}
