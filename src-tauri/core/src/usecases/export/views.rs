//! The casusoverzicht's "Visie leerling" and "Visie ouders" from the hoorrecht records of the
//! casus (`hearings::of_case`): enter once, the document quotes the stored words as they are.

use super::overview::date;
use crate::domain::hearing::{self, HearingSetting, PupilHearing, SchoolResponse, Wish};
use crate::domain::pupil::Wording;
use crate::error::Result;
use crate::export::case_overview::{ParentView, PupilView, QuotedAnswer, WishLine};
use crate::records::CaseSummary;
use crate::store::guardians;
use crate::usecases::hearings::{of_case, parent_view_view};
use rusqlite::Connection;

/// The hearings and parent views of `case`, oldest first, in the casusoverzicht's terms.
pub(crate) fn case_views(
    conn: &Connection,
    case: &CaseSummary,
    wording: Wording,
) -> Result<(Vec<PupilView>, Vec<ParentView>)> {
    let found = of_case(conn, case)?;
    let guardians = guardians::for_pupil(conn, &case.pupil_id)?;
    let pupil_views = found
        .hearings
        .iter()
        .map(|row| pupil_view(&row.data, wording))
        .collect::<Result<_>>()?;
    let parent_views = found
        .parent_views
        .into_iter()
        .map(|row| {
            let view = parent_view_view(row, &guardians);
            parent_view(&view.view, view.given_by)
        })
        .collect::<Result<_>>()?;
    Ok((pupil_views, parent_views))
}

fn pupil_view(hearing: &PupilHearing, wording: Wording) -> Result<PupilView> {
    let with = match hearing.setting {
        HearingSetting::Alone => "alleen met de leerling".to_owned(),
        HearingSetting::WithParent => "met een ouder erbij".to_owned(),
        HearingSetting::WithClassContact => format!("met de {} erbij", wording.class_contact),
    };
    Ok(PupilView {
        held_on: date(&hearing.held_on)?,
        moment: hearing.moment.dutch().into(),
        spoke_with: format!("{} ({with})", hearing.spoke_with.trim()),
        answers: hearing
            .answers
            .iter()
            .filter(|a| !a.words.trim().is_empty() || a.scale.is_some())
            .map(|a| QuotedAnswer {
                question: a.question.clone(),
                words: a.words.clone(),
                scale: a.scale,
            })
            .collect(),
        child_goals: hearing
            .child_goals
            .iter()
            .filter(|g| !g.trim().is_empty())
            .cloned()
            .collect(),
        wishes: wishes(&hearing.wishes),
    })
}

fn parent_view(view: &hearing::ParentView, given_by: Vec<String>) -> Result<ParentView> {
    Ok(ParentView {
        given_on: date(&view.given_on)?,
        moment: view.moment.dutch().into(),
        given_by,
        words: view.words.clone(),
        wishes: wishes(&view.wishes),
    })
}

fn wishes(wishes: &[Wish]) -> Vec<WishLine> {
    wishes
        .iter()
        .filter(|w| !w.words.trim().is_empty())
        .map(|w| WishLine {
            words: w.words.clone(),
            response: match w.response {
                Some(SchoolResponse::Overnemen) => "Overgenomen",
                Some(SchoolResponse::Deels) => "Deels overgenomen",
                Some(SchoolResponse::Niet) => "Niet overgenomen",
                None => "Nog niet besloten",
            }
            .into(),
            reason: w.reason.clone(),
        })
        .collect()
}
