//! The admin CLI as an administrator runs it: real binary, real vault folder, exit codes and
//! Dutch messages.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod absence;
mod attachment;
mod dispute;
mod enrolment;
mod export;
mod hearing;
mod meldcode;
mod names;
mod opp;
mod template;
mod tlv;
mod today;
mod where_to_go;

use ibis_tests::{Run, cli, snapshot};
use serde_json::Value;
use std::path::Path;

const PASS: &str = "wachtwoord-voor-de-test";

fn with_pass(vault: &Path, args: &[&str]) -> Run {
    cli(vault, &[("IBIS_PASSPHRASE", PASS)], args)
}

/// `pupil add` with the test passphrase.
pub(crate) fn add_pupil(
    vault: &Path,
    first: &str,
    last: &str,
    birth: &str,
    kind: &str,
    grade: &str,
) -> Run {
    with_pass(
        vault,
        &[
            "pupil", "add", "--first", first, "--last", last, "--birth", birth, "--type", kind,
            "--grade", grade,
        ],
    )
}

fn created() -> (tempfile::TempDir, std::path::PathBuf, String) {
    let temp = tempfile::tempdir().unwrap();
    let vault = temp.path().join("kluis");
    let run = with_pass(&vault, &["vault", "create"]);
    assert_eq!(run.code, 0, "{run:?}");
    let key = run.stdout.trim().to_owned();
    assert_eq!(
        key.len(),
        39,
        "recovery key printed once on stdout: {run:?}"
    );
    assert!(run.stderr.contains("herstelsleutel"));
    (temp, vault, key)
}

fn assert_no_panic(run: &Run) {
    assert!(!run.stderr.contains("panicked"), "panic: {run:?}");
}

