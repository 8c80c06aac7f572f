//! The TLV dossier's data, resolved from the vault (enter once): the aanvraag and its decision,
//! the deskundigen and the parents' position as recorded on the TLV; a short overview of the
//! pupil's stappenplan cycles (goals, the evaluation's conclusion); the vastgestelde OPP as the
//! printed OPP shows it; the hoorgesprekken and zienswijzen ouders; the checklist as the TLV page
//! shows it; and the pupil's attachments with their bytes, decrypted only in memory.

use super::opp::opp_document_data;
use super::overview::date;
use crate::domain::attachment::Media;
use crate::domain::hearing::{ParentView, PupilHearing};
use crate::domain::records::RecordData;
use crate::domain::stepplan;
use crate::domain::tlv::{ParentStance, TlvOutcome};
use crate::error::Result;
use crate::export::case_overview::initials;
use crate::export::tlv_dossier::{AttachmentMedia, TlvAttachment};
use crate::export::tlv_dossier::{
    ChecklistLine, DecisionOutcome, ParentsPosition, TlvCycle, TlvDecision, TlvDossierData,
    TlvExpert, TlvHearing, TlvParentsView, TlvPupil, TlvRequest,
};
use crate::store::attachments as store_attachments;
use crate::store::tlvs as tlv_store;
use crate::store::{cases, cycles, hearings, pupils, records};
use crate::template::Template;
use crate::usecases::attachments::checked_bytes;
use crate::usecases::tlv::{facts, view};
use crate::vocabulary;
use chrono::NaiveDate as Date;
use rusqlite::Connection;

/// How many hoorgesprekken and zienswijzen the dossier prints (the newest; concise by design).
const HEARD_MAX: usize = 2;

/// The proposed file name of TLV `tlv_id`'s dossier (initials and date, no name).
pub(super) fn file_name(conn: &Connection, tlv_id: &str, printed_on: Date) -> Result<String> {
    let row = tlv_store::get(conn, tlv_id)?;
    let pupil = pupils::get(conn, &row.pupil_id)?;
    Ok(crate::export::tlv_dossier::file_name_for(
        &initials(&pupil.first_name, &pupil.last_name),
        printed_on,
    ))
}

/// Everything the dossier of TLV `tlv_id` prints, as of `printed_on`.
pub(super) fn tlv_dossier_data(
    conn: &Connection,
    template: &Template,
    tlv_id: &str,
    printed_on: Date,
) -> Result<TlvDossierData> {
    let row = tlv_store::get(conn, tlv_id)?;
    let pupil = pupils::get(conn, &row.pupil_id)?;
    let held = facts::gather(conn, &pupil.id, printed_on)?;
    let opp_version = facts::established_opp(conn, &pupil.id)?.and_then(|found| found.record_id);
    let shown = view(row, template, &held, printed_on)?;
    let tlv = &shown.tlv;
    let request = &tlv.request;
    let opp = opp_version
        .map(|version| opp_document_data(conn, &version, printed_on))
        .transpose()?;
    let decision = match &tlv.decision {
        Some(decision) => Some(TlvDecision {
            outcome: match decision.outcome {
                TlvOutcome::Toegekend => DecisionOutcome::Granted,
                TlvOutcome::Afgewezen => DecisionOutcome::Refused,
            },
            decided_on: date(&decision.decided_on)?,
            number: Some(decision.decision_number.clone()),
            category: decision.category.map(|c| c.dutch().to_owned()),
            begins_on: shown.deadlines.starts_on.as_deref().map(date).transpose()?,
            ends_on: shown.deadlines.ends_on.as_deref().map(date).transpose()?,
        }),
        None => None,
    };
    Ok(TlvDossierData {
        pupil: TlvPupil {
            full_name: pupil.full_name.clone(),
            initials: initials(&pupil.first_name, &pupil.last_name),
            birth_date: date(&pupil.birth_date)?,
            school: pupil.school.clone(),
            stage: pupil.stage,
            grade: pupil.grade,
            education_type: pupil.education_type,
        },
        request: TlvRequest {
            kind: request.kind.dutch().to_owned(),
            requested_on: request.applied_on.as_deref().map(date).transpose()?,
            support_question: request.support_question.clone(),
            cluster_note: request.cluster_note.clone(),
        },
        experts: request
            .experts
            .iter()
            .map(|expert| {
                Ok(TlvExpert {
                    name: expert.name.clone(),
                    discipline: expert.discipline.dutch().to_owned(),
                    advised_on: Some(date(&expert.advised_on)?),
                    independent: expert.independent,
                    advice: expert.advice.clone(),
                })
            })
            .collect::<Result<_>>()?,
        parents: {
            let on = request.parents.on.as_deref().map(date).transpose()?;
            match request.parents.stance {
                ParentStance::NotYet => ParentsPosition::NotYet,
                ParentStance::Instemming => ParentsPosition::Consent { on },
                ParentStance::Zienswijze => ParentsPosition::View {
                    on,
                    text: request.parents.note.clone().unwrap_or_default(),
                },
            }
        },
        decision,
        cycles: cycles_of(conn, template, &pupil.id)?,
        opp,
        hearings: hearings_of(conn, &pupil.id, printed_on)?,
        parents_views: parent_views_of(conn, &pupil.id, printed_on)?,
        checklist: shown
            .checklist
            .iter()
            .map(|line| ChecklistLine {
                label: line.label.clone(),
                done: line.done,
                source: if line.done {
                    Some(
                        line.found
                            .iter()
                            .map(|f| f.label.as_str())
                            .collect::<Vec<_>>()
                            .join("; "),
                    )
                } else {
                    line.missing.clone()
                },
            })
            .collect(),
        attachments: attachments_of(conn, &pupil.id)?,
        printed_on,
    })
}

