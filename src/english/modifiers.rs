//! A capitalised modifier the tagger left outside an organisation's name: "the Presidential
//! Leadership Council" came out as "Leadership Council". A capitalised word right before an
//! organisation belongs to it when "the" stands before it, or when it is written like an
//! adjective ("-al", "-ary", "-ic"): a title ("President"), a month or a day (among the
//! capitalised function words) or a given name never does.

use super::{gazetteer, is_english, is_first_name};
use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::Mention;
use crate::span::Span;
use crate::text::normalize::fold;
use crate::text::TokenKind;

const ADJECTIVE_ENDINGS: [&str; 7] = ["al", "ary", "ic", "ive", "ern", "ist", "ian"];
/// Extends organisations over the one capitalised modifier before them.
pub fn extend(doc: &Document, mentions: &mut [Mention]) {
    let Some(g) = gazetteer(doc) else { return };
    for i in 0..mentions.len() {
        let m = mentions[i];
        let first = doc.tokens.partition_point(|t| t.span.end <= m.span.start);
        if m.kind != EntityKind::Org || first == 0 || !is_english(doc, first) {
            continue;
        }
        let w = first - 1;
        let word = doc.word(w);
        let lower = word.to_lowercase();
        let capitalised = doc.tokens[w].kind == TokenKind::Word
            && word.starts_with(char::is_uppercase)
            && word.chars().skip(1).all(char::is_lowercase)
            && word.len() > 2;
        let taken = i > 0 && mentions[i - 1].span.end > doc.tokens[w].span.start;
        if !capitalised
            || taken
            || crate::quotes::lexicon::en::title(&lower).is_some()
            || crate::quotes::lexicon::en::is_capitalised_function_word(&lower)
            || is_first_name(g, &fold(word))
        {
            continue;
        }
        let after_the = w > 0 && doc.word(w - 1).eq_ignore_ascii_case("the");
        let adjective = ADJECTIVE_ENDINGS.iter().any(|e| lower.ends_with(e));
        if after_the || adjective {
            mentions[i].span = Span::new(doc.tokens[w].span.start, m.span.end);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn run(text: &str, found: &[(&str, EntityKind)]) -> Vec<String> {
        crate::ner::run_rule(text, Lang::En, found, |doc, m| extend(doc, m)).into_iter().map(|(t, _)| t).collect()
    }

    #[test]
    fn a_modifier_after_the_or_written_as_an_adjective_joins() {
        if crate::ner::model_for(crate::lang::Lang::En).is_none() {
            return;
        }
        let text = "He will brief the Presidential Leadership Council in Aden.";
        assert_eq!(run(text, &[("Leadership Council", EntityKind::Org)]), ["Presidential Leadership Council"]);
        let text = "In Aden, Presidential Leadership Council chairman Rashad al-Alimi said.";
        assert_eq!(run(text, &[("Leadership Council", EntityKind::Org)]), ["Presidential Leadership Council"]);
    }

    #[test]
    fn titles_months_names_and_places_stay_outside() {
        if crate::ner::model_for(crate::lang::Lang::En).is_none() {
            return;
        }
        let text = "Last Tuesday Google said. Secretary General Motors. Ankara Central Bank.";
        let found = [("Google", EntityKind::Org), ("Motors", EntityKind::Org), ("Central Bank", EntityKind::Org)];
        assert_eq!(run(text, &found), ["Google", "Motors", "Central Bank"]);
        // A person before an organisation is no modifier: "Sunak Conservative" never joins.
        let text = "said Musk Tesla's boss.";
        assert_eq!(run(text, &[("Tesla", EntityKind::Org)]), ["Tesla"]);
    }
}
