//! The English post-tagging rules (src/english/) on inputs built to stress them: long lists,
//! long comma runs, datelines without text, repeated articles, names in odd scripts. Whatever
//! the input, entities stay sorted, disjoint, non-empty and on character boundaries, and
//! clusters are consistent.

use hashiya::{annotate, Options};

fn assert_well_formed(text: &str) {
    let found = annotate(text, &Options::default());
    let mut last_end = 0;
    for e in &found.entities {
        assert!(e.span.start < e.span.end, "empty span {:?}", e.span);
        assert!(e.span.start >= last_end, "overlap or disorder at {:?}", e.span);
        assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
        assert!(e.cluster < found.clusters.len());
        assert_eq!(found.clusters[e.cluster].kind, e.kind, "a cluster holds one type");
        last_end = e.span.end;
    }
}

#[test]
fn long_lists_and_coordinations() {
    let names = ["Microsoft", "Nvidia", "Alphabet", "Amazon", "Meta", "Krems", "Melk", "Sunak", "Scholz"];
    let list: Vec<&str> = names.iter().cycle().take(3000).copied().collect();
    assert_well_formed(&format!("Shares of {} rose.", list.join(", ")));
    assert_well_formed(&format!("Shares of {} rose.", list.join(" and ")));
    assert_well_formed(&format!("{} said so. {}", list.join(" and "), list.join(". ")));
}

#[test]
fn datelines_and_headlines_at_the_edges() {
    for text in [
        "LONDON",
        "LONDON —",
        "LONDON (",
        "LONDON (Reuters",
        "LONDON , , , —",
        ", LONDON — text",
        "NEW YORK, Nov",
        "NEW YORK, Nov 29",
        "— — —",
        "ÉIRE — Dublin voted.",
        "\u{202B}LONDON\u{202C} — the vote.",
    ] {
        assert_well_formed(text);
    }
}

#[test]
fn articles_surnames_and_reporting_verbs_in_odd_places() {
    for text in [
        "the the The the Danube the",
        "The Danube\nThe Danube\nthe Danube said",
        "Elon Musk said. Musk Musk Musk. Mr Musk, Musk's, Musk.",
        "said Elon Musk",
        "Elon Musk,",
        "Elon Musk, , , , said",
        "Zoë Renée and José Núñez said. Núñez told.",
        "Kamala Harris and Donald Trump and",
        "and and and",
        "The Party. The The Social Democratic Party Party.",
        "Emirates Stadium Stadium Stadium",
        "قال الرئيس جو بايدن and Elon Musk said في بغداد.",
    ] {
        assert_well_formed(text);
    }
}
