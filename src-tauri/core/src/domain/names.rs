//! Dutch personal names: a first name, an optional tussenvoegsel ("de", "van der", "in 't") and
//! a last name. Owns how a name is printed ("Daan de Groot"), how it appears in lists
//! ("Groot, Daan de") and the key lists sort on — the last name without the tussenvoegsel, then
//! the first name, as every Dutch school system files "de Groot" under G.

use crate::domain::text;

/// Separates the parts of a sort key; sorts before every printable character, so "Groot"
/// comes before "Groot-Jansen" and "Grootveld".
const SORT_SEPARATOR: char = '\u{1f}';

/// The surname as written after a first name: "de Groot", or "Groot" without a tussenvoegsel.
pub fn surname(prefix: Option<&str>, last_name: &str) -> String {
    match prefix.map(str::trim).filter(|p| !p.is_empty()) {
        Some(prefix) => format!("{prefix} {last_name}"),
        None => last_name.to_owned(),
    }
}

/// The name as printed in a sentence or document: "Daan de Groot". An empty first name (a
/// guardian known only by surname) gives the surname alone.
pub fn full_name(first_name: &str, prefix: Option<&str>, last_name: &str) -> String {
    let surname = surname(prefix, last_name);
    match first_name.trim() {
        "" => surname,
        first => format!("{first} {surname}"),
    }
}

/// The name as shown in a sorted list: "Groot, Daan de".
pub fn list_name(first_name: &str, prefix: Option<&str>, last_name: &str) -> String {
    let given: Vec<&str> = [
        Some(first_name.trim()),
        prefix.map(str::trim).filter(|p| !p.is_empty()),
    ]
    .into_iter()
    .flatten()
    .filter(|part| !part.is_empty())
    .collect();
    if given.is_empty() {
        return last_name.to_owned();
    }
    format!("{last_name}, {}", given.join(" "))
}

/// The key lists sort on: last name without tussenvoegsel, then first name, then tussenvoegsel;
/// case and accents folded (Özdemir sorts with the O).
pub fn sort_key(first_name: &str, prefix: Option<&str>, last_name: &str) -> String {
    [
        text::search_key(last_name),
        text::search_key(first_name),
        text::search_key(prefix.unwrap_or("")),
    ]
    .join(&SORT_SEPARATOR.to_string())
}

/// What name search looks in: first name, tussenvoegsel and last name, folded, so "de groot",
/// "groot" and "daan" all find Daan de Groot.
pub fn search_key(first_name: &str, prefix: Option<&str>, last_name: &str) -> String {
    text::search_key(&full_name(first_name, prefix, last_name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_the_dutch_way() {
        assert_eq!(full_name("Daan", Some("de"), "Groot"), "Daan de Groot");
        assert_eq!(list_name("Daan", Some("de"), "Groot"), "Groot, Daan de");
        assert_eq!(
            full_name("Sem", Some("van der"), "Berg"),
            "Sem van der Berg"
        );
        assert_eq!(list_name("Sem", None, "Jansen"), "Jansen, Sem");
        assert_eq!(full_name("Sem", Some("  "), "Jansen"), "Sem Jansen");
        assert_eq!(full_name("", Some("in 't"), "Veld"), "in 't Veld");
        assert_eq!(list_name("", Some("in 't"), "Veld"), "Veld, in 't");
        assert_eq!(list_name("", None, "Yilmaz"), "Yilmaz");
    }

    #[test]
    fn sorts_on_the_surname_without_tussenvoegsel_then_first_name() {
        let mut names = [
            ("Daan", Some("de"), "Groot"),
            ("Anna", None, "Bakker"),
            ("Bram", Some("van"), "Dijk"),
            ("Aïcha", None, "Groot"),
            ("Emma", None, "Grootveld"),
            ("Finn", None, "Dekker"),
            ("Ömer", None, "Özdemir"),
            ("Lars", None, "Peters"),
        ];
        names.sort_by_key(|(first, prefix, last)| sort_key(first, *prefix, last));
        let listed: Vec<String> = names
            .iter()
            .map(|(first, prefix, last)| list_name(first, *prefix, last))
            .collect();
        assert_eq!(
            listed,
            [
                "Bakker, Anna",
                "Dekker, Finn",
                "Dijk, Bram van",
                "Groot, Aïcha",
                "Groot, Daan de",
                "Grootveld, Emma",
                "Özdemir, Ömer",
                "Peters, Lars",
            ]
        );
    }

    #[test]
    fn search_finds_prefix_surname_and_first_name() {
        let key = search_key("Daan", Some("de"), "Groot");
        assert_eq!(key, "daan de groot");
        for query in ["de groot", "groot", "daan"] {
            assert!(key.contains(&text::search_key(query)), "{query}");
        }
    }
}
