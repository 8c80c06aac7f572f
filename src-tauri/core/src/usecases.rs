//! One public function per user action. Each validates, opens the transaction, makes the change
//! and writes its audit row in that same transaction. Request and response types live next to
//! their use case and are part of the IPC contract.

pub mod absence;
pub mod attachments;
pub mod audit;
pub mod case_detail;
pub mod cases;
pub mod dashboard;
pub mod demo;
pub mod drafts;
pub mod enrolments;
pub mod escalation;
pub mod export;
pub mod guardians;
pub mod hearings;
pub mod holidays;
pub mod meldcode;
pub mod opp;
pub mod pupils;
pub mod session;
pub mod settings;
pub mod stepplan;
pub mod templates;
pub mod tlv;
pub mod vault;

use crate::clock::{Clock, format_instant};
use crate::error::{Error, Result, Rule};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A request that names one record.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IdRequest {
    pub id: String,
}

/// Refuses ids that are not UUIDs before they reach SQL (they could only be typing errors).
pub(crate) fn check_id(field: &'static str, id: &str) -> Result<()> {
    if crate::ids::is_valid_id(id) {
        Ok(())
    } else {
        Err(Error::Validation {
            field,
            rule: Rule::InvalidCharacters,
        })
    }
}

pub(crate) fn now_text(clock: &dyn Clock) -> String {
    format_instant(clock.now())
}
