//! "Wat jij hebt verteld": the child's own summary of a hoorgesprek (issue 8, item 7). It is
//! for the child, so it speaks to them: large type, short sentences in "je" form, dates in
//! words, their own words verbatim per question, the smiley they chose drawn and said in words,
//! what they want to learn, what school does with each wish (honestly, with the reason when
//! school does not do it all), and a space to draw. No jargon, no casus data, no other pupil,
//! no "VERTROUWELIJK" header: one quiet footer line says the sheet is private.

use super::model::{Audience, Block, Document, HeadingLevel, Metadata, TextStyle};
use crate::domain::hearing::{HearingSetting, PupilHearing, SchoolResponse};
use crate::domain::pupil::SchoolStage;
use chrono::{Datelike, NaiveDate as Date};

/// The metadata title of every child summary; deliberately without names.
pub const METADATA_TITLE: &str = "Ibis — Wat jij hebt verteld";

/// The document's title, on top of the first page.
pub const TITLE: &str = "Wat jij hebt verteld";

/// What the child summary shows: the child's first name (never the last), the words of the
/// school, and the hoorgesprek as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct HearingSummaryData {
    pub first_name: String,
    /// Decides "je juf of meester" (po) or "je mentor" (vo).
    pub stage: SchoolStage,
    /// The day of the conversation (the stored `heldOn`).
    pub held_on: Date,
    pub hearing: PupilHearing,
}

/// Builds the document.
pub fn build(data: &HearingSummaryData) -> Document {
    let hearing = &data.hearing;
    let class_contact = class_contact(data.stage);
    let mut blocks = vec![Block::Title {
        text: TITLE.into(),
        subtitle: Some(format!("Voor {}", data.first_name.trim())),
    }];
    let mut intro = format!(
        "Je praatte op {} met {}.",
        date_in_words(data.held_on),
        hearing.spoke_with.trim()
    );
    intro.push_str(match hearing.setting {
        HearingSetting::Alone => " Jullie waren met z’n tweeën.",
        HearingSetting::WithParent => " Je vader, moeder of verzorger was er ook bij.",
        HearingSetting::WithClassContact => "",
    });
    if hearing.setting == HearingSetting::WithClassContact {
        intro.push_str(&format!(" Ook {class_contact} was erbij."));
    }
    intro.push_str("\nOp dit blad staat wat jij hebt verteld. En wat school daarmee gaat doen.");
    blocks.push(paragraph(intro));

    let answered: Vec<_> = hearing
        .answers
        .iter()
        .filter(|a| !a.words.trim().is_empty() || a.scale.is_some())
        .collect();
    if !answered.is_empty() {
        blocks.push(section("Wat jij zei"));
        for answer in answered {
            blocks.push(Block::Heading {
                level: HeadingLevel::Minor,
                text: answer.question.trim().to_owned(),
            });
            if let Some(chosen) = answer.scale {
                blocks.push(Block::Scale {
                    chosen,
                    caption: format!("Jij koos {chosen} van de 5."),
                });
            }
            if !answer.words.trim().is_empty() {
                blocks.push(Block::Quote(answer.words.clone()));
            }
        }
    }

    let goals: Vec<String> = hearing
        .child_goals
        .iter()
        .map(|goal| goal.trim().to_owned())
        .filter(|goal| !goal.is_empty())
        .collect();
    if !goals.is_empty() {
        blocks.push(section("Dit wil jij leren"));
        blocks.push(Block::Bullets(goals));
    }

    let wishes: Vec<_> = hearing
        .wishes
        .iter()
        .filter(|w| !w.words.trim().is_empty())
        .collect();
    if !wishes.is_empty() {
        blocks.push(section("Wat school gaat doen"));
        blocks.push(paragraph(
            "Dit wenste jij. Hieronder staat wat school doet.".into(),
        ));
        for wish in wishes {
            blocks.push(Block::Quote(wish.words.clone()));
            let reason = wish
                .reason
                .as_deref()
                .map(str::trim)
                .filter(|r| !r.is_empty());
            let (answer, because) = match wish.response {
                Some(SchoolResponse::Overnemen) => ("Dat gaan we doen.", None),
                Some(SchoolResponse::Deels) => (
                    "We doen een deel daarvan.",
                    reason.map(|r| format!("Waarom niet alles: {r}")),
                ),
                Some(SchoolResponse::Niet) => (
                    "Dat gaan we niet doen.",
                    reason.map(|r| format!("Waarom niet: {r}")),
                ),
                None => (
                    "Daar denken we nog over na. We vertellen het je als we het weten.",
                    None,
                ),
            };
            blocks.push(Block::Paragraph {
                text: answer.into(),
                style: TextStyle::Bold,
            });
            if let Some(because) = because {
                blocks.push(paragraph(because));
            }
            blocks.push(Block::Space(6.0));
        }
    }

    blocks.push(Block::Space(10.0));
    blocks.push(paragraph(format!(
        "Klopt er iets niet? Of wil je nog iets zeggen? Vertel het aan {class_contact}."
    )));
    blocks.push(Block::DrawingSpace {
        label: "Hier mag je tekenen".into(),
        min_height: 230.0,
    });

    Document {
        header_title: TITLE.into(),
        audience: Audience::Child,
        mark: None,
        metadata: Metadata {
            title: METADATA_TITLE.into(),
            subject: "Samenvatting van een hoorgesprek, voor de leerling (vertrouwelijk)".into(),
            keywords: vec!["Ibis".into(), "hoorgesprek".into(), "vertrouwelijk".into()],
        },
        blocks,
    }
}

/// The proposed file name: initials and the day of the conversation, never the full name
/// (`wat-jij-hebt-verteld-SdV-2026-11-20.pdf` for Sanne de Vries).
pub fn file_name(first_name: &str, last_name: &str, held_on: Date) -> String {
    format!(
        "wat-jij-hebt-verteld-{}-{}.pdf",
        super::case_overview::initials(first_name, last_name),
        crate::domain::dates::to_iso(held_on)
    )
}

/// Who the child goes to with questions, in a child's words.
fn class_contact(stage: SchoolStage) -> &'static str {
    match stage {
        SchoolStage::Primary => "je juf of meester",
        SchoolStage::Secondary => "je mentor",
    }
}

/// "20 november 2026": a date as a child reads it.
pub fn date_in_words(date: Date) -> String {
    let month = crate::domain::dates::month_name(date.month());
    format!("{} {month} {}", date.day(), date.year())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_in_words() {
        let date = Date::from_ymd_opt(2026, 11, 20).expect("valid date");
        assert_eq!(date_in_words(date), "20 november 2026");
        let date = Date::from_ymd_opt(2027, 1, 3).expect("valid date");
        assert_eq!(date_in_words(date), "3 januari 2027");
    }

    #[test]
    fn the_file_name_has_initials_only() {
        let date = Date::from_ymd_opt(2026, 11, 20).expect("valid date");
        assert_eq!(
            file_name("Sanne", "de Vries", date),
            "wat-jij-hebt-verteld-SdV-2026-11-20.pdf"
        );
    }
}
