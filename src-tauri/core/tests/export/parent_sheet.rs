//! The ouderblad (issue 9 item 11), read back with pdftotext: one or two pages, "u" and never
//! "je"/"jij", no abbreviation without its meaning at its first use (a list of the
//! abbreviations parents meet in passend onderwijs), the uitstroombestemming in words, what
//! is signed for and what is only discussed, where to go when parents disagree, no name in the
//! metadata.

use super::opp_sample;
use super::words::{document_words, unexplained_words};
use super::*;
use ibis_core::export::opp_parent_sheet;
use ibis_core::template::Template;

/// Abbreviations of passend onderwijs, each with words its explanation must contain.
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("OPP", "ontwikkelingsperspectiefplan"),
    ("OOGO", "op overeenstemming gericht overleg"),
    ("SWV", "samenwerkingsverband"),
    ("TLV", "toelaatbaarheidsverklaring"),
    ("GPO", "Geschillencommissie"),
    ("IB'er", "intern begeleider"),
    ("IB", "interne begeleiding"),
    ("ROD", "Register Onderwijsdeelnemers"),
    ("BRON", "Basisregister Onderwijs"),
    ("WPO", "Wet op het primair onderwijs"),
    ("WVO", "Wet op het voortgezet onderwijs"),
    ("WEC", "Wet op de expertisecentra"),
    ("AVG", "gegevensbescherming"),
    ("MDO", "multidisciplinair overleg"),
    ("OT", "ondersteuningsteam"),
    ("RT", "remedial teaching"),
    ("vso", "voortgezet speciaal onderwijs"),
    ("so", "speciaal onderwijs"),
    ("sbo", "speciaal basisonderwijs"),
    ("pro", "praktijkonderwijs"),
    ("vmbo", "voorbereidend middelbaar beroepsonderwijs"),
    ("havo", "hoger algemeen voortgezet onderwijs"),
    ("vwo", "voorbereidend wetenschappelijk onderwijs"),
    ("mbo", "middelbaar beroepsonderwijs"),
    ("hbo", "hoger beroepsonderwijs"),
    ("wo", "wetenschappelijk onderwijs"),
    ("po", "primair onderwijs"),
    ("vo", "voortgezet onderwijs"),
    ("lwoo", "leerwegondersteunend"),
];

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Byte offsets where `short` stands as a word of its own (upper-case abbreviations as
/// written, lower-case ones in any case; "IB" is not found inside "IB'er").
fn occurrences(text: &str, short: &str) -> Vec<usize> {
    let exact = short.chars().any(char::is_uppercase);
    let haystack = if exact {
        text.to_owned()
    } else {
        text.to_lowercase()
    };
    let is_word = |c: char| c.is_alphanumeric() || c == '\'' || c == '’';
    haystack
        .match_indices(short)
        .map(|(at, _)| at)
        .filter(|at| {
            let before = haystack[..*at].chars().next_back();
            let after = haystack[at + short.len()..].chars().next();
            !before.is_some_and(is_word) && !after.is_some_and(is_word)
        })
        .collect()
}

/// The abbreviations whose first use is not next to their meaning (within a short reach
/// either side: "ontwikkelingsperspectiefplan (OPP)", "vmbo (voorbereidend …)",
/// "vmbo-kb (vmbo: …)").
fn unexplained(text: &str) -> Vec<&'static str> {
    let lower = text.to_lowercase();
    ABBREVIATIONS
        .iter()
        .filter(|(short, meaning)| {
            let Some(first) = occurrences(text, short).first().copied() else {
                return false;
            };
            let from = lower.floor_char_boundary(first.saturating_sub(meaning.len() + 4));
            let to = lower
                .ceil_char_boundary((first + short.len() + meaning.len() + 40).min(lower.len()));
            !lower[from..to].contains(&meaning.to_lowercase())
        })
        .map(|(short, _)| *short)
        .collect()
}

fn sheet(name: &str, data: &ibis_core::export::opp::OppDocumentData) -> (Rendered, String) {
    let document = opp_parent_sheet::build(data, &Template::landelijk().unwrap());
    let (rendered, pdf) = render(name, &document);
    let text = flat(&pdf.text());
    (rendered, text)
}

#[test]
fn the_check_finds_an_unexplained_abbreviation() {
    assert_eq!(unexplained("Het OPP van Daan."), vec!["OPP"]);
    assert!(unexplained("Het ontwikkelingsperspectiefplan (OPP) van Daan. Het OPP.").is_empty());
    assert_eq!(
        unexplained("Naar de havo. Of het vmbo (voorbereidend middelbaar beroepsonderwijs)."),
        vec!["havo"]
    );
    assert_eq!(unexplained("De IB'er en de IB."), vec!["IB'er", "IB"]);
    assert!(unexplained("Een probleem, zo.").is_empty());
}

