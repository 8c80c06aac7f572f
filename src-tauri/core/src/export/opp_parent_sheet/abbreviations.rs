//! Plain language for the ouderblad (B1): every abbreviation is written out at its first use,
//! also in texts the sheet does not write itself — the template's labels ("vmbo
//! kaderberoepsgerichte leerweg") and what the school typed ("RT door de IB'er"). The first
//! use gets its meaning in brackets after it ("vmbo (voorbereidend middelbaar
//! beroepsonderwijs)"); a use that already stands after its meaning ("ontwikkelingsperspectiefplan
//! (OPP)") is left as written; a compound gets the meanings of its parts after it ("vmbo-kb
//! (vmbo: …; kb: …)"). Later uses stay short.

use std::collections::BTreeSet;

/// Abbreviations a parent may meet, with what they stand for. Upper-case ones match as written
/// ("BRON" is not "bron"); lower-case ones in any case ("VMBO", "Havo").
pub const ABBREVIATIONS: &[(&str, &str)] = &[
    ("OPP", "ontwikkelingsperspectiefplan"),
    ("OOGO", "op overeenstemming gericht overleg"),
    ("SWV", "samenwerkingsverband passend onderwijs"),
    ("TLV", "toelaatbaarheidsverklaring"),
    ("GPO", "Geschillencommissie Passend Onderwijs"),
    ("IB'er", "intern begeleider"),
    ("IB", "interne begeleiding"),
    ("ROD", "Register Onderwijsdeelnemers"),
    ("BRON", "Basisregister Onderwijs"),
    ("WPO", "Wet op het primair onderwijs"),
    ("WVO", "Wet op het voortgezet onderwijs"),
    ("WEC", "Wet op de expertisecentra"),
    ("AVG", "Algemene verordening gegevensbescherming"),
    ("MDO", "multidisciplinair overleg"),
    ("OT", "ondersteuningsteam"),
    ("ZAT", "zorg- en adviesteam"),
    ("RT", "remedial teaching, extra hulp bij het leren"),
    ("AB", "ambulant begeleider"),
    ("AB'er", "ambulant begeleider"),
    ("JGZ", "jeugdgezondheidszorg"),
    ("CJG", "Centrum voor Jeugd en Gezin"),
    ("GGD", "Gemeentelijke Gezondheidsdienst"),
    ("DUO", "Dienst Uitvoering Onderwijs"),
    ("HGW", "handelingsgericht werken"),
    ("ADHD", "een aandachts- en concentratiestoornis"),
    ("ASS", "autismespectrumstoornis"),
    ("LVB", "licht verstandelijke beperking"),
    ("NT2", "Nederlands als tweede taal"),
    ("IQ", "intelligentiequotiënt"),
    ("lwoo", "leerwegondersteunend onderwijs"),
    ("po", "primair onderwijs, de basisschool"),
    ("vo", "voortgezet onderwijs, de middelbare school"),
    ("sbo", "speciaal basisonderwijs"),
    ("so", "speciaal onderwijs"),
    ("vso", "voortgezet speciaal onderwijs"),
    ("pro", "praktijkonderwijs"),
    ("vmbo", "voorbereidend middelbaar beroepsonderwijs"),
    ("bb", "basisberoepsgerichte leerweg"),
    ("kb", "kaderberoepsgerichte leerweg"),
    ("gl", "gemengde leerweg"),
    ("tl", "theoretische leerweg"),
    ("havo", "hoger algemeen voortgezet onderwijs"),
    ("vwo", "voorbereidend wetenschappelijk onderwijs"),
    ("mbo", "middelbaar beroepsonderwijs"),
    ("hbo", "hoger beroepsonderwijs"),
    ("wo", "wetenschappelijk onderwijs"),
];

/// The meaning of `token` when it is a known abbreviation, with its list spelling.
fn lookup(token: &str) -> Option<(&'static str, &'static str)> {
    let token = token.replace('’', "'");
    ABBREVIATIONS.iter().copied().find(|(short, _)| {
        if short.chars().any(char::is_uppercase) {
            *short == token
        } else {
            short.eq_ignore_ascii_case(&token)
        }
    })
}

/// Writes out abbreviations at their first use across all the texts it is given, in order.
#[derive(Debug, Default)]
pub struct Explainer {
    seen: BTreeSet<&'static str>,
}

/// An abbreviation met for the first time, waiting for the end of its word.
struct Pending {
    short: &'static str,
    meaning: &'static str,
}

impl Explainer {
    /// Counts `short` as explained from here on (the text around it says what it means).
    pub fn mark_explained(&mut self, short: &str) {
        if let Some((known, _)) = lookup(short) {
            self.seen.insert(known);
        }
    }

