//! Long official names of Arabic bodies: "الهيئة العليا المستقلة للانتخابات", "الاتحاد العام
//! التونسي للشغل", "صندوق أبوظبي للتنمية", "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين
//! الفلسطينيين". Such a name is a head noun of an institution, its adjectives, and a purpose
//! phrase that starts with ل ("for the elections"). The tagger, which reads a word and its
//! neighbours, finds a piece (the place, the nisba) or nothing; the shape of the whole phrase
//! is what says it is one name.
//!
//! Two shapes:
//! - definite: "ال" + head, up to three definite adjectives, then the purpose phrase
//!   ("الهيئة العليا المستقلة للانتخابات");
//! - construct: head + a place or organisation the tagger found, then adjectives or a purpose
//!   phrase ("صندوق أبوظبي للتنمية", "مصرف قطر المركزي"). A few heads also name a body with the
//!   place alone ("مؤسسة قطر", "جامعة القاهرة"). A descriptor head ("شركة مصر للطيران") stays
//!   outside, as the guidelines ask. An event's head makes the same shape an event, MISC with
//!   its head ("معرض القاهرة الدولي للكتاب"), whatever the tagger made of the place in it;
//! - named after a person: a university's or a foundation's head + a name of the name lists
//!   ("جامعة خليفة", "جامعة الملك سعود", "مؤسسة محمد بن راشد آل مكتوم للمعرفة"), which the
//!   tagger reads as the person or, when the name is also an ordinary word, not at all.

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::nisba::is_nationality;
use crate::ner::Mention;
use crate::span::Span;
use crate::text::normalize::FoldedWords;
use crate::text::TokenKind;
use crate::unknown_names::{arabic_lexicon, is_arabic};

/// Heads of institutions whose official name may follow them (folded on use).
pub(crate) static HEADS: FoldedWords = FoldedWords::new(&[
    "هيئة",
    "اتحاد",
    "مجلس",
    "صندوق",
    "بنك",
    "مصرف",
    "منظمة",
    "مؤسسة",
    "جهاز",
    "مفوضية",
    "وكالة",
    "لجنة",
    "جمعية",
    "مركز",
    "معهد",
    "أكاديمية",
    "رابطة",
    "نقابة",
    "غرفة",
    "مرصد",
    "ديوان",
    "جامعة",
    "بورصة",
    "سوق",
    "شركة",
    "مجموعة",
    "مكتب",
]);

/// Chambers, and the trades they name between head and place.
static CHAMBERS: FoldedWords = FoldedWords::new(&["غرفة"]);
static TRADES: FoldedWords = FoldedWords::new(&["تجارة", "صناعة", "زراعة"]);

/// Heads that name a body with a place alone, no purpose phrase needed ("مؤسسة قطر"). Not
/// "مركز" ("مركز بغداد" is the city centre) or "مجلس".
static PLACE_NAMED: FoldedWords =
    FoldedWords::new(&["صندوق", "بنك", "مصرف", "مؤسسة", "جامعة", "هيئة", "بورصة", "غرفة"]);

/// Adjectives that make a definite head with adjectives a named body, folded on use.
static INSTITUTIONAL: FoldedWords =
    FoldedWords::new(&["النيابية", "البرلمانية", "الأولمبية", "النيابي", "البرلماني", "الأولمبي"]);

/// Adjectives of national and public bodies, folded on use.
static NATIONAL: FoldedWords = FoldedWords::new(&[
    "الوطني",
    "الوطنية",
    "العام",
    "العامة",
    "العليا",
    "الأعلى",
    "المستقلة",
    "الاتحادي",
    "الاتحادية",
    "الشريف",
    "الدولي",
    "الدولية",
]);

/// Heads of institutions often named after a person ("جامعة الملك سعود"), folded on use.
static PERSON_NAMED: FoldedWords = FoldedWords::new(&["جامعة", "كلية", "أكاديمية", "مؤسسة", "معهد", "مدرسة"]);

/// Royal and religious titles that may open such a person's name, folded on use.
static NAME_TITLES: FoldedWords = FoldedWords::new(&["الملك", "الأمير", "الشيخ", "السلطان", "الإمام", "الأميرة"]);

/// Words inside a person's name: "بن", "آل", and the ordinals of kings ("محمد الخامس").
static NAME_LINKS: FoldedWords = FoldedWords::new(&["بن", "بنت", "آل", "أبو"]);
static ORDINALS: FoldedWords =
    FoldedWords::new(&["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن"]);

/// Descriptor heads, outside the name ("شركة مصر للطيران" → `مصر للطيران`).
static DESCRIPTORS: FoldedWords = FoldedWords::new(&["شركة", "مجموعة"]);

