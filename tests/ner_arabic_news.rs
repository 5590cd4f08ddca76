//! Six short Arabic news articles written for hashiya (tests/fixtures/ar/news-*.txt) on
//! current topics ANERcorp (2006) never saw: Gaza talks, Gulf economy, football, technology,
//! culture, Sudan and Lebanon. They were used to find the Arabic rules' error classes (curated
//! organisations, head nouns, name ends, titles). A seventh (water diplomacy), written after
//! those rules and never used to shape them, is the held-out check; an eighth was written later
//! still (see its test for what it has shaped since). Each `.gold` file lists the
//! entities in text order as `TYPE<TAB>text`, following the annotation guidelines (clitics
//! outside, descriptor words outside, nationality nisbas MISC). The test scores exact spans.

mod common;

use common::score;

const ARTICLES: [(&str, &str, &str); 6] = [
    ("politics", include_str!("fixtures/ar/news-politics.txt"), include_str!("fixtures/ar/news-politics.gold")),
    ("economy", include_str!("fixtures/ar/news-economy.txt"), include_str!("fixtures/ar/news-economy.gold")),
    ("sport", include_str!("fixtures/ar/news-sport.txt"), include_str!("fixtures/ar/news-sport.gold")),
    ("tech", include_str!("fixtures/ar/news-tech.txt"), include_str!("fixtures/ar/news-tech.gold")),
    ("culture", include_str!("fixtures/ar/news-culture.txt"), include_str!("fixtures/ar/news-culture.gold")),
    ("conflict", include_str!("fixtures/ar/news-conflict.txt"), include_str!("fixtures/ar/news-conflict.gold")),
];

#[test]
fn the_articles_entities_are_found_with_their_types() {
    let (mut gold_total, mut found_total, mut right_total) = (0, 0, 0);
    for (name, text, gold) in ARTICLES {
        let (g, f, r) = score(name, text, gold);
        gold_total += g;
        found_total += f;
        right_total += r;
    }
    // 159 gold entities. The pipeline before these rules got 109 right with 28 wrong; with the
    // curated organisations and competitions, head nouns, name ends, titles and match-sentence
    // clubs 140 and 9; with official names, quoted works, titles with a pronoun ("نظيره"),
    // descriptors before listed names and nationalities that describe a company, 147 and 4.
    // A little slack for a retrained model; below it, something readers see has regressed.
    assert_eq!(gold_total, 159);
    assert!(right_total >= 140, "only {right_total} of {gold_total} right");
    assert!(found_total - right_total <= 9, "{} wrong", found_total - right_total);
}

#[test]
fn the_second_held_out_article_keeps_its_score() {
    let text = include_str!("fixtures/ar/news-heldout2.txt");
    let (gold, found, right) = score("held out 2", text, include_str!("fixtures/ar/news-heldout2.gold"));
    // Written after all the rules above and scored before any change: 17 of 25 right, 4 wrong.
    // Two rules came after it, so it is held out no longer: a person takes a given name or a
    // mistyped word before it (from the first held-out article's "تيدروس"), and an organisation
    // is cut before "وشركة" (from this one). With them: 20 right, 1 wrong (unchanged by the
    // official names and the rest that came after).
    assert_eq!(gold, 25);
    assert!(right >= 18, "only {right} of 25 right ({found} found)");
}

#[test]
fn the_held_out_article_keeps_its_score() {
    let text = include_str!("fixtures/ar/news-heldout.txt");
    let (gold, found, right) = score("held out", text, include_str!("fixtures/ar/news-heldout.gold"));
    // 20 of 27 right and 5 wrong, before and after the rules above. Two later rules came from
    // its errors, so it is held out no longer: a ministry's second portfolio ("وزارة المياه
    // والري الأردنية") and a person taking the word before it. With them: 21 right, 3 wrong.
    // Later: "صندوق أبوظبي للتنمية" (official names), "مديرها العام تيدروس" (a title with a
    // pronoun) and "سيمنز" + "الألمانية": 25 right, 1 wrong.
    assert_eq!(gold, 27);
    assert!(right >= 23, "only {right} of 27 right ({found} found)");
}

#[test]
fn the_third_held_out_article_keeps_its_score() {
    let text = include_str!("fixtures/ar/news-heldout3.txt");
    let (gold, found, right) = score("held out 3", text, include_str!("fixtures/ar/news-heldout3.gold"));
    // Written at the start of a session and scored before any change: 26 of 31 right, 3 wrong.
    // The official names (`src/official_names.rs`, designed on the other articles) then found
    // "الهيئة العليا المستقلة للانتخابات" and "الاتحاد العام التونسي للشغل": 28 right, 2 wrong;
    // the feminine nisba after a "person" (from the first held-out article's "سيمنز الألمانية")
    // made "إيني الإيطالية" a company: 29 right, 1 wrong; a conjunction before the second of
    // two joined names stays outside ("دبي وساو باولو"): 30 right, none wrong. Held out no longer.
    assert_eq!(gold, 31);
    assert!(right >= 28, "only {right} of 31 right ({found} found)");
}

#[test]
fn the_fourth_held_out_article_keeps_its_score() {
    let text = include_str!("fixtures/ar/news-heldout4.txt");
    let (gold, found, right) = score("held out 4", text, include_str!("fixtures/ar/news-heldout4.gold"));
    // Written after all the rules of its session and scored before any change: 18 of 23 right,
    // 6 wrong. Three fixes came from its errors, so it is held out no longer: a person's name
    // does not end in a noun with a pronoun ("محمد صلاح فريقه"), a sentence adverb is no name
    // ("رياضيا،"), and a place-naming head before an organisation's own name does not join it
    // (official names). With them: 19 right, 4 wrong ("بورصة ناسداك" is the tagger's own).
    assert_eq!(gold, 23);
    assert!(right >= 18, "only {right} of 23 right ({found} found)");
}
