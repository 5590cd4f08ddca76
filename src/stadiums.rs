//! A stadium's whole name after its head: "ملعب [الحسن الثاني الكبير]", "ملعب [ابن بطوطة]",
//! "ملعب [الأمير مولاي عبد الله]". Arabic news names a stadium by "ملعب" or "استاد" and the
//! person, place or club it is named after. The tagger sees a person or a place in the words
//! after it, and often only some of them: the name runs on over regnal ordinals ("الثاني"),
//! titles ("الأمير"), "ابن" + a name, and the adjectives stadiums carry ("الكبير"). The head is
//! a descriptor and stays outside, as ANERcorp ("ملعب [فيسر]") and CoNLL ("[Wembley] stadium")
//! leave it.

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::Mention;
use crate::span::Span;
use crate::text::normalize::FoldedWords;
use crate::unknown_names::{arabic_lexicon, is_arabic, is_unknown_name};

static HEADS: FoldedWords = FoldedWords::new(&["ملعب", "استاد", "ستاد", "حلبة"]);
/// Transliterated last words of venues named in English ("الأول بارك", "المملكة أرينا"): they
/// end the name and take the word before them, whatever it is.
static VENUE_ENDS: FoldedWords = FoldedWords::new(&["أرينا", "بارك", "ستاديوم", "دوم"]);
static TITLES: FoldedWords = FoldedWords::new(&["الأمير", "الملك", "الشيخ", "السلطان", "مولاي", "الشهيد", "الإمام"]);
static LINKS: FoldedWords = FoldedWords::new(&["بن", "ابن", "بنت", "أبو", "عبد"]);
static ORDINALS: FoldedWords = FoldedWords::new(&[
    "الأول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
]);
/// Adjectives that end a stadium's name ("المجمع الرياضي" aside): the grand, international,
/// Olympic, national, municipal one.
static ADJECTIVES: FoldedWords = FoldedWords::new(&["الكبير", "الدولي", "الأولمبي", "الوطني", "البلدي"]);
/// Two-letter words that are never part of a name ("كامب نو" is).
static SHORT_STOPS: FoldedWords = FoldedWords::new(&[
    "من", "في", "عن", "أن", "إن", "لا", "ما", "لم", "لن", "قد", "هو", "هي", "ثم", "أو", "كل", "مع", "به", "له",
]);

/// Longest name taken after a head, in words.
const MAX_WORDS: usize = 6;

/// Whether a folded word is a head, with up to two clitics ("لملعب", "وبملعب").
fn is_head(folded: &str) -> bool {
    let mut rest = folded;
    for _ in 0..2 {
        if HEADS.contains_folded(rest) {
            return true;
        }
        let Some(shorter) = rest.strip_prefix(['و', 'ف', 'ب', 'ل']) else { return false };
        rest = shorter;
    }
    HEADS.contains_folded(rest)
}

/// Whether a folded word is "استاد" or "ستاد", with up to two clitics.
fn is_stadium_word(folded: &str) -> bool {
    let bare = folded.trim_start_matches(['و', 'ف', 'ب', 'ل']);
    matches!(bare, "استاد" | "ستاد") && folded.chars().count() - bare.chars().count() <= 2
}

/// A definite Arabic word that can name a stadium: no time word, relative or the city's
/// "الجديد" (new).
fn is_definite_word(doc: &Document, t: usize) -> bool {
    let folded = doc.folded(t);
    is_arabic(doc.word(t))
        && folded.starts_with("ال")
        && folded.chars().count() >= 4
        && !matches!(folded, "الذي" | "التي" | "الجديد" | "الجديده" | "اليوم" | "الان")
}

