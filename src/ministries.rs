//! Arabic ministries and national bodies as organisations: "وزارة الخارجية", "وزارة الدفاع
//! العراقية", "وكالة المخابرات المركزية الأمريكية", "هيئة الإذاعة البريطانية".
//! The annotation guidelines make ministries ORG, but ANERcorp leaves every "وزارة ..." untagged
//! (33 of 33 in its training part), so the Arabic model never learned them. A ministry is the
//! head word and the definite noun after it, with a place nisba that agrees with the head
//! (feminine, already marked MISC) when one follows. Other heads ("وكالة", "مجلس", "جهاز")
//! head a body's name only when such a nisba ends it, after at most two definite adjectives:
//! without it "مجلس الإدارة" or "هيئة المحلفين" is no name. Clitics stay outside ("لوزارة" →
//! "وزارة").

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::Mention;
use crate::span::Span;
use crate::text::normalize::{fold, FoldedWords};
use crate::text::TokenKind;

static HEADS: FoldedWords = FoldedWords::new(&["وزارة"]);

/// Heads of national bodies, feminine (their nisba ends in ـية), folded.
static FEMININE_BODIES: FoldedWords = FoldedWords::new(&[
    "وكالة",
    "هيئة",
    "سلطة",
    "قيادة",
    "مديرية",
    "دائرة",
    "مصلحة",
    "مفوضية",
    "لجنة",
    "شرطة",
    "منظمة",
    "مؤسسة",
]);
/// Heads of national bodies, masculine (their nisba ends in ـي), folded.
static MASCULINE_BODIES: FoldedWords = FoldedWords::new(&["مجلس", "جهاز", "مكتب", "ديوان", "مركز", "بنك", "صندوق"]);

/// Definite heads of national bodies whose name is the head, its adjectives and a place
/// nisba ("البنك المركزي المصري", "المصرف الأهلي العراقي"), folded; after ل the article's alif
/// is elided ("للبنك").
static DEFINITE_BODIES: FoldedWords = FoldedWords::new(&["البنك", "المصرف", "لبنك", "لمصرف"]);
/// The same, taking a feminine nisba: a plural of things ("الخطوط الجوية القطرية").
static FEMININE_DEFINITE_BODIES: FoldedWords = FoldedWords::new(&["الخطوط", "لخطوط", "القوات", "لقوات"]);
/// The services that make forces a named body ("القوات المسلحة السودانية", "القوات الجوية
/// المصرية"); other forces with a nisba are any such forces ("القوات الحكومية السورية").
static ARMED_SERVICES: FoldedWords = FoldedWords::new(&["المسلحة", "الجوية", "البحرية", "البرية"]);

/// Nisbas of a body's reach rather than its country, which end its name as a place nisba does
/// ("وكالة الطاقة الدولية", "مكتب التحقيقات الفيدرالي", "مجلس الأمن القومي"), folded. They may agree with the noun
/// rather than the head ("منظمة التعاون الإسلامي"), so either gender ends the name.
static SCOPE_NISBAS: FoldedWords = FoldedWords::new(&[
    "الدولية",
    "الدولي",
    "العالمية",
    "العالمي",
    "الإقليمية",
    "الإقليمي",
    "الإسلامية",
    "الإسلامي",
    "الفيدرالية",
    "الفيدرالي",
    "الاتحادية",
    "الاتحادي",
    "الوطنية",
    "الوطني",
    "القومية",
    "القومي",
    "المركزية",
    "المركزي",
]);

/// Most definite adjectives between a body's noun and its nisba ("المخابرات المركزية").
const MAX_ADJECTIVES: usize = 2;

/// Nouns after a body's head that make it no named body: people and offices ("إدارة الرئيس
/// الأمريكي" is an administration, "مكتب الوزير" an office), folded.
static NOT_BODY_NOUNS: FoldedWords = FoldedWords::new(&["الرئيس", "الوزير", "الملك", "الأمير", "السفير", "المدير"]);