/// Nouns after ل that say "to whom" or "for how long", not what the body is for: "قدم الاتحاد
/// الأوروبي للحكومة", "للعام الثاني", "للمرة الأولى". Folded, without the article.
static NOT_PURPOSES: FoldedWords = FoldedWords::new(&[
    "حكومة",
    "حكومات",
    "سلطات",
    "سلطة",
    "دولة",
    "دول",
    "بلاد",
    "بلد",
    "شعب",
    "رئيس",
    "وزير",
    "جيش",
    "قوات",
    "مواطنين",
    "عام",
    "مرة",
    "يوم",
    "شهر",
    "سنة",
    "أسبوع",
    "فترة",
    "مدينة",
    "منطقة",
    "شركة",
    "شركات",
    "بنك",
    "مجلس",
    "لجنة",
    "هيئة",
    "اتحاد",
    "صندوق",
    "فريق",
    "منتخب",
    "نادي",
    "لاعبين",
    "ذلك",
    "هذا",
    "هذه",
    // A region, not a purpose: "منظمة الصحة العالمية لشرق المتوسط" (for the Eastern
    // Mediterranean) is the body and a place.
    "شرق",
    "غرب",
    "شمال",
    "جنوب",
    "وسط",
]);

/// Nouns that open a purpose phrase in the construct state after a definite head too, where
/// ل + another noun reads "in order to" ("البنك التجاري لتحقيق النمو"): "الجامعة الملكية المغربية
/// لكرة القدم", "الهيئة الوطنية لمكافحة الفساد". Folded.
static PURPOSE_NOUNS: FoldedWords =
    FoldedWords::new(&["كرة", "حقوق", "مكافحة", "رعاية", "تنمية", "دراسات", "شؤون", "إغاثة"]);

/// Definite words that end a name rather than describe it.
static NOT_ADJECTIVES: FoldedWords = FoldedWords::new(&["الذي", "التي", "الذين", "اللذين", "اللتين", "الآن", "اليوم"]);

/// Longest purpose phrase, in words.
const MAX_PURPOSE: usize = 5;
/// Most adjectives between a head and its purpose phrase, or after a construct's place.
const MAX_ADJECTIVES: usize = 3;

/// Adds the official names found, each replacing the mentions inside it (a place, a nisba, a
/// shorter organisation); a mention that crosses its edge keeps its place and the name is
/// dropped.
pub fn add(doc: &Document, mentions: &mut Vec<Mention>) {
    if arabic_lexicon(doc).is_none() {
        return;
    }
    mentions.sort_by_key(|m| m.span.start); // `construct` looks mentions up by start
    let names = find(doc, mentions);
    if names.is_empty() {
        return;
    }
    let crosses = |name: &Span, m: &Mention| {
        let overlaps = m.span.start < name.end && name.start < m.span.end;
        overlaps && (m.span.start < name.start || m.span.end > name.end)
    };
    // The names are in text order and apart, so each is judged against the model's mentions
    // alone (a binary search, not a scan: pages may hold thousands of names).
    let accepted: Vec<(Span, EntityKind)> = names
        .into_iter()
        .filter(|(name, _)| !crate::ner::near(mentions, name.start, name.end).iter().any(|m| crosses(name, m)))
        .collect();
    let inside_accepted = |m: &Mention| {
        let at = accepted.partition_point(|(name, _)| name.end <= m.span.start);
        accepted.get(at).is_some_and(|(name, _)| name.start <= m.span.start && m.span.end <= name.end)
    };
    mentions.retain(|m| !inside_accepted(m));
    mentions.extend(accepted.iter().map(|&(span, kind)| Mention { span, kind }));
    mentions.sort_by_key(|m| m.span.start);
}

/// The official names in the document with their kinds, in text order, not overlapping each
/// other.
fn find(doc: &Document, mentions: &[Mention]) -> Vec<(Span, EntityKind)> {
    let mut found = Vec::new();
    for block in doc.blocks.iter().filter(|b| b.lang == crate::lang::Lang::Ar) {
        let mut i = block.tokens.start;
        while i + 1 < block.tokens.end {
            let org = |(span, last)| (span, last, EntityKind::Org);
            let name = definite(doc, mentions, i)
                .or_else(|| joined(doc, mentions, i))
                .or_else(|| person_named(doc, mentions, i))
                .map(org);
            match name.or_else(|| construct(doc, mentions, i)) {
                Some((span, last, kind)) => {
                    found.push((span, kind));
                    i = last + 1;
                }
                None => i += 1,
            }
        }
    }
    found
}

