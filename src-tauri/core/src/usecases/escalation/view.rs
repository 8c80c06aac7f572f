//! The geschillen page: each dispute with its ladder (the template's steps for its subject, each
//! done, skipped or open, the one where the case is now marked), its termijnen with date, rule
//! and source, and what the opening form offers (subjects, what a dispute can be about, the
//! closing outcomes). Vandaag reads the same termijnen ([`clocks`]).

use crate::domain::dates;
use crate::domain::escalation::clock as escalation_clock;
use crate::domain::escalation::{
    DisputeOutcome, DisputeSubject, Escalation, LinkKind, StepClock, StepRecord, StepSkip,
};
use crate::domain::home_stay::ExemptionStatus;
use crate::error::Result;
use crate::store::absences::{self, HomeStayRow};
use crate::store::escalations::EscalationRow;
use crate::store::{cases, opp as opp_store, tlvs as tlv_store};
use crate::template::Template;
use chrono::NaiveDate as Date;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where a ladder step stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum LadderStepState {
    /// A record finished it.
    Done,
    /// Passed over with a reason.
    Skipped,
    /// Neither done nor skipped (it may hold records already).
    Open,
}

/// One step of a dispute's ladder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LadderStep {
    pub key: String,
    pub label: String,
    /// The step in plain words (as the parents' sheet prints it).
    pub plain: String,
    /// The name of the step's contact point, from the template.
    pub contact: Option<String>,
    pub clock: Option<StepClock>,
    pub state: LadderStepState,
    /// "Hier staat het nu".
    pub current: bool,
    /// The step's records, oldest first.
    pub records: Vec<StepRecord>,
    pub skip: Option<StepSkip>,
}

/// A termijn of a dispute.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ClockView {
    pub clock: StepClock,
    /// The ladder step that carries it.
    pub step: String,
    /// What the date means, in Dutch ("Verzoek aan de Geschillencommissie Passend Onderwijs
    /// uiterlijk").
    pub label: String,
    /// The last day (a termijn) or the first day (the onderwijsconsulent), ISO; none while the
    /// date it counts from is unknown.
    pub date: Option<String>,
    /// A last day (true) or a first day (false).
    pub deadline: bool,
    /// The clock runs: the dispute is open, its step neither done nor skipped, and (for a
    /// termijn) the last day not passed.
    pub running: bool,
    /// Why there is no date, in Dutch.
    pub missing: Option<String>,
    /// This termijn is on Vandaag as the TLV's own item (not repeated for the geschil).
    pub shown_with_tlv: bool,
    pub rule: String,
    pub source: String,
}

/// A stored dispute with everything the page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EscalationView {
    pub id: String,
    pub pupil_id: String,
    pub escalation: Escalation,
    pub subject_label: String,
    pub open: bool,
    /// "open" or "gesloten: opgelost op school".
    pub status_label: String,
    /// What the dispute is about, in words ("OPP versie 2, vastgesteld 20-10-2026").
    pub link_label: Option<String>,
    /// The template whose ladder this dispute follows.
    pub template_name: String,
    pub ladder: Vec<LadderStep>,
    /// The key of the step where the case is now.
    pub current_step: Option<String>,
    pub clocks: Vec<ClockView>,
    pub created_at: String,
    pub updated_at: String,
}

/// Something of the pupil's a dispute can be about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LinkOption {
    pub kind: LinkKind,
    pub id: String,
    pub label: String,
    /// The decision date it gives (ISO), when it has one.
    pub decision_on: Option<String>,
}

/// A subject with its Dutch words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SubjectOption {
    pub subject: DisputeSubject,
    pub label: String,
}

/// A closing outcome with its Dutch words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OutcomeOption {
    pub outcome: DisputeOutcome,
    pub label: String,
}

/// The pupil's geschillen page.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EscalationPage {
    pub pupil_id: String,
    /// Newest first.
    pub disputes: Vec<EscalationView>,
    pub link_options: Vec<LinkOption>,
    pub subjects: Vec<SubjectOption>,
    pub outcomes: Vec<OutcomeOption>,
}

/// One dispute with its ladder and termijnen on `today`.
pub(super) fn view(
    conn: &Connection,
    row: EscalationRow,
    template: &Template,
    home_since: Option<Date>,
    today: Date,
) -> Result<EscalationView> {
    let data = &row.data;
    let ladder = ladder(data, template);
    let keys: Vec<&str> = ladder.iter().map(|step| step.key.as_str()).collect();
    let current_step = data.current_step(&keys).map(str::to_owned);
    let ladder = ladder
        .into_iter()
        .map(|step| LadderStep {
            current: data.is_open() && current_step.as_deref() == Some(step.key.as_str()),
            ..step
        })
        .collect();
    let status_label = match &data.closing {
        None => "open".to_owned(),
        Some(closing) => format!(
            "gesloten op {}: {}",
            dutch_date(&closing.on),
            closing.outcome.dutch()
        ),
    };
    Ok(EscalationView {
        clocks: clocks(data, template, home_since, today)?,
        link_label: match &data.link {
            Some(link) => link_options(conn, &row.pupil_id)?
                .into_iter()
                .find(|option| option.kind == link.kind && option.id == link.id)
                .map(|option| option.label),
            None => None,
        },
        subject_label: data.subject.dutch().into(),
        open: data.is_open(),
        status_label,
        template_name: template.name.clone(),
        ladder,
        current_step,
        id: row.id,
        pupil_id: row.pupil_id,
        escalation: row.data,
        created_at: row.created_at,
        updated_at: row.updated_at,
    })
}

