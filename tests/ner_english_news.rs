//! Three short English news articles written for hashiya (tests/fixtures/en/news-*.txt) on
//! current topics the 1996 training corpus never saw: tech companies, European politics, a
//! flood on the Danube and football; and a fourth (aviation), written after the English rules
//! and never used to shape them, as a held-out check. Each `.gold` file lists the entities in text order as
//! `TYPE<TAB>text`, following the annotation guidelines. The test scores exact spans and types.

mod common;

use common::{gold_spans, score, score_all};
use hashiya::{annotate, EntityKind, Options};

const ARTICLES: [(&str, &str, &str); 3] = [
    ("tech", include_str!("fixtures/en/news-tech.txt"), include_str!("fixtures/en/news-tech.gold")),
    ("europe", include_str!("fixtures/en/news-europe.txt"), include_str!("fixtures/en/news-europe.gold")),
    ("danube", include_str!("fixtures/en/news-danube.txt"), include_str!("fixtures/en/news-danube.gold")),
];

#[test]
fn the_articles_entities_are_found_with_their_types() {
    let (gold_total, found_total, right_total) = score_all(&ARTICLES);
    // 100 gold entities. The tagger alone got 67 right with 27 wrong; with the English rules 89
    // and 11; with the curated organisations and the clubs of match sentences 96 and 4 (the
    // rest: "Red Cross" ORG where the gold has it whole as "Austrian Red Cross", two river
    // names). A little slack for a retrained model; below it, something readers see has
    // regressed.
    assert_eq!(gold_total, 100);
    assert!(right_total >= 92, "only {right_total} of {gold_total} right");
    assert!(found_total - right_total <= 8, "{} wrong", found_total - right_total);
}

#[test]
fn the_known_modern_errors_are_fixed() {
    let (_, text, _) = ARTICLES[0];
    let found = annotate(text, &Options::default());
    let got: Vec<(&str, EntityKind)> = found.entities.iter().map(|e| (e.span.of(text), e.kind)).collect();
    assert!(got.contains(&("SAN FRANCISCO", EntityKind::Loc)), "{got:?}");
    assert!(!got.iter().any(|(t, _)| t.contains(" and ")), "no coordinated span: {got:?}");
    let (_, text, _) = ARTICLES[1];
    let found = annotate(text, &Options::default());
    let people: Vec<&str> =
        found.entities.iter().filter(|e| e.kind == EntityKind::Per).map(|e| e.span.of(text)).collect();
    for name in ["Rishi Sunak", "Sunak", "Olaf Scholz", "Scholz", "Kaja Kallas"] {
        assert!(people.contains(&name), "{name} should be a person: {people:?}");
    }
    // A club at the start of a match sentence, which the tagger alone calls a person.
    let (_, text, _) = ARTICLES[2];
    let found = annotate(text, &Options::default());
    let got: Vec<(&str, EntityKind)> = found.entities.iter().map(|e| (e.span.of(text), e.kind)).collect();
    assert!(got.contains(&("Chelsea", EntityKind::Org)), "{got:?}");
}

#[test]
fn a_leader_named_by_ordinary_words_is_a_person_and_a_quoted_film_is_one_work() {
    // "To Lam" read as a place, then as an organisation; "leader" vouches for the name, and
    // the document's other mention follows it.
    let text = "Vietnam's top leader To Lam met Chinese President Xi Jinping in Hanoi on Tuesday. \
                To Lam said the two countries would deepen ties.";
    let found = annotate(text, &Options::default());
    let lam: Vec<EntityKind> = found.entities.iter().filter(|e| e.span.of(text) == "To Lam").map(|e| e.kind).collect();
    assert_eq!(lam, [EntityKind::Per, EntityKind::Per]);
    let text = "Celine Song's debut film “Past Lives” was nominated for best picture.";
    let found = annotate(text, &Options::default());
    assert!(found.entities.iter().any(|e| e.span.of(text) == "Past Lives" && e.kind == EntityKind::Misc));
}

