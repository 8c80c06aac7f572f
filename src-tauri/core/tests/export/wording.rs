//! Issue 7, PDF side of items 6, 7, 8 and 9: the reason a step was completed without all it
//! asks for, the words of the pupil's onderwijstype, the template's labels and "Streefdatum",
//! and the name with its tussenvoegsel.

use super::{assert_in_order, overview, sample};
use ibis_core::domain::pupil::EducationType;

#[test]
fn the_name_prints_with_its_tussenvoegsel() {
    let mut data = sample::overview(1);
    data.pupil.first_name = "Daan".into();
    data.pupil.surname_prefix = Some("de".into());
    data.pupil.last_name = "Groot".into();
    let (_, pdf) = overview("tussenvoegsel", &data);
    let text = pdf.text();
    assert!(text.contains("Casusoverzicht — Daan de Groot"), "{text}");
    assert_in_order(&text, &["Naam", "Daan de Groot"]);
}

#[test]
fn a_step_completed_with_something_missing_prints_its_reason() {
    let mut data = sample::overview(1);
    data.cycles[0].steps[4].completion_reason =
        Some("ouders waren onbereikbaar, plan per brief gestuurd".into());
    let (_, pdf) = overview("afgerond-zonder", &data);
    let text = pdf.text();
    assert!(
        text.contains("zonder alles wat deze stap vraagt. Reden: ouders waren onbereikbaar"),
        "{text}"
    );
}

#[test]
fn a_secondary_pupil_gets_secondary_words_and_role() {
    let mut data = sample::overview(1);
    data.pupil.education_type = EducationType::Vo;
    data.pupil.grade = 2;
    let (_, pdf) = overview("vo", &data);
    let text = pdf.text();
    assert_in_order(
        &text,
        &[
            "Leerjaar",
            "2",
            "voortgezet onderwijs (vo)",
            "Ondertekening",
            "Ondersteuningscoördinator",
        ],
    );
    assert!(!text.contains("Intern begeleider"), "{text}");
    assert!(!text.contains("Groep\n"), "{text}");
}

#[test]
fn a_goal_prints_its_streefdatum_not_uiterlijk() {
    let (_, pdf) = overview("streefdatum", &sample::overview(1));
    let text = pdf.text();
    assert!(text.contains("Streefdatum:"), "{text}");
    assert!(!text.contains("uiterlijk"), "{text}");
    assert!(
        text.contains("Basisondersteuning") || text.contains("Basisonder-"),
        "{text}"
    );
}

/// Seen in the demo PDFs: a cycle of empty steps (heading, status line, heading, …) was kept
/// together as a whole and left page 1 nearly empty.
#[test]
fn a_cycle_of_empty_steps_starts_on_the_first_page() {
    let mut data = sample::overview(1);
    for step in &mut data.cycles[0].steps {
        step.records.clear();
        step.completed_on = None;
    }
    let (_, pdf) = overview("lege-cyclus", &data);
    let first = super::page_text(&pdf, 1);
    assert!(first.contains("Cyclus 1"), "{first}");
    assert!(first.contains("Stap 1 · Signaleren"), "{first}");
}
