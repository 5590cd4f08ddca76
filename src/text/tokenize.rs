//! Paragraphs and tokens as byte spans into the original text.
//!
//! Tokens never overlap and cover every non-space character: joining the tokens and the
//! spaces between them gives back the text exactly. Invisible characters (joiners, soft
//! hyphens, bidi controls) and Arabic marks and tatweel stay inside the word they are in.

use crate::span::Span;
use crate::text::normalize::{is_arabic_mark, is_invisible, TATWEEL};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and the marks, joiners and in-word apostrophes or dots that belong to them).
    Word,
    /// Digits, with inner separators (`1,000`, `3.5`, `٢٠٢١`).
    Number,
    /// Any other single character: punctuation, quotation marks, symbols, emoji.
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

fn is_word_char(c: char) -> bool {
    is_letter(c) || is_arabic_mark(c) || c == TATWEEL || is_invisible(c) || is_combining(c)
}

/// `char::is_alphabetic` and `char::is_numeric`, with the ASCII and core Arabic letters of
/// nearly every page answered by a range test before the Unicode table search.
fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    is_core_arabic_letter(c) || c.is_alphabetic()
}

fn is_number(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    !is_core_arabic_letter(c) && c.is_numeric()
}

fn is_core_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}')
}

/// Combining marks outside Arabic (accents written as separate code points).
fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{FEFF}'
}

/// Abbreviations whose final dot belongs to the word (English titles and months).
const DOTTED_ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj", "St", "Jr", "Sr",
    "Rev", "Inc", "Corp", "Ltd", "Co", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "vs",
    "No",
];

/// Whether `rest`, the text after an apostrophe, is the `s` of a possessive.
fn is_possessive_s(rest: &str) -> bool {
    rest.starts_with('s') && !rest[1..].starts_with(|c: char| c.is_alphanumeric())
}

/// Splits `text` into tokens. Linear in the length of the text.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if is_space(c) {
            continue;
        }
        let kind = if is_number(c) {
            TokenKind::Number
        } else if is_letter(c) {
            TokenKind::Word
        } else {
            TokenKind::Punct
        };
        let mut end = start + c.len_utf8();
        if matches!(c, '\'' | '’') && is_possessive_s(&text[end..]) {
            chars.next();
            end += 1;
        }
        if kind != TokenKind::Punct {
            while let Some(&(i, next)) = chars.peek() {
                let inside = match kind {
                    TokenKind::Word => is_word_char(next) || is_number(next),
                    _ => is_number(next) || next == '\u{066B}' || next == '\u{066C}',
                };
                if inside {
                    end = i + next.len_utf8();
                    chars.next();
                    continue;
                }
                // A connector joins two runs of the same kind: O'Neill, 3.5, 1,000, U.S.
                let after = text[i + next.len_utf8()..].chars().next();
                let joins = match (kind, next) {
                    (TokenKind::Word, '\'' | '’') => {
                        // Possessive 's stays a token of its own (the guidelines leave it out).
                        after.is_some_and(char::is_alphabetic) && !is_possessive_s(&text[i + next.len_utf8()..])
                    }
                    (TokenKind::Word, '.') => {
                        // U.S. / U.N.: single letters joined by dots.
                        let word = &text[start..i];
                        let single_letters = word.split('.').all(|part| part.chars().count() == 1);
                        single_letters
                            && after.is_some_and(char::is_alphabetic)
                            && text[i + 1..].chars().nth(1).is_some_and(|c| c == '.')
                    }
                    (TokenKind::Number, '.' | ',') => after.is_some_and(|c| c.is_ascii_digit()),
                    // Hyphenated Latin words stay one token, as in CoNLL ("al-Bahra",
                    // "Jean-Pierre", "Syrian-Turkish"); the span rules split typed parts.
                    (TokenKind::Word, '-' | '\u{2010}' | '\u{2011}') => {
                        let latin = |c: char| c.is_alphabetic() && !crate::lang::is_arabic_letter(c);
                        after.is_some_and(latin) && text[..i].chars().next_back().is_some_and(latin)
                    }
                    _ => false,
                };
                if !joins {
                    break;
                }
                chars.next(); // the connector
                end = i + next.len_utf8();
            }
            // A final dot belongs to single-letter runs (U.S.) and to known abbreviations (Mr.).
            if kind == TokenKind::Word && text[end..].starts_with('.') {
                let word = &text[start..end];
                let dotted = word.contains('.')
                    || DOTTED_ABBREVIATIONS.contains(&word)
                    || (word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()));
                if dotted {
                    chars.next();
                    end += 1;
                }
            }
        }
        tokens.push(Token { span: Span::new(start, end), kind });
    }
    tokens
}

