//! The seed article: every PER/ORG/LOC entity of the hand-labelled gold inside the article
//! body must be found with the right span and type, except at most three.

use hashiya::{annotate, EntityKind, Options};

const TEXT: &str = include_str!("fixtures/seed/article.txt");
const GOLD: &str = include_str!("fixtures/seed/gold.json");

/// (start, end, type) in code points, as gold.json and the CLI count.
fn predicted() -> Vec<(usize, usize, &'static str)> {
    let found = annotate(TEXT, &Options::default());
    let cp = |byte: usize| TEXT[..byte].chars().count();
    found.entities.iter().map(|e| (cp(e.span.start), cp(e.span.end), e.kind.label())).collect()
}

#[test]
fn finds_the_seed_articles_people_organisations_and_places() {
    let gold: serde_json::Value = serde_json::from_str(GOLD).expect("gold parses");
    let body_end = gold["body_end"].as_u64().expect("body_end") as usize;
    let predicted = predicted();
    let mut missed = Vec::new();
    let mut checked = 0;
    for e in gold["entities"].as_array().expect("entities") {
        let (start, end) = (e["start"].as_u64().unwrap() as usize, e["end"].as_u64().unwrap() as usize);
        let kind = e["type"].as_str().unwrap();
        if start >= body_end || !["PER", "ORG", "LOC"].contains(&kind) {
            continue;
        }
        checked += 1;
        if !predicted.contains(&(start, end, kind)) {
            missed.push(format!("{kind} {:?} at {start}", e["text"].as_str().unwrap()));
        }
    }
    assert!(checked >= 30, "the gold has {checked} PER/ORG/LOC entities in the body");
    assert!(missed.len() <= 3, "missed {} of {checked}: {missed:#?}", missed.len());
}

#[test]
fn seed_nisba_adjectives_are_misc_and_clusters_link_the_prime_minister() {
    let found = annotate(TEXT, &Options::default());
    let text_of = |e: &hashiya::Entity| e.span.of(TEXT);
    let misc: Vec<&str> = found.entities.iter().filter(|e| e.kind == EntityKind::Misc).map(text_of).collect();
    for want in ["العراقي", "الأمريكية", "أمريكية"] {
        assert!(misc.contains(&want), "help: {want} should be MISC, found {misc:?}");
    }
    let kadhimi = found.clusters.iter().find(|c| c.name == "الكاظمي").expect("a cluster for الكاظمي");
    assert_eq!(kadhimi.kind, EntityKind::Per);
    assert!(kadhimi.mentions >= 5, "{kadhimi:?}");
    // No span keeps an attached clitic: "وواشنطن"/"والعراق" are cut to the name.
    for e in &found.entities {
        let t = text_of(e);
        assert!(!t.starts_with("وال") && !t.starts_with("بال") && !t.starts_with("لل"), "clitic left in {t:?}");
    }
}
