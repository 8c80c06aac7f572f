//! `ibis-cli absence list --pupil ID`: a pupil's verzuim and thuiszitten for an administrator —
//! the registrations, the rolling total of ongeoorloofde hours in 4 lesweken, a report to DUO
//! that is due (with its last day, rule and source), the reports made and the periods at home.
//! `--json` gives the answer as the app has it (`AbsencePage`).

use crate::args::AbsenceCommand;
use crate::exit::Failure;
use crate::run::print_json;
use ibis_core::clock::Clock;
use ibis_core::domain::dates;
use ibis_core::store::Store;
use ibis_core::usecases::IdRequest;
use ibis_core::usecases::absence::{self, AbsencePage, AtHomeLevel};

pub fn run(store: &Store, clock: &dyn Clock, command: AbsenceCommand) -> Result<(), Failure> {
    match command {
        AbsenceCommand::List(args) => {
            let page = absence::list(store, clock, IdRequest { id: args.pupil })?;
            if args.json {
                return print_json(&page);
            }
            print!("{}", readable(&page));
            Ok(())
        }
    }
}

fn dutch(iso: &str) -> String {
    dates::parse_iso("date", iso)
        .map(dates::to_dutch)
        .unwrap_or_else(|_| iso.to_owned())
}

fn readable(page: &AbsencePage) -> String {
    let mut out = format!(
        "Ongeoorloofd verzuim in de laatste 4 lesweken: {} uur\n",
        page.rolling_hours
    );
    if !page.holidays_entered {
        out.push_str("Geen schoolvakanties ingevoerd: elke week telt als lesweek.\n");
    }
    if let Some(due) = &page.report_due {
        let late = if due.overdue { " (te laat)" } else { "" };
        out.push_str(&format!(
            "Melden bij DUO-verzuimregister uiterlijk {}{late}: {} uur bereikt op {}\n  Regel: {}\n  Bron: {}\n",
            dutch(&due.deadline),
            due.hours,
            dutch(&due.reached_on),
            due.rule,
            due.source
        ));
    }
    for reported in &page.reports {
        out.push_str(&format!("Gemeld bij DUO op {}\n", dutch(reported)));
    }
    if page.absences.is_empty() {
        out.push_str("Geen verzuim geregistreerd.\n");
    }
    for row in &page.absences {
        out.push_str(&format!(
            "{}  {} uur  {}  {}\n",
            dutch(&row.date),
            row.hours,
            row.kind_dutch(),
            row.id
        ));
    }
    for stay in &page.home_stays {
        let level = match stay.level {
            Some(AtHomeLevel::OverFourWeeks) => ", thuiszitter (langer dan vier weken)",
            Some(AtHomeLevel::OverThreeMonths) => ", thuiszitter (langer dan drie maanden)",
            None => "",
        };
        let ended = stay
            .ended_on
            .as_deref()
            .map(|ended| format!(", terug op school {}", dutch(ended)))
            .unwrap_or_default();
        out.push_str(&format!(
            "Thuis sinds {} ({}){ended}{level}  {}\n",
            dutch(&stay.since),
            stay.exemption.dutch(),
            stay.id
        ));
        if let Some(ends_on) = &stay.deviation_ends_on {
            out.push_str(&format!(
                "  Tijdelijke afwijking van de onderwijstijd tot en met {}\n",
                dutch(ends_on)
            ));
        }
    }
    out
}
