//! Names that end in a company word are companies: "جنكيز إنرجي", "يو سي سي القابضة", "علي
//! بابا كلاود". Arabic news writes a foreign company's name as its sounds, its corporate word
//! ("Energy", "Holding", "Group", "Cloud") included, and the tagger, which never met those
//! words, calls the name before them a person or a place. The word itself says what it is.

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::Mention;
use crate::text::normalize::FoldedWords;

/// Corporate words, transliterated, and "القابضة" (holding), folded on use.
static WORDS: FoldedWords = FoldedWords::new(&[
    "إنرجي",
    "انرجي",
    "هولدينغ",
    "هولدنغ",
    "غروب",
    "جروب",
    "كابيتال",
    "بتروليوم",
    "موتورز",
    "تكنولوجيز",
    "إنترناشونال",
    "إنترناشيونال",
    "ستيل",
    "فارما",
    "سيستمز",
    "لوجستيكس",
    "فنتشرز",
    "بارتنرز",
    "تليكوم",
    "إيرويز",
    "إيرلاينز",
    "ريسورسز",
    "كوربوريشن",
    "كلاود",
    "القابضة",
]);

/// Retypes every mention whose last word is a corporate word as an organisation, and takes in
/// a corporate word the tagger left after a name ("شركة [يو سي سي] القابضة").
pub fn settle(doc: &Document, mentions: &mut [Mention]) {
    for i in 0..mentions.len() {
        let m = mentions[i];
        let next = doc.tokens.partition_point(|t| t.span.start < m.span.end);
        let Some(token) = doc.tokens.get(next) else { break };
        let free = mentions.get(i + 1).is_none_or(|n| n.span.start >= token.span.end);
        if free && doc.only_spaces_between(m.span.end, token.span.start) && WORDS.contains_folded(doc.folded(next)) {
            mentions[i].span = crate::span::Span::new(m.span.start, token.span.end);
            mentions[i].kind = EntityKind::Org;
        }
    }
    for m in mentions.iter_mut().filter(|m| m.kind != EntityKind::Org) {
        let text = m.span.of(doc.text);
        let Some((_, last)) = text.rsplit_once(' ') else { continue };
        if WORDS.contains_folded(&crate::text::normalize::fold(last)) {
            m.kind = EntityKind::Org;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_ending_in_a_company_word_is_a_company() {
        let got = crate::ner::run_rule(
            "ووقعت جنكيز إنرجي وشركة يو سي سي القابضة مع محمد إنرجي",
            crate::lang::Lang::Ar,
            &[("جنكيز إنرجي", EntityKind::Per), ("يو سي سي القابضة", EntityKind::Misc)],
            |doc, mentions| settle(doc, mentions),
        );
        assert_eq!(
            got,
            [("جنكيز إنرجي".to_string(), EntityKind::Org), ("يو سي سي القابضة".to_string(), EntityKind::Org)]
        );
        // The word the tagger left out joins the name.
        let got = crate::ner::run_rule(
            "وتقود شركة يو سي سي القابضة القطرية تحالفا",
            crate::lang::Lang::Ar,
            &[("يو سي سي", EntityKind::Org)],
            |doc, m| settle(doc, m),
        );
        assert_eq!(got, [("يو سي سي القابضة".to_string(), EntityKind::Org)]);
        // One word alone is no name with a company word after it.
        let got = crate::ner::run_rule(
            "قال غروب إن",
            crate::lang::Lang::Ar,
            &[("غروب", EntityKind::Per)],
            |doc, m| settle(doc, m),
        );
        assert_eq!(got, [("غروب".to_string(), EntityKind::Per)]);
    }
}
