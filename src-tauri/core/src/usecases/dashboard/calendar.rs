//! The coming deadlines of Vandaag as an iCalendar file (RFC 5545) for the user's own agenda:
//! one all-day event per deadline on its last day, named by the kind of deadline and the
//! pupil's initials — never a name, since agendas sync to phones and mail servers. Nothing is
//! sent anywhere; the user imports the file.

use super::{DashboardItem, DashboardKind};
use crate::domain::dates;
use chrono::{DateTime, Days, NaiveDate as Date, Utc};
use std::collections::BTreeMap;

/// The product identifier in the file.
const PRODID: &str = "-//Ibis//Vandaag//NL";

/// The calendar text: the items due today or later, each as an all-day VEVENT. `initials` maps
/// a pupil id to their initials ("DdV"); a pupil missing from it is "leerling". Lines end in
/// CRLF and are folded at 75 octets, as RFC 5545 asks.
pub fn ics(
    items: &[DashboardItem],
    initials: &BTreeMap<String, String>,
    today: Date,
    stamp: DateTime<Utc>,
) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        "X-WR-CALNAME:Ibis – termijnen".to_owned(),
    ];
    for item in items {
        let Ok(due) = dates::parse_iso("dueDate", &item.due_date) else {
            continue;
        };
        if due < today {
            continue;
        }
        let who = initials
            .get(&item.pupil_id)
            .map_or("leerling", String::as_str);
        let next_day = due.checked_add_days(Days::new(1)).unwrap_or(due);
        lines.extend([
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}@ibis", uid(item)),
            format!("DTSTAMP:{}", stamp.format("%Y%m%dT%H%M%SZ")),
            format!("DTSTART;VALUE=DATE:{}", due.format("%Y%m%d")),
            format!("DTEND;VALUE=DATE:{}", next_day.format("%Y%m%d")),
            format!(
                "SUMMARY:{}",
                text(&format!("{} — {who}", item.kind.dutch()))
            ),
            format!(
                "DESCRIPTION:{}",
                text(&format!("{}\nBron: {}", item.rule, item.source))
            ),
            "TRANSP:TRANSPARENT".to_owned(),
            "END:VEVENT".to_owned(),
        ]);
    }
    lines.push("END:VCALENDAR".to_owned());
    lines
        .iter()
        .map(|line| fold(line))
        .collect::<Vec<_>>()
        .join("\r\n")
        + "\r\n"
}

/// A stable id per deadline, so importing a newer file updates the same events: the kind and
/// the record, casus or pupil it is about.
fn uid(item: &DashboardItem) -> String {
    let about = item
        .record_id
        .as_deref()
        .or(item.case_id.as_deref())
        .unwrap_or(&item.pupil_id);
    format!("{}-{about}", kind_key(item.kind))
}

fn kind_key(kind: DashboardKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_else(|| "deadline".to_owned())
}

/// A TEXT value with `\`, `;`, `,` and line breaks escaped (RFC 5545 §3.3.11).
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            other => out.push(other),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1).
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut width = 0;
    for c in line.chars() {
        let size = c.len_utf8();
        if width + size > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += size;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dates::ymd;
    use chrono::TimeZone;

    fn item(due: &str) -> DashboardItem {
        DashboardItem {
            kind: DashboardKind::OppNotEstablished,
            case_id: None,
            case_title: None,
            pupil_id: "p1".into(),
            pupil_name: "Daan de Groot".into(),
            record_id: Some("opp1".into()),
            subject: None,
            step: None,
            date: "2026-10-19".into(),
            due_date: due.into(),
            days: 0,
            days_late: 0,
            rule: "Het OPP wordt uiterlijk zes weken na de start vastgesteld, ook als de regel \
                   lang is; met puntkomma"
                .into(),
            source: "WPO art. 40a lid 2".into(),
        }
    }

    #[test]
    fn coming_deadlines_become_all_day_events_with_initials_only() {
        let stamp = Utc
            .with_ymd_and_hms(2026, 12, 1, 9, 0, 0)
            .single()
            .expect("a valid instant");
        let initials = BTreeMap::from([("p1".to_owned(), "DdG".to_owned())]);
        let text = ics(
            &[item("2026-11-30"), item("2026-12-14")],
            &initials,
            ymd(2026, 12, 1),
            stamp,
        );
        assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert_eq!(
            text.matches("BEGIN:VEVENT").count(),
            1,
            "past deadlines stay out"
        );
        assert!(text.contains("DTSTART;VALUE=DATE:20261214\r\n"));
        assert!(text.contains("DTEND;VALUE=DATE:20261215\r\n"));
        assert!(text.contains("UID:opp_not_established-opp1@ibis\r\n"));
        assert!(text.contains("— DdG"));
        assert!(!text.contains("Daan"), "no name in an agenda");
        assert!(text.contains("met puntkomma") && text.contains("\\;"));
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "folded: {line:?}");
        }
    }

    #[test]
    fn folding_never_splits_a_character() {
        let folded = fold(&format!("SUMMARY:{}", "ë".repeat(60)));
        for line in folded.split("\r\n") {
            assert!(line.len() <= 75);
            assert!(std::str::from_utf8(line.as_bytes()).is_ok());
        }
        assert_eq!(
            folded.replace("\r\n ", ""),
            format!("SUMMARY:{}", "ë".repeat(60))
        );
    }
}
