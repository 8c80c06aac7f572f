//! Item 9 on the command line: `pupil add --prefix` stores the tussenvoegsel, `pupil list
//! --json` files "de Groot" under G and prints the Dutch list name; a pro pupil is accepted.

use super::{created, with_pass};
use serde_json::Value;

#[test]
fn pupil_list_json_files_de_groot_under_g() {
    let (_temp, vault, _key) = created();
    let pupils: [&[&str]; 4] = [
        &["--first", "Emma", "--last", "Grootveld"],
        &["--first", "Daan", "--prefix", "de", "--last", "Groot"],
        &["--first", "Finn", "--last", "Dekker"],
        &[
            "--first",
            "Bram",
            "--tussenvoegsel",
            "van",
            "--last",
            "Dijk",
        ],
    ];
    for name in pupils {
        let mut args = vec!["pupil", "add"];
        args.extend_from_slice(name);
        args.extend_from_slice(&["--birth", "2016-03-09", "--type", "po", "--grade", "5"]);
        let run = with_pass(&vault, &args);
        assert_eq!(run.code, 0, "{run:?}");
    }
    let run = with_pass(&vault, &["pupil", "list", "--json"]);
    assert_eq!(run.code, 0, "{run:?}");
    let listed: Value = serde_json::from_str(&run.stdout).unwrap();
    let names: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["listName"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Dekker, Finn",
            "Dijk, Bram van",
            "Groot, Daan de",
            "Grootveld, Emma"
        ]
    );
    let daan = &listed[2];
    assert_eq!(daan["surnamePrefix"], "de");
    assert_eq!(daan["lastName"], "Groot");
    assert_eq!(daan["fullName"], "Daan de Groot");
    assert_eq!(daan["stage"], "primary");

    let run = with_pass(&vault, &["pupil", "list"]);
    assert!(run.stdout.contains("Groot, Daan de"), "{run:?}");
}

#[test]
fn a_pro_pupil_can_be_added_in_leerjaar_1_to_6() {
    let (_temp, vault, _key) = created();
    let run = with_pass(
        &vault,
        &[
            "pupil",
            "add",
            "--first",
            "Jesse",
            "--last",
            "Smit",
            "--birth",
            "2011-03-01",
            "--type",
            "pro",
            "--grade",
            "3",
            "--json",
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    let pupil: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(pupil["educationType"], "pro");
    assert_eq!(pupil["stage"], "secondary");
}
