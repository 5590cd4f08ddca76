//! The seed article's four quotes and their speakers (tests/fixtures/seed, a copy of
//! shared/fixtures/seed: offsets in gold.json are code points).

use hashiya::{annotate, Options, Output, Unit};

const ARTICLE: &str = include_str!("fixtures/seed/article.txt");
const GOLD: &str = include_str!("fixtures/seed/gold.json");

/// Whether a speaker span's text names the gold speaker. After the clitic ل the alif of ال is
/// not written (للحكومة العراقية), so the span without its clitic reads لحكومة العراقية
/// where the gold names الحكومة العراقية; the guidelines give لعراق for للعراق the same way.
fn names(got: &str, gold: &str) -> bool {
    got == gold || gold.strip_prefix("ال").is_some_and(|rest| got.strip_prefix('ل') == Some(rest))
}

#[test]
fn seed_quotes_and_speakers_match_the_gold() {
    let gold: serde_json::Value = serde_json::from_str(GOLD).unwrap();
    let found = annotate(ARTICLE, &Options::default());
    let out = Output::new(ARTICLE, &found, Unit::CodePoint);
    let want = gold["quotes"].as_array().unwrap();
    let got: Vec<(u64, u64)> = out.quotes.iter().map(|q| (q.start as u64, q.end as u64)).collect();
    let expected: Vec<(u64, u64)> =
        want.iter().map(|q| (q["start"].as_u64().unwrap(), q["end"].as_u64().unwrap())).collect();
    assert_eq!(got, expected, "help: quote spans (code points)");
    for (q, g) in out.quotes.iter().zip(want) {
        let speaker = q.speaker.as_ref().unwrap_or_else(|| panic!("quote at {} has a speaker", q.start));
        let gold_speaker = g["speaker"].as_str().unwrap();
        assert!(names(&speaker.text, gold_speaker), "help: speaker {:?}, gold {gold_speaker:?}", speaker.text);
        // The name shown for the speaker is the gold's, article restored.
        assert_eq!(q.speaker_name.as_deref(), Some(gold_speaker));
        // The speaker is the mention nearest before the quote that names it.
        assert!(speaker.end <= q.start, "help: speaker of the quote at {} comes before it", q.start);
    }
}

#[test]
fn seed_headline_and_names_in_marks_are_not_quotes() {
    let found = annotate(ARTICLE, &Options::default());
    let headline_end = ARTICLE.find('\n').unwrap();
    assert!(found.quotes.iter().all(|q| q.span.start > headline_end), "the headline «الكاظمي: …» is no quote");
    assert!(found.quotes.iter().all(|q| q.span.of(ARTICLE) != "داعش"), "“داعش” is a name, not a quote");
}

#[test]
fn speaker_names_compare_across_the_elided_alif() {
    assert!(names("الكاظمي", "الكاظمي"));
    assert!(names("لحكومة العراقية", "الحكومة العراقية"));
    assert!(!names("الحكومة", "الحكومة العراقية"));
    assert!(!names("البيان", "الحكومة العراقية"));
}