#[test]
fn pupils_and_cases_round_trip_and_names_never_reach_the_disk_in_clear() {
    let (_temp, vault, _key) = created();
    let pupils = [
        ("Canarina", "Zwavelgeel", "2016-03-09", "po", "5"),
        ("Zoë", "Özdemir-van Dijk", "2012-10-01", "vo", "2"),
        ("Daan", "de Vries", "2018-12-31", "sbo", "3"),
    ];
    let mut ids = Vec::new();
    for (first, last, birth, kind, grade) in pupils {
        let run = with_pass(
            &vault,
            &[
                "pupil", "add", "--first", first, "--last", last, "--birth", birth, "--type", kind,
                "--grade", grade,
            ],
        );
        assert_eq!(run.code, 0, "{run:?}");
        ids.push(run.stdout.trim().to_owned());
    }
    let run = with_pass(&vault, &["pupil", "list", "--json"]);
    assert_eq!(run.code, 0, "{run:?}");
    let listed: Value = serde_json::from_str(&run.stdout).unwrap();
    let listed = listed.as_array().unwrap();
    assert_eq!(listed.len(), 3);
    for (first, last, birth, kind, grade) in pupils {
        let found = listed
            .iter()
            .find(|p| p["lastName"] == last)
            .expect("pupil listed");
        assert_eq!(found["firstName"], first);
        assert_eq!(found["birthDate"], birth);
        assert_eq!(found["educationType"], kind);
        assert_eq!(found["grade"].to_string(), grade);
        assert!(ids.contains(&found["id"].as_str().unwrap().to_owned()));
    }

    let run = with_pass(
        &vault,
        &[
            "case",
            "open",
            "--pupil",
            &ids[0],
            "--title",
            "Technisch lezen",
            "--start",
            "2026-09-01",
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    let run = with_pass(&vault, &["case", "list", "--pupil", &ids[0], "--json"]);
    let listed: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(listed[0]["title"], "Technisch lezen");
    assert_eq!(listed[0]["status"], "open");
    assert_eq!(listed[0]["templateId"], "landelijk");

    let run = with_pass(&vault, &["vault", "check", "--json"]);
    assert_eq!(run.code, 0, "{run:?}");
    let report: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(report["integrityCheck"], "ok");
    assert_eq!(report["cipherIntegrityCheck"], "ok");
    assert_eq!(report["pupils"], 3);
    assert_eq!(report["cases"], 1);
    assert_eq!(report["auditChainBrokenAt"], Value::Null);

    // `grep -r` for every name over the whole vault folder, after the check closed the vault.
    for (first, last, ..) in pupils {
        for name in [first, last] {
            let grep = std::process::Command::new("grep")
                .args(["-r", "-l", name])
                .arg(&vault)
                .output()
                .unwrap();
            assert_eq!(
                grep.status.code(),
                Some(1),
                "{name} found in {:?}",
                String::from_utf8_lossy(&grep.stdout)
            );
        }
    }
    let db = std::fs::read(vault.join("ibis.db")).unwrap();
    assert!(!db.starts_with(b"SQLite format 3"));
}

#[test]
fn wrong_passphrase_exits_3_and_changes_no_byte() {
    let (_temp, vault, _key) = created();
    assert_eq!(add_pupil(&vault, "A", "B", "2015-01-01", "po", "6").code, 0);
    let before = snapshot(&vault);
    let run = cli(
        &vault,
        &[("IBIS_PASSPHRASE", "dit-is-niet-het-wachtwoord")],
        &["pupil", "list"],
    );
    assert_eq!(run.code, 3, "{run:?}");
    assert!(run.stderr.contains("Onjuist wachtwoord"), "{run:?}");
    assert_no_panic(&run);
    assert_eq!(
        before,
        snapshot(&vault),
        "vault files changed after a wrong passphrase"
    );
}

#[test]
fn flipped_byte_exits_4_damaged_never_wrong_passphrase() {
    let (_temp, vault, _key) = created();
    for i in 0..3 {
        let first = format!("Leerling{i}");
        assert_eq!(
            add_pupil(&vault, &first, "Jansen", "2015-01-01", "po", "6").code,
            0
        );
    }
    let path = vault.join("ibis.db");
    let mut bytes = std::fs::read(&path).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x40;
    std::fs::write(&path, &bytes).unwrap();
    for args in [&["pupil", "list"][..], &["vault", "check"][..]] {
        let run = with_pass(&vault, args);
        assert_eq!(run.code, 4, "{run:?}");
        assert!(run.stderr.contains("beschadigd"), "{run:?}");
        assert!(!run.stderr.contains("Onjuist wachtwoord"), "{run:?}");
        assert_no_panic(&run);
    }
}

#[test]
fn change_passphrase_then_recover_with_the_recovery_key() {
    let (_temp, vault, key) = created();
    assert_eq!(
        add_pupil(&vault, "Sem", "Bakker", "2014-06-01", "po", "7").code,
        0
    );
    let new = "een-nieuw-wachtwoord";
    let run = cli(
        &vault,
        &[("IBIS_PASSPHRASE", PASS), ("IBIS_NEW_PASSPHRASE", new)],
        &["vault", "change-passphrase"],
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(
        with_pass(&vault, &["pupil", "list"]).code,
        3,
        "old passphrase must fail"
    );
    let run = cli(
        &vault,
        &[("IBIS_PASSPHRASE", new)],
        &["pupil", "list", "--json"],
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("Bakker"), "data intact");

    let recovered = "hersteld-met-de-sleutel";
    let run = cli(
        &vault,
        &[
            ("IBIS_RECOVERY_KEY", &key),
            ("IBIS_NEW_PASSPHRASE", recovered),
        ],
        &["vault", "recover"],
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(
        cli(&vault, &[("IBIS_PASSPHRASE", new)], &["pupil", "list"]).code,
        3
    );
    let run = cli(
        &vault,
        &[("IBIS_PASSPHRASE", recovered)],
        &["pupil", "list", "--json"],
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("Bakker"));

    let run = cli(
        &vault,
        &[
            (
                "IBIS_RECOVERY_KEY",
                "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH",
            ),
            ("IBIS_NEW_PASSPHRASE", recovered),
        ],
        &["vault", "recover"],
    );
    assert_eq!(run.code, 3, "a well-formed but wrong key: {run:?}");
}

#[test]
fn exit_codes_for_usage_not_found_and_invalid_input() {
    let (_temp, vault, _key) = created();
    let run = add_pupil(&vault, "Tess", "Kok", "2099-01-01", "po", "3");
    assert_eq!(run.code, 6, "{run:?}");
    assert!(
        run.stderr.contains("geboortedatum") && run.stderr.contains("toekomst"),
        "{run:?}"
    );
    let run = add_pupil(&vault, "Tess", "Kok", "2015-02-30", "po", "3");
    assert_eq!(run.code, 6, "{run:?}");
    // Every failing field at once, one line each.
    let run = add_pupil(&vault, " ", "Kok", "2015-02-30", "po", "12");
    assert_eq!(run.code, 6, "{run:?}");
    for field in ["voornaam", "geboortedatum", "groep/leerjaar"] {
        assert!(
            run.stderr.contains(&format!("‘{field}’")),
            "{field}: {run:?}"
        );
    }
    let run = add_pupil(&vault, "Tess", "Kok", "2015-02-20", "havo", "3");
    assert_eq!(run.code, 6, "{run:?}");
    let run = with_pass(
        &vault,
        &[
            "case",
            "open",
            "--pupil",
            "01900000-0000-7000-8000-000000000000",
            "--title",
            "X",
        ],
    );
    assert_eq!(run.code, 5, "{run:?}");
    assert!(run.stderr.contains("Niet gevonden"), "{run:?}");
    let run = with_pass(&vault, &["pupil", "frobnicate"]);
    assert_eq!(run.code, 2, "{run:?}");
    let run = with_pass(&vault.join("bestaat-niet"), &["pupil", "list"]);
    assert_eq!(run.code, 5, "{run:?}");
    let run = with_pass(&vault, &["vault", "create"]);
    assert_eq!(run.code, 6, "creating over an existing vault: {run:?}");
    let run = cli(&vault, &[], &["pupil", "list"]);
    assert_eq!(run.code, 2, "no passphrase and no terminal: {run:?}");
}

#[test]
fn demo_is_deterministic_per_seed() {
    let names = |seed: &str| {
        let (_temp, vault, _key) = created();
        let run = with_pass(&vault, &["demo", "--pupils", "12", "--seed", seed]);
        assert_eq!(run.code, 0, "{run:?}");
        let run = with_pass(&vault, &["pupil", "list", "--json"]);
        let listed: Value = serde_json::from_str(&run.stdout).unwrap();
        listed
            .as_array()
            .unwrap()
            .iter()
            // Not the birth date: the demo counts ages back from today, and a run across
            // midnight would see two todays.
            .map(|p| {
                format!(
                    "{} {} {} {}",
                    p["firstName"], p["lastName"], p["educationType"], p["grade"]
                )
            })
            .collect::<Vec<_>>()
    };
    let first = names("42");
    assert_eq!(first.len(), 12);
    assert_eq!(first, names("42"));
}

#[test]
fn case_show_exposes_every_record_and_demo_covers_every_step() {
    let (_temp, vault, _key) = created();
    let run = with_pass(&vault, &["demo", "--pupils", "30", "--seed", "5"]);
    assert_eq!(run.code, 0, "{run:?}");
    let run = with_pass(&vault, &["case", "list", "--json"]);
    let listed: Value = serde_json::from_str(&run.stdout).unwrap();
    let mut current_steps = std::collections::BTreeSet::new();
    let mut kinds = std::collections::BTreeSet::new();
    let mut second_cycles = 0;
    for case in listed.as_array().unwrap() {
        let id = case["id"].as_str().unwrap();
        let run = with_pass(&vault, &["case", "show", "--case", id, "--json"]);
        assert_eq!(run.code, 0, "{run:?}");
        let detail: Value = serde_json::from_str(&run.stdout).unwrap();
        let cycles = detail["cycles"].as_array().unwrap();
        second_cycles += usize::from(cycles.len() > 1);
        for cycle in cycles {
            if let Some(step) = cycle["currentStep"].as_str() {
                current_steps.insert(step.to_owned());
            }
            for record in cycle["records"].as_array().unwrap() {
                kinds.insert(record["data"]["kind"].as_str().unwrap().to_owned());
            }
        }
        assert!(!detail["timeline"].as_array().unwrap().is_empty());
        if current_steps.len() == 6 && kinds.len() >= 8 && second_cycles > 0 {
            break;
        }
    }
    let all_steps = [
        "signaleren",
        "begrijpen",
        "plannen",
        "realiseren",
        "vastleggen",
        "evalueren",
    ];
    assert_eq!(
        current_steps
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .len(),
        6,
        "{current_steps:?}"
    );
    for step in all_steps {
        assert!(current_steps.contains(step), "demo has a casus at {step}");
    }
    for kind in [
        "signal",
        "need",
        "factor",
        "goal",
        "intervention",
        "execution",
        "plan_share",
        "evaluation",
    ] {
        assert!(kinds.contains(kind), "demo has a {kind} record: {kinds:?}");
    }
    assert!(second_cycles > 0, "demo has a casus in its second cycle");
    let run = with_pass(
        &vault,
        &[
            "case",
            "show",
            "--case",
            "01900000-0000-7000-8000-000000000000",
        ],
    );
    assert_eq!(run.code, 5, "{run:?}");
}
