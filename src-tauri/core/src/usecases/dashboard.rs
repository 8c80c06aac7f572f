//! "Vandaag": the first screen after unlocking. Evaluations due this week or overdue, steps
//! waiting longer than the template allows, and open casussen per step. Each item says why it
//! is listed, on which rule and from which source. Waiting times and evaluation dates count in
//! school weeks where the template says so, with the holidays entered in Settings. Pupils with
//! extra support who were not heard this schooljaar are listed on the hoorrecht clock.

mod absence_items;
mod calendar;
mod enrolment_items;
mod escalation_items;
mod goal_items;
mod hearing_items;
pub mod horizon;
mod opp_items;
mod tlv_items;

pub use horizon::Horizon;

use crate::clock::Clock;
use crate::domain::dates;
use crate::domain::deadlines::{self, EvaluationDue, SOURCE_IBIS_DESIGN, WeekCount};
use crate::domain::school_year::{HolidayCalendar, SchoolYear};
use crate::domain::stepplan::{self, StepKey};
use crate::error::Result;
use crate::records::CaseSummary;
use crate::store::{Store, cases, cycles, pupils, records};
use crate::template::Template;
use crate::usecases::templates::TemplateCache;
use chrono::NaiveDate as Date;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use ts_rs::TS;

/// What kind of deadline an item is. Later features (OPP, TLV, aanmelding, verzuim, geschillen)
/// add their own kinds; `today --json` prints them under the same name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DashboardKind {
    EvaluationOverdue,
    EvaluationDueThisWeek,
    /// A goal carried into a new cycle has no evaluation date yet ("evaluatiedatum ontbreekt").
    EvaluationDateMissing,
    /// A goal's evaluation date after this week, within the horizon ("binnenkort").
    EvaluationPlanned,
    /// A pupil with extra support has not been heard since extra support was decided or this
    /// schooljaar began (hoorrecht, Kamerstuk 36443). `subject` says when they were last heard.
    HearingDue,
    /// An OPP (or a decision to give extra support without an OPP) not vastgesteld six weeks
    /// after its clock start (WPO 40a lid 2): listed from the day after the deadline.
    OppNotEstablished,
    /// The six weeks to vaststellen the OPP (WPO 40a lid 2) end within the horizon.
    OppEstablishDue,
    /// Instemming with the handelingsdeel still open the template's weeks after vaststellen.
    OppConsentOpen,
    /// The template's weeks for instemming with the handelingsdeel end within the horizon.
    OppConsentDue,
    /// The yearly OPP evaluation with the parents (WPO 40a lid 3): listed from the template's
    /// warning weeks before its deadline, and after it until done.
    OppEvaluationDue,
    /// An aanmelding's decision (WPO 40 lid 6): listed from a week before its deadline (six
    /// weeks after receipt, or the extension's new date), and overdue after it.
    EnrolmentDecisionDue,
    /// No decision ten weeks after receipt: the pupil is tijdelijk geplaatst (WPO 40 lid 7), a
    /// fact. `dueDate` is the last day of the ten weeks; the placement runs from the day after.
    EnrolmentTemporaryPlacement,
    /// 16 hours of ongeoorloofd verzuim within 4 lesweken, not yet reported to DUO
    /// (Leerplichtwet art. 21a): listed from the day reached; due five werkdagen later.
    AbsenceReportDue,
    /// A pupil at home more than four weeks without vrijstelling (thuiszitter).
    HomeStay,
    /// A pupil at home more than three months (Thuiszitterspact): highlighted.
    HomeStayLong,
    /// The six weeks to file a bezwaar against a TLV decision (WPO 18a lid 12, Awb 6:7): listed
    /// from the decision until the last day, unless a bezwaar was recorded.
    TlvObjectionDeadline,
    /// A bezwaar against a TLV decision is running; the SWV decides within twelve weeks after
    /// the bezwaar termijn (Awb 7:10).
    TlvObjectionDecisionDue,
    /// A granted TLV's renewal must be applied for by the template's date: listed from the
    /// template's warning weeks before it until the TLV ends, unless a renewal was applied for.
    TlvRenewalDue,
    /// A TLV ends on 31 July without a follow-up: listed from the template's warning weeks.
    TlvEnding,
    /// The six weeks to ask the Geschillencommissie Passend Onderwijs for an oordeel on a
    /// decision about toelating, verwijdering or the OPP: listed from the decision until the last
    /// day while the geschil is open and its GPO step neither done nor skipped.
    EscalationGpoDeadline,
    /// The six weeks for a bezwaar with the schoolbestuur against toelating or verwijdering (WPO
    /// art. 40 lid 12): listed like the GPO termijn.
    EscalationBoardObjectionDeadline,
    /// The pupil of an open geschil is more than four weeks at home: the onderwijsconsulent can
    /// be asked, listed while that step is open.
    EscalationConsultantAvailable,
    StepWaiting,
    /// The template's waiting time of a casus's current step ends within the horizon.
    StepDue,
}

