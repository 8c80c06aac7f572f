//! `ibis-cli opp show|diff`: the pupil's OPP for an administrator — versions with their status and
//! reason, the state of OOGO and instemming per version, the ROD dates and the open termijnen
//! with their legal source; `opp diff`: what changed per section between two versions. `--json`
//! gives the answer as the app has it (`PupilOpp`, `OppDiff`).

use crate::args::OppCommand;
use crate::exit::Failure;
use crate::run::print_json;
use ibis_core::clock::Clock;
use ibis_core::domain::dates;
use ibis_core::domain::opp::VersionStatus;
use ibis_core::domain::opp::diff::LineChange;
use ibis_core::store::Store;
use ibis_core::template::Template;
use ibis_core::usecases::IdRequest;
use ibis_core::usecases::opp::{self, OppDeadlineKind, OppDiffRequest, OppView};

pub fn run(
    store: &Store,
    clock: &dyn Clock,
    template: &Template,
    command: OppCommand,
) -> Result<(), Failure> {
    match command {
        OppCommand::Show(args) => {
            let page = opp::get(store, clock, template, IdRequest { id: args.pupil })?;
            if args.json {
                return print_json(&page);
            }
            match &page.opp {
                None => println!("Geen lopend OPP."),
                Some(running) => print_opp(running),
            }
            if !page.ended.is_empty() {
                println!("beëindigde OPP's: {}", page.ended.len());
            }
            Ok(())
        }
        OppCommand::Diff(args) => {
            let page = opp::get(store, clock, template, IdRequest { id: args.pupil })?;
            let Some(running) = page.opp else {
                return Err(ibis_core::Error::NotFound {
                    entity: ibis_core::domain::entity::Entity::Opp,
                }
                .into());
            };
            let diff = opp::diff(
                store,
                template,
                OppDiffRequest {
                    opp_id: running.id,
                    from: args.from,
                    to: args.to,
                },
            )?;
            if args.json {
                return print_json(&diff);
            }
            if diff.sections.is_empty() {
                println!(
                    "Geen wijzigingen tussen versie {} en {}.",
                    diff.from, diff.to
                );
            }
            for section in &diff.sections {
                println!("{}", section.title);
                for line in &section.lines {
                    let mark = match line.change {
                        LineChange::Added => "+ nieuw:    ",
                        LineChange::Removed => "- vervallen:",
                    };
                    println!("  {mark} {}", line.text);
                }
            }
            Ok(())
        }
    }
}

fn print_opp(opp: &OppView) {
    println!(
        "OPP {}: termijn gestart op {} ({})",
        opp.id,
        dutch(&opp.clock_start),
        opp.clock_basis.dutch()
    );
    println!(
        "ROD: begindatum {}, einddatum {}",
        opp.rod_begin
            .as_deref()
            .map_or("nog niet vastgesteld".into(), dutch),
        opp.rod_end
            .as_deref()
            .map_or("nog niet bekend".into(), dutch)
    );
    for version in &opp.versions {
        let status = match (version.status, &version.established_on) {
            (VersionStatus::Established, Some(on)) => {
                format!("vastgesteld op {} ({})", dutch(on), version.reason.dutch())
            }
            _ => "concept".to_owned(),
        };
        println!("  versie {}: {status}", version.number);
        let oogo = version
            .consultation
            .as_ref()
            .map_or("nog niet besproken".to_owned(), |c| {
                format!("besproken met ouders op {}", dutch(&c.held_on))
            });
        println!("    perspectiefdeel (OOGO): {oogo}");
        println!(
            "    handelingsdeel (instemming): {}",
            version.consent.status.dutch()
        );
        if let Some(reason) = &version.hearing_gap_reason {
            println!("    geen hoorgesprek voor dit moment, reden: {reason}");
        }
    }
    for deadline in &opp.deadlines {
        let what = match deadline.kind {
            OppDeadlineKind::Establish => "vaststellen",
            OppDeadlineKind::Evaluation => "evalueren met de ouders",
            OppDeadlineKind::Consent => "instemming vastleggen",
        };
        let late = if deadline.overdue { " (te laat)" } else { "" };
        println!(
            "termijn {what}: uiterlijk {}{late}\n  Regel: {}\n  Bron: {}",
            dutch(&deadline.due_date),
            deadline.rule,
            deadline.source
        );
    }
}

fn dutch(iso: &str) -> String {
    dates::parse_iso("date", iso)
        .map(dates::to_dutch)
        .unwrap_or_else(|_| iso.to_owned())
}
