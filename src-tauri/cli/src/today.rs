//! `ibis-cli today [--on jjjj-mm-dd] [--names] [--json] [--ics FILE]`: the Vandaag list as of a
//! day (or its coming deadlines as an agenda file), for an
//! administrator who checks deadlines without the app (or scripts them). The JSON holds ids,
//! dates, rules and sources, and pupil names only with `--names`, so it can be pasted into a
//! ticket without pupil data. Later features add their deadline kinds to the same list.

use crate::args::TodayArgs;
use crate::exit::{Failure, INVALID};
use chrono::NaiveDate as Date;
use ibis_core::clock::{Clock, FixedClock};
use ibis_core::domain::dates;
use ibis_core::store::Store;
use ibis_core::usecases::dashboard::{
    self, Dashboard, DashboardKind, Horizon, TodayItem, WeekCounting,
};
use serde::Serialize;

/// What `--json` prints.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct TodayOutput {
    /// The day the list is for (ISO).
    on: String,
    week_counting: WeekCounting,
    items: Vec<TodayItem>,
}

/// The day of the list: `--on`, or the real today. Checked before the vault is opened, so a
/// typing error touches nothing.
pub fn day(args: &TodayArgs, real_clock: &dyn Clock) -> Result<Date, Failure> {
    match &args.on {
        Some(text) => dates::parse_iso("on", text).map_err(|_| Failure {
            code: INVALID,
            message: "ibis-cli: --on moet een bestaande datum zijn, geschreven als jjjj-mm-dd."
                .into(),
        }),
        None => Ok(real_clock.today()),
    }
}

/// The list as of `on`. The vault is opened with the real clock; only the dashboard sees the
/// chosen day.
pub fn run(store: &Store, on: Date, args: &TodayArgs) -> Result<String, Failure> {
    let clock = FixedClock::new(on.and_time(chrono::NaiveTime::MIN).and_utc());
    let template = ibis_core::usecases::templates::active(store)?;
    if let Some(out) = &args.ics {
        let events = dashboard::write_calendar(store, &clock, &template, out)?;
        return Ok(format!(
            "Agendabestand opgeslagen: {} ({events} termijnen). Leerlingen staan er alleen met \
             hun initialen in.",
            out.display()
        ));
    }
    let board = dashboard::get(store, &clock, &template)?;
    let items = dashboard::today_items(&board, args.names);
    if args.json {
        let output = TodayOutput {
            on: board.today.clone(),
            week_counting: board.week_counting,
            items,
        };
        return serde_json::to_string_pretty(&output).map_err(|e| Failure {
            code: crate::exit::OTHER,
            message: format!("ibis-cli: JSON: {e}"),
        });
    }
    Ok(readable(&board, &items))
}

fn readable(board: &Dashboard, items: &[TodayItem]) -> String {
    let mut out = String::new();
    let on = dates::parse_iso("today", &board.today)
        .map(dates::to_dutch)
        .unwrap_or_else(|_| board.today.clone());
    out.push_str(&format!("Vandaag ({on}): {}\n", count_text(items.len())));
    let until = dates::parse_iso("horizonEnd", &board.horizon_end)
        .map(dates::to_dutch)
        .unwrap_or_else(|_| board.horizon_end.clone());
    for group in [Horizon::Overdue, Horizon::ThisWeek, Horizon::Soon] {
        let in_group: Vec<&TodayItem> = items.iter().filter(|i| i.horizon == group).collect();
        let heading = match group {
            Horizon::Soon => format!("{} (tot en met {until})", group.dutch()),
            Horizon::Overdue | Horizon::ThisWeek => group.dutch().to_owned(),
        };
        out.push_str(&format!(
            "\n== {heading}: {} ==\n",
            count_text(in_group.len())
        ));
        for item in in_group {
            out.push_str(&item_text(item));
        }
    }
    out.push_str(&format!("\n{}\n", counting_text(board.week_counting)));
    out
}

