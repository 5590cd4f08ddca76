//! A small Arabic news text written for these tests, through the whole pipeline: cues
//! before, after and with a colon, a dropped subject, feminine verbs, an organisation's
//! statement, بحسب, and a one-word quote that is not one.

use hashiya::{annotate, Options};

const ARTICLE: &str = include_str!("fixtures/quotes/ar-talks.txt");

#[test]
fn arabic_article_quotes_and_speakers() {
    let found = annotate(ARTICLE, &Options::default());
    let got: Vec<(&str, &str)> =
        found.quotes.iter().map(|q| (q.span.of(ARTICLE), q.speaker.map_or("", |s| s.of(ARTICLE)))).collect();
    // (start of the quote, a word the speaker's mention must contain): the mention's exact
    // extent is the tagger's, the person is ours.
    let want = [
        ("لن نتخلى عن حلفائنا", "بايدن"),
        ("الولايات المتحدة لن تتخلى", "بايدن"),
        ("سنواصل العمل مع شركائنا", "بايدن"),
        ("أوروبا مستعدة للمساهمة", "بيربوك"),
        ("لا يمكن أن نقف", "بيربوك"),
        ("نحن نراقب الوضع", "دوجاريك"),
        ("الدوحة ستواصل جهود الوساطة", "وزارة الخارجية"),
        ("المفاوضات ستستأنف الأسبوع المقبل", "رويترز"),
    ];
    assert_eq!(got.len(), want.len(), "help: quotes found: {got:?}");
    for ((quote, speaker), (start, name)) in got.iter().zip(want) {
        assert!(quote.starts_with(start), "help: quote {quote:?} should start with {start:?}");
        assert!(speaker.contains(name), "help: speaker of {start:?} is {speaker:?}, should name {name:?}");
    }
    assert!(got.iter().all(|(q, _)| *q != "تاريخية"), "a one-word quote is a fragment");
}