impl DashboardKind {
    /// The kind in Dutch, as the CLI and the agenda file name it.
    pub fn dutch(self) -> &'static str {
        match self {
            DashboardKind::EvaluationOverdue => "Evaluatie te laat",
            DashboardKind::EvaluationDueThisWeek => "Evaluatie deze week",
            DashboardKind::EvaluationDateMissing => "Evaluatiedatum ontbreekt",
            DashboardKind::EvaluationPlanned => "Evaluatie gepland",
            DashboardKind::HearingDue => "Hoorgesprek met de leerling",
            DashboardKind::OppNotEstablished => "OPP niet op tijd vastgesteld",
            DashboardKind::OppEstablishDue => "OPP vaststellen",
            DashboardKind::OppConsentOpen => "Instemming met het handelingsdeel open",
            DashboardKind::OppConsentDue => "Termijn voor instemming met het handelingsdeel",
            DashboardKind::OppEvaluationDue => "Jaarlijkse evaluatie van het OPP",
            DashboardKind::EnrolmentDecisionDue => "Besluit op aanmelding",
            DashboardKind::EnrolmentTemporaryPlacement => "Tijdelijke plaatsing na aanmelding",
            DashboardKind::AbsenceReportDue => "Verzuim melden bij DUO",
            DashboardKind::HomeStay => "Thuiszitter: langer dan vier weken thuis",
            DashboardKind::HomeStayLong => "Thuiszitter: langer dan drie maanden thuis",
            DashboardKind::TlvObjectionDeadline => "Bezwaartermijn TLV-besluit",
            DashboardKind::TlvObjectionDecisionDue => "TLV in bezwaar: besluit op bezwaar",
            DashboardKind::TlvRenewalDue => "Verlenging TLV aanvragen",
            DashboardKind::TlvEnding => "TLV loopt af",
            DashboardKind::EscalationGpoDeadline => {
                "Geschil: termijn Geschillencommissie Passend Onderwijs"
            }
            DashboardKind::EscalationBoardObjectionDeadline => {
                "Geschil: bezwaartermijn toelating of verwijdering"
            }
            DashboardKind::EscalationConsultantAvailable => "Geschil: onderwijsconsulent mogelijk",
            DashboardKind::StepWaiting => "Stap staat te lang open",
            DashboardKind::StepDue => "Wachttijd van een stap loopt af",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DashboardItem {
    pub kind: DashboardKind,
    /// The casus the item is about; `None` for an OPP that belongs to no casus.
    pub case_id: Option<String>,
    pub case_title: Option<String>,
    pub pupil_id: String,
    pub pupil_name: String,
    /// The goal (evaluations) or none (waiting steps).
    pub record_id: Option<String>,
    /// The goal's description, for evaluations.
    pub subject: Option<String>,
    pub step: Option<StepKey>,
    /// The evaluation date as planned, or the date the step became current (ISO).
    pub date: String,
    /// The day the item is due (ISO): the evaluation date (in school weeks: the first day after
    /// a holiday it falls in), or the last day the step may stay open.
    pub due_date: String,
    /// Days overdue / days left / days waiting (as the screen shows them).
    pub days: i32,
    /// Counted days after `due_date`; 0 when not (yet) late.
    pub days_late: i32,
    /// The rule the item rests on, including how its weeks were counted.
    pub rule: String,
    /// Where the rule comes from ("Ibis-ontwerp, sjabloon ‘Landelijk’ versie 1", later a law).
    pub source: String,
}

/// An item as Vandaag shows it: the item of its part of Ibis, with the group it falls in and the
/// pupil's school (for the filter). Grouped here, in one place, so every part's items group alike.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DashboardEntry {
    #[serde(flatten)]
    pub item: DashboardItem,
    pub horizon: Horizon,
    /// Why the item is in its group when that does not follow from a date.
    pub horizon_note: Option<String>,
    /// The kind in Dutch ([`DashboardKind::dutch`]), as the CLI and the agenda file name it.
    pub kind_label: String,
    /// The pupil's school, as entered with the pupil.
    pub school: String,
}

/// An entry reads as its item (`entry.kind`, `entry.due_date`): the group and school are
/// additions to it, on the wire (flattened) as in Rust.
impl std::ops::Deref for DashboardEntry {
    type Target = DashboardItem;