fn item_text(item: &TodayItem) -> String {
    let due = dates::parse_iso("due", &item.due_date)
        .map(dates::to_dutch)
        .unwrap_or_else(|_| item.due_date.clone());
    let late = match item.days_late {
        0 => String::new(),
        1 => ", 1 dag te laat".into(),
        days => format!(", {days} dagen te laat"),
    };
    let who = item
        .pupil_name
        .clone()
        .unwrap_or_else(|| format!("leerling {}", item.pupil_id));
    // A hearing is needed from a day on (not by a last day), so it says since when.
    let when = match item.kind {
        DashboardKind::HearingDue => format!("nodig sinds {due}"),
        // Tijdelijke plaatsing is a fact since the day after the ten weeks.
        DashboardKind::EnrolmentTemporaryPlacement => {
            format!("geen besluit binnen tien weken (tot en met {due})")
        }
        DashboardKind::EnrolmentDecisionDue => format!("besluit uiterlijk {due}"),
        // Verzuim: the report's last day; thuiszitten: listed from the day after `due`.
        DashboardKind::AbsenceReportDue => {
            format!("melden bij DUO-verzuimregister uiterlijk {due}")
        }
        DashboardKind::HomeStay => format!("vier weken thuis op {due}"),
        DashboardKind::HomeStayLong => format!("drie maanden thuis op {due}"),
        DashboardKind::EvaluationPlanned => format!("evaluatie op {due}"),
        DashboardKind::StepDue => format!("wachttijd loopt af op {due}"),
        DashboardKind::TlvObjectionDeadline => format!("bezwaar mogelijk tot en met {due}"),
        DashboardKind::TlvObjectionDecisionDue => format!("besluit op bezwaar uiterlijk {due}"),
        DashboardKind::TlvRenewalDue => format!("verlenging aanvragen uiterlijk {due}"),
        DashboardKind::TlvEnding => format!("TLV eindigt op {due}"),
        DashboardKind::EscalationGpoDeadline => {
            format!("verzoek aan de Geschillencommissie Passend Onderwijs tot en met {due}")
        }
        DashboardKind::EscalationBoardObjectionDeadline => {
            format!("bezwaar bij het schoolbestuur mogelijk tot en met {due}")
        }
        DashboardKind::EscalationConsultantAvailable => {
            format!("onderwijsconsulent mogelijk sinds {due}")
        }
        DashboardKind::EvaluationOverdue
        | DashboardKind::EvaluationDueThisWeek
        | DashboardKind::EvaluationDateMissing
        | DashboardKind::OppNotEstablished
        | DashboardKind::OppEstablishDue
        | DashboardKind::OppConsentOpen
        | DashboardKind::OppConsentDue
        | DashboardKind::OppEvaluationDue
        | DashboardKind::StepWaiting => format!("uiterlijk {due}"),
    };
    let about = match &item.case_id {
        Some(case_id) => format!("casus {case_id}"),
        None => "geen casus".to_owned(),
    };
    let why_here = item
        .horizon_note
        .as_ref()
        .map(|note| format!("  Waarom hier: {note}\n"))
        .unwrap_or_default();
    format!(
        "\n{}: {when}{late}\n  {who}, {about}\n  Regel: {}\n  Bron: {}\n{why_here}",
        item.kind.dutch(),
        item.rule,
        item.source
    )
}

fn count_text(count: usize) -> String {
    match count {
        0 => "niets dat aandacht vraagt".into(),
        1 => "1 punt".into(),
        n => format!("{n} punten"),
    }
}

fn counting_text(counting: WeekCounting) -> &'static str {
    match counting {
        WeekCounting::Calendar => "Weken zijn kalenderweken.",
        WeekCounting::SchoolWeeks => {
            "Wachttijden en evaluatiedata tellen in schoolweken: de ingevoerde schoolvakanties \
             tellen niet mee. Wettelijke termijnen tellen in kalenderweken."
        }
        WeekCounting::SchoolWeeksWithoutHolidays => {
            "Voor dit schooljaar zijn geen schoolvakanties ingevoerd: Ibis telt daarom in \
             kalenderweken, vakanties tellen mee."
        }
    }
}
