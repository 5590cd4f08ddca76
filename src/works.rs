//! Titles of works in quotation marks: "فيلم "الحياة بعد سهام"", "رواية بعنوان "أصدقائي"",
//! "the film “Past Lives”". The guidelines make works MISC; the taggers, trained on 2006 news,
//! read a title's words one by one (a given name inside it becomes a person). A work's head
//! noun, or "بعنوان" / "titled", right before the marks says the inside is one title. In
//! English the inside says it too: a few words all in title case ("Jacir's "Palestine 36"",
//! "went to "Hijra"", "for "Aisha Can't Fly Away,"") are a title, where speech has lower-case
//! words. As a MISC entity that covers the marks' inside it is also no quote
//! (`quotes::fragment`), however long it is.

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::lang::Lang;
use crate::ner::Mention;
use crate::text::normalize::FoldedWords;
use crate::text::TokenKind;

/// Heads of works, and the words that introduce a title ("بعنوان", "titled"), folded. Arabic
/// heads are indefinite: a title stands in apposition to "فيلم", while after "الفيلم" or
/// "روايته" the marks are as often what the work is ("إن الفيلم "رحلة شخصية عن الفقد"").
static HEADS: FoldedWords = FoldedWords::new(&[
    "فيلم",
    "مسلسل",
    "رواية",
    "كتاب",
    "ألبوم",
    "أغنية",
    "مسرحية",
    "ديوان",
    "قصيدة",
    "وثائقي",
    // Pipelines and projects ("خط "ميدغاز"", "مشروع "غالسي"").
    "خط",
    "مشروع",
    // Ships and missions are named the same way ("سفينة الشحن "سي ليجند"", "مهمة "أسبيدس"").
    "سفينة",
    "السفينة",
    "ناقلة",
    "الناقلة",
    "مهمة",
    "بعنوان",
    "عنوانه",
    "عنوانها",
    "film",
    "movie",
    "novel",
    "book",
    "memoir",
    "album",
    "song",
    "single",
    "series",
    "sitcom",
    "play",
    "musical",
    "documentary",
    "opera",
    "podcast",
    "painting",
    "poem",
    "titled",
    "entitled",
]);

/// Words that open a named plan inside its marks ("في "خطة ماتي"", "رؤية 2030"): the marks
/// hold a name, as after a head.
static PLANS: FoldedWords = FoldedWords::new(&["خطة", "مبادرة", "رؤية", "صفقة"]);

/// Clitics a head may carry ("بفيلم", "وروايته").
const CLITICS: [char; 5] = ['و', 'ف', 'ب', 'ل', 'ك'];

/// Most words between the head and the opening mark ("رواية جديدة", "the new film").
const MAX_BETWEEN: usize = 2;
/// Most words of a title; longer is speech.
const MAX_WORDS: usize = 10;