/// Clitic letters that may be attached to the head: a conjunction, then a preposition.
const CONJUNCTIONS: [char; 2] = ['و', 'ف'];
const PREPOSITIONS: [char; 3] = ['ب', 'ل', 'ك'];

/// Adds the ministries the tagger missed; a mention overlapping one gives way, unless it is
/// already an organisation (the tagger's own reading wins). Linear in tokens and mentions.
pub fn add(doc: &Document, mentions: &mut Vec<Mention>) {
    let ministries = find(doc, mentions);
    if ministries.is_empty() {
        return;
    }
    mentions.sort_by_key(|m| m.span.start);
    let old = std::mem::take(mentions);
    let mut next = 0; // the first old mention not yet placed
    for ministry in ministries {
        // Mentions before this ministry stay as they are.
        while next < old.len() && old[next].span.end <= ministry.start {
            mentions.push(old[next]);
            next += 1;
        }
        let overlapping =
            next..old[next..].iter().position(|m| m.span.start >= ministry.end).map_or(old.len(), |k| next + k);
        // An organisation the tagger found reaching outside stays; one inside gives way to the
        // whole ("المخابرات المركزية" inside "وكالة المخابرات المركزية الأمريكية").
        let inside = |m: &Mention| m.span.start >= ministry.start && m.span.end <= ministry.end;
        if old[overlapping.clone()].iter().any(|m| m.kind == EntityKind::Org && !inside(m)) {
            continue; // its mentions are placed above
        }
        mentions.push(Mention { span: ministry, kind: EntityKind::Org });
        next = overlapping.end;
    }
    mentions.extend_from_slice(&old[next..]);
}

/// The ministries and bodies of the document, in order: the head, its noun and an agreeing
/// MISC nisba (for a body, its adjectives and the nisba it needs).
fn find(doc: &Document, mentions: &[Mention]) -> Vec<Span> {
    let tokens = &doc.tokens;
    let misc: std::collections::HashSet<Span> =
        mentions.iter().filter(|m| m.kind == EntityKind::Misc).map(|m| m.span).collect();
    let mut found = Vec::new();
    for i in 0..tokens.len() {
        let word = tokens[i].span.of(doc.text);
        if let Some(span) = body(doc, &misc, i, word) {
            found.push(span);
            continue;
        }
        // Folding leaves ز as it is: a word without it is no head, and is not folded.
        if !word.contains('ز') {
            continue;
        }
        let Some(clitic) = head_clitic(doc, i, &HEADS) else { continue };
        let Some(noun) = next_word(doc, i) else { continue };
        if !is_definite(tokens[noun].span.of(doc.text)) {
            continue;
        }
        let mut end = tokens[noun].span.end;
        // A second and a third portfolio joined by و ("وزارة المياه والري", "الخارجية
        // والمغتربين", "الصناعة والتجارة والتموين").
        let mut last_noun = noun;
        for _ in 0..2 {
            match next_word(doc, last_noun) {
                Some(next) if is_portfolio(doc.folded(next)) => {
                    end = tokens[next].span.end;
                    last_noun = next;
                }
                _ => break,
            }
        }
        // The portfolio's own adjective ("والحماية الاجتماعية", "التعليم العالي"): a definite
        // nisba-shaped word that is no nationality.
        let last_noun = match next_word(doc, last_noun) {
            Some(adjective) if is_portfolio_adjective(doc, &misc, adjective) => {
                end = tokens[adjective].span.end;
                adjective
            }
            _ => last_noun,
        };
        if let Some(adjective) = next_word(doc, last_noun) {
            let span = tokens[adjective].span;
            let folded = fold(span.of(doc.text));
            // The nisba, or a country whose name is its feminine nisba ("وزارة الطاقة
            // السعودية"), which the nisba rule leaves to the tagger.
            let country_nisba = || folded.starts_with("ال") && is_listed_place(&folded);
            if folded.ends_with("يه") && (misc.contains(&span) || country_nisba()) {
                end = span.end;
            }
        }
        found.push(Span::new(tokens[i].span.start + clitic, end));
    }
    found
}

