//! Political blocs named by "ائتلاف", "تحالف" or "كتلة" and what follows: "ائتلاف [دولة
//! القانون]", "ائتلاف [الإعمار والتنمية]", "تحالف [العزم]". Iraqi, Lebanese and Kuwaiti news
//! names its electoral lists this way, after the slogan each runs under, and the slogan is
//! made of ordinary words the tagger never takes for a name. Unlike a party's "حزب", the
//! head is part of the name (the lists are known as "ائتلاف دولة القانون"), so it stays in.
//!
//! The name is what reads as a title after an indefinite head: definite words, joined by و
//! ("الإعمار والتنمية"), or one noun in construct with a definite word ("دولة القانون"),
//! with at most one nisba after them ("القوى الوطنية"). A description does not pass: "تحالف
//! دولي" (an adjective), "تحالف تقوده واشنطن" (a verb), "التحالف الدولي" (a definite head).

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::Mention;
use crate::span::Span;
use crate::text::normalize::{letters_bytes, FoldedWords};
use crate::unknown_names::{arabic_lexicon, is_arabic};

static HEADS: FoldedWords = FoldedWords::new(&["ائتلاف", "تحالف", "كتلة"]);

/// Words after a head that are what it does or who leads it, not its name.
static NOT_NAMES: FoldedWords = FoldedWords::new(&[
    "بزعامة",
    "بقيادة",
    "برئاسة",
    "يضم",
    "تضم",
    "يقوده",
    "تقوده",
    "جديد",
    "جديدة",
    "واسع",
    "واسعة",
    "حاكم",
    "حاكمة",
    // Demonstratives and quantifiers: "كتلة تلك الجسيمات" (the mass of those particles).
    "هذه",
    "هذا",
    "تلك",
    "ذلك",
    "هؤلاء",
    "كل",
    "بعض",
    "أي",
]);

/// Longest name taken after a head, in words.
const MAX_WORDS: usize = 4;

/// How many clitics come before the head a folded word is ("وائتلاف", "لتحالف": one; up to
/// two), or `None` when it is no head (never with the article).
fn head_clitics(folded: &str) -> Option<usize> {
    let mut rest = folded;
    for clitics in 0..=2 {
        if HEADS.contains_folded(rest) {
            return Some(clitics);
        }
        rest = rest.strip_prefix(['و', 'ف', 'ب', 'ل'])?;
    }
    None
}

fn is_definite(folded: &str) -> bool {
    folded.starts_with("ال") && folded.chars().count() >= 4
}

/// "و" + a definite word: "والتنمية".
fn is_joined_definite(folded: &str) -> bool {
    folded.strip_prefix('و').is_some_and(is_definite)
}

/// A nisba adjective's ending, read on the word as written: folded, "القوى" would end in ي.
fn is_nisba(word: &str) -> bool {
    word.chars().count() >= 5 && (word.ends_with('ي') || word.ends_with("ية"))
}

