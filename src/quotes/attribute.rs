//! Which cue speaks each quote: one before it ("X said:", قال X إن), one right after it
//! (", X said", "، قال X"), or, between two halves, both; else the previous quote's speaker
//! when it continues; else none.

use super::cues::{Context, Event};
use super::resolve::Speaker;
use crate::span::Span;

/// A quote as attribution sees it.
#[derive(Clone, Copy, Debug)]
pub struct Candidate {
    pub inner: Span,
    /// The opening mark's first token.
    pub open_tok: usize,
    /// The first token after the closing mark (the paragraph's end when it runs on).
    pub after_tok: usize,
    pub block: usize,
    /// Continues a quote left open by the previous paragraph.
    pub continued: bool,
    /// Left open, continued in the next paragraph.
    pub runs_on: bool,
    /// The quote itself ends a sentence ("… win."): what follows is a new sentence.
    pub ends_sentence: bool,
    /// The quote ends in a comma, question or exclamation mark: an attribution may follow.
    pub invites_attribution: bool,
    /// Whether the quote is reported. Short utterances ("“No,” he said.") are not (1–3-word
    /// fragments are never quotes) but still carry their speaker to the quote after them.
    pub visible: bool,
}

/// How far a cue may sit from the quote it attributes, in tokens.
const AFTER_REACH: usize = 24;
const BEFORE_REACH: usize = 40;

/// Words that tie a cue to the quote that follows it: "said that", "in a statement",
/// قال إن، قوله، في بيان.
const CONNECTORS: &[&str] =
    &["that", "a", "statement", "ان", "بان", "انه", "قوله", "قولها", "قايلا", "قايله", "في", "بيان"];

fn is_connector(word: &str) -> bool {
    CONNECTORS.contains(&word)
}

/// Picks each quote's speaker from the cues around it.
pub fn attribute(
    cx: &Context,
    quotes: &[Candidate],
    events: &[Event],
    speakers: &[Option<Speaker>],
) -> Vec<Option<Speaker>> {
    let mut out: Vec<Option<Speaker>> = Vec::with_capacity(quotes.len());
    let mut attributed: Vec<bool> = Vec::with_capacity(quotes.len());
    let mut next = 0; // first event at or after the current quote's opening mark
    for (i, q) in quotes.iter().enumerate() {
        while next < events.len() && events[next].tok < q.open_tok {
            next += 1;
        }
        let before = before_cue(cx, q, events, next);
        // A cue after the quote that leads straight into the next quote belongs to that one
        // when this quote has a cue of its own before it ("Clinton responds to Mills with,
        // “…?” Mills then writes back, “…”").
        let after = after_cue(cx, q, events, next).filter(|&a| {
            let leads_on = quotes.get(i + 1).is_some_and(|n| n.block == q.block && n.open_tok <= events[a].end + 4);
            before.is_none() || !leads_on
        });
        let chosen = match (before, after) {
            (Some((b, true)), _) => Some(b),
            (_, Some(a)) => Some(a),
            (Some((b, false)), None) => Some(b),
            (None, None) => None,
        };
        let speaker = match chosen {
            Some(e) => speakers[e],
            // A continuation keeps the previous quote's speaker.
            None => i.checked_sub(1).filter(|&j| q.continued || continues(cx, &quotes[j], q)).and_then(|j| out[j]),
        };
        attributed.push(chosen.is_some());
        out.push(speaker);
    }
    // A quote running over several paragraphs has one speaker, wherever its cue is.
    let mut start = 0;
    while start < quotes.len() {
        let mut end = start + 1;
        while end < quotes.len() && quotes[end].continued && quotes[end - 1].runs_on {
            end += 1;
        }
        if end - start > 1 {
            let found = (start..end).find(|&k| attributed[k]).and_then(|k| out[k]);
            if found.is_some() {
                out[start..end].iter_mut().for_each(|s| *s = found);
            }
        }
        start = end;
    }
    out
}

/// Whether `q` goes on with the quote before it: in the same paragraph, or opening the
/// paragraph after one with a reported quote.
fn continues(cx: &Context, prev: &Candidate, q: &Candidate) -> bool {
    prev.block == q.block
        || prev.visible && prev.block + 1 == q.block && q.open_tok == cx.doc.blocks[q.block].tokens.start
}

/// The last cue in the quote's sentence before its opening mark, and whether it leads
/// straight into the quote.
fn before_cue(cx: &Context, q: &Candidate, events: &[Event], next: usize) -> Option<(usize, bool)> {
    let e = next.checked_sub(1)?;
    let ev = &events[e];
    let block = &cx.doc.blocks[q.block];
    if ev.block + 1 == q.block && q.open_tok == block.tokens.start {
        // "Cruz continued:" closing one paragraph, the quote opening the next.
        let prev = &cx.doc.blocks[ev.block];
        let colon = prev.tokens.end.checked_sub(1).is_some_and(|t| cx.words.get(t) == ":");
        let clear = (ev.tok..prev.tokens.end).all(|t| !cx.in_quote[t] && !cx.ends_sentence(t));
        return (colon && clear).then_some((e, true));
    }
    if ev.block != q.block || q.open_tok - ev.tok > BEFORE_REACH {
        return None;
    }
    // Nothing between the cue and the quote may end a sentence or be another quote.
    if (ev.tok..q.open_tok).any(|t| cx.in_quote[t] || cx.ends_sentence(t)) {
        return None;
    }
    let loose = (ev.end.min(q.open_tok)..q.open_tok)
        .filter(|&t| cx.doc.tokens[t].kind != crate::text::TokenKind::Punct && !is_connector(cx.words.get(t)))
        .count();
    Some((e, loose <= 2))
}

/// A cue just after the quote, in the same sentence.
fn after_cue(cx: &Context, q: &Candidate, events: &[Event], next: usize) -> Option<usize> {
    if q.runs_on {
        return None;
    }
    let e = next + events[next..].iter().take_while(|ev| ev.tok < q.after_tok).count();
    let ev = events.get(e)?;
    if ev.block != q.block || ev.tok - q.after_tok > AFTER_REACH || ev.who.is_none() {
        return None;
    }
    if q.ends_sentence {
        // After a full stop only a bare attribution belongs to the quote ("“….” Trump said.");
        // anything longer is a new sentence of its own.
        let block_end = cx.doc.blocks[q.block].tokens.end;
        let bare = ev.end.saturating_sub(q.after_tok) <= 4 && (ev.end >= block_end || cx.ends_sentence(ev.end));
        if !bare {
            return None;
        }
    }
    let clear = (q.after_tok..ev.tok).all(|t| !cx.in_quote[t] && !cx.ends_sentence(t));
    clear.then_some(e)
}