    fn deref(&self) -> &DashboardItem {
        &self.item
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StepCount {
    pub step: StepKey,
    pub count: i32,
}

/// How the dashboard counted weeks, so the screen can say exactly that.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum WeekCounting {
    /// The template counts calendar weeks everywhere.
    Calendar,
    /// The template counts school weeks, and holidays of this schooljaar are entered.
    SchoolWeeks,
    /// The template counts school weeks, but no holiday of this schooljaar is entered: in
    /// effect calendar weeks.
    SchoolWeeksWithoutHolidays,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Dashboard {
    pub today: String,
    /// Te laat, then deze week, then binnenkort; within a group by due date, then kind.
    pub items: Vec<DashboardEntry>,
    /// Open casussen by their current step.
    pub open_per_step: Vec<StepCount>,
    pub open_cases: i32,
    pub week_counting: WeekCounting,
    /// The last day coming deadlines are collected for (ISO): *binnenkort* runs up to it.
    pub horizon_end: String,
}

/// One dashboard item as `ibis-cli today --json` prints it: ids, dates and rules, and the pupil's
/// name only when the administrator asks for it (`--names`), so the output can go into a
/// ticket or a log without pupil data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TodayItem {
    pub kind: DashboardKind,
    pub pupil_id: String,
    pub case_id: Option<String>,
    /// The goal, for evaluations.
    pub record_id: Option<String>,
    pub step: Option<StepKey>,
    pub due_date: String,
    pub days_late: i32,
    /// Te laat, deze week or binnenkort.
    pub horizon: Horizon,
    /// Why the item is in its group, when that does not follow from its date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub horizon_note: Option<String>,
    pub rule: String,
    pub source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pupil_name: Option<String>,
}

/// The dashboard's items for the CLI (see [`TodayItem`]), in dashboard order.
pub fn today_items(dashboard: &Dashboard, include_names: bool) -> Vec<TodayItem> {
    dashboard
        .items
        .iter()
        .map(|entry| (&entry.item, entry))
        .map(|(item, entry)| TodayItem {
            kind: item.kind,
            pupil_id: item.pupil_id.clone(),
            case_id: item.case_id.clone(),
            record_id: item.record_id.clone(),
            step: item.step,
            due_date: item.due_date.clone(),
            days_late: item.days_late,
            horizon: entry.horizon,
            horizon_note: entry.horizon_note.clone(),
            rule: item.rule.clone(),
            source: item.source.clone(),
            pupil_name: include_names.then(|| item.pupil_name.clone()),
        })
        .collect()
}

/// The app's answer to "Termijnen in je agenda": `saved` is `None` when the user cancelled the
/// save dialog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CalendarExport {
    pub saved: Option<CalendarFile>,
}

/// A written agenda file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CalendarFile {
    /// File name only.
    pub file_name: String,
    /// How many deadlines it holds.
    pub events: u32,
}

/// The proposed name of the agenda file ("ibis-termijnen-2026-12-01.ics").
pub fn calendar_file_name(clock: &dyn Clock) -> String {
    format!("ibis-termijnen-{}.ics", dates::to_iso(clock.today()))
}

/// Writes the coming deadlines (due today or later) as an iCalendar file to `out`, through a
/// temporary file in that folder; pupils appear by their initials only. Returns how many
/// deadlines it holds.
pub fn write_calendar(
    store: &Store,
    clock: &dyn Clock,
    template: &Template,
    out: &std::path::Path,
) -> Result<usize> {
    let board = get(store, clock, template)?;
    let today = clock.today();
    let mut initials = BTreeMap::new();
    store.read(|conn| {
        for DashboardEntry { item, .. } in &board.items {
            if !initials.contains_key(&item.pupil_id) {
                let pupil = pupils::get(conn, &item.pupil_id)?;
                let surname = crate::domain::names::surname(
                    pupil.surname_prefix.as_deref(),
                    &pupil.last_name,
                );
                initials.insert(
                    item.pupil_id.clone(),
                    crate::export::case_overview::initials(&pupil.first_name, &surname),
                );
            }
        }
        Ok(())
    })?;
    let items: Vec<DashboardItem> = board.items.into_iter().map(|entry| entry.item).collect();
    let text = calendar::ics(&items, &initials, today, clock.now());
    crate::files::write_atomically(out, text.as_bytes())?;
    Ok(text.matches("BEGIN:VEVENT").count())
}

