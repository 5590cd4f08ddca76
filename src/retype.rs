//! Document-level type agreement for people. "Mr Zelensky", "Dr Tedros", السيد الصدر
//! or الرئيس بايدن make the name a person, whatever the tagger said about it there or
//! elsewhere: the tagger decides each sentence on its own and guesses ORG or LOC for an
//! unseen name at the start of a sentence ("Volodymyr Zelensky spoke"), while the honorific
//! a few sentences later settles it. Every mention ending in the same surname follows.
//!
//! Arabic surnames are often nisbas (الكاظمي، الصفدي، العوادي), which read like nationality
//! adjectives (MISC) on their own: a one-word MISC that is the surname of a person named in
//! full elsewhere in the document ("أيمن الصفدي" … "الصفدي") is that person.

use std::collections::HashSet;

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::Mention;
use crate::text::normalize::{fold, FoldedWords};
use crate::text::TokenKind;

/// Words written right before a person's name (and hardly ever before anything else).
static HONORIFICS: FoldedWords = FoldedWords::new(&[
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "dame",
    "lord",
    "lady",
    "prof",
    "professor",
    "president",
    "senator",
    "sen",
    "rep",
    "gov",
    "chancellor",
    "pope",
    "minister",
    "governor",
    "mayor",
    "king",
    "queen",
    "prince",
    "princess",
    "ayatollah",
    "sheikh",
    "cardinal",
    "leader",
    "archbishop",
    "السيد",
    "السيدة",
    "الدكتور",
    "الدكتورة",
    "الشيخ",
    "الرئيس",
    "الرئيسة",
    "الملك",
    "الأمير",
    "الأميرة",
    "الوزير",
    "الوزيرة",
    "الوزراء",
    "السفير",
    "المستشار",
    "المستشارة",
    "اللواء",
    "العقيد",
    // Roles and occupations that news writes before a name ("المبعوث الأمريكي ...",
    // "الفنانة يسرا", "للمخرج نمير عبد المسيح").
    "المبعوث",
    "المبعوثة",
    "الموفد",
    "المتحدث",
    "المتحدثة",
    "الناطق",
    "النائب",
    "النائبة",
    "الفنان",
    "الفنانة",
    "المطرب",
    "المطربة",
    "المخرج",
    "المخرجة",
    "الممثل",
    "الممثلة",
    "الكاتب",
    "الكاتبة",
    "الروائي",
    "الروائية",
    "الشاعر",
    "الشاعرة",
    "اللاعب",
    "اللاعبة",
    "المدرب",
    "الإعلامي",
    "الإعلامية",
    "الصحفي",
    "الصحفية",
    "المحامي",
    "المحامية",
    "الجنرال",
    // Mostly with a pronoun: "مديرها العام تيدروس", "نظيره التركي هاكان فيدان".
    "المدير",
    "المديرة",
    "النظير",
    "النظيرة",
]);

/// Longest mention, in words, that a surname turns into a person ("Volodymyr Oleksandrovych
/// Zelensky"); longer ones are organisations named after people.
const MAX_PERSON_WORDS: usize = 4;

/// Retypes mentions as people where an honorific (or other evidence: `vouched`, folded
/// surnames of people found otherwise) vouches for them or for their surname, and one-word
/// MISC mentions that are the surname of a person named in full.
pub fn settle(doc: &Document, mentions: &mut [Mention], vouched: &HashSet<String>) {
    name_aliases(doc, mentions);
    let mut surnames: HashSet<String> = vouched.clone();
    // A MISC right after an honorific is the person's nationality (الرئيس الأمريكي جو بايدن).
    for m in mentions.iter_mut().filter(|m| m.kind != EntityKind::Misc) {
        if after_honorific(doc, m.span.start) {
            m.kind = EntityKind::Per;
            if let Some(last) = last_word(doc, m) {
                surnames.insert(last);
            }
        }
    }
    let full_name_surnames: HashSet<String> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Per && word_count(doc, m) >= 2)
        .filter_map(|m| last_word(doc, m))
        .collect();
    // English full names that open with a given name ("Jordan Pickford", not a tagger's
    // "Grozny Chechnya").
    let given_name_surnames: HashSet<String> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Per && word_count(doc, m) >= 2)
        .filter(|m| {
            m.span.of(doc.text).split_whitespace().next().is_some_and(|w| crate::english::is_given_name(doc, w))
        })
        .filter_map(|m| last_word(doc, m))
        .collect();
    for m in mentions.iter_mut().filter(|m| m.kind != EntityKind::Per) {
        let words = word_count(doc, m);
        let Some(last) = last_word(doc, m) else { continue };
        let vouched = words <= MAX_PERSON_WORDS && surnames.contains(&last);
        let nisba_surname = m.kind == EntityKind::Misc && words == 1 && full_name_surnames.contains(&last);
        // An English surname the tagger called a team or a place on its own ("Jordan Pickford"
        // … "denied by Pickford"), unless the lists know the word as one.
        let english_surname = matches!(m.kind, EntityKind::Org | EntityKind::Loc)
            && words == 1
            && given_name_surnames.contains(&last)
            && m.span.of(doc.text).starts_with(|c: char| c.is_ascii_uppercase())
            && !crate::english::is_listed_name(doc, m.span);
        if vouched || nisba_surname || english_surname {
            m.kind = EntityKind::Per;
        }
    }
}

