//! Demo aanmeldingen, for two pupils without a casus: one whose beslistermijn was extended and
//! whose new decision date falls within the coming week (on Vandaag as due), and one received
//! more than ten weeks ago without a decision (tijdelijk geplaatst). Saved through the real use
//! cases (validation and audit rows included), dated relative to today.

use crate::clock::Clock;
use crate::domain::dates;
use crate::domain::enrolment::{EnrolmentDetails, EnrolmentExtension};
use crate::error::Result;
use crate::store::Store;
use crate::usecases::enrolments::{self, ExtendEnrolmentRequest, SaveEnrolmentRequest};
use chrono::TimeDelta;

/// Adds the demo aanmeldingen to the first two `pupil_ids`; returns how many were made.
pub(super) fn add(store: &mut Store, clock: &dyn Clock, pupil_ids: &[String]) -> Result<u32> {
    let today = clock.today();
    let mut made = 0;
    if let Some(pupil_id) = pupil_ids.first() {
        // Received 45 days ago; extended on day 40 to day 50, so the decision is due in five days.
        let received = today - TimeDelta::days(45);
        let saved = enrolments::save(
            store,
            clock,
            SaveEnrolmentRequest {
                id: None,
                pupil_id: pupil_id.clone(),
                details: EnrolmentDetails {
                    received_on: dates::to_iso(received),
                    support_question: "Past de school bij de ondersteuningsbehoefte op het gebied \
                                       van taal en concentratie?"
                        .into(),
                    research: Some(
                        "Gesprek met de ouders; overdracht van de vorige school opgevraagd.".into(),
                    ),
                },
            },
        )?;
        enrolments::extend(
            store,
            clock,
            ExtendEnrolmentRequest {
                id: saved.id,
                extension: EnrolmentExtension {
                    extended_on: dates::to_iso(received + TimeDelta::days(40)),
                    reason: "Het onderzoek van de orthopedagoog is nog niet afgerond.".into(),
                    new_decision_date: dates::to_iso(received + TimeDelta::days(50)),
                },
            },
        )?;
        made += 1;
    }
    if let Some(pupil_id) = pupil_ids.get(1) {
        // Received 80 days ago, no decision: tijdelijk geplaatst since day 71.
        enrolments::save(
            store,
            clock,
            SaveEnrolmentRequest {
                id: None,
                pupil_id: pupil_id.clone(),
                details: EnrolmentDetails {
                    received_on: dates::to_iso(today - TimeDelta::days(80)),
                    support_question: "Kan de school de begeleiding bij gedrag bieden die de \
                                       leerling nodig heeft?"
                        .into(),
                    research: None,
                },
            },
        )?;
        made += 1;
    }
    Ok(made)
}
