//! Six short Arabic news articles written for hashiya (tests/fixtures/ar/news-*.txt) on
//! current topics ANERcorp (2006) never saw: Gaza talks, Gulf economy, football, technology,
//! culture, Sudan and Lebanon. They were used to find the Arabic rules' error classes (curated
//! organisations, head nouns, name ends, titles). Four later ones (`LATER`) were each written
//! after a round of rules and scored before any change, as a held-out check; rules have since
//! been drawn from each one's errors too (see `LATER`). Each `.gold` file lists the
//! entities in text order as `TYPE<TAB>text`, following the annotation guidelines (clitics
//! outside, descriptor words outside, nationality nisbas MISC). The test scores exact spans.

mod common;

use common::{score, score_all};

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
    let (gold_total, found_total, right_total) = score_all(&ARTICLES);
    // 159 gold entities. The pipeline before these rules got 109 right with 28 wrong; with the
    // curated organisations and competitions, head nouns, name ends, titles and match-sentence
    // clubs 140 and 9; with official names, quoted works, titles with a pronoun ("نظيره"),
    // descriptors before listed names and nationalities that describe a company, 147 and 4;
    // with the name units (a retrained model) and the title rules drawn from its errors
    // ("المديرة العامة للصندوق كريستالينا غورغييفا", "الخرطوم (أ ف ب) -"), 151 and 3.
    // A little slack for a retrained model; below it, something readers see has regressed.
    assert_eq!(gold_total, 159);
    assert!(right_total >= 145, "only {right_total} of {gold_total} right");
    assert!(found_total - right_total <= 6, "{} wrong", found_total - right_total);
}

