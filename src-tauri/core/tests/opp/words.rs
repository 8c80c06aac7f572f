//! The words in the plan: a hoorgesprek held after the draft is taken over on request (hand-typed
//! words stay, another pupil's hoorgesprek is refused), and a canary word never reaches the vault
//! folder in plain text.

use super::{Setup, support};
use ibis_core::domain::hearing::HearingMoment;
use ibis_core::domain::opp::OppReason;
use ibis_core::usecases::IdRequest;
use ibis_core::usecases::opp;
use ibis_core::{Error, Rule};

#[test]
fn a_hoorgesprek_held_after_the_draft_is_taken_over_on_request() {
    use ibis_core::domain::opp::PupilQuote;
    use ibis_core::usecases::opp::TakeOverHearingRequest;
    let mut s = Setup::new();
    let page = s.ready();
    let draft = page.opp.as_ref().unwrap().versions[0].clone();
    assert!(draft.content.pupil_voice.quotes.is_empty());
    assert!(!draft.hearing_words_missing, "no hoorgesprek yet");
    let hearing_id = s.hearing("2026-11-20", HearingMoment::Opstellen);
    let clock = &s.v.clock;
    let page = opp::get(
        s.v.store.as_mut().unwrap(),
        clock,
        &s.template,
        IdRequest {
            id: s.pupil_id.clone(),
        },
    )
    .unwrap();
    let draft = page.opp.as_ref().unwrap().versions[0].clone();
    assert_eq!(draft.hearing.as_ref().unwrap().id, hearing_id);
    assert!(
        draft.hearing_words_missing,
        "its words are not in the plan yet"
    );

    // What was typed by hand stays; the hoorgesprek's words come in with their source.
    let mut content = draft.content.clone();
    content.pupil_voice.quotes.push(PupilQuote {
        question: None,
        words: "Zelf opgeschreven door de leerkracht".into(),
        source: None,
    });
    let page = opp::take_over_hearing(
        s.v.store.as_mut().unwrap(),
        clock,
        &s.template,
        TakeOverHearingRequest {
            version_id: draft.id.clone(),
            reason: draft.reason,
            content,
            hearing_id: hearing_id.clone(),
        },
    )
    .unwrap();
    let draft = &page.opp.as_ref().unwrap().versions[0];
    let words: Vec<&str> = draft
        .content
        .pupil_voice
        .quotes
        .iter()
        .map(|q| q.words.as_str())
        .collect();
    assert_eq!(
        words,
        ["Zelf opgeschreven door de leerkracht", "Als het stil is 🤫"]
    );
    assert_eq!(
        draft.content.pupil_voice.child_goals[0].text,
        "Ik lees een heel boek uit"
    );
    assert!(!draft.hearing_words_missing);

    // Another pupil's hoorgesprek is refused.
    let daan = s.v.add_pupil("Daan", "Bakker");
    let own = std::mem::replace(&mut s.pupil_id, daan);
    let foreign = s.hearing("2026-11-20", HearingMoment::Opstellen);
    s.pupil_id = own;
    let clock = &s.v.clock;
    let error = opp::take_over_hearing(
        s.v.store.as_mut().unwrap(),
        clock,
        &s.template,
        TakeOverHearingRequest {
            version_id: draft.id.clone(),
            reason: draft.reason,
            content: draft.content.clone(),
            hearing_id: foreign,
        },
    )
    .unwrap_err();
    assert!(
        matches!(
            error,
            Error::Validation {
                field: "hearingId",
                rule: Rule::OutOfRange
            }
        ),
        "{error:?}"
    );
}

/// Canary: a unique word in the plan never reaches a file of the vault folder in plain text
/// (database, its journal, the key slots), also after locking.
#[test]
fn words_of_the_plan_never_reach_the_disk_in_plain_text() {
    const CANARY: &str = "Zwaluwstaartvlinder7731";
    let mut s = Setup::new();
    let page = s.ready();
    let page = s
        .save(&page, |c| {
            c.perspective.reasoning = format!("Onderbouwing met {CANARY}.");
            c.pupil_voice
                .child_goals
                .push(ibis_core::domain::opp::SourcedText {
                    text: format!("Ik wil {CANARY} leren lezen"),
                    source: None,
                });
        })
        .unwrap();
    s.establish(&page, OppReason::Opstellen, Some(CANARY))
        .unwrap();
    for (name, bytes) in support::snapshot(&s.v.dir()) {
        assert!(
            !bytes.windows(CANARY.len()).any(|w| w == CANARY.as_bytes()),
            "{name} holds the canary in plain text"
        );
    }
    s.v.lock();
    for (name, bytes) in support::snapshot(&s.v.dir()) {
        assert!(
            !bytes.windows(CANARY.len()).any(|w| w == CANARY.as_bytes()),
            "{name} holds the canary in plain text after locking"
        );
    }
}
