//! Direct quotes and who said them.
//!
//! [`find`] runs small stages, one file each: `marks` pairs quotation marks into quoted
//! spans per paragraph; `fragment` keeps the ones that read as speech (not scare quotes,
//! names or titles); `cues` reads every reporting cue outside quotes and its subject (with
//! the word lists in `lexicon`), and `resolve` turns those subjects into speakers;
//! `attribute` gives each quote the cue before, after or around it, or the previous quote's
//! speaker when it continues. `eval` (native only) scores it all against PolNeAR.

mod attribute;
mod cues;
#[cfg(not(target_arch = "wasm32"))]
pub mod eval;
mod fragment;
pub(crate) mod lexicon;
pub(crate) mod marks;
mod resolve;

use crate::annotations::{Cluster, Entity, Quote};
use crate::document::Document;
use crate::span::Span;
use attribute::Candidate;

/// How many tokens may separate the two halves of a split quote ("“A,” said the
/// foreign minister of X, “and B.”").
const SPLIT_REACH: usize = 12;

/// Finds the direct quotes of a document and attributes each to a speaker.
///
/// Quotes come sorted and disjoint; each span is the inside of its marks. The speaker is
/// the mention nearest the quote that names who said it, with its cluster when that mention
/// is a tagged entity (a statement's issuer can be an untagged phrase: بيان للحكومة العراقية).
pub fn find(doc: &Document, entities: &[Entity], clusters: &[Cluster]) -> Vec<Quote> {
    let _ = clusters; // speakers are named by cluster id; the names are the caller's
    let candidates = candidates(doc, entities);
    let ranges: Vec<_> = candidates.iter().map(|c| c.open_tok..c.after_tok).collect();
    let cx = cues::Context::new(doc, entities, &ranges);
    let frames = cues::Frames::new(doc.tokens.len(), &candidates);
    let events = cues::scan(&cx, &frames);
    let speakers = resolve::resolve(&cx, &events);
    let chosen = attribute::attribute(&cx, &candidates, &events, &speakers);
    candidates
        .iter()
        .zip(chosen)
        .filter(|(c, _)| c.visible)
        .map(|(c, s)| Quote {
            span: c.inner,
            speaker: s.map(|s| s.span),
            speaker_cluster: s.and_then(|s| s.cluster),
            speaker_unnamed: s.is_some_and(|s| s.unnamed),
        })
        .collect()
}

/// The name of an untagged speaker as a reader would write it: the span's text, with the
/// alif of ال that Arabic does not write after the clitic ل put back (…بيان للحكومة العراقية:
/// the span is لحكومة العراقية, the name الحكومة العراقية).
pub fn name_of(text: &str, speaker: Span) -> String {
    let name = speaker.of(text);
    let after_clitic = text[..speaker.start].ends_with('ل');
    if after_clitic && name.starts_with('ل') {
        format!("ا{name}")
    } else {
        name.to_string()
    }
}

/// The quoted spans attribution looks at: the quotes, and the short utterances and partial
/// quotes that are not reported but pass their speaker on to the quote after them.
fn candidates(doc: &Document, entities: &[Entity]) -> Vec<Candidate> {
    let tokens = &doc.tokens;
    let tok_at = |byte: usize| tokens.partition_point(|t| t.span.start < byte);
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut last_partial = false;
    for q in marks::find_quoted(doc) {
        let runs_on = q.close.is_none();
        let inner_text = q.inner.of(doc.text);
        let inner_toks = tok_at(q.inner.start)..tok_at(q.inner.end);
        let quote = if runs_on || q.continued {
            !inner_toks.is_empty()
        } else {
            fragment::is_quote(doc, inner_toks, q.inner, entities)
        };
        let open_tok = tok_at(q.open.start);
        // The second half of a quote split by its attribution: same paragraph, a few words on.
        let second_half = !last_partial
            && candidates.last().is_some_and(|prev| {
                prev.block == q.block
                    && open_tok.saturating_sub(prev.after_tok) <= SPLIT_REACH
                    && (prev.after_tok..open_tok).all(|t| !cues::ends_sentence(doc.word(t)))
            });
        let partial = !q.continued && fragment::is_partial(doc, q.inner, q.open, second_half);
        let utterance = inner_text.ends_with([',', '.', '?', '!', '،', '؟']);
        if !(quote || utterance || partial) {
            continue;
        }
        last_partial = partial;
        candidates.push(Candidate {
            inner: q.inner,
            open_tok,
            after_tok: match q.close {
                Some(close) => tok_at(close.end),
                None => doc.blocks[q.block].tokens.end,
            },
            block: q.block,
            continued: q.continued,
            runs_on,
            ends_sentence: inner_text.ends_with('.'),
            invites_attribution: inner_text.ends_with([',', '?', '!', '،', '؟']),
            visible: quote && !partial,
        });
    }
    candidates
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_untagged_speakers_restore_the_elided_article() {
        let text = "ذكر بيان للحكومة العراقية وقال والعراق ولبنان";
        let span = |s: &str, from: usize| {
            let start = from + text[from..].find(s).unwrap();
            Span::new(start, start + s.len())
        };
        let government = span("لحكومة العراقية", text.find("للحكومة").unwrap() + 'ل'.len_utf8());
        assert_eq!(name_of(text, government), "الحكومة العراقية");
        assert_eq!(name_of(text, span("العراق", 0)), "العراق");
        assert_eq!(name_of(text, span("لبنان", 0)), "لبنان");
    }
}
