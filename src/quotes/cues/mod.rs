//! Reporting cues in running text and the phrase each one names as its speaker.
//!
//! One pass over the tokens outside quotes finds every cue (said, according to, قال، بحسب،
//! نقل … عن) and reads its subject where each language puts it: English before the verb or,
//! inverted, after it ("said Obama"); Arabic after the verb (قال الكاظمي), before it, or
//! dropped (وأضاف أن). What the subject is — a name, a pronoun, a role, a statement — is
//! kept as a [`Who`] for [`super::resolve`] to turn into a speaker.

use std::ops::Range;

use crate::annotations::{Entity, EntityKind};
use crate::document::Document;
use crate::lang::Lang;
use crate::span::Span;
use crate::text::normalize::fold_into;
use crate::text::TokenKind;

use super::attribute::Candidate;
use super::lexicon::{ar, en, Cue, CueKind, Gender};

mod arabic;
mod english;

use arabic::arabic_subject;
use english::{english_subject, first_name, name_ending_at, unknown_verb_after_quote};

/// What a cue's subject phrase is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Who {
    /// A name (or, in Arabic, a noun phrase) as written: the speaker itself.
    Name(Span),
    /// he, she, or an Arabic verb with no subject (وأضاف): a person named before.
    Pronoun(Option<Gender>),
    /// "the president", الوزير: the person named before with that title, if any.
    Role { span: Span, head: String },
    /// A statement: its issuer when written (بيان للحكومة), else the last issuer seen.
    Statement(Option<Span>),
    /// saying, قائلا: the subject of the sentence the participle hangs on (the first name
    /// in it, when there is one).
    Participle(Option<Gender>, Option<Span>),
}

/// One reporting cue and its subject.
#[derive(Clone, Debug)]
pub struct Event {
    /// The cue's first token.
    pub tok: usize,
    /// The first token after the cue and any subject read after it.
    pub end: usize,
    pub block: usize,
    pub cue: Cue,
    pub who: Option<Who>,
    /// A title before the subject that marks gender (Mr., Ms.).
    pub title_gender: Option<Gender>,
}

/// Lookup forms of all tokens, in one buffer.
pub struct Words {
    arena: String,
    ranges: Vec<Range<usize>>,
}

impl Words {
    pub fn new(doc: &Document) -> Words {
        let mut arena = String::with_capacity(doc.text.len());
        let mut ranges = Vec::with_capacity(doc.tokens.len());
        let mut buf = String::new();
        for t in &doc.tokens {
            fold_into(t.span.of(doc.text), &mut buf);
            let start = arena.len();
            arena.push_str(&buf);
            ranges.push(start..arena.len());
        }
        Words { arena, ranges }
    }

    pub fn get(&self, tok: usize) -> &str {
        self.ranges.get(tok).map_or("", |r| &self.arena[r.clone()])
    }
}

/// What the cue scan needs to know about the document.
pub struct Context<'a> {
    pub doc: &'a Document<'a>,
    pub words: Words,
    /// Whether each token is inside an accepted quote (marks included).
    pub in_quote: Vec<bool>,
    /// The entity overlapping each token, if any.
    pub entity_at: Vec<Option<usize>>,
    pub entities: &'a [Entity],
}

impl<'a> Context<'a> {
    pub fn new(doc: &'a Document<'a>, entities: &'a [Entity], quotes: &[Range<usize>]) -> Context<'a> {
        let mut in_quote = vec![false; doc.tokens.len()];
        for q in quotes {
            in_quote[q.clone()].iter_mut().for_each(|x| *x = true);
        }
        let mut entity_at = vec![None; doc.tokens.len()];
        let mut e = 0;
        for (t, token) in doc.tokens.iter().enumerate() {
            while e < entities.len() && entities[e].span.end <= token.span.start {
                e += 1;
            }
            if entities.get(e).is_some_and(|ent| ent.span.overlaps(token.span)) {
                entity_at[t] = Some(e);
            }
        }
        Context { doc, words: Words::new(doc), in_quote, entity_at, entities }
    }

    fn text(&self, tok: usize) -> &'a str {
        self.doc.word(tok)
    }

    fn is_punct(&self, tok: usize) -> bool {
        self.doc.tokens[tok].kind == TokenKind::Punct
    }

    fn is_capitalised(&self, tok: usize) -> bool {
        !self.is_punct(tok) && self.text(tok).chars().next().is_some_and(char::is_uppercase)
    }

    /// The span of tokens `first..=last`.
    fn span(&self, first: usize, last: usize) -> Span {
        Span::new(self.doc.tokens[first].span.start, self.doc.tokens[last].span.end)
    }

    /// The entity of a speaker kind (person, organisation, place standing for a government)
    /// at a token.
    fn speaker_entity(&self, tok: usize) -> Option<&'a Entity> {
        self.entity_at[tok]
            .map(|e| &self.entities[e])
            .filter(|e| matches!(e.kind, EntityKind::Per | EntityKind::Org | EntityKind::Loc))
    }
}

/// Whether a token is sentence-final punctuation.
pub fn ends_sentence(word: &str) -> bool {
    matches!(word, "." | "!" | "?" | "؟" | "…" | ";" | "؛")
}