/// Marks quoted titles of works MISC, replacing the mentions inside them. Linear: the quoted
/// spans are only looked for when a head word occurs.
pub fn mark(doc: &Document, mentions: &mut Vec<Mention>) {
    // Most pages have marks but no head before them: look at the few words before each mark
    // (folding only those) before pairing any marks.
    let mut buf = String::new();
    let candidate = doc.tokens.iter().enumerate().any(|(t, token)| {
        token.kind == TokenKind::Punct
            && token.span.of(doc.text).chars().any(is_quote_mark)
            && ((t.saturating_sub(MAX_BETWEEN + 1)..t).any(|w| {
                crate::text::normalize::fold_into(doc.word(w), &mut buf);
                is_head(&buf) || is_definite_head(&buf)
            }) || t + 1 < doc.tokens.len() && PLANS.contains(doc.word(t + 1)))
    });
    let english = doc.blocks.iter().any(|b| b.lang == Lang::En);
    if !candidate && !english {
        return;
    }
    // Where the last title found closed: a list of works names its head once ("رواية "صلاة
    // القلق" لندا، و"وادي الفراشات" لجرجيس").
    let mut last_title_end: Option<usize> = None;
    let mut titles: Vec<crate::span::Span> = Vec::new();
    // The mentions as they stand before any title, by start, for binary searches (a page may
    // quote thousands of times); a title found takes the place of the mentions inside it once
    // the loop is done, so "a mention now" is one of these outside every title so far, or a
    // title.
    let mut by_start: Vec<&Mention> = mentions.iter().collect();
    by_start.sort_by_key(|m| m.span.start);
    let longest = by_start.iter().map(|m| m.span.len()).max().unwrap_or(0);
    let in_title = |titles: &[crate::span::Span], m: &Mention| titles.iter().any(|t| t.contains(m.span));
    let overlapping = |start: usize, end: usize| {
        let from = by_start.partition_point(|m| m.span.start + longest < start);
        let to = by_start.partition_point(|m| m.span.start < end);
        by_start[from..to.max(from)].iter().copied().filter(move |m| m.span.start < end && start < m.span.end)
    };
    for quoted in crate::quotes::marks::find_quoted(doc) {
        let Some(close) = quoted.close else { continue };
        if quoted.inner.is_empty() {
            continue;
        }
        let listed = last_title_end.is_some_and(|end| next_in_list(doc, end, quoted.open.start));
        // No more words than a fragment: longer, it is speech about a plan.
        let inner = quoted.inner.of(doc.text);
        let plan = inner.split_whitespace().count() <= MAX_FRAGMENT
            && inner.split(' ').next().is_some_and(|w| PLANS.contains(w));
        let head = after_head(doc, quoted.open.start).or((listed || plan).then_some(Head::Indefinite));
        let title_case =
            doc.blocks.get(quoted.block).is_some_and(|b| b.lang == Lang::En) && title_cased(quoted.inner.of(doc.text));
        let (head, quoted) = match (head, title_case) {
            (Some(head), _) => (head, quoted),
            // American punctuation puts a comma or stop inside the marks: not the title's.
            (None, true) => {
                let inner = quoted.inner.of(doc.text);
                let trimmed = inner.trim_end_matches([',', '.']);
                let inner = crate::span::Span::new(quoted.inner.start, quoted.inner.start + trimmed.len());
                // A name of several words the tagger found whole keeps its type: "the "Muslim
                // Brotherhood"" (one word in marks is more often a title: "went to "Sattar"").
                let several = trimmed.contains(' ');
                let whole = |m: &Mention| m.span == inner && m.kind != EntityKind::Misc && !in_title(&titles, m);
                if several && overlapping(inner.start, inner.end).any(whole) {
                    continue;
                }
                (Head::Indefinite, crate::quotes::marks::Quoted { inner, ..quoted })
            }
            (None, false) => continue,
        };
        let inner = quoted.inner.of(doc.text);
        let words = inner.split_whitespace().count();
        // After a definite or possessed head only a title too short to be speech (the
        // guidelines' fragments of 1-3 words): "الفيلم السعودي "ظلال الرمل"", "أغنيته "حدوتة مصرية"".
        if head == Head::Definite && words > MAX_FRAGMENT {
            continue;
        }
        // Sentence punctuation inside is speech, not a title.
        if words > MAX_WORDS || inner.contains(['.', '!', '?', '؟', '،', ',', ';', '؛']) {
            continue;
        }
        let title = quoted.inner;
        let crosses =
            |m: &Mention| m.span.start < close.end && quoted.open.start < m.span.end && !title.contains(m.span);
        let crossed_mention = overlapping(quoted.open.start, close.end).any(|m| !in_title(&titles, m) && crosses(m));
        let crossed_title = titles.iter().any(|&t| crosses(&Mention { span: t, kind: EntityKind::Misc }));
        if crossed_mention || crossed_title {
            continue;
        }
        last_title_end = Some(close.end);
        titles.push(title);
    }
    if !titles.is_empty() {
        mentions.retain(|m| !in_title(&titles, m));
        // A title inside a later one (marks within marks) gave way to it.
        let outermost = |t: &crate::span::Span| !titles.iter().any(|u| u != t && u.contains(*t));
        mentions.extend(titles.iter().filter(|t| outermost(t)).map(|&span| Mention { span, kind: EntityKind::Misc }));
    }
    mentions.sort_by_key(|m| m.span.start);
    mark_quoted_repeats(doc, mentions, &titles);
}

/// A title named once after its head is the same work or ship when it stands in marks again
/// without one: "سفينة الشحن "ماجيك سيز"" … "طاقم "ماجيك سيز"" (the crew of). Only a
/// mention exactly between marks: the bare name may be a person the work is named after.
fn mark_quoted_repeats(doc: &Document, mentions: &mut [Mention], titles: &[crate::span::Span]) {
    if titles.is_empty() {
        return;
    }
    let names: Vec<&str> = titles.iter().map(|t| t.of(doc.text)).collect();
    for m in mentions.iter_mut().filter(|m| m.kind != EntityKind::Misc) {
        let before = doc.text[..m.span.start].chars().next_back();
        let after = doc.text[m.span.end..].chars().next();
        let quoted = before.is_some_and(is_quote_mark) && after.is_some_and(is_quote_mark);
        if quoted && names.contains(&m.span.of(doc.text)) {
            m.kind = EntityKind::Misc;
        }
    }
}

/// Most words between two titles of one list.
const MAX_LIST_GAP: usize = 30;

