//! Unit tests of the template format: the shipped template, week counting, and refusals that
//! name the line and the field of a broken file.

use super::*;

#[test]
fn the_shipped_template_is_valid() {
    let template = Template::landelijk().expect("landelijk is valid");
    assert_eq!(template.id, "landelijk");
    assert_eq!(template.step(StepKey::Signaleren).label, "Signaleren");
    assert_eq!(template.evaluation_counts, WeekCount::SchoolWeeks);
    assert!(
        template
            .steps
            .iter()
            .all(|s| s.waiting_counts == WeekCount::SchoolWeeks)
    );
}

#[test]
fn week_counting_defaults_to_calendar_and_refuses_unknown_words() {
    let without = LANDELIJK
        .replace("waiting_counts = \"school_weeks\"\n", "")
        .replace("evaluation_counts = \"school_weeks\"\n", "");
    let template = Template::parse(&without).expect("still valid");
    assert_eq!(template.evaluation_counts, WeekCount::Calendar);
    assert_eq!(
        template.step(StepKey::Plannen).waiting_counts,
        WeekCount::Calendar
    );
    let wrong = LANDELIJK.replacen("\"school_weeks\"", "\"lesweken\"", 1);
    let message = Template::parse(&wrong).unwrap_err().to_string();
    assert!(message.contains("lesweken"), "{message}");
}

#[test]
fn a_broken_template_names_the_problem() {
    let broken = LANDELIJK.replace(
        "required = [\"goal.evaluation_date\"]",
        "required = [\"goal.eval\"]",
    );
    let message = Template::parse(&broken).unwrap_err().to_string();
    assert!(message.contains("goal.eval"), "{message}");
    assert!(message.contains("regel 72"), "names the line: {message}");
    assert!(
        message.contains("steps[3].required"),
        "names the field: {message}"
    );
    let missing_step = LANDELIJK.replacen("key = \"realiseren\"", "key = \"vastleggen\"", 1);
    let message = Template::parse(&missing_step).unwrap_err().to_string();
    assert!(message.contains("zes stappen"), "{message}");
    assert!(message.contains("veld ‘steps[4].key’"), "{message}");
    let message = Template::parse("id = ").unwrap_err().to_string();
    assert!(message.contains("regel 1, kolom"), "{message}");
}

/// The refusal of a broken copy of `landelijk`.
fn refusal(from: &str, to: &str) -> String {
    assert!(LANDELIJK.contains(from), "{from}");
    Template::parse(&LANDELIJK.replacen(from, to, 1))
        .unwrap_err()
        .to_string()
}

#[test]
fn broken_files_name_the_line_and_the_field() {
    let cases = [
        // Syntax: an unclosed string.
        (
            "description = \"Standaard",
            "description = Standaard",
            "regel 30, kolom",
        ),
        // A field the format does not know.
        (
            "key = \"plannen\"\n",
            "key = \"plannen\"\nlabl = \"x\"\n",
            "regel 64, veld ‘steps[3].labl’: onbekend veld ‘labl’",
        ),
        // A missing step: the fourth is a second vastleggen.
        (
            "key = \"realiseren\"",
            "key = \"vastleggen\"",
            "regel 77, veld ‘steps[4].key’: ‘steps’ moet de zes stappen bevatten",
        ),
        // A clock word that does not exist.
        (
            "clock = \"gpo\"",
            "clock = \"geschil\"",
            "regel 448, veld ‘escalation.steps[6].clock’: onbekende waarde ‘geschil’",
        ),
        // A ladder step naming a contact that is not in [[contacts]].
        (
            "contact = \"ouder_jeugdsteunpunt\"",
            "contact = \"steunpunt\"",
            "regel 434, veld ‘escalation.steps[4].contact’: \"steunpunt\" staat niet in",
        ),
        // Veilig Thuis as a ladder step.
        (
            "label = \"Rechter\"",
            "label = \"Melding bij Veilig Thuis\"",
            "regel 467, veld ‘escalation.steps[9].label’: Veilig Thuis is geen stap",
        ),
        // A checklist kind Ibis cannot check.
        (
            "check = \"parent_view\"",
            "check = \"handtekening\"",
            "regel 333, veld ‘tlv.checklist[4].check’: onbekende waarde ‘handtekening’",
        ),
        // A checklist attachment of a kind that does not exist.
        (
            "attachment_kind = \"ot_verslag\"",
            "attachment_kind = \"verslag\"",
            "veld ‘tlv.checklist[6].attachment_kind’: hoort alleen bij",
        ),
        // Waiting weeks out of range.
        (
            "waiting_weeks = 3\n",
            "waiting_weeks = 0\n",
            "veld ‘steps[3].waiting_weeks’: stap ‘plannen’: moet 1 tot en met 52 zijn",
        ),
    ];
    for (from, to, expected) in cases {
        let message = refusal(from, to);
        assert!(message.contains(expected), "{expected}\n  in: {message}");
    }
    let empty_label = refusal("label = \"Actueel vastgesteld OPP\"", "label = \"\"");
    assert!(
        empty_label.contains("regel 311, veld ‘tlv.checklist[1]’"),
        "a field path without the field itself names its table's header: {empty_label}"
    );
}
