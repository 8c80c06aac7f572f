//! Demo geschillen, made through the real use cases (validation and audit rows included) and
//! dated relative to today: an OPP geschil (linked to an OPP version the parents did not agree
//! with, when the demo made one) that has walked the first steps of the ladder and now stands at
//! the Geschillencommissie Passend Onderwijs with its six-week termijn running, so it shows on
//! Vandaag; and a geschil about the support that was resolved at school and closed. All of it is
//! fictitious.

use crate::clock::Clock;
use crate::domain::dates;
use crate::domain::escalation::{
    Concern, DisputeClosing, DisputeLink, DisputeOutcome, DisputeSubject, LinkKind, StepRecord,
    StepSkip,
};
use crate::domain::opp::ConsentStatus;
use crate::error::Result;
use crate::store::{Store, opp as opp_store};
use crate::usecases::escalation::{
    self, CloseEscalationRequest, OpenEscalationRequest, RecordEscalationStepRequest,
    SkipEscalationStepRequest,
};
use chrono::{NaiveDate as Date, TimeDelta};

/// Gives the first of `pupil_ids` an OPP geschil at the GPO step (a pupil whose parents did not
/// agree with the OPP goes first) and the second a geschil resolved at school. Returns how many
/// geschillen were made.
pub(super) fn add(store: &mut Store, clock: &dyn Clock, pupil_ids: &[String]) -> Result<u32> {
    let today = clock.today();
    let mut candidates: Vec<(String, Option<String>)> = Vec::new();
    for pupil in pupil_ids {
        candidates.push((pupil.clone(), not_agreed_version(store, pupil)?));
    }
    candidates.sort_by_key(|(_, version)| version.is_none());
    let mut made = 0;
    let mut pupils = candidates.into_iter();
    if let Some((pupil, version)) = pupils.next() {
        at_the_gpo(store, clock, today, &pupil, version)?;
        made += 1;
    }
    if let Some((pupil, _)) = pupils.next() {
        resolved_at_school(store, clock, today, &pupil)?;
        made += 1;
    }
    Ok(made)
}

/// An established OPP version of the pupil the parents did not agree with.
fn not_agreed_version(store: &Store, pupil_id: &str) -> Result<Option<String>> {
    store.read(|conn| {
        for opp in opp_store::of_pupil(conn, pupil_id)? {
            for version in opp_store::versions(conn, &opp.id)? {
                if version.established_on.is_some()
                    && version.consent.status == ConsentStatus::NietIngestemd
                {
                    return Ok(Some(version.id));
                }
            }
        }
        Ok(None)
    })
}

fn at_the_gpo(
    store: &mut Store,
    clock: &dyn Clock,
    today: Date,
    pupil_id: &str,
    version: Option<String>,
) -> Result<()> {
    let saved = escalation::open(
        store,
        clock,
        OpenEscalationRequest {
            pupil_id: pupil_id.into(),
            concern: Concern::Disagreement,
            subject: DisputeSubject::Opp,
            opened_on: day(today, -18),
            opened_by: "intern begeleider".into(),
            description: "De ouders stemmen niet in met het handelingsdeel van het OPP: zij \
                 willen meer uren begeleiding buiten de groep dan de school biedt. (Fictief \
                 demovoorbeeld.)"
                .into(),
            link: version.map(|id| DisputeLink {
                kind: LinkKind::OppVersion,
                id,
            }),
            // The decision the geschil is about, three weeks ago: the GPO termijn runs.
            decision_on: Some(day(today, -21)),
        },
    )?;
    let id = saved.id;
    record(
        store,
        clock,
        &id,
        "gesprek_leerkracht",
        day(today, -17),
        [
            "ouders, leerkracht",
            "Gesprek over de doelen en de uren begeleiding.",
            "Geen overeenstemming over de uren.",
            "Gesprek met intern begeleider en directeur.",
        ],
    )?;
    record(
        store,
        clock,
        &id,
        "gesprek_school",
        day(today, -14),
        [
            "ouders, intern begeleider, directeur",
            "De school legt uit welke begeleiding zij kan bieden.",
            "De ouders houden vast aan meer uren.",
            "Advies vragen aan het samenwerkingsverband.",
        ],
    )?;
    skip(
        store,
        clock,
        &id,
        "schoolbestuur",
        day(today, -12),
        "Het gaat om het OPP; de ouders kiezen niet voor een klacht bij het schoolbestuur.",
    )?;
    record(
        store,
        clock,
        &id,
        "samenwerkingsverband",
        day(today, -8),
        [
            "ouders, intern begeleider, consulent van het samenwerkingsverband",
            "Bemiddelingsgesprek.",
            "Geen overeenstemming.",
            "De ouders vragen een oordeel van de Geschillencommissie.",
        ],
    )?;
    skip(
        store,
        clock,
        &id,
        "onderwijsconsulent",
        day(today, -5),
        "De ouders vragen direct een oordeel; de leerling gaat gewoon naar school.",
    )
}

