//! Where in a template file a problem is: every refusal names the line and the field
//! ("regel 64, veld ‘steps[3].waiting_weeks’: …"), so whoever edits an SWV's file finds it.
//!
//! Validation speaks in field paths (`steps[3].label`, `tlv.checklist[2].check`, 1-based
//! indices as people count); this module parses the text a second time into a tree of
//! positioned nodes (as [`toml::Spanned`] has them) to turn a path into a line, and a byte offset (the position `toml`
//! gives for a wrong word or an unknown field) into a path. TOML's own messages are put into
//! Dutch for the common cases.

use crate::error::Error;
use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;

/// A validation problem at a field of the template.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldProblem {
    /// `steps[3].waiting_weeks`: dotted keys, 1-based indices.
    pub path: String,
    /// What is wrong, in Dutch.
    pub problem: String,
}

/// A problem at `path`.
pub(crate) fn problem(path: impl Into<String>, problem: impl Into<String>) -> FieldProblem {
    FieldProblem {
        path: path.into(),
        problem: problem.into(),
    }
}

/// The result of a validation check.
pub(crate) type Checked = std::result::Result<(), FieldProblem>;

/// One node of the located tree: where it is in the text (`toml` gives no position for a
/// table that is only implied by a dotted header such as `[[escalation.steps]]`) and what it is.
struct Located {
    span: Option<Range<usize>>,
    node: Node,
}

enum Node {
    Table(BTreeMap<String, Located>),
    Array(Vec<Located>),
    Leaf,
}

/// `toml`'s private protocol for [`toml::Spanned`] (serde_spanned 0.6, the version `toml` 0.8
/// uses): asked for a struct of this name and fields, it answers the start, end and value. A
/// table it cannot place answers as an ordinary map instead, which `toml::Spanned` itself
/// refuses; this tree takes it without a position.
const SPANNED: &str = "$__serde_spanned_private_Spanned";
const START: &str = "$__serde_spanned_private_start";
const END: &str = "$__serde_spanned_private_end";
const VALUE: &str = "$__serde_spanned_private_value";

impl<'de> Deserialize<'de> for Located {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_struct(SPANNED, &[START, END, VALUE], LocatedVisitor)
    }
}

struct Plain(Node);

impl<'de> Deserialize<'de> for Plain {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_any(LocatedVisitor)
            .map(|located| Plain(located.node))
    }
}

struct LocatedVisitor;

fn leaf() -> Located {
    Located {
        span: None,
        node: Node::Leaf,
    }
}

impl<'de> Visitor<'de> for LocatedVisitor {
    type Value = Located;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a TOML value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Located, E> {
        Ok(leaf())
    }
    fn visit_i64<E>(self, _: i64) -> Result<Located, E> {
        Ok(leaf())
    }
    fn visit_u64<E>(self, _: u64) -> Result<Located, E> {
        Ok(leaf())
    }
    fn visit_f64<E>(self, _: f64) -> Result<Located, E> {
        Ok(leaf())
    }
    fn visit_str<E>(self, _: &str) -> Result<Located, E> {
        Ok(leaf())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Located, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Located>()? {
            items.push(item);
        }
        Ok(Located {
            span: None,
            node: Node::Array(items),
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Located, A::Error> {
        let mut entries = BTreeMap::new();
        let mut start = None;
        let mut end = None;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                START => start = Some(map.next_value::<usize>()?),
                END => end = Some(map.next_value::<usize>()?),
                VALUE => {
                    let Plain(node) = map.next_value::<Plain>()?;
                    return Ok(Located {
                        span: start.zip(end).map(|(start, end)| start..end),
                        node,
                    });
                }
                // A date or time is a map with one private key; it is a plain value here.
                private if private.starts_with("$__") => {
                    map.next_value::<IgnoredAny>()?;
                    return Ok(leaf());
                }
                _ => {
                    entries.insert(key, map.next_value::<Located>()?);
                }
            }
        }
        Ok(Located {
            span: None,
            node: Node::Table(entries),
        })
    }
}

/// One step of a path: a key, or a 1-based index into an array.
enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

fn segments(path: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (key, rest) = part.split_once('[').unwrap_or((part, ""));
        if !key.is_empty() {
            out.push(Segment::Key(key));
        }
        for index in rest.split('[') {
            if let Ok(number) = index.trim_end_matches(']').parse::<usize>() {
                out.push(Segment::Index(number));
            }
        }
    }
    out
}