/// The later articles, each written after a round of rules and first scored before any change:
/// (name, text, gold, gold entities, the least number right).
const LATER: [(&str, &str, &str, usize, usize); 95] = [
    // 20 of 27 right and 5 wrong, before and after the first rules. Two later rules came from
    // its errors: a ministry's second portfolio ("وزارة المياه والري الأردنية") and a person
    // taking the word before it (21 right, 3 wrong); later "صندوق أبوظبي للتنمية" (official
    // names), "مديرها العام تيدروس" (a title with a pronoun) and "سيمنز" + "الألمانية": 25, 1;
    // with the name units "هاكان فيدان" whole: 26, 0.
    ("held out 1", include_str!("fixtures/ar/news-heldout.txt"), include_str!("fixtures/ar/news-heldout.gold"), 27, 24),
    // 17 of 25 right, 4 wrong. A person takes a given name or a mistyped word before it (from
    // the first's "تيدروس"), and an organisation is cut before "وشركة" (from this one): 20, 1;
    // "الكورية" as a nationality (a nisba root of a place named only in full): 21, 1.
    (
        "held out 2",
        include_str!("fixtures/ar/news-heldout2.txt"),
        include_str!("fixtures/ar/news-heldout2.gold"),
        25,
        18,
    ),
    // 26 of 31 right, 3 wrong. The official names (designed on the other articles) found
    // "الهيئة العليا المستقلة للانتخابات" and "الاتحاد العام التونسي للشغل" (28, 2); the feminine
    // nisba after a "person" made "إيني الإيطالية" a company (29, 1); the و before the second of
    // two joined names stays outside ("دبي وساو باولو", from this one): 30, 0. The model
    // with the name units no longer tags "إيني" (the lexicon lists it as a verb): 29, 0.
    (
        "held out 3",
        include_str!("fixtures/ar/news-heldout3.txt"),
        include_str!("fixtures/ar/news-heldout3.gold"),
        31,
        28,
    ),
    // 18 of 23 right, 6 wrong. From its errors: a person's name does not end in a noun with a
    // pronoun ("محمد صلاح فريقه"), a sentence adverb is no name ("رياضيا،"), and a place-naming
    // head does not join an organisation's own name: 19, 4 ("بورصة ناسداك" is the tagger's own);
    // an indefinite nisba after و ("مصرية وقطرية"): 20, 4; national bodies ("وكالة المخابرات
    // المركزية الأمريكية"): 21, 2. Its gold gained "دولار" (MISC) on 30 Nov: the other
    // articles' golds tag currencies, as ANERcorp does, and this one had left it out.
    (
        "held out 4",
        include_str!("fixtures/ar/news-heldout4.txt"),
        include_str!("fixtures/ar/news-heldout4.gold"),
        24,
        19,
    ),
    // Written on 30 Nov with the model trained on all of ANERcorp-train, scored before any
    // change: 32 of 39 right, 4 wrong. From its errors: a venue's head takes the person after a
    // given name ("ملعب مولاي عبد الله"), a person does not take a word the document names an
    // organisation elsewhere ("مايكروسوفت براد سميث"), an inflected word after a clitic is no
    // unseen name ("بهدفين"), a lone "المملكة" is a generic reference, and listed cities are
    // places where a place is expected ("في حلب وحمص"): 37, 0.
    (
        "held out 5",
        include_str!("fixtures/ar/news-heldout5.txt"),
        include_str!("fixtures/ar/news-heldout5.gold"),
        39,
        36,
    ),
    // Written on 30 Nov after the fifth one's rules, scored before any change: 28 of 36 right,
    // 6 wrong. From its errors: a title in the construct state ("مدير الوكالة يوزف أشباخر"), an
    // indefinite nisba read as a lone person ("هجوم روسي"), a country named by its feminine
    // nisba ends a ministry ("وزارة الطاقة السعودية"), and spelled Latin letters name a company
    // after its head ("شركة بي واي دي", "شركة جي 42"): 32, 3.
    (
        "held out 6",
        include_str!("fixtures/ar/news-heldout6.txt"),
        include_str!("fixtures/ar/news-heldout6.gold"),
        36,
        30,
    ),
    // Written on 30 Nov after the sixth one's rules (Maghreb and Gulf politics, a club, a book
    // fair), scored before any change: 24 of 33 right, 4 wrong. From its errors: a definite
    // nisba the tagger put at the start of a person's name stands before it ("الرئيس الجزائري
    // عبد المجيد تبون"), a compound given name keeps the family name after it even when that
    // reads as a verb ("تبون"), a club's head and nisba stay outside ("نادي الهلال السعودي"),
    // an event's head is part of its name ("معرض القاهرة الدولي للكتاب"), and ل comes off a
    // listed given name ("لأيمن"): 30, 0.
    (
        "held out 7",
        include_str!("fixtures/ar/news-heldout7.txt"),
        include_str!("fixtures/ar/news-heldout7.gold"),
        33,
        28,
    ),
    // Written on 30 Nov after all of that day's rules and left as it was: no rule was drawn
    // from it, so it stays a held-out measure. 26 of 31 right, 5 wrong when written (DPA,
    // UNIFIL typed MISC as ANERcorp does, "أورسولا فون دير لاين" cut short, "اتصالات المغرب"
    // split, "بي سالب" a rating read as an organisation).
    (
        "held out 8",
        include_str!("fixtures/ar/news-heldout8.txt"),
        include_str!("fixtures/ar/news-heldout8.gold"),
        31,
        24,
    ),
    // Written on 30 Nov after the eighth (companies, a prize, UNESCO, FIFA, a parliament),
    // scored before any change: 22 of 36 right, 6 wrong; organisations named by ordinary words
    // are most of what it misses. From its errors: an airline's plural head takes a feminine
    // nisba ("الخطوط الجوية القطرية"), a person after a prize's head is the prize ("جائزة نجيب
    // محفوظ"; the head outside, as ANERcorp leaves it outside "جائزة نوبل"), a listed club
    // keeps its nisba outside ("الأهلي المصري"), and "منطقة" says a place comes: 26, 3. Third
    // session: "مجلس الأمة" curated, a body ending in a nisba of reach ("لجنة التراث العالمي"): 32.
    (
        "held out 9",
        include_str!("fixtures/ar/news-heldout9.txt"),
        include_str!("fixtures/ar/news-heldout9.gold"),
        36,
        29,
    ),
    // Written on 30 Nov (second session) after the CRF model, its gold written blind (Iraq's
    // budget and Kurdistan, oil and telecoms contracts, the WTO, Syria's central bank, S&P),
    // scored before any change: 37 of 48 right, 5 wrong. From its errors: the curated list
    // gained national news agencies ("واع"), rating agencies, regional companies and Iraqi,
    // Kurdish and Lebanese parties; an authority of two joined portfolios is one name ("هيئة
    // الإعلام والاتصالات"); "سوق" heads an official name ("سوق دمشق للأوراق المالية"); a
    // definite city takes its adjective ("مدينة اللاذقية الساحلية"): 45, 1. A committee with a
    // parliamentary adjective ("اللجنة المالية النيابية", third session): 46, 1; ethnic groups
    // named by a broken plural ("الأكراد"): 47, 1.
    (
        "held out 10",
        include_str!("fixtures/ar/news-heldout10.txt"),
        include_str!("fixtures/ar/news-heldout10.gold"),
        48,
        44,
    ),
    // Written on 30 Nov (second session) after the tenth one's rules, its gold written blind
    // (Sudanese refugees in Egypt, the Nile, a Qatari fund and a Saudi airline, Zamalek and
    // Espérance, a Jeddah film festival, a student satellite), scored before any change: 50
    // of 72 right, 9 wrong. From its errors: a nisba that is no place's is a body's adjective
    // ("مفوضية الأمم المتحدة السامية لشؤون اللاجئين"), though only a nisba is one after a named
    // body ("خفضت وكالة فيتش التصنيف الائتماني", from the eighth, which that first change broke);
    // a head the tagger took into the body still heads the name ("منظمة الأمم المتحدة
    // للطفولة"); curated clubs, airlines, CAF and MENA; a curated name and a nationality the
    // tagger joined are split ("مدرب الزمالك الكرواتي"); a venue named after a person the tagger
    // read as an organisation is the venue ("ملعب حمادي العقربي"): 62, 2. Third session: seas
    // and straits are places wherever they stand, marked before the event rule ("مهرجان البحر
    // الأحمر السينمائي الدولي"), a university named after a person ("جامعة خليفة"), two places
    // after a dual head ("معبري أرقين وقسطل", "ولايتي الخرطوم والجزيرة"): 67, 1.
    (
        "held out 11",
        include_str!("fixtures/ar/news-heldout11.txt"),
        include_str!("fixtures/ar/news-heldout11.gold"),
        72,
        63,
    ),
    // Written on 30 Nov (second session) after the eleventh one's rules, its gold written blind
    // (Morocco's finance bill, OCP and Yara, Libya's oil, Jordan and the EIB, HUMAIN, Gavi, the
    // Abu Dhabi Grand Prix). 46 of 66 right, 9 wrong when written (P 84 %, R 70 %). No rule
    // drawn from it: held out, like the eighth.
    (
        "held out 12",
        include_str!("fixtures/ar/news-heldout12.txt"),
        include_str!("fixtures/ar/news-heldout12.gold"),
        66,
        43,
    ),
    // Written on 30 Nov (third session) after that session's rules (seas and straits,
    // institutions named after people, dual place heads, parliamentary committees), their gold
    // written blind by a helper that never ran the system: Algerian gas, Qatari and Emirati
    // deals, a summit (13); African football, the Riyadh book fair, a fiction prize, the Red Sea
    // film festival, Lebanon and Syria (14). When written: 42 of 55 right, 6 wrong (13); 48 of
    // 65, 9 wrong (14); together P 86 %, R 75 %, F1 80. Rules then drawn from the thirteenth
    // (energy companies, legislatures and Maghreb parties in the curated list, a person the
    // tagger ran on from a curated company, a purpose phrase opening with a plural, islands):
    // 50, 4. The fourteenth stays held out; one general fix found through it ("الرياضي" is
    // "sporting", no nationality of Riyadh) took it from 9 wrong to 7, 48 right.
    (
        "held out 13",
        include_str!("fixtures/ar/news-heldout13.txt"),
        include_str!("fixtures/ar/news-heldout13.gold"),
        57,
        48,
    ),
    (
        "held out 14",
        include_str!("fixtures/ar/news-heldout14.txt"),
        include_str!("fixtures/ar/news-heldout14.gold"),
        65,
        45,
    ),
    // Written at the end of the third session, after all of its rules, its gold written blind
    // (Syria's reconstruction and a UN envoy, Iraq's parliament and central bank, Gulf AI and
    // exchanges, WHO and UNICEF on the Tigris and Euphrates). When written: 55 of 69 right, 9
    // wrong (P 86 %, R 80 %), three of the wrong ones currencies, which the rules tag MISC as
    // ANERcorp does and its gold leaves untagged. Held out: no rule drawn from it.
    (
        "held out 15",
        include_str!("fixtures/ar/news-heldout15.txt"),
        include_str!("fixtures/ar/news-heldout15.gold"),
        72,
        55,
    ),
    // Articles 16-18: their golds gained the currencies (MISC, as ANERcorp tags them and the
    // other golds do) that their writer had left out; the counts below include them.
    // Written blind in the fourth session (North African health: WHO, Pasteur institutes, vaccines).
    // Before any change 50 of 65 right, 10 wrong; rules drawn from it (a portfolio's adjective, ل + a
    // compass noun is no purpose, brackets): 52, 9. Several of its misses are conventions its gold
    // does not share (the ministry's nisba split off, "شمال أفريقيا" whole).
    (
        "held out 16",
        include_str!("fixtures/ar/news-heldout16.txt"),
        include_str!("fixtures/ar/news-heldout16.gold"),
        65,
        50,
    ),
    // Written blind in the fourth session (Iraqi and Kurdish oil politics). Before any change 39 of
    // 68 right, 14 wrong: "التركي" a person three times, "ميناء جيهان التركي" a person, Kurdish
    // cities missed. From it: a lone nisba after a noun or title is MISC, a venue head in a person,
    // cities found once are places elsewhere, courts, brackets: 49, 8.
    (
        "held out 17",
        include_str!("fixtures/ar/news-heldout17.txt"),
        include_str!("fixtures/ar/news-heldout17.gold"),
        68,
        47,
    ),
    // Written blind in the fourth session (Red Sea shipping, Houthis, Suez Canal). Before any change
    // 49 of 63, 7 wrong; from it: a generic body keeps only its nisba ("الجيش الأمريكي"), "باسم" + a
    // body after a title, shipping companies, more cities, a listed cape whatever the tagger called
    // it: 59, 4.
    (
        "held out 18",
        include_str!("fixtures/ar/news-heldout18.txt"),
        include_str!("fixtures/ar/news-heldout18.gold"),
        63,
        56,
    ),
    // Written blind in the fourth session (Cairo film festival, singers, platforms). Before any
    // change 46 of 61, 8 wrong; from it: "آل" joins the next word ("تركي آل الشيخ"), short titles
    // after a definite head, one-word people repeated, "منصة شاهد", "العربية" a nisba: 59, 1.
    (
        "held out 19",
        include_str!("fixtures/ar/news-heldout19.txt"),
        include_str!("fixtures/ar/news-heldout19.gold"),
        61,
        56,
    ),
    // Written blind in the fourth session and first scored after its first round of rules (Gaza aid,
    // Jordan, UNRWA): 57 of 66 right, 9 wrong (at the session's start 56). Then from it: a clitic +
    // article word ends a person ("محمد مصطفى بالمؤتمر"), the national Red Crescents: 61, 6.
    (
        "held out 20",
        include_str!("fixtures/ar/news-heldout20.txt"),
        include_str!("fixtures/ar/news-heldout20.gold"),
        66,
        58,
    ),
    // Written with 20 (Gulf economy and AI). First scored after the first round: 46 of 57, 7 wrong
    // (at the session's start 46). Then from it: a curated name with its clitic ("لطيران الإمارات"),
    // PIF, Ooredoo, G42: 52, 5.
    (
        "held out 21",
        include_str!("fixtures/ar/news-heldout21.txt"),
        include_str!("fixtures/ar/news-heldout21.gold"),
        57,
        49,
    ),
    // Written blind in the fourth session after its second round of rules (Lebanon and Syria): 55 of
    // 66 right, 6 wrong when first scored (at the session's start 55). Then from it: a listed place
    // before a given name leaves a person ("مصرف لبنان كريم سعيد"), UNIFIL, EDL: 60, 1.
    (
        "held out 22",
        include_str!("fixtures/ar/news-heldout22.txt"),
        include_str!("fixtures/ar/news-heldout22.gold"),
        66,
        57,
    ),
    // Written with 22 (CAF football, Mawazine, Rabat): 52 of 60 right, 6 wrong when first scored (at
    // the session's start 51). Then from it: purpose nouns after a definite head ("الجامعة الملكية
    // المغربية لكرة القدم"), Maroc Telecom: 54, 4.
    (
        "held out 23",
        include_str!("fixtures/ar/news-heldout23.txt"),
        include_str!("fixtures/ar/news-heldout23.gold"),
        60,
        51,
    ),
    // Written blind at the end of the fourth session, after all its rules (Libya and migration to
    // Italy): 53 of 66 right, 6 wrong when first scored (at the session's start 50). Then from it: a
    // body joined by و ends a purpose phrase, "فون دير" join a name, "بروما" is ب + Rome, Libya's
    // bodies: 60, 1.
    (
        "held out 24",
        include_str!("fixtures/ar/news-heldout24.txt"),
        include_str!("fixtures/ar/news-heldout24.gold"),
        66,
        57,
    ),
    // Written with 24 (space and science: UAE and Saudi astronauts, NASA, a Mars probe): 36 of 59
    // right, 14 wrong when first scored (at the session's start 34). Spacecraft and telescopes (MISC)
    // are its commonest misses; 37 now.
    (
        "held out 25",
        include_str!("fixtures/ar/news-heldout25.txt"),
        include_str!("fixtures/ar/news-heldout25.gold"),
        59,
        34,
    ),
    // Fifth session, written blind before its rules (Iran and the IAEA; Morocco's 2030 stadiums
    // and trains; Egypt's Suez Canal revenues and Gulf investment): 45, 41, 42 right at the
    // session's start. From them: stadium names (head outside, as the older golds and ANERcorp;
    // the blind gold had it inside), spelled and dotted letters, compound given names, national
    // bodies' purposes, a curated body or a foreign brand before a purpose phrase, facilities,
    // "أل" with a hamza, "خليجي": 49, 52, 47.
    (
        "held out 26",
        include_str!("fixtures/ar/news-heldout26.txt"),
        include_str!("fixtures/ar/news-heldout26.gold"),
        54,
        46,
    ),
    (
        "held out 27",
        include_str!("fixtures/ar/news-heldout27.txt"),
        include_str!("fixtures/ar/news-heldout27.gold"),
        56,
        49,
    ),
    (
        "held out 28",
        include_str!("fixtures/ar/news-heldout28.txt"),
        include_str!("fixtures/ar/news-heldout28.gold"),
        55,
        44,
    ),
    // Written blind halfway through the fifth session (Syria's reconstruction; a Gulf book fair
    // and its prizes; Sudan's war and Chad): 50, 44, 47 right when first scored (29 with the
    // dollars its writer left out; the session's start the same), 52, 45, 47 after the rules
    // drawn from 26-28; then from 29: feminine dual nisbas, "يو", company words: 56, 45, 47.
    // Publishers, prizes and Sudan's towns are their commonest misses.
    (
        "held out 29",
        include_str!("fixtures/ar/news-heldout29.txt"),
        include_str!("fixtures/ar/news-heldout29.gold"),
        67,
        48,
    ),
    (
        "held out 30",
        include_str!("fixtures/ar/news-heldout30.txt"),
        include_str!("fixtures/ar/news-heldout30.gold"),
        63,
        42,
    ),
    (
        "held out 31",
        include_str!("fixtures/ar/news-heldout31.txt"),
        include_str!("fixtures/ar/news-heldout31.gold"),
        60,
        44,
    ),
    // Written blind near the end of the fifth session and kept held out (Iraq's coalition
    // politics; a Gulf tech fair; the West Bank and Jordan): 38, 38, 47 right when first scored
    // (37, 36, 47 at the session's start). Iraq's parties and blocs and the fair's companies are
    // their commonest misses. In the sixth session the blocs ("ائتلاف دولة القانون") and the
    // curated Iraqi parties came from 32's misses: 46, so 32 is no longer held out.
    (
        "held out 32",
        include_str!("fixtures/ar/news-heldout32.txt"),
        include_str!("fixtures/ar/news-heldout32.gold"),
        55,
        35,
    ),
    (
        "held out 33",
        include_str!("fixtures/ar/news-heldout33.txt"),
        include_str!("fixtures/ar/news-heldout33.gold"),
        57,
        34,
    ),
    (
        "held out 34",
        include_str!("fixtures/ar/news-heldout34.txt"),
        include_str!("fixtures/ar/news-heldout34.gold"),
        54,
        44,
    ),
    // Written blind at the start of the sixth session. Libya (35) and Jordan's refugees (37)
    // are held out: 50 of 63 and 39 of 55 at the session's start and at its end; Libya's
    // councils, oil fields and armed bodies, and the Jordanian camps and people with a definite
    // family name, are their misses. Saudi sport (36), 50 of 64 at first, gave the clubs named
    // with their country, the masculine nisba after a club and the title before a federation's
    // head ("رئيس الاتحاد السعودي لكرة القدم ياسر المسحل"): 56.
    (
        "held out 35",
        include_str!("fixtures/ar/news-heldout35.txt"),
        include_str!("fixtures/ar/news-heldout35.gold"),
        63,
        46,
    ),
    (
        "held out 36",
        include_str!("fixtures/ar/news-heldout36.txt"),
        include_str!("fixtures/ar/news-heldout36.gold"),
        64,
        52,
    ),
    (
        "held out 37",
        include_str!("fixtures/ar/news-heldout37.txt"),
        include_str!("fixtures/ar/news-heldout37.gold"),
        55,
        36,
    ),
    // Written blind at the start of the seventh session. Algeria's gas (38) is held out: 58 of
    // 69 at the start. The Nile dam (39) went from 40 of 52 to 47 (a place cut short takes the
    // rest of its listed name, "أديس" + "أبابا"; dams; a minister's two portfolios before the
    // name, "وزير المياه والطاقة الإثيوبي هبتامو"), the Africa Cup (40) from 60 of 68 to 67 (the
    // preposition "على" read as Ali, a possessed noun after و, "باب تياو" no verb).
    (
        "held out 38",
        include_str!("fixtures/ar/news-heldout38.txt"),
        include_str!("fixtures/ar/news-heldout38.gold"),
        69,
        53,
    ),
    (
        "held out 39",
        include_str!("fixtures/ar/news-heldout39.txt"),
        include_str!("fixtures/ar/news-heldout39.gold"),
        52,
        43,
    ),
    (
        "held out 40",
        include_str!("fixtures/ar/news-heldout40.txt"),
        include_str!("fixtures/ar/news-heldout40.gold"),
        68,
        62,
    ),
    // Written blind later in the seventh session. Tunisia (41) is held out: 33 of 43. The Dubai
    // Airshow (42) went from 46 of 59 to 56 with aircraft models ("طائرات A350", "737 ماكس")
    // and the curated Saudia, FAA and Vision 2030.
    (
        "held out 41",
        include_str!("fixtures/ar/news-heldout41.txt"),
        include_str!("fixtures/ar/news-heldout41.gold"),
        43,
        29,
    ),
    (
        "held out 42",
        include_str!("fixtures/ar/news-heldout42.txt"),
        include_str!("fixtures/ar/news-heldout42.gold"),
        59,
        51,
    ),
    // Syria's returning refugees (43), written blind at the end of the seventh session and held
    // out: 41 of 53 on the session's starting code and on its last.
    (
        "held out 43",
        include_str!("fixtures/ar/news-heldout43.txt"),
        include_str!("fixtures/ar/news-heldout43.gold"),
        53,
        37,
    ),
    // Kuwait and Oman (45), written blind at the very end of the seventh session and held
    // out: 35 of 50 on the session's starting code, 36 on its last.
    (
        "held out 45",
        include_str!("fixtures/ar/news-heldout45.txt"),
        include_str!("fixtures/ar/news-heldout45.gold"),
        50,
        32,
    ),
    // Morocco's economy (44), written blind at the end of the seventh session and first scored
    // in the eighth: 42 of 55, before and after the seventh session's rules; 43 with the
    // eighth's currency rule ("درهم" after an amount).
    (
        "held out 44",
        include_str!("fixtures/ar/news-heldout44.txt"),
        include_str!("fixtures/ar/news-heldout44.gold"),
        55,
        38,
    ),
    // Written blind in the eighth session (1 Dec) on news full of office holders, scored before
    // any change: Gulf summit (46) 67 of 74, Lebanon (47) 49 of 61, Iran's nuclear talks (48)
    // 48 of 56, Algeria and Italy (49) 48 of 60, the G20 (50) 59 of 65. A curated list of
    // people written before they were read moved them by 2; the rules drawn from their errors
    // (a title ends the name before it, two-word countries, a place run over و into the next,
    // halves of one name joined, datelines the tagger left untagged, a family name after a
    // verb of speech) took them to 69, 50, 51, 53 and 63.
    (
        "held out 46",
        include_str!("fixtures/ar/news-heldout46.txt"),
        include_str!("fixtures/ar/news-heldout46.gold"),
        74,
        65,
    ),
    (
        "held out 47",
        include_str!("fixtures/ar/news-heldout47.txt"),
        include_str!("fixtures/ar/news-heldout47.gold"),
        61,
        46,
    ),
    (
        "held out 48",
        include_str!("fixtures/ar/news-heldout48.txt"),
        include_str!("fixtures/ar/news-heldout48.gold"),
        56,
        47,
    ),
    (
        "held out 49",
        include_str!("fixtures/ar/news-heldout49.txt"),
        include_str!("fixtures/ar/news-heldout49.gold"),
        60,
        49,
    ),
    (
        "held out 50",
        include_str!("fixtures/ar/news-heldout50.txt"),
        include_str!("fixtures/ar/news-heldout50.gold"),
        65,
        59,
    ),
    // Written blind at the end of the eighth session and held out, to measure its final code
    // against its starting code: Egypt's economy (51) 45 of 60 → 47, Iraq after the elections
    // (52) 48 of 56 → 48, Sudan's humanitarian crisis (53) 38 of 46 → 38, the Saudi league (54)
    // 51 of 67 → 52, the West Bank (55) 50 of 63 → 50.
    (
        "held out 51",
        include_str!("fixtures/ar/news-heldout51.txt"),
        include_str!("fixtures/ar/news-heldout51.gold"),
        60,
        43,
    ),
    (
        "held out 52",
        include_str!("fixtures/ar/news-heldout52.txt"),
        include_str!("fixtures/ar/news-heldout52.gold"),
        56,
        44,
    ),
    (
        "held out 53",
        include_str!("fixtures/ar/news-heldout53.txt"),
        include_str!("fixtures/ar/news-heldout53.gold"),
        46,
        34,
    ),
    (
        "held out 54",
        include_str!("fixtures/ar/news-heldout54.txt"),
        include_str!("fixtures/ar/news-heldout54.gold"),
        67,
        48,
    ),
    (
        "held out 55",
        include_str!("fixtures/ar/news-heldout55.txt"),
        include_str!("fixtures/ar/news-heldout55.gold"),
        63,
        46,
    ),
    // Written blind in the ninth session, scored before any change, then rules and lists drawn
    // from their errors: the Red Sea (56) 47 of 59 -> 57, Iraq's blocs (57) 39 of 52 -> 51, the
    // Arabic Booker (58) 45 of 64 -> 60, AI data centres (59) 52 of 69 -> 63, migration (60) 47 of
    // 61 -> 56.
    (
        "held out 56",
        include_str!("fixtures/ar/news-heldout56.txt"),
        include_str!("fixtures/ar/news-heldout56.gold"),
        59,
        53,
    ),
    (
        "held out 57",
        include_str!("fixtures/ar/news-heldout57.txt"),
        include_str!("fixtures/ar/news-heldout57.gold"),
        55,
        47,
    ),
    (
        "held out 58",
        include_str!("fixtures/ar/news-heldout58.txt"),
        include_str!("fixtures/ar/news-heldout58.gold"),
        64,
        56,
    ),
    (
        "held out 59",
        include_str!("fixtures/ar/news-heldout59.txt"),
        include_str!("fixtures/ar/news-heldout59.gold"),
        69,
        59,
    ),
    (
        "held out 60",
        include_str!("fixtures/ar/news-heldout60.txt"),
        include_str!("fixtures/ar/news-heldout60.gold"),
        61,
        52,
    ),
    // Written blind in the ninth session after those rules and held out, to measure them against
    // the session's starting code: Syria's reconstruction (61) 50 of 61 -> 51, the Grand Egyptian
    // Museum (62) 36 of 54 -> 36, the Arab Cup (63) 48 of 57 -> 48, south Lebanon (64) 46 of 57 ->
    // 48, Western Sahara (65) 49 of 58 -> 49. In the tenth session their errors became the
    // dev round (museums, "استاد" + ordinary words, chambers of commerce, three joined
    // portfolios, "الحاج" and "سيدي" inside names, a definite family name in ة, a mention run
    // over و after a listed place, "منتخب" + a country, towns of Qatar, Egypt and Lebanon): 59,
    // 48, 55, 54, 54 (270 of 287, 7 wrong).
    (
        "held out 61",
        include_str!("fixtures/ar/news-heldout61.txt"),
        include_str!("fixtures/ar/news-heldout61.gold"),
        61,
        55,
    ),
    (
        "held out 62",
        include_str!("fixtures/ar/news-heldout62.txt"),
        include_str!("fixtures/ar/news-heldout62.gold"),
        54,
        44,
    ),
    (
        "held out 63",
        include_str!("fixtures/ar/news-heldout63.txt"),
        include_str!("fixtures/ar/news-heldout63.gold"),
        57,
        51,
    ),
    (
        "held out 64",
        include_str!("fixtures/ar/news-heldout64.txt"),
        include_str!("fixtures/ar/news-heldout64.gold"),
        57,
        50,
    ),
    (
        "held out 65",
        include_str!("fixtures/ar/news-heldout65.txt"),
        include_str!("fixtures/ar/news-heldout65.gold"),
        58,
        50,
    ),
    // Written blind at the start of the tenth session, their topics fixed before that session's
    // rules and their errors never read (held out): Tunisia's economy (66) 37 of 48, Sudan's
    // humanitarian access (67) 51 of 65, Iraq's water crisis (68) 47 of 62, the Gulf Cup (69)
    // 54 of 64, a Saudi-Egyptian visit (70) 76 of 81; the same at the session's start and its
    // end (265 of 320, 23 wrong). The articles and their quotes were written for the tests.
    // The eleventh session drew rules from their errors (dev): 46, 61, 58, 62 and 79 right
    // (306 of 320, 6 wrong).
    (
        "held out 66",
        include_str!("fixtures/ar/news-heldout66.txt"),
        include_str!("fixtures/ar/news-heldout66.gold"),
        48,
        43,
    ),
    (
        "held out 67",
        include_str!("fixtures/ar/news-heldout67.txt"),
        include_str!("fixtures/ar/news-heldout67.gold"),
        65,
        56,
    ),
    (
        "held out 68",
        include_str!("fixtures/ar/news-heldout68.txt"),
        include_str!("fixtures/ar/news-heldout68.gold"),
        62,
        54,
    ),
    (
        "held out 69",
        include_str!("fixtures/ar/news-heldout69.txt"),
        include_str!("fixtures/ar/news-heldout69.gold"),
        64,
        58,
    ),
    (
        "held out 70",
        include_str!("fixtures/ar/news-heldout70.txt"),
        include_str!("fixtures/ar/news-heldout70.gold"),
        81,
        75,
    ),
    // Written blind at the start of the eleventh session, their topics fixed before its rules
    // and their errors never read (held out): Lebanon's election campaign (71) 46 of 61,
    // Morocco's Africa Cup (72) 63 of 76, Libyan oil (73) 49 of 63, Syrian refugees' return (74)
    // 52 of 71, a Qatari LNG deal (75) 53 of 69 (263 of 340, 31 wrong); at the session's end
    // the same but 54 of 69 for 75 (264, 30).
    // 32's and 57's gold left out the Coordination Framework's and the Sadrists' short names
    // ("الإطار", "التيار") where the guidelines count every mention; 81's, written blind, lists
    // them, and both were aligned to it in the twelfth session.
    // 72's gold named three stadiums with their head ("ملعب محمد الخامس"); the project leaves
    // the head outside, as ANERcorp and the other fixtures do (src/stadiums.rs), and the gold
    // was aligned to that in the twelfth session, once 71-75 were no longer held out.
    (
        "held out 71",
        include_str!("fixtures/ar/news-heldout71.txt"),
        include_str!("fixtures/ar/news-heldout71.gold"),
        61,
        43,
    ),
    (
        "held out 72",
        include_str!("fixtures/ar/news-heldout72.txt"),
        include_str!("fixtures/ar/news-heldout72.gold"),
        76,
        59,
    ),
    (
        "held out 73",
        include_str!("fixtures/ar/news-heldout73.txt"),
        include_str!("fixtures/ar/news-heldout73.gold"),
        63,
        46,
    ),
    (
        "held out 74",
        include_str!("fixtures/ar/news-heldout74.txt"),
        include_str!("fixtures/ar/news-heldout74.gold"),
        71,
        49,
    ),
    (
        "held out 75",
        include_str!("fixtures/ar/news-heldout75.txt"),
        include_str!("fixtures/ar/news-heldout75.gold"),
        69,
        50,
    ),
    // Written blind at the start of the twelfth session, their topics fixed before its rules
    // and their errors never read (held out): Algerian gas exports (76) 63 of 76, Yemen and
    // Red Sea shipping (77) 53 of 64, an Arabic fiction prize (78) 58 of 62, UAE artificial
    // intelligence (79) 71 of 78, Egypt's economy (80) 47 of 54 (292 of 334, 30 wrong); the
    // same at that session's end. Rules were drawn from them in the thirteenth: 324 of 334.
    (
        "held out 76",
        include_str!("fixtures/ar/news-heldout76.txt"),
        include_str!("fixtures/ar/news-heldout76.gold"),
        76,
        70,
    ),
    (
        "held out 77",
        include_str!("fixtures/ar/news-heldout77.txt"),
        include_str!("fixtures/ar/news-heldout77.gold"),
        64,
        60,
    ),
    (
        "held out 78",
        include_str!("fixtures/ar/news-heldout78.txt"),
        include_str!("fixtures/ar/news-heldout78.gold"),
        62,
        57,
    ),
    (
        "held out 79",
        include_str!("fixtures/ar/news-heldout79.txt"),
        include_str!("fixtures/ar/news-heldout79.gold"),
        78,
        69,
    ),
    (
        "held out 80",
        include_str!("fixtures/ar/news-heldout80.txt"),
        include_str!("fixtures/ar/news-heldout80.gold"),
        54,
        51,
    ),
    // Written blind in the middle of the twelfth session, scored once before their errors
    // were read (Iraq's government talks (81) 50 of 58, Saudi tourism (82) 47 of 65, the West
    // Bank (83) 65 of 77, a Saudi league match (84) 47 of 70, cholera (85) 53 of 64: 262 of 334,
    // 31 wrong), then used to draw rules: 301 of 334, 19 wrong at the session's end.
    (
        "held out 81",
        include_str!("fixtures/ar/news-heldout81.txt"),
        include_str!("fixtures/ar/news-heldout81.gold"),
        58,
        51,
    ),
    (
        "held out 82",
        include_str!("fixtures/ar/news-heldout82.txt"),
        include_str!("fixtures/ar/news-heldout82.gold"),
        65,
        54,
    ),
    (
        "held out 83",
        include_str!("fixtures/ar/news-heldout83.txt"),
        include_str!("fixtures/ar/news-heldout83.gold"),
        77,
        69,
    ),
    (
        "held out 84",
        include_str!("fixtures/ar/news-heldout84.txt"),
        include_str!("fixtures/ar/news-heldout84.gold"),
        70,
        56,
    ),
    (
        "held out 85",
        include_str!("fixtures/ar/news-heldout85.txt"),
        include_str!("fixtures/ar/news-heldout85.gold"),
        64,
        56,
    ),
    // Written blind at the start of the thirteenth session and held out (errors never read):
    // Istanbul's mayor on trial (86) 35 of 43, Iran's nuclear talks (87) 73 of 75, the Sahel
    // (88) 53 of 67, an OPEC+ meeting (89) 48 of 61, a Premier League match (90) 55 of 69 (264
    // of 315, 33 wrong); the same at the session's end. 90's gold left the head "ملعب" in two
    // stadiums' names; it was taken out before the first score, as the project writes them.
    (
        "held out 86",
        include_str!("fixtures/ar/news-heldout86.txt"),
        include_str!("fixtures/ar/news-heldout86.gold"),
        43,
        31,
    ),
    (
        "held out 87",
        include_str!("fixtures/ar/news-heldout87.txt"),
        include_str!("fixtures/ar/news-heldout87.gold"),
        75,
        68,
    ),
    (
        "held out 88",
        include_str!("fixtures/ar/news-heldout88.txt"),
        include_str!("fixtures/ar/news-heldout88.gold"),
        67,
        48,
    ),
    (
        "held out 89",
        include_str!("fixtures/ar/news-heldout89.txt"),
        include_str!("fixtures/ar/news-heldout89.gold"),
        61,
        43,
    ),
    (
        "held out 90",
        include_str!("fixtures/ar/news-heldout90.txt"),
        include_str!("fixtures/ar/news-heldout90.gold"),
        69,
        50,
    ),
    // Written blind at the start of the fourteenth session and held out (errors never read):
    // Lebanon's government and reconstruction (91) 64 of 70, Egypt's economy and the Suez Canal (92)
    // 49 of 58, Morocco's football preparations (93) 70 of 76, Saudi AI investment (94) 55 of 66,
    // Iraq's 2025 election (95) 55 of 60 (293 of 330, 19 wrong). 93's gold kept the head "ملعب" in
    // four stadiums' names; it was taken out before the first score, as the project writes them.
    (
        "held out 91",
        include_str!("fixtures/ar/news-heldout91.txt"),
        include_str!("fixtures/ar/news-heldout91.gold"),
        70,
        59,
    ),
    (
        "held out 92",
        include_str!("fixtures/ar/news-heldout92.txt"),
        include_str!("fixtures/ar/news-heldout92.gold"),
        58,
        44,
    ),
    (
        "held out 93",
        include_str!("fixtures/ar/news-heldout93.txt"),
        include_str!("fixtures/ar/news-heldout93.gold"),
        76,
        65,
    ),
    (
        "held out 94",
        include_str!("fixtures/ar/news-heldout94.txt"),
        include_str!("fixtures/ar/news-heldout94.gold"),
        66,
        50,
    ),
    (
        "held out 95",
        include_str!("fixtures/ar/news-heldout95.txt"),
        include_str!("fixtures/ar/news-heldout95.gold"),
        60,
        50,
    ),
];

#[test]
fn the_later_articles_keep_their_scores() {
    // Rules were drawn from most of these articles' errors; 35, 37, 38, 41, 43, 45, 51-55 and 86-95
    // are held out.
    for (name, text, gold_file, gold_count, least) in LATER {
        let (gold, found, right) = score(name, text, gold_file);
        assert_eq!(gold, gold_count, "{name}");
        assert!(right >= least, "{name}: only {right} of {gold} right ({found} found)");
    }
}