/// Marks each bloc whose name follows its head, head included, as one organisation.
pub fn mark(doc: &Document, mentions: &mut Vec<Mention>) {
    let Some(lexicon) = arabic_lexicon(doc) else { return };
    let tokens = &doc.tokens;
    let spaced = |a: usize, b: usize| doc.only_spaces_between(tokens[a].span.end, tokens[b].span.start);
    let word_at = |t: usize| t < tokens.len() && is_arabic(doc.word(t)) && spaced(t - 1, t);
    let mut found = Vec::new();
    let mut t = 0;
    while t + 1 < tokens.len() {
        let clitics = head_clitics(doc.folded(t)).filter(|_| is_arabic(doc.word(t)) && word_at(t + 1));
        let Some(clitics) = clitics else {
            t += 1;
            continue;
        };
        // A known organisation after the head is the name, the head its descriptor ("كتلة
        // حزب الله", Hezbollah's bloc).
        let next = tokens[t + 1].span;
        if crate::ner::near(mentions, next.start, next.end)
            .iter()
            .any(|m| m.kind == EntityKind::Org && m.span.start >= next.start && m.span.start < next.end)
        {
            t += 1;
            continue;
        }
        let first = doc.folded(t + 1);
        let mut end = t + 1;
        if is_definite(first) && !is_nisba(doc.word(t + 1)) {
            end += 1;
        } else if !first.starts_with("ال")
            && first.chars().count() >= 3
            && !NOT_NAMES.contains_folded(first)
            && !is_nisba(doc.word(t + 1))
            && lexicon.is_common(doc.word(t + 1))
            && word_at(t + 2)
            && is_definite(doc.folded(t + 2))
        {
            // A noun in construct with the definite word after it: "دولة القانون".
            end += 2;
        } else {
            t += 1;
            continue;
        }
        while word_at(end) && end - t <= MAX_WORDS && is_joined_definite(doc.folded(end)) {
            end += 1;
        }
        if word_at(end) && end - t <= MAX_WORDS && is_definite(doc.folded(end)) && is_nisba(doc.word(end)) {
            end += 1;
        }
        // The clitics before the head stay outside.
        let start = tokens[t].span.start + letters_bytes(doc.word(t), clitics);
        // A listed name that goes on past the slogan ("كتلة الوفاء للمقاومة") is whole already.
        let stop = tokens[end - 1].span.end;
        if crate::ner::near(mentions, start, stop)
            .iter()
            .any(|m| m.kind == EntityKind::Org && m.span.start <= start && m.span.end > stop)
        {
            t = end;
            continue;
        }
        found.push(Mention { span: Span::new(start, tokens[end - 1].span.end), kind: EntityKind::Org });
        t = end;
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

    fn org(name: &str) -> (String, EntityKind) {
        (name.to_string(), EntityKind::Org)
    }

    #[test]
    fn a_bloc_is_its_head_and_its_slogan() {
        let text = "وتصدر ائتلاف الإعمار والتنمية بزعامة رئيس الوزراء النتائج، وحل ائتلاف دولة القانون ثانيا.";
        assert_eq!(run(text, &[]), [org("ائتلاف الإعمار والتنمية"), org("ائتلاف دولة القانون")]);
        // The clitic stays outside; the tagger's part-name gives way to the whole.
        let text = "وانضم نواب من تحالف العزم إلى الجلسة، ثم انسحبوا لتحالف القوى الوطنية.";
        assert_eq!(run(text, &[("العزم", EntityKind::Per)]), [org("تحالف العزم"), org("تحالف القوى الوطنية")]);
        // An organisation known by its own name keeps the head outside: Hezbollah's bloc.
        let text = "وقال رئيس كتلة حزب الله في البرلمان إن الجلسة تأجلت.";
        assert_eq!(run(text, &[("حزب الله", EntityKind::Org)]), [org("حزب الله")]);
        // A longer name found before (the curated list's) is kept whole.
        let text = "وأكد رئيس كتلة الوفاء للمقاومة أن الجلسة تأجلت.";
        assert_eq!(run(text, &[("كتلة الوفاء للمقاومة", EntityKind::Org)]), [org("كتلة الوفاء للمقاومة")]);
    }

    #[test]
    fn a_description_is_no_name() {
        for text in [
            "وشكلت الولايات المتحدة تحالفا دوليا ضد التنظيم.",
            "وقال إن تحالف تقوده واشنطن نفذ الضربات.",
            "وأعلن التحالف الدولي انتهاء مهمته.",
            "ويستعد تحالف جديد لخوض الانتخابات.",
            "وقال ائتلاف بقيادة الحزب الحاكم إنه سيشارك.",
            "وأعلنت كتلة نيابية مقاطعة الجلسة.",
            "وتقاس كتلة تلك الجسيمات بدقة.",
        ] {
            assert_eq!(run(text, &[]), [], "{text}");
        }
    }
}
