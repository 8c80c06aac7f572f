//! OPP suite on a real vault: a draft starts pre-filled from the stappenplan and the latest
//! hoorgesprek with its sources; vaststellen without a hoorgesprek for the moment asks for a
//! reason (soft gate); a vastgestelde version cannot change by any path (use case or plain SQL);
//! a new draft copies it and the diff names the changed sections; instemming names guardians
//! with gezag; and the six-week clock reaches Vandaag on the day after its deadline.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../support.rs"]
mod support;

use ibis_core::domain::guardian::GuardianRelation;
use ibis_core::domain::hearing::{
    AgeBand, HearingAnswer, HearingMethod, HearingMoment, HearingSetting, PupilHearing,
};
use ibis_core::domain::opp::diff::OppSection;
use ibis_core::domain::opp::{
    ClockBasis, Consent, ConsentMethod, ConsentStatus, OppReason, SourceKind, VersionStatus,
};
use ibis_core::domain::records::{
    FactorData, FactorKind, GoalData, InterventionData, NeedData, RecordData,
};
use ibis_core::template::Template;
use ibis_core::usecases::opp::{
    self, EstablishOppRequest, OppDiffRequest, PupilOpp, RecordConsentRequest, SaveOppDraftRequest,
    StartOppRequest,
};
use ibis_core::usecases::{IdRequest, audit, cases, guardians, hearings, stepplan};
use ibis_core::{Error, Rule};
use support::TestVault;

struct Setup {
    v: TestVault,
    template: Template,
    pupil_id: String,
    case_id: String,
}

impl Setup {
    fn new() -> Setup {
        let mut v = TestVault::new();
        let pupil_id = v.add_pupil("Sanne", "de Vries");
        let clock = &v.clock;
        let case_id = cases::open(
            v.store.as_mut().unwrap(),
            clock,
            cases::OpenCaseRequest {
                pupil_id: pupil_id.clone(),
                title: "Technisch lezen".into(),
                start_date: Some("2026-09-07".into()),
                template_id: None,
            },
        )
        .unwrap()
        .case
        .id;
        Setup {
            v,
            template: Template::landelijk().unwrap(),
            pupil_id,
            case_id,
        }
    }

    fn record(&mut self, data: RecordData) {
        let clock = &self.v.clock;
        stepplan::save_record(
            self.v.store.as_mut().unwrap(),
            clock,
            &self.template,
            stepplan::SaveRecordRequest {
                case_id: self.case_id.clone(),
                record_id: None,
                data,
                correction_note: None,
            },
        )
        .unwrap();
    }

    fn hearing(&mut self, held_on: &str, moment: HearingMoment) -> String {
        let clock = &self.v.clock;
        hearings::save(
            self.v.store.as_mut().unwrap(),
            clock,
            &self.template,
            hearings::SaveHearingRequest {
                id: None,
                pupil_id: self.pupil_id.clone(),
                case_id: None,
                hearing: PupilHearing {
                    held_on: held_on.into(),
                    moment,
                    spoke_with: "Anouk Jansen, intern begeleider".into(),
                    setting: HearingSetting::Alone,
                    method: HearingMethod::Gesprek,
                    method_note: None,
                    age_band: AgeBand::Groep5To8,
                    answers: vec![HearingAnswer {
                        question: "Wat helpt jou?".into(),
                        words: "Als het stil is 🤫".into(),
                        scale: None,
                    }],
                    wishes: vec![],
                    child_goals: vec!["Ik lees een heel boek uit".into()],
                    feedback_on: None,
                    feedback_how: None,
                },
            },
        )
        .unwrap()
        .id
    }