/// An Arabic word in parentheses right after a person's name is that person's alias: "محمد
/// حمدان دقلو (حميدتي)". The tagger calls a lone nickname anything. A place or a listed
/// organisation there is the person's country or team ("Michael Schumacher (Ferrari)", the
/// way sports results write it), so only an unlisted word that is no place is retyped.
fn name_aliases(doc: &Document, mentions: &mut [Mention]) {
    let Some(g) = doc.model(crate::lang::Lang::Ar).map(|m| &m.gazetteer) else { return };
    let place_or_org = g.class_bit("loc") | g.class_bit("org");
    for i in 1..mentions.len() {
        let (person, alias) = (mentions[i - 1], mentions[i]);
        let word = alias.span.of(doc.text);
        let opens = doc.text[person.span.end..alias.span.start].trim() == "(";
        let closes = doc.text[alias.span.end..].trim_start().starts_with(')');
        let arabic_word = !word.is_empty() && word.chars().all(crate::lang::is_arabic_letter);
        let listed = g.classes_of(crate::hash::Fnv::new().str(&fold(word))) & place_or_org != 0;
        if person.kind == EntityKind::Per && alias.kind != EntityKind::Loc && opens && closes && arabic_word && !listed
        {
            mentions[i].kind = EntityKind::Per;
        }
    }
}

fn word_count(doc: &Document, m: &Mention) -> usize {
    m.span.of(doc.text).split_whitespace().count()
}

/// The folded last word of a mention.
fn last_word(doc: &Document, m: &Mention) -> Option<String> {
    m.span.of(doc.text).split_whitespace().last().map(fold)
}

/// Whether a folded word is an honorific or office title ("mr", "الرئيس").
pub(crate) fn is_honorific(folded: &str) -> bool {
    HONORIFICS.contains_folded(folded)
}

