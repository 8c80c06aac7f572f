//! Demo TLVs, saved through the real use cases (validation and audit rows included) and dated
//! relative to today: one complete and granted (so cluster 4, category midden, ending 31 July,
//! its bezwaar termijn still running), one refused and in bezwaar, and one sent with
//! gaps (one deskundige who is not independent, the parents' position not yet known) so its
//! checklist lists what is missing. Each gets small generated attachments (fictitious). Pupils
//! with a vastgesteld OPP go first.

use crate::clock::Clock;
use crate::domain::attachment::AttachmentKind;
use crate::domain::dates;
use crate::domain::tlv::{
    Discipline, Expert, ParentStance, ParentsPosition, TlvCategory, TlvDecision, TlvKind,
    TlvObjection, TlvOutcome, TlvRequest,
};
use crate::error::Result;
use crate::store::Store;
use crate::template::Template;
use crate::usecases::attachments::{self, AttachmentInput};
use crate::usecases::tlv::{self, DecideTlvRequest, SaveTlvRequest, TlvObjectionRequest};
use chrono::{NaiveDate as Date, TimeDelta};

/// The TLVs made, by situation (ids), for the attachments the demo adds after.
#[derive(Debug, Default)]
pub(super) struct MadeTlvs {
    /// (pupil id, TLV id)
    pub granted: Option<(String, String)>,
    pub in_objection: Option<(String, String)>,
    pub incomplete: Option<(String, String)>,
}

impl MadeTlvs {
    pub fn count(&self) -> u32 {
        [&self.granted, &self.in_objection, &self.incomplete]
            .iter()
            .filter(|made| made.is_some())
            .count() as u32
    }
}

/// Gives up to three of `pupil_ids` (those with a vastgesteld OPP first) a TLV.
pub(super) fn add(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    pupil_ids: &[String],
) -> Result<MadeTlvs> {
    let today = clock.today();
    let mut made = MadeTlvs::default();
    let mut pupils = pupil_ids.iter();
    if let Some(pupil) = pupils.next() {
        let id = save(store, clock, template, pupil, granted_request(today))?;
        decide(store, clock, template, &id, granted_decision(today))?;
        made.granted = Some((pupil.clone(), id));
    }
    if let Some(pupil) = pupils.next() {
        let mut request = granted_request(today);
        request.kind = TlvKind::Sbo;
        request.applied_on = Some(day(today, -63));
        request.support_question = "Welke onderwijsplek biedt deze leerling de kleine groep, de \
             voorspelbare dag en de hulp bij rekenen en taal die de basisschool na twee cycli \
             extra ondersteuning niet kan bieden?"
            .into();
        let id = save(store, clock, template, pupil, request)?;
        decide(
            store,
            clock,
            template,
            &id,
            TlvDecision {
                outcome: TlvOutcome::Afgewezen,
                decided_on: day(today, -24),
                decision_number: "PO2701-2026-00117".into(),
                category: None,
                starts_on: None,
                school_years: None,
                note: Some(
                    "De commissie vindt dat de arrangementen in het regulier onderwijs nog niet \
                     zijn benut."
                        .into(),
                ),
            },
        )?;
        tlv::record_objection(
            store,
            clock,
            template,
            TlvObjectionRequest {
                id: id.clone(),
                objection: TlvObjection {
                    filed_on: day(today, -10),
                    by: "ouders".into(),
                    note: Some(
                        "De ouders vinden dat de twee cycli extra ondersteuning genoeg laten zien."
                            .into(),
                    ),
                    decided_on: None,
                    result: None,
                },
            },
        )?;
        made.in_objection = Some((pupil.clone(), id));
    }
    if let Some(pupil) = pupils.next() {
        let request = TlvRequest {
            kind: TlvKind::SoCluster3,
            // Sent three days ago with its gaps: the SWV will ask for what is missing.
            applied_on: Some(day(today, -3)),
            support_question: "Welke school kan de leerling een programma bieden dat aansluit \
                 bij het ontwikkelingsperspectief, met intensieve begeleiding bij communicatie?"
                .into(),
            cluster_note: None,
            renewal: false,
            experts: vec![Expert {
                name: "M. de Vries".into(),
                discipline: Discipline::Orthopedagoog,
                advised_on: day(today, -5),
                independent: false,
                advice: Some("Advies volgt na het gesprek met de ouders.".into()),
            }],
            parents: ParentsPosition::default(),
            checked: Vec::new(),
        };
        let id = save(store, clock, template, pupil, request)?;
        made.incomplete = Some((pupil.clone(), id));
    }
    add_attachments(store, clock, &made)?;
    Ok(made)
}

