//! `ibis-cli template check|import|activate|list`: SWV templates from a file (DOMAIN.md §13).
//! `check` needs no vault; a broken file exits 6 with the Dutch refusal naming the line and the
//! field on stderr. `import` stores the file in the vault (`--activate` also makes it the one
//! new casussen use); existing casussen keep their template. `--json` gives what the app shows.

use crate::args::{TemplateCheckArgs, TemplateCommand};
use crate::exit::Failure;
use crate::run::print_json;
use ibis_core::clock::Clock;
use ibis_core::store::Store;
use ibis_core::usecases::templates::{
    self, ActivateTemplateRequest, ImportedBy, TemplateList, TemplateSummary,
};

/// `template check FILE`: the summary, or the refusal (exit 6).
pub fn check(args: &TemplateCheckArgs) -> Result<(), Failure> {
    let text = templates::read_file(&args.file)?;
    let summary = templates::check(&text)?;
    if args.json {
        return print_json(&summary);
    }
    print!("{}", readable_summary(&summary));
    Ok(())
}

pub fn run(store: &mut Store, clock: &dyn Clock, command: TemplateCommand) -> Result<(), Failure> {
    match command {
        TemplateCommand::Check(args) => check(&args),
        TemplateCommand::Import(args) => {
            let text = templates::read_file(&args.file)?;
            let summary = templates::import(store, clock, &text, ImportedBy::Cli)?;
            if args.activate {
                activate(store, clock, &summary.id, Some(summary.version))?;
            }
            if args.json {
                return print_json(&summary);
            }
            eprintln!(
                "Sjabloon ‘{}’ versie {} staat in de kluis{}.",
                summary.id,
                summary.version,
                if args.activate {
                    " en is actief: nieuwe casussen gebruiken het"
                } else {
                    ""
                }
            );
            Ok(())
        }
        TemplateCommand::Activate(args) => {
            let list = activate(store, clock, &args.id, args.version)?;
            if let Some(active) = list.templates.iter().find(|t| t.active) {
                eprintln!(
                    "Sjabloon ‘{}’ versie {} is actief: nieuwe casussen gebruiken het; \
                     bestaande houden het hunne.",
                    active.summary.id, active.summary.version
                );
            }
            Ok(())
        }
        TemplateCommand::List(args) => {
            let list = templates::list(store)?;
            if args.json {
                return print_json(&list);
            }
            print!("{}", readable_list(&list));
            Ok(())
        }
    }
}

fn activate(
    store: &mut Store,
    clock: &dyn Clock,
    id: &str,
    version: Option<i32>,
) -> Result<TemplateList, Failure> {
    Ok(templates::activate(
        store,
        clock,
        ActivateTemplateRequest {
            id: id.to_owned(),
            version,
        },
    )?)
}

fn readable_summary(summary: &TemplateSummary) -> String {
    format!(
        "Sjabloon ‘{}’ versie {}: {}\nSamenwerkingsverband: {}\nStappen: {}\n\
         Escalatieladder: {}\nTLV-checklist: {}\nContactpunten: {}\n",
        summary.id,
        summary.version,
        summary.name,
        summary.swv_name,
        summary.steps.join(" · "),
        summary.escalation_steps.join(" · "),
        summary.checklist.join(" · "),
        summary.contacts.join(" · "),
    )
}

fn readable_list(list: &TemplateList) -> String {
    let mut out = String::new();
    for item in &list.templates {
        out.push_str(&format!(
            "{}{}  v{}  {}  ({})  {}  casussen: {}\n",
            if item.active { "* " } else { "  " },
            item.summary.id,
            item.summary.version,
            item.summary.name,
            item.summary.swv_name,
            if item.builtin {
                "ingebouwd"
            } else {
                "geïmporteerd"
            },
            item.cases
        ));
    }
    out
}
