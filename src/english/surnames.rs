//! Surnames the tagger left untagged: "Elon Musk said …" and later "Musk has promised …".
//! News names a person in full once and by surname after; an unseen surname alone, at the
//! start of a sentence, reads to the tagger like any capitalised word. The document's full
//! name is the evidence the tagger lacks, as its document pass ([`crate::ner::docpass`]) gives
//! only repeats of the same word sequence, not surnames.

use std::collections::HashSet;

use super::{is_english, tokens_of};
use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::Mention;
use crate::quotes::lexicon::en;
use crate::text::TokenKind;

/// Adds a person mention for each untagged word that is the surname of a person named in full
/// in the document, where the word stands as a name: mid-sentence, or opening a sentence
/// before a lowercase word ("Musk has", "Sunak told"), with no capitalised word beside it.
pub fn add_missed(doc: &Document, mentions: &mut Vec<Mention>) {
    let surnames: HashSet<&str> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Per && m.span.of(doc.text).contains(char::is_whitespace))
        .map(|m| tokens_of(doc, m.span))
        .filter(|t| t.len() >= 2 && is_english(doc, t.start))
        .map(|t| doc.word(t.end - 1))
        // Not a month or another word that opens sentences ("Theresa May" … "in May").
        .filter(|w| is_name_shaped(w) && !en::is_capitalised_function_word(&w.to_lowercase()))
        .collect();
    if surnames.is_empty() {
        return;
    }
    // A surname the document also writes in lower case is an ordinary word ("Patriot Coal" …
    // "coal miners" … "Coal isn't the villain").
    let lower: HashSet<String> = surnames.iter().map(|w| w.to_lowercase()).collect();
    let ordinary: HashSet<String> = doc
        .tokens
        .iter()
        .map(|t| t.span.of(doc.text))
        .filter(|w| w.starts_with(char::is_lowercase) && lower.contains(*w))
        .map(str::to_string)
        .collect();
    let surnames: HashSet<&str> = surnames.into_iter().filter(|w| !ordinary.contains(&w.to_lowercase())).collect();
    let mut added = Vec::new();
    let mut next_mention = 0;
    for block in doc.blocks.iter().filter(|b| b.lang == crate::lang::Lang::En) {
        for t in block.tokens.clone() {
            let span = doc.tokens[t].span;
            while next_mention < mentions.len() && mentions[next_mention].span.end <= span.start {
                next_mention += 1;
            }
            let tagged = mentions.get(next_mention).is_some_and(|m| m.span.overlaps(span));
            if tagged || !surnames.contains(doc.word(t)) {
                continue;
            }
            if stands_as_name(doc, t, block.tokens.clone()) {
                added.push(Mention { span, kind: EntityKind::Per });
            }
        }
    }
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| (m.span.start, m.span.end));
    }
}

/// A capitalised word with lowercase letters, as a surname is written in running text.
fn is_name_shaped(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && word.chars().all(char::is_alphabetic)
        && word.chars().any(char::is_lowercase)
}

fn stands_as_name(doc: &Document, t: usize, block: std::ops::Range<usize>) -> bool {
    let capitalised_word =
        |i: usize| doc.tokens[i].kind == TokenKind::Word && doc.word(i).starts_with(char::is_uppercase);
    let previous = (t > block.start).then(|| t - 1);
    let next = (t + 1 < block.end).then_some(t + 1);
    // "Mr Musk" is fine (the title stays outside); "Elon Musk Foundation" is another name.
    let title_before = previous.is_some_and(|p| en::title(&doc.word(p).to_lowercase()).is_some());
    if (previous.is_some_and(capitalised_word) && !title_before) || next.is_some_and(capitalised_word) {
        return false;
    }
    let sentence_start = previous.is_none_or(|p| matches!(doc.word(p), "." | "!" | "?" | "\"" | "“" | "—"));
    let lowercase_next = next.is_some_and(|n| doc.word(n).starts_with(char::is_lowercase));
    let possessive = next.is_some_and(|n| matches!(doc.word(n), "'s" | "’s"));
    !sentence_start || lowercase_next || possessive
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::span::Span;

    fn run(text: &str, people: &[&str]) -> Vec<(String, EntityKind)> {
        let doc = Document::new(text, Some(Lang::En));
        let mut mentions: Vec<Mention> = people
            .iter()
            .map(|name| {
                let start = text.find(name).expect("name in text");
                Mention { span: Span::new(start, start + name.len()), kind: EntityKind::Per }
            })
            .collect();
        add_missed(&doc, &mut mentions);
        mentions.iter().map(|m| (m.span.of(text).to_string(), m.kind)).collect()
    }

    #[test]
    fn untagged_surnames_of_people_named_in_full_are_people() {
        let text = "Elon Musk said so. Musk has promised cars. Critics of Musk's plan and Mr Musk agree.";
        let got = run(text, &["Elon Musk"]);
        let names: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(names, ["Elon Musk", "Musk", "Musk", "Musk"]);
        assert!(got.iter().all(|(_, k)| *k == EntityKind::Per));
    }

    #[test]
    fn other_capitalised_uses_are_left_alone() {
        // A word the document also writes in lower case.
        let text = "Patriot Coal went bankrupt. The coal price fell. Coal isn't the villain, he said.";
        assert_eq!(run(text, &["Patriot Coal"]).len(), 1);
        // A month, part of another name, upper case, no full name at all.
        let text = "Theresa May spoke. The May Foundation met. In May the vote failed. MAY rose. maybe.";
        assert_eq!(run(text, &["Theresa May"]).len(), 1);
        assert_eq!(run("Musk has spoken.", &[]).len(), 0);
        assert_eq!(run("", &[]).len(), 0);
    }
}