/// Makes every stadium named in Arabic one place, its head left out.
pub fn mark(doc: &Document, mentions: &mut Vec<Mention>) {
    let Some(lexicon) = arabic_lexicon(doc) else { return };
    let tokens = &doc.tokens;
    // The mentions by start (a stable sort: equal starts keep their order), for binary
    // searches: a page may hold thousands of venues and tens of thousands of mentions.
    let mut by_start: Vec<&Mention> = mentions.iter().collect();
    by_start.sort_by_key(|m| m.span.start);
    let mut found = Vec::new();
    let mut t = 0;
    while t + 1 < tokens.len() {
        if !is_arabic(doc.word(t)) || !is_head(doc.folded(t)) {
            t += 1;
            continue;
        }
        let spaced = |a: usize, b: usize| doc.only_spaces_between(tokens[a].span.end, tokens[b].span.start);
        let mut end = t + 1;
        let mut named = false;
        while end < tokens.len() && end - t <= MAX_WORDS && spaced(end - 1, end) && is_arabic(doc.word(end)) {
            let start = tokens[end].span.start;
            let folded = doc.folded(end);
            if end + 1 < tokens.len() && spaced(end, end + 1) && VENUE_ENDS.contains_folded(doc.folded(end + 1)) {
                end += 2;
                named = true;
                break;
            }
            let from = by_start.partition_point(|m| m.span.start < start);
            let mention =
                by_start[from..].iter().take_while(|m| m.span.start == start).find(|m| m.kind != EntityKind::Misc);
            if let Some(m) = mention {
                end = tokens.partition_point(|tok| tok.span.end <= m.span.end);
                named = true;
                continue;
            }
            // A city after ب or في is where the stadium stands ("ملعب ابن بطوطة بطنجة").
            let after = by_start.partition_point(|m| m.span.start <= start);
            let inner = by_start.get(after).is_some_and(|m| m.span.start < tokens[end].span.end);
            let in_city = folded.strip_prefix('ب').is_some_and(crate::cities::is_listed_city);
            if named && (inner || in_city) {
                if in_city && !inner {
                    let clitic = crate::ner::spans::letters_len(doc.word(end), 1);
                    found
                        .push(Mention { span: Span::new(start + clitic, tokens[end].span.end), kind: EntityKind::Loc });
                }
                break;
            }
            let short_name = folded.chars().count() == 2 && named && !SHORT_STOPS.contains_folded(folded);
            let linked = LINKS.contains_folded(folded) && end + 1 < tokens.len() && spaced(end, end + 1);
            if linked {
                end += 2;
                named = true;
            } else if is_unknown_name(lexicon, doc.word(end)) || short_name {
                end += 1;
                named = true;
            } else if TITLES.contains_folded(folded) && !named || named && ORDINALS.contains_folded(folded) {
                end += 1;
            } else if named && ADJECTIVES.contains_folded(folded) {
                end += 1;
                break;
            } else {
                break;
            }
        }
        // "استاد" names a stadium even by ordinary definite words ("استاد البيت", "استاد
        // المدينة التعليمية"), up to two of them; "ملعب" also means any pitch ("ملعب المدرسة").
        if !named && end == t + 1 && is_stadium_word(doc.folded(t)) {
            while end < tokens.len() && end - t <= 2 && spaced(end - 1, end) && is_definite_word(doc, end) {
                end += 1;
                named = true;
            }
        }
        if named {
            let span = Span::new(tokens[t + 1].span.start, tokens[end - 1].span.end);
            // Before the city found after it, if any: `found` stays in text order.
            let at = found.len() - usize::from(found.last().is_some_and(|m| m.span.start >= span.end));
            found.insert(at, Mention { span, kind: EntityKind::Loc });
        }
        t = end.max(t + 1);
    }
    crate::ner::replace_overlapping(mentions, found);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn run(text: &str, found: &[(&str, EntityKind)]) -> Vec<(String, EntityKind)> {
        crate::ner::run_rule(text, Lang::Ar, found, mark)
    }

    fn places(names: &[&str]) -> Vec<(String, EntityKind)> {
        names.iter().map(|n| (n.to_string(), EntityKind::Loc)).collect()
    }

    #[test]
    fn the_head_ordinals_titles_and_adjectives_join_the_name() {
        if crate::unknown_names::lexicon_of_model().is_none() {
            return;
        }
        let text = "بناء ملعب الحسن الثاني الكبير في بنسليمان";
        assert_eq!(run(text, &[("الحسن", EntityKind::Loc)]), places(&["الحسن الثاني الكبير"]));
        let text = "أعيد بناء ملعب الأمير مولاي عبد الله في العاصمة";
        assert_eq!(run(text, &[("مولاي عبد الله", EntityKind::Per)]), places(&["الأمير مولاي عبد الله"]));
        let text = "على ملعب ابن بطوطة بطنجة أمس";
        assert_eq!(run(text, &[("ابن", EntityKind::Per)]), places(&["ابن بطوطة", "طنجة"]));
        let text = "الطاقة الاستيعابية لملعب ابن بطوطة إلى نحو";
        assert_eq!(run(text, &[("ابن", EntityKind::Per)]), places(&["ابن بطوطة"]));
        let text = "ملعب سانتياغو برنابيو وملعب كامب نو على";
        let found = [("سانتياغو برنابيو", EntityKind::Loc), ("كامب", EntityKind::Loc)];
        assert_eq!(run(text, &found), places(&["سانتياغو برنابيو", "كامب نو"]));
    }

    #[test]
    fn a_venue_named_in_english_ends_with_its_transliterated_word() {
        let text = "فاز الخليج مساء الجمعة على ملعب الأول بارك، وعلى ملعب المملكة أرينا بالرياض";
        assert_eq!(run(text, &[]), places(&["الأول بارك", "المملكة أرينا"]));
        assert_eq!(
            run("النزال على حلبة كينغدم أرينا في الرياض", &[("كينغدم", EntityKind::Loc)]),
            places(&["كينغدم أرينا"])
        );
    }

    #[test]
    fn a_head_with_no_name_after_it_is_left_alone() {
        if crate::unknown_names::lexicon_of_model().is_none() {
            return;
        }
        // Ordinary words after the head, or nothing that names it.
        assert_eq!(run("وصل الفريق إلى الملعب الجديد في المدينة", &[]), []);
        assert_eq!(run("ملعب كرة القدم في المدرسة", &[]), []);
        let text = "على استاد البيت في الخور، وعلى استاد المدينة التعليمية.";
        assert_eq!(run(text, &[]), places(&["البيت", "المدينة التعليمية"]));
        assert_eq!(run("ولعبوا في ملعب المدرسة", &[]), []);
        let text = "ملعب في الرباط";
        assert_eq!(run(text, &[("الرباط", EntityKind::Loc)]), places(&["الرباط"]));
    }
}