/// A national body's name from token `i`: a head of [`FEMININE_BODIES`] or
/// [`MASCULINE_BODIES`], a definite noun, up to two definite adjectives, and a MISC place nisba
/// of the head's gender.
fn body(doc: &Document, misc: &std::collections::HashSet<Span>, i: usize, word: &str) -> Option<Span> {
    // The heads end in ة, س, ز, ب, ن, ر, ك, ف, ط, ق or ت; most words are passed over without folding.
    if !word.ends_with(['ة', 'س', 'ز', 'ب', 'ن', 'ر', 'ك', 'ف', 'ط', 'ق', 'ت']) || word.chars().count() > 8 {
        return None;
    }
    // A definite head takes its adjectives at once ("البنك المركزي المصري"); the others a
    // definite noun first ("وكالة المخابرات").
    let (clitic, feminine, definite) = if let Some(clitic) = head_clitic(doc, i, &DEFINITE_BODIES) {
        (clitic, false, true)
    } else if let Some(clitic) = head_clitic(doc, i, &FEMININE_DEFINITE_BODIES) {
        (clitic, true, true)
    } else if let Some(clitic) = head_clitic(doc, i, &FEMININE_BODIES) {
        (clitic, true, false)
    } else {
        (head_clitic(doc, i, &MASCULINE_BODIES)?, false, false)
    };
    let noun = next_word(doc, i)?;
    if !is_definite(doc.word(noun)) || NOT_BODY_NOUNS.contains_folded(doc.folded(noun)) {
        return None;
    }
    let forces = doc.folded(i).trim_start_matches(['و', 'ف', 'ب']).ends_with("قوات");
    if forces && !ARMED_SERVICES.contains_folded(doc.folded(noun)) {
        return None;
    }
    // The nisba may not follow a definite head at once: "البنك المصري" is any Egyptian bank.
    if definite && misc.contains(&doc.tokens[noun].span) {
        return None;
    }
    let start = doc.tokens[i].span.start + clitic;
    // A scope nisba ends the name unless a place nisba follows ("وكالة المخابرات المركزية
    // الأمريكية").
    let mut scope_end = None;
    let mut at = noun;
    for _ in 0..=MAX_ADJECTIVES {
        let Some(next) = next_word(doc, at) else { break };
        let span = doc.tokens[next].span;
        // The nisba, or a country whose name is its feminine nisba ("وكالة الفضاء السعودية").
        let folded = fold(span.of(doc.text));
        let country = feminine && folded.starts_with("ال") && folded.ends_with("يه") && is_listed_place(&folded);
        if misc.contains(&span) || country {
            let agrees = folded.ends_with("يه") == feminine;
            return if agrees { Some(Span::new(start, span.end)) } else { scope_end };
        }
        if !definite && SCOPE_NISBAS.contains_folded(doc.folded(next)) {
            scope_end = Some(Span::new(start, span.end));
        } else if !is_definite(doc.word(next)) {
            break;
        }
        at = next;
    }
    scope_end
}

/// The bytes of clitics before the head word, when `word` is one of `heads` with or without
/// them (a conjunction, a preposition, or a conjunction then a preposition).
/// Read on the token's folded form, which the document keeps: this runs on many words.
fn head_clitic(doc: &Document, i: usize, heads: &FoldedWords) -> Option<usize> {
    let folded = doc.folded(i);
    let mut chars = folded.chars();
    let (first, second) = (chars.next()?, chars.next());
    let one = CONJUNCTIONS.contains(&first) || PREPOSITIONS.contains(&first);
    let two = second.is_some_and(|c| CONJUNCTIONS.contains(&first) && PREPOSITIONS.contains(&c));
    let letters = [Some(0), one.then_some(1), two.then_some(2)].into_iter().flatten().find(|&n| {
        let skip: usize = folded.chars().take(n).map(char::len_utf8).sum();
        heads.contains_folded(&folded[skip..])
    })?;
    Some(crate::ner::spans::letters_len(doc.word(i), letters))
}

