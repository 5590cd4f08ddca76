//! Currencies whose names are also ordinary words: "درهم" is the dirham and a weight, "ريال"
//! the riyal and the first word of "ريال مدريد", so the curated list (`data/curated/
//! events-ar.txt`) leaves them out. Where an amount comes before them ("3 مليارات درهم", "500
//! ريال") or a country's nisba after them ("الدرهم المغربي") they are the currency: MISC, as
//! ANERcorp tags currencies and the guidelines make other names.

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::lang::Lang;
use crate::ner::Mention;
use crate::text::normalize::FoldedWords;
use crate::text::TokenKind;

/// The currencies' forms, folded: singular, plural, accusative, with the article.
static CURRENCIES: FoldedWords = FoldedWords::new(&[
    "درهم",
    "دراهم",
    "درهما",
    "الدرهم",
    "الدراهم",
    "ريال",
    "ريالات",
    "ريالا",
    "الريال",
    "الريالات",
    "تومان",
    "التومان",
]);

/// Words of amount that stand before a currency ("مليون درهم").
static AMOUNTS: FoldedWords =
    FoldedWords::new(&["ألف", "آلاف", "ألفا", "مليون", "ملايين", "مليونا", "مليار", "مليارات", "مليارا", "تريليون"]);

/// Marks the ordinary-word currencies that an amount or a country's nisba vouches for.
pub fn mark(doc: &Document, mentions: &mut Vec<Mention>) {
    let Some(model) = doc.model(Lang::Ar) else { return };
    let mut found = Vec::new();
    for block in doc.blocks.iter().filter(|b| b.lang == Lang::Ar) {
        for t in block.tokens.clone() {
            let folded = doc.folded(t);
            if !CURRENCIES.contains_folded(folded) {
                continue;
            }
            let span = doc.tokens[t].span;
            let at = mentions.partition_point(|m| m.span.end <= span.start);
            if mentions.get(at).is_some_and(|m| m.span.start < span.end) {
                continue;
            }
            let spaced = |a: usize, b: usize| doc.only_spaces_between(doc.tokens[a].span.end, doc.tokens[b].span.start);
            let amount = t > block.tokens.start
                && spaced(t - 1, t)
                && (doc.tokens[t - 1].kind == TokenKind::Number || AMOUNTS.contains_folded(doc.folded(t - 1)));
            let nisba = t + 1 < block.tokens.end
                && spaced(t, t + 1)
                && crate::ner::nisba::is_place_nisba(&model.gazetteer, doc.folded(t + 1));
            if amount || nisba {
                found.push(Mention { span, kind: EntityKind::Misc });
            }
        }
    }
    crate::ner::add_mentions(mentions, found);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<String> {
        crate::ner::run_rule(text, Lang::Ar, &[], mark).into_iter().map(|(t, _)| t).collect()
    }

    #[test]
    fn after_an_amount_or_before_a_nisba_the_word_is_the_currency() {
        assert_eq!(run("بلغت الصادرات 12 مليار درهم، وارتفع الدرهم المغربي"), ["درهم", "الدرهم"]);
        assert_eq!(run("وأنفقت السلطات مليارات الدراهم على الملاعب"), ["الدراهم"]);
        assert_eq!(run("بسعر 500 ريال للطن"), ["ريال"]);
    }

    #[test]
    fn elsewhere_the_word_is_left_alone() {
        assert!(run("فاز ريال مدريد على برشلونة، ولم يبق في جيبه درهم").is_empty());
    }
}
