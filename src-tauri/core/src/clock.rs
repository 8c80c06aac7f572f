//! The clock is passed in: domain rules never read the time, so they are testable on any day.

use std::sync::Mutex;
use time::{Date, OffsetDateTime, UtcOffset};

/// Source of "now" for use cases.
pub trait Clock: Send + Sync {
    /// The current instant, UTC.
    fn now(&self) -> OffsetDateTime;

    /// Today's date in the user's local time zone (Dutch schools: Europe/Amsterdam).
    fn today(&self) -> Date;
}

/// The real clock. The local offset is read once at start (reading it later is unsound on
/// multi-threaded Unix processes); it falls back to UTC.
#[derive(Debug, Clone, Copy)]
pub struct SystemClock {
    offset: UtcOffset,
}

impl SystemClock {
    /// Call early in `main`, before threads are started.
    pub fn new() -> Self {
        Self {
            offset: UtcOffset::current_local_offset().unwrap_or(UtcOffset::UTC),
        }
    }
}

impl Default for SystemClock {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock for SystemClock {
    fn now(&self) -> OffsetDateTime {
        OffsetDateTime::now_utc()
    }

    fn today(&self) -> Date {
        OffsetDateTime::now_utc().to_offset(self.offset).date()
    }
}

/// A clock for tests and deterministic demo data; it can be moved forward.
#[derive(Debug)]
pub struct FixedClock {
    now: Mutex<OffsetDateTime>,
}

impl FixedClock {
    pub fn new(now: OffsetDateTime) -> Self {
        Self {
            now: Mutex::new(now),
        }
    }

    /// Moves the clock by `by`.
    pub fn advance(&self, by: time::Duration) {
        let mut now = self.now.lock().unwrap_or_else(|poison| poison.into_inner());
        *now += by;
    }
}

impl Clock for FixedClock {
    fn now(&self) -> OffsetDateTime {
        *self.now.lock().unwrap_or_else(|poison| poison.into_inner())
    }

    fn today(&self) -> Date {
        self.now().date()
    }
}

/// Formats an instant as RFC 3339 UTC with seconds, the form stored in the database.
pub fn format_instant(at: OffsetDateTime) -> String {
    let at = at.to_offset(UtcOffset::UTC);
    let format =
        time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");
    at.format(&format)
        .expect("a UTC instant always formats with a fixed description")
}
