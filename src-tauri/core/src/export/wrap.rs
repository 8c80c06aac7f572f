//! Line breaking on real glyph widths: greedy, at spaces (never at a no-break space, which is
//! drawn as a plain one: "088\u{a0}123\u{a0}45\u{a0}67" stays on one line); `\n` is a hard
//! break; a word that
//! must break does so at a Dutch hyphenation point with a hyphen, so nothing is ever drawn past
//! the margin and no word is split mid-syllable without a sign.

use super::fonts::Face;
use super::hyphenate::{BreakPoint, break_points};
use unicode_normalization::UnicodeNormalization;

/// Makes text safe to draw: composed (NFC, so "e" + combining diaeresis becomes one "ë"
/// glyph), tabs as spaces, no-break spaces kept (the wrapper does not break there), other
/// control characters dropped, invisible joiners and emoji
/// variation selectors no face draws dropped (a family emoji shows as its people), characters
/// neither the font nor its symbols fallback has as "?".
pub fn sanitize(face: &Face, text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.nfc() {
        match c {
            '\n' => out.push('\n'),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c if (c as u32) < 0x250 || face.has_glyph(c) => out.push(c),
            '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{fe00}'..='\u{fe0f}' => {}
            c => out.push_str(fallback(c)),
        }
    }
    out
}

/// Plain spellings for symbols the font lacks.
fn fallback(c: char) -> &'static str {
    match c {
        '≥' => ">=",
        '≤' => "<=",
        '≠' => "!=",
        '→' | '⇒' => "->",
        '←' => "<-",
        '✓' | '✔' => "v",
        '✗' | '✘' => "x",
        _ => "?",
    }
}

/// A line this much filled (or less) takes a hyphenated piece of the next word rather than
/// moving it whole: narrow table columns would otherwise be mostly white.
const SPARSE_FILL: f32 = 0.6;

/// Breaks `text` into lines no wider than `width` points at `size`. An empty text gives no
/// lines; an empty line between two hard breaks stays (as an empty string).
///
/// Words move whole to the next line; a word that does not fit on a line of its own, or that
/// would leave the line sparse, breaks at a Dutch hyphenation point with a hyphen
/// ([`super::hyphenate`]). Only a word without any point that fits is cut between characters
/// (still with a hyphen between two letters).
pub fn wrap(face: &Face, text: &str, size: f32, width: f32) -> Vec<String> {
    let text = sanitize(face, text);
    let mut lines = Vec::new();
    if text.trim().is_empty() {
        return lines;
    }
    for paragraph in text.trim_end().split('\n') {
        let mut line = Line {
            face,
            size,
            width,
            text: String::new(),
            used: 0.0,
        };
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            line.place(word, &mut lines);
        }
        lines.push(line.text);
    }
    lines
        .into_iter()
        .map(|line| line.replace('\u{a0}', " "))
        .collect()
}

/// The line being filled.
struct Line<'a> {
    face: &'a Face,
    size: f32,
    width: f32,
    text: String,
    used: f32,
}

impl Line<'_> {
    fn gap(&self) -> f32 {
        if self.text.is_empty() {
            0.0
        } else {
            self.face.char_width(' ', self.size)
        }
    }

    fn append(&mut self, piece: &str) {
        self.used += self.gap() + self.face.text_width(piece, self.size);
        if !self.text.is_empty() {
            self.text.push(' ');
        }
        self.text.push_str(piece);
    }

    fn finish(&mut self, lines: &mut Vec<String>) {
        lines.push(std::mem::take(&mut self.text));
        self.used = 0.0;
    }

    /// Places one word, breaking it over as many lines as it needs.
    fn place(&mut self, word: &str, lines: &mut Vec<String>) {
        // Most words fit: the patterns are only consulted for one that must break.
        let mut points: Option<Vec<BreakPoint>> = None;
        let mut start = 0;
        while start < word.len() {
            let rest = &word[start..];
            let room = self.width - self.used - self.gap();
            let rest_width = self.face.text_width(rest, self.size);
            if rest_width <= room {
                self.append(rest);
                return;
            }
            let must_break = rest_width > self.width;
            if (must_break || self.used <= self.width * SPARSE_FILL)
                && let Some((piece, next)) = self.best_piece(
                    word,
                    start,
                    points.get_or_insert_with(|| break_points(word)),
                    room,
                )
            {
                self.append(&piece);
                self.finish(lines);
                start = next;
                continue;
            }
            if !self.text.is_empty() {
                self.finish(lines);
                continue;
            }
            // An empty line and no break point fits: cut between characters.
            let next = self.cut(word, start);
            let mut piece = word[start..next].to_owned();
            if ends_between_letters(word, next) {
                piece.push('-');
            }
            self.append(&piece);
            self.finish(lines);
            start = next;
        }
    }

    /// The longest piece from `start` up to a break point that fits in `room` (with its hyphen).
    fn best_piece(
        &self,
        word: &str,
        start: usize,
        points: &[BreakPoint],
        room: f32,
    ) -> Option<(String, usize)> {
        points
            .iter()
            .rev()
            .filter(|p| p.at > start && p.at < word.len())
            .map(|p| {
                let mut piece = word[start..p.at].to_owned();
                if p.adds_hyphen {
                    piece.push('-');
                }
                (piece, p.at)
            })
            .find(|(piece, _)| self.face.text_width(piece, self.size) <= room)
    }

    /// Where to cut a word that has no fitting break point: as many characters as fit with a
    /// hyphen, at least one.
    fn cut(&self, word: &str, start: usize) -> usize {
        let hyphen = self.face.char_width('-', self.size);
        let mut used = 0.0;
        let mut end = start;
        for (index, c) in word[start..].char_indices() {
            let at = start + index;
            let w = self.face.char_width(c, self.size);
            if at > start && used + w + hyphen > self.width {
                break;
            }
            used += w;
            end = at + c.len_utf8();
        }
        end
    }
}