    fn guardian(&mut self, first: &str, relation: GuardianRelation, authority: bool) -> String {
        let clock = &self.v.clock;
        let detail = guardians::add(
            self.v.store.as_mut().unwrap(),
            clock,
            guardians::AddGuardianRequest {
                pupil_id: self.pupil_id.clone(),
                guardian: guardians::GuardianInput {
                    first_name: Some(first.into()),
                    surname_prefix: Some("de".into()),
                    last_name: "Vries".into(),
                    relation,
                    has_authority: authority,
                    phone: None,
                    email: None,
                },
            },
        )
        .unwrap();
        detail
            .guardians
            .iter()
            .find(|g| g.first_name.as_deref() == Some(first))
            .unwrap()
            .id
            .clone()
    }

    fn start(&mut self) -> PupilOpp {
        let clock = &self.v.clock;
        opp::start(
            self.v.store.as_mut().unwrap(),
            clock,
            &self.template,
            StartOppRequest {
                pupil_id: self.pupil_id.clone(),
                case_id: Some(self.case_id.clone()),
                clock_start: "2026-11-02".into(),
                clock_basis: ClockBasis::ExtraSupportDecision,
            },
        )
        .unwrap()
    }

    fn save(
        &mut self,
        page: &PupilOpp,
        edit: impl FnOnce(&mut ibis_core::domain::opp::OppContent),
    ) -> Result<PupilOpp, Error> {
        let version = page.opp.as_ref().unwrap().versions.last().unwrap();
        let mut content = version.content.clone();
        edit(&mut content);
        let clock = &self.v.clock;
        opp::save_draft(
            self.v.store.as_mut().unwrap(),
            clock,
            &self.template,
            SaveOppDraftRequest {
                version_id: version.id.clone(),
                reason: version.reason,
                content,
            },
        )
    }

    fn establish(
        &mut self,
        page: &PupilOpp,
        reason: OppReason,
        gap: Option<&str>,
    ) -> Result<PupilOpp, Error> {
        let version = page.opp.as_ref().unwrap().versions.last().unwrap();
        let clock = &self.v.clock;
        opp::establish(
            self.v.store.as_mut().unwrap(),
            clock,
            &self.template,
            EstablishOppRequest {
                version_id: version.id.clone(),
                reason,
                established_on: "2026-11-20".into(),
                hearing_gap_reason: gap.map(str::to_owned),
            },
        )
    }

    /// A plan ready to be vastgesteld: stappenplan records plus a chosen destination and areas.
    fn ready(&mut self) -> PupilOpp {
        self.record(RecordData::Need(NeedData {
            description: "Korte leesopdrachten met een duidelijk einde".into(),
        }));
        for (kind, domain, text) in [
            (
                FactorKind::Hindering,
                "leerling",
                "Leest langzaam en raadt woorden",
            ),
            (FactorKind::Helping, "thuis", "Ouders lezen elke avond mee"),
        ] {
            self.record(RecordData::Factor(FactorData {
                factor_kind: kind,
                domain: domain.into(),
                description: text.into(),
            }));
        }
        self.record(RecordData::Goal(GoalData {
            description: "Leest AVI E5 vlot".into(),
            target_date: None,
            evaluation_date: Some("2027-01-29".into()),
            made_with_parents: Some(true),
            made_with_pupil: Some(true),
        }));
        self.record(RecordData::Intervention(InterventionData {
            description: "Dagelijks 15 minuten duolezen".into(),
            level: "extra".into(),
            level_note: None,
            who: Some("RT'er".into()),
            start_date: Some("2026-11-09".into()),
            end_date: None,
            frequency: Some("dagelijks".into()),
            goal_ids: vec![],
        }));
        let page = self.start();
        self.save(&page, |content| {
            content.perspective.exit_destination = Some("vmbo_kb".into());
            content.perspective.reasoning =
                "Praktisch ingesteld, leert het best door te doen.".into();
            for goal in &mut content.action.goals {
                goal.area = Some("technisch_lezen".into());
            }
        })
        .unwrap()
    }

    fn audit_actions(&mut self) -> Vec<String> {
        audit::entries(self.v.store())
            .unwrap()
            .into_iter()
            .map(|e| e.action)
            .collect()
    }
}

