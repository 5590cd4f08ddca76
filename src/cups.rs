//! Arabic cups as the tagger reads them from ANERcorp's sports pages: one long MISC run such as
//! "بطولة كأس الخليج العربي لكرة القدم", sometimes running on into the person after it ("لاتحاد
//! كأس الخليج العربي لكرة القدم جاسم الرميحي"). Under the guidelines the event is the cup's name
//! alone: "كأس الخليج العربي", with "بطولة" (championship) and "لكرة القدم" (of football) left
//! out as descriptors; a federation named after the cup ("اتحاد كأس الخليج العربي لكرة القدم")
//! is an organisation whose name keeps them; a name after "لكرة القدم" is the person's.

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::Mention;
use crate::span::Span;
use crate::text::normalize::{letters_bytes, FoldedWords};

/// Words before "كأس" that say what kind of event it is, folded on use.
static DESCRIPTORS: FoldedWords = FoldedWords::new(&["بطولة", "نهائي", "نهائيات", "تصفيات"]);

/// The clitic letters before `word` in a folded token, if the rest is it.
fn clitics_before(folded: &str, word: &str) -> Option<usize> {
    crate::ner::arabic::clitics_before(folded, |rest| rest == word)
}

/// Whether a folded token is a descriptor after up to two clitics ("وبطولة").
fn is_descriptor(folded: &str) -> bool {
    crate::ner::arabic::clitics_before(folded, |rest| DESCRIPTORS.contains_folded(rest)).is_some()
}

/// Whether a folded token is "اتحاد" (a federation) after clitics, with or without the article.
fn is_federation(folded: &str) -> Option<usize> {
    clitics_before(folded, "اتحاد").or_else(|| clitics_before(folded, "الاتحاد"))
}

/// Reshapes the MISC runs that hold "كأس": descriptors out, "لكرة القدم" out, a federation
/// before it made the organisation, a given name after it made the person.
pub fn settle(doc: &Document, mentions: &mut Vec<Mention>) {
    let tokens = &doc.tokens;
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    for m in mentions.iter() {
        if m.kind != EntityKind::Misc || !m.span.of(doc.text).contains("كأس") {
            out.push(*m);
            continue;
        }
        let first = tokens.partition_point(|t| t.span.end <= m.span.start);
        let end = tokens.partition_point(|t| t.span.start < m.span.end);
        let Some(cup) = (first..end).find(|&t| clitics_before(doc.folded(t), "كاس").is_some()) else {
            out.push(*m);
            continue;
        };
        // Only descriptors (or a federation) may stand before the cup inside the run.
        let before_ok = (first..cup).all(|t| is_descriptor(doc.folded(t)) || is_federation(doc.folded(t)).is_some());
        if !before_ok {
            out.push(*m);
            continue;
        }
        // "لكرة القدم" ends the cup's own name.
        let football =
            (cup + 1..end.saturating_sub(1)).find(|&t| doc.folded(t) == "لكره" && doc.folded(t + 1) == "القدم");
        let name_end = football.unwrap_or(end);
        if name_end <= cup + 1 {
            out.push(*m);
            continue;
        }
        // A federation just before the cup (inside the run or the word before it).
        let federation = if cup > first {
            (first..cup).find(|&t| is_federation(doc.folded(t)).is_some())
        } else {
            cup.checked_sub(1).filter(|&t| {
                is_federation(doc.folded(t)).is_some()
                    && doc.only_spaces_between(tokens[t].span.end, tokens[cup].span.start)
                    && out.last().is_none_or(|p| p.span.end <= tokens[t].span.start)
            })
        };
        match (federation, football) {
            (Some(f), Some(ball)) => {
                let clitics = is_federation(doc.folded(f)).unwrap_or(0);
                let start = tokens[f].span.start + letters_bytes(doc.word(f), clitics);
                out.push(Mention { span: Span::new(start, tokens[ball + 1].span.end), kind: EntityKind::Org });
            }
            _ => {
                let clitics = clitics_before(doc.folded(cup), "كاس").unwrap_or(0);
                let start = tokens[cup].span.start + letters_bytes(doc.word(cup), clitics);
                out.push(Mention { span: Span::new(start, tokens[name_end - 1].span.end), kind: EntityKind::Misc });
            }
        }
        // What the run took after "لكرة القدم": a person when it opens with a given name.
        if let Some(ball) = football {
            let rest = ball + 2;
            if rest < end && crate::unknown_names::listed(doc, doc.word(rest), &["first", "given"]) {
                out.push(Mention { span: Span::new(tokens[rest].span.start, m.span.end), kind: EntityKind::Per });
            }
        }
    }
    out.sort_by_key(|m| m.span.start);
    numbered_gulf_cups(doc, &mut out);
    *mentions = out;
}