/// Small generated attachments (fictitious, marked as such): the granted TLV gets the OT
/// verslag, an onderzoeksverslag and a toetsoverzicht (its checklist then only lacks a second
/// evaluation), the one in bezwaar an onderzoeksverslag, the one with gaps a scan.
fn add_attachments(store: &mut Store, clock: &dyn Clock, made: &MadeTlvs) -> Result<()> {
    let today = clock.today();
    let pdf = |title: &str, pages| {
        super::attachments::pdf(&format!("{title} (fictief, demo van Ibis)"), pages)
    };
    let mut add =
        |pupil: &str, name: &str, bytes: Vec<u8>, title: &str, kind, days: i64, source| {
            let date = day(today, days);
            attachments::add_bytes(
                store,
                clock,
                pupil,
                name,
                &bytes,
                &AttachmentInput {
                    title,
                    kind,
                    document_date: Some(&date),
                    source: Some(source),
                },
            )
            .map(drop)
        };
    if let Some((pupil, _)) = &made.granted {
        let ot = "Verslag MDO";
        add(
            pupil,
            "mdo.pdf",
            pdf(ot, 2)?,
            ot,
            AttachmentKind::OtVerslag,
            -50,
            "eigen school",
        )?;
        let research = "Psychodiagnostisch onderzoek";
        add(
            pupil,
            "onderzoek.pdf",
            pdf(research, 3)?,
            research,
            AttachmentKind::Onderzoeksverslag,
            -60,
            "Onderwijsadvies",
        )?;
        add(
            pupil,
            "toetsen.png",
            super::attachments::png(320, 200, [40, 110, 160]),
            "Toetsoverzicht groep 3 en 4",
            AttachmentKind::Toetsoverzicht,
            -40,
            "leerlingvolgsysteem",
        )?;
    }
    if let Some((pupil, _)) = &made.in_objection {
        let research = "Onderzoek naar leren en gedrag";
        add(
            pupil,
            "onderzoek.pdf",
            pdf(research, 2)?,
            research,
            AttachmentKind::Onderzoeksverslag,
            -80,
            "GGD",
        )?;
    }
    if let Some((pupil, _)) = &made.incomplete {
        add(
            pupil,
            "scan.png",
            super::attachments::png(240, 320, [200, 200, 190]),
            "Scan van het aanmeldformulier",
            AttachmentKind::Scan,
            -4,
            "ouders",
        )?;
    }
    Ok(())
}

fn granted_request(today: Date) -> TlvRequest {
    TlvRequest {
        kind: TlvKind::SoCluster4,
        applied_on: Some(day(today, -42)),
        support_question: "Welke school kan deze leerling de structuur, de kleine groep en de \
             begeleiding bij gedrag en werkhouding bieden die nodig zijn om tot leren te komen, nu \
             de basisschool na twee cycli extra ondersteuning de grens van haar mogelijkheden \
             heeft bereikt?"
            .into(),
        cluster_note: None,
        renewal: false,
        experts: vec![
            Expert {
                name: "Drs. L. Bakker".into(),
                discipline: Discipline::Orthopedagoog,
                advised_on: day(today, -35),
                independent: true,
                advice: Some(
                    "Plaatsing in het so cluster 4 is passend; de leerling heeft een kleine \
                     groep en een voorspelbare dag nodig."
                        .into(),
                ),
            },
            Expert {
                name: "Dr. S. Yilmaz".into(),
                discipline: Discipline::Kinderpsychiater,
                advised_on: day(today, -30),
                independent: true,
                advice: Some("Sluit aan bij het advies van de orthopedagoog.".into()),
            },
        ],
        parents: ParentsPosition {
            stance: ParentStance::Instemming,
            on: Some(day(today, -45)),
            note: Some("De ouders steunen de aanvraag.".into()),
        },
        checked: Vec::new(),
    }
}

fn granted_decision(today: Date) -> TlvDecision {
    TlvDecision {
        outcome: TlvOutcome::Toegekend,
        decided_on: day(today, -14),
        decision_number: "PO2701-2026-00042".into(),
        category: Some(TlvCategory::Midden),
        starts_on: Some(day(today, 7)),
        school_years: Some(1),
        note: None,
    }
}

fn save(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    pupil_id: &str,
    request: TlvRequest,
) -> Result<String> {
    Ok(tlv::save(
        store,
        clock,
        template,
        SaveTlvRequest {
            id: None,
            pupil_id: pupil_id.to_owned(),
            request,
        },
    )?
    .id)
}

fn decide(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    id: &str,
    decision: TlvDecision,
) -> Result<()> {
    tlv::decide(
        store,
        clock,
        template,
        DecideTlvRequest {
            id: id.to_owned(),
            decision,
        },
    )?;
    Ok(())
}

fn day(today: Date, offset: i64) -> String {
    dates::to_iso(today + TimeDelta::days(offset))
}
