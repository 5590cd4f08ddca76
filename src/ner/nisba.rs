//! Nisba adjectives of places as MISC ("العراقي", "الأمريكية", "السورية").
//!
//! The annotation guidelines make nationality adjectives MISC, but ANERcorp leaves them O,
//! so the Arabic model cannot learn it. This rule marks an untagged word whose nisba root
//! names a place in the gazetteer. It runs in [`super::tag`] only: the ANERcorp evaluation
//! measures the model against ANERcorp's own convention.
//!
//! Two kinds of nisba are not nationalities: a family name right after a person's name
//! ("محمد شياع السوداني", "نوري المالكي"), which joins that name, and a compass direction
//! ("جنوبي البلاد", "شمالي العراق"), which stays untagged even where a place begins with it.

use std::ops::Range;

use super::arabic;
use super::gazetteer::Gazetteer;
use super::labels::{begin, inside, kind_of, O};
use crate::annotations::EntityKind;
use crate::hash::Fnv;
use crate::text::normalize::fold_into;

/// Whether a folded Arabic word is a nisba of a place the gazetteer knows as `loc`.
pub fn is_place_nisba(gazetteer: &Gazetteer, folded: &str) -> bool {
    let loc = gazetteer.class_bit("loc");
    if loc == 0 {
        return false;
    }
    let p = arabic::prefixes(folded);
    let dual = singular_of_dual(&folded[p.stem..]);
    let Some((ending, root)) = arabic::nisba(dual.as_deref().unwrap_or(&folded[p.stem..])) else {
        return false;
    };
    if ORDINARY_ROOTS.contains(&root) {
        return false;
    }
    let known = |h: Fnv| gazetteer.classes_of(h) & loc != 0;
    // عراقي → (ال)عراق; أمريكية → أمريكا; سورية → سوريا; أفغاني → أفغانستان.
    let variants = [
        Fnv::new().str(root),
        Fnv::new().str("ال").str(root),
        Fnv::new().str(root).str("ا"),
        Fnv::new().str(root).str("يا"),
        Fnv::new().str(root).str("ستان"),
    ];
    // سعودي → السعودية, but not for a definite word in ـية: that is the place itself
    // ("السعودية"); an indefinite one is the adjective ("أفلام مصرية وسعودية").
    let in_iyya = (ending != 2 || !p.article || dual.is_some()) && known(Fnv::new().str("ال").str(root).str("يه"));
    // نمساوي → النمسا.
    let awi = root.strip_suffix('و').is_some_and(|r| known(Fnv::new().str(r)) || known(Fnv::new().str("ال").str(r)));
    // أوروغوياني → الأوروغواي, باراغوياني → باراغواي.
    let yani = root
        .strip_suffix("يان")
        .is_some_and(|r| known(Fnv::new().str(r).str("اي")) || known(Fnv::new().str("ال").str(r).str("اي")));
    EXTRA_ROOTS.contains(&root) || in_iyya || awi || yani || variants.into_iter().any(known)
}

/// Whether a folded word ends as a singular nisba does: ـي or ـية (folded ـيه).
pub(crate) fn has_nisba_ending(folded: &str) -> bool {
    folded.ends_with('ي') || folded.ends_with("يه")
}

/// A nationality: a definite nisba of a place the Arabic model's gazetteer knows ("الكورية",
/// "الأمريكي"), folded. After a named body it says what kind of body it is, not its name
/// ("شركة دايو الكورية"); other nisbas are a body's own adjectives ("المركزي", "السامية").
pub fn is_nationality(folded: &str) -> bool {
    folded.starts_with("ال")
        && crate::ner::model_for(crate::lang::Lang::Ar).is_some_and(|m| is_place_nisba(&m.gazetteer, folded))
}

/// Nisba roots (folded) of places the gazetteer names only in full ("المملكة المتحدة",
/// "الإمارات العربية المتحدة", "كوريا الجنوبية") or in another spelling ("أميركا"), whose
/// nisba is irregular ("إنجليزي"), or of a people or a region rather than a place ("عربي", Arab; "خليجي", of the Gulf). Read
/// here rather than added to the gazetteer, which the model's features also read: six more places moved the trained model (and its dev score at
/// the default seed by 0.6) for no gain on the cross-validation.
const EXTRA_ROOTS: [&str; 8] = ["بريطان", "اميرك", "كور", "امارات", "انجليز", "انكليز", "عرب", "خليج"];

