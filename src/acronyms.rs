//! Arabic news spells an organisation out and gives its short name in brackets after it:
//! "القيادة المركزية (سنتكوم)", "رابطة صناعة النفط في كردستان (أبيكور)", "الشركة القابضة
//! للمستحضرات الحيوية واللقاحات (فاكسيرا)". Each side names the other: a bracketed short name
//! after an organisation is that organisation, and the words from an institution's head
//! noun up to a bracketed organisation are its full name. The tagger reads the short name
//! alone (often as a place) and the ordinary words of the full name as no name at all.

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::{near, Mention};
use crate::span::Span;
use crate::text::normalize::FoldedWords;
use crate::text::TokenKind;
use crate::unknown_names::{arabic_lexicon, is_arabic, is_only_a_verb};

/// Heads that open a full name before brackets besides the official names' heads
/// (`official_names::HEADS`), folded. "القيادة" only with the article: "بقيادة" is "led by".
static MORE_HEADS: FoldedWords = FoldedWords::new(&["حركة", "حزب", "شبكة", "سلطة"]);

/// Whether a folded word is such a head, with or without the article.
fn is_head(folded: &str) -> bool {
    let bare = folded.strip_prefix("ال");
    let word = bare.unwrap_or(folded);
    crate::official_names::HEADS.contains_folded(word) || MORE_HEADS.contains_folded(word) || bare == Some("قياده")
}

/// Function words no full name holds between its head and the bracket ("في" may: "رابطة
/// صناعة النفط في كردستان"), folded.
static STOPS: FoldedWords = FoldedWords::new(&[
    "أن",
    "أنها",
    "أنه",
    "إن",
    "إنها",
    "إنه",
    "التي",
    "الذي",
    "الذين",
    "ما",
    "قد",
    "لم",
    "لن",
    "لا",
    "على",
    "عن",
    "إلى",
    "من",
    "مع",
    "بعد",
    "قبل",
    "عند",
    "حيث",
    "كما",
    "هو",
    "هي",
    "ثم",
    "أو",
    "بين",
    "منذ",
    "خلال",
]);

/// Whether a word can stand inside an organisation's full name: no function word, verb (also
/// with the future س) or noun with a pronoun ("أنها", "ستبدأ", "عملياتها").
fn in_name(lexicon: &crate::ner::lexicon::Lexicon, doc: &Document, t: usize) -> bool {
    let word = doc.word(t);
    let folded = doc.folded(t);
    let future = word.strip_prefix('س').filter(|r| r.chars().count() >= 3);
    is_arabic(word)
        && !STOPS.contains_folded(folded)
        && !is_only_a_verb(lexicon, word)
        && !future.is_some_and(|r| is_only_a_verb(lexicon, r))
        && !crate::unknown_names::is_possessed_noun(lexicon, word)
}

/// Most words of a full name before its bracketed short name.
const MAX_WORDS: usize = 7;
/// Most words of a bracketed short name.
const MAX_SHORT: usize = 3;

