//! One function per subcommand; each unlocks the vault and calls a use case.

use crate::args::{
    CaseCommand, Cli, Command, ExportCommand, OppExportArgs, PupilCommand, TemplateCommand,
    VaultCommand,
};
use crate::exit::Failure;
use crate::secrets;
use ibis_core::clock::Clock;
use ibis_core::domain::pupil::EducationType;
use ibis_core::store::Store;
use ibis_core::usecases::{cases, demo, export, pupils, templates, vault};
use serde::Serialize;
use std::path::{Path, PathBuf};

pub fn run(cli: Cli, clock: &dyn Clock) -> Result<(), Failure> {
    // Checking a template file needs no vault.
    if let Command::Template(TemplateCommand::Check(args)) = &cli.command {
        return crate::template::check(args);
    }
    let dir = cli.vault.ok_or_else(|| {
        Failure::usage(
            "ibis-cli: geef de kluismap met --vault MAP of de omgevingsvariabele IBIS_VAULT.",
        )
    })?;
    match cli.command {
        Command::Vault(VaultCommand::Create(flag)) => create(&dir, clock, flag.json),
        Command::Vault(VaultCommand::Check(flag)) => {
            let store = unlock(&dir, clock)?;
            let mut store = store;
            let report = vault::check(&mut store, &dir)?;
            close(store);
            if flag.json {
                print_json(&report)
            } else {
                println!("integrity_check:         {}", report.integrity_check);
                println!("cipher_integrity_check:  {}", report.cipher_integrity_check);
                println!(
                    "schemaversie:            {} (deze app: {})",
                    report.schema_version, report.app_schema_version
                );
                println!("leerlingen:              {}", report.pupils);
                println!("ouders/verzorgers:       {}", report.guardians);
                println!("casussen:                {}", report.cases);
                println!("auditregels:             {}", report.audit_events);
                match report.audit_chain_broken_at {
                    None => println!("auditketen:              intact"),
                    Some(seq) => println!("auditketen:              VERBROKEN bij regel {seq}"),
                }
                println!(
                    "argon2id:                {} MiB, {} rondes",
                    report.kdf_memory_kib / 1024,
                    report.kdf_iterations
                );
                print_attachment_check(&report.attachments);
                Ok(())
            }
        }
        Command::Vault(VaultCommand::ChangePassphrase) => {
            let mut store = unlock(&dir, clock)?;
            let current = secrets::read("IBIS_PASSPHRASE", "Huidig wachtwoord: ")?;
            let (new, repeat) = secrets::read_new("IBIS_NEW_PASSPHRASE")?;
            let request = vault::ChangePassphraseRequest {
                current_passphrase: current,
                new_passphrase: new,
                new_passphrase_repeat: repeat,
            };
            vault::change_passphrase(&mut store, &dir, clock, &request)?;
            close(store);
            eprintln!(
                "Wachtwoord gewijzigd. Het oude wachtwoord werkt niet meer; de herstelsleutel blijft geldig."
            );
            Ok(())
        }
        Command::Vault(VaultCommand::Recover) => {
            let key = secrets::read("IBIS_RECOVERY_KEY", "Herstelsleutel: ")?;
            let (new, repeat) = secrets::read_new("IBIS_NEW_PASSPHRASE")?;
            let request = vault::RecoverRequest {
                recovery_key: key,
                new_passphrase: new,
                new_passphrase_repeat: repeat,
            };
            let store = vault::recover(&dir, clock, &request)?;
            close(store);
            eprintln!("Nieuw wachtwoord ingesteld met de herstelsleutel.");
            Ok(())
        }
        Command::Pupil(PupilCommand::Add(args)) => {
            let education_type =
                EducationType::parse(&args.education_type).ok_or_else(|| Failure {
                    code: crate::exit::INVALID,
                    message: "ibis-cli: --type moet po, sbo, so, vo, vso of pro zijn.".into(),
                })?;
            let mut store = unlock(&dir, clock)?;
            let detail = pupils::create(
                &mut store,
                clock,
                pupils::PupilInput {
                    first_name: args.first,
                    surname_prefix: args.prefix,
                    last_name: args.last,
                    birth_date: args.birth,
                    education_type,
                    grade: args.grade,
                    school: args.school,
                    contact_person: None,
                    notes: None,
                },
            )?;
            close(store);
            if args.json {
                print_json(&detail.pupil)
            } else {
                println!("{}", detail.pupil.id);
                Ok(())
            }
        }
        Command::Pupil(PupilCommand::List(args)) => {
            let store = unlock(&dir, clock)?;
            let list = pupils::list(
                &store,
                pupils::ListPupilsRequest {
                    query: args.query,
                    include_archived: args.archived,
                    limit: None,
                },
            )?;
            close(store);
            if args.json {
                return print_json(&list.pupils);
            }
            for p in &list.pupils {
                println!(
                    "{}  {}  {}  {} {}  open casussen: {}",
                    p.id,
                    p.list_name,
                    p.birth_date,
                    p.education_type.as_str(),
                    p.grade,
                    p.open_cases
                );
            }
            Ok(())
        }
        Command::Case(CaseCommand::Open(args)) => {
            let mut store = unlock(&dir, clock)?;
            let detail = cases::open(
                &mut store,
                clock,
                cases::OpenCaseRequest {
                    pupil_id: args.pupil,
                    title: args.title,
                    start_date: args.start,
                    template_id: None,
                },
            )?;
            close(store);
            if args.json {
                print_json(&detail.case)
            } else {
                println!("{}", detail.case.id);
                Ok(())
            }
        }
        Command::Case(CaseCommand::List(args)) => {
            let store = unlock(&dir, clock)?;
            let list = cases::list(
                &store,
                cases::ListCasesRequest {
                    pupil_id: args.pupil,
                },
            )?;
            close(store);
            if args.json {
                return print_json(&list.cases);
            }
            for c in &list.cases {
                println!(
                    "{}  {}  {}  {}  {}",
                    c.id,
                    c.pupil_id,
                    c.start_date,
                    c.status.as_str(),
                    c.title
                );
            }
            Ok(())
        }
        Command::Case(CaseCommand::Show(args)) => {
            let store = unlock(&dir, clock)?;
            let result = cases::get(&store, ibis_core::usecases::IdRequest { id: args.case })
                .and_then(|detail| {
                    let template = templates::for_case_id(&store, &detail.case.id)?;
                    Ok((detail, template))
                });
            close(store);
            let (detail, template) = result?;
            if args.json {
                return print_json(&detail);
            }
            print_case(&detail, &template);
            Ok(())
        }
        Command::Hearing(command) => {
            let store = unlock(&dir, clock)?;
            let template = templates::active(&store)?;
            let result = crate::hearing::run(&store, clock, &template, command);
            close(store);
            result
        }
        Command::Tlv(command) => {
            let mut store = unlock(&dir, clock)?;
            let template = templates::active(&store)?;
            let result = crate::tlv::run(&mut store, clock, &template, command);
            close(store);
            result
        }
        Command::Dispute(command) => {
            let store = unlock(&dir, clock)?;
            let result = crate::dispute::run(&store, clock, command);
            close(store);
            result
        }
        Command::Enrolment(command) => {
            let mut store = unlock(&dir, clock)?;
            let result = crate::enrolment::run(&mut store, clock, command);
            close(store);
            result
        }
        Command::Attachment(command) => {
            let mut store = unlock(&dir, clock)?;
            let result = crate::attachment::run(&mut store, clock, command);
            close(store);
            result
        }
        Command::Absence(command) => {
            let store = unlock(&dir, clock)?;
            let result = crate::absence::run(&store, clock, command);
            close(store);
            result
        }
        Command::Opp(command) => {
            let store = unlock(&dir, clock)?;
            let template = templates::active(&store)?;
            let result = crate::opp::run(&store, clock, &template, command);
            close(store);
            result
        }
        Command::Export(ExportCommand::CaseSummary(args)) => {
            let mut store = unlock(&dir, clock)?;
            let template = templates::for_case_id(&store, &args.case)?;
            let file = export::case_summary(&mut store, clock, &template, &args.case, &args.out)?;
            close(store);
            if args.json {
                print_json(&file)
            } else {
                eprintln!(
                    "Casusoverzicht opgeslagen: {} ({} pagina's). Let op: de PDF is niet versleuteld.",
                    args.out.display(),
                    file.pages
                );
                Ok(())
            }
        }
        Command::Export(ExportCommand::HearingSummary(args)) => {
            let mut store = unlock(&dir, clock)?;
            let file = export::hearing_summary(&mut store, clock, &args.hearing, &args.out)?;
            close(store);
            if args.json {
                print_json(&file)
            } else {
                eprintln!(
                    "‘Wat jij hebt verteld’ opgeslagen: {} ({} pagina's). Let op: de PDF is niet versleuteld.",
                    args.out.display(),
                    file.pages
                );
                Ok(())
            }
        }
        Command::Export(ExportCommand::Opp(args)) => {
            export_opp(&dir, clock, export::OppDocument::Plan, &args)
        }
        Command::Export(ExportCommand::ParentSheet(args)) => {
            export_opp(&dir, clock, export::OppDocument::ParentSheet, &args)
        }
        Command::Export(ExportCommand::WhereToGo(args)) => {
            let mut store = unlock(&dir, clock)?;
            let result = match &args.dispute {
                Some(dispute) => export::where_to_go_for_dispute(
                    &mut store,
                    clock,
                    &args.pupil,
                    dispute,
                    &args.out,
                ),
                None => export::where_to_go(&mut store, clock, &args.pupil, None, &args.out),
            };
            close(store);
            let file = result?;
            if args.json {
                print_json(&file)
            } else {
                let pages = if file.pages == 1 {
                    "pagina"
                } else {
                    "pagina's"
                };
                eprintln!(
                    "‘Waar kunt u terecht?’ opgeslagen: {} ({} {pages}). Let op: de PDF is niet versleuteld.",
                    args.out.display(),
                    file.pages
                );
                Ok(())
            }
        }
        Command::Export(ExportCommand::TlvDossier(args)) => {
            let mut store = unlock(&dir, clock)?;
            let template = templates::active(&store)?;
            let result = ibis_core::usecases::tlv::newest_id(&store, &args.pupil)
                .and_then(|id| export::tlv_dossier(&mut store, clock, &template, &id, &args.out));
            close(store);
            let file = result?;
            if args.json {
                print_json(&file)
            } else {
                eprintln!(
                    "TLV-dossier opgeslagen: {} ({} pagina's). Let op: de PDF is niet versleuteld.",
                    args.out.display(),
                    file.pages
                );
                Ok(())
            }
        }
        Command::Template(TemplateCommand::Check(args)) => crate::template::check(&args),
        Command::Template(command) => {
            let mut store = unlock(&dir, clock)?;
            let result = crate::template::run(&mut store, clock, command);
            close(store);
            result
        }
        Command::Today(args) => {
            let on = crate::today::day(&args, clock)?;
            let store = unlock(&dir, clock)?;
            let result = crate::today::run(&store, on, &args);
            close(store);
            println!("{}", result?.trim_end());
            Ok(())
        }
        Command::Demo(args) => {
            let mut store = unlock(&dir, clock)?;
            // The demo's casussen are made with the shipped template, whatever is active.
            let template = ibis_core::template::Template::landelijk()?;
            let report = demo::generate(
                &mut store,
                clock,
                &template,
                &demo::DemoRequest {
                    pupils: args.pupils,
                    seed: args.seed,
                },
            )?;
            close(store);
            if args.json {
                print_json(&report)
            } else {
                eprintln!(
                    "Demo: {} leerlingen, {} ouders/verzorgers, {} casussen toegevoegd (fictief).",
                    report.pupils, report.guardians, report.cases
                );
                Ok(())
            }
        }
    }
}

