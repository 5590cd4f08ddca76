//! Names the document always writes after "the" are not people: "The Danube burst its banks
//! … the Danube also rose". People's names take no article ("the Clinton administration" uses
//! the name as a modifier, once or twice among many bare "Clinton"s), while rivers, seas,
//! mountains and buildings always do ("the Thames", "the Kremlin"). The tagger reads such an
//! unseen one-word name as a person when nothing in the sentence says otherwise.
//!
//! One "the X" is weak evidence, so the rule needs two or more mentions, every one after
//! "the". The new type is the gazetteer's when it lists the word, else MISC for an adjective
//! of origin ("the Latino vote") and a place otherwise: a word the tagger took for a person's
//! name has no organisation suffix, and named things always used with "the" are mostly
//! geographic.

use std::collections::{HashMap, HashSet};

use super::{gazetteer, gazetteer_kind, is_english, tokens_of};
use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::Mention;
use crate::text::normalize::fold;

/// Fewest mentions, all after "the", that retype a one-word person.
const MIN_MENTIONS: usize = 2;

/// Retypes one-word person mentions that the document always writes after "the".
pub fn settle(doc: &Document, mentions: &mut [Mention]) {
    let Some(g) = gazetteer(doc) else { return };
    // Per spelling of the one-word people: (mentions, mentions after "the").
    let mut counts: HashMap<&str, (usize, usize)> = HashMap::new();
    let one_word_person = |m: &Mention| {
        if m.kind != EntityKind::Per || m.span.of(doc.text).contains(char::is_whitespace) {
            return None;
        }
        let tokens = tokens_of(doc, m.span);
        (tokens.len() == 1 && is_english(doc, tokens.start)).then_some(tokens.start)
    };
    for m in mentions.iter() {
        if let Some(t) = one_word_person(m).filter(|&t| !in_headline(doc, t)) {
            let counts = counts.entry(doc.word(t)).or_default();
            counts.0 += 1;
            counts.1 += usize::from(after_the(doc, t));
        }
    }
    // Every bare capitalised use of the word counts against it, tagged or not ("Danube" as a
    // person nowhere else; "Clinton said" many times).
    if counts.is_empty() {
        return;
    }
    let tagged: HashSet<usize> = mentions.iter().map(|m| m.span.start).collect();
    for block in doc.blocks.iter().filter(|b| b.lang == crate::lang::Lang::En && !is_headline(doc, b)) {
        for t in block.tokens.clone() {
            if let Some(c) = counts.get_mut(doc.word(t)) {
                if !after_the(doc, t) && !tagged.contains(&doc.tokens[t].span.start) {
                    c.0 += 1;
                }
            }
        }
    }
    for m in mentions.iter_mut() {
        let Some(t) = one_word_person(m) else { continue };
        let Some(&(all, with_the)) = counts.get(doc.word(t)) else { continue };
        if all >= MIN_MENTIONS && all == with_the {
            let listed = gazetteer_kind(g, &fold(doc.word(t))).filter(|k| *k != EntityKind::Per);
            m.kind = listed.unwrap_or(if looks_like_demonym(doc.word(t)) { EntityKind::Misc } else { EntityKind::Loc });
        }
    }
}

/// A paragraph that does not end a sentence: a headline, which drops articles ("Danube floods
/// close roads"), so its words say nothing either way.
fn is_headline(doc: &Document, block: &crate::document::Block) -> bool {
    let last = block.tokens.end.checked_sub(1).filter(|&l| l >= block.tokens.start);
    !last.is_some_and(|l| matches!(doc.word(l), "." | "!" | "?" | "\"" | "”" | "'" | "’" | ":"))
}

fn in_headline(doc: &Document, t: usize) -> bool {
    let block = &doc.blocks[doc.blocks.partition_point(|b| b.tokens.end <= t)];
    is_headline(doc, block)
}

/// "the Latino vote", "the Bosnian side": an adjective of nationality or origin, MISC by the
/// guidelines, not a place.
fn looks_like_demonym(word: &str) -> bool {
    ["ian", "ean", "ese", "ish", "ino", "ina"].iter().any(|suffix| word.ends_with(suffix))
}

fn after_the(doc: &Document, t: usize) -> bool {
    t > 0 && matches!(doc.word(t - 1), "the" | "The")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::span::Span;

    fn run(text: &str, word: &str, kind: EntityKind) -> Vec<EntityKind> {
        let doc = Document::new(text, Some(Lang::En));
        let mut mentions: Vec<Mention> = text
            .match_indices(word)
            .filter(|(i, _)| !text[i + word.len()..].starts_with(char::is_alphabetic))
            .map(|(i, _)| Mention { span: Span::new(i, i + word.len()), kind })
            .collect();
        settle(&doc, &mut mentions);
        mentions.iter().map(|m| m.kind).collect()
    }

    use EntityKind::{Loc, Org, Per};

    #[test]
    fn a_person_always_after_the_is_a_place() {
        let text = "The Danube burst its banks. Crews watched the Danube rise.";
        assert_eq!(run(text, "Danube", Per), [Loc, Loc]);
        // An adjective of origin is MISC.
        let text = "He offends the Latino community. He trails in the Latino vote.";
        assert_eq!(run(text, "Latino", Per), [EntityKind::Misc, EntityKind::Misc]);
        // A headline drops the article.
        let text = "Danube floods close roads\nThe Danube burst its banks. Crews watched the Danube rise.";
        assert_eq!(run(text, "Danube", Per), [Loc, Loc, Loc]);
    }

    #[test]
    fn people_used_as_modifiers_once_and_other_types_stay() {
        // Once only; a bare use elsewhere (tagged or not); not a person.
        assert_eq!(run("Officials of the Clinton administration met.", "Clinton", Per), [Per]);
        let text = "The Clinton team met. The Clinton camp left. Clinton said so.";
        assert_eq!(run(text, "Clinton", Per), [Per, Per, Per]);
        let doc_text = "The Clinton team met. The Clinton camp left. Then clinton... Clinton";
        let doc = Document::new(doc_text, Some(Lang::En));
        let mut two: Vec<Mention> = doc_text
            .match_indices("Clinton")
            .take(2)
            .map(|(i, _)| Mention { span: Span::new(i, i + 7), kind: Per })
            .collect();
        settle(&doc, &mut two);
        assert!(two.iter().all(|m| m.kind == Per), "an untagged bare Clinton counts against");
        assert_eq!(run("The Bundesbank met. The Bundesbank left.", "Bundesbank", Org), [Org, Org]);
    }
}