#[test]
fn a_new_draft_is_pre_filled_with_its_sources() {
    let mut s = Setup::new();
    let hearing_id = s.hearing("2026-11-10", HearingMoment::Opstellen);
    let page = s.ready();
    let opp = page.opp.unwrap();
    let draft = &opp.versions[0];
    assert_eq!(draft.status, VersionStatus::Draft);
    let content = &draft.content;
    assert_eq!(content.perspective.needs.len(), 1);
    assert_eq!(content.perspective.factors.len(), 2);
    assert_eq!(content.action.goals[0].description, "Leest AVI E5 vlot");
    assert_eq!(
        content.action.support[0].frequency.as_deref(),
        Some("dagelijks")
    );
    let support_source = content.action.support[0].source.as_ref().unwrap();
    assert_eq!(support_source.kind, SourceKind::Stepplan);
    assert!(
        support_source.label.contains("Technisch lezen"),
        "{}",
        support_source.label
    );
    assert_eq!(content.pupil_voice.quotes[0].words, "Als het stil is 🤫");
    let voice_source = content.pupil_voice.child_goals[0].source.as_ref().unwrap();
    assert_eq!(voice_source.kind, SourceKind::Hearing);
    assert_eq!(voice_source.record_id, hearing_id);
    assert_eq!(draft.hearing.as_ref().unwrap().id, hearing_id);
    assert!(draft.missing.is_empty(), "{:?}", draft.missing);
}

#[test]
fn vaststellen_without_a_hearing_asks_for_a_reason_that_is_kept() {
    let mut s = Setup::new();
    let page = s.ready();
    let error = s.establish(&page, OppReason::Opstellen, None).unwrap_err();
    assert!(
        matches!(
            error,
            Error::Validation {
                field: "hearingGapReason",
                rule: Rule::Required
            }
        ),
        "{error:?}"
    );
    let page = s
        .establish(
            &page,
            OppReason::Opstellen,
            Some("Sanne was drie weken ziek."),
        )
        .unwrap();
    let version = &page.opp.as_ref().unwrap().versions[0];
    assert_eq!(version.status, VersionStatus::Established);
    assert_eq!(
        version.hearing_gap_reason.as_deref(),
        Some("Sanne was drie weken ziek.")
    );
    assert_eq!(
        page.opp.as_ref().unwrap().rod_begin.as_deref(),
        Some("2026-11-20")
    );
}

#[test]
fn an_incomplete_draft_cannot_be_vastgesteld() {
    let mut s = Setup::new();
    let page = s.start();
    let error = s
        .establish(&page, OppReason::Opstellen, Some("ziek"))
        .unwrap_err();
    let fields: Vec<String> = error
        .field_errors()
        .into_iter()
        .map(|e| e.field.into_owned())
        .collect();
    assert!(
        fields.contains(&"perspective.exitDestination".to_owned()),
        "{fields:?}"
    );
    assert!(fields.contains(&"action.goals".to_owned()), "{fields:?}");
}

