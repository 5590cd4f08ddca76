//! "السعودية" is a country and, after a noun, the adjective "Saudi": "جئت إلى السعودية" (to
//! Saudi Arabia) but "السفارة السعودية", "السلطات السعودية", "شركة هيوماين السعودية". Saudi
//! Arabia is the one country Arabic news names by its nisba alone, so the tagger, which has
//! seen the country far more often, calls both a place. Where the word before it is a
//! definite noun or the end of a name, it describes that noun: a nationality, MISC, as the
//! guidelines make nisbas. "المملكة العربية السعودية" stays the country.
//!
//! The same holds for any place nisba the tagger took for a person: after a definite noun,
//! "للغاز الجزائري" (Algerian gas), it is that noun's adjective, MISC.

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::Mention;
use crate::span::Span;
use crate::text::normalize::{fold, FoldedWords};

/// Words before "السعودية" that leave it the country: the kingdom's own name and the
/// prepositions and particles written with the article's letters.
static KEEP_COUNTRY: FoldedWords = FoldedWords::new(&["المملكة", "العربية", "الى", "التي", "الذي", "الذين"]);

/// Compass words that make one nisba with a neighbour: "الكورية الجنوبية" (South Korean), "الجنوب
/// أفريقي" (South African). Folded.
static COMPASS_AFTER: FoldedWords = FoldedWords::new(&["الجنوبية", "الجنوبي", "الشمالية", "الشمالي"]);
static COMPASS_BEFORE: FoldedWords = FoldedWords::new(&["الجنوب"]);
/// The nisbas those compass words complete.
static COMPASS_ROOTS: [&str; 3] = ["كوري", "افريقي", "سوداني"];

/// A one-word nationality of Korea, Africa or Sudan takes the compass word that makes it
/// South or North Korean, South African or South Sudanese, with no mention on it.
fn join_compass_halves(doc: &Document, mentions: &mut [Mention]) {
    for i in 0..mentions.len() {
        let m = mentions[i];
        let t = doc.tokens.partition_point(|tok| tok.span.start < m.span.start);
        if m.kind != EntityKind::Misc || doc.tokens.get(t).is_none_or(|tok| tok.span != m.span) {
            continue;
        }
        let folded = doc.folded(t);
        let bare = folded.strip_prefix("ال").unwrap_or(folded);
        if !COMPASS_ROOTS.iter().any(|r| bare.starts_with(r)) {
            continue;
        }
        let spaced = |a: usize, b: usize| doc.only_spaces_between(doc.tokens[a].span.end, doc.tokens[b].span.start);
        let free_after = |end: usize| mentions.get(i + 1).is_none_or(|n| n.span.start >= end);
        let free_before = |start: usize| i == 0 || mentions[i - 1].span.end <= start;
        if t + 1 < doc.tokens.len() && spaced(t, t + 1) && COMPASS_AFTER.contains_folded(doc.folded(t + 1)) {
            let end = doc.tokens[t + 1].span.end;
            if free_after(end) {
                mentions[i].span = Span::new(m.span.start, end);
            }
        } else if t > 0 && spaced(t - 1, t) && COMPASS_BEFORE.contains_folded(doc.folded(t - 1)) {
            let start = doc.tokens[t - 1].span.start;
            if free_before(start) {
                mentions[i].span = Span::new(start, m.span.end);
            }
        }
    }
}

