//! The ouderblad "Wat staat er in het OPP van <voornaam>?" (issue 9 item 11): one or two pages
//! for the parent meeting, in plain Dutch at B1 — short sentences, "u" — and a size larger than
//! the plan. It says what an OPP is, what the school expects (the uitstroombestemming in
//! words), what the school will do, what the parents are asked to agree to (the handelingsdeel;
//! the perspectiefdeel is discussed, not signed for), what they may do when they disagree (and
//! that the sheet "Waar kunt u terecht?", [`super::where_to_go`], says who helps further) and
//! whom to ask. Every abbreviation is written out at its first use ([`abbreviations`]), also in
//! the template's labels and in what the school typed.

pub mod abbreviations;

use super::model::{Audience, Block, Document, HeadingLevel, Metadata, TextStyle};
use super::opp::{DRAFT_MARK, OppDocumentData, iso_to_dutch, present};
use crate::domain::dates::to_iso;
use crate::domain::opp::{ConsentStatus, DeviationKind, ProgrammeDeviation, VersionStatus};
use crate::template::Template;
use abbreviations::Explainer;

/// The metadata title of every ouderblad; deliberately without names.
pub const METADATA_TITLE: &str = "Ibis — ouderblad bij het OPP";

/// Builds the ouderblad.
pub fn build(data: &OppDocumentData, template: &Template) -> Document {
    let first = data.pupil.first_name.trim();
    let wording = data.pupil.stage.wording();
    // The title keeps the sheet's short name; the line right under it says what OPP means, so
    // no long word is broken in the title.
    let mut blocks = vec![Block::Title {
        text: format!("Wat staat er in het OPP van {first}?"),
        subtitle: Some("OPP betekent: ontwikkelingsperspectiefplan. Uitleg voor ouders.".into()),
    }];
    let mut intro = format!(
        "Dit blad hoort bij het gesprek over versie {} van het plan van {first}. Hier leest u \
         in gewone woorden wat erin staat.",
        data.number
    );
    if data.status == VersionStatus::Draft {
        intro.push_str(" Het plan is nog een concept. Er kan dus nog iets veranderen.");
    }
    blocks.push(paragraph(intro));

    blocks.push(section("Wat is een OPP?"));
    blocks.push(paragraph(format!(
        "{first} krijgt op school extra ondersteuning. Dat is meer hulp dan de school aan alle \
         leerlingen geeft. Dan maakt de school een ontwikkelingsperspectiefplan (OPP). Dat \
         staat in de wet. De school bespreekt het plan minstens één keer per schooljaar met u. \
         Het plan heeft twee delen:"
    )));
    blocks.push(Block::Bullets(vec![
        format!(
            "Het perspectiefdeel. Hierin staat wat {first} later gaat doen, denkt de school. En \
             waarom de school dat denkt."
        ),
        format!("Het handelingsdeel. Hierin staat hoe de school {first} daarbij helpt."),
    ]));
    blocks.push(paragraph(format!(
        "In het plan staat ook wat {first} er zelf van vindt."
    )));

    blocks.push(section("Wat verwacht de school?"));
    blocks.extend(expectation(data, template));

    blocks.push(section("Wat gaat de school doen?"));
    blocks.extend(school_will_do(data));

    blocks.push(section("Waarvoor vraagt de school uw akkoord?"));
    blocks.extend(agreement(data));

    blocks.push(section("Bent u het niet eens met het plan?"));
    if data.consent.status == ConsentStatus::NietIngestemd {
        blocks.push(paragraph(
            "U hebt laten weten dat u niet akkoord gaat met het handelingsdeel.".into(),
        ));
    }
    blocks.push(paragraph(
        "U mag het oneens zijn met de school. Dit kunt u doen:".into(),
    ));
    blocks.push(Block::Bullets(vec![
        format!(
            "Praat eerst met de school: met de {}, de {} of de directeur.",
            wording.class_contact, wording.coordinator
        ),
        "Komt u er samen niet uit? Vraag dan hulp aan een onderwijsconsulent. Die is \
         onafhankelijk en gratis. Kijk op www.onderwijsconsulenten.nl."
            .into(),
        "U kunt ook naar de Geschillencommissie Passend Onderwijs. Die commissie geeft een \
         oordeel over het plan. Doe dit binnen zes weken nadat de school het plan heeft \
         vastgesteld. Kijk op www.onderwijsgeschillen.nl."
            .into(),
    ]));
    blocks.push(paragraph(
        "Op het blad ‘Waar kunt u terecht?’ staat wie u verder kan helpen. Vraag de school om \
         dat blad."
            .into(),
    ));

    blocks.push(section("Hebt u vragen?"));
    blocks.push(paragraph(contact(data)));

    // The title's "OPP" is explained by the line right under it.
    let mut explainer = Explainer::default();
    explainer.mark_explained("OPP");
    let blocks = blocks
        .into_iter()
        .enumerate()
        .map(|(index, block)| {
            if index == 0 {
                block
            } else {
                explain(&mut explainer, block)
            }
        })
        .collect();
    Document {
        header_title: format!("Uitleg voor ouders · {}", data.pupil.full_name.trim()),
        audience: Audience::Parent,
        mark: (data.status == VersionStatus::Draft).then(|| DRAFT_MARK.to_owned()),
        metadata: Metadata {
            title: METADATA_TITLE.into(),
            subject: "Uitleg bij het ontwikkelingsperspectiefplan, voor ouders (vertrouwelijk)"
                .into(),
            keywords: vec!["Ibis".into(), "OPP".into(), "ouderblad".into()],
        },
        blocks,
    }
}

