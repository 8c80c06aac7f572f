//! Walks demo casussen through the stappenplan, so the demo shows every step: fresh signals,
//! understanding, plans, execution, a shared plan, evaluations due and overdue, and finished
//! cycles followed by a new one. Uses the real use cases (validation, audit rows included).

use crate::clock::Clock;
use crate::domain::dates;
use crate::domain::records::*;
use crate::domain::stepplan::StepKey;
use crate::error::Result;
use crate::store::Store;
use crate::template::Template;
use crate::usecases::case_detail::CaseDetail;
use crate::usecases::stepplan::{
    self, NewCycleRequest, SaveRecordRequest, StepAction, StepActionRequest,
};
use chrono::{NaiveDate, TimeDelta};

/// How far stage `stage` (0–7) gets: 0 nothing yet … 6 evaluation pending, 7 a finished cycle
/// and a new one.
pub(super) fn walk(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    case_id: &str,
    start: NaiveDate,
    stage: u8,
) -> Result<()> {
    let today = clock.today();
    // Spread the events between the start and today, never in the future.
    let span = (today - start).num_days().max(1);
    let at = |part: i64| dates::to_iso((start + TimeDelta::days(span * part / 10)).min(today));
    let mut run = Walk {
        store,
        clock,
        template,
        case_id,
    };
    if stage == 0 {
        return Ok(());
    }
    run.save(RecordData::Signal(SignalData {
        date: at(1),
        source: SignalSource::Teacher,
        source_other: None,
        observation: "Leerkracht ziet dat de leerling bij zelfstandig werken snel afhaakt en weinig af krijgt.".into(),
        since: Some(dates::to_iso(start - TimeDelta::days(30))),
        data: Some("Observatie in de klas; methodetoetsen rekenen blok 2 en 3.".into()),
        parents: ParentsInformed { informed: true, date: Some(at(1)), reason: None },
    }))?;
    if stage == 1 {
        return Ok(());
    }
    run.step(StepKey::Signaleren, StepAction::Complete)?;
    run.save(RecordData::Need(NeedData {
        description: "Heeft korte, duidelijke opdrachten met een tussentijds controlemoment nodig."
            .into(),
    }))?;
    run.save(RecordData::Factor(FactorData {
        factor_kind: FactorKind::Helping,
        domain: "leerling".into(),
        description: "Wil graag, is gemotiveerd bij een-op-een uitleg.".into(),
    }))?;
    run.save(RecordData::Factor(FactorData {
        factor_kind: FactorKind::Hindering,
        domain: "onderwijs".into(),
        description: "Lange instructie; weinig visuele ondersteuning.".into(),
    }))?;
    if stage == 2 {
        return Ok(());
    }
    run.step(StepKey::Begrijpen, StepAction::Complete)?;
    // Stage 4 plans an evaluation that is overdue by now; stage 6 one in this week.
    let evaluation = match stage {
        4 | 5 => today - TimeDelta::days(3),
        6 => today,
        _ => today + TimeDelta::days(28),
    };
    let detail = run.save(RecordData::Goal(GoalData {
        description: "Maakt een werkblad van 10 opgaven zelfstandig af binnen 20 minuten.".into(),
        target_date: Some(dates::to_iso(evaluation)),
        evaluation_date: Some(dates::to_iso(evaluation)),
    }))?;
    let goal_id = last_of_kind(&detail, "goal");
    run.save(RecordData::Intervention(InterventionData {
        description:
            "Taakkaart met stappenplan en time-timer; na 5 opgaven korte check bij de leerkracht."
                .into(),
        level: "basis".into(),
        level_note: None,
        who: Some("groepsleerkracht".into()),
        start_date: Some(at(4)),
        end_date: None,
        frequency: Some("dagelijks bij zelfstandig werken".into()),
        goal_ids: goal_id.iter().cloned().collect(),
    }))?;
    if stage == 3 {
        return Ok(());
    }
    run.step(StepKey::Plannen, StepAction::Complete)?;
    run.step(StepKey::Realiseren, StepAction::Start)?;
    run.save(RecordData::Execution(ExecutionData {
        date: at(6),
        what: "Taakkaart ingevoerd, twee weken dagelijks gebruikt.".into(),
        deviations: Some("Eén week niet door een invaller.".into()),
    }))?;
    if stage == 4 {
        return Ok(());
    }
    run.step(StepKey::Realiseren, StepAction::Complete)?;
    run.save(RecordData::PlanShare(PlanShareData {
        date: at(6),
        method: "Besproken in het oudergesprek op school".into(),
        snapshot: None,
    }))?;
    if stage == 5 {
        return Ok(());
    }
    run.step(StepKey::Vastleggen, StepAction::Complete)?;
    if stage == 6 {
        return Ok(());
    }
    run.save(RecordData::Evaluation(EvaluationData {
        date: at(9),
        results: goal_id
            .iter()
            .map(|id| GoalResult {
                goal_id: id.clone(),
                outcome: "deels".into(),
                rationale: "Maakt 7 van de 10 opgaven zelfstandig af.".into(),
            })
            .collect(),
        decision: Some("nieuwe_cyclus".into()),
        notes: None,
    }))?;
    run.step(StepKey::Evalueren, StepAction::Complete)?;
    stepplan::new_cycle(
        run.store,
        clock,
        NewCycleRequest {
            case_id: case_id.to_owned(),
        },
    )?;
    Ok(())
}

struct Walk<'a> {
    store: &'a mut Store,
    clock: &'a dyn Clock,
    template: &'a Template,
    case_id: &'a str,
}

impl Walk<'_> {
    fn save(&mut self, data: RecordData) -> Result<CaseDetail> {
        let req = SaveRecordRequest {
            case_id: self.case_id.to_owned(),
            record_id: None,
            data,
            revision_note: None,
        };
        stepplan::save_record(self.store, self.clock, self.template, req)
    }

    fn step(&mut self, step: StepKey, action: StepAction) -> Result<CaseDetail> {
        let cycle_id = crate::usecases::cases::get(
            self.store,
            crate::usecases::IdRequest {
                id: self.case_id.to_owned(),
            },
        )?
        .cycles
        .last()
        .map(|c| c.id.clone())
        .unwrap_or_default();
        stepplan::step_action(
            self.store,
            self.clock,
            self.template,
            StepActionRequest {
                cycle_id,
                step,
                action,
                reason: None,
            },
        )
    }
}

fn last_of_kind(detail: &CaseDetail, kind: &str) -> Option<String> {
    detail
        .cycles
        .last()?
        .records
        .iter()
        .rev()
        .find(|r| r.data.kind() == kind)
        .map(|r| r.id.clone())
}
