//! Ids are UUID v7 (time-ordered), made in use cases from the passed-in clock.

use crate::clock::Clock;
use std::sync::Mutex;
use uuid::{ContextV7, Timestamp, Uuid};

/// A counter shared by every id of the process, so two ids made at the same instant (one use
/// case writing several rows, or a fixed test clock) still sort in creation order.
static CONTEXT: Mutex<ContextV7> = Mutex::new(ContextV7::new());

/// A new id as text. Time-ordered, so lists sorted by id follow creation order — also within
/// one instant (see [`CONTEXT`]).
pub fn new_id(clock: &dyn Clock) -> String {
    let now = clock.now();
    let seconds = u64::try_from(now.timestamp()).unwrap_or(0);
    let context = CONTEXT.lock().unwrap_or_else(|poison| poison.into_inner());
    let ts = Timestamp::from_unix(&*context, seconds, now.timestamp_subsec_nanos());
    Uuid::new_v7(ts).to_string()
}

/// Checks that an id from outside (IPC, CLI) has the shape of a UUID.
pub fn is_valid_id(id: &str) -> bool {
    Uuid::try_parse(id).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::FixedClock;
    use chrono::{TimeZone, Utc};

    #[test]
    fn ids_made_at_the_same_instant_sort_in_creation_order() {
        let clock = FixedClock::new(
            Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0)
                .single()
                .expect("a valid, unambiguous UTC instant"),
        );
        let ids: Vec<String> = (0..200).map(|_| new_id(&clock)).collect();
        let mut sorted = ids.clone();
        sorted.sort();
        assert_eq!(ids, sorted);
    }
}