/// "ال" + head, adjectives, purpose: the span (clitics outside) and its last token.
fn definite(doc: &Document, mentions: &[Mention], i: usize) -> Option<(Span, usize)> {
    let folded = doc.folded(i);
    // The article within the first three letters (up to two clitics before it), or "لل": a
    // cheap test that passes over most words before any list is looked at.
    let article = folded.find("ال").is_some_and(|at| at <= 4) || folded.starts_with("لل");
    let word = doc.word(i);
    if !article || !is_arabic(word) {
        return None;
    }
    let clitic = definite_head(folded)?;
    // Right after a definite noun with no clitic the head word is that noun's adjective:
    // "الجمعية المنظمة للمهرجان" is the association organising the festival.
    let after_noun = i > 0
        && clitic == 0
        && doc.only_spaces_between(doc.tokens[i - 1].span.end, doc.tokens[i].span.start)
        && doc.folded(i - 1).starts_with("ال")
        && is_arabic(doc.word(i - 1));
    if after_noun {
        return None;
    }
    let mut next = i;
    let mut adjectives = 0;
    while adjectives < MAX_ADJECTIVES {
        match next_word(doc, next) {
            Some(n) if is_adjective(doc.folded(n)) => {
                next = n;
                adjectives += 1;
            }
            _ => break,
        }
    }
    // Without a purpose phrase, an adjective that makes it a body of parliament or of the
    // Olympics names it: "اللجنة المالية النيابية", "اللجنة الأولمبية الدولية".
    let institutional = || (i + 1..=next).any(|t| INSTITUTIONAL.contains_folded(doc.folded(t))).then_some(next);
    // A national or public body's adjective makes ل + an indefinite noun its purpose, not "in
    // order to": "الشركة الوطنية لإنجاز وتدبير المنشآت الرياضية".
    let national = (i + 1..=next).any(|t| NATIONAL.contains_folded(doc.folded(t)));
    // A body known by the head and its adjectives alone is whole before "ل": "الممثلة العليا
    // للاتحاد الأوروبي للشؤون الخارجية" is the Union's representative for foreign affairs.
    let head_start = doc.tokens[i].span.start + clitic_bytes(word, clitic);
    let known = crate::names::is_curated_organisation(&doc.text[head_start..doc.tokens[next].span.end]);
    let with_purpose = if known { None } else { purpose(doc, mentions, next, national) };
    let last = with_purpose.or_else(institutional)?;
    let start = doc.tokens[i].span.start + clitic_bytes(word, clitic);
    Some((Span::new(start, doc.tokens[last].span.end), last))
}

/// Heads whose two joined definite nouns are a name: "هيئة الإعلام والاتصالات", "هيئة الطرق
/// والمواصلات" (an authority of two portfolios, like a ministry's).
static JOINED_HEADS: FoldedWords = FoldedWords::new(&["هيئة"]);

/// Head + a definite noun + و and a definite noun: the span (clitics outside) and its last token.
fn joined(doc: &Document, mentions: &[Mention], i: usize) -> Option<(Span, usize)> {
    let word = doc.word(i);
    let (clitic, _) = clitic_readings(doc.folded(i)).find(|(_, rest)| JOINED_HEADS.contains_folded(rest))?;
    let first = next_word(doc, i)?;
    let second = next_word(doc, first)?;
    let definite = |t: usize| {
        let f = doc.folded(t);
        f.starts_with("ال") && f.chars().count() >= 4 && is_arabic(doc.word(t)) && !starts_mention(doc, mentions, t)
    };
    let joined =
        doc.folded(second).strip_prefix('و').is_some_and(|rest| rest.starts_with("ال") && rest.chars().count() >= 4);
    if !is_arabic(word) || !definite(first) || !joined || starts_mention(doc, mentions, second) {
        return None;
    }
    let start = doc.tokens[i].span.start + clitic_bytes(word, clitic);
    Some((Span::new(start, doc.tokens[second].span.end), second))
}

