//! Aircraft models in Arabic news, products and so MISC under the guidelines: "طائرة 777-9",
//! "طائرات A350", "737 ماكس", "787 دريملاينر". Gulf news reports airline orders in these
//! codes, which the tagger, trained on 2006 news, leaves untagged or cuts to the Arabic word.
//! A code is a model only beside aviation words (an aircraft, a model, a maker), or with the
//! family name written after it: "777" alone is a number.

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::lang::Lang;
use crate::ner::Mention;
use crate::span::Span;
use crate::text::normalize::FoldedWords;

/// Words after which a code names an aircraft (folded; و attached or not).
static AVIATION: FoldedWords = FoldedWords::new(&[
    "طائرة",
    "طائرات",
    "طائرتين",
    "طراز",
    "بوينغ",
    "بوينج",
    "إيرباص",
    "ايرباص",
    "الطائرة",
    "الطائرات",
]);

/// Family names written after a Boeing number ("737 ماكس"), folded.
static FAMILIES: FoldedWords = FoldedWords::new(&["ماكس", "دريملاينر", "إكس"]);

/// How many words before a code may hold the aviation word ("طائرة إضافية من طراز").
const WINDOW: usize = 3;

/// Adds the aircraft models of Arabic paragraphs that no mention covers; a model mention of
/// the family name alone ("دريملاينر") grows to take its number.
pub fn mark(doc: &Document, mentions: &mut Vec<Mention>) {
    let mut found: Vec<Mention> = Vec::new();
    for block in doc.blocks.iter().filter(|b| b.lang == Lang::Ar) {
        let mut t = block.tokens.start;
        while t < block.tokens.end {
            let Some((span, last)) = model_at(doc, t, block.tokens.end) else {
                t += 1;
                continue;
            };
            let family_after = last > t;
            let aviation = (block.tokens.start.max(t.saturating_sub(WINDOW))..t)
                .any(|b| AVIATION.contains_folded(doc.folded(b).strip_prefix('و').unwrap_or(doc.folded(b))));
            if family_after || aviation {
                found.push(Mention { span, kind: EntityKind::Misc });
            }
            t = last + 1;
        }
    }
    crate::ner::replace_overlapping(mentions, found);
}

/// The model code starting at token `t` (a clitic و outside), and its last token.
fn model_at(doc: &Document, t: usize, end: usize) -> Option<(Span, usize)> {
    let word = doc.word(t);
    let code = word.strip_prefix('و').unwrap_or(word);
    let start = doc.tokens[t].span.end - code.len();
    let airbus = is_airbus(code);
    if !airbus && !is_boeing(code) {
        return None;
    }
    let mut last = t;
    let joined = |i: usize| i < end && doc.tokens[i - 1].span.end == doc.tokens[i].span.start;
    // "777-9", "A350-1000": a variant joined by a hyphen.
    if joined(t + 1) && joined(t + 2) && doc.word(t + 1) == "-" && doc.word(t + 2).bytes().all(|b| b.is_ascii_digit()) {
        last = t + 2;
    } else if !airbus
        && t + 1 < end
        && doc.only_spaces_between(doc.tokens[t].span.end, doc.tokens[t + 1].span.start)
        && FAMILIES.contains_folded(doc.folded(t + 1))
    {
        last = t + 1;
    }
    Some((Span::new(start, doc.tokens[last].span.end), last))
}

/// Airbus codes: "A350", "A321neo", "A220", "A330XLR".
fn is_airbus(code: &str) -> bool {
    let Some(rest) = code.strip_prefix('A') else { return false };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    digits == 3 && rest.starts_with(['2', '3']) && ["", "neo", "XLR", "LR"].contains(&&rest[digits..])
}

/// Boeing numbers: 707 to 787.
fn is_boeing(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 3 && b[0] == b'7' && b[1].is_ascii_digit() && b[2] == b'7'
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, model: &[(&str, EntityKind)]) -> Vec<String> {
        crate::ner::run_rule(text, Lang::Ar, model, mark).into_iter().map(|(name, _)| name).collect()
    }

    #[test]
    fn codes_beside_aviation_words_are_aircraft() {
        let text = "لشراء 65 طائرة إضافية من طراز 777-9 من بوينغ وطلبية لثماني طائرات A350 إضافية";
        assert_eq!(run(text, &[]), ["777-9", "A350"]);
        let text = "تشمل 210 طائرات 787 دريملاينر و777-9، ثم 75 طائرة 737 ماكس و150 طائرة A321neo";
        assert_eq!(run(text, &[("دريملاينر", EntityKind::Misc)]), ["787 دريملاينر", "777-9", "737 ماكس", "A321neo"]);
    }

    #[test]
    fn numbers_elsewhere_are_numbers() {
        assert_eq!(run("وصل عدد الركاب إلى 777 راكبا في 2025", &[]), Vec::<String>::new());
        assert_eq!(run("فاز بـ A350 نقطة", &[]), Vec::<String>::new());
    }
}