/// Roots (folded) whose nisba is an ordinary adjective far more often than a place's:
/// "رياضي" is "sporting" ("الترجي الرياضي التونسي"), not of Riyadh; "ريفي" is "rural", not of
/// the Rif; "بيتي" is "my home".
const ORDINARY_ROOTS: [&str; 3] = ["رياض", "ريف", "بيت"];

/// Roots of compass-direction nisbas (folded): "جنوبي" is "southern", not a nationality.
const DIRECTIONS: [&str; 5] = ["جنوب", "شمال", "شرق", "غرب", "وسط"];

/// The feminine dual of a nisba as its singular: "تركيتين" → "تركيه" (folded).
fn singular_of_dual(stem: &str) -> Option<String> {
    ["يتين", "يتان"].iter().find_map(|e| stem.strip_suffix(e)).map(|r| format!("{r}يه"))
}

/// Labels untagged place nisbas B-MISC, in place; one right after a person's name in the
/// same sentence (with the article, no clitic, masculine singular) continues that name
/// instead. `sentences` are ranges of `words`.
pub fn apply(gazetteer: &Gazetteer, words: &[&str], labels: &mut [u8], sentences: &[Range<usize>]) {
    let mut folded = String::new();
    let surnames = surnames(words, labels);
    for sentence in sentences {
        for i in sentence.clone() {
            let word = words[i];
            // Nisbas end in ي، ة، ن (ـيين، ـيون، ـيان) after any marks: a cheap first filter.
            let last = word.chars().rev().find(|c| c.is_alphabetic());
            let after_person = i > sentence.start && kind_of(labels[i - 1]) == Some(EntityKind::Per);
            // The tagger may also start a person of its own there ("محمد شياع" + "السوداني").
            let own_person = labels[i] == begin(EntityKind::Per) && after_person;
            // Or open a person's name with a definite one ("الرئيس الجزائري عبد المجيد تبون"):
            // no name starts with a nationality, which then stands before it.
            let opens_person = labels[i] == begin(EntityKind::Per)
                && !after_person
                && labels.get(i + 1) == Some(&inside(EntityKind::Per));
            // Or read an indefinite nisba alone as a person ("هجوم روسي", a Russian attack).
            let lone_person = labels[i] == begin(EntityKind::Per)
                && !after_person
                && labels.get(i + 1).is_none_or(|&next| next != inside(EntityKind::Per));
            // Or put a title and the nisba after it in one "person" ("نظيره التركي").
            let after_title = labels[i] == inside(EntityKind::Per)
                && i > sentence.start
                && labels[i - 1] == begin(EntityKind::Per)
                && is_title(words[i - 1]);
            let open = labels[i] == O || own_person || lone_person || opens_person || after_title;
            if !open || !matches!(last, Some('ي' | 'ة' | 'ه' | 'ن')) || word.chars().count() < 4 {
                continue;
            }
            fold_into(word, &mut folded);
            // An indefinite nisba after و or ف ("مصرية وقطرية"): the prefixes only take a
            // conjunction off before the article, so the word is also read without it.
            let light = arabic::light_clitic(&folded);
            let readings = [0, light];
            let Some((p, ending)) = readings.iter().take(if light > 0 { 2 } else { 1 }).find_map(|&skip| {
                let reading = &folded[skip..];
                let p = arabic::prefixes(reading);
                let dual = singular_of_dual(&reading[p.stem..]);
                let (ending, root) = arabic::nisba(dual.as_deref().unwrap_or(&reading[p.stem..]))?;
                let place = !DIRECTIONS.contains(&root) && is_place_nisba(gazetteer, reading);
                place.then_some((p, ending))
            }) else {
                continue;
            };
            if after_title {
                if p.article {
                    labels[i - 1] = O;
                    labels[i] = begin(EntityKind::Misc);
                    if labels.get(i + 1) == Some(&inside(EntityKind::Per)) {
                        labels[i + 1] = begin(EntityKind::Per);
                    }
                }
                continue;
            }
            if opens_person {
                if p.article {
                    labels[i] = begin(EntityKind::Misc);
                    labels[i + 1] = begin(EntityKind::Per);
                }
                continue;
            }
            let family = after_person && p.article && p.clitic == 0 && ending == 1;
            // A definite nisba alone right after a word it can describe (a definite noun, a
            // title, another nisba) is an adjective ("وزير الطاقة التركي"), unless the document
            // names a person in full with it ("محمد شياع السوداني" … "رئيس الوزراء السوداني");
            // after a verb or at a sentence's start it is a name ("وأضاف الكاظمي").
            let describes = i > sentence.start && {
                let before = crate::text::normalize::fold(words[i - 1]);
                let bare = &before[arabic::prefixes(&before).clitic..];
                bare.starts_with("ال") || is_title(words[i - 1]) || kind_of(labels[i - 1]) == Some(EntityKind::Misc)
            };
            let surname =
                lone_person && p.article && (!describes || surnames.contains(&Fnv::new().str(&folded).value()));
            labels[i] = if family {
                inside(EntityKind::Per)
            } else if own_person || surname {
                continue;
            } else {
                begin(EntityKind::Misc)
            };
        }
    }
}