#[test]
fn the_held_out_article_keeps_its_score() {
    let text = include_str!("fixtures/en/news-heldout.txt");
    let gold = gold_spans(text, include_str!("fixtures/en/news-heldout.gold"));
    let found = annotate(text, &Options::default());
    let right = found.entities.iter().filter(|e| gold.contains(&(e.span.start, e.span.end, e.kind))).count();
    eprintln!("held out: {right} of {} right, {} found", gold.len(), found.entities.len());
    // 20 of 36 with and without the English rules when they were written: its errors were
    // airlines and banks the tagger has never seen (Airbus MISC, Ryanair PER, Jefferies LOC),
    // a gazetteer matter; with the curated organisations, 30.
    assert_eq!(gold.len(), 36);
    assert!(right >= 28, "only {right} of 36 right");
}

#[test]
fn the_second_held_out_article_keeps_its_score() {
    let text = include_str!("fixtures/en/news-heldout2.txt");
    let (gold, _, right) = score("held out 2", text, include_str!("fixtures/en/news-heldout2.gold"));
    // Written on 30 Nov and scored before any change: 29 of 31 right ("Adani Green Energy"
    // MISC, "Blackwell" ORG). The company heads (`src/english/heads.rs`) make the first 30.
    assert_eq!(gold, 31);
    assert!(right >= 29, "only {right} of 31 right");
}

