//! Item 19: long Dutch words in narrow PDF columns break at a hyphenation point with a visible
//! hyphen, never mid-syllable without one, read back with pdftotext.

use super::render;
use super::words::{document_words, unexplained_words};
use ibis_core::export::model::{Audience, Block, Column, Document, Metadata, Table};

fn narrow_table(cells: &[&str]) -> Document {
    Document {
        header_title: "Afbreektest".into(),
        audience: Audience::Professional,
        mark: None,
        metadata: Metadata {
            title: "Ibis — test".into(),
            subject: String::new(),
            keywords: Vec::new(),
        },
        blocks: vec![Block::Table(Table {
            columns: vec![
                Column::new("Smal", 11.0),
                Column::new("Wie", 13.0),
                Column::new("Breed", 76.0),
            ],
            rows: cells
                .iter()
                .map(|cell| vec![(*cell).to_owned(), (*cell).to_owned(), "Toelichting".into()])
                .collect(),
        })],
    }
}

#[test]
fn long_words_in_narrow_columns_break_with_a_hyphen_at_a_syllable() {
    let cells = [
        "groepsleerkracht",
        "Ondersteuningscoördinator",
        "Basisondersteuning",
        "Onderwijsbehoeftenanalyse",
        "intern begeleider en ouder/verzorger",
        "Kanariepiet-Öztürk",
    ];
    let document = narrow_table(&cells);
    let (_, pdf) = render("afbreken", &document);
    let text = pdf.raw_text();
    let unexplained = unexplained_words(&text, &document_words(&document));
    assert!(
        unexplained.is_empty(),
        "broken without a hyphen: {unexplained:?}\n{text}"
    );
    assert!(text.contains("groeps-\n"), "{text}");
    assert!(!text.contains("groepsleerk\n"), "{text}");
    assert!(
        text.contains("Kanariepiet-\n"),
        "compound breaks after its hyphen: {text}"
    );
    assert!(!text.contains("Kanariepiet--"), "no second hyphen: {text}");
}
