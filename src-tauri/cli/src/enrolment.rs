//! `ibis-cli enrolment list|extend`: every aanmelding with its beslistermijn (six weeks, the
//! extension, tijdelijke plaatsing after ten weeks), and extending a termijn. A refused extension
//! (a second one, more than four weeks) exits 6 with the legal rule in Dutch.

use crate::args::EnrolmentCommand;
use crate::exit::Failure;
use crate::run::print_json;
use ibis_core::clock::Clock;
use ibis_core::domain::dates;
use ibis_core::domain::enrolment::{EnrolmentExtension, EnrolmentStatus};
use ibis_core::store::Store;
use ibis_core::usecases::enrolments::{self, EnrolmentView, ExtendEnrolmentRequest};

pub fn run(store: &mut Store, clock: &dyn Clock, command: EnrolmentCommand) -> Result<(), Failure> {
    match command {
        EnrolmentCommand::List(args) => {
            let all = enrolments::list_all(store, clock)?;
            if args.json {
                return print_json(&all);
            }
            println!("aanmeldingen: {}", all.len());
            for view in &all {
                println!("{}", line(view));
            }
            Ok(())
        }
        EnrolmentCommand::Extend(args) => {
            let page = enrolments::extend(
                store,
                clock,
                ExtendEnrolmentRequest {
                    id: args.enrolment.clone(),
                    extension: EnrolmentExtension {
                        extended_on: args.on,
                        reason: args.reason,
                        new_decision_date: args.new_date,
                    },
                },
            )?;
            let extended = page
                .enrolments
                .into_iter()
                .find(|view| view.id == args.enrolment);
            if args.json {
                return print_json(&extended);
            }
            if let Some(view) = extended {
                eprintln!(
                    "Beslistermijn verlengd tot {}.",
                    dutch(&view.deadlines.decision_due)
                );
            }
            Ok(())
        }
    }
}

/// One aanmelding as a line: ids and dates only, no pupil data.
fn line(view: &EnrolmentView) -> String {
    let state = match view.status {
        EnrolmentStatus::Open if view.deadlines.temporarily_placed => format!(
            "tijdelijk geplaatst sinds {}",
            dutch(&view.deadlines.temporary_placement_from)
        ),
        EnrolmentStatus::Open if view.deadlines.overdue => format!(
            "besluit te laat (uiterlijk {})",
            dutch(&view.deadlines.decision_due)
        ),
        EnrolmentStatus::Open => {
            format!("besluit uiterlijk {}", dutch(&view.deadlines.decision_due))
        }
        EnrolmentStatus::Toegelaten | EnrolmentStatus::Afgewezen => format!(
            "{} op {}",
            view.status.as_str(),
            view.enrolment
                .decision
                .as_ref()
                .map_or_else(String::new, |d| dutch(&d.decided_on))
        ),
    };
    let extended = if view.enrolment.extension.is_some() {
        "  (verlengd)"
    } else {
        ""
    };
    format!(
        "  {}  leerling {}  ontvangen {}  {state}{extended}",
        view.id,
        view.pupil_id,
        dutch(&view.enrolment.details.received_on)
    )
}

fn dutch(iso: &str) -> String {
    dates::parse_iso("date", iso).map_or_else(|_| iso.to_owned(), dates::to_dutch)
}
