//! Two people with only a space between them are one person cut in two: "[لويز إيناسيو]
//! [لولا دا سيلفا]", where the tagger stopped at the given names and the curated list found
//! the rest. Arabic joins two people with و or a comma; written side by side, the words are
//! one name. (ANERcorp-train has 172 person chunks right after a person: 152 joined by و or
//! ل, and most of the other 20 are the corpus's own cuts, "ريناته" + "شميت".)

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::Mention;
use crate::span::Span;

/// Longest person, in words, that two halves may make.
const MAX_WORDS: usize = 6;

/// Longest first half: given names. A full name of three words before another person is more
/// often a person and the title of the next ("عبدالله ناصر الجنيبي" + "أمين السر").
const MAX_FIRST_WORDS: usize = 2;

/// Joins the people written in Arabic letters that stand side by side, and takes the rest of a
/// hyphenated name ("جينين [هينيس]-بلاسخارت").
pub fn join(doc: &Document, mentions: &mut Vec<Mention>) {
    join_hyphenated(doc, mentions);
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    for m in mentions.drain(..) {
        if let Some(last) = out.last_mut() {
            let halves = last.kind == EntityKind::Per && m.kind == EntityKind::Per;
            if halves
                && doc.only_spaces_between(last.span.end, m.span.start)
                && words(doc, last.span) <= MAX_FIRST_WORDS
                && !is_one_word_nationality(doc, *last)
                && is_arabic_name(doc, *last)
                && is_arabic_name(doc, m)
                && words(doc, Span::new(last.span.start, m.span.end)) <= MAX_WORDS
            {
                last.span.end = m.span.end;
                continue;
            }
        }
        out.push(m);
    }
    *mentions = out;
}

fn is_arabic_name(doc: &Document, m: Mention) -> bool {
    m.span.of(doc.text).chars().all(|c| c == ' ' || crate::lang::is_arabic_letter(c))
}

/// A person whose name goes on across a hyphen with no space ("هينيس-بلاسخارت") takes the
/// part after it: Arabic writes double-barrelled foreign names so, and a hyphen between two
/// Arabic words with no space around it joins no two things of a sentence.
fn join_hyphenated(doc: &Document, mentions: &mut [Mention]) {
    for i in 0..mentions.len() {
        let m = mentions[i];
        if m.kind != EntityKind::Per || !is_arabic_name(doc, m) {
            continue;
        }
        let rest = &doc.text[m.span.end..];
        let Some(after) = rest.strip_prefix(['-', '\u{2010}', '\u{2011}']) else { continue };
        let part = after.find(|c: char| !crate::lang::is_arabic_letter(c)).map_or(after, |n| &after[..n]);
        let end = m.span.end + (rest.len() - after.len()) + part.len();
        let free = mentions.get(i + 1).is_none_or(|n| n.span.start >= end);
        if part.chars().count() >= 3 && free {
            mentions[i].span.end = end;
        }
    }
}

/// Whether `m` is one word, a place nisba: a nationality the tagger took for a person
/// ("[الفرنسي] [لويس ساها]"), not half a name.
fn is_one_word_nationality(doc: &Document, m: Mention) -> bool {
    let text = m.span.of(doc.text);
    let Some(model) = crate::ner::model_for(crate::lang::Lang::Ar) else { return false };
    !text.contains(' ') && crate::ner::nisba::is_place_nisba(&model.gazetteer, &crate::text::normalize::fold(text))
}

fn words(doc: &Document, span: Span) -> usize {
    span.of(doc.text).split(' ').count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    /// The people after `join`, given as the words of `text` each mention covers.
    fn joined(text: &str, people: &[&str]) -> Vec<String> {
        let model: Vec<(&str, EntityKind)> = people.iter().map(|p| (*p, EntityKind::Per)).collect();
        crate::ner::run_rule(text, Lang::Ar, &model, join).into_iter().map(|(t, _)| t).collect()
    }

    #[test]
    fn a_name_cut_in_two_is_one_person() {
        let text = "وطالب الرئيس البرازيلي لويز إيناسيو لولا دا سيلفا بإصلاح الصندوق.";
        assert_eq!(joined(text, &["لويز إيناسيو", "لولا دا سيلفا"]), ["لويز إيناسيو لولا دا سيلفا"]);
    }

    #[test]
    fn people_joined_by_wa_or_a_comma_or_in_latin_letters_stay_apart() {
        let text = "والتقى دونالد ترامب وفلاديمير بوتين، ثم إيمانويل ماكرون Emmanuel Macron في باريس.";
        let people = ["دونالد ترامب", "فلاديمير بوتين", "إيمانويل ماكرون", "Emmanuel Macron"];
        assert_eq!(joined(text, &people), people);
    }

    #[test]
    fn a_nationality_or_a_full_name_before_a_person_stays_apart() {
        let text = "وسجل الفرنسي لويس ساها هدفا، وقال عبدالله ناصر الجنيبي أمين السر إن";
        assert_eq!(joined(text, &["الفرنسي", "لويس ساها"]).len(), 2);
        assert_eq!(joined(text, &["عبدالله ناصر الجنيبي", "أمين السر"]).len(), 2);
    }

    #[test]
    fn a_hyphenated_name_is_taken_whole() {
        let text = "دعت المنسقة الخاصة جينين هينيس-بلاسخارت الأطراف، والعلاقات الأمريكية - الروسية";
        assert_eq!(joined(text, &["جينين هينيس"]), ["جينين هينيس-بلاسخارت"]);
    }

    #[test]
    fn halves_longer_than_a_name_stay_apart() {
        let text = "قال محمد بن عبد الله بن سعيد آل ثاني اليوم";
        assert_eq!(joined(text, &["محمد بن عبد الله", "بن سعيد آل ثاني"]).len(), 2);
    }
}
