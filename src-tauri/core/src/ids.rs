//! Ids are UUID v7 (time-ordered), made in use cases from the passed-in clock.

use crate::clock::Clock;
use uuid::{Timestamp, Uuid};

/// A new id as text. Time-ordered, so lists sorted by id follow creation order.
pub fn new_id(clock: &dyn Clock) -> String {
    let now = clock.now();
    let seconds = u64::try_from(now.timestamp()).unwrap_or(0);
    let ts = Timestamp::from_unix(uuid::NoContext, seconds, now.timestamp_subsec_nanos());
    Uuid::new_v7(ts).to_string()
}

/// Checks that an id from outside (IPC, CLI) has the shape of a UUID.
pub fn is_valid_id(id: &str) -> bool {
    Uuid::try_parse(id).is_ok()
}