fn create(dir: &Path, clock: &dyn Clock, json: bool) -> Result<(), Failure> {
    let (passphrase, repeat) = secrets::read_new("IBIS_PASSPHRASE")?;
    let request = vault::CreateVaultRequest {
        passphrase,
        passphrase_repeat: repeat,
    };
    let (store, response) = vault::create(&PathBuf::from(dir), clock, &request)?;
    close(store);
    if json {
        return print_json(&response);
    }
    eprintln!(
        "Kluis aangemaakt. Dit is de herstelsleutel; hij wordt maar één keer getoond.\n\
         Schrijf hem op en bewaar hem apart van de laptop. Zonder wachtwoord én zonder\n\
         herstelsleutel zijn de gegevens voorgoed verloren."
    );
    println!("{}", response.recovery_key.expose());
    Ok(())
}

fn unlock(dir: &Path, clock: &dyn Clock) -> Result<Store, Failure> {
    if !ibis_core::vault::exists(dir) {
        return Err(ibis_core::Error::VaultMissing.into());
    }
    let passphrase = secrets::read("IBIS_PASSPHRASE", "Wachtwoord: ")?;
    Ok(vault::unlock(dir, clock, passphrase.expose(), &[])?)
}

fn close(store: Store) {
    if let Err(err) = store.close() {
        eprintln!("ibis-cli: waarschuwing bij sluiten: {}", err.dutch());
    }
}

