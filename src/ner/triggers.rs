//! Trigger words: titles and roles before people, head nouns of organisations and places,
//! and reporting verbs. They feed the tagger's features and the span rules.

use std::sync::OnceLock;

use crate::hash::{Fnv, HashKeyMap};
use crate::text::normalize::fold;

/// Classes of trigger words, as bits.
pub const TITLE: u8 = 1;
pub const ORG_HEAD: u8 = 2;
pub const LOC_HEAD: u8 = 4;
pub const SPEECH: u8 = 8;
/// Words that introduce an organisation but are not part of its name ("تنظيم", "وكالة").
pub const DESCRIPTOR: u8 = 16;

const EN_TITLES: &[&str] = &[
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dr",
    "dr.",
    "prof",
    "prof.",
    "president",
    "minister",
    "premier",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "senator",
    "sen.",
    "gen.",
    "general",
    "king",
    "queen",
    "prince",
    "princess",
    "sheikh",
    "chairman",
    "chairwoman",
    "chief",
    "coach",
    "judge",
    "governor",
    "gov.",
    "rep.",
    "leader",
    "pope",
    "ambassador",
    "director",
    "manager",
    "striker",
    "midfielder",
    "defender",
    "captain",
    "capt.",
    "col.",
    "colonel",
    "lt.",
    "sgt.",
    "maj.",
    "rev.",
    "sir",
    "lord",
    "lady",
    "mayor",
    "envoy",
    "commander",
    "prosecutor",
    "lawyer",
    "analyst",
    "economist",
    "officer",
    "deputy",
    "vice",
    "former",
    "chancellor",
    "dictator",
    "rebel",
    "cardinal",
    "archbishop",
    "bishop",
    "st.",
    "saint",
    "jr.",
    "jr",
];
const EN_ORG_HEADS: &[&str] = &[
    "ministry",
    "party",
    "agency",
    "bank",
    "company",
    "corp",
    "corp.",
    "inc",
    "inc.",
    "ltd",
    "ltd.",
    "plc",
    "co",
    "co.",
    "union",
    "council",
    "university",
    "committee",
    "group",
    "association",
    "club",
    "federation",
    "news",
    "times",
    "post",
    "institute",
    "organisation",
    "organization",
    "commission",
    "department",
    "court",
    "army",
    "front",
    "movement",
    "parliament",
    "assembly",
    "airlines",
    "airways",
    "motors",
    "holdings",
    "fund",
    "board",
    "office",
    "foundation",
    "press",
    "television",
    "radio",
    "network",
    "exchange",
    "authority",
    "brigade",
    "league",
];
const EN_LOC_HEADS: &[&str] = &[
    "city",
    "province",
    "river",
    "mount",
    "mountains",
    "state",
    "county",
    "island",
    "islands",
    "capital",
    "republic",
    "region",
    "district",
    "village",
    "town",
    "lake",
    "sea",
    "ocean",
    "valley",
    "bay",
    "gulf",
    "street",
    "airport",
    "port",
    "border",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "near",
    "in",
    "at",
    "from",
    "to",
];
const EN_SPEECH: &[&str] = &["said", "says", "told", "added", "according", "stated", "announced", "quoted", "wrote"];
const EN_DESCRIPTORS: &[&str] = &["party"];