#[test]
fn a_vastgestelde_version_cannot_change_by_any_path() {
    let mut s = Setup::new();
    s.hearing("2026-11-10", HearingMoment::Opstellen);
    let page = s.ready();
    let page = s.establish(&page, OppReason::Opstellen, None).unwrap();
    let version_id = page.opp.as_ref().unwrap().versions[0].id.clone();
    // Use case.
    let error = s
        .save(&page, |c| c.perspective.reasoning = "Anders".into())
        .unwrap_err();
    assert!(matches!(error, Error::InvalidTransition(_)), "{error:?}");
    let error = s
        .establish(&page, OppReason::Opstellen, Some("x"))
        .unwrap_err();
    assert!(matches!(error, Error::InvalidTransition(_)), "{error:?}");
    let clock = &s.v.clock;
    let error = opp::delete_draft(
        s.v.store.as_mut().unwrap(),
        clock,
        &s.template,
        IdRequest {
            id: version_id.clone(),
        },
    )
    .unwrap_err();
    assert!(matches!(error, Error::InvalidTransition(_)), "{error:?}");
    // Plain SQL, past the use cases: the triggers refuse.
    let sql = s.v.store().write(|tx| {
        tx.execute(
            "UPDATE opp_versions SET content = '{}' WHERE id = ?1",
            [&version_id],
        )?;
        Ok(())
    });
    assert!(sql.is_err());
    let sql = s.v.store().write(|tx| {
        tx.execute("DELETE FROM opp_versions WHERE id = ?1", [&version_id])?;
        Ok(())
    });
    assert!(sql.is_err());
    let sql = s.v.store().write(|tx| {
        tx.execute(
            "UPDATE opp_versions SET status = 'draft', established_on = NULL WHERE id = ?1",
            [&version_id],
        )?;
        Ok(())
    });
    assert!(sql.is_err());
    let clock = &s.v.clock;
    let again = opp::get(
        s.v.store.as_mut().unwrap(),
        clock,
        &s.template,
        IdRequest {
            id: s.pupil_id.clone(),
        },
    )
    .unwrap();
    assert_eq!(
        again.opp.unwrap().versions[0].content.perspective.reasoning,
        "Praktisch ingesteld, leert het best door te doen."
    );
}

#[test]
fn a_new_draft_copies_the_version_and_the_diff_names_changed_sections() {
    let mut s = Setup::new();
    s.hearing("2026-11-10", HearingMoment::Opstellen);
    let page = s.ready();
    let page = s.establish(&page, OppReason::Opstellen, None).unwrap();
    let opp_id = page.opp.as_ref().unwrap().id.clone();
    let clock = &s.v.clock;
    let page = opp::new_version(
        s.v.store.as_mut().unwrap(),
        clock,
        &s.template,
        IdRequest { id: opp_id.clone() },
    )
    .unwrap();
    let versions = &page.opp.as_ref().unwrap().versions;
    assert_eq!(versions.len(), 2);
    assert_eq!(versions[1].number, 2);
    assert_eq!(versions[1].content, versions[0].content);
    let page = s
        .save(&page, |c| {
            c.perspective.exit_destination = Some("vmbo_gl_tl".into());
            c.action.support[0].frequency = Some("drie keer per week".into());
        })
        .unwrap();
    assert_eq!(
        page.opp.as_ref().unwrap().versions[1].status,
        VersionStatus::Draft
    );
    let diff = opp::diff(
        s.v.store(),
        &s.template,
        OppDiffRequest {
            opp_id,
            from: 1,
            to: 2,
        },
    )
    .unwrap();
    let sections: Vec<OppSection> = diff.sections.iter().map(|c| c.section).collect();
    assert_eq!(sections, [OppSection::ExitDestination, OppSection::Support]);
    assert!(
        s.audit_actions()
            .iter()
            .any(|a| a == "opp_version.establish")
    );
}

#[test]
fn instemming_is_given_by_guardians_with_gezag() {
    let mut s = Setup::new();
    let mother = s.guardian("Petra", GuardianRelation::Mother, true);
    let stepfather = s.guardian("Karel", GuardianRelation::Other, false);
    s.hearing("2026-11-10", HearingMoment::Opstellen);
    let page = s.ready();
    let page = s.establish(&page, OppReason::Opstellen, None).unwrap();
    let version_id = page.opp.as_ref().unwrap().versions[0].id.clone();
    let consent = |ids: Vec<String>| Consent {
        status: ConsentStatus::Ingestemd,
        presented_on: Some("2026-11-20".into()),
        decided_on: Some("2026-11-23".into()),
        guardian_ids: ids,
        by_pupil: false,
        method: Some(ConsentMethod::Papier),
        note: None,
    };
    let clock = &s.v.clock;
    let error = opp::record_consent(
        s.v.store.as_mut().unwrap(),
        clock,
        &s.template,
        RecordConsentRequest {
            version_id: version_id.clone(),
            consent: consent(vec![stepfather]),
        },
    )
    .unwrap_err();
    assert!(
        matches!(
            error,
            Error::Validation {
                field: "guardianIds",
                rule: Rule::OutOfRange
            }
        ),
        "{error:?}"
    );
    let page = opp::record_consent(
        s.v.store.as_mut().unwrap(),
        clock,
        &s.template,
        RecordConsentRequest {
            version_id,
            consent: consent(vec![mother.clone()]),
        },
    )
    .unwrap();
    let version = &page.opp.as_ref().unwrap().versions[0];
    assert_eq!(version.consent.status, ConsentStatus::Ingestemd);
    assert_eq!(version.consent.guardian_ids, [mother]);
}