/// Head nouns the tagger sometimes opens a "person" with ("ميناء جيهان التركي", the Turkish
/// port of Ceyhan): such a chunk names no one, folded.
const HEADS: [&str; 8] = ["ميناء", "مطار", "ملعب", "معبر", "شارع", "ساحه", "شركه", "مدينه"];

/// Whether a word is a title or a counterpart ("نظيره", his counterpart, which the trigger
/// lists do not hold).
fn is_title(word: &str) -> bool {
    let folded = crate::text::normalize::fold(word);
    let folded = folded.trim_start_matches('و');
    super::spans::leading_classes(word) & super::triggers::TITLE != 0 || folded.starts_with("نظير")
}

/// Hashes of the folded last words of the people named in two words or more, not counting a
/// title the tagger put first ("نظيره التركي" names no one in full).
fn surnames(words: &[&str], labels: &[u8]) -> std::collections::HashSet<u64> {
    let mut out = std::collections::HashSet::new();
    let mut buf = String::new();
    let mut start = 0;
    for (i, &label) in labels.iter().enumerate() {
        if label == begin(EntityKind::Per) {
            start = i;
            while start < i + 1 && is_title(words[start]) {
                start += 1;
            }
        }
        let ends_person = label == inside(EntityKind::Per) && labels.get(i + 1) != Some(&inside(EntityKind::Per));
        // Folded only at a person's end: this runs on every token.
        let in_full = || start < i && !HEADS.contains(&crate::text::normalize::fold(words[start]).as_str());
        if ends_person && in_full() {
            fold_into(words[i], &mut buf);
            out.insert(Fnv::new().str(&buf).value());
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)] // one sentence: a slice of one range
mod tests {
    use super::*;

    #[test]
    fn marks_nisbas_of_known_places_only() {
        let gaz = Gazetteer::from_lists(vec![(
            "loc".into(),
            vec!["العراق".into(), "أمريكا".into(), "سوريا".into(), "الولايات المتحدة".into()],
        )]);
        let words = ["العراقي", "الأمريكية", "والسورية", "عراقية", "الإسلامية", "في", "الأمريكيين", "وعراقية"];
        let mut labels = [O; 8];
        apply(&gaz, &words, &mut labels, &[0..words.len()]);
        let misc = begin(EntityKind::Misc);
        assert_eq!(labels, [misc, misc, misc, misc, O, O, misc, misc]);
        // Places in -ستان, in -ية and in -ا with an -اوي nisba; places named in full only.
        let gaz = Gazetteer::from_lists(vec![(
            "loc".into(),
            vec!["أفغانستان".into(), "السعودية".into(), "النمسا".into(), "الإسلام".into()],
        )]);
        let mut labels = [O; 8];
        let words = ["الأفغاني", "السعودي", "النمساوية", "السعوديين", "البريطانية", "الأميركي", "الخليجية", "السعوديتين"];
        apply(&gaz, &words, &mut labels, &[0..8]);
        assert_eq!(labels, [misc; 8]);
        // Uruguay's nisba drops its ا before ياني.
        let gaz_uy = Gazetteer::from_lists(vec![("loc".into(), vec!["الأوروغواي".into(), "باراغواي".into()])]);
        let mut labels = [O; 2];
        apply(&gaz_uy, &["الأوروغوياني", "الباراغويانية"], &mut labels, &[0..2]);
        assert_eq!(labels, [misc; 2]);
        // A place in ـية is no nisba of itself.
        let mut labels = [O; 1];
        apply(&gaz, &["السعودية"], &mut labels, &[0..1]);
        assert_eq!(labels, [O]);
        // Directions are not nationalities, even where a place is named after one.
        let gaz = Gazetteer::from_lists(vec![("loc".into(), vec!["جنوب".into(), "الشمال".into(), "السودان".into()])]);
        let mut labels = [O; 3];
        apply(&gaz, &["جنوبي", "الشمالية", "السودانية"], &mut labels, &[0..3]);
        assert_eq!(labels, [O, O, misc]);
        // Sporting and rural, not of Riyadh or of the Rif.
        let gaz = Gazetteer::from_lists(vec![("loc".into(), vec!["الرياض".into(), "الريف".into(), "الكويت".into()])]);
        let mut labels = [O; 3];
        apply(&gaz, &["الرياضي", "الريفية", "الكويتي"], &mut labels, &[0..3]);
        assert_eq!(labels, [O, O, misc]);
        // An I inside a longer name is left alone.
        let mut inside = [5u8, 6];
        apply(&gaz, &["الولايات", "الأمريكية"], &mut inside, &[0..2]);
        assert_eq!(inside, [5, 6]);
    }

    #[test]
    fn a_family_nisba_after_a_person_joins_the_name() {
        let gaz = Gazetteer::from_lists(vec![("loc".into(), vec!["السودان".into(), "العراق".into()])]);
        let (b_per, i_per, misc) = (begin(EntityKind::Per), inside(EntityKind::Per), begin(EntityKind::Misc));
        let words = ["محمد", "شياع", "السوداني", "و", "السوداني", "،", "العراقي"];
        let mut labels = [b_per, i_per, O, O, O, O, O];
        apply(&gaz, &words, &mut labels, &[0..words.len()]);
        assert_eq!(labels, [b_per, i_per, i_per, O, misc, O, misc]);
        // An indefinite nisba the tagger read as a person alone is a nationality; a definite
        // one after a verb may be a surname ("قال السوداني") and stays.
        let mut labels = [O, b_per, O, b_per];
        apply(&gaz, &["هجوم", "سوداني", "قال", "السوداني"], &mut labels, &[0..4]);
        assert_eq!(labels, [O, misc, O, b_per]);
        // After a definite noun, a title or another nisba it is an adjective ...
        let words = ["وزير", "الطاقة", "السوداني", "نظيره", "السوداني", "العراقي", "السوداني"];
        let mut labels = [O, O, b_per, b_per, i_per, O, b_per];
        apply(&gaz, &words, &mut labels, &[0..3, 3..5, 5..7]);
        assert_eq!(labels, [O, O, misc, O, misc, misc, misc]);
        // ... unless the document names a person in full with it.
        let words = ["محمد", "شياع", "السوداني", "،", "رئيس", "الوزراء", "السوداني"];
        let mut labels = [b_per, i_per, i_per, O, O, O, b_per];
        apply(&gaz, &words, &mut labels, &[0..4, 4..7]);
        assert_eq!(labels, [b_per, i_per, i_per, O, O, O, b_per]);
        // A definite nisba the tagger put at the start of a person's name stands before it.
        let mut labels = [O, b_per, i_per, i_per];
        apply(&gaz, &["الرئيس", "السوداني", "عمر", "البشير"], &mut labels, &[0..4]);
        assert_eq!(labels, [O, misc, b_per, i_per]);
        // Also when the tagger started a person of its own at the nisba.
        let mut labels = [b_per, i_per, b_per];
        apply(&gaz, &words[..3], &mut labels, &[0..3]);
        assert_eq!(labels, [b_per, i_per, i_per]);
        // Not across a sentence (or paragraph) boundary.
        let mut labels = [b_per, O];
        apply(&gaz, &["شياع", "السوداني"], &mut labels, &[0..1, 1..2]);
        assert_eq!(labels, [b_per, misc]);
        // Not after a clitic ("and the Sudanese"), nor in the feminine or plural.
        for word in ["والسوداني", "السودانية", "السودانيين"] {
            let mut labels = [b_per, O];
            apply(&gaz, &["شياع", word], &mut labels, &[0..2]);
            assert_eq!(labels, [b_per, misc], "{word}");
        }
    }
}
