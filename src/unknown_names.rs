//! Whether an Arabic word looks like an unseen name: Arabic has no capitals, but a foreign or
//! rare name ("سموتريتش", "مانشستر") is in no dictionary, while an unseen ordinary word usually
//! is, after its clitics and endings are taken off. Rules that run after the tagger use this
//! to find names the 2006-trained model never saw.

use crate::document::Document;
use crate::hash::Fnv;
use crate::lang::{is_arabic_letter, Lang};
use crate::ner::lexicon::{lookup_form, Lexicon};
use crate::text::normalize::{fold, is_arabic_mark};

/// The Arabic model's lexicon, when the document has Arabic paragraphs and the model a lexicon.
pub fn arabic_lexicon(doc: &Document) -> Option<&'static Lexicon> {
    let lexicon = &doc.model(Lang::Ar)?.gazetteer.lexicon;
    (!lexicon.is_empty()).then_some(lexicon)
}

/// The Arabic model's lexicon whatever the document, for helpers that only see words.
pub fn lexicon_of_model() -> Option<&'static Lexicon> {
    let lexicon = &crate::ner::model_for(Lang::Ar)?.gazetteer.lexicon;
    (!lexicon.is_empty()).then_some(lexicon)
}

/// Arabic letters, with any marks on them.
pub fn is_arabic(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| is_arabic_letter(c) || is_arabic_mark(c))
}

/// The lexicon's ordinary-word test (common words and verbs), on a lookup form.
fn known(lexicon: &Lexicon, form: &str) -> bool {
    let ordinary = lexicon.common_bit() | lexicon.verb_bit();
    form.chars().count() >= 2 && lexicon.classes_of(Fnv::new().str(form).value()) & ordinary != 0
}

/// The accusative alif and plural or dual endings ("اجتماعا", "إيضاحات" → "إيضاح", "هدفين").
pub(crate) const ENDINGS: [&str; 5] = ["ا", "ات", "ون", "ين", "ان"];

/// Whether the Arabic name lists (the model's gazetteer) list `word`, folded, in one of
/// `classes` ("loc", "org", "first", …), or in any class when `classes` is empty.
pub fn listed(doc: &Document, word: &str, classes: &[&str]) -> bool {
    doc.model(Lang::Ar).is_some_and(|m| listed_in(&m.gazetteer, word, classes))
}

fn listed_in(g: &crate::ner::gazetteer::Gazetteer, word: &str, classes: &[&str]) -> bool {
    let found = g.classes_of(Fnv::new().str(&fold(word)));
    match classes {
        [] => found != 0,
        _ => classes.iter().any(|c| found & g.class_bit(c) != 0),
    }
}

/// Whether a folded Arabic word has the article, also after a clitic ("الري", "والري",
/// "للصندوق"): a definite word, which starts no unseen name.
pub fn has_article(folded: &str) -> bool {
    ["ال", "لل", "وال", "فال", "بال", "كال"].iter().any(|p| folded.starts_with(p))
}

/// An Arabic word of three letters or more, without the article, that the lexicon does not know
/// as an ordinary word or a verb (a proper noun it lists is fine).
pub fn is_unknown_name(lexicon: &Lexicon, word: &str) -> bool {
    if !is_arabic(word) {
        return false;
    }
    let folded = fold(word);
    // The article, also after clitics ("للصندوق", "وبالشركات"): a definite word is no unseen
    // name. After و or ف only when the rest is a known word ("والتر", "فالنسيا" are names).
    let definite_after_clitic = [1, 2].iter().any(|&n| {
        let rest: String = folded.chars().skip(n).collect();
        let clitics: String = folded.chars().take(n).collect();
        let clitics_ok = clitics.chars().all(|c| "وفبك".contains(c));
        clitics_ok && rest.strip_prefix("ال").is_some_and(|stem| stem.chars().count() >= 3 && known(lexicon, stem))
    });
    // "أل" with a hamza is no article: "ألستوم", "ألفابت" are names. The lexicon stores such
    // words as it reads them (without "ال"), so they are looked up so; short ones ("ألف",
    // "ألا", "ألم") are ordinary words.
    let hamza = word.starts_with("أل");
    let article = folded.starts_with("ال") && !hamza;
    if article || folded.starts_with("لل") || definite_after_clitic || folded.chars().count() < 3 + usize::from(hamza)
    {
        return false;
    }
    // As the tagger's lexicon features read it: the word, or without one clitic or future letter
    // ("وسعادة", "ليقرر", "سيزور"), or without an ending, or both ("بهدفين", with two goals).
    // A stem of two letters after clitic and article is no reading: "كالاس" is a name, not
    // ك + ال + "اس".
    let stem = lookup_form(Lang::Ar, word);
    let stem = if stem.chars().count() < 3 && !hamza { folded.clone() } else { stem };
    let without_ending =
        |w: &str| ENDINGS[..4].iter().filter_map(|e| w.strip_suffix(e)).any(|base| known(lexicon, base));
    let without_first = stem.strip_prefix(['و', 'ف', 'ب', 'ل', 'ك', 'س']).filter(|_| !hamza);
    let known_without_first =
        without_first.is_some_and(|w| known(lexicon, w) || w.chars().count() >= 4 && without_ending(w));
    !(known(lexicon, &stem) || known_without_first || without_ending(&stem))
}

