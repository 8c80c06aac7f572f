//! The test casus: a vault with one pupil and one open casus, and the record payloads and the
//! walk through steps 1–5 that several tests share.

use super::support::TestVault;
use ibis_core::Error;
use ibis_core::domain::records::*;
use ibis_core::domain::stepplan::{StepKey, StepState};
use ibis_core::template::Template;
use ibis_core::usecases::audit;
use ibis_core::usecases::case_detail::CaseDetail;
use ibis_core::usecases::cases;
use ibis_core::usecases::stepplan::{self, StepAction, StepActionRequest};

pub struct Casus {
    pub v: TestVault,
    pub template: Template,
    pub case_id: String,
}

impl Casus {
    pub fn new() -> Casus {
        Casus::with_template(Template::landelijk().unwrap())
    }

    pub fn with_template(template: Template) -> Casus {
        let mut v = TestVault::new();
        let pupil_id = v.add_pupil("Sanne", "de Vries");
        let clock = &v.clock;
        let req = cases::OpenCaseRequest {
            pupil_id,
            title: "Technisch lezen".into(),
            start_date: Some("2026-09-07".into()),
            template_id: None,
        };
        let detail = cases::open(v.store.as_mut().unwrap(), clock, req).unwrap();
        Casus {
            v,
            template,
            case_id: detail.case.id,
        }
    }

    pub fn save(&mut self, data: RecordData) -> Result<CaseDetail, Error> {
        let before = audit::entries(self.v.store()).unwrap().len();
        let clock = &self.v.clock;
        let req = stepplan::SaveRecordRequest {
            case_id: self.case_id.clone(),
            record_id: None,
            data,
            correction_note: None,
        };
        let out = stepplan::save_record(self.v.store.as_mut().unwrap(), clock, &self.template, req);
        self.check_audit(before, out.is_ok());
        out
    }

    pub fn step(
        &mut self,
        step: StepKey,
        action: StepAction,
        reason: Option<&str>,
    ) -> Result<CaseDetail, Error> {
        let before = audit::entries(self.v.store()).unwrap().len();
        let cycle_id = self.detail().cycles.last().unwrap().id.clone();
        let clock = &self.v.clock;
        let req = StepActionRequest {
            cycle_id,
            step,
            action,
            reason: reason.map(str::to_owned),
        };
        let out = stepplan::step_action(self.v.store.as_mut().unwrap(), clock, &self.template, req);
        self.check_audit(before, out.is_ok());
        out
    }

    fn check_audit(&mut self, before: usize, changed: bool) {
        let after = audit::entries(self.v.store()).unwrap().len();
        assert_eq!(
            after,
            before + usize::from(changed),
            "one audit row per change, none on failure"
        );
        assert!(audit::verify(self.v.store()).unwrap().is_ok());
    }

    pub fn new_cycle(
        &mut self,
        evaluation_dates: Vec<stepplan::CarriedGoalDate>,
    ) -> Result<CaseDetail, Error> {
        let before = audit::entries(self.v.store()).unwrap().len();
        let clock = &self.v.clock;
        let req = stepplan::NewCycleRequest {
            case_id: self.case_id.clone(),
            evaluation_dates,
        };
        let out = stepplan::new_cycle(self.v.store.as_mut().unwrap(), clock, req);
        self.check_audit(before, out.is_ok());
        out
    }

    pub fn detail(&mut self) -> CaseDetail {
        cases::get(
            self.v.store(),
            ibis_core::usecases::IdRequest {
                id: self.case_id.clone(),
            },
        )
        .unwrap()
    }

    pub fn state(&mut self, step: StepKey) -> StepState {
        self.detail()
            .cycles
            .last()
            .unwrap()
            .steps
            .iter()
            .find(|s| s.key == step)
            .unwrap()
            .state
    }
}

pub fn signal(parents_informed: bool) -> RecordData {
    RecordData::Signal(SignalData {
        date: "2026-09-14".into(),
        source: SignalSource::Teacher,
        source_other: None,
        observation: "Leest groep-3-niveau; raakt gefrustreerd bij hardop lezen.".into(),
        since: Some("2026-06-01".into()),
        data: Some("DMT M4: E-score".into()),
        parents: ParentsInformed {
            informed: parents_informed,
            date: parents_informed.then(|| "2026-09-15".into()),
            reason: None,
        },
        pupil_informed: Some(PupilInformed {
            informed: true,
            date: Some("2026-09-15".into()),
            reason: None,
        }),
    })
}

pub fn goal(evaluation_date: &str) -> RecordData {
    RecordData::Goal(GoalData {
        description: "Leest 40 woorden per minuut op AVI M4".into(),
        target_date: Some("2027-01-29".into()),
        evaluation_date: Some(evaluation_date.into()),
        made_with_parents: Some(true),
        made_with_pupil: Some(false),
    })
}

pub fn walk_to_evaluation(c: &mut Casus) -> String {
    c.save(signal(true)).unwrap();
    c.step(StepKey::Signaleren, StepAction::Complete, None)
        .unwrap();
    c.save(RecordData::Need(NeedData {
        description: "Heeft dagelijks begeleide leesoefening nodig".into(),
    }))
    .unwrap();
    c.save(RecordData::Factor(FactorData {
        factor_kind: FactorKind::Helping,
        domain: "thuis".into(),
        description: "Ouders lezen thuis voor".into(),
    }))
    .unwrap();
    c.save(RecordData::Factor(FactorData {
        factor_kind: FactorKind::Hindering,
        domain: "leerling".into(),
        description: "Faalangst".into(),
    }))
    .unwrap();
    c.step(StepKey::Begrijpen, StepAction::Complete, None)
        .unwrap();
    let detail = c.save(goal("2026-11-20")).unwrap();
    let goal_id = detail.cycles[0]
        .records
        .iter()
        .find(|r| matches!(r.data, RecordData::Goal(_)))
        .unwrap()
        .id
        .clone();
    c.save(RecordData::Intervention(InterventionData {
        description: "RALFI-lezen".into(),
        level: "basis".into(),
        level_note: None,
        who: Some("leerkracht".into()),
        start_date: Some("2026-09-21".into()),
        end_date: None,
        frequency: Some("4× per week 15 minuten".into()),
        goal_ids: vec![goal_id.clone()],
    }))
    .unwrap();
    c.step(StepKey::Plannen, StepAction::Complete, None)
        .unwrap();
    c.step(StepKey::Realiseren, StepAction::Start, None)
        .unwrap();
    c.save(RecordData::Execution(ExecutionData {
        date: "2026-10-05".into(),
        what: "Drie weken RALFI gedaan".into(),
        deviations: Some("Eén week uitval door ziekte".into()),
    }))
    .unwrap();
    c.step(StepKey::Realiseren, StepAction::Complete, None)
        .unwrap();
    c.save(RecordData::PlanShare(PlanShareData {
        date: "2026-09-22".into(),
        method: "Oudergesprek op school".into(),
        snapshot: None,
    }))
    .unwrap();
    c.step(StepKey::Vastleggen, StepAction::Complete, None)
        .unwrap();
    goal_id
}
