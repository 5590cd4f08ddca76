//! Named Arabic laws: "قانون النفط والغاز", "قانون الاستثمار الموحد", "قانون الموازنة
//! الاتحادية". A law is MISC under the guidelines, its head part of its name, as in English
//! ("Digital Markets Act", `english::heads`). Arabic names a law by "قانون" in the construct
//! state and what it governs: a definite noun, more of them joined by و, and their adjectives.
//! The tagger leaves such names untagged (ANERcorp tags no law), or takes a place in them.
//!
//! Only the indefinite head opens a name: "القانون الدولي" is a body of law, not one law. A
//! field of law alone ("قانون العمل") is no name either: two words at least follow the head. A
//! word of time, novelty or state ends it ("قانون الضرائب الجديد", the new tax law, is the law's
//! description), and a relative ends it. A name the tagger or a list found across the words
//! stays as it is.

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::Mention;
use crate::span::Span;
use crate::text::normalize::{letters_bytes, FoldedWords};
use crate::unknown_names::is_arabic;

/// Definite words that describe a law rather than name it, folded on use.
static NOT_NAME_WORDS: FoldedWords = FoldedWords::new(&[
    "الجديد",
    "الجديدة",
    "الحالي",
    "الحالية",
    "السابق",
    "السابقة",
    "المقترح",
    "المقترحة",
    "الذي",
    "التي",
    "المذكور",
    "نفسه",
    "المعدل",
    "المعطل",
    "المجمد",
]);

/// Most words after the head.
const MAX_WORDS: usize = 4;

/// The number of clitic letters before "قانون" in a folded word (و ف ب ل ك, up to two), if it
/// is that head.
fn head_clitics(folded: &str) -> Option<usize> {
    if !folded.ends_with("قانون") {
        return None;
    }
    crate::ner::arabic::clitics_before(folded, |rest| rest == "قانون")
}

fn is_definite(folded: &str) -> bool {
    folded.starts_with("ال") && folded.chars().count() >= 4 && !NOT_NAME_WORDS.contains_folded(folded)
}

/// Marks every named law as one MISC mention, head in, where no mention starts inside it
/// before its end.
pub fn mark(doc: &Document, mentions: &mut Vec<Mention>) {
    let tokens = &doc.tokens;
    let spaced =
        |a: usize| a + 1 < tokens.len() && doc.only_spaces_between(tokens[a].span.end, tokens[a + 1].span.start);
    let mut found = Vec::new();
    // Only Arabic paragraphs: the heads are Arabic words.
    for block in doc.blocks.iter().filter(|b| b.lang == crate::lang::Lang::Ar).map(|b| b.tokens.clone()) {
        let mut t = block.start;
        while t + 1 < block.end {
            let Some(clitics) = head_clitics(doc.folded(t)).filter(|_| is_arabic(doc.word(t))) else {
                t += 1;
                continue;
            };
            let mut last = t;
            while last - t < MAX_WORDS && spaced(last) && is_arabic(doc.word(last + 1)) {
                let folded = doc.folded(last + 1);
                // "والغاز": a second thing governed, joined by و.
                let joined = last > t && folded.strip_prefix('و').is_some_and(is_definite);
                if !is_definite(folded) && !joined {
                    break;
                }
                last += 1;
            }
            // One word after the head names a field of law more often than a law ("قانون العمل",
            // "قانون المالية"): two at least.
            if last > t + 1 {
                let start = tokens[t].span.start + letters_bytes(doc.word(t), clitics);
                let span = Span::new(start, tokens[last].span.end);
                // A longer name found across it, or an organisation inside it, is left as it is.
                let near = crate::ner::near(mentions, span.start, span.end);
                let overlapping = near.iter().filter(|m| m.span.start < span.end && span.start < m.span.end);
                if overlapping.clone().all(|m| span.contains(m.span) && m.kind != EntityKind::Org) {
                    found.push(Mention { span, kind: EntityKind::Misc });
                }
            }
            t = last + 1;
        }
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

    fn misc(name: &str) -> (String, EntityKind) {
        (name.to_string(), EntityKind::Misc)
    }

    #[test]
    fn a_law_is_its_head_and_what_it_governs() {
        let text = "ولم يقر البرلمان قانون النفط والغاز منذ 2007، وأقر قانون الاستثمار الموحد.";
        assert_eq!(run(text, &[]), [misc("قانون النفط والغاز"), misc("قانون الاستثمار الموحد")]);
        let text = "وتأخر إقرار قانون الموازنة الاتحادية بسبب الخلاف.";
        assert_eq!(run(text, &[("الاتحادية", EntityKind::Misc)]), [misc("قانون الموازنة الاتحادية")]);
    }

    #[test]
    fn a_body_of_law_a_description_or_no_name_is_left_alone() {
        assert_eq!(run("ويخالف ذلك القانون الدولي.", &[]), []);
        assert_eq!(run("وقال إن قانون الضرائب الجديد سيطبق.", &[]), []);
        assert_eq!(run("وعدل البرلمان قانون العمل.", &[]), []);
        assert_eq!(run("ويحتاج الأمر إلى قانون جديد.", &[]), []);
        // A body named in it keeps its own name.
        let text = "بموجب قانون هيئة الإعلام والاتصالات";
        let found = [("هيئة الإعلام والاتصالات", EntityKind::Org)];
        assert_eq!(run(text, &found), [("هيئة الإعلام والاتصالات".to_string(), EntityKind::Org)]);
    }
}