/// Whether `word` is the feminine of an ordinary word ("مفتوحة", open; "ناشئة"): the
/// lexicons list adjectives in the masculine. A word the name lists know ("نادية") is a name.
pub fn is_feminine_ordinary(lexicon: &Lexicon, word: &str) -> bool {
    let folded = fold(word);
    let Some(base) = folded.strip_suffix('ه').filter(|_| word.ends_with('ة')) else { return false };
    // The lexicon is the Arabic model's, so asking the model costs no load.
    let listed = || {
        crate::ner::model_for(Lang::Ar)
            .is_some_and(|m| listed_in(&m.gazetteer, word, &["first", "last", "per", "loc", "org"]))
    };
    base.chars().count() >= 3 && known(lexicon, base) && !listed()
}

/// Whether a folded word is a family name with the article: "ال" + a stem of three letters or
/// more that no word list knows ("الدبيبة"; not "الأحمر", red, nor "الثلاثاء").
pub fn is_unseen_definite(lexicon: &Lexicon, folded: &str) -> bool {
    folded
        .strip_prefix("ال")
        .is_some_and(|stem| stem.chars().count() >= 3 && is_arabic(stem) && is_unknown_name(lexicon, stem))
}

/// An indefinite Arabic word the lexicon knows as an ordinary word as it stands (after its
/// clitics): "فيلم", "اجتماع".
pub fn is_plain_ordinary(lexicon: &Lexicon, word: &str) -> bool {
    is_arabic(word) && !has_article(&fold(word)) && known(lexicon, &lookup_form(Lang::Ar, word))
}

/// An indefinite Arabic word the lexicon knows only with an ending taken off: an inflected
/// ordinary word ("هدفين", two goals; "سلبيا", goallessly), which a name is not.
pub fn is_inflected_ordinary(lexicon: &Lexicon, word: &str) -> bool {
    if !is_arabic(word) || fold(word).starts_with("ال") {
        return false;
    }
    let stem = lookup_form(Lang::Ar, word);
    !known(lexicon, &stem) && ENDINGS.iter().filter_map(|e| stem.strip_suffix(e)).any(|w| known(lexicon, w))
}

/// An Arabic noun with an attached pronoun that the lexicon knows without it ("لقائه", his
/// meeting; "حكومتها"): no name starts with one.
pub fn is_possessed_noun(lexicon: &Lexicon, word: &str) -> bool {
    if !is_arabic(word) {
        return false;
    }
    let stem = lookup_form(Lang::Ar, word);
    if known(lexicon, &stem) {
        return false;
    }
    let possessed = |stem: &str| {
        ["ه", "ها", "هم", "هما", "هن"].iter().filter_map(|p| stem.strip_suffix(p)).any(|base| {
            // A feminine ة is written ت before the pronoun (حكومتها → حكومة), and a final hamza
            // sits on a ya or waw, which fold to ي and و (لقائه، لقاؤه → لقاء).
            let respelled =
                |from: char, to: &str| base.strip_suffix(from).is_some_and(|b| known(lexicon, &format!("{b}{to}")));
            known(lexicon, base) || respelled('ت', "ه") || respelled('ي', "ء") || respelled('و', "ء")
        })
    };
    // Also after a conjunction ("وقائدها", and its captain), where a word written with ة is
    // a name or a noun of its own, never one with the pronoun ه: "وأسامة" is no "أسام" + ه.
    let after_conjunction = stem
        .strip_prefix(['و', 'ف'])
        .filter(|rest| rest.chars().count() >= 4 && !known(lexicon, rest) && !word.ends_with('ة'));
    possessed(&stem) || after_conjunction.is_some_and(possessed)
}