/// The next token when it is a word separated from token `i` by spaces only.
fn next_word(doc: &Document, i: usize) -> Option<usize> {
    let (this, next) = (doc.tokens.get(i)?, doc.tokens.get(i + 1)?);
    let spaced = doc.only_spaces_between(this.span.end, next.span.start);
    (spaced && next.kind != TokenKind::Punct).then_some(i + 1)
}

/// Bodies of their own that "و" + article may join to a ministry ("وزارة الخارجية والسفارة
/// الأمريكية" names two), folded.
static BODIES: FoldedWords = FoldedWords::new(&[
    "السفارة",
    "القنصلية",
    "الوكالة",
    "الهيئة",
    "الشركة",
    "الجامعة",
    "المنظمة",
    "المؤسسة",
    "الحكومة",
    "الرئاسة",
    "الجيش",
    "الشرطة",
    "البرلمان",
    "المجلس",
    "الوزير",
    "الوزيرة",
    "الأمم",
]);

/// A definite word ending like a nisba (ـي، ـية) that is neither MISC nor a place nisba nor a
/// listed country: an adjective of the portfolio, part of the ministry's name.
fn is_portfolio_adjective(doc: &Document, misc: &std::collections::HashSet<Span>, t: usize) -> bool {
    let folded = doc.folded(t);
    // "العامة" (public: "وزارة الصحة العامة", "الأشغال العامة") is no nisba but agrees the same way.
    folded == "العامه"
        || folded.starts_with("ال")
            && folded.chars().count() >= 5
            && (folded.ends_with('ي') || folded.ends_with("يه"))
            && !misc.contains(&doc.tokens[t].span)
            && !is_listed_place(folded)
            && !crate::ner::nisba::is_nationality(folded)
}

/// A second portfolio after a ministry's noun: و + a definite word that names no body of its own.
fn is_portfolio(folded: &str) -> bool {
    folded.strip_prefix('و').is_some_and(|rest| is_definite(rest) && !BODIES.contains_folded(rest))
}

/// Whether a folded word is a place of the Arabic gazetteer.
fn is_listed_place(folded: &str) -> bool {
    crate::ner::model_for(crate::lang::Lang::Ar).is_some_and(|m| {
        let g = &m.gazetteer;
        g.classes_of(crate::hash::Fnv::new().str(folded)) & g.class_bit("loc") != 0
    })
}

