//! Unseen Arabic names right after a title: "قال الوزير سموتريتش", "الرئيس زيلينسكي". The
//! Arabic model, trained on 2006 news, often leaves a foreign name it never saw untagged; a
//! title before it and the word's absence from the Arabic word lists (it is no ordinary word,
//! verb or particle) together say it is a person. Up to three such words make the name; a
//! definite word ("الرئيس التنفيذي", "الرئيس السابق") or a known word ends it.

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::Mention;
use crate::span::Span;
use crate::text::normalize::{fold, FoldedWords};
use crate::unknown_names::{arabic_lexicon, is_arabic, is_only_a_verb, is_unknown_name};

/// Longest name taken after a title, in words.
const MAX_WORDS: usize = 3;

/// Most nationality adjectives between a title and the name ("الرئيس الأمريكي الأسبق").
const MAX_NISBAS: usize = 2;

/// Most definite words after the body of a title in the construct state.
const MAX_BODY_WORDS: usize = 4;

/// An Arabic title of the honorific list (a folded word), also with a clitic before its article
/// ("للمخرج", "والوزير"), or without the article and with a pronoun after it, which makes it
/// as definite ("نظيره", his counterpart; "مديرها", its director). Other words are passed over.
fn is_title(word: &str, folded: &str) -> bool {
    if let Some(rest) = folded.strip_prefix("لل") {
        return is_title_with_article(rest, "");
    }
    let with_article = folded.strip_prefix(['و', 'ف', 'ب', 'ك']).filter(|r| r.starts_with("ال")).unwrap_or(folded);
    if with_article.starts_with("ال") {
        return crate::retype::is_honorific(with_article);
    }
    // The pronoun is written ه where folding also gives ه for ة ("رئيسة" is no "رئيسه").
    if word.ends_with('ة') {
        return false;
    }
    let bare = folded.strip_prefix(['و', 'ف']).filter(|r| r.chars().count() >= 5).unwrap_or(folded);
    ["ه", "ها", "هم"].iter().filter_map(|p| bare.strip_suffix(p)).any(|stem| {
        // A feminine ة is written ت before the pronoun: "نظيرته" → "النظيرة".
        is_title_with_article(stem, "") || stem.strip_suffix('ت').is_some_and(|s| is_title_with_article(s, "ه"))
    })
}

