//! Arabic reporting verbs and attribution words, in folded form
//! ([`crate::text::normalize::fold`]: أ إ آ → ا, ة → ه, ى → ي, ئ ؤ → ي و).

use super::{Cue, CueKind, Gender};

/// Past-tense reporting verbs (masculine). The feminine adds ت: قالت، أضافت.
const PAST_VERBS: &[&str] = &[
    "قال",
    "اضاف",
    "اوضح",
    "اكد",
    "اشار",
    "صرح",
    "ذكر",
    "تابع",
    "اعتبر",
    "لفت",
    "شدد",
    "اعلن",
    "كتب",
    "غرد",
    "افاد",
    "اردف",
    "راي",
    "زعم",
    "استطرد",
    "نوه",
    "حذر",
    "ختم",
    "علق",
    "رد",
    "اجاب",
    "كشف",
    "ابلغ",
    "اعرب",
    "اقر",
    "اعترف",
    "استدرك",
];

/// Present-tense forms: masculine (ي) and feminine (ت).
const PRESENT_MALE: &[&str] = &["يقول", "يضيف", "يوضح", "يوكد", "يشير", "يري", "يكتب", "يتابع", "يعتبر", "يلفت"];
const PRESENT_FEMALE: &[&str] = &["تقول", "تضيف", "توضح", "توكد", "تشير", "تري", "تكتب", "تتابع", "تعتبر", "تلفت"];

/// Participles ("saying", "adding") that hang a quote on the clause's subject.
const PARTICIPLES_MALE: &[&str] = &["قايلا", "مضيفا", "موضحا", "موكدا", "مشيرا", "لافتا", "معتبرا", "مشددا", "متابعا"];
const PARTICIPLES_FEMALE: &[&str] = &["قايله", "مضيفه", "موضحه", "موكده", "مشيره", "لافته", "معتبره", "مشدده", "متابعه"];

/// "According to": the speaker follows.
const ACCORDING: &[&str] = &["بحسب", "حسب", "وفق", "وفقا", "طبقا", "حسبما", "بحسبما", "وفقما"];

/// Verbs of relaying (نقل … عن X): the speaker follows عن.
const RELAY: &[&str] = &["نقل", "نقلت", "تنقل", "ينقل"];

fn lookup(word: &str) -> Option<Cue> {
    let cue = |kind, gender| Some(Cue { kind, gender, tokens: 1 });
    if PAST_VERBS.contains(&word) {
        return cue(CueKind::Verb, Some(Gender::Male));
    }
    if let Some(stem) = word.strip_suffix('ت') {
        if PAST_VERBS.contains(&stem) {
            return cue(CueKind::Verb, Some(Gender::Female));
        }
    }
    if PRESENT_MALE.contains(&word) {
        return cue(CueKind::Verb, Some(Gender::Male));
    }
    if PRESENT_FEMALE.contains(&word) {
        return cue(CueKind::Verb, Some(Gender::Female));
    }
    if PARTICIPLES_MALE.contains(&word) {
        return cue(CueKind::Participle, Some(Gender::Male));
    }
    if PARTICIPLES_FEMALE.contains(&word) {
        return cue(CueKind::Participle, Some(Gender::Female));
    }
    if ACCORDING.contains(&word) {
        return cue(CueKind::According, None);
    }
    if RELAY.contains(&word) {
        return cue(CueKind::Relay, None);
    }
    if word == "جاء" || word == "جاءت" {
        return cue(CueKind::Came, None);
    }
    None
}

/// The cue at a folded word, with a leading و or ف (وأضاف، فقال) or كما before it allowed.
/// The bare word is tried first so that a verb starting with those letters (وصف) stays whole.
pub fn cue(word: &str) -> Option<Cue> {
    lookup(word).or_else(|| word.strip_prefix(['و', 'ف']).and_then(lookup))
}

const ENDS_SUBJECT: &[&str] = &[
    "ان",
    "بان",
    "انه",
    "انها",
    "بانه",
    "بانها",
    "في",
    "علي",
    "خلال",
    "عن",
    "مع",
    "الي",
    "امام",
    "قبل",
    "بعد",
    "حيث",
    "الذي",
    "التي",
    "قوله",
    "قولها",
    "اليوم",
    "امس",
    "ايضا",
    "كذلك",
    "اثناء",
    "عبر",
    "لدي",
    "عقب",
    "منذ",
    "لوكاله",
    "لصحيفه",
    "لقناه",
    "وان",
    "ما",
    "من",
    "بين",
    "عندما",
    "قايلا",
    "مضيفا",
    "انهم",
    "ب",
    "ل",
];

/// Words that end the subject noun phrase after a verb: complementisers, prepositions,
/// relative pronouns and "his saying".
pub fn ends_subject(word: &str) -> bool {
    ENDS_SUBJECT.contains(&word)
}

/// Adverbs allowed between a verb and its subject (قال أمس الوزير).
pub fn is_verb_filler(word: &str) -> bool {
    matches!(word, "اليوم" | "امس" | "ايضا" | "كذلك" | "بدوره" | "بدورها" | "لاحقا")
}

/// Nouns for a statement; its voice is whoever issued it.
pub fn is_statement(word: &str) -> bool {
    matches!(word, "بيان" | "البيان" | "بيانا" | "بلاغ" | "البلاغ" | "تصريح" | "التصريح" | "رساله" | "الرساله")
}

const ROLES: &[&str] = &[
    "رييس",
    "وزير",
    "وزيره",
    "متحدث",
    "متحدثه",
    "ناطق",
    "ناطقه",
    "سفير",
    "مدير",
    "امين",
    "قايد",
    "نايب",
    "مستشار",
    "زعيم",
    "ملك",
    "امير",
    "شيخ",
    "مسوول",
    "مسووله",
    "محافظ",
    "عضو",
    "مبعوث",
    "نايبه",
];

/// Heads of a phrase naming an unnamed source ("مسؤول مصري", "مصادر مطلعة"), folded,
/// without ال.
pub fn is_anonymous_source(head: &str) -> bool {
    matches!(head, "مسوول" | "مسوولون" | "مسوولين" | "مصدر" | "مصادر" | "دبلوماسي" | "دبلوماسيون" | "دبلوماسيين")
}

/// Adjectives that describe an unnamed source ("مسؤول رفيع", "مصادر مطلعة"), folded.
pub fn is_source_adjective(word: &str) -> bool {
    let word = word.strip_prefix("ال").unwrap_or(word);
    let nisba = word.chars().count() >= 4 && (word.ends_with('ي') || word.ends_with("يه") || word.ends_with("يون"));
    nisba
        || matches!(
            word,
            "رفيع"
                | "رفيعه"
                | "كبير"
                | "كبار"
                | "بارز"
                | "سابق"
                | "مطلع"
                | "مطلعه"
                | "مطلعون"
                | "امني"
                | "عسكري"
                | "حكومي"
        )
}

/// Role nouns that stand for a person named elsewhere (الوزير، المتحدث), without ال.
pub fn is_role(word: &str) -> bool {
    ROLES.contains(&word.strip_prefix("ال").unwrap_or(word))
}

/// Pronouns standing for a male or female person.
pub fn person_pronoun(word: &str) -> Option<Gender> {
    match word {
        "هو" => Some(Gender::Male),
        "هي" => Some(Gender::Female),
        _ => None,
    }
}
