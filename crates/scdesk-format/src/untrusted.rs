//! Text taken from a file and shown to a person (a payload type, a key id, a field name):
//! control characters escaped and cut to a length, so that a file can neither forge a line
//! of SC Desk's output (a fake "valid: …") nor flood the screen with a megabyte of it.

/// How much of an unsigned field an error message quotes.
pub const QUOTED_CHARS: usize = 80;

/// `text` as it may be shown: every control character written as an escape (`\n`,
/// `\u{1b}`), at most `max_chars` characters, with "…" where it was cut. Empty text is
/// shown as "(empty)".
pub fn quote(text: &str, max_chars: usize) -> String {
    if text.is_empty() {
        return "(empty)".into();
    }
    let mut out = String::new();
    for (n, c) in text.chars().enumerate() {
        if n == max_chars {
            out.push('…');
            break;
        }
        if c.is_control() || invisible(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// Characters that change how the text around them is shown, or show nothing: line and
/// paragraph separators, direction marks, embeddings and isolates, zero-width ones.
fn invisible(c: char) -> bool {
    matches!(c,
        '\u{061c}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}'
        | '\u{2060}'..='\u{2069}' | '\u{feff}')
}

/// A whole message that carries quoted parts, made safe to print as one line: the same
/// escaping, and a cap that no sentence of SC Desk's own reaches.
pub fn one_line(message: &str) -> String {
    quote(message, 2000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_as_a_person_should_see_it() {
        let cases: &[(&str, usize, &str)] = &[
            (
                "application/vnd.scdesk.position+json",
                80,
                "application/vnd.scdesk.position+json",
            ),
            ("", 80, "(empty)"),
            (
                "x\nvalid: position file signed by the chair",
                80,
                "x\\nvalid: position file signed by the chair",
            ),
            ("\u{1b}[2Khidden", 80, "\\u{1b}[2Khidden"),
            ("abcdef", 3, "abc…"),
            ("é€😀", 80, "é€😀"),
            ("right\u{202e}txt.exe", 80, "right\\u{202e}txt.exe"),
            (
                "a\u{2067}b\u{200f}c\u{feff}",
                80,
                "a\\u{2067}b\\u{200f}c\\u{feff}",
            ),
        ];
        for (text, max, want) in cases {
            assert_eq!(quote(text, *max), *want, "{text:?}");
        }
    }

    #[test]
    fn a_megabyte_becomes_a_line() {
        let huge = "A".repeat(1 << 20);
        assert_eq!(quote(&huge, QUOTED_CHARS).chars().count(), QUOTED_CHARS + 1);
    }
}
