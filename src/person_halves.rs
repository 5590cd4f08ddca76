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
    join_infixed(doc, mentions);
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    for m in mentions.drain(..) {
        if let Some(last) = out.last_mut() {
            let halves = last.kind == EntityKind::Per && m.kind == EntityKind::Per;
            if halves
                && doc.only_spaces_between(last.span.end, m.span.start)
                && words(doc, last.span) <= MAX_FIRST_WORDS
                && !is_one_word_nationality(doc, *last)
                && !is_one_word_family_name(doc, *last)
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

/// Words inside Arabic and Maghrebi names that are ordinary words or places alone: "خليل
/// الحاج توفيق", "سيدي محمد عمر" (folded).
static NAME_INFIXES: crate::text::normalize::FoldedWords = crate::text::normalize::FoldedWords::new(&["الحاج"]);
static NAME_OPENERS: crate::text::normalize::FoldedWords = crate::text::normalize::FoldedWords::new(&["سيدي"]);

/// A person takes the words before it that make one name with it: a given name and "الحاج"
/// ("خليل الحاج" + "توفيق"), or "سيدي" before a given name ("سيدي" + "محمد عمر"), which the
/// tagger reads as the place of "سيدي بوزيد". A mention of the taken words alone gives way.
fn join_infixed(doc: &Document, mentions: &mut Vec<Mention>) {
    let tokens = &doc.tokens;
    let given = |t: usize| crate::unknown_names::listed(doc, doc.word(t), &["first", "given"]);
    let mut taken: Vec<Span> = Vec::new();
    for i in 0..mentions.len() {
        let m = mentions[i];
        let first = tokens.partition_point(|t| t.span.end <= m.span.start);
        if m.kind != EntityKind::Per || first == 0 || tokens.get(first).is_none_or(|t| t.span.start != m.span.start) {
            continue;
        }
        let spaced = |t: usize| doc.only_spaces_between(tokens[t].span.end, tokens[t + 1].span.start);
        let start = if NAME_INFIXES.contains_folded(doc.folded(first - 1)) && first >= 2 && spaced(first - 2) {
            (given(first - 2) && spaced(first - 1)).then_some(first - 2)
        } else if NAME_OPENERS.contains_folded(doc.folded(first - 1)) && given(first) && spaced(first - 1) {
            Some(first - 1)
        } else {
            None
        };
        let Some(start) = start else { continue };
        let from = tokens[start].span.start;
        // Only words no mention covers, or one mention of exactly the opener.
        let before = &mentions[..i];
        let clear = before.last().is_none_or(|p| {
            p.span.end <= from || (p.span == tokens[start].span && NAME_OPENERS.contains_folded(doc.folded(start)))
        });
        if clear {
            if let Some(p) = before.last().filter(|p| p.span.end > from) {
                taken.push(p.span);
            }
            mentions[i].span.start = from;
        }
    }
    if !taken.is_empty() {
        mentions.retain(|m| !taken.contains(&m.span));
    }
}

/// Whether `m` is one word, a place nisba: a nationality the tagger took for a person
/// ("[الفرنسي] [لويس ساها]"), not half a name.
fn is_one_word_nationality(doc: &Document, m: Mention) -> bool {
    let text = m.span.of(doc.text);
    let Some(model) = doc.model(crate::lang::Lang::Ar) else { return false };
    !text.contains(' ') && crate::ner::nisba::is_place_nisba(&model.gazetteer, &crate::text::normalize::fold(text))
}

/// Whether `m` is one word with the article that no list knows as a given name: a family name
/// standing for its bearer ("حكومة [الدبيبة] [عماد الطرابلسي]", the minister of Dbeibah's
/// government), which opens no longer name. "الحسين" is a given name.
fn is_one_word_family_name(doc: &Document, m: Mention) -> bool {
    let text = m.span.of(doc.text);
    !text.contains(' ') && text.starts_with("ال") && !crate::unknown_names::listed(doc, text, &["first", "given"])
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
        // A family name standing for a government's head, then its minister.
        let text = "وقال وزير الداخلية في حكومة الدبيبة عماد الطرابلسي إن";
        assert_eq!(joined(text, &["الدبيبة", "عماد الطرابلسي"]).len(), 2);
    }

    #[test]
    fn a_hyphenated_name_is_taken_whole() {
        let text = "دعت المنسقة الخاصة جينين هينيس-بلاسخارت الأطراف، والعلاقات الأمريكية - الروسية";
        assert_eq!(joined(text, &["جينين هينيس"]), ["جينين هينيس-بلاسخارت"]);
    }

    #[test]
    fn words_inside_a_name_join_it() {
        let text = "وقال رئيس غرفة تجارة الأردن خليل الحاج توفيق إن";
        assert_eq!(joined(text, &["توفيق"]), ["خليل الحاج توفيق"]);
        let text = "وقال ممثل الجبهة سيدي محمد عمر إن الجبهة";
        let got =
            crate::ner::run_rule(text, Lang::Ar, &[("سيدي", EntityKind::Loc), ("محمد عمر", EntityKind::Per)], join);
        assert_eq!(got, [("سيدي محمد عمر".to_string(), EntityKind::Per)]);
        // A title before a given name stays outside; a place stays a place.
        let text = "وزار الحاج محمد مدينة سيدي بوزيد";
        let got =
            crate::ner::run_rule(text, Lang::Ar, &[("محمد", EntityKind::Per), ("سيدي بوزيد", EntityKind::Loc)], join);
        assert_eq!(got, [("محمد".to_string(), EntityKind::Per), ("سيدي بوزيد".to_string(), EntityKind::Loc)]);
    }

    #[test]
    fn halves_longer_than_a_name_stay_apart() {
        let text = "قال محمد بن عبد الله بن سعيد آل ثاني اليوم";
        assert_eq!(joined(text, &["محمد بن عبد الله", "بن سعيد آل ثاني"]).len(), 2);
    }
}