/// The Gulf Cup by its edition: "خليجي 26" is one name, the number in it (the tagger stops
/// at "خليجي", which also reads as the nisba "Gulf").
fn numbered_gulf_cups(doc: &Document, mentions: &mut [Mention]) {
    for m in mentions.iter_mut().filter(|m| m.kind == EntityKind::Misc) {
        let t = doc.tokens.partition_point(|t| t.span.end <= m.span.start);
        let whole = doc.tokens.get(t).is_some_and(|tok| tok.span == m.span);
        if !whole || doc.folded(t) != "خليجي" {
            continue;
        }
        let edition = doc.tokens.get(t + 1).filter(|n| {
            let text = n.span.of(doc.text);
            doc.only_spaces_between(m.span.end, n.span.start)
                && text.len() <= 2
                && text.bytes().all(|b| b.is_ascii_digit())
        });
        if let Some(n) = edition {
            m.span.end = n.span.end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use EntityKind::*;

    fn run(text: &str, found: &[(&str, EntityKind)]) -> Vec<(String, EntityKind)> {
        crate::ner::run_rule(text, Lang::Ar, found, settle)
    }

    #[test]
    fn the_cup_leaves_its_descriptors_out() {
        let text = "توج منتخب البحرين بلقب بطولة كأس الخليج العربي لكرة القدم للمرة الثانية.";
        let got = run(text, &[("بطولة كأس الخليج العربي لكرة القدم", Misc)]);
        assert_eq!(got, [("كأس الخليج العربي".to_string(), Misc)]);
        // A cup with its competitors stays whole.
        let text = "في بطولة كأس العالم للأندية بالولايات المتحدة";
        let got = run(text, &[("بطولة كأس العالم للأندية", Misc)]);
        assert_eq!(got, [("كأس العالم للأندية".to_string(), Misc)]);
    }

    #[test]
    fn a_federation_of_the_cup_is_an_organisation_and_the_name_after_it_a_person() {
        if crate::ner::model_for(Lang::Ar).is_none() {
            return;
        }
        let text = "وأشاد الأمين العام لاتحاد كأس الخليج العربي لكرة القدم جاسم الرميحي بالتنظيم.";
        let got = run(text, &[("كأس الخليج العربي لكرة القدم جاسم الرميحي", Misc)]);
        assert_eq!(got, [("اتحاد كأس الخليج العربي لكرة القدم".to_string(), Org), ("جاسم الرميحي".to_string(), Per)]);
    }

    #[test]
    fn the_gulf_cup_by_its_edition_is_one_name() {
        let text = "وفاز بنسخة خليجي 24 في الدوحة، وقال إن خليجي 26 أثبت مكانته.";
        let got = run(text, &[("خليجي", Misc)]);
        assert_eq!(got, [("خليجي 24".to_string(), Misc)]);
    }

    #[test]
    fn other_runs_are_left_alone() {
        let text = "فاز بكأس العالم مرتين.";
        assert_eq!(run(text, &[("كأس العالم", Misc)]), [("كأس العالم".to_string(), Misc)]);
        let text = "قال إن كأس السم مرة.";
        assert_eq!(run(text, &[("السم", Misc)]), [("السم".to_string(), Misc)]);
    }
}
