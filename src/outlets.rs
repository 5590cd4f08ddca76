//! News outlets named in Arabic after English ones: a transliterated head word (نيوز، برس،
//! تايمز، بوست) ends an organisation's name, never a person's, and takes the word before it
//! (ليفانت نيوز، فرانس برس، سكاي نيوز). The tagger, trained on 2006 news, often finds the head
//! alone, or calls it a person; credit lines ("ليفانت نيوز_ أسوشيتد برس") are where it matters.

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::Mention;
use crate::span::Span;
use crate::text::normalize::FoldedWords;

/// Head words of outlet names.
static HEADS: FoldedWords = FoldedWords::new(&["نيوز", "برس", "تايمز", "بوست", "تريبيون", "جورنال"]);

/// Words that introduce an outlet and stay outside its name (وكالة فرانس برس → فرانس برس).
static DESCRIPTORS: FoldedWords =
    FoldedWords::new(&["وكالة", "قناة", "موقع", "صحيفة", "شبكة", "إذاعة", "تلفزيون", "مجلة", "جريدة"]);

/// Makes mentions that end in an outlet head organisations, with the word before the head when
/// the tagger left it out.
pub fn complete(doc: &Document, mentions: &mut [Mention]) {
    for i in 0..mentions.len() {
        let m = &mentions[i];
        let text = m.span.of(doc.text);
        let Some(last) = text.split_whitespace().last() else { continue };
        if !HEADS.contains(last) {
            continue;
        }
        let mut start = m.span.start;
        let one_word = !text.contains(char::is_whitespace);
        let previous_end = if i == 0 { 0 } else { mentions[i - 1].span.end };
        if let Some(word_start) = one_word.then(|| word_before(doc, start, previous_end)).flatten() {
            start = word_start;
        }
        let m = &mut mentions[i];
        m.span = Span::new(start, m.span.end);
        m.kind = EntityKind::Org;
    }
}

/// The start of the Arabic word right before `start` (only spaces between), when it is free
/// (after `previous_end`), in the same paragraph, and not a descriptor.
fn word_before(doc: &Document, start: usize, previous_end: usize) -> Option<usize> {
    let first = doc.tokens.partition_point(|t| t.span.end <= start);
    let token = doc.tokens.get(first.checked_sub(1)?)?;
    let word = token.span.of(doc.text);
    let arabic = word.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c));
    let adjacent = doc.only_spaces_between(token.span.end, start);
    let free = token.span.start >= previous_end;
    (arabic && adjacent && free && !DESCRIPTORS.contains(word)).then_some(token.span.start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(text: &str, name: &str, kind: EntityKind) -> Mention {
        let start = text.find(name).unwrap();
        Mention { span: Span::new(start, start + name.len()), kind }
    }

    fn run(text: &str, mut mentions: Vec<Mention>) -> Vec<(&str, EntityKind)> {
        let doc = Document::new(text, None);
        complete(&doc, &mut mentions);
        mentions.iter().map(|m| (m.span.of(text), m.kind)).collect()
    }

    #[test]
    fn a_head_alone_takes_the_word_before_it_and_is_an_organisation() {
        let text = "ليفانت نيوز_ أسوشيتد برس";
        let got =
            run(text, vec![mention(text, "نيوز", EntityKind::Per), mention(text, "أسوشيتد برس", EntityKind::Org)]);
        assert_eq!(got, [("ليفانت نيوز", EntityKind::Org), ("أسوشيتد برس", EntityKind::Org)]);
    }

    #[test]
    fn descriptors_and_other_names_stay_outside() {
        let text = "ذكرت وكالة برس أن بايدن نيوز وصل";
        let got = run(text, vec![mention(text, "برس", EntityKind::Loc), mention(text, "بايدن", EntityKind::Per)]);
        assert_eq!(got, [("برس", EntityKind::Org), ("بايدن", EntityKind::Per)]);
        // The word before the head already names someone else: the head does not take it.
        let text = "قال بايدن نيوز";
        let got = run(text, vec![mention(text, "بايدن", EntityKind::Per), mention(text, "نيوز", EntityKind::Per)]);
        assert_eq!(got, [("بايدن", EntityKind::Per), ("نيوز", EntityKind::Org)]);
        // A person's name that does not end in a head is left alone.
        let text = "قال جو بايدن";
        assert_eq!(run(text, vec![mention(text, "جو بايدن", EntityKind::Per)]), [("جو بايدن", EntityKind::Per)]);
    }
}
