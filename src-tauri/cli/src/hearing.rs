//! `ibis-cli hearing list|show`: the pupil's hoorgesprekken and zienswijzen ouders, for an
//! administrator checking what was recorded. `--json` gives the records as the app keeps them
//! (the pupil's words verbatim); the text form is a short overview.

use crate::args::HearingCommand;
use crate::exit::Failure;
use crate::run::print_json;
use ibis_core::clock::Clock;
use ibis_core::domain::hearing::{PupilHearing, SchoolResponse};
use ibis_core::store::Store;
use ibis_core::template::Template;
use ibis_core::usecases::IdRequest;
use ibis_core::usecases::hearings;

pub fn run(
    store: &Store,
    clock: &dyn Clock,
    template: &Template,
    command: HearingCommand,
) -> Result<(), Failure> {
    match command {
        HearingCommand::List(args) => {
            let page = hearings::list(store, clock, template, IdRequest { id: args.pupil })?;
            if args.json {
                return print_json(&page);
            }
            if let Some(since) = &page.hearing_due_since {
                println!("Hoorgesprek nodig sinds {since} (hoorrecht, Kamerstuk 36443).");
            }
            println!("hoorgesprekken: {}", page.hearings.len());
            for h in &page.hearings {
                println!(
                    "  {}  {}  {:<10}  vragenset {:<20}  antwoorden: {}  wensen: {}  kinddoelen: {}",
                    h.id,
                    h.hearing.held_on,
                    h.hearing.moment.dutch().to_lowercase(),
                    h.hearing.age_band.dutch(),
                    answered(&h.hearing),
                    h.hearing.wishes.len(),
                    h.hearing.child_goals.len()
                );
            }
            println!("zienswijzen ouders: {}", page.parent_views.len());
            for v in &page.parent_views {
                println!(
                    "  {}  {}  {:<10}  ouders: {}  wensen: {}",
                    v.id,
                    v.view.given_on,
                    v.view.moment.dutch().to_lowercase(),
                    v.view.guardian_ids.len(),
                    v.view.wishes.len()
                );
            }
            Ok(())
        }
        HearingCommand::Show(args) => {
            let view = hearings::get(store, IdRequest { id: args.hearing })?;
            if args.json {
                return print_json(&view);
            }
            let h = &view.hearing;
            println!(
                "Hoorgesprek {} op {} ({}), met: {}",
                view.id,
                h.held_on,
                h.moment.dutch().to_lowercase(),
                h.spoke_with
            );
            println!("vragenset: {}", h.age_band.dutch());
            for answer in &h.answers {
                println!("- {}", answer.question);
                if let Some(scale) = answer.scale {
                    println!("    schaal: {scale} van 5");
                }
                for line in answer.words.lines() {
                    println!("    {line}");
                }
            }
            for wish in &h.wishes {
                let response = wish
                    .response
                    .map_or("nog niet besloten", SchoolResponse::dutch);
                println!("wens: {} — {response}", wish.words);
                if let Some(reason) = &wish.reason {
                    println!("    reden: {reason}");
                }
            }
            for goal in &h.child_goals {
                println!("kinddoel: {goal}");
            }
            match (&h.feedback_on, &h.feedback_how) {
                (Some(on), how) => println!(
                    "teruggekoppeld op {on}{}",
                    how.as_ref()
                        .map(|how| format!(": {how}"))
                        .unwrap_or_default()
                ),
                (None, _) => println!("nog niet teruggekoppeld aan de leerling"),
            }
            Ok(())
        }
    }
}

fn answered(hearing: &PupilHearing) -> usize {
    hearing
        .answers
        .iter()
        .filter(|a| !a.words.is_empty() || a.scale.is_some())
        .count()
}
