//! Enter once: a new OPP draft starts from what Ibis already holds. From the latest stappenplan
//! cycle of the casus (or the pupil's latest casus) it takes the onderwijsbehoeften, the
//! factors, the goals and the interventions; from the latest hoorgesprek the pupil's words and
//! kinddoelen; from the latest zienswijze the parents' words. Every item says where it came from
//! ([`ItemSource`]) and stays editable. A hoorgesprek held after the draft was made is taken
//! over on request ([`take_over_voice`]).

use crate::domain::dates;
use crate::domain::hearing::{ParentView, PupilHearing};
use crate::domain::opp::{
    ItemSource, OppContent, OppFactor, OppGoal, OppSupport, PupilQuote, PupilVoice, SourceKind,
    SourcedText,
};
use crate::domain::records::RecordData;
use crate::error::Result;
use crate::records::CaseSummary;
use crate::store::hearings::StoredRow;
use crate::store::{cases, cycles, hearings, records};
use crate::template::Template;
use chrono::NaiveDate as Date;
use rusqlite::Connection;

/// The pre-filled content for a new OPP of `pupil_id`, from casus `case_id` when given. Only
/// what happened by `today` counts (the newest hoorgesprek and zienswijze up to today).
pub(super) fn content(
    conn: &Connection,
    template: &Template,
    pupil_id: &str,
    case_id: Option<&str>,
    today: Date,
) -> Result<OppContent> {
    let mut content = OppContent::default();
    if let Some(case) = source_case(conn, pupil_id, case_id)? {
        from_stepplan(conn, template, &case, &mut content)?;
    }
    let today = dates::to_iso(today);
    if let Some(hearing) = hearings::of_pupil::<PupilHearing>(conn, pupil_id)?
        .into_iter()
        .find(|h| h.data.held_on <= today)
    {
        from_hearing(&hearing, &mut content);
    }
    if let Some(view) = hearings::of_pupil::<ParentView>(conn, pupil_id)?
        .into_iter()
        .find(|v| v.data.given_on <= today)
    {
        content.parents_view = Some(SourcedText {
            text: view.data.words.clone(),
            source: Some(ItemSource {
                kind: SourceKind::ParentView,
                record_id: view.id.clone(),
                label: format!("Zienswijze ouders van {}", dutch(&view.data.given_on)),
            }),
        });
    }
    Ok(content)
}

/// The casus to read: the given one, else the pupil's newest casus that decided on extra
/// support, else the newest casus.
fn source_case(
    conn: &Connection,
    pupil_id: &str,
    case_id: Option<&str>,
) -> Result<Option<CaseSummary>> {
    if let Some(case_id) = case_id {
        return cases::get(conn, case_id).map(Some);
    }
    let mut all = cases::list(conn, Some(pupil_id))?;
    all.sort_by(|a, b| b.start_date.cmp(&a.start_date));
    let decided = all
        .iter()
        .position(|c| c.extra_support_decided_on.is_some());
    Ok(match decided {
        Some(index) => Some(all.swap_remove(index)),
        None => all.into_iter().next(),
    })
}

/// Takes the records of the newest cycle that has any of the four kinds.
fn from_stepplan(
    conn: &Connection,
    template: &Template,
    case: &CaseSummary,
    content: &mut OppContent,
) -> Result<()> {
    for cycle in cycles::for_case(conn, &case.id)?.into_iter().rev() {
        let rows = records::for_cycle(conn, &cycle.id)?;
        let source = |id: &str, step: &str| ItemSource {
            kind: SourceKind::Stepplan,
            record_id: id.to_owned(),
            label: format!(
                "Stappenplan ‘{}’, cyclus {}, stap {}",
                case.title, cycle.number, step
            ),
        };
        let begrijpen = &template
            .step(crate::domain::stepplan::StepKey::Begrijpen)
            .label;
        let plannen = &template
            .step(crate::domain::stepplan::StepKey::Plannen)
            .label;
        let before = content.clone();
        for row in &rows {
            match &row.data {
                RecordData::Need(need) => content.perspective.needs.push(SourcedText {
                    text: need.description.clone(),
                    source: Some(source(&row.id, begrijpen)),
                }),
                RecordData::Factor(factor) => content.perspective.factors.push(OppFactor {
                    factor_kind: factor.factor_kind,
                    domain: factor.domain.clone(),
                    description: factor.description.clone(),
                    source: Some(source(&row.id, begrijpen)),
                }),
                RecordData::Goal(goal) => content.action.goals.push(OppGoal {
                    area: None,
                    description: goal.description.clone(),
                    evaluation_date: goal.evaluation_date.clone(),
                    source: Some(source(&row.id, plannen)),
                }),
                RecordData::Intervention(intervention) => content.action.support.push(OppSupport {
                    what: intervention.description.clone(),
                    who: intervention.who.clone(),
                    frequency: intervention.frequency.clone(),
                    from: intervention.start_date.clone(),
                    source: Some(source(&row.id, plannen)),
                }),
                _ => {}
            }
        }
        if *content != before {
            break;
        }
    }
    Ok(())
}

fn from_hearing(hearing: &StoredRow<PupilHearing>, content: &mut OppContent) {
    take_over_voice(&mut content.pupil_voice, hearing);
}

/// Puts a hoorgesprek's words into "Wat vindt <voornaam> zelf?": the quotes and kinddoelen
/// taken over from an earlier hoorgesprek make way for this one's; what was typed by hand
/// stays.
pub(super) fn take_over_voice(voice: &mut PupilVoice, hearing: &StoredRow<PupilHearing>) {
    let data = &hearing.data;
    let source = ItemSource {
        kind: SourceKind::Hearing,
        record_id: hearing.id.clone(),
        label: format!(
            "Hoorgesprek van {} met {}",
            dutch(&data.held_on),
            data.spoke_with
        ),
    };
    let from_a_hearing =
        |item: &Option<ItemSource>| item.as_ref().is_some_and(|s| s.kind == SourceKind::Hearing);
    voice.quotes.retain(|q| !from_a_hearing(&q.source));
    voice.child_goals.retain(|g| !from_a_hearing(&g.source));
    voice.quotes.extend(
        data.answers
            .iter()
            .filter(|a| !a.words.trim().is_empty())
            .map(|a| PupilQuote {
                question: Some(a.question.clone()),
                words: a.words.clone(),
                source: Some(source.clone()),
            }),
    );
    voice
        .child_goals
        .extend(data.child_goals.iter().map(|goal| SourcedText {
            text: goal.clone(),
            source: Some(source.clone()),
        }));
}

/// Whether a hoorgesprek has words the plan could quote but does not (nothing in the pupil's
/// voice came from it).
pub(super) fn voice_lacks(voice: &PupilVoice, hearing: &StoredRow<PupilHearing>) -> bool {
    let has_words = hearing
        .data
        .answers
        .iter()
        .any(|a| !a.words.trim().is_empty())
        || !hearing.data.child_goals.is_empty();
    let quoted = voice
        .quotes
        .iter()
        .map(|q| &q.source)
        .chain(voice.child_goals.iter().map(|g| &g.source))
        .any(|source| source.as_ref().is_some_and(|s| s.record_id == hearing.id));
    has_words && !quoted
}

fn dutch(iso: &str) -> String {
    dates::parse_iso("date", iso)
        .map(dates::to_dutch)
        .unwrap_or_else(|_| iso.to_owned())
}