/// Builds the dashboard as of the clock's today (the CLI passes a clock set to `--on`).
/// `template` is the active one (hoorrecht, OPP, TLV); a casus's step waiting times and
/// evaluation dates follow the casus's own template.
pub fn get(store: &Store, clock: &dyn Clock, template: &Template) -> Result<Dashboard> {
    let today = clock.today();
    let until = horizon::horizon_end(today);
    let escalation_ladders = super::escalation::ladders(store, None)?;
    let source_of = |template: &Template| {
        format!(
            "{SOURCE_IBIS_DESIGN}, sjabloon ‘{}’ versie {}",
            template.name, template.version
        )
    };
    let template_source = source_of(template);
    let mut case_templates = TemplateCache::default();
    store.read(|conn| {
        let holidays = super::holidays::calendar(conn)?;
        let open: Vec<CaseSummary> = cases::list(conn, None)?
            .into_iter()
            .filter(|c| c.status == crate::domain::case::CaseStatus::Open)
            .collect();
        let mut names = BTreeMap::new();
        let mut items = Vec::new();
        let mut per_step: BTreeMap<StepKey, i32> = BTreeMap::new();
        for case in &open {
            let pupil = pupils::get(conn, &case.pupil_id)?;
            names.insert(case.id.clone(), (pupil.full_name.clone(), case.clone()));
            let Some(cycle) = cycles::for_case(conn, &case.id)?.pop() else {
                continue;
            };
            if cycle.finished_on.is_some() {
                continue;
            }
            let steps = cycles::steps(conn, &cycle.id)?;
            let states: Vec<_> = steps.iter().map(|s| (s.step, s.state)).collect();
            let Some(current) = stepplan::current_step(&states) else {
                continue;
            };
            *per_step.entry(current).or_default() += 1;
            let since = steps
                .iter()
                .find(|s| s.step == current)
                .and_then(|s| s.current_since.clone())
                .unwrap_or(cycle.started_on.clone());
            let Ok(since_date) = dates::parse_iso("currentSince", &since) else {
                continue;
            };
            let case_template =
                case_templates.get(conn, &case.template_id, case.template_version)?;
            let step = case_template.step(current);
            let counting = step.waiting_counts;
            let waiting =
                deadlines::step_waiting(since_date, today, step.waiting_weeks, counting, &holidays);
            let (kind, due, days, days_late, rule) = match waiting {
                Some(waiting) => (
                    DashboardKind::StepWaiting,
                    waiting.due,
                    waiting.days_waited,
                    waiting.days_late,
                    format!(
                        "Stap ‘{}’ staat langer open dan {} weken ({})",
                        step.label,
                        step.waiting_weeks,
                        counting.dutch(&holidays)
                    ),
                ),
                None => {
                    let due =
                        deadlines::add_weeks(since_date, step.waiting_weeks, counting, &holidays);
                    if due > until {
                        continue;
                    }
                    (
                        DashboardKind::StepDue,
                        due,
                        (due - today).num_days(),
                        0,
                        format!(
                            "Stap ‘{}’ mag {} weken openstaan ({})",
                            step.label,
                            step.waiting_weeks,
                            counting.dutch(&holidays)
                        ),
                    )
                }
            };
            let (name, case) = &names[&case.id];
            items.push(DashboardItem {
                kind,
                case_id: Some(case.id.clone()),
                case_title: Some(case.title.clone()),
                pupil_id: case.pupil_id.clone(),
                pupil_name: name.clone(),
                record_id: None,
                subject: None,
                step: Some(current),
                date: since,
                due_date: dates::to_iso(due),
                days: clamp(days),
                days_late: clamp(days_late),
                rule,
                source: source_of(case_template),
            });
        }
        let evaluated: BTreeSet<String> = records::open_evaluations(conn)?
            .into_iter()
            .filter_map(|r| r.data.into_evaluation())
            .flat_map(|e| e.results.into_iter().map(|g| g.goal_id))
            .collect();
        for goal in records::open_goals(conn)? {
            let Some(data) = goal.data.as_goal() else {
                continue;
            };
            let Some(date) = &data.evaluation_date else {
                continue;
            };
            let Some((name, case)) = names.get(&goal.case_id) else {
                continue;
            };
            if evaluated.contains(&goal.id) {
                continue;
            }
            let Ok(due_date) = dates::parse_iso("evaluationDate", date) else {
                continue;
            };
            let case_template =
                case_templates.get(conn, &case.template_id, case.template_version)?;
            let counting = case_template.evaluation_counts;
            let (kind, due, days, days_late) =
                match deadlines::evaluation_due(due_date, today, counting, &holidays) {
                    Some(EvaluationDue::Overdue { due, days }) => {
                        (DashboardKind::EvaluationOverdue, due, days, days)
                    }
                    Some(EvaluationDue::ThisWeek { due, days_left }) => {
                        (DashboardKind::EvaluationDueThisWeek, due, days_left, 0)
                    }
                    None => {
                        let due = deadlines::first_counted_day(due_date, counting, &holidays);
                        if due > until {
                            continue;
                        }
                        (
                            DashboardKind::EvaluationPlanned,
                            due,
                            (due - today).num_days(),
                            0,
                        )
                    }
                };
            items.push(DashboardItem {
                kind,
                case_id: Some(case.id.clone()),
                case_title: Some(case.title.clone()),
                pupil_id: case.pupil_id.clone(),
                pupil_name: name.clone(),
                record_id: Some(goal.id.clone()),
                subject: Some(data.description.clone()),
                step: Some(StepKey::Evalueren),
                date: date.clone(),
                due_date: dates::to_iso(due),
                days: clamp(days),
                days_late: clamp(days_late),
                rule: format!(
                    "Evaluatiedatum van het doel, vastgelegd in stap ‘Plannen’ ({})",
                    counting.dutch(&holidays)
                ),
                source: source_of(case_template),
            });
        }
        items.extend(goal_items::missing_evaluation_dates(
            conn,
            &names,
            today,
            &template_source,
        )?);
        items.extend(hearing_items::items(conn, &open, &names, today, template)?);
        items.extend(opp_items::items(conn, &open, today, until, template)?);
        items.extend(enrolment_items::items(conn, today, until)?);
        items.extend(absence_items::items(conn, today, until)?);
        items.extend(tlv_items::items(conn, today, until, template)?);
        items.extend(escalation_items::items(
            conn,
            &escalation_ladders,
            today,
            until,
        )?);
        let items = entries(conn, items, today)?;
        let week_counting = week_counting(template, &holidays, today);
        Ok(Dashboard {
            today: dates::to_iso(today),
            items,
            open_per_step: StepKey::ALL
                .iter()
                .map(|k| StepCount {
                    step: *k,
                    count: per_step.get(k).copied().unwrap_or(0),
                })
                .collect(),
            open_cases: clamp(open.len() as i64),
            week_counting,
            horizon_end: dates::to_iso(until),
        })
    })
}

