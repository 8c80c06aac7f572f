//! `ibis-cli enrolment list|extend` and the aanmelding clocks in `today --json` (issue 12): on a
//! demo vault, as an administrator runs them. A second extension exits 6 with the legal rule.

use super::{assert_no_panic, created, with_pass};
use serde_json::Value;

fn json(run: &ibis_tests::Run) -> Value {
    assert_eq!(run.code, 0, "{run:?}");
    serde_json::from_str(&run.stdout).unwrap()
}

#[test]
fn enrolments_are_listed_with_deadlines_and_a_second_extension_is_refused() {
    let (_temp, vault, _key) = created();
    let report = json(&with_pass(
        &vault,
        &["demo", "--pupils", "12", "--seed", "3", "--json"],
    ));
    assert_eq!(report["enrolments"], 2, "{report}");

    let list = json(&with_pass(&vault, &["enrolment", "list", "--json"]));
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 2, "{list:?}");
    let extended = list
        .iter()
        .find(|e| !e["enrolment"]["extension"].is_null())
        .expect("one aanmelding in its extension");
    let placed = list
        .iter()
        .find(|e| e["deadlines"]["temporarilyPlaced"] == true)
        .expect("one aanmelding past ten weeks");
    assert!(
        extended["deadlines"]["decisionSource"]
            .as_str()
            .unwrap()
            .contains("WPO art. 40 lid 6")
    );
    assert_eq!(extended["canExtend"], false);
    assert_eq!(placed["status"], "open");

    // The text list names ids and dates, never a pupil's name.
    let text = with_pass(&vault, &["enrolment", "list"]);
    assert_eq!(text.code, 0, "{text:?}");
    assert!(
        text.stdout.contains("tijdelijk geplaatst sinds"),
        "{text:?}"
    );
    assert!(text.stdout.contains("(verlengd)"), "{text:?}");

    // Today lists both clocks, with rule and source.
    let today = json(&with_pass(&vault, &["today", "--json"]));
    let kinds: Vec<&str> = today["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|i| i["kind"].as_str())
        .filter(|k| k.starts_with("enrolment_"))
        .collect();
    assert!(kinds.contains(&"enrolment_decision_due"), "{kinds:?}");
    assert!(
        kinds.contains(&"enrolment_temporary_placement"),
        "{kinds:?}"
    );

    // A second extension: exit 6, the rule in Dutch, nothing changed.
    let id = extended["id"].as_str().unwrap();
    let on = extended["enrolment"]["receivedOn"].as_str().unwrap();
    let again = with_pass(
        &vault,
        &[
            "enrolment",
            "extend",
            "--enrolment",
            id,
            "--on",
            on,
            "--reason",
            "Nog meer tijd nodig",
            "--new-date",
            extended["deadlines"]["latestExtensionDate"]
                .as_str()
                .unwrap(),
        ],
    );
    assert_no_panic(&again);
    assert_eq!(again.code, 6, "{again:?}");
    assert!(
        again.stderr.contains(
            "mag maar één keer met ten hoogste vier weken worden verlengd (WPO art. 40 lid 6)"
        ),
        "{again:?}"
    );
    let after = json(&with_pass(&vault, &["enrolment", "list", "--json"]));
    assert_eq!(
        after
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["id"] == id)
            .unwrap()["enrolment"],
        extended["enrolment"]
    );
}

#[test]
fn an_extension_beyond_four_weeks_exits_6_with_the_rule() {
    let (_temp, vault, _key) = created();
    json(&with_pass(
        &vault,
        &["demo", "--pupils", "12", "--seed", "3", "--json"],
    ));
    let list = json(&with_pass(&vault, &["enrolment", "list", "--json"]));
    let placed = list
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["deadlines"]["temporarilyPlaced"] == true)
        .unwrap()
        .clone();
    let id = placed["id"].as_str().unwrap();
    let received = placed["enrolment"]["receivedOn"].as_str().unwrap();
    let run = with_pass(
        &vault,
        &[
            "enrolment",
            "extend",
            "--enrolment",
            id,
            "--on",
            received,
            "--reason",
            "Onderzoek loopt",
            "--new-date",
            &next_day(placed["deadlines"]["latestExtensionDate"].as_str().unwrap()),
        ],
    );
    assert_eq!(run.code, 6, "{run:?}");
    assert!(run.stderr.contains("ten hoogste vier weken"), "{run:?}");
}

fn next_day(iso: &str) -> String {
    let day = chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d").unwrap();
    (day + chrono::Days::new(1)).format("%Y-%m-%d").to_string()
}