/// The template's steps for the dispute's subject, each with its records and skip.
fn ladder(data: &Escalation, template: &Template) -> Vec<LadderStep> {
    template
        .escalation
        .steps
        .iter()
        .filter(|step| step.applies_to(data.subject))
        .map(|step| {
            let state = if data.step_done(&step.key) {
                LadderStepState::Done
            } else if data.step_skipped(&step.key) {
                LadderStepState::Skipped
            } else {
                LadderStepState::Open
            };
            LadderStep {
                key: step.key.clone(),
                label: step.label.clone(),
                plain: step.plain.clone(),
                contact: step.contact.as_ref().and_then(|key| {
                    template
                        .contacts
                        .iter()
                        .find(|contact| &contact.key == key)
                        .map(|contact| contact.name.clone())
                }),
                clock: step.clock,
                state,
                current: false,
                records: data
                    .records
                    .iter()
                    .filter(|record| record.step == step.key)
                    .cloned()
                    .collect(),
                skip: data
                    .skips
                    .iter()
                    .find(|skip| skip.step == step.key)
                    .cloned(),
            }
        })
        .collect()
}

/// The dispute's termijnen: every clock a step of its ladder carries that the law applies to
/// its subject; the onderwijsconsulent only while the pupil is at home.
pub(crate) fn clocks(
    data: &Escalation,
    template: &Template,
    home_since: Option<Date>,
    today: Date,
) -> Result<Vec<ClockView>> {
    let decided = data.decided()?;
    let mut out = Vec::new();
    for step in template
        .escalation
        .steps
        .iter()
        .filter(|step| step.applies_to(data.subject))
    {
        let Some(clock) = step.clock else { continue };
        if !escalation_clock::applies(clock, data.subject) {
            continue;
        }
        if clock == StepClock::ConsultantAfterHomeStay && home_since.is_none() {
            continue;
        }
        let date = escalation_clock::date_of(clock, decided, home_since);
        let deadline = clock != StepClock::ConsultantAfterHomeStay;
        let step_open = !data.step_done(&step.key) && !data.step_skipped(&step.key);
        let running = data.is_open()
            && step_open
            && date.is_some_and(|day| !deadline || escalation_clock::in_time(day, today));
        let (rule, source) = escalation_clock::rule_and_source(clock);
        out.push(ClockView {
            clock,
            step: step.key.clone(),
            label: label(clock).into(),
            date: date.map(dates::to_iso),
            deadline,
            running,
            missing: date.is_none().then(|| {
                "De datum van het besluit ontbreekt; vul die in om de termijn te zien.".into()
            }),
            shown_with_tlv: clock == StepClock::TlvObjection,
            rule: rule.into(),
            source: source.into(),
        });
    }
    Ok(out)
}

/// What a clock's date means.
pub(crate) fn label(clock: StepClock) -> &'static str {
    match clock {
        StepClock::Gpo => "Verzoek aan de Geschillencommissie Passend Onderwijs uiterlijk",
        StepClock::BoardObjection => "Bezwaar bij het schoolbestuur uiterlijk",
        StepClock::TlvObjection => "Bezwaar tegen het TLV-besluit uiterlijk",
        StepClock::ConsultantAfterHomeStay => "Onderwijsconsulent mogelijk vanaf",
    }
}

/// The first day at home of the pupil's current home stay without vrijstelling, if any.
pub(crate) fn home_since(conn: &Connection, pupil_id: &str, today: Date) -> Result<Option<Date>> {
    Ok(absences::of_pupil::<HomeStayRow>(conn, pupil_id)?
        .into_iter()
        .filter(|row| row.stay.exemption != ExemptionStatus::Granted)
        .filter(|row| row.ended_on.is_none_or(|ended| ended > today))
        .map(|row| row.stay.since)
        .min())
}

/// What of the pupil's a dispute can be about: the established OPP versions, the decided TLVs
/// and the casussen.
pub(super) fn link_options(conn: &Connection, pupil_id: &str) -> Result<Vec<LinkOption>> {
    let mut options = Vec::new();
    for opp in opp_store::of_pupil(conn, pupil_id)? {
        for version in opp_store::versions(conn, &opp.id)? {
            let Some(established) = version.established_on else {
                continue;
            };
            options.push(LinkOption {
                kind: LinkKind::OppVersion,
                id: version.id,
                label: format!(
                    "OPP versie {}, vastgesteld {}",
                    version.number,
                    dutch_date(&established)
                ),
                decision_on: Some(established),
            });
        }
    }
    for row in tlv_store::of_pupil(conn, pupil_id)? {
        let Some(decision) = &row.data.decision else {
            continue;
        };
        options.push(LinkOption {
            kind: LinkKind::Tlv,
            label: format!(
                "TLV-besluit van {} ({})",
                dutch_date(&decision.decided_on),
                decision.outcome.dutch()
            ),
            decision_on: Some(decision.decided_on.clone()),
            id: row.id,
        });
    }
    for case in cases::list(conn, Some(pupil_id))? {
        options.push(LinkOption {
            kind: LinkKind::Case,
            id: case.id,
            label: format!("Casus: {}", case.title),
            decision_on: None,
        });
    }
    Ok(options)
}

/// A stored ISO date as `dd-mm-jjjj` (unchanged when unreadable).
fn dutch_date(iso: &str) -> String {
    dates::parse_iso("date", iso)
        .map(dates::to_dutch)
        .unwrap_or_else(|_| iso.to_owned())
}
