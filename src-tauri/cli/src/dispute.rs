//! `ibis-cli dispute list --pupil ID [--json]`: a pupil's geschillen with their escalatieladder
//! (done, skipped, where the case is now) and the running termijnen with rule and source. The
//! text output holds ids, dates and template words only, no pupil data.

use crate::args::DisputeCommand;
use crate::exit::Failure;
use crate::run::print_json;
use ibis_core::clock::Clock;
use ibis_core::domain::dates;
use ibis_core::store::Store;
use ibis_core::usecases::IdRequest;
use ibis_core::usecases::escalation::{self, EscalationView, LadderStepState};

pub fn run(store: &Store, clock: &dyn Clock, command: DisputeCommand) -> Result<(), Failure> {
    match command {
        DisputeCommand::List(args) => {
            let page = escalation::list(store, clock, IdRequest { id: args.pupil })?;
            if args.json {
                return print_json(&page);
            }
            println!("Geschillen: {}", page.disputes.len());
            for view in &page.disputes {
                print_view(view);
            }
            Ok(())
        }
    }
}

/// One geschil in a few lines.
fn print_view(view: &EscalationView) {
    let data = &view.escalation;
    println!(
        "  {}  over {}  geopend {}  {}",
        view.id,
        view.subject_label,
        dutch(&data.opened_on),
        view.status_label
    );
    if let Some(decision) = &data.decision_on {
        println!("    besluit van {}", dutch(decision));
    }
    for step in &view.ladder {
        let state = match (step.current, step.state) {
            (true, _) => "hier staat het nu",
            (false, LadderStepState::Done) => "gedaan",
            (false, LadderStepState::Skipped) => "overgeslagen",
            (false, LadderStepState::Open) => "nog niet",
        };
        println!("    [{state}] {}", step.label);
    }
    for clock in &view.clocks {
        let date = clock
            .date
            .as_deref()
            .map_or_else(|| "datum van het besluit ontbreekt".to_owned(), dutch);
        let running = if clock.running { "loopt" } else { "loopt niet" };
        println!("    {} {date} ({running})", clock.label);
        println!("      regel: {}", clock.rule);
        println!("      bron: {}", clock.source);
    }
}

fn dutch(iso: &str) -> String {
    dates::parse_iso("date", iso).map_or_else(|_| iso.to_owned(), dates::to_dutch)
}