/// The proposed file name: initials and print date, never the full name
/// (`ouderblad-opp-DdV-2026-11-23.pdf` for Daan de Vries).
pub fn file_name(data: &OppDocumentData) -> String {
    format!(
        "ouderblad-opp-{}-{}.pdf",
        super::case_overview::initials(&data.pupil.full_name, ""),
        to_iso(data.printed_on)
    )
}

fn section(text: &str) -> Block {
    Block::Heading {
        level: HeadingLevel::Section,
        text: text.into(),
    }
}

fn paragraph(text: String) -> Block {
    Block::Paragraph {
        text,
        style: TextStyle::Regular,
    }
}

/// A bold line that introduces a list and stays on its page (the layout keeps a bold line
/// with what follows it).
fn lead_in(text: String) -> Block {
    Block::Paragraph {
        text,
        style: TextStyle::Bold,
    }
}

/// The uitstroombestemming in words, with the school's note.
fn expectation(data: &OppDocumentData, template: &Template) -> Vec<Block> {
    let first = data.pupil.first_name.trim();
    let perspective = &data.content.perspective;
    let Some(key) = perspective.exit_destination.as_deref() else {
        return vec![paragraph(format!(
            "De school bespreekt met u wat {first} na deze school gaat doen. Dat heet de \
             uitstroombestemming."
        ))];
    };
    let mut blocks = vec![
        paragraph(format!(
            "Welke school of welk werk past bij {first} na deze school? Dat heet de \
             uitstroombestemming. De school verwacht:"
        )),
        Block::Bullets(vec![template.exit_destination_label(key)]),
    ];
    if let Some(note) = perspective.exit_note.as_deref().and_then(present) {
        blocks.push(paragraph(format!("Uitleg van de school: {note}")));
    }
    blocks.push(paragraph(
        "Wat vindt u ervan? Dat hoort de school graag.".into(),
    ));
    blocks
}

/// Goals, support and programme deviations, one line each.
fn school_will_do(data: &OppDocumentData) -> Vec<Block> {
    let first = data.pupil.first_name.trim();
    let action = &data.content.action;
    let mut blocks = Vec::new();
    let goals: Vec<String> = action
        .goals
        .iter()
        .filter_map(|g| present(&g.description))
        .collect();
    if !goals.is_empty() {
        blocks.push(lead_in(format!("{first} werkt aan deze doelen:")));
        blocks.push(Block::Bullets(goals));
    }
    let support: Vec<String> = action
        .support
        .iter()
        .filter_map(|s| {
            let mut line = present(&s.what)?;
            if !line.ends_with(['.', '!', '?']) {
                line.push('.');
            }
            if let Some(who) = s.who.as_deref().and_then(present) {
                line.push_str(&format!(" Door: {who}."));
            }
            if let Some(frequency) = s.frequency.as_deref().and_then(present) {
                line.push_str(&format!(" Hoe vaak: {frequency}."));
            }
            Some(line)
        })
        .collect();
    if support.is_empty() {
        blocks.push(paragraph(format!(
            "Welke hulp {first} krijgt, bespreekt de school met u."
        )));
    } else {
        blocks.push(lead_in(format!("Deze hulp krijgt {first}:")));
        blocks.push(Block::Bullets(support));
    }
    if !action.deviations.is_empty() {
        blocks.push(lead_in(format!(
            "{first} volgt een deel van het gewone lesprogramma op een andere manier:"
        )));
        blocks.push(Block::Bullets(
            action
                .deviations
                .iter()
                .map(|d| deviation(first, d))
                .collect(),
        ));
    }
    blocks
}

