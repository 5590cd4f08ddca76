//! Quotes on hostile input: unbalanced marks by the thousand, every mark convention mixed
//! with Arabic, Latin, emoji and joiners. Spans stay sorted, disjoint, inside one paragraph
//! and on char boundaries, and a missing mark never swallows the text after it.

use hashiya::{quotes, Document};

fn find(text: &str) -> Vec<hashiya::Quote> {
    let doc = Document::new(text, None);
    quotes::find(&doc, &[], &[])
}

fn check_invariants(text: &str) {
    let doc = Document::new(text, None);
    let found = quotes::find(&doc, &[], &[]);
    let mut last_end = 0;
    for q in &found {
        assert!(q.span.start >= last_end && q.span.start < q.span.end, "help: sorted, disjoint, non-empty");
        assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
        assert!(doc.blocks.iter().any(|b| b.span.contains(q.span)), "help: a quote stays in its paragraph");
        if let Some(s) = q.speaker {
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end) && s.start < s.end);
            assert!(!s.overlaps(q.span), "help: the speaker is outside the quote");
        }
        last_end = q.span.end;
    }
}

#[test]
fn ten_thousand_unmatched_marks_leave_the_real_quotes_alone() {
    // Every paragraph: a stray opener of some convention, a real quote, a stray closer.
    let strays = ["“", "«", "\"", "‘", "„", "”", "»", "’"];
    let mut text = String::new();
    let paragraphs = 10_000 / 2;
    for i in 0..paragraphs {
        text.push_str(&format!(
            "Before {} the stray. \"We will open the harbour in spring,\" said Mr. Reyes. After {} it.\n",
            strays[i % strays.len()],
            strays[(i + 3) % strays.len()]
        ));
    }
    let found = find(&text);
    assert_eq!(found.len(), paragraphs, "help: one quote per paragraph, no more, no fewer");
    for q in &found {
        assert_eq!(q.span.of(&text), "We will open the harbour in spring,");
        assert_eq!(q.speaker.map(|s| s.of(&text)), Some("Reyes"));
    }
    check_invariants(&text);
}

#[test]
fn a_clause_of_ten_thousand_cues_is_read_once() {
    // Every word a cue, no punctuation: each cue looks a bounded way back for its subject.
    let mut text = String::from("Mr. Reyes");
    for _ in 0..10_000 {
        text.push_str(" said and added and");
    }
    text.push_str(" told us: \"We will open the harbour in the spring.\"");
    let found = find(&text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].span.of(&text), "We will open the harbour in the spring.");
    check_invariants(&text);
}

#[test]
fn a_missing_closing_mark_never_swallows_the_article() {
    let text = "He said: “This one is never closed and goes on and on.\n\
                The next paragraph does not reopen it.\n\
                “This is a real and separate quote,” Ms. Santos said.";
    let got: Vec<&str> = find(text).iter().map(|q| q.span.of(text)).collect();
    assert_eq!(got, ["This is a real and separate quote,"]);
}

#[test]
fn odd_inputs_do_not_panic() {
    let cases = [
        "",
        "\"",
        "“”",
        "«»«»«»",
        "'''''''''''",
        "\"\"\"\"\"\" said he",
        "قال \"",
        "“ ” ‘ ’ « » ‹ › „ ‚",
        "\u{200F}«\u{200C}قال\u{200D}»\u{202B}",
        "said said said said \"a b c d\" said",
        "\"a b c d,\" \n\n\n \"e f g h\"",
        "👩‍💻 \"emoji 😀 in 👍🏽 a quote\" 👩‍💻 said",
    ];
    for text in cases {
        check_invariants(text);
    }
}

proptest::proptest! {
    #[test]
    fn invariants_hold_on_random_text(text in "([a-zA-Z]{1,6}|[\u{0627}-\u{064A}]{1,5}| |\\n|[\"“”‘’«»‹›„'`,.:؟،]|said|قال|وأضاف|he|Obama){0,120}") {
        check_invariants(&text);
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
    #[test]
    fn speakers_from_the_whole_pipeline_are_valid(
        text in "([A-Z][a-z]{1,6}|[a-z]{1,6}|[\u{0627}-\u{064A}]{2,5}| |\\n|[\"“”«»',.:،]|said|told|قال|وأضاف|قالت|he|she|Obama|الكاظمي){0,80}"
    ) {
        let found = hashiya::annotate(&text, &hashiya::Options::default());
        for q in &found.quotes {
            proptest::prop_assert!(text.is_char_boundary(q.span.start) && text.is_char_boundary(q.span.end));
            if let Some(s) = q.speaker {
                proptest::prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
                proptest::prop_assert!(!s.overlaps(q.span));
            }
            if let Some(c) = q.speaker_cluster {
                proptest::prop_assert!(c < found.clusters.len());
            }
        }
        for w in found.quotes.windows(2) {
            proptest::prop_assert!(w[0].span.end <= w[1].span.start);
        }
    }
}
