//! `ibis-cli tlv show|decide`: a pupil's TLVs with the aanvraag, the checklist and what is
//! missing, the decision and the termijnen (bezwaar, verlenging, einddatum), and recording the
//! SWV's decision. A beschikkingsnummer of the wrong shape exits 6 with the rule in Dutch.

use crate::args::TlvCommand;
use crate::exit::Failure;
use crate::run::print_json;
use ibis_core::clock::Clock;
use ibis_core::domain::dates;
use ibis_core::domain::tlv::{TlvCategory, TlvDecision, TlvOutcome};
use ibis_core::store::Store;
use ibis_core::template::Template;
use ibis_core::usecases::IdRequest;
use ibis_core::usecases::tlv::{self, DecideTlvRequest, TlvView};

pub fn run(
    store: &mut Store,
    clock: &dyn Clock,
    template: &Template,
    command: TlvCommand,
) -> Result<(), Failure> {
    match command {
        TlvCommand::Show(args) => {
            let page = tlv::list(store, clock, template, IdRequest { id: args.pupil })?;
            if args.json {
                return print_json(&page);
            }
            println!("TLV's: {}", page.tlvs.len());
            for view in &page.tlvs {
                print_view(view);
            }
            Ok(())
        }
        TlvCommand::Decide(args) => {
            let outcome = match args.outcome.as_str() {
                "toegekend" => TlvOutcome::Toegekend,
                "afgewezen" => TlvOutcome::Afgewezen,
                other => {
                    return Err(Failure::usage(format!(
                        "ibis-cli: --outcome ‘{other}’: kies toegekend of afgewezen"
                    )));
                }
            };
            let category = match args.category.as_deref() {
                None => None,
                Some("laag") => Some(TlvCategory::Laag),
                Some("midden") => Some(TlvCategory::Midden),
                Some("hoog") => Some(TlvCategory::Hoog),
                Some(other) => {
                    return Err(Failure::usage(format!(
                        "ibis-cli: --category ‘{other}’: kies laag, midden of hoog"
                    )));
                }
            };
            let page = tlv::decide(
                store,
                clock,
                template,
                DecideTlvRequest {
                    id: args.tlv.clone(),
                    decision: TlvDecision {
                        outcome,
                        decided_on: args.on,
                        decision_number: args.number,
                        category,
                        starts_on: args.starts,
                        school_years: args.years,
                        note: None,
                    },
                },
            )?;
            let decided = page.tlvs.into_iter().find(|view| view.id == args.tlv);
            if args.json {
                return print_json(&decided);
            }
            if let Some(view) = decided {
                eprintln!("Besluit vastgelegd: {}.", view.status_label);
                if let Some(end) = &view.deadlines.ends_on {
                    eprintln!("De TLV loopt tot en met {}.", dutch(end));
                }
            }
            Ok(())
        }
    }
}

/// One TLV in a few lines: ids, dates, the checklist's gaps; no pupil data.
fn print_view(view: &TlvView) {
    let request = &view.tlv.request;
    println!(
        "  {}  {}  {}  aanvraag {}",
        view.id,
        request.kind.dutch(),
        view.status_label,
        request
            .applied_on
            .as_deref()
            .map_or_else(|| "nog niet ingediend".to_owned(), dutch)
    );
    if let Some(decision) = &view.tlv.decision {
        println!(
            "    besluit {} op {}, beschikkingsnummer {}",
            decision.outcome.dutch(),
            dutch(&decision.decided_on),
            decision.decision_number
        );
    }
    let deadlines = &view.deadlines;
    for (label, date) in [
        ("loopt tot en met", &deadlines.ends_on),
        ("bezwaar mogelijk tot en met", &deadlines.objection_until),
        (
            "besluit op bezwaar uiterlijk",
            &deadlines.objection_decision_due,
        ),
        ("verlenging aanvragen uiterlijk", &deadlines.renewal_due),
    ] {
        if let Some(date) = date {
            println!("    {label} {}", dutch(date));
        }
    }
    let total = view.checklist.len();
    println!(
        "    checklist: {} van {total} compleet",
        total.saturating_sub(view.missing as usize)
    );
    for line in view.checklist.iter().filter(|l| !l.done) {
        println!(
            "      ontbreekt: {} ({})",
            line.label,
            line.missing.as_deref().unwrap_or("ontbreekt")
        );
    }
    for warning in &view.warnings {
        println!("    let op: {}", warning.text);
    }
}

fn dutch(iso: &str) -> String {
    dates::parse_iso("date", iso).map_or_else(|_| iso.to_owned(), dates::to_dutch)
}