pub(crate) fn print_json<T: Serialize>(value: &T) -> Result<(), Failure> {
    let text = serde_json::to_string_pretty(value).map_err(|e| Failure {
        code: crate::exit::OTHER,
        message: format!("ibis-cli: JSON: {e}"),
    })?;
    println!("{text}");
    Ok(())
}

fn print_case(
    detail: &ibis_core::usecases::case_detail::CaseDetail,
    template: &ibis_core::template::Template,
) {
    let case = &detail.case;
    println!("{}  ({})", case.title, case.status.as_str());
    println!(
        "leerling: {}  start: {}  sjabloon: {} v{}",
        detail.pupil.full_name, case.start_date, case.template_id, case.template_version
    );
    for cycle in &detail.cycles {
        let finished = cycle.finished_on.as_deref().unwrap_or("loopt");
        println!(
            "cyclus {} (gestart {}, afgerond: {})",
            cycle.number, cycle.started_on, finished
        );
        for step in &cycle.steps {
            let records = cycle
                .records
                .iter()
                .filter(|r| r.data.step() == step.key)
                .count();
            println!(
                "  {}. {:<11} {:<12} vastleggingen: {}  ({})",
                step.key.number(),
                step.key.as_str(),
                step.state.as_str(),
                records,
                template.step(step.key).label
            );
        }
    }
    println!("tijdlijn: {} items", detail.timeline.len());
}