/// Whether "ال" + `stem` + `ending` (folded) is a title: built in a buffer kept per thread,
/// as this is asked of every word.
fn is_title_with_article(stem: &str, ending: &str) -> bool {
    thread_local! {
        static BUFFER: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    BUFFER.with(|buffer| {
        let mut buffer = buffer.borrow_mut();
        buffer.clear();
        buffer.push_str("ال");
        buffer.push_str(stem);
        buffer.push_str(ending);
        crate::retype::is_honorific(&buffer)
    })
}

/// Definite words that follow a given name without being its family name: time and order.
static NOT_FAMILY_NAMES: FoldedWords = FoldedWords::new(&[
    "الماضي",
    "الماضية",
    "المقبل",
    "المقبلة",
    "الحالي",
    "الجديد",
    "الجديدة",
    "الأول",
    "الأولى",
    "الثاني",
    "الثالث",
    "الأسبوع",
    "اليوم",
    "الخميس",
    "الجمعة",
    "السبت",
    "الأحد",
    "الاثنين",
    "الثلاثاء",
    "الأربعاء",
]);

/// Adjectives of a title itself, which may stand between it and the name ("المدير العام",
/// "الرئيس التنفيذي", "الرئيس الأسبق"), folded.
static TITLE_ADJECTIVES: FoldedWords = FoldedWords::new(&[
    "العام",
    "العامة",
    "التنفيذي",
    "التنفيذية",
    "السابق",
    "السابقة",
    "الأسبق",
    "الجديد",
    "الجديدة",
    "الحالي",
    "الحالية",
    "الفني",
    "الخاص",
    "الخاصة",
    "الأعلى",
]);

/// A definite nisba adjective (a folded word: "المصري", "اللبنانيه"; "الاسبق" is not one).
fn is_nisba(folded: &str) -> bool {
    folded.starts_with("ال") && crate::ner::nisba::has_nisba_ending(folded) && folded.chars().count() >= 5
}

/// Words of three letters or more that come after a title without being a name.
static PARTICLES: FoldedWords = FoldedWords::new(&[
    "إلى",
    "على",
    "عن",
    "بعد",
    "قبل",
    "لدى",
    "منذ",
    "أمس",
    "اليوم",
    "أيضا",
    "الذي",
    "التي",
    "خلال",
    "باسم",
    "إن",
    "أن",
    "إنه",
    "أنه",
    "قد",
    "في",
    "من",
    "مع",
    "لم",
    "لن",
    "كان",
    "كانت",
]);

/// A given name of the name lists that names no place or organisation ("يسرى", "توم",
/// "فيروز").
fn is_given_name(doc: &Document, word: &str) -> bool {
    use crate::unknown_names::listed;
    let folded = fold(word);
    // Not a word that is a title with the article ("وزير": الوزير) or a particle ("باسم", on
    // behalf of, after "المتحدث"), though people carry them as names.
    let title_or_particle = is_title_with_article(&folded, "") || PARTICLES.contains_folded(&folded);
    listed(doc, word, &["first", "given"]) && !listed(doc, word, &["loc", "org"]) && !title_or_particle
}

/// Whether token `t` is a listed given name, even one that also names a place ("علي"), with
/// an unseen word right after it: "وزير الداخلية التركي علي يرلي كايا".
fn opens_unseen_name(doc: &Document, lexicon: &crate::ner::lexicon::Lexicon, t: usize) -> bool {
    let word = doc.word(t);
    let next = t + 1;
    crate::unknown_names::listed(doc, word, &["first", "given"])
        // "علي" folds like the particle "على"; written with ي it is the name.
        && (word == "علي" || !PARTICLES.contains_folded(doc.folded(t)))
        && next < doc.tokens.len()
        && adjacent(doc, next)
        && is_arabic(doc.word(next))
        && is_unknown_name(lexicon, doc.word(next))
}

/// Prepositions that put the place of an office between the title and the name ("المبعوث
/// الخاص إلى السودان توم بيرييلو").
static PLACE_PREPOSITIONS: FoldedWords = FoldedWords::new(&["إلى", "لدى", "في"]);

/// The end of what may stand between a title (and its adjectives) and the name, from token
/// `at`: the body the office belongs to, as "لل" + a noun and maybe a definite adjective
/// ("المديرة العامة للصندوق", "المدير العام للوكالة الذرية"), or a preposition and a place the
/// tagger found ("إلى السودان"). `at` itself when nothing of the kind is there.
fn complement_end(doc: &Document, mentions: &[Mention], at: usize) -> usize {
    let tokens = &doc.tokens;
    if at >= tokens.len() || !adjacent(doc, at) {
        return at;
    }
    if doc.folded(at).starts_with("لل") && doc.folded(at).chars().count() >= 5 {
        let adjective = at + 1 < tokens.len() && adjacent(doc, at + 1) && doc.folded(at + 1).starts_with("ال");
        return if adjective { at + 2 } else { at + 1 };
    }
    // A body's purpose in construct after ل ("لكرة القدم", "لحقوق الإنسان") after its name.
    let folded = doc.folded(at);
    if folded.starts_with('ل')
        && !folded.starts_with("لل")
        && folded.chars().count() >= 4
        && at > 0
        && crate::ner::near(mentions, tokens[at - 1].span.end, tokens[at - 1].span.end)
            .iter()
            .any(|m| m.kind == EntityKind::Org && m.span.end == tokens[at - 1].span.end)
        && at + 1 < tokens.len()
        && adjacent(doc, at + 1)
        && doc.folded(at + 1).starts_with("ال")
    {
        return at + 2;
    }
    // "المتحدث باسم الجماعة", "المتحدث العسكري باسم الجيش الوطني": on behalf of a body.
    if doc.folded(at) == "باسم"
        && at + 1 < tokens.len()
        && adjacent(doc, at + 1)
        && doc.folded(at + 1).starts_with("ال")
    {
        let adjective = at + 2 < tokens.len() && adjacent(doc, at + 2) && doc.folded(at + 2).starts_with("ال");
        return if adjective { at + 3 } else { at + 2 };
    }
    // "والمتحدث باسمه": on its behalf, the body named before the title.
    if crate::ner::spans::is_on_behalf(doc.folded(at)) {
        return at + 1;
    }
    if PLACE_PREPOSITIONS.contains_folded(doc.folded(at)) && at + 1 < tokens.len() && adjacent(doc, at + 1) {
        let start = tokens[at + 1].span.start;
        let i = mentions.partition_point(|m| m.span.start < start);
        if let Some(place) = mentions.get(i).filter(|m| m.span.start == start && m.kind == EntityKind::Loc) {
            return tokens.partition_point(|t| t.span.end <= place.span.end);
        }
    }
    at
}

/// Adds the people named right after an Arabic title that no mention covers yet.
pub fn add(doc: &Document, mentions: &mut Vec<Mention>) {
    let Some(lexicon) = arabic_lexicon(doc) else { return };
    let tokens = &doc.tokens;
    let mut found: Vec<Mention> = Vec::new();
    let mut i = 0;
    while i + 1 < tokens.len() {
        let title = is_title(doc.word(i), doc.folded(i));
        let construct = !title && is_construct_title(doc, i);
        if !construct && !title {
            i += 1;
            continue;
        }
        // Nationality adjectives and the title's own may come between ("المطربة اللبنانية
        // فيروز", "للمخرج المصري", "مديرها العام"), after the body of a title in the construct
        // state ("مدير الوكالة").
        let mut start = if construct { i + 2 } else { i + 1 };
        // The body may be an organisation of several words ("رئيس الاتحاد السعودي لكرة القدم
        // ياسر المسحل"): the name comes after all of it.
        if construct {
            let body = tokens[i + 1].span.start;
            let at = mentions.partition_point(|m| m.span.start < body);
            if let Some(org) = mentions.get(at).filter(|m| m.span.start == body && m.kind == EntityKind::Org) {
                start = start.max(tokens.partition_point(|t| t.span.end <= org.span.end));
            }
        }
        // The body may run on in definite words: its adjectives, a second portfolio joined by
        // و and the nisbas ("وزير المياه والطاقة الإثيوبي هبتامو"; "وزير الموارد المائية والري").
        if construct {
            while start < tokens.len() && start - (i + 2) < MAX_BODY_WORDS && adjacent(doc, start) {
                let folded = doc.folded(start);
                let definite = folded.strip_prefix('و').unwrap_or(folded);
                if !definite.starts_with("ال") || definite.chars().count() < 4 || !is_arabic(doc.word(start)) {
                    break;
                }
                start += 1;
            }
        }
        let nisbas_from = start.max(i + 1);
        while start < tokens.len()
            && start - nisbas_from < MAX_NISBAS
            && adjacent(doc, start)
            && (is_nisba(doc.folded(start)) || TITLE_ADJECTIVES.contains_folded(doc.folded(start)))
        {
            start += 1;
        }
        let titled = if construct { i + 1 } else { start };
        let start = complement_end(doc, mentions, start);
        let mut end = start;
        while end < tokens.len()
            && end - start < MAX_WORDS
            && adjacent(doc, end)
            && (is_unknown_name(lexicon, doc.word(end))
                || end == start && (is_given_name(doc, doc.word(end)) || opens_unseen_name(doc, lexicon, end)))
            // The next office holder's title ends the name ("فريدريش ميرتس ورئيسة الوزراء":
            // the lexicon knows no feminine "رئيسة").
            && !(end > start && (is_title(doc.word(end), doc.folded(end)) || is_construct_title(doc, end)))
        {
            end += 1;
        }
        // A listed given name takes one more word as its family name, ordinary as it may be
        // ("المتحدث باسم الجماعة يحيى سريع", "للمخرج محمود صباغ"): not a verb, particle or
        // definite word.
        if end == start + 1 && end < tokens.len() && adjacent(doc, end) && is_given_name(doc, doc.word(start)) {
            let word = doc.word(end);
            let folded = fold(word);
            // Family names often carry the article ("ياسر المسحل", "تركي الفيصل"): a definite
            // word that is no nisba, no word of time or order, in the slot of a family name.
            let family = folded.starts_with("ال")
                && is_arabic(word)
                && folded.chars().count() >= 5
                && !is_nisba(&folded)
                && !NOT_FAMILY_NAMES.contains_folded(&folded);
            let plain =
                is_arabic(word) && !crate::unknown_names::has_article(&folded) && word.chars().count() >= 3 || family;
            // A feminine noun is what follows a one-word name more often than a family name
            // ("المطربة فيروز أغنية جديدة"), unless the lists know it as one; with the article
            // it is the family name ("يعرب القضاة", "الطراونة").
            let feminine = !family && word.ends_with('ة') && !crate::unknown_names::listed(doc, word, &["last"]);
            // A second given name is more often the next person's, unless the lists know it as
            // a family name too ("نادية فتاح", "دليلة مصدق").
            let surname = crate::unknown_names::listed(doc, word, &["surname", "last"]);
            let verb = is_only_a_verb(lexicon, word) && !surname;
            if plain && !feminine && !PARTICLES.contains(word) && !verb && (!is_given_name(doc, word) || surname) {
                end += 1;
            }
        }
        // Past a complement only a name the lists or the lexicon vouch for ("للصندوق
        // كريستالينا غورغييفا"), not one ordinary word before a person the tagger found.
        let complemented = start > titled;
        // One ordinary-looking word between the title and a person the tagger found is that
        // person's first name ("للمخرج المصري نمير عبد المسيح"; نمير is also an adjective).
        if end == start && !complemented && start + 1 < tokens.len() && adjacent(doc, start) && adjacent(doc, start + 1)
        {
            let word = doc.word(start);
            let next_start = tokens[start + 1].span.start;
            let at = mentions.partition_point(|m| m.span.start < next_start);
            let person_next = mentions.get(at).is_some_and(|m| m.kind == EntityKind::Per && m.span.start == next_start);
            let plain = is_arabic(word) && !crate::unknown_names::has_article(&fold(word)) && word.chars().count() >= 3;
            if person_next && plain && !PARTICLES.contains(word) && !is_only_a_verb(lexicon, word) {
                end = start + 1;
            }
        }
        if end > start {
            let span = Span::new(tokens[start].span.start, tokens[end - 1].span.end);
            let first = mentions.partition_point(|m| m.span.end <= span.start);
            match mentions.get(first) {
                // A person the tagger found right after: the unknown words open that name
                // ("الأمير مولاي رشيد").
                Some(m)
                    if m.kind == EntityKind::Per
                        && end < tokens.len()
                        && m.span.start == tokens[end].span.start
                        && adjacent(doc, end) =>
                {
                    mentions[first].span.start = span.start;
                }
                // A person the tagger found inside the unknown words takes them all
                // ("مديرها العام تيدروس أدهانوم غيبريسوس", where it found the last two).
                Some(m)
                    if m.kind == EntityKind::Per
                        && m.span.start > span.start
                        && m.span.start < span.end
                        && mentions.get(first + 1).is_none_or(|n| n.span.start >= span.end.max(m.span.end)) =>
                {
                    mentions[first].span = Span::new(span.start, span.end.max(m.span.end));
                }
                // An organisation or place the tagger made of exactly those words is the office
                // holder ("مديرها العام تيدروس أدهانوم غيبريسوس", "المديرة العامة للصندوق
                // كريستالينا غورغييفا", both read as organisations in their articles).
                Some(m) if m.span == span && matches!(m.kind, EntityKind::Org | EntityKind::Loc) => {
                    mentions[first].kind = EntityKind::Per;
                }
                // A person the tagger cut short at the given name ("للمخرج محمود" + "صباغ").
                Some(m)
                    if m.kind == EntityKind::Per
                        && m.span.start == span.start
                        && m.span.end < span.end
                        && mentions.get(first + 1).is_none_or(|n| n.span.start >= span.end) =>
                {
                    mentions[first].span = span;
                }
                Some(m) if m.span.start < span.end => {}
                _ => found.push(Mention { span, kind: EntityKind::Per }),
            }
        }
        i = end;
    }
    if found.is_empty() {
        return;
    }
    // Both lists are sorted and the new names overlap no mention: one merge.
    let old = std::mem::take(mentions);
    let mut new = found.into_iter().peekable();
    for m in old {
        while new.peek().is_some_and(|n| n.span.start < m.span.start) {
            mentions.extend(new.next());
        }
        mentions.push(m);
    }
    mentions.extend(new);
}

/// Whether token `i` is a title without the article in the construct state, the body it
/// heads right after it: "مدير الوكالة", "رئيس الشركة" (as "المدير" is a title). The body is a
/// definite word that is no nisba.
fn is_construct_title(doc: &Document, i: usize) -> bool {
    let folded = doc.folded(i);
    let bare = folded.strip_prefix(['و', 'ف']).filter(|r| r.chars().count() >= 3).unwrap_or(folded);
    if bare.starts_with("ال") {
        return false;
    }
    let body = i + 1;
    // The title as written or after a conjunction: "وزير" is a title, not و + "زير".
    let title = |word: &str| is_title_with_article(word, "");
    body < doc.tokens.len()
        && adjacent(doc, body)
        && doc.folded(body).starts_with("ال")
        && doc.folded(body).chars().count() >= 5
        && (!is_nisba(doc.folded(body)) || PORTFOLIOS.contains_folded(doc.folded(body)))
        && (title(folded)
            || title(bare)
            || doc.word(i).ends_with('ة') && (feminine_title(folded) || feminine_title(bare)))
}

/// Portfolios that end like a nisba but are the body of a title: "وزير الداخلية التركي",
/// "وزير المالية السوري" (the interior, the finance).
static PORTFOLIOS: FoldedWords = FoldedWords::new(&["الداخلية", "الخارجية", "المالية", "التربية", "التنمية"]);

/// Whether a folded word is the feminine of a title in the construct state ("وزيرة الاقتصاد",
/// "مديرة الصندوق"): its ة folds to ه, which goes for the masculine.
fn feminine_title(folded: &str) -> bool {
    folded.strip_suffix('ه').is_some_and(|stem| stem.chars().count() >= 3 && is_title_with_article(stem, ""))
}

/// Whether token `t` follows token `t - 1` with only spaces between (one line, no punctuation).
fn adjacent(doc: &Document, t: usize) -> bool {
    doc.only_spaces_between(doc.tokens[t - 1].span.end, doc.tokens[t].span.start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<(String, EntityKind)> {
        let doc = Document::new(text, None);
        let mut mentions = Vec::new();
        add(&doc, &mut mentions);
        mentions.iter().map(|m| (m.span.of(text).to_string(), m.kind)).collect()
    }

    #[test]
    fn on_its_behalf_stands_between_title_and_name() {
        let got = run("وقال المتحدث باسمها يحيى سريع إن الجماعة استهدفت السفينة");
        assert!(got.contains(&("يحيى سريع".to_string(), EntityKind::Per)), "{got:?}");
        assert!(!got.iter().any(|(name, _)| name.contains("باسمه")), "{got:?}");
    }

    #[test]
    fn the_next_title_ends_the_name() {
        let text = "والمستشار الألماني فريدريش ميرتس ورئيسة الوزراء الإيطالية جورجيا ميلوني";
        let doc = Document::new(text, None);
        let start = text.find("فريدريش ميرتس").unwrap();
        let span = Span::new(start, start + "فريدريش ميرتس".len());
        let mut mentions = vec![Mention { span, kind: EntityKind::Per }];
        add(&doc, &mut mentions);
        assert_eq!(mentions[0].span.of(text), "فريدريش ميرتس");
    }

    #[test]
    fn an_unknown_word_after_a_title_is_a_person() {
        assert_eq!(run("قال الوزير سموتريتش إن"), [("سموتريتش".to_string(), EntityKind::Per)]);
        // A verb with the future letter after the name ends it.
        assert_eq!(run("قال الوزير سموتريتش سيزور القاهرة"), [("سموتريتش".to_string(), EntityKind::Per)]);
        // After a minister's two portfolios and his nisba.
        assert_eq!(run("وقال وزير المياه والطاقة الإثيوبي هبتامو إن"), [("هبتامو".to_string(), EntityKind::Per)]);
        assert_eq!(run("وقال وزير الموارد المائية والري هبتامو إن"), [("هبتامو".to_string(), EntityKind::Per)]);
        // Before a person the tagger found, the unknown word opens that name.
        let text = "وكان الأمير مولاي رشيد في مقدمة المستقبلين";
        let doc = Document::new(text, None);
        let start = text.find("رشيد").unwrap();
        let mut mentions = vec![Mention { span: Span::new(start, start + "رشيد".len()), kind: EntityKind::Per }];
        add(&doc, &mut mentions);
        assert_eq!(mentions.iter().map(|m| m.span.of(text)).collect::<Vec<_>>(), ["مولاي رشيد"]);
    }

    #[test]
    fn a_portfolio_like_a_nisba_and_a_feminine_title_head_the_name() {
        let per = |s: &str| (s.to_string(), EntityKind::Per);
        // "الداخلية" ends like a nisba; "علي" folds like "على".
        assert_eq!(run("وأعلن وزير الداخلية التركي علي يرلي أن"), [per("علي يرلي")]);
        assert_eq!(run("وقالت وزيرة الاقتصاد كاترينا رايشه إن"), [per("كاترينا رايشه")]);
        // The particle is no name.
        assert_eq!(run("وأعلن وزير الداخلية على التلفزيون أن"), []);
    }

    #[test]
    fn a_given_name_after_a_title_takes_its_family_name() {
        let per = |s: &str| (s.to_string(), EntityKind::Per);
        // On behalf of a body, then a given name and an ordinary word ("سريع", fast).
        assert_eq!(run("وقال المتحدث العسكري باسم الجماعة يحيى سريع في بيان"), [per("يحيى سريع")]);
        // Not a particle or a verb after the given name.
        assert_eq!(run("وقال المتحدث باسم الحكومة محمد إن"), [per("محمد")]);
        // A person the tagger cut at the given name is completed.
        let got = crate::ner::run_rule(
            "وحصد الفيلم للمخرج محمود صباغ الجائزة",
            crate::lang::Lang::Ar,
            &[("محمود", EntityKind::Per)],
            add,
        );
        assert_eq!(got, [per("محمود صباغ")]);
        // A definite family name may end in ة ("القضاة", the judges); an indefinite noun is no
        // family name.
        let got = crate::ner::run_rule(
            "وقال وزير الصناعة والتجارة والتموين يعرب القضاة إن",
            crate::lang::Lang::Ar,
            &[("يعرب", EntityKind::Per)],
            add,
        );
        assert_eq!(got, [per("يعرب القضاة")]);
        // A family name that is also a given name, when the lists know it as a family name.
        assert_eq!(run("وقالت وزيرة الاقتصاد والمالية نادية فتاح أمام البرلمان"), [per("نادية فتاح")]);
    }

    #[test]
    fn a_title_with_a_pronoun_and_its_own_adjective_comes_before_a_name() {
        // "فيدان" is also an ordinary word (feddans), taken as the family name of a listed
        // given name.
        assert_eq!(run("مع نظيره التركي هاكان فيدان ضرورة"), [("هاكان فيدان".to_string(), EntityKind::Per)]);
        assert_eq!(run("وقال مديرها العام تيدروس إن"), [("تيدروس".to_string(), EntityKind::Per)]);
        // A noun with a pronoun that is no title, and a title with a pronoun before an
        // ordinary word, name no one.
        assert_eq!(run("وقال مسؤولها سموتريتش"), []);
        assert_eq!(run("أكد نظيره ضرورة التوصل"), []);
    }

    /// `add` over `text` with the tagger's mentions `names` (each found after the last).
    fn run_with(text: &str, names: &[(&str, EntityKind)]) -> Vec<(String, EntityKind)> {
        let doc = Document::new(text, None);
        let mut from = 0;
        let mut mentions: Vec<Mention> = names
            .iter()
            .map(|&(name, kind)| {
                let start = from + text[from..].find(name).unwrap();
                from = start + name.len();
                Mention { span: Span::new(start, from), kind }
            })
            .collect();
        add(&doc, &mut mentions);
        mentions.iter().map(|m| (m.span.of(text).to_string(), m.kind)).collect()
    }

    #[test]
    fn the_body_or_place_of_an_office_may_stand_between_title_and_name() {
        use EntityKind::{Loc, Org, Per};
        let own = |pairs: &[(&str, EntityKind)]| pairs.iter().map(|&(n, k)| (n.to_string(), k)).collect::<Vec<_>>();
        // The office's place, which the tagger found, then a listed given name and an unseen word.
        let text = "دعا المبعوث الأمريكي الخاص إلى السودان توم بيرييلو الطرفين";
        assert_eq!(run_with(text, &[("السودان", Loc)]), own(&[("السودان", Loc), ("توم بيرييلو", Per)]));
        // Without the place found, "إلى" is no name and nothing is added.
        assert_eq!(run_with(text, &[]), own(&[]));
        // The office's body: the name the tagger read as an organisation is its holder.
        let text = "وقالت المديرة العامة للصندوق كريستالينا غورغييفا في مقابلة";
        assert_eq!(run_with(text, &[("كريستالينا غورغييفا", Org)]), own(&[("كريستالينا غورغييفا", Per)]));
        let text = "وقال المدير العام للوكالة الذرية تيدروس غروسي إن";
        assert_eq!(run_with(text, &[]), own(&[("تيدروس غروسي", Per)]));
        // An organisation that is not exactly the unseen words stays one ("للشركة" then a
        // listed company of ordinary words).
        let text = "قال المدير العام للشركة الوطنية للنفط";
        assert_eq!(run_with(text, &[("الوطنية للنفط", Org)]), own(&[("الوطنية للنفط", Org)]));
    }

    #[test]
    fn a_title_in_the_construct_state_comes_before_a_name() {
        let got = run_with("وقال مدير الوكالة يوزف أشباخر إن المهمة", &[("يوزف أشباخر", EntityKind::Org)]);
        assert_eq!(got, [("يوزف أشباخر".to_string(), EntityKind::Per)]);
        // A nisba is no body: "رئيس" + "الأمريكي" is no construct.
        let got = run_with("رئيس الأمريكي شركة", &[]);
        assert_eq!(got, []);
        // The body is the organisation the tagger found and its purpose after ل; the family
        // name carries the article.
        let text = "قال رئيس الاتحاد السعودي لكرة القدم ياسر المسحل إن العمل جار";
        let got = run_with(text, &[("الاتحاد السعودي", EntityKind::Org)]);
        assert_eq!(got[1], ("ياسر المسحل".to_string(), EntityKind::Per));
        // A word of time after the given name is none.
        let got = run_with("قال رئيس الشركة محمد الأسبوع الماضي إن", &[]);
        assert_eq!(got, [("محمد".to_string(), EntityKind::Per)]);
    }

    #[test]
    fn a_listed_given_name_that_is_also_a_word_follows_a_title() {
        assert_eq!(run("وشاركت الفنانة يسرا في المهرجان"), [("يسرا".to_string(), EntityKind::Per)]);
        assert_eq!(run("كما غنت المطربة فيروز أغنية جديدة"), [("فيروز".to_string(), EntityKind::Per)]);
    }

    #[test]
    fn ordinary_words_definite_words_and_covered_names_are_left_alone() {
        let ordinary = ["قال الرئيس إن المحادثات", "أعلن الرئيس التنفيذي للشركة", "قال الرئيس، سموتريتش", "الوزير"];
        // Ordinary words with a clitic, a future letter or an accusative alif.
        let inflected = ["الرئيس وسعادة", "طلب من الرئيس ليقرر", "عقد الوزير اجتماعا", "قدم الوزير إيضاحات"];
        for text in ordinary.into_iter().chain(inflected) {
            assert_eq!(run(text), [], "{text}");
        }
        let text = "قال الوزير سموتريتش";
        let doc = Document::new(text, None);
        let start = text.find("سموتريتش").unwrap();
        let mut mentions = vec![Mention { span: Span::new(start, text.len()), kind: EntityKind::Loc }];
        add(&doc, &mut mentions);
        assert_eq!(mentions.len(), 1);
        // Its type gives way: unseen words right after a title name the office holder.
        assert_eq!(mentions[0].kind, EntityKind::Per);
    }
}
