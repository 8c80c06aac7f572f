//! Where an evaluation decision leads (issue 7; DOMAIN.md §4, §5, §7): which decisions a casus
//! can take now (a TLV only after extra support), and what the last cycle's decision asks for
//! next (close the casus, record the OT/SWV meeting, an OPP within six weeks, a new cycle).
//! Read model only: the rules live in `domain::decisions`.

use super::CycleView;
use crate::domain::case::CaseStatus;
use crate::domain::decisions::{self, SupportHistory};
use crate::domain::records::ConversationKind;
use crate::error::Result;
use crate::records::CaseSummary;
use crate::store::{cycles, records};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Whether an evaluation decision can be taken now, and if not, why not (Dutch).
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DecisionOption {
    /// A decision key of the template.
    pub key: String,
    pub available: bool,
    pub reason: Option<String>,
}

/// What an evaluation decision asks for next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum FollowUpKind {
    /// "Afsluiten": close the casus with a date and a reason.
    CloseCase,
    /// "Overleg OT/SWV": record the meeting (a conversation of kind meeting).
    MeetingRecord,
    /// "Extra ondersteuning inzetten": an OPP is needed within six weeks of the decision.
    OppNeeded,
    /// "Nieuwe cyclus" or "Aanpak aanpassen": start the next cycle.
    NewCycle,
}

/// The last cycle's decision and what it asks for.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DecisionFollowUp {
    pub decision: String,
    pub kind: FollowUpKind,
    /// Whether what it asks for was done (casus closed, meeting recorded).
    pub done: bool,
    /// The evaluation date; for `opp_needed` the recorded decision date (the OPP clock).
    pub date: String,
}

/// The decision of a cycle: that of its last evaluation that has one.
pub(crate) fn cycle_decision(rows: &[records::RecordRow]) -> Option<&str> {
    rows.iter()
        .rev()
        .filter_map(|r| r.data.as_evaluation())
        .find_map(|e| e.decision.as_deref())
}

/// What the casus holds in extra support, over all its cycles.
pub(crate) fn support_history(
    conn: &rusqlite::Connection,
    case: &CaseSummary,
) -> Result<SupportHistory> {
    let mut history = SupportHistory {
        extra_support_decisions: usize::from(case.extra_support_decided_on.is_some()),
        ..SupportHistory::default()
    };
    for cycle in cycles::for_case(conn, &case.id)? {
        for row in records::for_cycle(conn, &cycle.id)? {
            if row
                .data
                .as_intervention()
                .is_some_and(|i| i.level == "extra")
            {
                history.extra_interventions += 1;
            }
            if row
                .data
                .as_evaluation()
                .is_some_and(|e| e.decision.as_deref() == Some(decisions::EXTRA_SUPPORT))
            {
                history.extra_support_decisions += 1;
            }
        }
    }
    Ok(history)
}

/// Where the last cycle's decision leads (see [`FollowUpKind`]).
pub(super) fn follow_up(case: &CaseSummary, cycles: &[CycleView]) -> Option<DecisionFollowUp> {
    let cycle = cycles.last()?;
    let evaluation = cycle
        .records
        .iter()
        .rev()
        .filter_map(|r| r.data.as_evaluation())
        .find(|e| e.decision.is_some())?;
    let decision = evaluation.decision.clone()?;
    let (kind, done, date) = match decision.as_str() {
        decisions::CLOSE => (
            FollowUpKind::CloseCase,
            case.status == CaseStatus::Closed,
            evaluation.date.clone(),
        ),
        decisions::CONSULT => {
            let met = cycle.records.iter().any(|r| {
                r.data.as_conversation().is_some_and(|c| {
                    c.conversation_kind == ConversationKind::Meeting && c.date >= evaluation.date
                })
            });
            (FollowUpKind::MeetingRecord, met, evaluation.date.clone())
        }
        decisions::EXTRA_SUPPORT => (
            FollowUpKind::OppNeeded,
            false,
            case.extra_support_decided_on
                .clone()
                .unwrap_or_else(|| evaluation.date.clone()),
        ),
        decisions::NEW_CYCLE | decisions::ADJUST_APPROACH => {
            (FollowUpKind::NewCycle, false, evaluation.date.clone())
        }
        _ => return None,
    };
    Some(DecisionFollowUp {
        decision,
        kind,
        done,
        date,
    })
}