/// Whether marks opening at `open` continue a list of titles that closed at `end`: "و" right
/// before the marks, in the same sentence, a few words on.
fn next_in_list(doc: &Document, end: usize, open: usize) -> bool {
    let first = doc.tokens.partition_point(|t| t.span.start < end);
    let last = doc.tokens.partition_point(|t| t.span.end <= open);
    let Some(before) = last.checked_sub(1).filter(|&b| b >= first) else { return false };
    let sentence_end = |t: usize| matches!(doc.word(t), "." | "!" | "?" | "؟");
    doc.word(before) == "و" && last - first <= MAX_LIST_GAP && !(first..last).any(sentence_end)
}

/// Words (not first) that stay lower case in an English title.
const TITLE_SMALL_WORDS: [&str; 12] = ["of", "the", "a", "an", "and", "or", "in", "on", "to", "for", "at", "from"];

/// Most words of a title told by its title case alone.
const MAX_TITLE_CASE_WORDS: usize = 6;

/// Whether English words (a comma or stop at the end aside) are a title in title case: each
/// capitalised or a number, small words inside excepted, and at least one letter.
fn title_cased(inner: &str) -> bool {
    let words: Vec<&str> = inner.trim_end_matches([',', '.']).split_whitespace().collect();
    let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    !words.is_empty()
        && words.len() <= MAX_TITLE_CASE_WORDS
        && words[0].starts_with(char::is_uppercase)
        && words.iter().enumerate().all(|(i, w)| capitalised(w) || i > 0 && TITLE_SMALL_WORDS.contains(w))
}

fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '«' | '“' | '”' | '„' | '\'' | '‘' | '’' | '‹' | '「' | '『')
}

fn is_head(folded: &str) -> bool {
    HEADS.contains_folded(folded)
        || folded.strip_prefix(CLITICS).is_some_and(|rest| rest.chars().count() >= 3 && HEADS.contains_folded(rest))
}

/// Most words of a title after a definite head: longer marks there may be speech.
const MAX_FRAGMENT: usize = 3;

#[derive(Clone, Copy, PartialEq)]
enum Head {
    /// "فيلم", "بعنوان", "the film": the marks hold a title.
    Indefinite,
    /// "الفيلم", "أغنيته": the marks may also say what the work is.
    Definite,
}

/// An Arabic head with the article or an attached pronoun ("الفيلم", "وأغنيته", "مسلسلها";
/// a teh marbuta is written ت before the pronoun), folded.
fn is_definite_head(folded: &str) -> bool {
    let bare = folded.strip_prefix(CLITICS).filter(|r| r.starts_with("ال")).unwrap_or(folded);
    if bare.strip_prefix("ال").is_some_and(|rest| rest.chars().count() >= 3 && HEADS.contains_folded(rest)) {
        return true;
    }
    ["ها", "هم", "ه"].iter().filter_map(|p| bare.strip_suffix(p)).any(|stem| {
        let feminine = stem.strip_suffix('ت').map(|s| format!("{s}ه"));
        stem.chars().count() >= 3
            && (HEADS.contains_folded(stem) || feminine.is_some_and(|f| HEADS.contains_folded(&f)))
    })
}