#[test]
fn vandaag_lists_an_opp_not_vastgesteld_from_the_day_after_six_weeks() {
    use ibis_core::clock::FixedClock;
    use ibis_core::usecases::dashboard::{self, DashboardKind};
    let mut s = Setup::new();
    // Clock start 02-11-2026: the six weeks end on 14-12-2026.
    s.start();
    let on = |day: u32| {
        use chrono::TimeZone;
        FixedClock::new(
            chrono::Utc
                .with_ymd_and_hms(2026, 12, day, 9, 0, 0)
                .single()
                .unwrap(),
        )
    };
    let listed = |s: &mut Setup, day: u32| {
        dashboard::get(s.v.store(), &on(day), &s.template)
            .unwrap()
            .items
            .into_iter()
            .filter(|i| i.kind == DashboardKind::OppNotEstablished)
            .collect::<Vec<_>>()
    };
    assert!(listed(&mut s, 13).is_empty(), "day before the deadline");
    assert!(
        listed(&mut s, 14).is_empty(),
        "the deadline itself is in time"
    );
    let after = listed(&mut s, 15);
    assert_eq!(after.len(), 1, "day after the deadline");
    assert_eq!(after[0].due_date, "2026-12-14");
    assert_eq!(after[0].days_late, 1);
    assert!(
        after[0].source.contains("WPO art. 40a lid 2"),
        "{}",
        after[0].source
    );
    assert_eq!(after[0].pupil_id, s.pupil_id);
}

#[test]
fn vandaag_lists_a_decision_for_extra_support_without_an_opp() {
    use ibis_core::clock::FixedClock;
    use ibis_core::store::cases as case_rows;
    use ibis_core::usecases::dashboard::{self, DashboardKind};
    let mut s = Setup::new();
    let case_id = s.case_id.clone();
    s.v.store()
        .write(|tx| case_rows::set_extra_support_decided(tx, &case_id, "2026-10-12"))
        .unwrap();
    let day = |d: u32| {
        use chrono::TimeZone;
        FixedClock::new(
            chrono::Utc
                .with_ymd_and_hms(2026, 11, d, 9, 0, 0)
                .single()
                .unwrap(),
        )
    };
    let kinds = |s: &mut Setup, d: u32| {
        dashboard::get(s.v.store(), &day(d), &s.template)
            .unwrap()
            .items
            .into_iter()
            .filter(|i| i.kind == DashboardKind::OppNotEstablished)
            .count()
    };
    assert_eq!(
        kinds(&mut s, 23),
        0,
        "23-11 is the last day of the six weeks"
    );
    assert_eq!(kinds(&mut s, 24), 1);
    // Starting the OPP moves the item to the OPP itself (still late: not vastgesteld).
    s.start();
    assert_eq!(kinds(&mut s, 24), 0, "the OPP's own clock starts 02-11");
}