/// Where the deepest node on `path` that the text has begins (the field when it is there,
/// else the table or array where it belongs).
fn start_of(root: &Located, path: &str) -> usize {
    let mut node = root;
    let mut start = root.span.as_ref().map_or(0, |span| span.start);
    for segment in segments(path) {
        let next = match (segment, &node.node) {
            (Segment::Key(key), Node::Table(entries)) => entries.get(key),
            (Segment::Index(index), Node::Array(items)) => {
                index.checked_sub(1).and_then(|i| items.get(i))
            }
            _ => None,
        };
        match next {
            Some(found) => {
                node = found;
                start = node.span.as_ref().map_or(start, |span| span.start);
            }
            None => break,
        }
    }
    start
}

/// Whether a node holds `offset`: its own span, or one of its children's (a table's span can
/// be its header alone, its fields following below it).
fn holds(located: &Located, offset: usize) -> bool {
    located
        .span
        .as_ref()
        .is_some_and(|span| span.contains(&offset))
        || match &located.node {
            Node::Table(entries) => entries.values().any(|child| holds(child, offset)),
            Node::Array(items) => items.iter().any(|child| holds(child, offset)),
            Node::Leaf => false,
        }
}

/// The path of the deepest node that holds `offset`.
fn path_at(root: &Located, offset: usize) -> String {
    let mut path = String::new();
    let mut node = root;
    loop {
        let next = match &node.node {
            Node::Table(entries) => {
                entries
                    .iter()
                    .find(|(_, child)| holds(child, offset))
                    .map(|(key, child)| {
                        if !path.is_empty() {
                            path.push('.');
                        }
                        path.push_str(key);
                        child
                    })
            }
            Node::Array(items) => {
                items
                    .iter()
                    .position(|child| holds(child, offset))
                    .map(|index| {
                        path.push_str(&format!("[{}]", index + 1));
                        &items[index]
                    })
            }
            Node::Leaf => None,
        };
        match next {
            Some(child) => node = child,
            None => return path,
        }
    }
}

/// 1-based line and column of a byte offset.
fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..floor_char_boundary(text, offset)];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .map_or(0, |last| last.chars().count())
        + 1;
    (line, column)
}

fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut at = offset.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn tree(text: &str) -> Option<Located> {
    toml::from_str::<Located>(text).ok()
}

/// A validation problem as the refusal people read: "regel N, veld ‘…’: …".
pub(crate) fn refuse(text: &str, found: FieldProblem) -> Error {
    let line = tree(text).map(|root| line_and_column(text, start_of(&root, &found.path)).0);
    let message = match line {
        Some(line) => format!("regel {line}, veld ‘{}’: {}", found.path, found.problem),
        None => format!("veld ‘{}’: {}", found.path, found.problem),
    };
    Error::TemplateInvalid(message)
}

/// A `toml` error (syntax, an unknown field or word, a missing field) as the refusal people
/// read: with the line, and the field when the text parses as TOML.
pub(crate) fn refuse_toml(text: &str, error: &toml::de::Error) -> Error {
    let dutch = dutch_message(error.message());
    let Some(span) = error.span() else {
        return Error::TemplateInvalid(dutch);
    };
    let (line, column) = line_and_column(text, span.start);
    let message = match tree(text) {
        Some(root) => {
            let mut path = path_at(&root, span.start);
            // `toml` places an unknown field at its key, which is outside every value.
            if let Some(field) = unknown_field(error.message())
                && !path.ends_with(field)
            {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(field);
            }
            if path.is_empty() {
                format!("regel {line}: {dutch}")
            } else {
                format!("regel {line}, veld ‘{path}’: {dutch}")
            }
        }
        None => format!("regel {line}, kolom {column}: {dutch}"),
    };
    Error::TemplateInvalid(message)
}

/// The field an "unknown field" message names.
fn unknown_field(message: &str) -> Option<&str> {
    message
        .trim()
        .strip_prefix("unknown field `")
        .and_then(|rest| rest.split('`').next())
}