/// Whether the word before `start` (skipping the dot of "Mr.") is an honorific.
fn after_honorific(doc: &Document, start: usize) -> bool {
    let first = doc.tokens.partition_point(|t| t.span.end <= start);
    let mut t = first;
    while t > 0 {
        t -= 1;
        let token = &doc.tokens[t];
        if token.kind == TokenKind::Punct && token.span.of(doc.text) == "." && t + 1 == first {
            continue;
        }
        // Only the word right before the name, with nothing but spaces between.
        let between = &doc.text[token.span.end..start];
        let adjacent = between.chars().all(|c| c.is_whitespace() || c == '.');
        let word = fold(token.span.of(doc.text));
        return adjacent && HONORIFICS.contains_folded(word.trim_end_matches('.'));
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    fn mention(text: &str, name: &str, nth: usize, kind: EntityKind) -> Mention {
        let start = text.match_indices(name).nth(nth).map(|(i, _)| i).unwrap();
        Mention { span: Span::new(start, start + name.len()), kind }
    }

    #[test]
    fn a_name_in_parentheses_after_a_person_is_that_persons_alias() {
        let text = "قوات الدعم السريع بقيادة محمد حمدان دقلو (حميدتي) والجيش (الخرطوم)";
        let doc = Document::new(text, None);
        let mut mentions = vec![
            mention(text, "قوات الدعم السريع", 0, EntityKind::Org),
            mention(text, "محمد حمدان دقلو", 0, EntityKind::Per),
            mention(text, "حميدتي", 0, EntityKind::Org),
            mention(text, "الخرطوم", 0, EntityKind::Loc),
        ];
        settle(&doc, &mut mentions, &HashSet::new());
        let kinds: Vec<EntityKind> = mentions.iter().map(|m| m.kind).collect();
        assert_eq!(kinds, [EntityKind::Org, EntityKind::Per, EntityKind::Per, EntityKind::Loc]);
    }

    #[test]
    fn an_honorific_makes_the_name_and_its_surname_mentions_people() {
        let text = "Volodymyr Zelensky spoke. Mr. Zelensky thanked Zelensky Foundation staff and Britain.";
        let doc = Document::new(text, None);
        let mut mentions = vec![
            mention(text, "Volodymyr Zelensky", 0, EntityKind::Org),
            mention(text, "Zelensky", 1, EntityKind::Loc),
            mention(text, "Zelensky Foundation", 0, EntityKind::Org),
            mention(text, "Britain", 0, EntityKind::Loc),
        ];
        settle(&doc, &mut mentions, &HashSet::new());
        let kinds: Vec<EntityKind> = mentions.iter().map(|m| m.kind).collect();
        // The foundation's last word is not the surname; Britain has nothing to do with it.
        assert_eq!(kinds, [EntityKind::Per, EntityKind::Per, EntityKind::Org, EntityKind::Loc]);
    }

    #[test]
    fn an_english_surname_read_as_a_team_is_the_person_named_in_full() {
        if crate::ner::model_for(crate::lang::Lang::En).is_none() {
            return;
        }
        let text = "The shot beat goalkeeper Jordan Pickford. He was denied by Pickford late on. Lewis Hamilton won in Hamilton.";
        let doc = Document::new(text, Some(crate::lang::Lang::En));
        let mut mentions = vec![
            mention(text, "Jordan Pickford", 0, EntityKind::Per),
            mention(text, "Pickford", 1, EntityKind::Org),
            mention(text, "Lewis Hamilton", 0, EntityKind::Per),
            mention(text, "Hamilton", 1, EntityKind::Loc),
        ];
        settle(&doc, &mut mentions, &HashSet::new());
        let kinds: Vec<EntityKind> = mentions.iter().map(|m| m.kind).collect();
        // A listed city keeps its type.
        assert_eq!(kinds, [EntityKind::Per, EntityKind::Per, EntityKind::Per, EntityKind::Loc]);
    }

    #[test]
    fn office_titles_are_honorifics_too() {
        let text = "Sadiq Khan spoke first. Mayor Khan then met Prime Minister Narendra Modi. قال الوزير سموتريتش.";
        let doc = Document::new(text, None);
        let mut mentions = vec![
            mention(text, "Sadiq Khan", 0, EntityKind::Org),
            mention(text, "Khan", 1, EntityKind::Loc),
            mention(text, "Narendra Modi", 0, EntityKind::Org),
            mention(text, "سموتريتش", 0, EntityKind::Loc),
        ];
        settle(&doc, &mut mentions, &HashSet::new());
        assert!(mentions.iter().all(|m| m.kind == EntityKind::Per), "{mentions:?}");
    }

    #[test]
    fn arabic_honorifics_and_no_honorific_at_all() {
        let text = "وصل الصدر إلى بغداد. وقال السيد الصدر إن الزيارة مهمة.";
        let doc = Document::new(text, None);
        let mut mentions = vec![mention(text, "الصدر", 0, EntityKind::Loc), mention(text, "الصدر", 1, EntityKind::Org)];
        settle(&doc, &mut mentions, &HashSet::new());
        assert!(mentions.iter().all(|m| m.kind == EntityKind::Per));

        let plain = "Microsoft and Google are rivals in Seattle.";
        let doc = Document::new(plain, None);
        let mut mentions =
            vec![mention(plain, "Microsoft", 0, EntityKind::Org), mention(plain, "Seattle", 0, EntityKind::Loc)];
        settle(&doc, &mut mentions, &HashSet::new());
        assert_eq!(mentions.iter().map(|m| m.kind).collect::<Vec<_>>(), [EntityKind::Org, EntityKind::Loc]);
    }

    #[test]
    fn a_nisba_that_is_the_surname_of_a_person_named_in_full_is_that_person() {
        let text = "قال أيمن الصفدي إن الأردن يرفض. وأكد الصفدي أن الموقف الأردني ثابت.";
        let doc = Document::new(text, None);
        let mut mentions = vec![
            mention(text, "أيمن الصفدي", 0, EntityKind::Per),
            mention(text, "الصفدي", 1, EntityKind::Misc),
            mention(text, "الأردني", 0, EntityKind::Misc),
        ];
        settle(&doc, &mut mentions, &HashSet::new());
        assert_eq!(
            mentions.iter().map(|m| m.kind).collect::<Vec<_>>(),
            [EntityKind::Per, EntityKind::Per, EntityKind::Misc]
        );
    }

    #[test]
    fn the_honorific_must_be_right_before_the_name() {
        // "president" ends a clause here: the comma keeps it from vouching for Boeing.
        let text = "He was president, Boeing said.";
        let doc = Document::new(text, None);
        let mut mentions = vec![mention(text, "Boeing", 0, EntityKind::Org)];
        settle(&doc, &mut mentions, &HashSet::new());
        assert_eq!(mentions[0].kind, EntityKind::Org);
        // Words that only sometimes precede people are not honorifics: "MX Onda" is a company
        // in CoNLL, "Miss Universe" a contest.
        for (text, name) in [("Shares of MX Onda fell.", "Onda"), ("She won Miss Universe.", "Universe")] {
            let doc = Document::new(text, None);
            let mut mentions = vec![mention(text, name, 0, EntityKind::Org)];
            settle(&doc, &mut mentions, &HashSet::new());
            assert_eq!(mentions[0].kind, EntityKind::Org, "help: {text}");
        }
    }
}