/// Articles written blind in the fourth and fifth sessions (30 Nov), each first scored before any change
/// drawn from it: (name, text, gold, gold entities, the least number right).
const BLIND: [(&str, &str, &str, usize, usize); 49] = [
    // Iraq's oil, Hezbollah, Qatar's mediation: 48 of 53 right. From it: people joined by "bin"
    // ("Mohammed bin Abdulrahman Al Thani"): 49. With the fifth session's split of a name from
    // its participle ("Iran-backed" → Iran, as the guidelines and its gold have it): 51.
    (
        "held out 3",
        include_str!("fixtures/en/news-heldout3.txt"),
        include_str!("fixtures/en/news-heldout3.gold"),
        53,
        49,
    ),
    // Rolls-Royce, the Bank of England, the EU's Digital Markets Act: 35 of 42. From it: a
    // name ending in "Act" is a law, MISC: 36.
    (
        "held out 4",
        include_str!("fixtures/en/news-heldout4.txt"),
        include_str!("fixtures/en/news-heldout4.gold"),
        42,
        34,
    ),
    // Real Madrid against Bayern: 36 of 41 ("Real" alone and "Bellingham" missed).
    (
        "held out 5",
        include_str!("fixtures/en/news-heldout5.txt"),
        include_str!("fixtures/en/news-heldout5.gold"),
        41,
        34,
    ),
    // Sudan's war, written after the first round of rules: 47 of 53 ("Arab League", "World Food
    // Programme" MISC; "Kadugli" a person). The curated organisations drawn from it: 49.
    (
        "held out 6",
        include_str!("fixtures/en/news-heldout6.txt"),
        include_str!("fixtures/en/news-heldout6.gold"),
        53,
        47,
    ),
    // US Middle East diplomacy, written after the second round: 50 of 52 ("Emirati" ORG). The
    // curated demonyms drawn from it: 51.
    (
        "held out 7",
        include_str!("fixtures/en/news-heldout7.txt"),
        include_str!("fixtures/en/news-heldout7.gold"),
        52,
        49,
    ),
    // Turkey, written after all the session's rules: 40 of 47 ("Central Bank of the Republic of
    // Turkey" cut at "of", "An Istanbul" ORG, "Turkish-Greek" whole). The indefinite article,
    // a name's "of" and demonyms without an ending, drawn from it: 44.
    (
        "held out 8",
        include_str!("fixtures/en/news-heldout8.txt"),
        include_str!("fixtures/en/news-heldout8.gold"),
        47,
        42,
    ),
    // Fifth session, written blind before its rules: Gulf money in European football (47 of 56;
    // 51 with the leagues MISC, as CoNLL tags them, where its writer had ORG) and Yemen (50 of
    // 59). From them: a name split from its participle ("Saudi-led" → Saudi), "the Presidential
    // Leadership Council" whole, no name ending in "of", the Houthis, UEFA and Gulf clubs: 54, 58.
    (
        "held out 9",
        include_str!("fixtures/en/news-heldout9.txt"),
        include_str!("fixtures/en/news-heldout9.gold"),
        56,
        51,
    ),
    (
        "held out 10",
        include_str!("fixtures/en/news-heldout10.txt"),
        include_str!("fixtures/en/news-heldout10.gold"),
        59,
        54,
    ),
    // Written blind halfway through the fifth session and kept held out: Gulf energy (42 of 51;
    // "OPEC+", "Saudi Aramco", "Brent" missed) and south Lebanon (48 of 52 at the session's
    // later rules, 47 at its start; its villages read as people).
    (
        "held out 11",
        include_str!("fixtures/en/news-heldout11.txt"),
        include_str!("fixtures/en/news-heldout11.gold"),
        51,
        38,
    ),
    (
        "held out 12",
        include_str!("fixtures/en/news-heldout12.txt"),
        include_str!("fixtures/en/news-heldout12.gold"),
        52,
        44,
    ),
    // Written blind near the end of the fifth session, held out: Egypt's economy (41 of 47;
    // "Ras El Hekma", "Qatari Diar", "Marsa Matrouh" missed) and the Horn of Africa (63 of 72,
    // 62 at the session's start; "Dubai-based DP World" one MISC, "Bab el-Mandeb" MISC). The
    // sixth session's split of a compound from the name after it gave 14 "Dubai" + "DP World": 65.
    (
        "held out 13",
        include_str!("fixtures/en/news-heldout13.txt"),
        include_str!("fixtures/en/news-heldout13.gold"),
        47,
        38,
    ),
    (
        "held out 14",
        include_str!("fixtures/en/news-heldout14.txt"),
        include_str!("fixtures/en/news-heldout14.gold"),
        72,
        58,
    ),
    // Written blind at the start of the sixth session, and rules drawn from both. Red Sea
    // shipping: 54 of 63; the curated shipping lines and "Geneva-based MSC" split: 57. The Red
    // Sea film festival: 51 of 64; event heads ("Red Sea International Film Festival" MISC),
    // quoted titles in title case ("Palestine 36"), "Arabic-language" and "Arab or African": 59.
    (
        "held out 15",
        include_str!("fixtures/en/news-heldout15.txt"),
        include_str!("fixtures/en/news-heldout15.gold"),
        63,
        53,
    ),
    (
        "held out 16",
        include_str!("fixtures/en/news-heldout16.txt"),
        include_str!("fixtures/en/news-heldout16.gold"),
        64,
        55,
    ),
    // The Abu Dhabi Grand Prix, written blind in the seventh session: 45 of 53 at first; 51
    // with the racing teams and "Formula One" listed, "X Grand Prix" one event, "Crown" left
    // to the title and a curated organisation kept out of a list of people.
    (
        "held out 17",
        include_str!("fixtures/en/news-heldout17.txt"),
        include_str!("fixtures/en/news-heldout17.gold"),
        53,
        47,
    ),
    // British politics (18), 35 of 42 at first (its two currencies taken out of the gold: CoNLL
    // and these articles leave "sterling" and "euro" untagged); 39 with a party's short form
    // ("Reform" for "Reform UK", "the Conservatives"), "Labour MPs" and "Scottish Parliament".
    // Ukraine talks (19) are held out: 54 of 59.
    (
        "held out 18",
        include_str!("fixtures/en/news-heldout18.txt"),
        include_str!("fixtures/en/news-heldout18.gold"),
        42,
        35,
    ),
    (
        "held out 19",
        include_str!("fixtures/en/news-heldout19.txt"),
        include_str!("fixtures/en/news-heldout19.gold"),
        59,
        49,
    ),
    // An India-Pakistan match at the Asia Cup (20), written blind at the end of the seventh
    // session and held out: 48 of 49 on the session's starting code and on its last.
    (
        "held out 20",
        include_str!("fixtures/en/news-heldout20.txt"),
        include_str!("fixtures/en/news-heldout20.gold"),
        49,
        44,
    ),
    // EU action against US tech (21), written blind at the end of the seventh session: 54 of 59
    // at first, 57 with an acronym taking the type of the name it spells ("DMA" for "Digital
    // Markets Act") and a lowercase word ending no name ("European rules").
    (
        "held out 21",
        include_str!("fixtures/en/news-heldout21.txt"),
        include_str!("fixtures/en/news-heldout21.gold"),
        59,
        52,
    ),
    // Written blind in the eighth session (1 Dec): Washington's budget (22) 58 of 63, Gaza
    // diplomacy (23) 60 of 62, Europe on defence (24) 62 of 66 ("Kremlin" LOC, as CoNLL-2003
    // tags it 11 times in 11). With a law taking the capitalised words before it ("Affordable
    // Care Act") and "Majority" before "Leader" left to the title: 60, 61 and 62.
    (
        "held out 22",
        include_str!("fixtures/en/news-heldout22.txt"),
        include_str!("fixtures/en/news-heldout22.gold"),
        63,
        56,
    ),
    (
        "held out 23",
        include_str!("fixtures/en/news-heldout23.txt"),
        include_str!("fixtures/en/news-heldout23.gold"),
        62,
        57,
    ),
    (
        "held out 24",
        include_str!("fixtures/en/news-heldout24.txt"),
        include_str!("fixtures/en/news-heldout24.gold"),
        66,
        58,
    ),
    // Written blind at the end of the eighth session and held out: AI companies (25) 58 of 61,
    // the G20 in Johannesburg (26) 44 of 51, Chelsea against Barcelona (27) 44 of 49, on the
    // session's starting code and on its last alike.
    (
        "held out 25",
        include_str!("fixtures/en/news-heldout25.txt"),
        include_str!("fixtures/en/news-heldout25.gold"),
        61,
        54,
    ),
    (
        "held out 26",
        include_str!("fixtures/en/news-heldout26.txt"),
        include_str!("fixtures/en/news-heldout26.gold"),
        51,
        40,
    ),
    (
        "held out 27",
        include_str!("fixtures/en/news-heldout27.txt"),
        include_str!("fixtures/en/news-heldout27.gold"),
        49,
        40,
    ),
    // Written blind in the ninth session, scored before any change: India's Bihar election (28)
    // 47 of 63 -> 55, the ECB (29) 33 of 44 -> 38, COP30 (30) 47 of 49 -> 49.
    (
        "held out 28",
        include_str!("fixtures/en/news-heldout28.txt"),
        include_str!("fixtures/en/news-heldout28.gold"),
        63,
        51,
    ),
    (
        "held out 29",
        include_str!("fixtures/en/news-heldout29.txt"),
        include_str!("fixtures/en/news-heldout29.gold"),
        44,
        34,
    ),
    (
        "held out 30",
        include_str!("fixtures/en/news-heldout30.txt"),
        include_str!("fixtures/en/news-heldout30.gold"),
        49,
        45,
    ),
    // Written blind in the ninth session after its rules and held out: Japan (31) 39 of 47, an EU
    // antitrust fine (32) 47 of 54, the Qatar Grand Prix (33) 49 of 53, on the session's starting
    // code and its last alike. In the tenth session their errors became the dev round (circuits
    // are places, EU courts, F1 suppliers, products MISC): 39, 51, 52 (142 of 154, 5 wrong; the
    // rest of 31's misses are currencies, which its gold tags and CoNLL does not).
    (
        "held out 31",
        include_str!("fixtures/en/news-heldout31.txt"),
        include_str!("fixtures/en/news-heldout31.gold"),
        47,
        35,
    ),
    (
        "held out 32",
        include_str!("fixtures/en/news-heldout32.txt"),
        include_str!("fixtures/en/news-heldout32.gold"),
        54,
        48,
    ),
    (
        "held out 33",
        include_str!("fixtures/en/news-heldout33.txt"),
        include_str!("fixtures/en/news-heldout33.gold"),
        53,
        49,
    ),
    // Written blind at the start of the tenth session and held out (errors never read): a
    // Brazilian court ruling (34) 52 of 55, chip export controls (35) 62 of 70, a Premier League
    // match (36) 61 of 66; the same at the session's start and end (175 of 191, 14 wrong). The
    // eleventh session drew rules from their errors (dev): 54, 68 and 63 right (185 of 191).
    (
        "held out 34",
        include_str!("fixtures/en/news-heldout34.txt"),
        include_str!("fixtures/en/news-heldout34.gold"),
        55,
        50,
    ),
    (
        "held out 35",
        include_str!("fixtures/en/news-heldout35.txt"),
        include_str!("fixtures/en/news-heldout35.gold"),
        70,
        64,
    ),
    (
        "held out 36",
        include_str!("fixtures/en/news-heldout36.txt"),
        include_str!("fixtures/en/news-heldout36.gold"),
        66,
        60,
    ),
    // Written blind at the start of the eleventh session and held out (errors never read):
    // Nigeria's currency and reforms (37) 48 of 52, an Australian Open final (38) 45 of 49, Gaza
    // ceasefire talks (39) 68 of 75; the same at the session's start and end (161 of 176, 14
    // wrong).
    (
        "held out 37",
        include_str!("fixtures/en/news-heldout37.txt"),
        include_str!("fixtures/en/news-heldout37.gold"),
        52,
        45,
    ),
    (
        "held out 38",
        include_str!("fixtures/en/news-heldout38.txt"),
        include_str!("fixtures/en/news-heldout38.gold"),
        49,
        42,
    ),
    (
        "held out 39",
        include_str!("fixtures/en/news-heldout39.txt"),
        include_str!("fixtures/en/news-heldout39.gold"),
        75,
        64,
    ),
    // Written blind at the start of the twelfth session and held out (errors never read):
    // Ukraine peace talks (40) 66 of 76, the COP30 climate summit (41) 43 of 48, a Formula One
    // race report (42) 60 of 62 (169 of 186, 16 wrong); the same at that session's end. Rules
    // were drawn from them in the thirteenth: 180 of 186.
    (
        "held out 40",
        include_str!("fixtures/en/news-heldout40.txt"),
        include_str!("fixtures/en/news-heldout40.gold"),
        76,
        68,
    ),
    (
        "held out 41",
        include_str!("fixtures/en/news-heldout41.txt"),
        include_str!("fixtures/en/news-heldout41.gold"),
        48,
        43,
    ),
    (
        "held out 42",
        include_str!("fixtures/en/news-heldout42.txt"),
        include_str!("fixtures/en/news-heldout42.gold"),
        62,
        58,
    ),
    // Written blind in the middle of the twelfth session, scored once before their errors
    // were read (a U.S. funding fight (43) 49 of 61, India and Pakistan (44) 59 of 71, Big Tech
    // earnings (45) 47 of 53: 155 of 185, 30 wrong), then used to draw rules: 167 of 185.
    (
        "held out 43",
        include_str!("fixtures/en/news-heldout43.txt"),
        include_str!("fixtures/en/news-heldout43.gold"),
        61,
        48,
    ),
    (
        "held out 44",
        include_str!("fixtures/en/news-heldout44.txt"),
        include_str!("fixtures/en/news-heldout44.gold"),
        71,
        62,
    ),
    (
        "held out 45",
        include_str!("fixtures/en/news-heldout45.txt"),
        include_str!("fixtures/en/news-heldout45.gold"),
        53,
        48,
    ),
    // Written blind at the start of the thirteenth session and held out (errors never read):
    // German coalition politics (46) 51 of 62, Bangladesh's interim government (47) 54 of 57,
    // a Test cricket match (48) 45 of 52 (150 of 171, 24 wrong); the same at the session's end.
    (
        "held out 46",
        include_str!("fixtures/en/news-heldout46.txt"),
        include_str!("fixtures/en/news-heldout46.gold"),
        62,
        46,
    ),
    (
        "held out 47",
        include_str!("fixtures/en/news-heldout47.txt"),
        include_str!("fixtures/en/news-heldout47.gold"),
        57,
        50,
    ),
    (
        "held out 48",
        include_str!("fixtures/en/news-heldout48.txt"),
        include_str!("fixtures/en/news-heldout48.gold"),
        52,
        40,
    ),
    // Written blind at the start of the fourteenth session and held out (errors never read):
    // Canada's trade talks with the US (49) 48 of 56, a Grand Slam tennis final (50) 60 of 63, Japan's
    // prime minister and the region (51) 66 of 70 (174 of 189, 19 wrong).
    (
        "held out 49",
        include_str!("fixtures/en/news-heldout49.txt"),
        include_str!("fixtures/en/news-heldout49.gold"),
        56,
        43,
    ),
    (
        "held out 50",
        include_str!("fixtures/en/news-heldout50.txt"),
        include_str!("fixtures/en/news-heldout50.gold"),
        63,
        55,
    ),
    (
        "held out 51",
        include_str!("fixtures/en/news-heldout51.txt"),
        include_str!("fixtures/en/news-heldout51.gold"),
        70,
        61,
    ),
];

#[test]
fn the_blind_articles_keep_their_scores() {
    for (name, text, gold_file, gold_count, least) in BLIND {
        let (gold, found, right) = score(name, text, gold_file);
        assert_eq!(gold, gold_count, "{name}");
        assert!(right >= least, "{name}: only {right} of {gold} right ({found} found)");
    }
}
