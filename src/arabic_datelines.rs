//! Arabic datelines: "الخرطوم (أ ف ب) -", "القاهرة - ". The name that opens a news paragraph
//! before an agency's credit and a dash is the place the story was filed from. The tagger sees
//! the city without a sentence around it and may read it as the organisation that follows
//! ("الخرطوم" an organisation before "(أ ف ب)"). English datelines are `english::datelines`.

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::lang::Lang;
use crate::ner::Mention;
use crate::span::Span;

/// Most words of a dateline's place ("أبو ظبي", "رام الله").
const MAX_WORDS: usize = 3;
/// Most tokens of an agency's credit between its brackets ("أ ف ب", "د ب أ", "رويترز").
const MAX_CREDIT: usize = 4;

fn is_dash(word: &str) -> bool {
    matches!(word, "-" | "–" | "—" | "ـ")
}

/// Makes the mention that opens an Arabic paragraph's dateline a place. Before a credit in
/// brackets and a dash any type gives way; before a bare dash a person's name stays (a photo
/// caption: "محمد صلاح - لاعب ليفربول"). Where the tagger found nothing there, the words
/// before a credit and a dash are the place ("المنامة (رويترز) -").
pub fn mark_places(doc: &Document, mentions: &mut Vec<Mention>) {
    let mut found: Vec<Mention> = Vec::new();
    for block in doc.blocks.iter().filter(|b| b.lang == Lang::Ar && !b.tokens.is_empty()) {
        let first = block.tokens.start;
        let word = |t: usize| (t < block.tokens.end).then(|| doc.word(t));
        // A credit in brackets at token `t`, a dash after it.
        let credited = |t: usize| {
            word(t) == Some("(")
                && (t + 2..=t + 1 + MAX_CREDIT).any(|c| word(c) == Some(")") && word(c + 1).is_some_and(is_dash))
        };
        let at = mentions.partition_point(|m| m.span.start < doc.tokens[first].span.start);
        let opening = mentions.get_mut(at).filter(|m| m.span.start == doc.tokens[first].span.start);
        let Some(mention) = opening else {
            let end = (first..=first + MAX_WORDS).find(|&t| word(t).is_none_or(|w| !is_arabic_word(w)));
            let end = end.filter(|&end| end > first && credited(end));
            let uncovered = |end: usize| mentions.get(at).is_none_or(|m| m.span.start >= doc.tokens[end - 1].span.end);
            if let Some(end) = end.filter(|&end| uncovered(end)) {
                let span = Span::new(doc.tokens[first].span.start, doc.tokens[end - 1].span.end);
                found.push(Mention { span, kind: EntityKind::Loc });
            }
            continue;
        };
        let end = doc.tokens[first..block.tokens.end].partition_point(|t| t.span.start < mention.span.end) + first;
        if end - first > MAX_WORDS || end >= block.tokens.end {
            continue;
        }
        let dashed = word(end).is_some_and(is_dash) && mention.kind != EntityKind::Per;
        if credited(end) || dashed {
            mention.kind = EntityKind::Loc;
        }
    }
    crate::ner::add_mentions(mentions, found);
}

fn is_arabic_word(word: &str) -> bool {
    word.chars().all(crate::lang::is_arabic_letter)
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityKind::{Loc, Org, Per};

    fn run(text: &str, name: &str, kind: EntityKind) -> EntityKind {
        let doc = Document::new(text, Some(Lang::Ar));
        let start = text.find(name).unwrap();
        let mut mentions = vec![Mention { span: Span::new(start, start + name.len()), kind }];
        mark_places(&doc, &mut mentions);
        mentions[0].kind
    }

    fn places(text: &str) -> Vec<String> {
        crate::ner::run_rule(text, Lang::Ar, &[], mark_places).into_iter().map(|(t, _)| t).collect()
    }

    #[test]
    fn untagged_words_before_a_credit_and_a_dash_are_the_place() {
        assert_eq!(places("المنامة (رويترز) - دعا قادة الخليج"), ["المنامة"]);
        assert_eq!(places("شرم الشيخ (أ ف ب) - افتتحت القمة"), ["شرم الشيخ"]);
        // No credit, or more words than a place has, or a Latin word: nothing.
        assert!(places("المنامة - دعا قادة الخليج").is_empty());
        assert!(places("قال وزير خارجية البحرين (رويترز) - إن").is_empty());
        assert!(places("Manama (رويترز) - دعا").is_empty());
    }

    #[test]
    fn a_name_before_a_credit_and_a_dash_is_the_place_filed_from() {
        assert_eq!(run("الخرطوم (أ ف ب) - قالت الأمم المتحدة الاثنين", "الخرطوم", Org), Loc);
        assert_eq!(run("رام الله (رويترز) – أعلنت السلطة", "رام الله", Per), Loc);
        assert_eq!(run("القاهرة - قال وزير الخارجية", "القاهرة", Org), Loc);
    }

    #[test]
    fn other_openings_keep_their_type() {
        // A caption's person before a bare dash; a name that does not open the paragraph;
        // brackets without a dash after them (an alias).
        assert_eq!(run("محمد صلاح - لاعب ليفربول", "محمد صلاح", Per), Per);
        assert_eq!(run("قالت الأمم المتحدة (أ ف ب) - إن", "الأمم المتحدة", Org), Org);
        assert_eq!(run("حركة حماس (الفلسطينية) قالت", "حركة حماس", Org), Org);
    }
}
