//! Days on which a legal termijn may not end (Algemene termijnenwet): a termijn set by law that
//! ends on a Saturday, a Sunday or an algemeen erkende feestdag runs on to the next day that is
//! none of these (Atw art. 1). The feestdagen of Atw art. 3 lid 1: Nieuwjaarsdag, tweede Paas-
//! and Pinksterdag, Hemelvaartsdag, both Kerstdagen, Koningsdag and 5 mei. Goede Vrijdag is not
//! one (only by separate order, Atw art. 3 lid 2). Pure functions; Easter by the Gregorian
//! computus.

use chrono::{Datelike, Days, NaiveDate as Date, Weekday};

/// The law, as a clock's source names it.
pub const SOURCE_ATW: &str = "Algemene termijnenwet art. 1 en 3: een wettelijke termijn die op \
     een zaterdag, zondag of algemeen erkende feestdag eindigt, loopt door tot en met de \
     eerstvolgende werkdag";

/// Easter Sunday of `year` (anonymous Gregorian algorithm).
pub fn easter(year: i32) -> Option<Date> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// Whether `date` is an algemeen erkende feestdag (Atw art. 3 lid 1).
pub fn is_public_holiday(date: Date) -> bool {
    let (month, day) = (date.month(), date.day());
    let fixed = matches!((month, day), (1, 1) | (5, 5) | (12, 25) | (12, 26));
    // Koningsdag: 27 April, or the 26th when the 27th is a Sunday.
    let kings_day = match (month, day) {
        (4, 27) => date.weekday() != Weekday::Sun,
        (4, 26) => date.weekday() == Weekday::Sat,
        _ => false,
    };
    let movable = easter(date.year()).is_some_and(|easter| {
        [1u64, 39, 50]
            .iter()
            .any(|offset| easter.checked_add_days(Days::new(*offset)) == Some(date))
    });
    fixed || kings_day || movable
}

/// Whether a legal termijn may end on `date`.
pub fn is_working_day(date: Date) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !is_public_holiday(date)
}

/// The last day of a legal termijn that nominally ends on `date` (Atw art. 1).
pub fn termijn_end(date: Date) -> Date {
    let mut day = date;
    while !is_working_day(day) {
        match day.succ_opt() {
            Some(next) => day = next,
            None => break,
        }
    }
    day
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::ymd;

    #[test]
    fn easter_of_known_years() {
        assert_eq!(easter(2026), Some(ymd(2026, 4, 5)));
        assert_eq!(easter(2027), Some(ymd(2027, 3, 28)));
        assert_eq!(easter(2028), Some(ymd(2028, 4, 16)));
    }

    #[test]
    fn the_feestdagen_of_2027() {
        for day in [
            ymd(2027, 1, 1),
            ymd(2027, 3, 29),  // tweede Paasdag
            ymd(2027, 4, 27),  // Koningsdag (a Tuesday)
            ymd(2027, 5, 5),   // Bevrijdingsdag
            ymd(2027, 5, 6),   // Hemelvaartsdag
            ymd(2027, 5, 17),  // tweede Pinksterdag
            ymd(2027, 12, 25), // eerste Kerstdag
            ymd(2027, 12, 26),
        ] {
            assert!(is_public_holiday(day), "{day}");
        }
        for day in [ymd(2027, 3, 26), ymd(2027, 3, 28), ymd(2027, 5, 16)] {
            assert!(
                !is_public_holiday(day),
                "{day} (Goede Vrijdag, Pasen, Pinksteren)"
            );
        }
    }

    #[test]
    fn koningsdag_moves_to_saturday_when_the_27th_is_a_sunday() {
        // 27 April 2025 was a Sunday.
        assert!(is_public_holiday(ymd(2025, 4, 26)));
        assert!(!is_public_holiday(ymd(2025, 4, 27)));
        assert!(!is_public_holiday(ymd(2026, 4, 26)));
    }

    #[test]
    fn a_termijn_ending_in_a_weekend_or_on_a_feestdag_runs_on() {
        assert_eq!(termijn_end(ymd(2027, 1, 8)), ymd(2027, 1, 8)); // Friday
        assert_eq!(termijn_end(ymd(2027, 1, 9)), ymd(2027, 1, 11)); // Saturday → Monday
        assert_eq!(termijn_end(ymd(2027, 1, 10)), ymd(2027, 1, 11)); // Sunday → Monday
        // Easter Sunday → tweede Paasdag → Tuesday.
        assert_eq!(termijn_end(ymd(2027, 3, 28)), ymd(2027, 3, 30));
        // Christmas 2027 is a Saturday: Sat, Sun (26th, feestdag) → Monday the 27th.
        assert_eq!(termijn_end(ymd(2027, 12, 25)), ymd(2027, 12, 27));
    }
}
