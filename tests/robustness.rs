//! Hostile and odd input through the whole pipeline: no panic, and every span inside the
//! text, on char boundaries, sorted, and (for entities) non-overlapping.

use hashiya::{annotate, Annotations, LangChoice, Options, Output, Span, Unit};
use proptest::prelude::*;

fn assert_well_formed(text: &str, found: &Annotations) {
    let valid = |s: Span| {
        s.start <= s.end && s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end)
    };
    let mut last_end = 0;
    for e in &found.entities {
        assert!(valid(e.span) && !e.span.is_empty(), "entity span {:?} in {text:?}", e.span);
        assert!(e.span.start >= last_end, "entities overlap or are unsorted at {:?}", e.span);
        assert!(e.cluster < found.clusters.len());
        last_end = e.span.end;
    }
    let mut last_start = 0;
    for q in &found.quotes {
        assert!(valid(q.span) && q.span.start >= last_start, "quote span {:?}", q.span);
        last_start = q.span.start;
        if let Some(s) = q.speaker {
            assert!(valid(s), "speaker span {s:?}");
        }
        if let Some(c) = q.speaker_cluster {
            assert!(c < found.clusters.len());
        }
    }
    for p in &found.paragraphs {
        assert!(valid(p.span));
    }
    let mentions: usize = found.clusters.iter().map(|c| c.mentions).sum();
    assert_eq!(mentions, found.entities.len(), "cluster mention counts add up to the entities");
    // The output conversion must accept every span the core produced.
    for unit in [Unit::Utf16, Unit::CodePoint] {
        let out = Output::new(text, found, unit);
        assert_eq!(out.entities.len(), found.entities.len());
    }
}

/// Pieces that stress the tokenizer, the tagger and the quote pairing.
const PIECES: &[&str] = &[
    "قال",
    " الكاظمي",
    " إن",
    " \"",
    "\"",
    "«",
    "»",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "„",
    " ",
    "\n",
    "\n\n",
    ".",
    "،",
    ":",
    "وأضاف",
    " العراق",
    " Obama",
    " said",
    " Mr.",
    " the",
    " U.S.",
    "-",
    "\u{0640}",
    "\u{064E}",
    "\u{0651}",
    "\u{200C}",
    "\u{200D}",
    "\u{00AD}",
    "\u{202B}",
    "\u{202C}",
    "\u{2067}",
    "\u{FEFF}",
    "😀",
    "👩‍💻",
    "\u{FFFD}",
    "e\u{0301}",
    "٢٠٢١",
    "1,000.5",
    "Президент",
    "中文",
    "نخست وزیر",
    "<img src=x onerror=alert(1)>",
    "</script>",
    "\t",
    "\r\n",
    "'s",
];

fn pieces() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn assembled_text_is_handled(text in pieces()) {
        assert_well_formed(&text, &annotate(&text, &Options::default()));
    }

    #[test]
    fn arbitrary_unicode_is_handled(text in any::<String>()) {
        for lang in ["auto", "ar", "en"] {
            let options = Options::new().with_lang(LangChoice::parse(lang).unwrap());
            assert_well_formed(&text, &annotate(&text, &options));
        }
    }
}

#[test]
fn named_odd_inputs() {
    let long_line = "كلمة ".repeat(50_000);
    let cases: Vec<(&str, String)> = vec![
        ("empty", String::new()),
        ("only spaces", " \n\t \r\n ".into()),
        ("only marks", "\u{064E}\u{0651}\u{0640}\u{200C}".repeat(100)),
        ("unbalanced quotes", "\"".repeat(10_000)),
        ("alternating guillemets", "«a» «".repeat(2_000)),
        ("one huge paragraph", long_line),
        ("third script", "Президент сказал: «Мы не уйдём».".into()),
        ("replacement characters", "\u{FFFD}قال\u{FFFD} \"\u{FFFD}\"".into()),
    ];
    for (name, text) in &cases {
        let found = annotate(text, &Options::default());
        assert_well_formed(text, &found);
        if *name == "third script" {
            assert!(found.entities.is_empty(), "help: a language without a model gets no entities");
            assert_eq!(found.lang.code(), "Cyrl");
        }
    }
}