const AR_TITLES: &[&str] = &[
    "الرئيس",
    "رئيس",
    "وزير",
    "الوزير",
    "الناطق",
    "ناطق",
    "المتحدث",
    "متحدث",
    "الشيخ",
    "الملك",
    "الامير",
    "السيد",
    "الدكتور",
    "د",
    "العقيد",
    "اللواء",
    "الجنرال",
    "السفير",
    "النائب",
    "زعيم",
    "قائد",
    "الامين",
    "مستشار",
    "المستشار",
    "المدرب",
    "اللاعب",
    "الفنان",
    "الكاتب",
    "الشاعر",
    "الاستاذ",
    "المهندس",
    "العميد",
    "الفريق",
    "الرائد",
    "القاضي",
    "المحامي",
    "الحاج",
    "الامام",
    "البابا",
    "الاب",
    "المطرب",
    "الممثل",
    "المخرج",
    "السيده",
    "الملكه",
    "الاميره",
    "مساعد",
    "نائب",
    "المبعوث",
    "مبعوث",
    "المدير",
    "مدير",
    "المرشح",
    "الزعيم",
    "القائد",
    "المفوض",
    "الجنرال",
];
const AR_ORG_HEADS: &[&str] = &[
    "وكاله",
    "حزب",
    "تنظيم",
    "وزاره",
    "شركه",
    "جماعه",
    "حركه",
    "منظمه",
    "مجلس",
    "جامعه",
    "اتحاد",
    "بنك",
    "صحيفه",
    "هيئه",
    "جبهه",
    "لجنه",
    "مؤسسه",
    "موسسه",
    "نادي",
    "فريق",
    "مصرف",
    "جمعيه",
    "محكمه",
    "قناه",
    "اذاعه",
    "مركز",
    "معهد",
    "برلمان",
    "مكتب",
    "صندوق",
    "جيش",
    "قوات",
    "ميليشيا",
    "كتائب",
    "سرايا",
    "ائتلاف",
    "تحالف",
    "مجموعه",
];
const AR_LOC_HEADS: &[&str] = &[
    "مدينه",
    "محافظه",
    "ولايه",
    "جزيره",
    "نهر",
    "جبل",
    "عاصمه",
    "بلده",
    "منطقه",
    "قريه",
    "اقليم",
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "شمالي",
    "جنوبي",
    "شرقي",
    "غربي",
    "مخيم",
    "حي",
    "دوله",
    "بلاد",
    "في",
    "الي",
    "من",
    "مطار",
];
const AR_SPEECH: &[&str] = &[
    "قال",
    "قالت",
    "اضاف",
    "اضافت",
    "اوضح",
    "اكد",
    "اكدت",
    "اشار",
    "صرح",
    "ذكر",
    "تابع",
    "وفق",
    "بحسب",
    "اعلن",
    "اعلنت",
    "اعتبر",
    "نقل",
    "اعرب",
];
const AR_DESCRIPTORS: &[&str] = &["تنظيم", "وكاله", "جماعه", "ميليشيا", "صحيفه", "قناه"];

fn table() -> &'static HashKeyMap<u8> {
    static TABLE: OnceLock<HashKeyMap<u8>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = HashKeyMap::<u8>::default();
        let lists: [(&[&str], u8); 10] = [
            (EN_TITLES, TITLE),
            (EN_ORG_HEADS, ORG_HEAD),
            (EN_LOC_HEADS, LOC_HEAD),
            (EN_SPEECH, SPEECH),
            (EN_DESCRIPTORS, DESCRIPTOR),
            (AR_TITLES, TITLE),
            (AR_ORG_HEADS, ORG_HEAD),
            (AR_LOC_HEADS, LOC_HEAD),
            (AR_SPEECH, SPEECH),
            (AR_DESCRIPTORS, DESCRIPTOR),
        ];
        for (words, class) in lists {
            for word in words {
                let folded = fold(word);
                *map.entry(Fnv::new().str(&folded).value()).or_default() |= class;
                // Arabic heads and titles also come with the article: حزب / الحزب, وزير / الوزير.
                if folded.starts_with(|c: char| ('\u{0621}'..='\u{064A}').contains(&c)) && !folded.starts_with("ال") {
                    let with_article = Fnv::new().str("ال").str(&folded).value();
                    *map.entry(with_article).or_default() |= class;
                }
            }
        }
        map
    })
}

/// The trigger classes of a folded word (0 when it is none).
pub fn classes(folded: &str) -> u8 {
    classes_of_hash(Fnv::new().str(folded).value())
}

/// The trigger classes of a word given as its phrase hash (`Fnv::new().str(folded)`).
pub fn classes_of_hash(hash: u64) -> u8 {
    table().get(&hash).copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_titles_heads_and_descriptors_in_both_scripts() {
        assert_eq!(classes("mr") & TITLE, TITLE);
        assert_eq!(classes(&fold("الرئيس")) & TITLE, TITLE);
        assert_eq!(classes(&fold("الوزير")) & TITLE, TITLE);
        assert_eq!(classes(&fold("وكالة")) & (ORG_HEAD | DESCRIPTOR), ORG_HEAD | DESCRIPTOR);
        assert_eq!(classes(&fold("الحزب")) & ORG_HEAD, ORG_HEAD);
        assert_eq!(classes(&fold("حزب")) & DESCRIPTOR, 0, "حزب is part of names (حزب الله)");
        assert_eq!(classes("obama"), 0);
    }
}