/// One afwijking van het onderwijsprogramma in plain words.
fn deviation(first: &str, deviation: &ProgrammeDeviation) -> String {
    let subject = deviation
        .subject
        .as_deref()
        .and_then(present)
        .unwrap_or_else(|| "een vak".into());
    let mut line = match deviation.deviation_kind {
        DeviationKind::EigenLeerlijn => format!(
            "Een eigen leerlijn voor {subject}. {first} leert dit vak met eigen doelen en in \
             een eigen tempo."
        ),
        DeviationKind::Vrijstelling => {
            format!("{first} hoeft {subject} niet te volgen. Dat heet een vrijstelling.")
        }
        DeviationKind::AangepasteOnderwijstijd => {
            format!("{first} is minder uren op school. Dat heet aangepaste onderwijstijd.")
        }
    };
    if let Some(description) = present(&deviation.description) {
        line.push_str(&format!(" {description}"));
        if !line.ends_with(['.', '!', '?']) {
            line.push('.');
        }
    }
    if let Some(until) = deviation.until.as_deref().and_then(present) {
        line.push_str(&format!(" Dit duurt tot en met {}.", iso_to_dutch(&until)));
    }
    if let Some(plan) = deviation.return_plan.as_deref().and_then(present) {
        line.push_str(&format!(
            " Zo gaat {first} weer het hele programma volgen: {plan}"
        ));
    }
    line
}

/// What the parents sign for (the handelingsdeel) and what is only discussed.
fn agreement(data: &OppDocumentData) -> Vec<Block> {
    let first = data.pupil.first_name.trim();
    let mut blocks = vec![
        paragraph(
            "Het perspectiefdeel bespreekt de school met u. De school wil weten wat u ervan \
             vindt. Daarna beslist de school. U hoeft hiervoor niet te tekenen."
                .into(),
        ),
        paragraph(
            "Voor het handelingsdeel vraagt de school wel uw akkoord. U zegt of u het eens bent \
             met de hulp van de school, en u tekent in het plan. U mag ook met een deel akkoord \
             gaan. Zonder uw akkoord begint de school niet met deze hulp."
                .into(),
        ),
    ];
    if data.signers.len() > 1 {
        blocks.push(paragraph(
            "Hebben twee ouders het gezag? Dan tekent ieder van u zelf.".into(),
        ));
    }
    if data.pupil_signs {
        blocks.push(paragraph(format!(
            "{first} tekent ook. Zo laat de school zien dat {first} is gehoord."
        )));
    }
    blocks
}

/// Whom to ask, in the school's own words.
fn contact(data: &OppDocumentData) -> String {
    let school = data.pupil.school.trim();
    let role = data.school_role.trim();
    match data.pupil.contact_person.as_deref().and_then(present) {
        Some(person) => format!("Neem contact op met {person}, {school}."),
        None => format!("Neem contact op met de {role} van {school}."),
    }
}

/// The block with every abbreviation written out at its first use in the sheet.
fn explain(explainer: &mut Explainer, block: Block) -> Block {
    match block {
        Block::Title { text, subtitle } => Block::Title {
            text: explainer.explain(&text),
            subtitle: subtitle.map(|s| explainer.explain(&s)),
        },
        Block::Heading { level, text } => Block::Heading {
            level,
            text: explainer.explain(&text),
        },
        Block::Paragraph { text, style } => Block::Paragraph {
            text: explainer.explain(&text),
            style,
        },
        Block::Bullets(items) => {
            Block::Bullets(items.iter().map(|i| explainer.explain(i)).collect())
        }
        Block::Notice(text) => Block::Notice(explainer.explain(&text)),
        other => other,
    }
}
