//! "Visie leerling" and "Visie ouders": the hoorgesprekken and zienswijzen of the casus, their
//! words verbatim between quote marks, each wish with what the school does and why not. One
//! compact block per conversation (a commission reads dozens of these), no table: quotes keep
//! their line breaks.

use super::{Builder, ParentView, PupilView, WishLine};
use crate::domain::dates::to_dutch;
use crate::export::model::{Block, HeadingLevel, KeyValue, TextStyle};

/// The words between Dutch quote marks, verbatim inside.
pub(super) fn quoted(words: &str) -> String {
    format!("„{}”", words.trim())
}

fn wish_line(wish: &WishLine) -> String {
    match wish
        .reason
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty())
    {
        Some(reason) => format!(
            "{} — {} — reden: {reason}",
            quoted(&wish.words),
            wish.response
        ),
        None => format!("{} — {}", quoted(&wish.words), wish.response),
    }
}

/// The casus block's row when no view is recorded yet (one row: a new casus fits one page).
pub(super) fn no_views_row() -> KeyValue {
    KeyValue::new(
        "Hoorrecht",
        "Nog geen visie van leerling of ouders vastgelegd",
    )
}

impl Builder {
    /// Both sections; an empty one says so (a missing hoorgesprek is worth seeing). With
    /// neither, the casus block says so in one row instead ([`no_views_row`]), so a new casus
    /// still fits one page.
    pub(super) fn views(&mut self, data: &super::CaseOverviewData) {
        if data.pupil_views.is_empty() && data.parent_views.is_empty() {
            return;
        }
        self.section("Visie leerling");
        if data.pupil_views.is_empty() {
            self.push(Block::Notice(
                "Er is bij deze casus nog geen hoorgesprek met de leerling vastgelegd.".into(),
            ));
        }
        for view in &data.pupil_views {
            self.pupil_view(view);
        }
        self.section("Visie ouders");
        if data.parent_views.is_empty() {
            self.push(Block::Notice(
                "Er is bij deze casus nog geen zienswijze van ouders vastgelegd.".into(),
            ));
        }
        for view in &data.parent_views {
            self.parent_view(view);
        }
    }

    fn label(&mut self, text: &str) {
        self.push(Block::Paragraph {
            text: text.into(),
            style: TextStyle::Bold,
        });
    }

    fn wishes(&mut self, wishes: &[WishLine]) {
        if !wishes.is_empty() {
            self.label("Wensen en wat school ermee doet");
            self.push(Block::Bullets(wishes.iter().map(wish_line).collect()));
        }
    }

    fn pupil_view(&mut self, view: &PupilView) {
        self.heading(
            HeadingLevel::Subsection,
            format!(
                "Hoorgesprek van {} · {}",
                to_dutch(view.held_on),
                view.moment
            ),
        );
        self.push(Block::KeyValues(vec![KeyValue::new(
            "Gesproken met",
            view.spoke_with.clone(),
        )]));
        if view.answers.is_empty() {
            self.push(Block::Paragraph {
                text: "Geen vragen beantwoord.".into(),
                style: TextStyle::Italic,
            });
        }
        for answer in &view.answers {
            let question = match answer.scale {
                Some(scale) => format!("{} (schaal: {scale} van 5)", answer.question.trim()),
                None => answer.question.trim().to_owned(),
            };
            self.label(&question);
            if !answer.words.trim().is_empty() {
                self.push(Block::Quote(quoted(&answer.words)));
            }
        }
        if !view.child_goals.is_empty() {
            self.label("Kinddoelen");
            self.push(Block::Bullets(
                view.child_goals.iter().map(|g| quoted(g)).collect(),
            ));
        }
        self.wishes(&view.wishes);
    }

    fn parent_view(&mut self, view: &ParentView) {
        self.heading(
            HeadingLevel::Subsection,
            format!(
                "Zienswijze ouders van {} · {}",
                to_dutch(view.given_on),
                view.moment
            ),
        );
        self.push(Block::KeyValues(vec![KeyValue::new(
            "Gegeven door",
            view.given_by.join(", "),
        )]));
        if !view.words.trim().is_empty() {
            self.push(Block::Quote(quoted(&view.words)));
        }
        self.wishes(&view.wishes);
    }
}
