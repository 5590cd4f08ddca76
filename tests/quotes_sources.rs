//! Who a quote is given to when the source is unnamed or named after a role: newsroom editors
//! count anonymous sourcing, so "a senior U.S. official" must not become "U.S.", and "the White
//! House spokesman, Josh Earnest, said" is Josh Earnest.

use hashiya::{annotate, Options};

/// (quote start, speaker name) for each quote, the name as the CLI reports it.
fn speakers(text: &str) -> Vec<Option<String>> {
    let found = annotate(text, &Options::default());
    found
        .quotes
        .iter()
        .map(|q| {
            let cluster = q.speaker_cluster.map(|c| found.clusters[c].name.clone());
            cluster.or_else(|| q.speaker.map(|s| s.of(text).to_string()))
        })
        .collect()
}

#[test]
fn an_unnamed_english_source_is_the_phrase_not_the_place_in_it() {
    let text = "\"We will respond to this in due course,\" a senior U.S. official said on Monday.\n\
                \"The talks are at a decisive stage and concessions are needed,\" an Egyptian official told Reuters.\n\
                \"The ceasefire will hold for now,\" said a Pentagon spokesman.";
    assert_eq!(
        speakers(text),
        [
            Some("a senior U.S. official".into()),
            Some("an Egyptian official".into()),
            Some("a Pentagon spokesman".into())
        ]
    );
}

#[test]
fn a_role_then_the_persons_name_gives_the_person() {
    let text = "\"That program is at a minimum worth a very close look,\" the White House spokesman, Josh Earnest, said on Thursday.";
    assert_eq!(speakers(text), [Some("Josh Earnest".into())]);
}

#[test]
fn an_unnamed_arabic_source_is_the_phrase_not_its_nisba() {
    let text = "ونقلت وكالة رويترز عن مسؤول مصري قوله إن \"المفاوضات وصلت إلى مرحلة حاسمة ولا بد من تنازلات\".";
    assert_eq!(speakers(text), [Some("مسؤول مصري".into())]);
    // A role followed by a name still gives the name.
    let text = "وقال وزير الخارجية الإيراني عباس عراقجي: \"لن نسمح بتكرار ما حدث في الماضي تحت أي ظرف\".";
    assert_eq!(speakers(text), [Some("عباس عراقجي".into())]);
}
