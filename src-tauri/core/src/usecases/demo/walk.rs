//! Walks demo casussen through the stappenplan, so the demo shows every step: fresh signals,
//! conversations with the pupil and the parents, understanding, plans, execution, a shared plan,
//! evaluations due and overdue, and finished cycles followed by a new one. Uses the real use
//! cases (validation, audit rows included), each on the day it happened: a clock per event, on
//! school days spread over the weeks since the casus started, never after today. Evaluation
//! dates fall on school days: not in a weekend, the summer holiday or an entered holiday.

use super::themes::{Theme, worded};
use crate::clock::{Clock, FixedClock};
use crate::domain::dates;
use crate::domain::pupil::Wording;
use crate::domain::records::*;
use crate::domain::school_year::HolidayCalendar;
use crate::domain::stepplan::StepKey;
use crate::error::Result;
use crate::store::Store;
use crate::template::Template;
use crate::usecases::case_detail::CaseDetail;
use crate::usecases::stepplan::{
    self, CarriedGoalDate, NewCycleRequest, SaveRecordRequest, StepAction, StepActionRequest,
};
use chrono::{Datelike, NaiveDate as Date, NaiveTime, TimeDelta, Weekday};

/// What one casus is about and for whom.
pub(super) struct Casus<'a> {
    pub case_id: &'a str,
    pub start: Date,
    /// How far it gets: 0 nothing yet … 6 evaluation pending, 7 a finished cycle and a new one.
    pub stage: u8,
    pub theme: &'static Theme,
    pub wording: Wording,
    /// Whether the evaluation decides on extra ondersteuning (OPP) instead of a new cycle; the
    /// casus is then walked to a finished cycle (stage 7) and stays there.
    pub extra_support: bool,
}

/// Whether pupils are on their summer holiday (mid-July to the end of August, every region).
pub(super) fn in_summer_holiday(date: Date) -> bool {
    (date.month() == 7 && date.day() >= 11) || date.month() == 8
}

fn is_school_day(date: Date, holidays: &HolidayCalendar) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
        && !in_summer_holiday(date)
        && !holidays.is_holiday(date)
}

/// The first school day on or after `date`.
pub(super) fn school_day_from(date: Date, holidays: &HolidayCalendar) -> Date {
    let mut day = date;
    while !is_school_day(day, holidays) {
        day += TimeDelta::days(1);
    }
    day
}

/// The last school day on or before `date`.
pub(super) fn school_day_until(date: Date, holidays: &HolidayCalendar) -> Date {
    let mut day = date;
    while !is_school_day(day, holidays) {
        day -= TimeDelta::days(1);
    }
    day
}