/// Types both sides of "full name (short name)" as one organisation each.
pub fn settle(doc: &Document, mentions: &mut Vec<Mention>) {
    let Some(lexicon) = arabic_lexicon(doc) else { return };
    mentions.sort_by_key(|m| m.span.start); // `near` searches them
    let tokens = &doc.tokens;
    let mut found: Vec<Mention> = Vec::new();
    for open in 1..tokens.len() {
        if doc.word(open) != "(" {
            continue;
        }
        // The bracketed words: one to three Arabic words, then ")".
        let close = (open + 1..(open + 2 + MAX_SHORT).min(tokens.len())).find(|&t| doc.word(t) == ")");
        let Some(close) = close.filter(|&c| c > open + 1) else { continue };
        if !(open + 1..close).all(|t| is_arabic(doc.word(t))) {
            continue;
        }
        let short = Span::new(tokens[open + 1].span.start, tokens[close - 1].span.end);
        // A listed place or nationality in brackets is where the body is from ("ريال مدريد
        // (اسبانيا)"), and a person or work in them is no short name.
        let other = near(mentions, short.start, short.end)
            .iter()
            .any(|m| m.kind != EntityKind::Org && m.span.start < short.end && short.start < m.span.end);
        let listed_place = crate::unknown_names::listed(doc, short.of(doc.text), &["loc"]);
        if listed_place
            || other && !(open + 1..close).all(|t| crate::unknown_names::is_unknown_name(lexicon, doc.word(t)))
        {
            continue;
        }
        let before_end = tokens[open - 1].span.end;
        let org_before = near(mentions, before_end, before_end)
            .iter()
            .any(|m| m.kind == EntityKind::Org && m.span.end == before_end);
        let org_inside =
            near(mentions, short.start, short.end).iter().any(|m| m.kind == EntityKind::Org && m.span == short);
        // The full name: back from the bracket to the nearest head, over words only.
        let full_start = (!org_before && (org_inside || tokens[open - 1].kind != TokenKind::Punct))
            .then(|| {
                let mut t = open;
                while t > 0 && open - t < MAX_WORDS {
                    t -= 1;
                    if tokens[t].kind == TokenKind::Punct || !in_name(lexicon, doc, t) {
                        return None;
                    }
                    if t + 1 < open && !doc.only_spaces_between(tokens[t].span.end, tokens[t + 1].span.start) {
                        return None;
                    }
                    let folded = doc.folded(t);
                    let bare = folded.strip_prefix(['و', 'ف', 'ب', 'ل']).filter(|r| r.chars().count() >= 3);
                    if is_head(folded) {
                        return Some(tokens[t].span.start);
                    }
                    if let Some(rest) = bare.filter(|r| is_head(r)) {
                        return Some(tokens[t].span.end - rest.len());
                    }
                }
                None
            })
            .flatten();

        // A person inside is whom the body is led by, not its name ("بقيادة محمد حمدان دقلو
        // (حميدتي)").
        let full_start = full_start.filter(|&start| {
            !near(mentions, start, before_end)
                .iter()
                .any(|m| m.kind == EntityKind::Per && m.span.start < before_end && start < m.span.end)
        });
        if org_before || full_start.is_some() {
            found.push(Mention { span: short, kind: EntityKind::Org });
        }
        if let Some(start) = full_start {
            found.push(Mention { span: Span::new(start, before_end), kind: EntityKind::Org });
        }
    }
    if found.is_empty() {
        return;
    }
    // The new mentions replace whatever they overlap.
    found.sort_by_key(|m| m.span.start);
    found.dedup();
    mentions.retain(|m| {
        !near(&found, m.span.start, m.span.end).iter().any(|f| f.span.start < m.span.end && m.span.start < f.span.end)
    });
    crate::ner::add_mentions(mentions, found);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn run(text: &str, model: &[(&str, EntityKind)]) -> Vec<(String, EntityKind)> {
        crate::ner::run_rule(text, Lang::Ar, model, settle)
    }

    fn org(s: &str) -> (String, EntityKind) {
        (s.to_string(), EntityKind::Org)
    }

    #[test]
    fn the_full_name_and_the_short_name_name_one_organisation() {
        let text = "فيما أوضحت القيادة المركزية (سنتكوم) أن فرقاطة";
        assert_eq!(run(text, &[("سنتكوم", EntityKind::Org)]), [org("القيادة المركزية"), org("سنتكوم")]);
        let text = "وقالت رابطة صناعة النفط في كردستان (أبيكور)، التي تمثل شركات";
        let got = run(text, &[("كردستان", EntityKind::Loc), ("أبيكور", EntityKind::Loc)]);
        assert_eq!(got, [org("رابطة صناعة النفط في كردستان"), org("أبيكور")]);
        // A short name after an organisation the tagger found.
        let text = "تجربة الشركة القابضة للمستحضرات الحيوية واللقاحات (فاكسيرا) ودراسة";
        let got = run(text, &[("الشركة القابضة للمستحضرات الحيوية واللقاحات", EntityKind::Org)]);
        assert_eq!(got, [org("الشركة القابضة للمستحضرات الحيوية واللقاحات"), org("فاكسيرا")]);
    }

    #[test]
    fn brackets_without_a_body_are_left_alone() {
        // A person's alias, a verb before the brackets, a place in brackets after a place.
        assert_eq!(run("وقال محمد حمدان دقلو (حميدتي) إن", &[("محمد حمدان دقلو", EntityKind::Per)]).len(), 1);
        assert_eq!(run("اجتمع الوفد في القاهرة (مصر) أمس", &[]), []);
        assert_eq!(run("أعلنت الشركة أنها ستبدأ (غدا) الإنتاج", &[]), []);
        // A person inside is the leader, not the name.
        let text = "واتهمت قوات الدعم السريع بقيادة محمد حمدان دقلو (حميدتي) الجيش";
        let got = run(text, &[("قوات الدعم السريع", EntityKind::Org), ("محمد حمدان دقلو", EntityKind::Per)]);
        assert_eq!(got, [org("قوات الدعم السريع"), ("محمد حمدان دقلو".to_string(), EntityKind::Per)]);
        // A club's country in brackets (ANERcorp's sports results).
        let got =
            run("فاز نادي ريال مدريد (إسبانيا) على", &[("ريال مدريد", EntityKind::Org), ("إسبانيا", EntityKind::Loc)]);
        assert_eq!(got, [org("ريال مدريد"), ("إسبانيا".to_string(), EntityKind::Loc)]);
    }
}
