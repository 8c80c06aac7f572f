//! OPP suite on a real vault: a draft starts pre-filled from the stappenplan and the latest
//! hoorgesprek with its sources; vaststellen without a hoorgesprek for the moment asks for a
//! reason (soft gate); a vastgestelde version cannot change by any path (use case or plain SQL);
//! a new draft copies it and the diff names the changed sections; instemming names guardians
//! with gezag; and the six-week clock reaches Vandaag on the day after its deadline.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../support.rs"]
mod support;
mod vandaag;
mod words;

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