/// Retypes "السعودية" after a definite noun or a name, or joined by و to a nisba before it
/// ("الجامعات المصرية والسعودية"), to MISC, and marks it MISC where the tagger left it untagged
/// after a definite noun ("للسفارة السعودية"); and a lone place nisba the tagger called a
/// person after a definite noun ("للغاز [الجزائري]": Algerian gas).
pub fn settle(doc: &Document, mentions: &mut Vec<Mention>) {
    join_compass_halves(doc, mentions);
    let gazetteer = doc.model(crate::lang::Lang::Ar).map(|m| &m.gazetteer);
    let mut people = Vec::new();
    let mut nisbas = Vec::new();
    for i in 0..mentions.len() {
        let m = mentions[i];
        if m.kind == EntityKind::Per && gazetteer.is_some_and(|g| describes_a_noun(doc, mentions, i, g)) {
            // One nationality per word: "الفتور [الجزائري] [الفرنسي]".
            let words = nisba_words(doc, m);
            mentions[i] = words[0];
            nisbas.extend_from_slice(&words[1..]);
            continue;
        }
        if m.kind == EntityKind::Per && gazetteer.is_some_and(|g| is_state_broadcaster(doc, m, g)) {
            mentions[i].kind = EntityKind::Org;
            continue;
        }
        if m.kind == EntityKind::Loc && gazetteer.is_some_and(|g| lone_nisba(doc, m, g)) {
            mentions[i].kind = EntityKind::Misc;
            continue;
        }
        if let Some(person) = named_after_nisba(doc, m) {
            mentions[i].span.end = m.span.start + m.span.of(doc.text).find(' ').unwrap_or(0);
            mentions[i].kind = EntityKind::Misc;
            people.push(person);
            continue;
        }
        if m.kind != EntityKind::Loc || fold(m.span.of(doc.text)) != SAUDI {
            continue;
        }
        let t = doc.tokens.partition_point(|tok| tok.span.end <= m.span.start);
        if t == 0 {
            continue;
        }
        // "والسعودية" right after a nisba the tagger found: one more nisba of the list.
        let joined = doc.word(t).starts_with('و')
            && i > 0
            && mentions[i - 1].kind == EntityKind::Misc
            && doc.only_spaces_between(mentions[i - 1].span.end, doc.tokens[t].span.start);
        if doc.tokens[t].span != m.span {
            if joined {
                mentions[i].kind = EntityKind::Misc;
            }
            continue;
        }
        // The end of a name the tagger found: "شركة هيوماين السعودية".
        let after_name =
            i > 0 && mentions[i - 1].span.end == doc.tokens[t - 1].span.end && mentions[i - 1].kind != EntityKind::Loc;
        if after_definite_noun(doc, t) || after_name {
            mentions[i].kind = EntityKind::Misc;
        }
    }
    crate::ner::add_mentions(mentions, people);
    crate::ner::add_mentions(mentions, nisbas);
    // The adjective the tagger left untagged.
    let mut found = Vec::new();
    for t in 1..doc.tokens.len() {
        if doc.folded(t) != SAUDI || !after_definite_noun(doc, t) {
            continue;
        }
        let span = doc.tokens[t].span;
        let at = mentions.partition_point(|m| m.span.end <= span.start);
        if mentions.get(at).is_none_or(|m| m.span.start >= span.end) {
            found.push(Mention { span, kind: EntityKind::Misc });
        }
    }
    crate::ner::add_mentions(mentions, found);
}

/// "السعودية", folded.
const SAUDI: &str = "السعوديه";

/// Whether token `t` follows a definite noun with only spaces between ("السلطات السعودية",
/// "للسفارة السعودية"), not the kingdom's own name or a particle written with the article's
/// letters.
fn after_definite_noun(doc: &Document, t: usize) -> bool {
    after_definite_word(doc, t) && !KEEP_COUNTRY.contains_folded(doc.folded(t - 1))
}

/// Whether token `t` follows a definite word of four letters or more ("ال" or "لل") with
/// only spaces between.
fn after_definite_word(doc: &Document, t: usize) -> bool {
    let before = doc.folded(t - 1);
    doc.only_spaces_between(doc.tokens[t - 1].span.end, doc.tokens[t].span.start)
        && (before.starts_with("ال") || before.starts_with("لل"))
        && before.chars().count() >= 4
}

/// The person after the nisba that opens nationality `m`, when the tagger ran the two into one
/// ("ل[لبنانية حنين الصايغ]", to the Lebanese Hanin al-Sayegh): two or three words after it that
/// the lexicon does not know (or a listed given name and definite words), the first no nisba.
fn named_after_nisba(doc: &Document, m: Mention) -> Option<Mention> {
    if m.kind != EntityKind::Misc {
        return None;
    }
    let (nisba, rest) = m.span.of(doc.text).split_once(' ')?;
    let lexicon = crate::unknown_names::arabic_lexicon(doc)?;
    let words: Vec<&str> = rest.split(' ').collect();
    let unknown = |w: &&str| crate::unknown_names::is_unknown_name(lexicon, w);
    // A given name may be a word too ("حنين", longing), and so may a definite family name after
    // it ("الصايغ", the goldsmith).
    let given = crate::unknown_names::listed(doc, words[0], &["first", "given"]);
    let family = |w: &&str| unknown(w) || given && fold(w).starts_with("ال");
    let unknown = (given || unknown(&words[0])) && words[1..].iter().all(family);
    let first_is_nisba = crate::ner::arabic::nisba(&fold(words[0])).is_some();
    let model = doc.model(crate::lang::Lang::Ar)?;
    let is_nisba = crate::ner::nisba::is_place_nisba(&model.gazetteer, &fold(nisba));
    ((2..=3).contains(&words.len()) && unknown && !first_is_nisba && is_nisba)
        .then(|| Mention { span: crate::span::Span::new(m.span.end - rest.len(), m.span.end), kind: EntityKind::Per })
}