#[test]
fn no_abbreviation_without_its_meaning_at_first_use() {
    for (index, data) in [opp_sample::established(), opp_sample::draft()]
        .iter()
        .enumerate()
    {
        let (_, text) = sheet(&format!("ouderblad-{index}"), data);
        assert!(
            text.contains("ontwikkelingsperspectiefplan (OPP)"),
            "{text}"
        );
        // The template's label and what the school typed carry abbreviations.
        for short in ["vmbo", "havo", "RT", "IB'er"] {
            assert!(
                !occurrences(&text, short).is_empty(),
                "{short} not used:\n{text}"
            );
        }
        let unexplained = unexplained(&text);
        assert!(
            unexplained.is_empty(),
            "unexplained: {unexplained:?}\n{text}"
        );
    }
}

#[test]
fn it_says_u_and_never_je() {
    let (_, text) = sheet("ouderblad-u", &opp_sample::established());
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .collect();
    assert!(words.iter().any(|w| w == "u"), "{text}");
    assert!(words.iter().any(|w| w == "uw"), "{text}");
    for informal in ["je", "jij", "jou", "jouw", "jullie"] {
        assert!(
            !words.iter().any(|w| w == informal),
            "‘{informal}’:\n{text}"
        );
    }
}

#[test]
fn one_or_two_pages_with_every_part_a_parent_needs() {
    let data = opp_sample::established();
    let (rendered, text) = sheet("ouderblad-delen", &data);
    assert!(
        (1..=2).contains(&rendered.pages),
        "{} pages",
        rendered.pages
    );
    assert_in_order(
        &text,
        &[
            "Wat staat er in het OPP van Zoë?",
            "OPP betekent: ontwikkelingsperspectiefplan.",
            "Wat is een OPP?",
            "ontwikkelingsperspectiefplan (OPP)",
            "Het perspectiefdeel.",
            "Het handelingsdeel.",
            "Wat verwacht de school?",
            "uitstroombestemming",
            "vmbo (voorbereidend middelbaar beroepsonderwijs) kaderberoepsgerichte leerweg",
            "Wat gaat de school doen?",
            "Kent de tafels van 1 tot en met 10",
            "Door: Mirjam Bakker, remedial teacher. Hoe vaak: 3 keer per week, 20 minuten.",
            "aangepaste onderwijstijd",
            "tot en met 26-02-2027",
            "Waarvoor vraagt de school uw akkoord?",
            "U hoeft hiervoor niet te tekenen.",
            "Voor het handelingsdeel vraagt de school wel uw akkoord.",
            "Hebben twee ouders het gezag? Dan tekent ieder van u zelf.",
            "Bent u het niet eens met het plan?",
            "Praat eerst met de school: met de leerkracht, de intern begeleider of de directeur.",
            "onderwijsconsulent",
            "Geschillencommissie Passend Onderwijs",
            "Op het blad ‘Waar kunt u terecht?’ staat wie u verder kan helpen. Vraag de school \
             om dat blad.",
            "Hebt u vragen?",
            "Neem contact op met Anouk Visser (intern begeleider), OBS De Ĳsvogel, Zoeterwoude.",
        ],
    );
    assert!(!text.contains("CONCEPT"), "{text}");
    let (rendered, draft) = sheet("ouderblad-concept", &opp_sample::draft());
    assert!(
        (1..=2).contains(&rendered.pages),
        "{} pages",
        rendered.pages
    );
    assert!(draft.contains("CONCEPT"), "{draft}");
    assert!(draft.contains("Het plan is nog een concept."), "{draft}");
}

#[test]
fn no_name_in_the_metadata_or_file_name_and_no_word_broken_without_a_hyphen() {
    let data = opp_sample::established();
    let document = opp_parent_sheet::build(&data, &Template::landelijk().unwrap());
    let (_, pdf) = render("ouderblad-metadata", &document);
    let unexplained = unexplained_words(&pdf.raw_text(), &document_words(&document));
    assert!(
        unexplained.is_empty(),
        "broken without a hyphen: {unexplained:?}"
    );
    let info = pdf.info();
    assert!(info.contains(opp_parent_sheet::METADATA_TITLE), "{info}");
    for name in ["Zoë", "Kanariepiet", "Öztürk"] {
        assert!(!info.contains(name), "‘{name}’ in the metadata:\n{info}");
    }
    assert_eq!(
        opp_parent_sheet::file_name(&data),
        "ouderblad-opp-ZK-2026-11-23.pdf"
    );
}