/// Head + a place or organisation mention starting right after it, then adjectives and a
/// purpose phrase: the span, its last token and its kind (an event's head makes it MISC).
fn construct(doc: &Document, mentions: &[Mention], i: usize) -> Option<(Span, usize, EntityKind)> {
    // A place or organisation must start at the next word: looked up first, as most words
    // have none after them.
    let mut first = next_word(doc, i)?;
    // A chamber names its trade before its place ("غرفة تجارة الأردن", "غرفة تجارة وصناعة
    // دبي"): the trade is part of the head.
    if CHAMBERS.contains_folded(doc.folded(i).trim_start_matches(['و', 'ف', 'ب', 'ل'])) {
        for _ in 0..2 {
            if TRADES.contains_folded(doc.folded(first).trim_start_matches('و')) {
                first = next_word(doc, first)?;
            }
        }
    }
    let next_start = doc.tokens[first].span.start;
    let at = mentions.partition_point(|m| m.span.start < next_start);
    let named = |m: &&Mention| matches!(m.kind, EntityKind::Loc | EntityKind::Org);
    let after = mentions.get(at).filter(|m| m.span.start == next_start).filter(named);
    // Or the tagger took the head in ("منظمة الأمم المتحدة" + "للطفولة"): the body is the rest.
    let head_span = doc.tokens[i].span;
    let across = || {
        let m = mentions[..at].last().filter(named)?;
        (head_span.start <= m.span.start && m.span.start < head_span.end && m.span.end > next_start)
            .then_some(Mention { span: Span::new(next_start, m.span.end), kind: m.kind })
    };
    let body = &after.copied().or_else(across)?;
    let word = doc.word(i);
    if !is_arabic(word) {
        return None;
    }
    let (clitic, head, kind) = bare_head(doc.folded(i))?;
    let body_last = (first..doc.tokens.len()).take_while(|&t| doc.tokens[t].span.end <= body.span.end).last()?;
    if is_nationality(doc.folded(body_last)) {
        return None;
    }
    let mut last = body_last;
    let mut adjectives = 0;
    while adjectives < MAX_ADJECTIVES {
        match next_word(doc, last) {
            // A nationality says what kind of body it is, not its name: "شركة دايو الكورية
            // للهندسة" is the Korean company Daewoo.
            // A person's name right after the body is its head ("مصرف لبنان كريم سعيد", the
            // bank's governor): the body's name ends before it.
            Some(n) if starts_person(mentions, doc.tokens[n].span.start) => break,
            Some(n) if starts_mention(doc, mentions, n) || is_nationality(doc.folded(n)) => return None,
            // After a named body only a nisba is its adjective ("مصرف قطر المركزي"); another
            // definite word is the verb's object ("خفضت وكالة فيتش التصنيف الائتماني").
            Some(n) if is_adjective(doc.folded(n)) && crate::ner::arabic::nisba(doc.folded(n)).is_some() => {
                last = n;
                adjectives += 1;
            }
            _ => break,
        }
    }
    // A foreign brand after a descriptor head is the whole name; ل + an indefinite noun after
    // it says what the company does ("شركة كبلر لتتبع الشحنات", for tracking shipments).
    let brand = DESCRIPTORS.contains_folded(head)
        && body_last == first
        && adjectives == 0
        && crate::unknown_names::is_unknown_name(arabic_lexicon(doc)?, doc.word(first))
        && !crate::unknown_names::listed(doc, doc.word(first), &["loc", "org"]);
    let indefinite_purpose = next_word(doc, last).is_some_and(|n| !doc.folded(n).starts_with("لل"));
    let with_purpose = if brand && indefinite_purpose { None } else { purpose(doc, mentions, last, true) };
    // A body named by a place alone ("مؤسسة قطر"); before an organisation's own name the head
    // only describes it ("بورصة ناسداك").
    let place = body.kind == EntityKind::Loc || starts_with_place(doc, body);
    let place_named = place && kind == EntityKind::Org && PLACE_NAMED.contains_folded(head);
    if with_purpose.is_none() && adjectives == 0 && !place_named {
        return None;
    }
    let last = with_purpose.unwrap_or(last);
    let start = if DESCRIPTORS.contains_folded(head) {
        body.span.start
    } else {
        doc.tokens[i].span.start + clitic_bytes(word, clitic)
    };
    Some((Span::new(start, doc.tokens[last].span.end), last, kind))
}