/// Whether place `m` is one word that is a place's nisba and no place itself: "خفر السواحل
/// [الليبي]" (Libyan), "قرية [مصرية]" (an Egyptian village). A word the gazetteer lists as a
/// place keeps its type, and so do "السعودية" and "سورية", which also name countries (Damascus
/// spells Syria "سورية").
fn lone_nisba(doc: &Document, m: Mention, gazetteer: &crate::ner::gazetteer::Gazetteer) -> bool {
    let t = doc.tokens.partition_point(|tok| tok.span.end <= m.span.start);
    if doc.tokens.get(t).is_none_or(|tok| tok.span != m.span) {
        return false;
    }
    let folded = doc.folded(t);
    let place = crate::unknown_names::listed(doc, folded, &["loc"]);
    folded != SAUDI && folded != "سوريه" && !place && crate::ner::nisba::is_place_nisba(gazetteer, folded)
}

/// Whether person `mentions[i]` is one or more definite place nisbas right after a definite
/// noun that no mention covers: adjectives of that noun ("للغاز الجزائري", "الفتور الجزائري
/// الفرنسي"), not a family name.
fn describes_a_noun(
    doc: &Document,
    mentions: &[Mention],
    i: usize,
    gazetteer: &crate::ner::gazetteer::Gazetteer,
) -> bool {
    let m = mentions[i];
    let t = doc.tokens.partition_point(|tok| tok.span.end <= m.span.start);
    if t == 0 || doc.tokens.get(t).is_none_or(|tok| tok.span.start != m.span.start) {
        return false;
    }
    let all_nisbas = m.span.of(doc.text).split(' ').all(|w| {
        let folded = fold(w);
        folded.starts_with("ال") && crate::ner::nisba::is_place_nisba(gazetteer, &folded)
    });
    let covered = i > 0 && mentions[i - 1].span.end >= doc.tokens[t - 1].span.start;
    // A second nationality after one: "الكاتب الفرنسي [الجزائري] بوعلام صنصال".
    let second = covered && mentions[i - 1].kind == EntityKind::Misc && mentions[i - 1].span == doc.tokens[t - 1].span;
    all_nisbas && after_definite_word(doc, t) && (!covered || second)
}

/// The words of mention `m`, one MISC mention each.
fn nisba_words(doc: &Document, m: Mention) -> Vec<Mention> {
    let mut start = m.span.start;
    m.span
        .of(doc.text)
        .split(' ')
        .map(|w| {
            let word = Mention { span: Span::new(start, start + w.len()), kind: EntityKind::Misc };
            start += w.len() + 1;
            word
        })
        .collect()
}

/// The heads of state broadcasters: "التلفزيون الجزائري" is Algeria's television, a body.
static BROADCASTERS: FoldedWords = FoldedWords::new(&["التلفزيون", "التليفزيون", "الإذاعة"]);

