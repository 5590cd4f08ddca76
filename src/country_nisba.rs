//! "السعودية" is a country and, after a noun, the adjective "Saudi": "جئت إلى السعودية" (to
//! Saudi Arabia) but "السفارة السعودية", "السلطات السعودية", "شركة هيوماين السعودية". Saudi
//! Arabia is the one country Arabic news names by its nisba alone, so the tagger, which has
//! seen the country far more often, calls both a place. Where the word before it is a
//! definite noun or the end of a name, it describes that noun: a nationality, MISC, as the
//! guidelines make nisbas. "المملكة العربية السعودية" stays the country.

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::Mention;
use crate::text::normalize::{fold, FoldedWords};

/// Words before "السعودية" that leave it the country: the kingdom's own name and the
/// prepositions and particles written with the article's letters.
static KEEP_COUNTRY: FoldedWords = FoldedWords::new(&["المملكة", "العربية", "الى", "التي", "الذي", "الذين"]);

/// Retypes "السعودية" after a definite noun or a name to MISC.
pub fn settle(doc: &Document, mentions: &mut [Mention]) {
    for i in 0..mentions.len() {
        let m = mentions[i];
        if m.kind != EntityKind::Loc || fold(m.span.of(doc.text)) != "السعوديه" {
            continue;
        }
        let t = doc.tokens.partition_point(|tok| tok.span.end <= m.span.start);
        if t == 0 || doc.tokens[t].span != m.span {
            continue;
        }
        let spaced = doc.only_spaces_between(doc.tokens[t - 1].span.end, m.span.start);
        let before = doc.folded(t - 1);
        let definite_noun =
            before.starts_with("ال") && before.chars().count() >= 4 && !KEEP_COUNTRY.contains_folded(before);
        // The end of a name the tagger found: "شركة هيوماين السعودية".
        let after_name =
            i > 0 && mentions[i - 1].span.end == doc.tokens[t - 1].span.end && mentions[i - 1].kind != EntityKind::Loc;
        if spaced && (definite_noun || after_name) {
            mentions[i].kind = EntityKind::Misc;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn run(text: &str, found: &[(&str, EntityKind)]) -> Vec<(String, EntityKind)> {
        crate::ner::run_rule(text, Lang::Ar, found, |doc, mentions| settle(doc, mentions))
    }

    #[test]
    fn after_a_noun_it_is_the_adjective() {
        let saudi = [("السعودية", EntityKind::Loc)];
        assert_eq!(run("وهو ما تنفيه السلطات السعودية بشدة.", &saudi), [("السعودية".into(), EntityKind::Misc)]);
        let text = "أعلنت شركة هيوماين السعودية عن شراكة.";
        let got = run(text, &[("هيوماين", EntityKind::Org), ("السعودية", EntityKind::Loc)]);
        assert_eq!(got[1], ("السعودية".into(), EntityKind::Misc));
    }

    #[test]
    fn the_country_stays_a_place() {
        for text in [
            "جئت إلى السعودية لأبقى بطلا.",
            "وتتسابق فيه السعودية والإمارات.",
            "زار المملكة العربية السعودية.",
            "قال إن السعودية سترد.",
        ] {
            let got = run(text, &[("السعودية", EntityKind::Loc)]);
            assert_eq!(got, [("السعودية".into(), EntityKind::Loc)], "{text}");
        }
    }
}