/// Head + a person's name of the name lists (a title may open it; "بن", "آل" and a king's
/// ordinal may join it), then a purpose phrase if any: the span (clitics outside) and its last
/// token. Only a person mention or none may start the name: a place or a body after the head
/// is `construct`'s.
fn person_named(doc: &Document, mentions: &[Mention], i: usize) -> Option<(Span, usize)> {
    let word = doc.word(i);
    if !is_arabic(word) {
        return None;
    }
    let (clitic, _) = clitic_readings(doc.folded(i)).find(|(_, rest)| PERSON_NAMED.contains_folded(rest))?;
    let mut first = next_word(doc, i)?;
    let titled = NAME_TITLES.contains_folded(doc.folded(first));
    if titled {
        first = next_word(doc, first)?;
    }
    let not_person = |t: usize| {
        let start = doc.tokens[t].span.start;
        let covering = crate::ner::near(mentions, start, start);
        covering.iter().any(|m| m.span.start <= start && start < m.span.end && m.kind != EntityKind::Per)
    };
    let given = doc.word(first);
    let listed_given = crate::unknown_names::listed(doc, given, &["first", "given"]);
    // A nisba agrees with the head as its adjective: "مؤسسة خيرية", "جامعة أهلية".
    let adjective = crate::ner::arabic::nisba(doc.folded(first)).is_some();
    if !listed_given || adjective || crate::unknown_names::has_article(doc.folded(first)) || not_person(first) {
        return None;
    }
    let mut last = first;
    while let Some(n) = next_word(doc, last) {
        let f = doc.folded(n);
        let name_word = !crate::unknown_names::has_article(f)
            && crate::unknown_names::listed(doc, doc.word(n), &["first", "given", "last", "surname", "jrc"]);
        let linked = NAME_LINKS.contains_folded(f) && next_word(doc, n).is_some();
        if linked {
            last = next_word(doc, n)?;
        } else if name_word || ORDINALS.contains_folded(f) {
            last = n;
        } else {
            break;
        }
        if not_person(last) || last - first >= 5 {
            return None;
        }
    }
    let last = purpose(doc, mentions, last, false).unwrap_or(last);
    let start = doc.tokens[i].span.start + clitic_bytes(word, clitic);
    Some((Span::new(start, doc.tokens[last].span.end), last))
}

/// The number of clitic letters before "ال" + a head ("والهيئة", "للهيئة": ل + the elided
/// alif, where only the ل is left out).
fn definite_head(folded: &str) -> Option<usize> {
    if let Some(rest) = folded.strip_prefix("لل") {
        return HEADS.contains_folded(rest).then_some(1);
    }
    clitic_readings(folded).find_map(|(n, rest)| {
        let head = rest.strip_prefix("ال")?;
        HEADS.contains_folded(head).then_some(n)
    })
}

/// The number of clitic letters, the head and the kind it names of an indefinite head word
/// ("وصندوق": an organisation; "معرض": an event).
fn bare_head(folded: &str) -> Option<(usize, &str, EntityKind)> {
    clitic_readings(folded).find_map(|(n, rest)| {
        if HEADS.contains_folded(rest) {
            Some((n, rest, EntityKind::Org))
        } else {
            crate::named_heads::is_event_head(rest).then_some((n, rest, EntityKind::Misc))
        }
    })
}

/// A word as it stands, without a conjunction, without a preposition, and without both.
fn clitic_readings(folded: &str) -> impl Iterator<Item = (usize, &str)> {
    let conj = folded.strip_prefix(['و', 'ف']);
    fn prep(w: &str) -> Option<&str> {
        w.strip_prefix(['ب', 'ل', 'ك'])
    }
    [Some((0, folded)), conj.map(|r| (1, r)), prep(folded).map(|r| (1, r)), conj.and_then(prep).map(|r| (2, r))]
        .into_iter()
        .flatten()
        .filter(|(_, rest)| rest.chars().count() >= 3)
}

/// The bytes of the first `letters` letters of `word` (clitics are one letter each).
fn clitic_bytes(word: &str, letters: usize) -> usize {
    word.char_indices().nth(letters).map_or(word.len(), |(b, _)| b)
}

/// A definite adjective of a name ("العليا", "العام", "التونسي", "المركزي").
fn is_adjective(folded: &str) -> bool {
    folded.starts_with("ال") && folded.chars().count() >= 4 && !NOT_ADJECTIVES.contains_folded(folded)
}

/// Whether a mention's first word is a place of the gazetteer (the tagger's "قطر المركزي" ORG).
fn starts_with_place(doc: &Document, mention: &Mention) -> bool {
    let first = mention.span.of(doc.text).split(' ').next().unwrap_or("");
    crate::unknown_names::listed(doc, first, &["loc"])
}

/// Whether a person's mention starts at byte `start` (`mentions` sorted, as `add` keeps them).
fn starts_person(mentions: &[Mention], start: usize) -> bool {
    crate::ner::near(mentions, start, start).iter().any(|m| m.span.start == start && m.kind == EntityKind::Per)
}

/// Whether a mention (the tagger's or a rule's) covers the start of token `t` (`mentions`
/// sorted, as `add` keeps them).
fn starts_mention(doc: &Document, mentions: &[Mention], t: usize) -> bool {
    let start = doc.tokens[t].span.start;
    crate::ner::near(mentions, start, start).iter().any(|m| m.span.start <= start && start < m.span.end)
}

