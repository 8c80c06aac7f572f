//! Checks that every word a reader sees in a PDF is a word of the document it was made from:
//! whole, or in pieces that end in a hyphen at a Dutch hyphenation point (or after a hyphen or
//! slash of its own). A word cut without a hyphen ("groepsleerk" / "racht") or at a point the
//! patterns do not allow shows up as an unexplained piece. Works on pdftotext's words, so it
//! does not depend on the reading order of table columns.

use ibis_core::export::hyphenate::break_points;
use ibis_core::export::model::{Block, Document};
use std::collections::BTreeSet;

/// Texts the renderer adds around the blocks (header, footer, signature fields, bullets).
const FRAME: &[&str] = &[
    "VERTROUWELIJK",
    "Afgedrukt op 23-11-2026 · Ibis 0.1.0",
    "Pagina van",
    "Naam Datum Handtekening",
    "•",
    // The child's summary: one footer line and "Blad x van y".
    "Dit blad is van jou. Je ouders en school mogen het ook lezen.",
    "Blad van",
];

/// Every whitespace-separated word of the document (as given, with its punctuation).
pub fn document_words(document: &Document) -> BTreeSet<String> {
    let mut texts: Vec<&str> = vec![&document.header_title];
    texts.extend(FRAME);
    texts.extend(document.mark.as_deref());
    block_texts(&document.blocks, &mut texts);
    texts
        .iter()
        .flat_map(|t| t.split_whitespace())
        .map(str::to_owned)
        .collect()
}

fn block_texts<'d>(blocks: &'d [Block], texts: &mut Vec<&'d str>) {
    for block in blocks {
        match block {
            Block::Title { text, subtitle } => {
                texts.push(text);
                texts.extend(subtitle.as_deref());
            }
            Block::Heading { text, .. }
            | Block::Paragraph { text, .. }
            | Block::Notice(text)
            | Block::Quote(text)
            | Block::Scale { caption: text, .. }
            | Block::DrawingSpace { label: text, .. } => texts.push(text),
            Block::Bullets(items) => texts.extend(items.iter().map(String::as_str)),
            Block::KeyValues(pairs) => {
                for pair in pairs {
                    texts.push(&pair.key);
                    texts.push(&pair.value);
                }
            }
            Block::Table(table) => {
                texts.extend(table.columns.iter().map(|c| c.title.as_str()));
                texts.extend(table.rows.iter().flatten().map(String::as_str));
            }
            Block::Signatures(signatures) => {
                for signature in signatures {
                    texts.push(&signature.role);
                    texts.extend(signature.name.as_deref());
                    texts.extend(signature.options.iter().map(String::as_str));
                }
            }
            Block::Keep(blocks) => block_texts(blocks, texts),
            Block::Space(_) | Block::PageBreak => {}
        }
    }
}

/// The pdftotext words that are neither a document word nor a correct piece of one.
pub fn unexplained_words(pdf_text: &str, words: &BTreeSet<String>) -> Vec<String> {
    pdf_text
        .split_whitespace()
        .filter(|token| !token.chars().all(|c| c.is_ascii_digit()))
        .filter(|token| !words.contains(*token) && !is_piece(token, words))
        .map(str::to_owned)
        .collect()
}

/// Whether `token` is a piece of a document word between two allowed break points, ending in
/// the hyphen the wrapper adds when (and only when) the break is a syllable break.
fn is_piece(token: &str, words: &BTreeSet<String>) -> bool {
    words.iter().any(|word| {
        let points = break_points(word);
        let starts = std::iter::once(0).chain(points.iter().map(|p| p.at));
        starts.into_iter().any(|start| {
            let rest = &word[start..];
            if rest == token {
                return start > 0;
            }
            points.iter().filter(|p| p.at > start).any(|p| {
                let piece = &word[start..p.at];
                if p.adds_hyphen {
                    token.strip_suffix('-') == Some(piece)
                } else {
                    token == piece
                }
            })
        })
    })
}

/// Dutch words of the document that a correct break would let through but a cut would not.
#[test]
fn the_check_accepts_hyphenated_pieces_and_rejects_cuts() {
    let words: BTreeSet<String> = ["De", "groepsleerkracht", "(ouder/verzorger)."]
        .into_iter()
        .map(str::to_owned)
        .collect();
    assert!(unexplained_words("De groeps-\nleerkracht (ouder/\nverzorger).", &words).is_empty());
    assert!(unexplained_words("groeps- leer-\nkracht", &words).is_empty());
    assert_eq!(
        unexplained_words("groepsleerk\nracht", &words),
        vec!["groepsleerk", "racht"]
    );
    assert_eq!(unexplained_words("groepsl-\neerkracht", &words).len(), 2);
    assert_eq!(
        unexplained_words("groeps\nleerkracht", &words),
        vec!["groeps"]
    );
}