#[test]
fn a_hoorgesprek_held_after_the_draft_is_taken_over_on_request() {
    use ibis_core::domain::opp::PupilQuote;
    use ibis_core::usecases::opp::TakeOverHearingRequest;
    let mut s = Setup::new();
    let page = s.ready();
    let draft = page.opp.as_ref().unwrap().versions[0].clone();
    assert!(draft.content.pupil_voice.quotes.is_empty());
    assert!(!draft.hearing_words_missing, "no hoorgesprek yet");
    let hearing_id = s.hearing("2026-11-20", HearingMoment::Opstellen);
    let clock = &s.v.clock;
    let page = opp::get(
        s.v.store.as_mut().unwrap(),
        clock,
        &s.template,
        IdRequest {
            id: s.pupil_id.clone(),
        },
    )
    .unwrap();
    let draft = page.opp.as_ref().unwrap().versions[0].clone();
    assert_eq!(draft.hearing.as_ref().unwrap().id, hearing_id);
    assert!(
        draft.hearing_words_missing,
        "its words are not in the plan yet"
    );

    // What was typed by hand stays; the hoorgesprek's words come in with their source.
    let mut content = draft.content.clone();
    content.pupil_voice.quotes.push(PupilQuote {
        question: None,
        words: "Zelf opgeschreven door de leerkracht".into(),
        source: None,
    });
    let page = opp::take_over_hearing(
        s.v.store.as_mut().unwrap(),
        clock,
        &s.template,
        TakeOverHearingRequest {
            version_id: draft.id.clone(),
            reason: draft.reason,
            content,
            hearing_id: hearing_id.clone(),
        },
    )
    .unwrap();
    let draft = &page.opp.as_ref().unwrap().versions[0];
    let words: Vec<&str> = draft
        .content
        .pupil_voice
        .quotes
        .iter()
        .map(|q| q.words.as_str())
        .collect();
    assert_eq!(
        words,
        ["Zelf opgeschreven door de leerkracht", "Als het stil is 🤫"]
    );
    assert_eq!(
        draft.content.pupil_voice.child_goals[0].text,
        "Ik lees een heel boek uit"
    );
    assert!(!draft.hearing_words_missing);

    // Another pupil's hoorgesprek is refused.
    let daan = s.v.add_pupil("Daan", "Bakker");
    let own = std::mem::replace(&mut s.pupil_id, daan);
    let foreign = s.hearing("2026-11-20", HearingMoment::Opstellen);
    s.pupil_id = own;
    let clock = &s.v.clock;
    let error = opp::take_over_hearing(
        s.v.store.as_mut().unwrap(),
        clock,
        &s.template,
        TakeOverHearingRequest {
            version_id: draft.id.clone(),
            reason: draft.reason,
            content: draft.content.clone(),
            hearing_id: foreign,
        },
    )
    .unwrap_err();
    assert!(
        matches!(
            error,
            Error::Validation {
                field: "hearingId",
                rule: Rule::OutOfRange
            }
        ),
        "{error:?}"
    );
}

/// Canary: a unique word in the plan never reaches a file of the vault folder in plain text
/// (database, its journal, the key slots), also after locking.
#[test]
fn words_of_the_plan_never_reach_the_disk_in_plain_text() {
    const CANARY: &str = "Zwaluwstaartvlinder7731";
    let mut s = Setup::new();
    let page = s.ready();
    let page = s
        .save(&page, |c| {
            c.perspective.reasoning = format!("Onderbouwing met {CANARY}.");
            c.pupil_voice
                .child_goals
                .push(ibis_core::domain::opp::SourcedText {
                    text: format!("Ik wil {CANARY} leren lezen"),
                    source: None,
                });
        })
        .unwrap();
    s.establish(&page, OppReason::Opstellen, Some(CANARY))
        .unwrap();
    for (name, bytes) in support::snapshot(&s.v.dir()) {
        assert!(
            !bytes.windows(CANARY.len()).any(|w| w == CANARY.as_bytes()),
            "{name} holds the canary in plain text"
        );
    }
    s.v.lock();
    for (name, bytes) in support::snapshot(&s.v.dir()) {
        assert!(
            !bytes.windows(CANARY.len()).any(|w| w == CANARY.as_bytes()),
            "{name} holds the canary in plain text after locking"
        );
    }
}