/// The last token of a purpose phrase starting after token `before`: "لل" + a noun
/// ("للانتخابات"), or, after a named body (`construct`), ل + a noun in the construct state
/// ("لإغاثة وتشغيل اللاجئين"; after a bare definite head that reads "to achieve", "البنك
/// التجاري لتحقيق النمو"), then definite words and nouns joined by و. A name after ل is
/// whose body it is, not what for ("الجهاز الفني للأهلي").
fn purpose(doc: &Document, mentions: &[Mention], before: usize, construct: bool) -> Option<usize> {
    let lexicon = arabic_lexicon(doc)?;
    let first = next_word(doc, before)?;
    if starts_mention(doc, mentions, first) {
        return None;
    }
    let folded = doc.folded(first);
    let definite = folded.strip_prefix("لل").filter(|rest| rest.chars().count() >= 3);
    let indefinite = || {
        folded.strip_prefix('ل').filter(|rest| {
            let named_purpose = construct || PURPOSE_NOUNS.contains_folded(rest);
            named_purpose && !rest.starts_with('ل') && rest.chars().count() >= 3 && is_noun(lexicon, rest)
        })
    };
    let noun = match definite {
        Some(rest) => rest,
        None => indefinite()?,
    };
    // A masculine nisba after ل is a possessor, a club or a party ("للأهلي"), not a purpose.
    if NOT_PURPOSES.contains_folded(noun) || noun.ends_with('ي') || !is_arabic(doc.word(first)) {
        return None;
    }
    // An indefinite noun needs its genitive after it ("لإغاثة ... اللاجئين").
    let mut open = definite.is_none();
    let mut last = first;
    while last - first + 1 < MAX_PURPOSE {
        let Some(n) = next_word(doc, last) else { break };
        let w = doc.folded(n);
        let joined = w.strip_prefix('و').filter(|r| r.chars().count() >= 3);
        // A body joined by و is a second body, not more of the purpose ("لشؤون اللاجئين
        // والمنظمة الدولية للهجرة").
        if joined.is_some_and(|r| r.strip_prefix("ال").is_some_and(|h| HEADS.contains_folded(h))) {
            break;
        }
        // A title joined by و is someone of the body, not its name: "للشغل والمتحدث باسمه".
        if joined.is_some_and(|r| crate::ner::triggers::classes(r) & crate::ner::triggers::TITLE != 0) {
            break;
        }
        // Once closed, only a nisba describes the phrase's noun ("للسكك الحديدية"); another
        // definite word is the verb's object ("يسابق المكتب ... الزمن").
        let nisba = crate::ner::arabic::nisba(w).is_some();
        if is_adjective(w) && (open || nisba) {
            open = false;
        } else if let Some(r) = joined.filter(|r| is_adjective(r) || (open && is_noun(lexicon, r))) {
            open = !r.starts_with("ال");
        } else {
            break;
        }
        last = n;
    }
    (!open).then_some(last)
}

/// Whether a folded word is an ordinary word, or the sound feminine plural of one
/// ("دراسات" → "دراسة"), which the lexicon lists only in the singular.
fn is_noun(lexicon: &crate::ner::lexicon::Lexicon, folded: &str) -> bool {
    lexicon.is_common(folded) || folded.strip_suffix("ات").is_some_and(|s| lexicon.is_common(&format!("{s}ه")))
}

/// The next token when it is a word separated from token `i` by spaces only.
fn next_word(doc: &Document, i: usize) -> Option<usize> {
    let (this, next) = (doc.tokens.get(i)?, doc.tokens.get(i + 1)?);
    let spaced = doc.only_spaces_between(this.span.end, next.span.start);
    (spaced && next.kind != TokenKind::Punct).then_some(i + 1)
}

#[cfg(test)]
mod tests {
    use crate::annotations::EntityKind::{self, *};

    fn orgs(text: &str) -> Vec<(&str, EntityKind)> {
        crate::annotate(text, &crate::Options::default())
            .entities
            .iter()
            .map(|e| (e.span.of(text), e.kind))
            .filter(|(_, k)| *k == Org)
            .collect()
    }

