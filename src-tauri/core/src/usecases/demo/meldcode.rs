//! The demo's meldcode route: one fictitious route for one pupil, clearly marked "fictief
//! voorbeeld" in every text, at step 4 (signalen, consultatie with Veilig Thuis advice and a
//! conversation recorded; wegen begun). Written through the domain rules and the store with its
//! audit rows, without a grant: the demo fills a fresh vault, nobody reads it here.

use crate::clock::Clock;
use crate::domain::audit::AuditAction;
use crate::domain::dates;
use crate::domain::meldcode::{self, ConcernAnswer, MeldcodeEntry, MeldcodeStep};
use crate::error::Result;
use crate::ids::new_id;
use crate::store::meldcode as meldcode_store;
use crate::store::{Store, audit};
use chrono::TimeDelta;

/// The words every text of the demo route carries (the CLI suite looks for them in exports).
pub const DEMO_MARKER: &str = "fictief voorbeeld";

/// Opens the demo route for `pupil_id`; returns how many routes were made (1).
pub(super) fn add(store: &mut Store, clock: &dyn Clock, pupil_id: &str) -> Result<u32> {
    let today = clock.today();
    let day = |days_ago: i64| dates::to_iso(today - TimeDelta::days(days_ago));
    let mut route = meldcode::open(
        ConcernAnswer::Safety,
        &day(20),
        &format!("Intern begeleider ({DEMO_MARKER})"),
        today,
    )?;
    let entries = [
        (
            MeldcodeStep::Signals,
            20,
            "Signalen vastgelegd",
            "Blauwe plekken op de bovenarm gezien bij de gymles; leerling is stil en moe.",
        ),
        (
            MeldcodeStep::Signals,
            15,
            "Aanvullende signalen van de leerkracht",
            "Leerling komt drie keer zonder ontbijt en wil na school niet naar huis.",
        ),
        (
            MeldcodeStep::Consultation,
            12,
            "Collegiale consultatie met de aandachtsfunctionaris",
            "Signalen besproken; advies gevraagd aan Veilig Thuis (advies, geen melding).",
        ),
        (
            MeldcodeStep::Conversation,
            7,
            "Gesprek met moeder",
            "Moeder vertelt over spanningen thuis en staat open voor hulp.",
        ),
        (
            MeldcodeStep::Weighing,
            3,
            "Afwegingskader doorlopen",
            "Vermoeden blijft; geen acute onveiligheid. Besluit volgt na overleg.",
        ),
    ];
    for (step, days_ago, what, notes) in entries {
        route = meldcode::add_entry(
            &route,
            step,
            &MeldcodeEntry {
                on: day(days_ago),
                by: format!("Aandachtsfunctionaris ({DEMO_MARKER})"),
                what: format!("{what} ({DEMO_MARKER})"),
                notes: Some(format!("{notes} Dit is een {DEMO_MARKER}.")),
            },
            today,
        )?;
    }
    for (step, days_ago) in [
        (MeldcodeStep::Signals, 14),
        (MeldcodeStep::Consultation, 10),
        (MeldcodeStep::Conversation, 6),
    ] {
        route = meldcode::complete_step(&route, step, &day(days_ago), today)?;
    }
    let now = crate::usecases::now_text(clock);
    let id = new_id(clock);
    store.write(|tx| {
        meldcode_store::insert(tx, &id, pupil_id, &route, &now)?;
        audit::append(tx, &now, AuditAction::MeldcodeCreate, Some(&id))?;
        Ok(1)
    })
}
