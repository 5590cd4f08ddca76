//! Names spelled out in the Arabic names of Latin letters: "إم.إس.سي" (MSC), "تي جي سي سي"
//! (TGCC). The tokenizer cuts the dotted form at each dot, and the tagger, which met spelled
//! letters in ANERcorp mostly as car models ("إيه 6"), calls the spaced form MISC. Letters
//! alone, with no model number after them, name a company or a body: an organisation.

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::name_tails::is_spelled_letter;
use crate::ner::Mention;
use crate::span::Span;
use crate::text::TokenKind;

/// The byte length of a clitic before a spelled letter ("وإم" → 2), or 0 for the letter itself;
/// None when the word is no letter.
fn letter_clitic(word: &str) -> Option<usize> {
    if is_spelled_letter(word) {
        return Some(0);
    }
    let rest = word.strip_prefix(['و', 'ب', 'ل', 'ف'])?;
    is_spelled_letter(rest).then(|| word.len() - rest.len())
}

/// Joins dotted spellings into one organisation and retypes spaced ones the tagger called MISC.
pub fn settle(doc: &Document, mentions: &mut Vec<Mention>) {
    let tokens = &doc.tokens;
    let mut found = Vec::new();
    let mut t = 0;
    while t < tokens.len() {
        let Some(clitic) = letter_clitic(doc.word(t)) else {
            t += 1;
            continue;
        };
        // "إم" "." "إس" "." "سي", with nothing between the tokens.
        let touching = |a: usize, b: usize| tokens[a].span.end == tokens[b].span.start;
        let mut end = t + 1;
        while end + 1 < tokens.len()
            && doc.word(end) == "."
            && touching(end - 1, end)
            && touching(end, end + 1)
            && is_spelled_letter(doc.word(end + 1))
        {
            end += 2;
        }
        if end > t + 1 {
            found.push(Mention {
                span: Span::new(tokens[t].span.start + clitic, tokens[end - 1].span.end),
                kind: EntityKind::Org,
            });
        }
        t = end;
    }
    crate::ner::replace_overlapping(mentions, found);
    for m in mentions.iter_mut().filter(|m| m.kind == EntityKind::Misc) {
        let first = tokens.partition_point(|tok| tok.span.end <= m.span.start);
        let words: Vec<usize> = (first..tokens.len()).take_while(|&i| tokens[i].span.end <= m.span.end).collect();
        let letters = words.len() >= 2
            && words.iter().all(|&i| tokens[i].kind == TokenKind::Word && is_spelled_letter(doc.word(i)));
        if letters {
            m.kind = EntityKind::Org;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn run(text: &str, found: &[(&str, EntityKind)]) -> Vec<(String, EntityKind)> {
        crate::ner::run_rule(text, Lang::Ar, found, settle)
    }

    #[test]
    fn dotted_letters_are_one_organisation_without_the_clitic() {
        let text = "مثل ميرسك وإم.إس.سي إلى المسار";
        let got = run(text, &[("إم", EntityKind::Org), ("إس", EntityKind::Org)]);
        assert_eq!(got, [("إم.إس.سي".to_string(), EntityKind::Org)]);
        // A sentence's full stop after a letter joins nothing.
        let text = "وصلت سي. إس جديدة";
        assert_eq!(run(text, &[]), []);
    }

    #[test]
    fn spaced_letters_called_misc_are_an_organisation_but_a_model_number_stays() {
        let text = "فازت مجموعتا تي جي سي سي وطرازا إيه 6";
        let got = run(text, &[("تي جي سي سي", EntityKind::Misc), ("إيه 6", EntityKind::Misc)]);
        assert_eq!(got, [("تي جي سي سي".to_string(), EntityKind::Org), ("إيه 6".to_string(), EntityKind::Misc)]);
    }
}