/// Whether person `m` is a broadcaster's head and a place nisba ("ل[لتلفزيون الجزائري]"),
/// with the clitic ل of "للتلفزيون" still on it.
fn is_state_broadcaster(doc: &Document, m: Mention, gazetteer: &crate::ner::gazetteer::Gazetteer) -> bool {
    let Some((head, nisba)) = m.span.of(doc.text).split_once(' ') else { return false };
    let head = fold(head);
    let head = head.strip_prefix(['و', 'ف']).unwrap_or(&head);
    // "للتلفزيون" is ل + "التلفزيون" with its alif elided; the mention starts after the first ل.
    let broadcaster = BROADCASTERS.contains_folded(head)
        || head.starts_with('ل') && BROADCASTERS.contains_folded(&format!("ا{head}"));
    let nisba = fold(nisba);
    broadcaster && nisba.starts_with("ال") && crate::ner::nisba::is_place_nisba(gazetteer, &nisba)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn run(text: &str, found: &[(&str, EntityKind)]) -> Vec<(String, EntityKind)> {
        crate::ner::run_rule(text, Lang::Ar, found, settle)
    }

    #[test]
    fn a_compass_word_completes_a_nationality() {
        let misc = |n: &str| (n.to_string(), EntityKind::Misc);
        let text = "ووقعت الشركة الكورية الجنوبية عقدا مع المدرب الجنوب أفريقي.";
        let got = run(text, &[("الكورية", EntityKind::Misc), ("أفريقي", EntityKind::Misc)]);
        assert_eq!(got, [misc("الكورية الجنوبية"), misc("الجنوب أفريقي")]);
        // Other nationalities keep a compass word out: "الحدود المصرية الجنوبية".
        assert_eq!(run("عند الحدود المصرية الجنوبية.", &[("المصرية", EntityKind::Misc)]), [misc("المصرية")]);
    }

    #[test]
    fn after_a_noun_it_is_the_adjective() {
        let saudi = [("السعودية", EntityKind::Loc)];
        assert_eq!(run("وهو ما تنفيه السلطات السعودية بشدة.", &saudi), [("السعودية".into(), EntityKind::Misc)]);
        let text = "أعلنت شركة هيوماين السعودية عن شراكة.";
        let got = run(text, &[("هيوماين", EntityKind::Org), ("السعودية", EntityKind::Loc)]);
        assert_eq!(got[1], ("السعودية".into(), EntityKind::Misc));
    }

    #[test]
    fn a_person_after_a_nationality_is_split_off() {
        let got = run(
            "و\"ميثاق النساء\" للبنانية حنين الصايغ الصادرة عن دار الآداب",
            &[("لبنانية حنين الصايغ", EntityKind::Misc)],
        );
        assert_eq!(got, [("لبنانية".into(), EntityKind::Misc), ("حنين الصايغ".into(), EntityKind::Per)]);
    }

    #[test]
    fn a_lone_nisba_is_no_place() {
        let got = run(
            "رصد خفر السواحل الليبي قاربا قرب قرية مصرية.",
            &[("الليبي", EntityKind::Loc), ("مصرية", EntityKind::Loc)],
        );
        assert_eq!(got, [("الليبي".into(), EntityKind::Misc), ("مصرية".into(), EntityKind::Misc)]);
        for place in ["سورية", "العراق"] {
            let text = format!("عاد الوفد إلى {place} أمس.");
            assert_eq!(run(&text, &[(place, EntityKind::Loc)]), [(place.into(), EntityKind::Loc)], "{place}");
        }
    }

    #[test]
    fn the_country_stays_a_place() {
        for text in [
            "جئت إلى السعودية لأبقى بطلا.",
            "وتتسابق فيه السعودية والإمارات.",
            "زار المملكة العربية السعودية.",
            "قال إن السعودية سترد.",
        ] {
            let got = run(text, &[("السعودية", EntityKind::Loc)]);
            assert_eq!(got, [("السعودية".into(), EntityKind::Loc)], "{text}");
        }
    }

    #[test]
    fn a_nisba_read_as_a_person_after_a_noun_is_its_adjective() {
        let text = "باتت إيطاليا أكبر مشتر للغاز الجزائري منذ الحرب.";
        assert_eq!(run(text, &[("الجزائري", EntityKind::Per)]), [("الجزائري".into(), EntityKind::Misc)]);
        // After a person's name it is the family name.
        let text = "قال عبد القادر الجزائري إن";
        let got = run(text, &[("عبد القادر", EntityKind::Per), ("الجزائري", EntityKind::Per)]);
        assert_eq!(got[1], ("الجزائري".into(), EntityKind::Per));
    }

    #[test]
    fn two_nisbas_read_as_a_person_are_two_adjectives() {
        let text = "استفادتا من الفتور الجزائري الفرنسي، إذ";
        let got = run(text, &[("الجزائري الفرنسي", EntityKind::Per)]);
        assert_eq!(got, [("الجزائري".into(), EntityKind::Misc), ("الفرنسي".into(), EntityKind::Misc)]);
        let text = "بعد توقيف الكاتب الفرنسي الجزائري بوعلام صنصال";
        let got = run(
            text,
            &[("الفرنسي", EntityKind::Misc), ("الجزائري", EntityKind::Per), ("بوعلام صنصال", EntityKind::Per)],
        );
        assert_eq!(got[1], ("الجزائري".into(), EntityKind::Misc));
        // A name after a noun is no adjective: "مدرب الفريق محمد الجزائري".
        let got = run("قال مدرب الفريق محمد الجزائري إن", &[("محمد الجزائري", EntityKind::Per)]);
        assert_eq!(got, [("محمد الجزائري".into(), EntityKind::Per)]);
    }

    #[test]
    fn a_state_broadcaster_is_a_body() {
        let text = "وأضاف في تصريح للتلفزيون الجزائري: نحن";
        let got = run(text, &[("لتلفزيون الجزائري", EntityKind::Per)]);
        assert_eq!(got, [("لتلفزيون الجزائري".into(), EntityKind::Org)]);
        let got = run("قال التلفزيون المصري إن", &[("التلفزيون المصري", EntityKind::Per)]);
        assert_eq!(got, [("التلفزيون المصري".into(), EntityKind::Org)]);
    }

    #[test]
    fn untagged_after_a_noun_or_joined_to_nisbas_it_is_the_adjective() {
        let text = "بحسب بيان للسفارة السعودية في بيروت";
        assert_eq!(run(text, &[]), [("السعودية".into(), EntityKind::Misc)]);
        let text = "داعيا الجامعات المصرية والسعودية إلى التعاون";
        let got = run(text, &[("المصرية", EntityKind::Misc), ("السعودية", EntityKind::Loc)]);
        assert_eq!(got[1], ("السعودية".into(), EntityKind::Misc));
    }
}
