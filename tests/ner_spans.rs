//! Properties of the tagger's mentions on arbitrary mixed text: sorted, non-overlapping,
//! non-empty, on character boundaries, never starting with an attached clitic before the
//! article, and never inside a paragraph in a language without a model.

use hashiya::{ner, Document, Lang};
use proptest::prelude::*;

/// Words and pieces that exercise the models and the span rules.
const PIECES: &[&str] = &[
    "قال",
    "رئيس",
    "الوزراء",
    "العراقي",
    "مصطفى",
    "الكاظمي",
    "والعراق",
    "للعراق",
    "بواشنطن",
    "واشنطن",
    "وكالة",
    "أسوشيتد",
    "برس",
    "تنظيم",
    "الدولة",
    "الإسلامية",
    "الأمريكية",
    "جو",
    "بايدن",
    "مُصْطَفَى",
    "العـــراق",
    "President",
    "Barack",
    "Obama",
    "Obama's",
    "Mr",
    "Mr.",
    "U.S.-Israeli",
    "Likud",
    "party",
    "New",
    "York",
    "BERLIN",
    "said",
    "the",
    ".",
    ",",
    "\"",
    "«",
    "»",
    "-",
    "’s",
    "\u{200C}",
    "\u{00AD}",
    "😀",
    "e\u{0301}",
    "Премьер",
    "le",
    "ministre",
    "a",
    "dit",
    "\n",
    "\u{FEFF}",
    "ـ",
    "؟",
    "١٩",
];

fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec((proptest::sample::select(PIECES), proptest::bool::ANY), 0..60)
        .prop_map(|parts| parts.into_iter().flat_map(|(p, space)| [p, if space { " " } else { "" }]).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn mentions_are_well_formed(text in text()) {
        let doc = Document::new(&text, None);
        let mentions = ner::tag(&doc);
        let mut last_end = 0;
        for m in &mentions {
            prop_assert!(m.span.start >= last_end && m.span.start < m.span.end && m.span.end <= text.len());
            prop_assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
            let s = m.span.of(&text);
            prop_assert!(s.trim() == s && !s.contains('\n'), "span {:?}", s);
            for clitic in ["وال", "بال", "وبال", "فال", "كال"] {
                prop_assert!(!s.starts_with(clitic), "clitic left in {:?}", s);
            }
            let block = doc.blocks.iter().find(|b| b.span.contains(m.span));
            prop_assert!(block.is_some_and(|b| b.lang == Lang::Ar || b.lang == Lang::En), "{:?} outside a modelled paragraph", s);
            last_end = m.span.end;
        }
    }
}

#[test]
fn huge_and_degenerate_inputs_do_not_panic() {
    let big = "قال الرئيس الأمريكي جو بايدن إن واشنطن ستبقى في العراق. ".repeat(5_000);
    let doc = Document::new(&big, None);
    let mentions = ner::tag(&doc);
    assert!(mentions.len() > 5_000, "names in every sentence: {}", mentions.len());
    let no_spaces = "Obama".repeat(20_000);
    let _ = ner::tag(&Document::new(&no_spaces, Some(Lang::En)));
    let one_sentence = "Obama and ".repeat(10_000);
    let _ = ner::tag(&Document::new(&one_sentence, Some(Lang::En)));
    assert!(ner::tag(&Document::new("", Some(Lang::Ar))).is_empty());
}
