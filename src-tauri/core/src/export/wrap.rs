//! Line breaking on real glyph widths: greedy, at spaces; `\n` is a hard break; a word wider
//! than the line is cut between characters, so nothing is ever drawn past the margin.

use super::fonts::Face;
use unicode_normalization::UnicodeNormalization;

/// Makes text safe to draw: composed (NFC, so "e" + combining diaeresis becomes one "ë"
/// glyph), tabs as spaces, other control characters dropped, characters the font lacks as "?".
pub fn sanitize(face: &Face, text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.nfc() {
        match c {
            '\n' => out.push('\n'),
            '\t' | '\u{a0}' => out.push(' '),
            c if c.is_control() => {}
            c if (c as u32) < 0x250 || face.has_glyph(c) => out.push(c),
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

/// Breaks `text` into lines no wider than `width` points at `size`. An empty text gives no
/// lines; an empty line between two hard breaks stays (as an empty string).
pub fn wrap(face: &Face, text: &str, size: f32, width: f32) -> Vec<String> {
    let text = sanitize(face, text);
    let mut lines = Vec::new();
    if text.trim().is_empty() {
        return lines;
    }
    let space = face.char_width(' ', size);
    for paragraph in text.trim_end().split('\n') {
        let mut line = String::new();
        let mut line_width = 0.0_f32;
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let word_width = face.text_width(word, size);
            if !line.is_empty() && line_width + space + word_width <= width {
                line.push(' ');
                line.push_str(word);
                line_width += space + word_width;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if word_width <= width {
                line.push_str(word);
                line_width = word_width;
            } else {
                line_width = break_word(face, word, size, width, &mut lines, &mut line);
            }
        }
        lines.push(line);
    }
    lines
}

/// Cuts a too-long word into pieces that fit; full pieces go to `lines`, the rest stays in
/// `line` (returns its width). At least one character per line, however narrow the column.
fn break_word(
    face: &Face,
    word: &str,
    size: f32,
    width: f32,
    lines: &mut Vec<String>,
    line: &mut String,
) -> f32 {
    let mut piece_width = 0.0;
    for c in word.chars() {
        let w = face.char_width(c, size);
        if !line.is_empty() && piece_width + w > width {
            lines.push(std::mem::take(line));
            piece_width = 0.0;
        }
        line.push(c);
        piece_width += w;
    }
    piece_width
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
            let joined: String = lines.concat().chars().filter(|c| *c != ' ').collect();
            let original: String = text.chars().filter(|c| *c != ' ').collect();
            assert_eq!(joined, original, "no character lost at width {width}");
        }
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
}
