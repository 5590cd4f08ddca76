//! Nisba adjectives of places as MISC ("العراقي", "الأمريكية", "السورية").
//!
//! The annotation guidelines make nationality adjectives MISC, but ANERcorp leaves them O,
//! so the Arabic model cannot learn it. This rule marks an untagged word whose nisba root
//! names a place in the gazetteer. It runs in [`super::tag`] only: the ANERcorp evaluation
//! measures the model against ANERcorp's own convention.

use super::arabic;
use super::gazetteer::Gazetteer;
use super::hash::Fnv;
use super::labels::{begin, O};
use crate::annotations::EntityKind;
use crate::text::normalize::fold_into;

/// Whether a folded Arabic word is a nisba of a place the gazetteer knows as `loc`.
pub fn is_place_nisba(gazetteer: &Gazetteer, folded: &str) -> bool {
    let loc = gazetteer.class_bit("loc");
    if loc == 0 {
        return false;
    }
    let p = arabic::prefixes(folded);
    let Some((_, root)) = arabic::nisba(&folded[p.stem..]) else {
        return false;
    };
    // عراقي → (ال)عراق; أمريكية → أمريكا; سورية → سوريا.
    let variants = [
        Fnv::new().str(root),
        Fnv::new().str("ال").str(root),
        Fnv::new().str(root).str("ا"),
        Fnv::new().str(root).str("يا"),
    ];
    variants.iter().any(|&h| gazetteer.classes_of(h) & loc != 0)
}

/// Labels untagged place nisbas B-MISC, in place.
pub fn apply(gazetteer: &Gazetteer, words: &[&str], labels: &mut [u8]) {
    let mut folded = String::new();
    for (word, label) in words.iter().zip(labels.iter_mut()) {
        // Nisbas end in ي، ة، ن (ـيين، ـيون، ـيان) after any marks: a cheap first filter.
        let last = word.chars().rev().find(|c| c.is_alphabetic());
        if *label != O || !matches!(last, Some('ي' | 'ة' | 'ه' | 'ن')) || word.chars().count() < 4 {
            continue;
        }
        fold_into(word, &mut folded);
        if is_place_nisba(gazetteer, &folded) {
            *label = begin(EntityKind::Misc);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_nisbas_of_known_places_only() {
        let gaz = Gazetteer::from_lists(vec![(
            "loc".into(),
            vec!["العراق".into(), "أمريكا".into(), "سوريا".into(), "الولايات المتحدة".into()],
        )]);
        let words = ["العراقي", "الأمريكية", "والسورية", "عراقية", "الإسلامية", "في", "الأمريكيين"];
        let mut labels = [O; 7];
        apply(&gaz, &words, &mut labels);
        let misc = begin(EntityKind::Misc);
        assert_eq!(labels, [misc, misc, misc, misc, O, O, misc]);
        // An I inside a longer name is left alone.
        let mut inside = [5u8, 6];
        apply(&gaz, &["الولايات", "الأمريكية"], &mut inside);
        assert_eq!(inside, [5, 6]);
    }
}
