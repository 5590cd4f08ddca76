//! A short English article written for this test, with its entities known: the English
//! model and the span rules (titles, possessives, hyphenated compounds) end to end.

use hashiya::{annotate, EntityKind, Options};

const ARTICLE: &str = "\
Obama meets Merkel in Berlin as trade talks stall
BERLIN — President Barack Obama met German Chancellor Angela Merkel in Berlin on Thursday, \
a day after the European Commission warned that talks on a trade deal with the United States had stalled.
\"We are closer than people think,\" Obama told reporters at the Chancellery. Mr Obama's visit was his last to Germany as president.
Merkel said the two leaders had also discussed Syria and the U.S.-Israeli agreement on missile defence.
Officials from Microsoft and Siemens attended a dinner hosted by the Bundestag, according to Reuters.
";

fn found() -> Vec<(String, EntityKind)> {
    let a = annotate(ARTICLE, &Options::default());
    a.entities.iter().map(|e| (e.span.of(ARTICLE).to_string(), e.kind)).collect()
}

#[test]
fn finds_the_known_entities_with_their_types() {
    use EntityKind::*;
    let found = found();
    let expected: &[(&str, EntityKind)] = &[
        ("Barack Obama", Per),
        ("Angela Merkel", Per),
        ("Berlin", Loc),
        ("German", Misc),
        ("European Commission", Org),
        ("United States", Loc),
        ("Syria", Loc),
        ("Reuters", Org),
        ("Germany", Loc),
        ("Microsoft", Org),
    ];
    let missing: Vec<_> = expected.iter().filter(|(t, k)| !found.iter().any(|(ft, fk)| ft == t && fk == k)).collect();
    // A statistical model may miss one; more than that is a regression.
    assert!(missing.len() <= 1, "missing {missing:?} in {found:?}");
}

#[test]
fn titles_and_possessives_stay_outside_and_repeats_link() {
    let a = annotate(ARTICLE, &Options::default());
    for e in &a.entities {
        let t = e.span.of(ARTICLE);
        assert!(!t.starts_with("President ") && !t.starts_with("Mr ") && !t.ends_with("'s"), "span {t:?}");
    }
    let texts: Vec<&str> = a.entities.iter().map(|e| e.span.of(ARTICLE)).collect();
    assert!(texts.contains(&"U.S."), "the hyphenated compound is split: {texts:?}");
    let obama = a.clusters.iter().find(|c| c.name == "Barack Obama").expect("a cluster for Barack Obama");
    assert!(obama.mentions >= 3, "Barack Obama, Obama, Mr Obama's: {obama:?}");
    assert!(a.entities.windows(2).all(|w| w[0].span.end <= w[1].span.start), "sorted, no overlap");
}