pub(super) fn walk(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    holidays: &HolidayCalendar,
    casus: &Casus<'_>,
) -> Result<()> {
    let today = clock.today();
    let theme = casus.theme;
    let text = |t: &str| worded(t, &casus.wording);
    // Part `part` (of 10) of the way from the start to today, on a weekday, never after today.
    let span = (today - casus.start).num_days().max(1);
    let day = |part: i64| {
        let raw = (casus.start + TimeDelta::days(span * part / 10)).min(today);
        let weekday = match raw.weekday() {
            Weekday::Sat => raw - TimeDelta::days(1),
            Weekday::Sun => raw + TimeDelta::days(1),
            _ => raw,
        };
        if weekday > today {
            raw - TimeDelta::days(2)
        } else {
            weekday
        }
        .max(casus.start)
    };
    let mut run = Walk {
        store,
        template,
        case_id: casus.case_id,
    };
    if casus.stage == 0 {
        return Ok(());
    }
    let signal_day = day(1);
    run.save(
        signal_day,
        RecordData::Signal(SignalData {
            date: dates::to_iso(signal_day),
            source: SignalSource::Teacher,
            source_other: None,
            observation: text(theme.observation),
            since: Some(dates::to_iso(casus.start - TimeDelta::days(30))),
            data: Some(text(theme.data)),
            parents: ParentsInformed {
                informed: true,
                date: Some(dates::to_iso(signal_day)),
                reason: None,
            },
            pupil_informed: Some(PupilInformed {
                informed: true,
                date: Some(dates::to_iso(signal_day)),
                reason: None,
            }),
        }),
    )?;
    run.save(
        signal_day,
        RecordData::Conversation(ConversationData {
            step: StepKey::Signaleren,
            date: dates::to_iso(signal_day),
            conversation_kind: ConversationKind::Pupil,
            participants: format!("{}, leerling", casus.wording.class_contact),
            summary: text(theme.pupil_talk),
            agreements: None,
            parents: None,
        }),
    )?;
    if casus.stage == 1 {
        return Ok(());
    }
    run.step(day(2), StepKey::Signaleren, StepAction::Complete)?;
    let understood = day(3);
    run.save(
        understood,
        RecordData::Conversation(ConversationData {
            step: StepKey::Begrijpen,
            date: dates::to_iso(understood),
            conversation_kind: ConversationKind::Parents,
            participants: format!(
                "{}, {}, ouders",
                casus.wording.class_contact, casus.wording.coordinator
            ),
            summary: text(theme.parent_talk),
            agreements: Some(text(theme.parent_agreement)),
            parents: None,
        }),
    )?;
    run.save(
        understood,
        RecordData::Need(NeedData {
            description: text(theme.need),
        }),
    )?;
    for (kind, (domain, description)) in [
        (FactorKind::Helping, theme.helping),
        (FactorKind::Hindering, theme.hindering),
    ] {
        run.save(
            understood,
            RecordData::Factor(FactorData {
                factor_kind: kind,
                domain: domain.into(),
                description: text(description),
            }),
        )?;
    }
    if casus.stage == 2 {
        return Ok(());
    }
    run.step(understood, StepKey::Begrijpen, StepAction::Complete)?;
    let planned = day(4);
    // Stages 4 and 5 plan an evaluation that is overdue by now; stage 6 one about now; stage 7
    // one that has been held (day 9); stage 3 one some weeks ahead.
    let evaluation = match casus.stage {
        4 | 5 => school_day_until(today - TimeDelta::days(3), holidays).max(planned),
        6 => school_day_from(today, holidays),
        7 => school_day_until(day(9), holidays).max(planned),
        _ => school_day_from(today + TimeDelta::days(28), holidays),
    };
    let detail = run.save(
        planned,
        RecordData::Goal(GoalData {
            description: text(theme.goal),
            target_date: Some(dates::to_iso(evaluation)),
            evaluation_date: Some(dates::to_iso(evaluation)),
            made_with_parents: Some(true),
            made_with_pupil: Some(true),
        }),
    )?;
    let goal_id = last_of_kind(&detail, "goal");
    run.save(
        planned,
        RecordData::Intervention(InterventionData {
            description: text(theme.intervention),
            level: "basis".into(),
            level_note: None,
            who: Some(casus.wording.class_contact.into()),
            start_date: Some(dates::to_iso(day(5))),
            end_date: None,
            frequency: Some(text(theme.frequency)),
            goal_ids: goal_id.iter().cloned().collect(),
        }),
    )?;
    if casus.stage == 3 {
        return Ok(());
    }
    run.step(planned, StepKey::Plannen, StepAction::Complete)?;
    run.step(day(5), StepKey::Realiseren, StepAction::Start)?;
    let executed = day(6);
    run.save(
        executed,
        RecordData::Execution(ExecutionData {
            date: dates::to_iso(executed),
            what: text(theme.execution),
            deviations: Some(text(theme.deviation)),
        }),
    )?;
    if casus.stage == 4 {
        return Ok(());
    }
    let shared = day(7);
    run.step(shared, StepKey::Realiseren, StepAction::Complete)?;
    run.save(
        shared,
        RecordData::PlanShare(PlanShareData {
            date: dates::to_iso(shared),
            method: "Besproken in het oudergesprek op school; een kopie meegegeven".into(),
            snapshot: None,
        }),
    )?;
    if casus.stage == 5 {
        return Ok(());
    }
    run.step(day(8), StepKey::Vastleggen, StepAction::Complete)?;
    if casus.stage == 6 {
        return Ok(());
    }
    let evaluated = evaluation.max(day(8)).min(today);
    run.save(
        evaluated,
        RecordData::Evaluation(EvaluationData {
            date: dates::to_iso(evaluated),
            results: goal_id
                .iter()
                .map(|id| GoalResult {
                    goal_id: id.clone(),
                    outcome: "deels".into(),
                    rationale: text(theme.rationale),
                })
                .collect(),
            decision: Some(
                if casus.extra_support {
                    crate::domain::decisions::EXTRA_SUPPORT
                } else {
                    "nieuwe_cyclus"
                }
                .into(),
            ),
            notes: None,
        }),
    )?;
    run.step(evaluated, StepKey::Evalueren, StepAction::Complete)?;
    if casus.extra_support {
        return Ok(());
    }
    stepplan::new_cycle(
        run.store,
        &on(evaluated),
        NewCycleRequest {
            case_id: casus.case_id.to_owned(),
            evaluation_dates: goal_id
                .iter()
                .map(|id| CarriedGoalDate {
                    goal_id: id.clone(),
                    evaluation_date: dates::to_iso(school_day_from(
                        today + TimeDelta::days(42),
                        holidays,
                    )),
                })
                .collect(),
        },
    )?;
    Ok(())
}

/// A clock standing at a quarter past ten on `date` (an ordinary school morning).
pub(super) fn on(date: Date) -> FixedClock {
    FixedClock::new(date.and_time(NaiveTime::MIN).and_utc() + TimeDelta::minutes(10 * 60 + 15))
}

struct Walk<'a> {
    store: &'a mut Store,
    template: &'a Template,
    case_id: &'a str,
}

impl Walk<'_> {
    fn save(&mut self, date: Date, data: RecordData) -> Result<CaseDetail> {
        let req = SaveRecordRequest {
            case_id: self.case_id.to_owned(),
            record_id: None,
            data,
            correction_note: None,
        };
        stepplan::save_record(self.store, &on(date), self.template, req)
    }

    fn step(&mut self, date: Date, step: StepKey, action: StepAction) -> Result<CaseDetail> {
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
            &on(date),
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