/// The head word that stands at most [`MAX_BETWEEN`] words before `open`, with no punctuation
/// between.
fn after_head(doc: &Document, open: usize) -> Option<Head> {
    let end = doc.tokens.partition_point(|t| t.span.end <= open);
    let mut t = end;
    for _ in 0..=MAX_BETWEEN {
        let prev = t.checked_sub(1)?;
        if doc.tokens[prev].kind == TokenKind::Punct {
            return None;
        }
        let folded = doc.folded(prev);
        if is_head(folded) {
            return Some(Head::Indefinite);
        }
        if is_definite_head(folded) {
            return Some(Head::Definite);
        }
        t = prev;
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::annotations::EntityKind;

    fn found(text: &str) -> Vec<(&str, EntityKind)> {
        crate::annotate(text, &crate::Options::default()).entities.iter().map(|e| (e.span.of(text), e.kind)).collect()
    }

    #[test]
    fn a_quoted_title_after_a_work_head_is_one_misc_entity() {
        let text = "فاز فيلم \"الحياة بعد سهام\" للمخرج المصري نمير عبد المسيح بجائزة.";
        assert!(found(text).contains(&("الحياة بعد سهام", EntityKind::Misc)), "{:?}", found(text));
        let text = "صدرت رواية جديدة بعنوان «ليالي ألف ليلة وليلة في القاهرة القديمة» هذا الأسبوع.";
        let got = found(text);
        assert!(got.contains(&("ليالي ألف ليلة وليلة في القاهرة القديمة", EntityKind::Misc)), "{got:?}");
        // Long as it is, the title is no quote.
        assert!(crate::annotate(text, &crate::Options::default()).quotes.is_empty());
        let text = "Her film “Past Lives” was nominated for an Oscar.";
        assert!(found(text).contains(&("Past Lives", EntityKind::Misc)), "{:?}", found(text));
        // English titles in title case need no head; a comma inside the marks is not theirs.
        let text = "Annemarie Jacir's \"Palestine 36\" won, and a prize went to \"Aisha Can't Fly Away,\" a drama.";
        let got = found(text);
        assert!(got.contains(&("Palestine 36", EntityKind::Misc)), "{got:?}");
        assert!(got.contains(&("Aisha Can't Fly Away", EntityKind::Misc)), "{got:?}");
        // A name the tagger found whole in the marks keeps its type.
        let text = "The \"Muslim Brotherhood\" denied it.";
        assert!(found(text).contains(&("Muslim Brotherhood", EntityKind::Org)), "{:?}", found(text));
        // A short title after a definite or possessed head.
        let text = "وحصد الفيلم السعودي \"ظلال الرمل\" الجائزة، وأدى المطرب أغنيته الشهيرة \"حدوتة مصرية\".";
        let got = found(text);
        assert!(
            got.contains(&("ظلال الرمل", EntityKind::Misc)) && got.contains(&("حدوتة مصرية", EntityKind::Misc)),
            "{got:?}"
        );
    }

    #[test]
    fn a_list_of_titles_names_its_head_once() {
        let text = "وتضم القائمة رواية \"صلاة القلق\" للكاتب المصري محمد سمير ندا، و\"وادي الفراشات\" للكاتب العراقي أزهر جرجيس، و\"دانشمند\" للموريتاني أحمد فال الدين. وقال \"هذا جيد جدا\" ثم مضى.";
        let got = found(text);
        for title in ["صلاة القلق", "وادي الفراشات", "دانشمند"] {
            assert!(got.contains(&(title, EntityKind::Misc)), "{title}: {got:?}");
        }
        assert!(!got.iter().any(|(t, _)| *t == "هذا جيد جدا"), "{got:?}");
    }

    #[test]
    fn a_quoted_ship_or_mission_is_misc() {
        let text = "استهدف الحوثيون سفينة الشحن \"سي ليجند\" وأعلنت مهمة \"أسبيدس\" البحرية مرافقة سفينتين.";
        let got = found(text);
        assert!(
            got.contains(&("سي ليجند", EntityKind::Misc)) && got.contains(&("أسبيدس", EntityKind::Misc)),
            "{got:?}"
        );
    }

    #[test]
    fn a_quoted_pipeline_project_or_plan_is_misc() {
        let text = "لتوريد الغاز عبر خط \"ميدغاز\" ولإحياء مشروع \"غالسي\"، في إطار \"خطة ماتي\" الإيطالية.";
        let got = found(text);
        for name in ["ميدغاز", "غالسي", "خطة ماتي"] {
            assert!(got.contains(&(name, EntityKind::Misc)), "{name}: {got:?}");
        }
        // Speech about a plan is no name.
        let text = "وقال الوزير: \"خطة الحكومة لن تنجح دون دعم دولي واسع\".";
        assert!(found(text).iter().all(|(_, k)| *k != EntityKind::Misc), "{:?}", found(text));
    }

    #[test]
    fn a_ship_named_again_in_marks_is_the_ship() {
        let text = "هجوم على سفينة الشحن \"ماجيك سيز\" التي ترفع علم ليبيريا. وأفادت الهيئة بأن طاقم \"ماجيك سيز\" غادر السفينة.";
        let got = found(text);
        assert_eq!(got.iter().filter(|e| **e == ("ماجيك سيز", EntityKind::Misc)).count(), 2, "{got:?}");
    }

    #[test]
    fn speech_and_marks_without_a_head_are_left_alone() {
        // After a definite head the marks say what the work is, unless too short for speech.
        let text = "وقال المخرج إن الفيلم \"رحلة شخصية عن الفقد والذاكرة\".";
        assert!(found(text).iter().all(|(_, k)| *k != EntityKind::Misc), "{:?}", found(text));
        let text = "وقال الوزير إن \"الحكومة ستواصل العمل على إنهاء الأزمة\".";
        assert!(found(text).iter().all(|(_, k)| *k != EntityKind::Misc), "{:?}", found(text));
        // A head far before the marks, or with punctuation between, introduces nothing.
        let text = "He wrote a book, then said “we will win this fight”.";
        assert!(found(text).iter().all(|(_, k)| *k != EntityKind::Misc), "{:?}", found(text));
        // Speech has lower-case words, whatever its first word.
        let text = "\"Europe has to carry more of its own weight,\" Sunak told reporters.";
        assert!(crate::annotate(text, &crate::Options::default()).quotes.len() == 1);
    }
}
