//! The clock is passed in: domain rules never read the time, so they are testable on any day.
//! Instants are `DateTime<Utc>`, calendar days `NaiveDate` (chrono); text only at the wire.

use chrono::{DateTime, Local, NaiveDate, TimeDelta, Utc};
use std::sync::Mutex;

/// Source of "now" for use cases.
pub trait Clock: Send + Sync {
    /// The current instant, UTC.
    fn now(&self) -> DateTime<Utc>;

    /// Today's date in the user's local time zone (Dutch schools: Europe/Amsterdam).
    fn today(&self) -> NaiveDate;
}

/// The real clock: UTC for instants, the system's time zone for "today".
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl SystemClock {
    /// The system clock (kept as a constructor so callers do not depend on its fields).
    pub fn new() -> Self {
        Self
    }
}

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }

    fn today(&self) -> NaiveDate {
        Local::now().date_naive()
    }
}

/// A clock for tests and deterministic demo data; it can be moved forward.
#[derive(Debug)]
pub struct FixedClock {
    now: Mutex<DateTime<Utc>>,
}

impl FixedClock {
    /// A clock standing still at `now` (UTC); `today` is its UTC date.
    pub fn new(now: DateTime<Utc>) -> Self {
        Self {
            now: Mutex::new(now),
        }
    }

    /// Moves the clock by `by`.
    pub fn advance(&self, by: TimeDelta) {
        let mut now = self.now.lock().unwrap_or_else(|poison| poison.into_inner());
        *now += by;
    }
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        *self.now.lock().unwrap_or_else(|poison| poison.into_inner())
    }

    fn today(&self) -> NaiveDate {
        self.now().date_naive()
    }
}

/// Formats an instant as RFC 3339 UTC with seconds, the form stored in the database
/// (`2026-11-23T09:00:00Z`; byte-compatible with what earlier versions wrote).
pub fn format_instant(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instants_keep_the_stored_form() {
        let at = DateTime::parse_from_rfc3339("2026-01-05T07:08:09.123+01:00")
            .map(|at| at.with_timezone(&Utc));
        assert_eq!(
            at.map(format_instant).ok().as_deref(),
            Some("2026-01-05T06:08:09Z")
        );
    }
}