impl Context<'_> {
    /// Whether token `t` ends a sentence: final punctuation not followed by a comma, a
    /// closing parenthesis or a lowercase word (the dot of "Cambridge, Mass., said").
    pub fn ends_sentence(&self, t: usize) -> bool {
        if !ends_sentence(self.words.get(t)) {
            return false;
        }
        if self.words.get(t) != "." {
            return true;
        }
        let next = self.doc.tokens.get(t + 1).map(|n| n.span.of(self.doc.text));
        !next.is_some_and(|n| matches!(n, "," | ")") || n.chars().next().is_some_and(char::is_lowercase))
    }
}

/// Where quotes leave room for a cue the lexicon may not know: right after a quote that
/// ends in a comma, question or exclamation mark ("“…,” Kelly charged"), and at a colon just
/// before a quote ("Philip Bump: “…”").
pub struct Frames {
    after_quote: Vec<bool>,
    colon_before_quote: Vec<bool>,
}

impl Frames {
    pub fn new(tokens: usize, quotes: &[Candidate]) -> Frames {
        let mut after_quote = vec![false; tokens];
        let mut colon_before_quote = vec![false; tokens];
        for q in quotes {
            if q.invites_attribution && q.after_tok < tokens {
                after_quote[q.after_tok] = true;
            }
            if let Some(colon) = q.open_tok.checked_sub(1) {
                colon_before_quote[colon] = true;
            }
        }
        Frames { after_quote, colon_before_quote }
    }
}

/// Finds every cue outside quotes, in order, with its subject.
pub fn scan(cx: &Context, frames: &Frames) -> Vec<Event> {
    let mut events = Vec::new();
    for (b, block) in cx.doc.blocks.iter().enumerate() {
        if !block.lang.is_supported() {
            continue;
        }
        let mut clause_start = block.tokens.start;
        for t in block.tokens.clone() {
            // "X said on Twitter:" is the verb's own colon; Arabic puts its verb first, so any
            // cue in the clause is.
            let reach = if t > 0 && is_arabic_word(cx.text(t - 1)) { clause_start } else { t.saturating_sub(6) };
            let cue_in_clause = events.last().is_some_and(|e: &Event| e.block == b && e.tok >= clause_start.max(reach));
            if frames.colon_before_quote[t] && cx.words.get(t) == ":" && t > clause_start && !cue_in_clause {
                // "Philip Bump: “…”", "Hannity interjected: “…”", "Rubio fired back: “…”".
                // The name the colon follows ("Philip Bump: “…”"), or the name before the few
                // lowercase words of a verb ("Rubio fired back forcefully: “…”"), or the
                // subject of a short clause.
                let mut verb_start = t;
                while verb_start > clause_start + 1
                    && t - verb_start < 4
                    && cx.text(verb_start - 1).chars().next().is_some_and(char::is_lowercase)
                {
                    verb_start -= 1;
                }
                let name = name_ending_at(cx, clause_start, t - 1)
                    .or_else(|| (verb_start < t).then(|| name_ending_at(cx, clause_start, verb_start - 1)).flatten())
                    .or_else(|| (t - clause_start <= 20).then(|| first_name(cx, clause_start, t)).flatten());
                if let Some(name) = name {
                    let cue = Cue { kind: CueKind::Verb, gender: None, tokens: 1 };
                    events.push(Event {
                        tok: t,
                        end: t + 1,
                        block: b,
                        cue,
                        who: Some(Who::Name(name)),
                        title_gender: None,
                    });
                }
            }
            if cx.in_quote[t] || cx.ends_sentence(t) {
                clause_start = t + 1;
                continue;
            }
            if frames.after_quote[t] {
                if let Some(event) = unknown_verb_after_quote(cx, b, t, block.tokens.end) {
                    events.push(event);
                }
            }
            let next = (t + 1 < block.tokens.end).then(|| cx.words.get(t + 1));
            let cue = match block.lang {
                Lang::Ar => ar::cue(cx.words.get(t)).or_else(|| en::cue(cx.words.get(t), next)),
                _ => en::cue(cx.words.get(t), next),
            };
            let Some(cue) = cue else { continue };
            let limit = clause_limit(cx, t + cue.tokens, block.tokens.end);
            let arabic = is_arabic_word(cx.text(t));
            let (who, end, title_gender) = if arabic {
                let (who, end) = arabic_subject(cx, cue, clause_start, t, limit);
                (who, end, None)
            } else {
                english_subject(cx, cue, clause_start, t, limit)
            };
            events.push(Event { tok: t, end, block: b, cue, who, title_gender });
        }
    }
    // Cues read from quote frames sit a few tokens on from where they were found.
    events.sort_by_key(|e| e.tok);
    events.dedup_by_key(|e| e.tok);
    events
}

fn is_arabic_word(word: &str) -> bool {
    word.chars().next().is_some_and(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

/// The end of the clause after `from`: a sentence end, a quote, or 12 tokens.
fn clause_limit(cx: &Context, from: usize, block_end: usize) -> usize {
    let mut t = from;
    while t < block_end && t < from + 12 && !cx.in_quote[t] && !cx.ends_sentence(t) {
        t += 1;
    }
    t
}
