//! A small English news article written for these tests: quotes of every kind, with and
//! without attribution, through the whole pipeline.

use hashiya::{annotate, Options};

const ARTICLE: &str = include_str!("fixtures/quotes/en-harbour.txt");

#[test]
fn english_article_quotes_and_speakers() {
    let found = annotate(ARTICLE, &Options::default());
    let got: Vec<(&str, Option<&str>)> =
        found.quotes.iter().map(|q| (q.span.of(ARTICLE), q.speaker.map(|s| s.of(ARTICLE)))).collect();
    let want: Vec<(&str, Option<&str>)> = vec![
        // After the quote, title left out; the continuation in the next sentence keeps her.
        ("This is the best day for the waterfront in a generation,", Some("Helen Okafor")),
        ("We listened, we changed the plan, and now we build.", Some("Helen Okafor")),
        // A pronoun between two halves: both halves are his.
        ("I hope I'm wrong about this,", Some("David Brandt")),
        ("but the numbers don't lie to anyone who reads them.", Some("David Brandt")),
        // A statement voiced by an organisation.
        (
            "construction will begin in the spring and the first berths will open within two years.",
            Some("Portville Harbour Trust"),
        ),
        // Before the quote with a colon, and the multi-paragraph convention.
        ("We have waited long enough. Nobody here wants another study.", Some("Samuel Reyes")),
        ("What the town needs now is cranes, not committees.", Some("Samuel Reyes")),
        // Inverted, with an apposition after the name.
        ("They never asked the fishermen what we think about any of it,", Some("Maria Santos")),
        // Nothing attributes the last one.
        ("The vote is only the beginning of a long and expensive road.", None),
    ];
    assert_eq!(got, want);
}

#[test]
fn english_article_scare_quotes_titles_and_partial_quotes_are_left_out() {
    let found = annotate(ARTICLE, &Options::default());
    let texts: Vec<&str> = found.quotes.iter().map(|q| q.span.of(ARTICLE)).collect();
    for not_quote in
        ["heated", "pure theatre.", "Save Our Harbour,", "no more delays", "would not survive another overrun."]
    {
        assert!(!texts.contains(&not_quote), "help: {not_quote:?} is not a quote");
    }
}
