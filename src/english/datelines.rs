//! Datelines: "LONDON —", "SAN FRANCISCO (Reuters) -", "WASHINGTON, Nov 29 -", "MILAN
//! 1996-08-30". The upper-case words that open a news paragraph before a dash, a bracketed
//! credit or a date name the place the story was filed from. The tagger, which sees one
//! sentence at a time, reads an unseen or multi-word upper-case place there as an organisation
//! (upper case makes every word look like an acronym). In CoNLL-2003's training data the
//! dateline words are places on 898 of 907 lines.

use super::is_english;
use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::Mention;
use crate::text::TokenKind;

/// Most tokens before the dash that a dateline runs to ("WASHINGTON , D.C.", "NEW YORK").
const MAX_DATELINE_TOKENS: usize = 6;

const MONTHS: &[&str] = &[
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Whether an English word is a month or a day of the week ("Monday", "Nov.").
pub(super) fn is_date_word(word: &str) -> bool {
    let w = word.trim_end_matches('.').to_lowercase();
    MONTHS.contains(&w.as_str()) || WEEKDAYS.contains(&w.as_str())
}

/// Makes the mentions inside a paragraph's dateline places.
pub fn mark_places(doc: &Document, mentions: &mut [Mention]) {
    for block in &doc.blocks {
        let Some(end) = dateline_end(doc, block.tokens.clone()) else { continue };
        let limit = doc.tokens[end - 1].span.end;
        // The mentions inside the dateline (mentions are sorted: a binary search keeps this
        // linear over a page of datelines).
        let first = mentions.partition_point(|m| m.span.start < block.span.start);
        let count = mentions[first..].iter().take_while(|m| m.span.end <= limit).count();
        let inside = &mut mentions[first..first + count];
        // The tagger found a name in every word: a dateline is a place name and nothing else
        // ("CONGRESS HAS INVESTIGATED HIM — …" is a subheading).
        let mut words = (block.tokens.start..end).filter(|&t| doc.tokens[t].kind == TokenKind::Word);
        if !words.all(|t| inside.iter().any(|m| m.span.contains(doc.tokens[t].span))) {
            continue;
        }
        for m in inside.iter_mut() {
            m.kind = EntityKind::Loc;
        }
    }
}

/// The end (exclusive token index) of the dateline words that open `tokens`, if the paragraph
/// opens with one.
fn dateline_end(doc: &Document, tokens: std::ops::Range<usize>) -> Option<usize> {
    let first = tokens.start;
    if tokens.is_empty() || !is_english(doc, first) {
        return None;
    }
    let mut end = first;
    while end < tokens.end && end - first < MAX_DATELINE_TOKENS && is_dateline_word(doc, end, first) {
        end += 1;
    }
    // Trailing commas belong to what follows ("WASHINGTON, Nov 29").
    while end > first && doc.word(end - 1) == "," {
        end -= 1;
    }
    if end == first || !(first..end).any(|t| doc.tokens[t].kind == TokenKind::Word) {
        return None;
    }
    followed_by_dash_credit_or_date(doc, end, tokens.end).then_some(end)
}

/// An upper-case word ("NEW", "D.C.") or a comma between such words.
fn is_dateline_word(doc: &Document, t: usize, first: usize) -> bool {
    let word = doc.word(t);
    match doc.tokens[t].kind {
        TokenKind::Word => word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase),
        TokenKind::Punct => word == "," && t > first,
        TokenKind::Number => false,
    }
}

/// What follows a dateline: a dash and running text, "(" of a credit, or a date (", Nov 29",
/// "1996-08-30"). Upper case after the dash is a headline's topic instead ("RUGBY UNION -
/// SOUTH AFRICA BEAT ALL BLACKS").
fn followed_by_dash_credit_or_date(doc: &Document, at: usize, end: usize) -> bool {
    let word = |t: usize| (t < end).then(|| doc.word(t));
    let number = |t: usize| t < end && doc.tokens[t].kind == TokenKind::Number;
    let month = |t: usize| word(t).is_some_and(|w| MONTHS.contains(&w.trim_end_matches('.').to_lowercase().as_str()));
    let dash_and_text = |t: usize| {
        matches!(word(t), Some("—" | "–" | "-")) && word(t + 1).is_some_and(|w| w.chars().any(char::is_lowercase))
    };
    match word(at) {
        // "(Reuters) -", "(AP) —"; a table row's "( SEP ) 91.37" is not followed by text.
        Some("(") => (at + 2..(at + 5).min(end)).any(|t| word(t) == Some(")") && dash_and_text(t + 1)),
        Some("—" | "–" | "-") => dash_and_text(at),
        Some(",") => month(at + 1) && number(at + 2),
        // An ISO date ("1996-08-30"), or a month and day.
        Some(w) if number(at) => w.len() == 4 && word(at + 1) == Some("-") && number(at + 2),
        Some(_) => month(at) && number(at + 1),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::span::Span;

    fn run(text: &str, names: &[(&str, EntityKind)]) -> Vec<EntityKind> {
        let doc = Document::new(text, Some(Lang::En));
        let mut from = 0;
        let mut mentions: Vec<Mention> = names
            .iter()
            .map(|&(name, kind)| {
                let start = from + text[from..].find(name).expect("name in text");
                from = start + name.len();
                Mention { span: Span::new(start, from), kind }
            })
            .collect();
        mark_places(&doc, &mut mentions);
        mentions.iter().map(|m| m.kind).collect()
    }

    use EntityKind::{Loc, Org, Per};

    #[test]
    fn dateline_words_before_a_dash_credit_or_date_are_places() {
        let cases = [
            "SAN FRANCISCO — Shares of Apple rose.",
            "SAN FRANCISCO (Reuters) - Shares of Apple rose.",
            "SAN FRANCISCO (AP) — Shares of Apple rose.",
            "SAN FRANCISCO, Nov 29 (Reuters) - Shares of Apple rose.",
            "SAN FRANCISCO 1996-08-30",
            "SAN FRANCISCO Nov. 29 - Shares of Apple rose.",
        ];
        for text in cases {
            assert_eq!(run(text, &[("SAN FRANCISCO", Org)])[0], Loc, "help: {text}");
        }
        // Two mentions in one dateline; the rest of the paragraph is left alone.
        let text = "WASHINGTON , D.C. 1996-08-30\nKROGER (Reuters) - Shares of Apple rose.";
        assert_eq!(
            run(text, &[("WASHINGTON", Org), ("D.C.", Per), ("KROGER", Org), ("Apple", Org)]),
            [Loc, Loc, Loc, Org]
        );
    }

    #[test]
    fn other_openings_are_not_datelines() {
        for (text, name) in [
            ("NATO said on Monday it would stay.", "NATO"),
            ("BARCELONA 2 ATLETICO 1", "BARCELONA"),
            ("Apple — the company — rose.", "Apple"),
            ("The EU — and Britain — agreed.", "EU"),
            ("NASA", "NASA"),
            ("RUGBY UNION - SOUTH AFRICA BEAT ALL BLACKS.", "RUGBY UNION"),
            ("CONGRESS HAS INVESTIGATED HIM — his lawyer said.", "CONGRESS"),
            ("EUROLIRA ( SEP ) 91.37 91.36", "EUROLIRA"),
            ("CHICAGO AREA MILLS ( dollars per short ton )", "CHICAGO AREA MILLS"),
        ] {
            assert_eq!(run(text, &[(name, Org)]), [Org], "help: {text}");
        }
        assert_eq!(run("", &[]), []);
    }
}
