//! `ibis-cli today`: the Vandaag list as of a day, as an administrator runs it (issue 7 item 21).

use super::{created, with_pass};
use chrono::Datelike;
use serde_json::Value;

fn today_json(vault: &std::path::Path, extra: &[&str]) -> Value {
    let mut args = vec!["today", "--json"];
    args.extend_from_slice(extra);
    let run = with_pass(vault, &args);
    assert_eq!(run.code, 0, "{run:?}");
    serde_json::from_str(&run.stdout).unwrap()
}

#[test]
fn today_on_a_date_lists_the_overdue_evaluations_of_the_demo_vault() {
    let (_temp, vault, _key) = created();
    let run = with_pass(&vault, &["demo", "--pupils", "30", "--seed", "5"]);
    assert_eq!(run.code, 0, "{run:?}");
    let on = today_json(&vault, &[])["on"].as_str().unwrap().to_owned();

    let run = with_pass(&vault, &["today", "--on", &on, "--json"]);
    assert_eq!(run.code, 0, "{run:?}");
    let listed: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(listed["on"], on.as_str());
    let items = listed["items"].as_array().unwrap();
    let overdue: Vec<&Value> = items
        .iter()
        .filter(|i| i["kind"] == "evaluation_overdue")
        .collect();
    assert!(
        !overdue.is_empty(),
        "the demo has overdue evaluations: {items:?}"
    );
    for item in &overdue {
        let due = item["dueDate"].as_str().unwrap();
        assert!(due < on.as_str(), "{item}");
        assert!(item["daysLate"].as_i64().unwrap() >= 1, "{item}");
        assert_eq!(
            item["source"],
            "Ibis-ontwerp, sjabloon ‘Landelijk’ versie 1"
        );
        assert!(item["rule"].as_str().unwrap().contains("Evaluatiedatum"));
        assert!(!item["rule"].as_str().unwrap().contains("Ibis-ontwerp"));
        assert!(item.get("pupilName").is_none(), "no names unless asked");
        // The goal it names has that evaluation date.
        let case = item["caseId"].as_str().unwrap();
        let run = with_pass(&vault, &["case", "show", "--case", case, "--json"]);
        let detail: Value = serde_json::from_str(&run.stdout).unwrap();
        assert_eq!(detail["case"]["pupilId"], item["pupilId"]);
        let goal = detail["cycles"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|c| c["records"].as_array().unwrap())
            .find(|r| r["id"] == item["recordId"])
            .unwrap();
        assert_eq!(goal["data"]["evaluationDate"], due);
    }
    // No pupil name reaches the JSON without --names: no name field, and no full name anywhere
    // (a rule text may contain a word that happens to be a demo surname).
    let text = listed.to_string();
    for names in pupil_names(&vault) {
        assert!(
            !text.contains(&names.full),
            "{} in today --json",
            names.full
        );
    }

    // Every item carries its group: te laat before the day, binnenkort after this week (and
    // within six weeks); the list runs from te laat to binnenkort.
    let day = chrono::NaiveDate::parse_from_str(&on, "%Y-%m-%d").unwrap();
    let sunday = day + chrono::Days::new(6 - u64::from(day.weekday().num_days_from_monday()));
    let horizon_end = (day + chrono::Days::new(42)).to_string();
    let sunday = sunday.to_string();
    let mut order = Vec::new();
    for item in items {
        let due = item["dueDate"].as_str().unwrap();
        let horizon = item["horizon"].as_str().unwrap();
        let expected = if item["kind"] == "evaluation_date_missing" {
            assert!(item["horizonNote"].is_string(), "{item}");
            "this_week"
        } else if due < on.as_str() {
            "overdue"
        } else if due <= sunday.as_str() {
            "this_week"
        } else {
            assert!(due <= horizon_end.as_str(), "{item}");
            "soon"
        };
        assert_eq!(horizon, expected, "{item}");
        order.push(
            ["overdue", "this_week", "soon"]
                .iter()
                .position(|h| *h == horizon)
                .unwrap(),
        );
    }
    assert!(order.is_sorted(), "grouped in order: {order:?}");
    assert!(
        items.iter().any(|i| i["horizon"] == "soon"),
        "coming deadlines are collected"
    );

    let named = today_json(&vault, &["--on", &on, "--names"]);
    let first = &named["items"][0];
    assert!(first["pupilName"].as_str().is_some_and(|n| !n.is_empty()));

    // A later day lists at least as many overdue evaluations, each later by the same days.
    let run = with_pass(&vault, &["today", "--on", "2099-12-31", "--json"]);
    let later: Value = serde_json::from_str(&run.stdout).unwrap();
    let later_overdue = later["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["kind"] == "evaluation_overdue")
        .count();
    assert!(later_overdue >= overdue.len());
}

#[test]
fn today_reads_as_a_dutch_list_and_refuses_a_wrong_date() {
    let (_temp, vault, _key) = created();
    let run = with_pass(&vault, &["demo", "--pupils", "30", "--seed", "5"]);
    assert_eq!(run.code, 0, "{run:?}");
    let run = with_pass(&vault, &["today", "--on", "2099-12-31"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout.starts_with("Vandaag (31-12-2099): "),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("Evaluatie te laat: uiterlijk "),
        "{}",
        run.stdout
    );
    // Grouped: te laat, deze week, binnenkort (each with its count), in that order.
    let late = run.stdout.find("\n== Te laat: ").unwrap();
    let this_week = run.stdout.find("\n== Deze week: ").unwrap();
    let soon = run
        .stdout
        .find("\n== Binnenkort (tot en met 11-02-2100): ")
        .unwrap();
    assert!(late < this_week && this_week < soon, "{}", run.stdout);
    assert!(run.stdout.contains("Bron: Ibis-ontwerp"), "{}", run.stdout);
    assert!(
        run.stdout.contains("geen schoolvakanties ingevoerd"),
        "{}",
        run.stdout
    );

    let before = ibis_tests::snapshot(&vault);
    let run = with_pass(&vault, &["today", "--on", "2026-02-30", "--json"]);
    assert_eq!(run.code, 6, "{run:?}");
    assert!(
        run.stderr.contains("--on moet een bestaande datum zijn"),
        "{run:?}"
    );
    assert!(run.stdout.is_empty());
    assert_eq!(before, ibis_tests::snapshot(&vault), "nothing changes");
}

/// The agenda file: RFC 5545 read back by a real parser, one all-day event per coming deadline,
/// initials only — no name of any pupil.
#[test]
fn the_agenda_file_parses_and_names_no_pupil() {
    let (_temp, vault, _key) = created();
    let run = with_pass(&vault, &["demo", "--pupils", "60", "--seed", "1"]);
    assert_eq!(run.code, 0, "{run:?}");
    let on = "2026-12-01";
    let listed = today_json(&vault, &["--on", on]);
    let coming = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["dueDate"].as_str().unwrap() >= on)
        .count();
    let ics = vault.parent().unwrap().join("termijnen.ics");
    let run = with_pass(
        &vault,
        &["today", "--on", on, "--ics", ics.to_str().unwrap()],
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("Agendabestand opgeslagen"), "{run:?}");
    let text = std::fs::read_to_string(&ics).unwrap();
    let calendars: Vec<_> = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()))
        .collect::<Result<Vec<_>, _>>()
        .expect("a valid iCalendar file");
    assert_eq!(calendars.len(), 1);
    let events = &calendars[0].events;
    assert_eq!(events.len(), coming, "one event per coming deadline");
    assert!(coming > 0, "the demo has coming deadlines");
    for event in events {
        let start = event
            .properties
            .iter()
            .find(|p| p.name == "DTSTART")
            .and_then(|p| p.value.clone())
            .unwrap();
        assert!(start.len() == 8 && start.as_str() >= "20261201", "{start}");
    }
    // The pupil appears only in SUMMARY, after the kind: initials, never a name. Rules and
    // sources in DESCRIPTION are the core's own texts and may contain any word.
    let names = pupil_names(&vault);
    for event in events {
        let summary = event
            .properties
            .iter()
            .find(|p| p.name == "SUMMARY")
            .and_then(|p| p.value.clone())
            .unwrap();
        let who = summary.rsplit_once(" — ").map(|(_, who)| who).unwrap();
        for pupil in &names {
            assert!(
                !has_word(who, &pupil.last) && !has_word(who, &pupil.first),
                "{summary}"
            );
        }
    }
    for pupil in &names {
        assert!(
            !text.contains(&pupil.full),
            "{} in the agenda file",
            pupil.full
        );
    }
}

/// A pupil's names as `pupil list --json` gives them.
struct Names {
    /// "Daan de Groot".
    full: String,
    first: String,
    last: String,
}

fn pupil_names(vault: &std::path::Path) -> Vec<Names> {
    let run = with_pass(vault, &["pupil", "list", "--json"]);
    let pupils: Value = serde_json::from_str(&run.stdout).unwrap();
    pupils
        .as_array()
        .unwrap()
        .iter()
        .map(|pupil| Names {
            full: pupil["fullName"].as_str().unwrap().to_owned(),
            first: pupil["firstName"].as_str().unwrap().to_owned(),
            last: pupil["lastName"].as_str().unwrap().to_owned(),
        })
        .collect()
}

/// Whether `word` occurs in `text` as a whole word (not inside a longer one).
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(start, _)| {
        let before = text[..start].chars().next_back();
        let after = text[start + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[test]
fn a_whole_word_is_told_from_part_of_one() {
    assert!(has_word("DdG — Groot", "Groot"));
    assert!(has_word("Groot", "Groot"));
    assert!(!has_word("Grootouders", "Groot"));
    assert!(!has_word("DdG", "D"));
}