/// `export opp` and `export parent-sheet`: one document of a version of the pupil's OPP.
fn export_opp(
    dir: &Path,
    clock: &dyn Clock,
    document: export::OppDocument,
    args: &OppExportArgs,
) -> Result<(), Failure> {
    let mut store = unlock(dir, clock)?;
    let template = templates::active(&store)?;
    let result = export::opp_version_id(&store, &args.pupil, args.version).and_then(|version| {
        export::opp_document(&mut store, clock, &template, document, &version, &args.out)
    });
    close(store);
    let file = result?;
    if args.json {
        return print_json(&file);
    }
    let what = match document {
        export::OppDocument::Plan => "OPP",
        export::OppDocument::ParentSheet => "Ouderblad",
    };
    eprintln!(
        "{what} opgeslagen: {} ({} pagina's). Let op: de PDF is niet versleuteld.",
        args.out.display(),
        file.pages
    );
    Ok(())
}

/// The attachment file's part of `vault check`.
fn print_attachment_check(check: &ibis_core::usecases::attachments::check::AttachmentCheck) {
    if !check.file_present && check.missing.is_empty() {
        println!("bijlagenbestand:         (nog niet aangemaakt)");
        return;
    }
    println!(
        "bijlagen:                {} ({} kB)",
        check.attachments,
        check.total_bytes / 1024
    );
    println!("bijlagen integrity:      {}", check.integrity_check);
    println!("bijlagen cipher:         {}", check.cipher_integrity_check);
    if !check.damaged.is_empty() {
        println!("bijlagen BESCHADIGD:     {}", check.damaged.join(", "));
    }
    if !check.missing.is_empty() {
        println!("bijlagen ONTBREKEN:      {}", check.missing.join(", "));
    }
    if !check.orphans_removed.is_empty() {
        println!(
            "losse bijlagebytes verwijderd (na een onderbreking): {}",
            check.orphans_removed.join(", ")
        );
    }
}