    /// `text` with the meaning of each abbreviation not met before added at its first use:
    /// "havo (…)", "wo (…, universiteit)", "(RT: …)", and after a compound
    /// "vmbo-kb (vmbo: …; kb: …)".
    pub fn explain(&mut self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() + 32);
        let mut pending: Vec<Pending> = Vec::new();
        let mut in_compound = false;
        let mut rest = text;
        while let Some((start, end)) = next_token(rest) {
            out.push_str(&rest[..start]);
            let token = &rest[start..end];
            let before = out.trim_end().to_lowercase();
            out.push_str(token);
            rest = &rest[end..];
            if let Some((short, meaning)) = lookup(token)
                && self.seen.insert(short)
            {
                let explained_before = before
                    .strip_suffix('(')
                    .is_some_and(|b| b.trim_end().ends_with(&meaning.to_lowercase()));
                if !explained_before {
                    pending.push(Pending { short, meaning });
                }
            }
            let joined =
                rest.starts_with('-') && rest[1..].starts_with(|c: char| c.is_alphanumeric());
            if joined {
                in_compound = true;
                continue;
            }
            rest = flush(&mut out, &mut pending, in_compound, rest);
            in_compound = false;
        }
        out.push_str(rest);
        out
    }
}

/// Writes the meanings of `pending` after the word just written; returns the rest of the text
/// (shortened when the meaning went into a bracket that was already there).
fn flush<'t>(
    out: &mut String,
    pending: &mut Vec<Pending>,
    compound: bool,
    rest: &'t str,
) -> &'t str {
    let mut rest = rest;
    match pending.as_slice() {
        [] => {}
        [single] if !compound => {
            if out[..out.len().saturating_sub(single.short.len())].ends_with('(')
                && rest.starts_with(')')
            {
                out.push_str(": ");
                out.push_str(single.meaning);
            } else if let Some(inside) = rest.strip_prefix(" (") {
                out.push_str(" (");
                out.push_str(single.meaning);
                out.push_str(", ");
                rest = inside;
            } else {
                out.push_str(" (");
                out.push_str(single.meaning);
                out.push(')');
            }
        }
        all => {
            let meanings: Vec<String> = all
                .iter()
                .map(|p| format!("{}: {}", p.short, p.meaning))
                .collect();
            out.push_str(" (");
            out.push_str(&meanings.join("; "));
            out.push(')');
        }
    }
    pending.clear();
    rest
}

/// The byte range of the next word in `text`: letters and digits, with an apostrophe inside
/// ("IB'er", "IB’er").
fn next_token(text: &str) -> Option<(usize, usize)> {
    let start = text.find(|c: char| c.is_alphanumeric())?;
    let mut end = start;
    let mut chars = text[start..].char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        let inside_apostrophe =
            (c == '\'' || c == '’') && chars.peek().is_some_and(|(_, next)| next.is_alphanumeric());
        if c.is_alphanumeric() || inside_apostrophe {
            end = start + offset + c.len_utf8();
        } else {
            break;
        }
    }
    Some((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_use_gets_its_meaning_and_later_uses_stay_short() {
        let mut explainer = Explainer::default();
        assert_eq!(
            explainer.explain("Naar het vmbo of de havo. Het vmbo is dichtbij."),
            "Naar het vmbo (voorbereidend middelbaar beroepsonderwijs) of de havo (hoger \
             algemeen voortgezet onderwijs). Het vmbo is dichtbij."
        );
        assert_eq!(explainer.explain("Ook VMBO-scholen."), "Ook VMBO-scholen.");
    }

    #[test]
    fn a_use_after_its_meaning_stays_as_written() {
        let mut explainer = Explainer::default();
        let text = "Het ontwikkelingsperspectiefplan (OPP) van Daan. Het OPP is klaar.";
        assert_eq!(explainer.explain(text), text);
    }

    #[test]
    fn brackets_after_the_abbreviation_take_the_meaning_in() {
        let mut explainer = Explainer::default();
        assert_eq!(
            explainer.explain("wo (universiteit)"),
            "wo (wetenschappelijk onderwijs, universiteit)"
        );
    }

    #[test]
    fn words_with_an_apostrophe_and_upper_case_only_abbreviations() {
        let mut explainer = Explainer::default();
        assert_eq!(
            explainer.explain("De IB’er en de bron."),
            "De IB’er (intern begeleider) en de bron."
        );
        assert_eq!(
            explainer.explain("Probleem, pro."),
            "Probleem, pro (praktijkonderwijs)."
        );
    }

    #[test]
    fn compounds_and_brackets_around_the_abbreviation() {
        let mut explainer = Explainer::default();
        assert_eq!(
            explainer.explain("RT-begeleiding (vmbo-kb) en (MDO)."),
            "RT-begeleiding (RT: remedial teaching, extra hulp bij het leren) (vmbo-kb (vmbo: \
             voorbereidend middelbaar beroepsonderwijs; kb: kaderberoepsgerichte leerweg)) en \
             (MDO: multidisciplinair overleg)."
        );
    }
}