/// Groups the items (see [`horizon`]) and adds each pupil's school; most urgent group first,
/// within a group by due date, then kind.
fn entries(
    conn: &rusqlite::Connection,
    items: Vec<DashboardItem>,
    today: Date,
) -> Result<Vec<DashboardEntry>> {
    let mut schools: BTreeMap<String, String> = BTreeMap::new();
    let mut entries = Vec::with_capacity(items.len());
    for item in items {
        let school = match schools.get(&item.pupil_id) {
            Some(school) => school.clone(),
            None => {
                let school = pupils::get(conn, &item.pupil_id)?.school;
                schools.insert(item.pupil_id.clone(), school.clone());
                school
            }
        };
        let due = dates::parse_iso("dueDate", &item.due_date).ok();
        let (horizon, note) = horizon::of_item(item.kind, due, today);
        entries.push(DashboardEntry {
            kind_label: item.kind.dutch().to_owned(),
            school,
            horizon,
            horizon_note: note.map(str::to_owned),
            item,
        });
    }
    entries.sort_by(|a, b| {
        a.horizon
            .cmp(&b.horizon)
            .then(a.item.due_date.cmp(&b.item.due_date))
            .then(a.item.kind.cmp(&b.item.kind))
    });
    Ok(entries)
}

fn week_counting(template: &Template, holidays: &HolidayCalendar, today: Date) -> WeekCounting {
    let school_weeks = template.evaluation_counts == WeekCount::SchoolWeeks
        || template
            .steps
            .iter()
            .any(|s| s.waiting_counts == WeekCount::SchoolWeeks);
    if !school_weeks {
        WeekCounting::Calendar
    } else if holidays.covers(SchoolYear::containing(today)) {
        WeekCounting::SchoolWeeks
    } else {
        WeekCounting::SchoolWeeksWithoutHolidays
    }
}

fn clamp(value: i64) -> i32 {
    i32::try_from(value).unwrap_or(i32::MAX)
}
