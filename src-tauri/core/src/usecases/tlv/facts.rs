//! What Ibis holds for a pupil's TLV checklist (enter once): the newest vastgesteld OPP version,
//! the stappenplan evaluations, the hoorgesprekken of this schooljaar, the zienswijzen ouders and
//! the attachments (by kind) — each named as the checklist prints it ("uit: …"). Only what happened by
//! `today` counts.

use crate::domain::dates;
use crate::domain::hearing::{ParentView, PupilHearing};
use crate::domain::opp::VersionStatus;
use crate::domain::school_year::SchoolYear;
use crate::domain::tlv::checklist::{ChecklistFacts, Found};
use crate::error::Result;
use crate::store::{
    attachments as store_attachments, cases, cycles, hearings, opp as opp_store, records,
};
use chrono::NaiveDate as Date;
use rusqlite::Connection;

/// The facts for `pupil_id` on `today`.
pub(crate) fn gather(conn: &Connection, pupil_id: &str, today: Date) -> Result<ChecklistFacts> {
    let today_iso = dates::to_iso(today);
    let year = SchoolYear::containing(today);
    let hearings_this_year = hearings::of_pupil::<PupilHearing>(conn, pupil_id)?
        .into_iter()
        .filter(|h| h.data.held_on <= today_iso && in_year(year, &h.data.held_on))
        .map(|h| Found {
            label: format!("Hoorgesprek van {}", dutch(&h.data.held_on)),
            record_id: Some(h.id),
        })
        .collect();
    let parent_views = hearings::of_pupil::<ParentView>(conn, pupil_id)?
        .into_iter()
        .filter(|v| v.data.given_on <= today_iso)
        .map(|v| Found {
            label: format!("Zienswijze ouders van {}", dutch(&v.data.given_on)),
            record_id: Some(v.id),
        })
        .collect();
    Ok(ChecklistFacts {
        opp: established_opp(conn, pupil_id)?,
        evaluations: evaluations(conn, pupil_id, &today_iso)?,
        hearings_this_year,
        parent_views,
        attachments: store_attachments::list_for_pupil(conn, pupil_id)?
            .into_iter()
            .map(|attachment| {
                let dated = attachment
                    .document_date
                    .map(|day| format!(" van {}", dates::to_dutch(day)))
                    .unwrap_or_default();
                (
                    attachment.kind.as_str().to_owned(),
                    Found {
                        label: format!("Bijlage ‘{}’{dated}", attachment.title),
                        record_id: Some(attachment.id),
                    },
                )
            })
            .collect(),
    })
}

/// The newest vastgesteld version of the pupil's running OPP.
pub(crate) fn established_opp(conn: &Connection, pupil_id: &str) -> Result<Option<Found>> {
    let Some(opp) = opp_store::of_pupil(conn, pupil_id)?
        .into_iter()
        .find(|o| o.ended_on.is_none())
    else {
        return Ok(None);
    };
    Ok(opp_store::versions(conn, &opp.id)?
        .into_iter()
        .filter(|v| v.status == VersionStatus::Established)
        .max_by_key(|v| v.number)
        .map(|v| Found {
            label: format!(
                "OPP versie {}, vastgesteld op {}",
                v.number,
                v.established_on.as_deref().map(dutch).unwrap_or_default()
            ),
            record_id: Some(v.id),
        }))
}

/// The pupil's stappenplan evaluations up to today, newest first.
fn evaluations(conn: &Connection, pupil_id: &str, today: &str) -> Result<Vec<Found>> {
    let mut found = Vec::new();
    for case in cases::list(conn, Some(pupil_id))? {
        for cycle in cycles::for_case(conn, &case.id)? {
            for record in records::for_cycle(conn, &cycle.id)? {
                if let Some(evaluation) = record.data.as_evaluation()
                    && evaluation.date.as_str() <= today
                {
                    found.push((
                        evaluation.date.clone(),
                        Found {
                            label: format!(
                                "Evaluatie van {} (‘{}’, cyclus {})",
                                dutch(&evaluation.date),
                                case.title,
                                cycle.number
                            ),
                            record_id: Some(record.id.clone()),
                        },
                    ));
                }
            }
        }
    }
    found.sort_by(|a, b| b.0.cmp(&a.0));
    Ok(found.into_iter().map(|(_, f)| f).collect())
}

fn in_year(year: SchoolYear, iso: &str) -> bool {
    dates::parse_iso("date", iso).is_ok_and(|day| year.contains(day))
}

fn dutch(iso: &str) -> String {
    dates::parse_iso("date", iso)
        .map(dates::to_dutch)
        .unwrap_or_else(|_| iso.to_owned())
}
