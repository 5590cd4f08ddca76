//! Whether an Arabic word looks like an unseen name: Arabic has no capitals, but a foreign or
//! rare name ("سموتريتش", "مانشستر") is in no dictionary, while an unseen ordinary word usually
//! is, after its clitics and endings are taken off. Rules that run after the tagger use this
//! to find names the 2006-trained model never saw.

use crate::lang::{is_arabic_letter, Lang};
use crate::ner::hash::Fnv;
use crate::ner::lexicon::{lookup_form, Lexicon};
use crate::text::normalize::{fold, is_arabic_mark};

/// The Arabic model's lexicon, when the model has one.
pub fn arabic_lexicon() -> Option<&'static Lexicon> {
    let lexicon = &crate::ner::model_for(Lang::Ar)?.gazetteer.lexicon;
    (!lexicon.is_empty()).then_some(lexicon)
}

/// Arabic letters, with any marks on them.
pub fn is_arabic(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| is_arabic_letter(c) || is_arabic_mark(c))
}

/// An Arabic word of three letters or more, without the article, that the lexicon does not know
/// as an ordinary word or a verb (a proper noun it lists is fine).
pub fn is_unknown_name(lexicon: &Lexicon, word: &str) -> bool {
    if !is_arabic(word) {
        return false;
    }
    let folded = fold(word);
    if folded.starts_with("ال") || folded.chars().count() < 3 {
        return false;
    }
    // As the tagger's lexicon features read it: the word, or without one clitic or future letter
    // ("وسعادة", "ليقرر", "سيزور"), or without an ending.
    let stem = lookup_form(Lang::Ar, word);
    let ordinary = lexicon.common_bit() | lexicon.verb_bit();
    let known = |w: &str| w.chars().count() >= 2 && lexicon.classes_of(Fnv::new().str(w).value()) & ordinary != 0;
    let without_first = stem.strip_prefix(['و', 'ف', 'ب', 'ل', 'ك', 'س']);
    // The accusative alif and plural or dual endings ("اجتماعا", "إيضاحات" → "إيضاح").
    let without_ending = ["ا", "ات", "ون", "ين"].iter().filter_map(|e| stem.strip_suffix(e)).any(known);
    !(known(&stem) || without_first.is_some_and(known) || without_ending)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn foreign_names_are_unknown_and_inflected_ordinary_words_are_not() {
        let lexicon = arabic_lexicon().expect("the Arabic model has a lexicon");
        for name in ["سموتريتش", "مانشستر", "غوتيريش"] {
            assert!(is_unknown_name(lexicon, name), "{name}");
        }
        for word in ["وسعادة", "سيزور", "اجتماعا", "إيضاحات", "هدفين", "الرئيس", "من", "Paris"]
        {
            assert!(!is_unknown_name(lexicon, word), "{word}");
        }
    }
}