fn resolved_at_school(
    store: &mut Store,
    clock: &dyn Clock,
    today: Date,
    pupil_id: &str,
) -> Result<()> {
    let saved = escalation::open(
        store,
        clock,
        OpenEscalationRequest {
            pupil_id: pupil_id.into(),
            concern: Concern::Disagreement,
            subject: DisputeSubject::Support,
            opened_on: day(today, -60),
            opened_by: "intern begeleider".into(),
            description: "De ouders vinden dat hun kind te weinig hulp krijgt bij rekenen. \
                 (Fictief demovoorbeeld.)"
                .into(),
            link: None,
            decision_on: None,
        },
    )?;
    let id = saved.id;
    record(
        store,
        clock,
        &id,
        "gesprek_leerkracht",
        day(today, -58),
        [
            "ouders, leerkracht",
            "Gesprek over de rekenhulp in de groep.",
            "De leerkracht laat zien wat er nu gebeurt.",
            "Gesprek met de intern begeleider.",
        ],
    )?;
    record(
        store,
        clock,
        &id,
        "gesprek_school",
        day(today, -50),
        [
            "ouders, leerkracht, intern begeleider",
            "Afspraken over twee keer per week verlengde instructie rekenen.",
            "De ouders zijn tevreden met de afspraken.",
            "Evaluatie over zes weken.",
        ],
    )?;
    escalation::close(
        store,
        clock,
        CloseEscalationRequest {
            id,
            closing: DisputeClosing {
                outcome: DisputeOutcome::ResolvedAtSchool,
                on: day(today, -49),
                note: Some("Opgelost met afspraken over verlengde instructie.".into()),
            },
        },
    )?;
    Ok(())
}

/// A finished step record: who, what, the outcome and the next step.
fn record(
    store: &mut Store,
    clock: &dyn Clock,
    id: &str,
    step: &str,
    on: String,
    [who, what, outcome, next_step]: [&str; 4],
) -> Result<()> {
    escalation::record_step(
        store,
        clock,
        RecordEscalationStepRequest {
            id: id.into(),
            record: StepRecord {
                step: step.into(),
                on,
                who: who.into(),
                what: what.into(),
                outcome: Some(outcome.into()),
                next_step: Some(next_step.into()),
                completes_step: true,
            },
        },
    )?;
    Ok(())
}

fn skip(
    store: &mut Store,
    clock: &dyn Clock,
    id: &str,
    step: &str,
    on: String,
    reason: &str,
) -> Result<()> {
    escalation::skip_step(
        store,
        clock,
        SkipEscalationStepRequest {
            id: id.into(),
            skip: StepSkip {
                step: step.into(),
                on,
                reason: reason.into(),
            },
        },
    )?;
    Ok(())
}

/// `offset` days from today, as ISO.
fn day(today: Date, offset: i64) -> String {
    dates::to_iso(today + TimeDelta::days(offset))
}