/// Whether cutting `word` at `at` separates two letters (then a hyphen shows the cut).
fn ends_between_letters(word: &str, at: usize) -> bool {
    let before = word[..at].chars().next_back();
    let after = word[at..].chars().next();
    matches!((before, after), (Some(b), Some(a)) if b.is_alphabetic() && a.is_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::fonts::family;

    #[test]
    fn lines_never_exceed_the_width() {
        let face = &family().expect("fonts").regular;
        let text = "De leerling laat sinds de herfstvakantie minder concentratie zien bij \
                    rekenen; ouders herkennen dit thuis bij huiswerk. Onderwijsbehoeftenanalyse\
                    verslaglegging zonder spaties gaat ook netjes over meerdere regels heen.";
        for width in [40.0, 120.0, 300.0] {
            let lines = wrap(face, text, 10.0, width);
            assert!(lines.len() > 1);
            for line in &lines {
                assert!(face.text_width(line, 10.0) <= width + 0.01, "{line}");
            }
            let joined: String = lines
                .concat()
                .chars()
                .filter(|c| !" -".contains(*c))
                .collect();
            let original: String = text.chars().filter(|c| *c != ' ').collect();
            assert_eq!(joined, original, "no character lost at width {width}");
        }
    }

    #[test]
    fn a_long_word_in_a_narrow_column_breaks_at_a_syllable_with_a_hyphen() {
        let face = &family().expect("fonts").regular;
        let width = face.text_width("groepsleer", 9.0);
        let lines = wrap(face, "groepsleerkracht", 9.0, width);
        assert_eq!(lines, vec!["groeps-", "leerkracht"]);
        let lines = wrap(face, "De groepsleerkracht", 9.0, width);
        assert_eq!(lines, vec!["De", "groeps-", "leerkracht"]);
    }

    #[test]
    fn a_sparse_line_takes_a_hyphenated_piece_and_a_full_one_does_not() {
        let face = &family().expect("fonts").regular;
        let width = face.text_width("Met de ondersteunings-", 10.0);
        let lines = wrap(face, "Met de ondersteuningscoördinator", 10.0, width);
        assert_eq!(lines, vec!["Met de ondersteunings-", "coördinator"]);
        let width = face.text_width("Wij spreken met de leer", 10.0);
        let lines = wrap(face, "Wij spreken met de leerkracht", 10.0, width);
        assert_eq!(lines, vec!["Wij spreken met de", "leerkracht"]);
    }

    #[test]
    fn a_compound_breaks_after_its_own_hyphen_without_a_second_one() {
        let face = &family().expect("fonts").regular;
        let width = face.text_width("Kanariepiet-Ö", 10.0);
        let lines = wrap(face, "Kanariepiet-Öztürk", 10.0, width);
        assert_eq!(lines, vec!["Kanariepiet-", "Öztürk"]);
    }

    #[test]
    fn a_date_moves_whole_to_the_next_line() {
        let face = &family().expect("fonts").regular;
        let width = face.text_width("Streefdatum: 20-11-20", 9.0);
        let lines = wrap(face, "Streefdatum: 20-11-2026", 9.0, width);
        assert_eq!(lines, vec!["Streefdatum:", "20-11-2026"]);
    }

    #[test]
    fn a_no_break_space_holds_a_phone_number_together_and_is_drawn_as_a_space() {
        let face = &family().expect("fonts").regular;
        let width = face.text_width("Bel 088 123 45", 10.0);
        let lines = wrap(face, "Bel 088\u{a0}123\u{a0}45\u{a0}67", 10.0, width);
        assert_eq!(lines, vec!["Bel", "088 123 45 67"]);
        let lines = wrap(face, "Bel 088 123 45 67", 10.0, width);
        assert_eq!(lines, vec!["Bel 088 123 45", "67"]);
    }

    #[test]
    fn a_word_without_a_fitting_point_is_cut_with_a_hyphen_between_letters() {
        let face = &family().expect("fonts").regular;
        let width = face.text_width("xxxx-", 10.0);
        let lines = wrap(face, "xxxxxxxxxx 1234567890", 10.0, width);
        for line in &lines {
            assert!(face.text_width(line, 10.0) <= width + 0.01, "{line}");
        }
        assert!(lines[0].ends_with('-'), "{lines:?}");
        assert!(
            lines
                .iter()
                .filter(|l| l.starts_with(char::is_numeric))
                .all(|l| !l.ends_with('-'))
        );
    }

    #[test]
    fn hard_breaks_blank_lines_and_composition() {
        let face = &family().expect("fonts").regular;
        let lines = wrap(face, "één\n\ntwee\r\n", 10.0, 200.0);
        assert_eq!(lines, vec!["één", "", "twee"]);
        let decomposed = "Zoe\u{308}";
        assert_eq!(wrap(face, decomposed, 10.0, 200.0), vec!["Zoë"]);
        assert!(wrap(face, "  \n ", 10.0, 200.0).is_empty());
    }

    #[test]
    fn emoji_are_kept_and_invisible_joiners_without_a_glyph_go() {
        let face = &family().expect("fonts").regular;
        let lines = wrap(face, "leuk 😀\nΕλληνικά ĳs", 14.0, 400.0);
        assert_eq!(lines, vec!["leuk 😀", "Ελληνικά ĳs"]);
        let heart = sanitize(face, "❤\u{fe0f}");
        assert!(heart.starts_with('❤'), "{heart}");
        assert!(!heart.contains('?'), "{heart}");
    }
}
