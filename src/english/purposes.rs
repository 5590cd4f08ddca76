//! A body's name that goes on after "on", "for" or "in": "Intergovernmental Authority on
//! Development", "Senate Committee on Foreign Relations", "United Nations Interim Force in
//! Lebanon". The tagger stops at the head ("Authority", "Committee", "Force") and leaves the
//! rest untagged or calls it a place. The head says the phrase after it is the body's remit:
//! "on" and "for" + capitalised words; "in" + a place only after a United Nations body (its
//! missions are named so), since "the Commission in Brussels" is a body and its seat.

use super::{is_english, tokens_of};
use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::Mention;
use crate::span::Span;
use crate::text::normalize::FoldedWords;

/// Heads of bodies that name their remit after them, folded.
static HEADS: FoldedWords = FoldedWords::new(&[
    "authority",
    "committee",
    "commission",
    "council",
    "force",
    "mission",
    "organisation",
    "organization",
    "agency",
    "office",
    "institute",
    "centre",
    "center",
    "fund",
    "programme",
    "program",
    "tribunal",
    "board",
    "bureau",
    "department",
    "ministry",
]);

/// Most capitalised words of the remit.
const MAX_REMIT: usize = 4;

/// Joins each organisation ending in a head to the remit after it.
pub fn join(doc: &Document, mentions: &mut Vec<Mention>) {
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    let mut i = 0;
    while i < mentions.len() {
        let m = mentions[i];
        i += 1;
        let tokens = tokens_of(doc, m.span);
        if m.kind != EntityKind::Org || tokens.is_empty() || !is_english(doc, tokens.start) {
            out.push(m);
            continue;
        }
        let last = tokens.end - 1;
        let link = tokens.end;
        if !HEADS.contains(doc.word(last)) || link + 1 >= doc.tokens.len() {
            out.push(m);
            continue;
        }
        let united_nations = {
            let text = m.span.of(doc.text);
            text.starts_with("United Nations ") || text.starts_with("UN ")
        };
        let word = doc.word(link);
        let spaced = |a: usize, b: usize| doc.only_spaces_between(doc.tokens[a].span.end, doc.tokens[b].span.start);
        if !(matches!(word, "on" | "for") || word == "in" && united_nations) || !spaced(last, link) {
            out.push(m);
            continue;
        }
        // The capitalised words after the link, untagged or one place or name starting there.
        let mut end = link + 1;
        while end < doc.tokens.len()
            && end - link <= MAX_REMIT
            && spaced(end - 1, end)
            && doc.word(end).starts_with(|c: char| c.is_uppercase())
            && !super::datelines::is_date_word(doc.word(end))
        {
            end += 1;
        }
        if end == link + 1 {
            out.push(m);
            continue;
        }
        let span = Span::new(m.span.start, doc.tokens[end - 1].span.end);
        // Mentions inside the remit give way; one that runs past it keeps the body as it was.
        let inside = mentions[i..].iter().take_while(|n| n.span.start < span.end).count();
        if mentions[i..i + inside].iter().any(|n| n.span.end > span.end) {
            out.push(m);
            continue;
        }
        i += inside;
        out.push(Mention { span, kind: EntityKind::Org });
    }
    *mentions = out;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use EntityKind::*;

    fn run(text: &str, found: &[(&str, EntityKind)]) -> Vec<(String, EntityKind)> {
        crate::ner::run_rule(text, Lang::En, found, join)
    }

    #[test]
    fn a_body_takes_its_remit() {
        let text = "The Intergovernmental Authority on Development said on Monday.";
        let got = run(text, &[("Intergovernmental Authority", Org)]);
        assert_eq!(got, [("Intergovernmental Authority on Development".to_string(), Org)]);
        let text = "the United Nations Interim Force in Lebanon said";
        let got = run(text, &[("United Nations Interim Force", Org), ("Lebanon", Loc)]);
        assert_eq!(got, [("United Nations Interim Force in Lebanon".to_string(), Org)]);
    }

    #[test]
    fn a_seat_or_a_lowercase_word_is_no_remit() {
        let text = "the European Commission in Brussels said";
        let got = run(text, &[("European Commission", Org), ("Brussels", Loc)]);
        assert_eq!(got, [("European Commission".to_string(), Org), ("Brussels".to_string(), Loc)]);
        let text = "the Security Council on Monday voted";
        let got = run(text, &[("Security Council", Org)]);
        assert_eq!(got, [("Security Council".to_string(), Org)]);
    }
}
