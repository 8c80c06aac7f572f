//! Acceptance (issue 7): the casusoverzicht of every demo casus prints labels, never a raw
//! template or step key, and no word broken without a hyphen; its words follow the pupil's
//! onderwijstype. Read back with `pdftotext -raw` (lines as drawn, hyphens kept).

use super::render;
use super::support::TestVault;
use super::words::{document_words, unexplained_words};
use ibis_core::domain::pupil::SchoolStage;
use ibis_core::export::case_overview;
use ibis_core::export::model::{Block, Document};
use ibis_core::template::Template;
use ibis_core::usecases::cases::{self, ListCasesRequest};
use ibis_core::usecases::demo::{self, DemoRequest};
use ibis_core::usecases::{IdRequest, export};
use std::collections::BTreeSet;

/// Every key a document could print by mistake: the template's step and choice keys, the
/// requirement keys, and the wire names of the closed vocabularies.
pub fn raw_keys(template: &Template) -> BTreeSet<String> {
    let mut keys: BTreeSet<String> = template
        .steps
        .iter()
        .map(|s| s.key.as_str().to_owned())
        .collect();
    for list in [
        &template.factor_domains,
        &template.intervention_levels,
        &template.evaluation_outcomes,
        &template.decisions,
    ] {
        keys.extend(list.iter().map(|c| c.key.clone()));
    }
    for step in &template.steps {
        for requirement in &step.required {
            let wire = serde_json::to_value(requirement).expect("requirement serialises");
            keys.extend(wire.as_str().map(str::to_owned));
        }
    }
    keys.extend(
        [
            "teacher",
            "parent",
            "pupil",
            "coordinator",
            "other",
            "parents",
            "meeting",
            "helping",
            "hindering",
            "po",
            "sbo",
            "so",
            "vo",
            "vso",
            "pro",
        ]
        .map(str::to_owned),
    );
    keys
}

/// The texts printed where a label belongs: headings, table cells, key-value pairs, roles.
pub fn label_places(document: &Document) -> Vec<&str> {
    let mut places = Vec::new();
    block_label_places(&document.blocks, &mut places);
    places
}

fn block_label_places<'d>(blocks: &'d [Block], places: &mut Vec<&'d str>) {
    for block in blocks {
        match block {
            Block::Heading { text, .. } => places.push(text.as_str()),
            Block::Table(table) => places.extend(table.rows.iter().flatten().map(String::as_str)),
            Block::KeyValues(pairs) => places.extend(
                pairs
                    .iter()
                    .flat_map(|p| [p.key.as_str(), p.value.as_str()]),
            ),
            Block::Signatures(signatures) => {
                places.extend(signatures.iter().map(|s| s.role.as_str()))
            }
            Block::Keep(blocks) => block_label_places(blocks, places),
            Block::Title { .. }
            | Block::Paragraph { .. }
            | Block::Bullets(_)
            | Block::Notice(_)
            | Block::Quote(_)
            | Block::Scale { .. }
            | Block::DrawingSpace { .. }
            | Block::Space(_)
            | Block::PageBreak => {}
        }
    }
}

#[test]
fn every_demo_casus_prints_labels_and_only_correctly_hyphenated_words() {
    let mut vault = TestVault::new();
    let template = Template::landelijk().unwrap();
    demo::generate(
        vault.store.as_mut().unwrap(),
        &vault.clock,
        &template,
        &DemoRequest {
            pupils: 40,
            seed: 7,
        },
    )
    .unwrap();
    let list = cases::list(vault.store(), ListCasesRequest { pupil_id: None }).unwrap();
    assert!(
        list.cases.len() >= 10,
        "demo made {} casussen",
        list.cases.len()
    );
    let keys = raw_keys(&template);
    let mut stages = BTreeSet::new();
    for (index, case) in list.cases.iter().enumerate() {
        let detail = cases::get(
            vault.store(),
            IdRequest {
                id: case.id.clone(),
            },
        )
        .unwrap();
        let document =
            case_overview::build(&export::case_overview_data(&detail, &template).unwrap());
        let (_, pdf) = render(&format!("demo-{index:02}"), &document);
        let text = pdf.raw_text();

        for place in label_places(&document) {
            assert!(
                !keys.contains(place.trim()),
                "casus {index}: raw key ‘{place}’ printed"
            );
        }
        for token in text.split(|c: char| c.is_whitespace() || ",;:()".contains(c)) {
            let keyish = token.contains('_') || (token.contains('.') && keys.contains(token));
            assert!(!keyish, "casus {index}: raw key ‘{token}’ in the text");
        }
        let unexplained = unexplained_words(&text, &document_words(&document));
        assert!(
            unexplained.is_empty(),
            "casus {index}: broken without a hyphen: {unexplained:?}"
        );

        assert!(
            !text.to_lowercase().contains("zorgcoördinator"),
            "casus {index}"
        );
        assert!(
            !text.contains("uiterlijk"),
            "casus {index}: streefdatum, not uiterlijk"
        );
        let stage = detail.pupil.education_type.stage();
        let (grade, role, other_role) = match stage {
            SchoolStage::Primary => ("Groep", "Intern begeleider", "Ondersteuningscoördinator"),
            SchoolStage::Secondary => {
                ("Leerjaar", "Ondersteuningscoördinator", "Intern begeleider")
            }
        };
        assert!(text.contains(grade), "casus {index}: {grade} missing");
        assert!(
            text.contains(role),
            "casus {index}: signature role {role} missing"
        );
        assert!(
            !text.contains(other_role),
            "casus {index}: {other_role} in a {stage:?} casus"
        );
        stages.insert(format!("{stage:?}"));
    }
    assert_eq!(stages.len(), 2, "the demo covers po and vo: {stages:?}");
}