/// The pupil's stappenplan cycles, oldest first: goals in a line each, the evaluation's
/// conclusion (decision and notes) when evaluated.
fn cycles_of(conn: &Connection, template: &Template, pupil_id: &str) -> Result<Vec<TlvCycle>> {
    let mut all = Vec::new();
    let mut cases = cases::list(conn, Some(pupil_id))?;
    cases.sort_by(|a, b| a.start_date.cmp(&b.start_date));
    for case in cases {
        for cycle in cycles::for_case(conn, &case.id)? {
            let steps = cycles::steps(conn, &cycle.id)?;
            let states: Vec<_> = steps.iter().map(|s| (s.step, s.state)).collect();
            let stage_reached = match stepplan::current_step(&states) {
                Some(step) => format!("bij stap ‘{}’", template.step(step).label),
                None => "afgerond".to_owned(),
            };
            let mut goals = Vec::new();
            let mut conclusion = None;
            for record in records::for_cycle(conn, &cycle.id)? {
                match &record.data {
                    RecordData::Goal(goal) => goals.push(goal.description.clone()),
                    RecordData::Evaluation(evaluation) => {
                        let decision = evaluation
                            .decision
                            .as_deref()
                            .map(|key| vocabulary::choice(&template.decisions, key));
                        let outcomes: Vec<String> = evaluation
                            .results
                            .iter()
                            .map(|result| {
                                vocabulary::choice(&template.evaluation_outcomes, &result.outcome)
                            })
                            .collect();
                        let mut text = format!(
                            "Geëvalueerd op {}: {}.",
                            crate::domain::dates::to_dutch(date(&evaluation.date)?),
                            if outcomes.is_empty() {
                                "geen doelen beoordeeld".to_owned()
                            } else {
                                format!("doelen {}", outcomes.join(", "))
                            }
                        );
                        if let Some(decision) = decision {
                            text.push_str(&format!(" Besluit: {decision}."));
                        }
                        if let Some(notes) = &evaluation.notes {
                            text.push(' ');
                            text.push_str(notes.trim());
                        }
                        conclusion = Some(text);
                    }
                    _ => {}
                }
            }
            all.push(TlvCycle {
                title: case.title.clone(),
                number: cycle.number,
                started_on: date(&cycle.started_on)?,
                ended_on: cycle.finished_on.as_deref().map(date).transpose()?,
                stage_reached,
                goals,
                conclusion,
            });
        }
    }
    Ok(all)
}

/// The newest hoorgesprekken up to `today`, printed oldest first.
fn hearings_of(conn: &Connection, pupil_id: &str, today: Date) -> Result<Vec<TlvHearing>> {
    let today = crate::domain::dates::to_iso(today);
    let mut heard: Vec<TlvHearing> = hearings::of_pupil::<PupilHearing>(conn, pupil_id)?
        .into_iter()
        .filter(|h| h.data.held_on <= today)
        .take(HEARD_MAX)
        .map(|h| {
            Ok(TlvHearing {
                held_on: date(&h.data.held_on)?,
                with_whom: h.data.spoke_with.clone(),
                quotes: h
                    .data
                    .answers
                    .iter()
                    .filter(|a| !a.words.trim().is_empty())
                    .map(|a| (Some(a.question.clone()), a.words.clone()))
                    .collect(),
                child_goals: h.data.child_goals.clone(),
            })
        })
        .collect::<Result<_>>()?;
    heard.reverse();
    Ok(heard)
}

/// The newest zienswijzen ouders up to `today`, printed oldest first.
fn parent_views_of(conn: &Connection, pupil_id: &str, today: Date) -> Result<Vec<TlvParentsView>> {
    let today = crate::domain::dates::to_iso(today);
    let mut views: Vec<TlvParentsView> = hearings::of_pupil::<ParentView>(conn, pupil_id)?
        .into_iter()
        .filter(|v| v.data.given_on <= today)
        .take(HEARD_MAX)
        .map(|v| {
            Ok(TlvParentsView {
                given_on: date(&v.data.given_on)?,
                text: v.data.words.clone(),
            })
        })
        .collect::<Result<_>>()?;
    views.reverse();
    Ok(views)
}

/// The pupil's attachments with their bytes (checked against their sha256), oldest document
/// first. The caller has attached the attachment file ([`crate::store::Store::attachment_file`]).
fn attachments_of(conn: &Connection, pupil_id: &str) -> Result<Vec<TlvAttachment>> {
    let mut stored = store_attachments::list_for_pupil(conn, pupil_id)?;
    stored.sort_by(|a, b| {
        a.document_date
            .cmp(&b.document_date)
            .then(a.added_at.cmp(&b.added_at))
    });
    stored
        .into_iter()
        .map(|attachment| {
            let bytes = checked_bytes(conn, &attachment)?;
            Ok(TlvAttachment {
                title: attachment.title.clone(),
                kind_label: attachment.kind.dutch().to_owned(),
                document_date: attachment.document_date,
                source: attachment.source.clone(),
                media: match attachment.media {
                    Media::Pdf => AttachmentMedia::Pdf,
                    Media::Jpeg => AttachmentMedia::Jpeg,
                    Media::Png => AttachmentMedia::Png,
                },
                bytes,
            })
        })
        .collect()
}
