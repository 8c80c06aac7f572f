//! Where a Dutch word may break at the end of a line. Syllable points come from the Dutch
//! TeX hyphenation patterns (Knuth–Liang, through the `hypher` crate), never from rules of our
//! own; a compound that already has a hyphen (or a slash) breaks right after it, without a
//! second hyphen. The wrapper ([`super::wrap`]) picks the point that fills the line best.

use hypher::Lang;

/// A place inside a word where the line may break.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BreakPoint {
    /// Byte offset in the word: the first line ends before it, the next starts at it.
    pub at: usize,
    /// Whether a hyphen is drawn at the end of the first line (a syllable break), or the
    /// word already ends there in a hyphen or slash of its own.
    pub adds_hyphen: bool,
}

/// Letters that must stay on each side of a syllable break (the Dutch patterns' own minimum).
const LEFT_MIN: usize = 2;
const RIGHT_MIN: usize = 2;

/// Every break point of `word` (a run without spaces), in order. Letters are hyphenated per
/// run of letters, so "(groepsleerkracht)," and "Kanariepiet-Öztürk" hyphenate their words and
/// keep their punctuation. A hyphen or slash is a break point only between two letters: dates
/// ("20-11-2026") and numbers never break.
pub fn break_points(word: &str) -> Vec<BreakPoint> {
    let mut points = Vec::new();
    let mut run_start: Option<usize> = None;
    let mut chars = word.char_indices().peekable();
    while let Some((index, c)) = chars.next() {
        let next = chars.peek().map(|(at, _)| *at);
        if c.is_alphabetic() {
            let start = *run_start.get_or_insert(index);
            let run_ends = chars.peek().is_none_or(|(_, n)| !n.is_alphabetic());
            if run_ends {
                let end = next.unwrap_or(word.len());
                syllable_points(&word[start..end], start, &mut points);
                run_start = None;
            }
            continue;
        }
        let between_letters = word[..index]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic)
            && word[index + c.len_utf8()..]
                .chars()
                .next()
                .is_some_and(char::is_alphabetic);
        if is_own_break(c)
            && between_letters
            && let Some(after) = next
        {
            points.push(BreakPoint {
                at: after,
                adds_hyphen: false,
            });
        }
    }
    points
}

/// A hyphen, slash or dash in the word: the line may end right after it.
fn is_own_break(c: char) -> bool {
    matches!(c, '-' | '/' | '\u{2010}' | '\u{2013}')
}

fn syllable_points(run: &str, offset: usize, points: &mut Vec<BreakPoint>) {
    if run.chars().count() < LEFT_MIN + RIGHT_MIN {
        return;
    }
    let mut at = offset;
    let mut syllables = hypher::hyphenate_bounded(run, Lang::Dutch, LEFT_MIN, RIGHT_MIN).peekable();
    while let Some(syllable) = syllables.next() {
        at += syllable.len();
        if syllables.peek().is_some() {
            points.push(BreakPoint {
                at,
                adds_hyphen: true,
            });
        }
    }
}

/// The word hyphenated at every point, for tests and review ("groeps-leer-kracht").
pub fn show(word: &str) -> String {
    let mut out = String::with_capacity(word.len() + 8);
    let mut from = 0;
    for point in break_points(word) {
        out.push_str(&word[from..point.at]);
        out.push(if point.adds_hyphen { '-' } else { '|' });
        from = point.at;
    }
    out.push_str(&word[from..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_words_break_between_syllables() {
        assert_eq!(show("groepsleerkracht"), "groeps-leer-kracht");
        assert_eq!(show("Onderwijsbehoeften"), "On-der-wijs-be-hoef-ten");
        assert_eq!(
            show("ondersteuningscoördinator"),
            "on-der-steu-nings-co-ör-di-na-tor"
        );
    }

    #[test]
    fn compounds_with_a_hyphen_break_after_it_and_punctuation_stays() {
        assert_eq!(show("leerling-ouder"), "leer-ling-|ou-der");
        assert_eq!(show("(leerkracht),"), "(leer-kracht),");
        assert_eq!(show("ouder/verzorger"), "ou-der/|ver-zor-ger");
    }

    #[test]
    fn short_words_digits_and_empty_text_do_not_break() {
        assert_eq!(show("de"), "de");
        assert_eq!(show("12345678"), "12345678");
        assert_eq!(show("20-11-2026"), "20-11-2026");
        assert_eq!(show("1/2"), "1/2");
        assert!(break_points("").is_empty());
        assert!(break_points("-").is_empty());
    }
}
