//! Shapes English names never take, tidied after tagging:
//! - a mention with no capital letter ("the former president's son"): CoNLL's names are
//!   capitalised, and a lowercase run is the tagger's slip;
//! - a mention running into a bracketed acronym ("Bureau of Industry and Security (BIS"): the
//!   name and the acronym are two mentions of one type;
//! - a title before a full name ("Justice Luiz Fux"): titles stay outside people.

use super::{is_english, tokens_of};
use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::Mention;
use crate::span::Span;
use crate::text::normalize::FoldedWords;

/// Titles the model's trigger list lacks, which the tagger takes into a person's name.
static TITLES: FoldedWords = FoldedWords::new(&[
    "justice",
    "judge",
    "chancellor",
    "governor",
    "senator",
    "congressman",
    "congresswoman",
    "ambassador",
    "coach",
    "manager",
    "captain",
    "archbishop",
    "cardinal",
    "bishop",
    "sheikh",
    "emir",
    "prince",
    "princess",
]);

pub fn settle(doc: &Document, mentions: &mut Vec<Mention>) {
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    for &m in mentions.iter() {
        let tokens = tokens_of(doc, m.span);
        if tokens.is_empty() || !is_english(doc, tokens.start) {
            out.push(m);
            continue;
        }
        let text = m.span.of(doc.text);
        if !text.chars().any(|c| c.is_uppercase() || c.is_ascii_digit()) {
            continue;
        }
        if let Some(open) = text.find(" (") {
            let inside = text[open + 2..].trim_end_matches(')');
            let acronym = !inside.is_empty() && inside.chars().all(|c| c.is_ascii_uppercase() || c == '&');
            if acronym {
                out.push(Mention { span: Span::new(m.span.start, m.span.start + open), kind: m.kind });
                let start = m.span.start + open + 2;
                out.push(Mention { span: Span::new(start, start + inside.len()), kind: m.kind });
                continue;
            }
        }
        let mut m = m;
        if tokens.len() >= 3 && m.kind == EntityKind::Per && TITLES.contains(doc.word(tokens.start)) {
            m.span.start = doc.tokens[tokens.start + 1].span.start;
        }
        out.push(m);
    }
    *mentions = out;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use EntityKind::*;

    fn run(text: &str, found: &[(&str, EntityKind)]) -> Vec<(String, EntityKind)> {
        crate::ner::run_rule(text, Lang::En, found, settle)
    }

    #[test]
    fn lowercase_runs_are_no_names() {
        let text = "The former president's son, Eduardo Bolsonaro, moved to the United States.";
        let got = run(text, &[("son", Per), ("Eduardo Bolsonaro", Per)]);
        assert_eq!(got, [("Eduardo Bolsonaro".to_string(), Per)]);
    }

    #[test]
    fn a_bracketed_acronym_is_a_mention_of_its_own() {
        let text = "The Bureau of Industry and Security (BIS), the department's arm, said.";
        let got = run(text, &[("Bureau of Industry and Security (BIS", Org)]);
        assert_eq!(got, [("Bureau of Industry and Security".to_string(), Org), ("BIS".to_string(), Org)]);
    }

    #[test]
    fn titles_stay_outside() {
        let text = "Justice Luiz Fux dissented.";
        assert_eq!(run(text, &[("Justice Luiz Fux", Per)]), [("Luiz Fux".to_string(), Per)]);
    }
}