/// An Arabic word with the article and at least two letters after it.
fn is_definite(word: &str) -> bool {
    let folded = fold(word);
    folded.starts_with("ال") && folded.chars().count() >= 4
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(text: &str, name: &str, kind: EntityKind) -> Mention {
        let start = text.find(name).unwrap();
        Mention { span: Span::new(start, start + name.len()), kind }
    }

    fn run(text: &str, mut mentions: Vec<Mention>) -> Vec<(&str, EntityKind)> {
        let doc = Document::new(text, None);
        add(&doc, &mut mentions);
        mentions.iter().map(|m| (m.span.of(text), m.kind)).collect()
    }

    #[test]
    fn a_ministry_is_the_head_and_its_noun_with_an_agreeing_place_nisba() {
        let text = "رحبت وزارة الخارجية الأمريكية بالخطوة";
        let got = run(text, vec![mention(text, "الأمريكية", EntityKind::Misc)]);
        assert_eq!(got, [("وزارة الخارجية الأمريكية", EntityKind::Org)]);
        // Without a nisba after it, or with another word there, the noun ends it.
        assert_eq!(run("قالت وزارة النفط إن", vec![]), [("وزارة النفط", EntityKind::Org)]);
        assert_eq!(run("أعلنت وزارة الداخلية اليوم", vec![]), [("وزارة الداخلية", EntityKind::Org)]);
    }

    #[test]
    fn a_second_portfolio_joined_by_waw_belongs_to_the_ministry_and_another_body_does_not() {
        let text = "أعلنت وزارة المياه والري الأردنية عن اتفاق";
        let got = run(text, vec![mention(text, "الأردنية", EntityKind::Misc)]);
        assert_eq!(got, [("وزارة المياه والري الأردنية", EntityKind::Org)]);
        // The portfolio's own adjective belongs to it; the nationality still comes after.
        let text = "أعلنت وزارة الصحة والحماية الاجتماعية المغربية إطلاق حملة";
        let got = run(text, vec![mention(text, "المغربية", EntityKind::Misc)]);
        assert_eq!(got, [("وزارة الصحة والحماية الاجتماعية المغربية", EntityKind::Org)]);
        assert_eq!(run("قالت وزارة التعليم العالي إن", vec![]), [("وزارة التعليم العالي", EntityKind::Org)]);
        let text = "قالت وزارة الصناعة والتجارة والتموين إن";
        assert_eq!(run(text, vec![]), [("وزارة الصناعة والتجارة والتموين", EntityKind::Org)]);
        let text = "رحبت وزارة الخارجية والسفارة الأمريكية بالخطوة";
        let got = run(text, vec![mention(text, "الأمريكية", EntityKind::Misc)]);
        assert_eq!(got, [("وزارة الخارجية", EntityKind::Org), ("الأمريكية", EntityKind::Misc)]);
    }

    #[test]
    fn clitics_stay_outside_and_a_bare_or_unspaced_head_is_no_name() {
        assert_eq!(run("وقال مصدر لوزارة الدفاع", vec![]), [("وزارة الدفاع", EntityKind::Org)]);
        assert_eq!(run("ووزارة الصحة", vec![]), [("وزارة الصحة", EntityKind::Org)]);
        assert_eq!(run("أعلنت وزارة الصحة العامة حصيلة", vec![]), [("وزارة الصحة العامة", EntityKind::Org)]);
        assert_eq!(run("وبوزارة الصحة", vec![]), [("وزارة الصحة", EntityKind::Org)]);
        for text in ["قالت الوزارة إن", "وزارة، الخارجية", "وزارة خارجية", "بلوزارة الصحة", "وزارة"]
        {
            assert_eq!(run(text, vec![]), [], "{text}");
        }
    }

    #[test]
    fn a_national_body_needs_a_nisba_of_its_heads_gender() {
        use EntityKind::{Misc, Org};
        let text = "وقالت وكالة المخابرات المركزية الأمريكية إن الهجوم فشل";
        let got = run(text, vec![mention(text, "المخابرات المركزية", Org), mention(text, "الأمريكية", Misc)]);
        assert_eq!(got, [("وكالة المخابرات المركزية الأمريكية", Org)]);
        let text = "ونقلت هيئة الإذاعة البريطانية عن مصادر";
        assert_eq!(run(text, vec![mention(text, "البريطانية", Misc)]), [("هيئة الإذاعة البريطانية", Org)]);
        let text = "واجتمع مجلس الأمن القومي الأمريكي أمس";
        assert_eq!(run(text, vec![mention(text, "الأمريكي", Misc)]), [("مجلس الأمن القومي الأمريكي", Org)]);
        // A bank, a foundation; a country named by its feminine nisba ends a feminine body.
        let text = "وقدم بنك الاستثمار الأوروبي قرضا";
        assert_eq!(run(text, vec![mention(text, "الأوروبي", Misc)]), [("بنك الاستثمار الأوروبي", Org)]);
        let text = "وأعلنت مؤسسة البترول الكويتية خطة";
        assert_eq!(run(text, vec![mention(text, "الكويتية", Misc)]), [("مؤسسة البترول الكويتية", Org)]);
        assert_eq!(run("وقالت وكالة الفضاء السعودية إن", vec![]), [("وكالة الفضاء السعودية", Org)]);
        // Without a nisba, with one that does not agree, past a person's office, or past three
        // adjectives, the words name no body.
        assert_eq!(run("وقرر مجلس الإدارة رفع رأس المال", vec![]), []);
        let text = "وأعلن مجلس الإدارة الجديد للشركة الأمريكية";
        assert_eq!(run(text, vec![mention(text, "الأمريكية", Misc)]), [("الأمريكية", Misc)]);
        let text = "وقال مكتب الرئيس الأمريكي إن";
        assert_eq!(run(text, vec![mention(text, "الأمريكي", Misc)]), [("الأمريكي", Misc)]);
        let text = "وكالة الأنباء الرسمية الكبيرة الأولى السعودية";
        assert_eq!(run(text, vec![mention(text, "السعودية", Misc)]), [("السعودية", Misc)]);
    }

    #[test]
    fn a_body_of_international_reach_ends_in_its_scope_nisba() {
        assert_eq!(
            run("وتوقعت وكالة الطاقة الدولية ارتفاع الطلب", vec![]),
            [("وكالة الطاقة الدولية", EntityKind::Org)]
        );
        assert_eq!(run("وقالت لجنة الإنقاذ الدولية إن", vec![]), [("لجنة الإنقاذ الدولية", EntityKind::Org)]);
        let text = "وحقق مكتب التحقيقات الفيدرالي في الحادث";
        assert_eq!(run(text, vec![]), [("مكتب التحقيقات الفيدرالي", EntityKind::Org)]);
        // A noun after a definite head is no body's: "البنك الدولي" is the tagger's.
        assert_eq!(run("وقالت مصادر في البنك الدولي", vec![]), []);
        assert_eq!(run("وقرر مجلس الإدارة الجديد", vec![]), []);
    }

    #[test]
    fn a_country_named_by_its_feminine_nisba_ends_a_ministry() {
        let text = "ووقعت وزارة الطاقة السعودية مذكرة تفاهم";
        assert_eq!(run(text, vec![]), [("وزارة الطاقة السعودية", EntityKind::Org)]);
    }

    #[test]
    fn a_central_bank_is_its_definite_head_adjectives_and_nisba() {
        use EntityKind::{Misc, Org};
        let text = "قرر البنك المركزي المصري تثبيت الفائدة";
        assert_eq!(run(text, vec![mention(text, "المصري", Misc)]), [("البنك المركزي المصري", Org)]);
        // After ل the article's alif is elided; the clitic stays outside.
        let text = "وفقا للبنك المركزي الأوروبي";
        assert_eq!(run(text, vec![mention(text, "الأوروبي", Misc)]), [("لبنك المركزي الأوروبي", Org)]);
        // Any Egyptian bank, and a bank without a nisba, name no body.
        let text = "اقترض البنك المصري الكبير";
        assert_eq!(run(text, vec![mention(text, "المصري", Misc)]), [("المصري", Misc)]);
        assert_eq!(run("رفع البنك المركزي الفائدة", vec![]), []);
        // An airline: a plural head takes the feminine nisba.
        let text = "أعلنت الخطوط الجوية القطرية صفقة";
        assert_eq!(run(text, vec![mention(text, "القطرية", Misc)]), [("الخطوط الجوية القطرية", Org)]);
        // Armed forces by their service; other forces of a country are no body.
        let text = "اتصل بقائد القوات المسلحة السودانية";
        assert_eq!(run(text, vec![mention(text, "السودانية", Misc)]), [("القوات المسلحة السودانية", Org)]);
        let text = "تقدمت القوات الحكومية السورية";
        assert_eq!(run(text, vec![mention(text, "السورية", Misc)]), [("السورية", Misc)]);
    }

    #[test]
    fn the_taggers_own_organisation_wins_and_other_overlaps_give_way() {
        let text = "بيان وزارة الخارجية العراقية";
        let got = run(text, vec![mention(text, "وزارة الخارجية", EntityKind::Org)]);
        assert_eq!(got, [("وزارة الخارجية", EntityKind::Org)]);
        let got =
            run(text, vec![mention(text, "الخارجية", EntityKind::Loc), mention(text, "العراقية", EntityKind::Misc)]);
        assert_eq!(got, [("وزارة الخارجية العراقية", EntityKind::Org)]);
    }
}