/// An indefinite Arabic word the lexicon knows as a verb and not as a noun ("يزور"), also
/// with the past feminine ت or a present-tense ي/ت on a verb's stem ("تأخرت", "يتأخر"): a name
/// does not end in one (names that are also verbs, "يزيد", are in the name lists).
pub fn is_only_a_verb(lexicon: &Lexicon, word: &str) -> bool {
    if !is_arabic(word) || fold(word).starts_with("ال") {
        return false;
    }
    let stem = lookup_form(Lang::Ar, word);
    let classes = |w: &str| lexicon.classes_of(Fnv::new().str(w).value());
    if classes(&stem) & lexicon.common_bit() != 0 {
        return false;
    }
    let verb = |w: &str| w.chars().count() >= 3 && classes(w) & lexicon.verb_bit() != 0;
    // The present-tense letter is read off only before a stem of four letters or more: three
    // are too often a foreign name's syllables ("تياو" is no ت + "ياو").
    let present = |w: &str| w.chars().count() >= 4 && verb(w);
    verb(&stem) || stem.strip_suffix('ت').is_some_and(verb) || stem.strip_prefix(['ي', 'ت']).is_some_and(present)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn foreign_names_are_unknown_and_inflected_ordinary_words_are_not() {
        let lexicon = &crate::ner::model_for(Lang::Ar).expect("the Arabic model").gazetteer.lexicon;
        // "أل" with a hamza opens a name, not the article: "ألستوم" is no "ال" + a verb.
        for name in ["سموتريتش", "مانشستر", "غوتيريش", "تيدروس", "ألستوم", "ألفابت"]
        {
            assert!(is_unknown_name(lexicon, name), "{name}");
        }
        for word in [
            "وسعادة",
            "سيزور",
            "اجتماعا",
            "إيضاحات",
            "هدفين",
            "الرئيس",
            "للصندوق",
            "وبالشركات",
            "من",
            "Paris",
            "ألف",
            "ألغت",
        ] {
            assert!(!is_unknown_name(lexicon, word), "{word}");
        }
    }

    #[test]
    fn inflected_ordinary_words_are_told_from_names_and_plain_words() {
        let lexicon = &crate::ner::model_for(Lang::Ar).expect("the Arabic model").gazetteer.lexicon;
        for word in ["هدفين", "سلبيا", "اجتماعا"] {
            assert!(is_inflected_ordinary(lexicon, word), "{word}");
        }
        for word in ["مبابي", "عثمان", "هدف", "الاجتماعات", "Paris"] {
            assert!(!is_inflected_ordinary(lexicon, word), "{word}");
        }
    }

    #[test]
    fn verbs_that_are_no_nouns_are_told_apart() {
        let lexicon = &crate::ner::model_for(Lang::Ar).expect("the Arabic model").gazetteer.lexicon;
        for word in ["تأخرت", "يزور"] {
            assert!(is_only_a_verb(lexicon, word), "{word}");
        }
        for word in ["نوفارتيس", "هدف", "الاجتماعات", "Paris"] {
            assert!(!is_only_a_verb(lexicon, word), "{word}");
        }
    }

    #[test]
    fn nouns_with_a_pronoun_are_told_from_names() {
        let lexicon = &crate::ner::model_for(Lang::Ar).expect("the Arabic model").gazetteer.lexicon;
        for word in ["لقائه", "حكومتها", "وزيرهم"] {
            assert!(is_possessed_noun(lexicon, word), "{word}");
        }
        for word in ["بلينكن", "لقاء", "طه", "Paris"] {
            assert!(!is_possessed_noun(lexicon, word), "{word}");
        }
    }
}