/// `toml`'s and serde's English messages in Dutch, for the cases a person editing a template
/// meets; anything else keeps its wording after a Dutch lead-in.
fn dutch_message(message: &str) -> String {
    let message = message.trim();
    let quoted = |text: &str| -> Vec<String> {
        text.split('`')
            .skip(1)
            .step_by(2)
            // The file uses snake_case; the camelCase names are the IPC's.
            .filter(|word| !word.chars().any(|c| c.is_ascii_uppercase()))
            .map(str::to_owned)
            .collect()
    };
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let words = quoted(rest);
        let (field, allowed) = words
            .split_first()
            .map_or((String::new(), &[][..]), |(f, a)| (f.clone(), a));
        return format!(
            "onbekend veld ‘{field}’; hier horen: {}",
            allowed.join(", ")
        );
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let words = quoted(rest);
        let (word, allowed) = words
            .split_first()
            .map_or((String::new(), &[][..]), |(f, a)| (f.clone(), a));
        return format!(
            "onbekende waarde ‘{word}’; kies uit: {}",
            allowed.join(", ")
        );
    }
    if let Some(rest) = message.strip_prefix("missing field ") {
        let field = quoted(rest).into_iter().next().unwrap_or_default();
        return format!("het veld ‘{field}’ ontbreekt");
    }
    if let Some(rest) = message.strip_prefix("duplicate key ") {
        let field = quoted(rest).into_iter().next().unwrap_or_default();
        return format!("de sleutel ‘{field}’ staat er twee keer");
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        return format!("verkeerd soort waarde ({rest})");
    }
    if let Some(rest) = message.strip_prefix("invalid value: ") {
        return format!("ongeldige waarde ({rest})");
    }
    syntax_message(message)
}

/// A TOML syntax error ("invalid string\nexpected `\"`, `'`") in Dutch on one line: what is
/// wrong, then what was expected.
fn syntax_message(message: &str) -> String {
    const WHAT: [(&str, &str); 10] = [
        (
            "invalid string",
            "ongeldige tekst (tussen aanhalingstekens)",
        ),
        ("invalid table header", "ongeldige tabelkop"),
        ("invalid key", "ongeldige sleutel"),
        ("invalid array", "ongeldige lijst"),
        ("invalid inline table", "ongeldige tabel tussen { }"),
        ("invalid number", "ongeldig getal"),
        ("invalid integer", "ongeldig getal"),
        ("invalid boolean", "ongeldige waarde (true of false)"),
        ("unexpected content", "onverwachte tekst"),
        (
            "invalid basic string",
            "ongeldige tekst (tussen aanhalingstekens)",
        ),
    ];
    let mut parts = Vec::new();
    for line in message.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if let Some(expected) = line.strip_prefix("expected ") {
            parts.push(format!("verwacht: {}", expected.replace('`', "")));
        } else if let Some((_, dutch)) = WHAT.iter().find(|(english, _)| *english == line) {
            parts.push((*dutch).to_owned());
        } else {
            parts.push(format!("geen geldige TOML ({line})"));
        }
    }
    if parts.is_empty() {
        return "geen geldige TOML".to_owned();
    }
    parts.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "id = \"x\"\n\n[[steps]]\nkey = \"a\"\nlabel = \"A\"\n\n[[steps]]\nkey = \"b\"\nlabel = \"\"\n\n[tlv]\nchecklist = [\n  { key = \"k\" },\n  { key = \"l\" },\n]\n";

    #[test]
    fn a_path_is_found_on_its_line() {
        let root = tree(TEXT).expect("parses");
        let line = |path: &str| line_and_column(TEXT, start_of(&root, path)).0;
        assert_eq!(line("id"), 1);
        assert_eq!(line("steps[2].label"), 9);
        assert_eq!(line("steps[1].key"), 4);
        assert_eq!(line("tlv.checklist[2]"), 14);
        // A field that is not there: the header of the table where it belongs.
        assert_eq!(line("steps[2].waiting_weeks"), 7);
        assert_eq!(line("steps[3]"), 3, "no third step: the array of steps");
    }

    #[test]
    fn an_offset_is_named_as_a_path() {
        let root = tree(TEXT).expect("parses");
        let offset = TEXT.find("label = \"\"").expect("in text") + 9;
        assert_eq!(path_at(&root, offset), "steps[2].label");
        let offset = TEXT.find("{ key = \"l\"").expect("in text") + 9;
        assert_eq!(path_at(&root, offset), "tlv.checklist[2].key");
    }

    #[test]
    fn serde_messages_are_dutch() {
        assert_eq!(
            dutch_message("unknown variant `lesweken`, expected `calendar` or `school_weeks`"),
            "onbekende waarde ‘lesweken’; kies uit: calendar, school_weeks"
        );
        assert_eq!(
            dutch_message("missing field `label`"),
            "het veld ‘label’ ontbreekt"
        );
        assert!(
            dutch_message("unknown field `labl`, expected one of `key`, `label`")
                .starts_with("onbekend veld ‘labl’; hier horen: key, label")
        );
    }
}
