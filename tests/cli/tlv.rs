//! `ibis-cli tlv show|decide` and the TLV clocks in `today --on DATE --json` (issue 10): on a
//! demo vault, as an administrator runs them. A beschikkingsnummer of the wrong shape exits 6
//! with the rule in Dutch and changes nothing; the bezwaar termijn and the renewal date show on
//! their days.

use super::{assert_no_panic, created, with_pass};
use chrono::{Days, NaiveDate};
use serde_json::Value;

fn json(run: &ibis_tests::Run) -> Value {
    assert_eq!(run.code, 0, "{run:?}");
    serde_json::from_str(&run.stdout).unwrap()
}

fn kinds_on(vault: &std::path::Path, day: &str, pupil: &str) -> Vec<(String, String)> {
    let today = json(&with_pass(vault, &["today", "--on", day, "--json"]));
    today["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["pupilId"] == pupil)
        .filter(|i| i["kind"].as_str().is_some_and(|k| k.starts_with("tlv_")))
        .map(|i| {
            (
                i["kind"].as_str().unwrap().to_owned(),
                i["dueDate"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// Every TLV of every pupil, with its pupil's id.
fn all_tlvs(vault: &std::path::Path) -> Vec<(String, Value)> {
    let pupils = json(&with_pass(vault, &["pupil", "list", "--json"]));
    let mut all = Vec::new();
    for pupil in pupils.as_array().unwrap() {
        let id = pupil["id"].as_str().unwrap();
        let page = json(&with_pass(vault, &["tlv", "show", "--pupil", id, "--json"]));
        for tlv in page["tlvs"].as_array().unwrap() {
            all.push((id.to_owned(), tlv.clone()));
        }
    }
    all
}

fn day_after(iso: &str) -> String {
    let day: NaiveDate = iso.parse().unwrap();
    (day + Days::new(1)).to_string()
}

#[test]
fn the_demo_tlvs_show_their_checklist_decision_and_termijnen() {
    let (_temp, vault, _key) = created();
    let report = json(&with_pass(
        &vault,
        &["demo", "--pupils", "30", "--seed", "3", "--json"],
    ));
    assert_eq!(report["tlvs"], 3, "{report}");
    let today = json(&with_pass(&vault, &["today", "--json"]));
    let pupil_of = |kind: &str| -> String {
        today["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["kind"] == kind)
            .unwrap_or_else(|| panic!("no {kind} in {today}"))["pupilId"]
            .as_str()
            .unwrap()
            .to_owned()
    };

    // The granted TLV: so cluster 4, midden, ending 31 July, its bezwaar termijn running.
    let granted_pupil = pupil_of("tlv_objection_deadline");
    let page = json(&with_pass(
        &vault,
        &["tlv", "show", "--pupil", &granted_pupil, "--json"],
    ));
    let granted = &page["tlvs"][0];
    assert_eq!(granted["status"], "granted", "{granted}");
    assert_eq!(granted["tlv"]["decision"]["category"], "midden");
    let ends_on = granted["deadlines"]["endsOn"].as_str().unwrap();
    assert!(ends_on.ends_with("-07-31"), "{ends_on}");
    assert!(
        granted["deadlines"]["objectionSource"]
            .as_str()
            .unwrap()
            .contains("Awb art. 6:7")
    );
    // Every checklist line is done or says what is missing.
    for line in granted["checklist"].as_array().unwrap() {
        assert!(
            line["done"] == true
                || line["missing"]
                    .as_str()
                    .is_some_and(|m| m.starts_with("ontbreekt")),
            "{line}"
        );
    }

    // The bezwaar termijn on its last day and not the day after; the renewal on its date.
    let until = granted["deadlines"]["objectionUntil"].as_str().unwrap();
    assert!(
        kinds_on(&vault, until, &granted_pupil)
            .contains(&("tlv_objection_deadline".into(), until.into()))
    );
    assert!(
        !kinds_on(&vault, &day_after(until), &granted_pupil)
            .iter()
            .any(|(kind, _)| kind == "tlv_objection_deadline")
    );
    let renewal = granted["deadlines"]["renewalDue"].as_str().unwrap();
    assert!(renewal.ends_with("-04-15"), "{renewal}");
    assert!(
        kinds_on(&vault, renewal, &granted_pupil)
            .contains(&("tlv_renewal_due".into(), renewal.into()))
    );

    // The one in bezwaar shows when the SWV must decide, on Vandaag from six weeks before.
    let (objected_pupil, objected) = all_tlvs(&vault)
        .into_iter()
        .find(|(_, tlv)| tlv["statusLabel"] == "afgewezen, in bezwaar")
        .expect("one TLV in bezwaar");
    let due = objected["deadlines"]["objectionDecisionDue"]
        .as_str()
        .unwrap();
    assert!(
        kinds_on(&vault, due, &objected_pupil)
            .contains(&("tlv_objection_decision_due".into(), due.into()))
    );

    // The text view names ids, dates and what is missing, never the pupil.
    let text = with_pass(&vault, &["tlv", "show", "--pupil", &granted_pupil]);
    assert_eq!(text.code, 0, "{text:?}");
    assert!(text.stdout.contains("loopt tot en met 31-07-"), "{text:?}");
}

#[test]
fn a_beschikkingsnummer_of_the_wrong_shape_exits_6_and_changes_nothing() {
    let (_temp, vault, _key) = created();
    json(&with_pass(
        &vault,
        &["demo", "--pupils", "30", "--seed", "3", "--json"],
    ));
    // The demo sent one aanvraag with gaps (not yet decided): find it on the pupils' pages.
    let pupils = json(&with_pass(&vault, &["pupil", "list", "--json"]));
    let mut undecided = None;
    for pupil in pupils.as_array().unwrap() {
        let id = pupil["id"].as_str().unwrap();
        let page = json(&with_pass(
            &vault,
            &["tlv", "show", "--pupil", id, "--json"],
        ));
        let tlvs = page["tlvs"].as_array().unwrap();
        if let Some(tlv) = tlvs.iter().find(|t| t["editable"] == true) {
            undecided = Some((id.to_owned(), tlv.clone()));
        }
    }
    let (pupil, tlv) = undecided.expect("the demo sends one TLV with gaps");
    assert!(
        tlv["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|w| w["code"] == "expert_not_independent"),
        "{tlv}"
    );
    let id = tlv["id"].as_str().unwrap();
    let show = |vault| {
        json(&with_pass(
            vault,
            &["tlv", "show", "--pupil", &pupil, "--json"],
        ))
    };
    let before = show(&vault);
    let decide = |number: &str| {
        with_pass(
            &vault,
            &[
                "tlv",
                "decide",
                "--tlv",
                id,
                "--outcome",
                "toegekend",
                "--on",
                tlv["tlv"]["request"]["appliedOn"].as_str().unwrap(),
                "--number",
                number,
                "--category",
                "midden",
                "--starts",
                "2027-03-15",
                "--years",
                "1",
            ],
        )
    };
    let wrong = decide("PO2701-26-00042");
    assert_no_panic(&wrong);
    assert_eq!(wrong.code, 6, "{wrong:?}");
    assert!(
        wrong.stderr.contains("17 tekens") && wrong.stderr.contains("PO2701-2026-00042"),
        "{wrong:?}"
    );
    assert_eq!(show(&vault), before, "nothing changed");

    // The right shape is taken; granted in March, the TLV runs until 31 July of the next year.
    let right = decide("po2701-2027-00042");
    assert_eq!(right.code, 0, "{right:?}");
    assert!(
        right.stderr.contains("loopt tot en met 31-07-2028"),
        "{right:?}"
    );
}