/// The paragraphs of a text: its non-blank lines, trimmed of surrounding spaces.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), '\n'))) {
        if matches!(c, '\n' | '\r' | '\u{2029}' | '\u{2028}' | '\u{85}') {
            let line = &text[line_start..i];
            let trimmed = line.trim_start_matches(is_space);
            let lead = line.len() - trimmed.len();
            let trimmed = trimmed.trim_end_matches(is_space);
            if !trimmed.is_empty() {
                out.push(Span::new(line_start + lead, line_start + lead + trimmed.len()));
            }
            line_start = i + c.len_utf8();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.span.of(text)).collect()
    }

    #[test]
    fn splits_into_expected_tokens() {
        let cases: &[(&str, &[&str])] = &[
            ("Obama's visit", &["Obama", "'s", "visit"]),
            ("O'Neill said", &["O'Neill", "said"]),
            ("the U.S.-Israeli deal", &["the", "U.S.", "-", "Israeli", "deal"]),
            ("Hadi al-Bahra, a Syrian-Turkish - deal", &["Hadi", "al-Bahra", ",", "a", "Syrian-Turkish", "-", "deal"]),
            ("السورية-العراقية", &["السورية", "-", "العراقية"]),
            ("Mr. Obama, Dr. Who.", &["Mr.", "Obama", ",", "Dr.", "Who", "."]),
            ("$1,000.50 or 3.5%", &["$", "1,000.50", "or", "3.5", "%"]),
            ("وأضاف الكاظمي أن \"العراق\"", &["وأضاف", "الكاظمي", "أن", "\"", "العراق", "\""]),
            ("مُصْطَفَى العـــراق", &["مُصْطَفَى", "العـــراق"]),
            ("عام ٢٠١٤، في", &["عام", "٢٠١٤", "،", "في"]),
            ("Bai\u{00AD}den 👍🏽 ok", &["Bai\u{00AD}den", "👍", "🏽", "ok"]),
            ("«قال»", &["«", "قال", "»"]),
            ("", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(words(text), *want, "help: tokenizing {text:?}");
        }
    }

    #[test]
    fn paragraphs_are_trimmed_non_blank_lines() {
        let text = "  first line \n\n\tsecond\r\nthird";
        let got: Vec<&str> = paragraphs(text).iter().map(|s| s.of(text)).collect();
        assert_eq!(got, ["first line", "second", "third"]);
    }

    proptest::proptest! {
        #[test]
        fn tokens_tile_the_non_space_text(text in "[a-zA-Z0-9 .,'’\\-\"«»\u{0627}-\u{064A}\u{064B}\u{0640}\u{200C}\u{00AD}\u{1F600}\n]{0,80}") {
            let tokens = tokenize(&text);
            let mut last = 0;
            for token in &tokens {
                proptest::prop_assert!(token.span.start >= last && token.span.end > token.span.start);
                proptest::prop_assert!(text[last..token.span.start].chars().all(is_space));
                last = token.span.end;
            }
            proptest::prop_assert!(text[last..].chars().all(is_space));
        }
    }
}
