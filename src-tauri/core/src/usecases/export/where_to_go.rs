//! The data of the parents' sheet "Waar kunt u terecht?" (issue 11 item 4): the pupil and the
//! school from the vault, the ladder and contacts from the active template, and — when the
//! sheet is made for a dispute — the dispute's facts as the caller resolved them
//! ([`DisputeFacts`]: subject, opened on, current step, running termijnen).

use crate::error::Result;
use crate::export::where_to_go::{DisputeFacts, WhereToGoData};
use crate::store::pupils;
use chrono::NaiveDate;
use rusqlite::Connection;

/// Everything the sheet shows for `pupil_id` besides the template.
pub(super) fn where_to_go_data(
    conn: &Connection,
    pupil_id: &str,
    dispute: Option<DisputeFacts>,
    printed_on: NaiveDate,
) -> Result<WhereToGoData> {
    let pupil = pupils::get(conn, pupil_id)?;
    Ok(WhereToGoData {
        first_name: pupil.first_name,
        full_name: pupil.full_name,
        school: pupil.school,
        stage: pupil.stage,
        contact_person: pupil.contact_person,
        printed_on,
        dispute,
    })
}