    /// What `add` makes of `text` given the tagger's mentions, each (its text, its kind).
    fn after_tagger<'t>(text: &'t str, tagged: &[(&str, EntityKind)]) -> Vec<(&'t str, EntityKind)> {
        let doc = crate::document::Document::new(text, None);
        let mut mentions: Vec<_> = tagged
            .iter()
            .map(|&(part, kind)| {
                let start = text.find(part).unwrap();
                crate::ner::Mention { span: crate::span::Span::new(start, start + part.len()), kind }
            })
            .collect();
        super::add(&doc, &mut mentions);
        mentions.iter().map(|m| (m.span.of(text), m.kind)).collect()
    }

    #[test]
    fn a_national_bodys_purpose_may_open_with_an_indefinite_noun_and_ends_at_a_noun() {
        if crate::ner::model_for(crate::lang::Lang::Ar).is_none() {
            return;
        }
        let text = "وتشرف الشركة الوطنية لإنجاز وتدبير المنشآت الرياضية على المشروع.";
        assert_eq!(orgs(text), [("الشركة الوطنية لإنجاز وتدبير المنشآت الرياضية", Org)]);
        let text = "يسابق المكتب الوطني للسكك الحديدية الزمن لإنجاز الخط.";
        assert_eq!(orgs(text), [("المكتب الوطني للسكك الحديدية", Org)]);
        // A title joined by و is the body's officer, not its name.
        let text = "وقال الأمين العام المساعد للاتحاد العام التونسي للشغل والمتحدث باسمه إن";
        assert_eq!(orgs(text), [("لاتحاد العام التونسي للشغل", Org)]);
        // Without a national adjective ل + an indefinite noun reads "in order to".
        assert_eq!(orgs("وقال البنك التجاري لتحقيق النمو إن"), []);
    }

    #[test]
    fn a_known_body_and_a_foreign_brand_end_before_what_they_are_for() {
        if crate::ner::model_for(crate::lang::Lang::Ar).is_none() {
            return;
        }
        let text = "قالت الممثلة العليا للاتحاد الأوروبي للشؤون الخارجية في بروكسل إن";
        assert_eq!(orgs(text), [("لاتحاد الأوروبي", Org)]);
        let text = "أظهرت بيانات شركة كبلر لتتبع الشحنات أن الصادرات ارتفعت";
        assert_eq!(orgs(text), [("كبلر", Org)]);
        // A place's company keeps its purpose: it is the name.
        assert_eq!(orgs("وقالت شركة مصر للطيران إن"), [("مصر للطيران", Org)]);
    }

    #[test]
    fn a_purpose_may_open_with_a_plural() {
        let text = "وقالت الباحثة في معهد أكسفورد لدراسات الطاقة إن الطلب سيرتفع.";
        assert_eq!(after_tagger(text, &[("معهد أكسفورد", Org)]), [("معهد أكسفورد لدراسات الطاقة", Org)]);
    }

    #[test]
    fn a_parliamentary_or_olympic_committee_is_one_name() {
        let text = "وقالت اللجنة المالية النيابية إن الموازنة تأخرت.";
        assert_eq!(after_tagger(text, &[]), [("اللجنة المالية النيابية", Org)]);
        let text = "وقررت اللجنة الأولمبية الدولية تأجيل الدورة.";
        assert_eq!(after_tagger(text, &[]), [("اللجنة الأولمبية الدولية", Org)]);
        // A committee with an ordinary adjective is no name of its own.
        assert_eq!(after_tagger("وقالت اللجنة الفنية إن", &[]), []);
    }

    #[test]
    fn a_university_or_foundation_named_after_a_person_is_one_name() {
        let text = "أعلنت وكالة الإمارات للفضاء وجامعة خليفة في أبوظبي نجاح الاختبار.";
        assert_eq!(after_tagger(text, &[]), [("جامعة خليفة", Org)]);
        let text = "تخرج في جامعة الملك سعود بالرياض.";
        assert_eq!(after_tagger(text, &[("سعود", Per)]), [("جامعة الملك سعود", Org)]);
        let text = "أطلقت مؤسسة محمد بن راشد آل مكتوم للمعرفة تقريرها.";
        let tagged = [("محمد بن راشد آل مكتوم", Per)];
        assert_eq!(after_tagger(text, &tagged), [("مؤسسة محمد بن راشد آل مكتوم للمعرفة", Org)]);
        // An adjective of the head, or a place after it, is no person.
        assert_eq!(after_tagger("افتتحت جامعة أهلية جديدة", &[]), []);
        assert_eq!(after_tagger("تبرعت مؤسسة خيرية بالمال", &[]), []);
    }

    #[test]
    fn a_definite_head_with_adjectives_and_a_purpose_is_one_name() {
        let text = "أعلنت الهيئة العليا المستقلة للانتخابات عن موعد الاقتراع.";
        assert_eq!(orgs(text), [("الهيئة العليا المستقلة للانتخابات", Org)]);
        let text = "وانتقد الاتحاد العام التونسي للشغل قرار الحكومة.";
        assert_eq!(orgs(text), [("الاتحاد العام التونسي للشغل", Org)]);
    }

    #[test]
    fn a_head_and_a_place_with_a_purpose_is_one_name_clitics_outside() {
        let text = "بتمويل من صندوق أبوظبي للتنمية.";
        assert_eq!(orgs(text), [("صندوق أبوظبي للتنمية", Org)]);
        let text = "قالت وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين إن المخزون نفد.";
        assert_eq!(orgs(text), [("وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين", Org)]);
    }

    #[test]
    fn a_chamber_names_its_trade_and_its_place() {
        assert_eq!(orgs("وقال رئيس غرفة تجارة الأردن إن التجار ينتظرون."), [("غرفة تجارة الأردن", Org)]);
        assert_eq!(orgs("وأعلنت غرفة تجارة وصناعة دبي نموا."), [("غرفة تجارة وصناعة دبي", Org)]);
    }

    #[test]
    fn a_nationality_or_a_name_after_the_body_is_no_part_of_it() {
        let text = "وفازت شركة دايو الكورية للهندسة والإنشاءات بالعقد.";
        assert_eq!(orgs(text), [("دايو", Org)]);
        let text = "وأعلن الجهاز الفني للأهلي قائمة اللاعبين.";
        assert!(!orgs(text).iter().any(|(name, _)| name.starts_with("الجهاز")), "{:?}", orgs(text));
    }

    #[test]
    fn a_descriptor_head_stays_outside() {
        let text = "وأعلنت شركة مصر للطيران عن رحلات جديدة.";
        assert_eq!(orgs(text), [("مصر للطيران", Org)]);
        // Before an organisation's own name a place-naming head only describes it.
        let text = "فيما تراجعت الأسهم في بورصة ناسداك.";
        assert_eq!(after_tagger(text, &[("ناسداك", Org)]), [("ناسداك", Org)]);
    }

    #[test]
    fn to_whom_and_for_how_long_are_no_purpose() {
        // "gave the government": the EU stays the EU.
        let text = "وقدم الاتحاد الأوروبي للحكومة مساعدات للعام الثاني.";
        assert_eq!(orgs(text), [("الاتحاد الأوروبي", Org)]);
        // The city centre is no body.
        let found = crate::annotate("انفجرت سيارة في مركز بغداد.", &crate::Options::default());
        assert!(found.entities.iter().all(|e| e.kind != Org), "{:?}", found.entities);
    }

    #[test]
    fn an_events_head_makes_the_same_shape_an_event() {
        // Whatever the tagger made of the place in it, the fair is one MISC with its head.
        let text = "افتتح معرض القاهرة الدولي للكتاب دورته الجديدة.";
        assert_eq!(after_tagger(text, &[("القاهرة", Loc)]), [("معرض القاهرة الدولي للكتاب", Misc)]);
        // A place alone after an event's head is left to the tagger: "مؤتمر لندن".
        assert_eq!(after_tagger("شارك في مؤتمر لندن أمس.", &[("لندن", Loc)]), [("لندن", Loc)]);
    }

    #[test]
    fn an_authority_of_two_joined_portfolios_is_one_name() {
        let text = "ومنحت هيئة الإعلام والاتصالات رخصة جديدة.";
        assert_eq!(orgs(text), [("هيئة الإعلام والاتصالات", Org)]);
        let text = "أعلنت هيئة الطرق والمواصلات في دبي عن خطة.";
        assert_eq!(orgs(text), [("هيئة الطرق والمواصلات", Org)]);
        // One noun is not enough: "هيئة الدفاع" is the defence team.
        assert_eq!(orgs("وقالت هيئة الدفاع إن الحكم جائر."), []);
    }

    #[test]
    fn a_stock_market_with_a_place_and_a_purpose_is_one_name() {
        let text = "وارتفع مؤشر سوق دمشق للأوراق المالية أمس.";
        assert_eq!(orgs(text), [("سوق دمشق للأوراق المالية", Org)]);
    }

    #[test]
    fn a_definite_object_after_a_named_body_is_no_adjective() {
        let text = "فيما خفضت وكالة فيتش التصنيف الائتماني لمصر.";
        assert!(orgs(text).iter().all(|(name, _)| !name.contains("التصنيف")), "{:?}", orgs(text));
    }

    #[test]
    fn a_head_the_tagger_took_in_still_heads_the_name() {
        let text = "وقالت منظمة الأمم المتحدة للطفولة إن الأطفال يعانون.";
        let got = after_tagger(text, &[("منظمة الأمم المتحدة", Org)]);
        assert_eq!(got, [("منظمة الأمم المتحدة للطفولة", Org)]);
    }
}
