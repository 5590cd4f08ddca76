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
            if q.open_by_comma && q.after_tok < tokens {
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
            // "X said on Twitter:" is the verb's own colon.
            let cue_in_clause =
                events.last().is_some_and(|e: &Event| e.block == b && e.tok >= clause_start.max(t.saturating_sub(6)));
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

/// "“…,” Kelly charged" / "“…?” an angry Hollande retorted": a name and then a verb the
/// lexicon lacks. English only; Arabic puts its verb first, where the lexicon looks.
fn unknown_verb_after_quote(cx: &Context, block: usize, from: usize, block_end: usize) -> Option<Event> {
    let limit = clause_limit(cx, from, block_end);
    let cue = Cue { kind: CueKind::Verb, gender: None, tokens: 1 };
    let is_unknown_verb = |t: usize| {
        t < limit
            && cx.doc.tokens[t].kind == TokenKind::Word
            && cx.text(t).chars().next().is_some_and(char::is_lowercase)
            && en::cue(cx.words.get(t), None).is_none()
            && !is_arabic_word(cx.text(t))
    };
    // Inverted: "“…,” scoffed Arianna Gil".
    if is_unknown_verb(from) && from + 1 < limit && cx.is_capitalised(from + 1) {
        if let (Some(Who::Name(name)), end, title_gender) = english_after(cx, from + 1, limit) {
            let who = Some(Who::Name(name));
            return Some(Event { tok: from, end, block, cue, who, title_gender });
        }
    }
    let (who, end, title_gender) = english_after(cx, from, limit);
    let name = match who? {
        Who::Name(span) => span,
        _ => return None,
    };
    let verb = end;
    is_unknown_verb(verb).then(|| Event {
        tok: verb,
        end: verb + 1,
        block,
        cue,
        who: Some(Who::Name(name)),
        title_gender,
    })
}

/// A name (tagged entity or capitalised run) whose last token is `last`, within `lo..`.
fn name_ending_at(cx: &Context, lo: usize, last: usize) -> Option<Span> {
    if let Some(e) = cx.speaker_entity(last) {
        return Some(e.span);
    }
    let word = cx.words.get(last);
    if !cx.is_capitalised(last) || en::is_capitalised_function_word(word) || en::title(word).is_some() {
        return None;
    }
    let mut first = last;
    while first > lo && name_continues_back(cx, first) {
        first -= 1;
    }
    Some(cx.span(first, last))
}

/// The first name in `lo..tok`: a tagged person or organisation, else a capitalised run
/// that is not the sentence's first word alone.
fn first_name(cx: &Context, lo: usize, tok: usize) -> Option<Span> {
    // A capitalised word that opens a clause without naming anyone: "Responding", "Likewise".
    let opener = |text: &str| {
        let lower = text.to_lowercase();
        !text.contains(' ')
            && (lower.ends_with("ing") || lower.ends_with("ly") || en::is_capitalised_function_word(&lower))
    };
    let tagged = || (lo..tok).filter_map(|t| cx.speaker_entity(t)).filter(|e| !opener(e.span.of(cx.doc.text)));
    if let Some(e) =
        tagged().find(|e| e.kind == EntityKind::Per).or_else(|| tagged().find(|e| e.kind == EntityKind::Org))
    {
        return Some(e.span);
    }
    let start = (lo..tok).find(|&t| {
        cx.is_capitalised(t)
            && !en::is_capitalised_function_word(cx.words.get(t))
            && en::title(cx.words.get(t)).is_none()
    })?;
    let mut last = start;
    while last + 1 < tok && cx.is_capitalised(last + 1) && !en::is_capitalised_function_word(cx.words.get(last + 1)) {
        last += 1;
    }
    Some(cx.span(start, last))
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

// ---------------------------------------------------------------- English

fn english_subject(
    cx: &Context,
    cue: Cue,
    lo: usize,
    tok: usize,
    limit: usize,
) -> (Option<Who>, usize, Option<Gender>) {
    let after = tok + cue.tokens;
    match cue.kind {
        CueKind::According => {
            let (who, end, g) = english_after(cx, after, limit);
            (who, end, g)
        }
        CueKind::Participle => (Some(Who::Participle(None, first_name(cx, lo, tok))), after, None),
        _ => match english_before(cx, lo, tok) {
            (Some(who), g) => (Some(who), after, g),
            (None, _) => english_after(cx, after, limit),
        },
    }
}

/// The subject before an English verb: "Obama said", "Mr. King, 82, told", "he added",
/// "the president said", "Clinton, who spoke Tuesday, said".
fn english_before(cx: &Context, lo: usize, tok: usize) -> (Option<Who>, Option<Gender>) {
    let w = |t: usize| cx.words.get(t);
    let mut p = tok;
    while p > lo && en::is_verb_filler(w(p - 1)) {
        p -= 1;
    }
    // Right after a quote the subject opens the clause, however long its apposition:
    // "“…,” Harry Bond, 30, of Raleigh, N.C., who was among those polled, said".
    let mut start = lo;
    while start < p && cx.is_punct(start) {
        start += 1;
    }
    if lo > 0 && cx.in_quote[lo - 1] && start < p {
        if let (Some(who @ (Who::Name(_) | Who::Pronoun(_))), _, gender) = english_after(cx, start, p) {
            return (Some(who), gender);
        }
    }
    // A parenthesis after a name: "Sen. Chuck Schumer (D-N.Y.) said".
    if p > lo && w(p - 1) == ")" {
        if let Some(open) = (lo.max(p.saturating_sub(10))..p - 1).rev().find(|&j| w(j) == "(") {
            p = open;
        }
    }
    if p > lo && matches!(w(p - 1), "and" | "but") {
        // A second verb of the same subject: "De Blasio said … and said, “…”".
        return (Some(Who::Participle(None, first_name(cx, lo, p - 1))), None);
    }
    // A relative clause between subject and verb: "a White House official who spoke
    // anonymously to discuss strategy said".
    if let Some(who) = (lo.max(p.saturating_sub(14))..p).rev().find(|&t| w(t) == "who") {
        p = who;
        if p > lo && w(p - 1) == "," {
            p -= 1;
        }
    } else if p > lo && w(p - 1) == "," {
        // An apposition between subject and verb: "X, an economist at Y, said".
        let comma = p - 1;
        let stop = lo.max(comma.saturating_sub(16));
        match (stop..comma).rev().find(|&j| w(j) == ",") {
            Some(j) if j > lo => p = j,
            // Longer than that: the clause's first name ("James A. Lewis, a former … expert
            // who now studies …, said").
            _ => return (first_name(cx, lo, comma).map(Who::Name), None),
        }
    }
    if p <= lo {
        return (None, None);
    }
    let last = p - 1;
    if let Some(e) = cx.speaker_entity(last) {
        return (Some(Who::Name(e.span)), title_before(cx, lo, last));
    }
    let word = w(last);
    if let Some(g) = en::person_pronoun(word) {
        return (Some(Who::Pronoun(g)), None);
    }
    if en::is_other_pronoun(word) || cx.is_punct(last) || en::is_capitalised_function_word(word) {
        return (None, None);
    }
    if cx.is_capitalised(last) && !en::is_capitalised_function_word(word) && en::title(word).is_none() {
        let mut first = last;
        while first > lo && name_continues_back(cx, first) {
            first -= 1;
        }
        return (Some(Who::Name(cx.span(first, last))), title_before(cx, lo, first));
    }
    // A common noun phrase: "the president", "a campaign spokesman", "officials".
    let mut first = last;
    while first > lo && last - first < 5 && !cx.is_punct(first - 1) && !en::is_determiner(w(first)) {
        first -= 1;
    }
    (Some(role_or_statement(cx, first, last, word)), None)
}

/// Whether the token before `first` extends a name backwards ("Barack" before "Obama",
/// "Holtz -" before "Eakin", "de" in "Bill de Blasio").
fn name_continues_back(cx: &Context, first: usize) -> bool {
    let prev = first - 1;
    let word = cx.words.get(prev);
    if word == "-" || matches!(word, "de" | "van" | "von" | "bin" | "al" | "la" | "le" | "da" | "del" | "di" | "el") {
        return first >= 2 && cx.is_capitalised(prev - 1);
    }
    cx.is_capitalised(prev) && !en::is_capitalised_function_word(word) && en::title(word).is_none()
}

/// The gender marked by a title just before a name (Mr., Ms.).
fn title_before(cx: &Context, lo: usize, first: usize) -> Option<Gender> {
    let t = cx.doc.tokens.get(first).map(|_| first)?;
    let entity_start = cx.entity_at[t].map(|e| cx.entities[e].span.start);
    let mut p = t;
    if let Some(start) = entity_start {
        while p > lo && cx.doc.tokens[p - 1].span.end > start {
            p -= 1;
        }
    }
    (p > lo).then(|| en::title(cx.words.get(p - 1)).flatten()).flatten()
}

fn role_or_statement(cx: &Context, first: usize, last: usize, head: &str) -> Who {
    if en::is_statement(head) {
        // "the Clinton campaign statement": an issuer named inside the phrase.
        let owner = (first..last).find_map(|t| cx.speaker_entity(t).map(|e| e.span));
        Who::Statement(owner)
    } else {
        Who::Role { span: cx.span(first, last), head: head.to_string() }
    }
}

/// The subject after an English verb or "according to": "said Obama", "said Mr. Burman",
/// "said the president", "according to a statement from the Clinton campaign".
fn english_after(cx: &Context, from: usize, limit: usize) -> (Option<Who>, usize, Option<Gender>) {
    let w = |t: usize| cx.words.get(t);
    let mut p = from;
    let mut gender = None;
    while p < limit && en::title(w(p)).is_some() && p + 1 < limit && cx.is_capitalised(p + 1) {
        gender = gender.or(en::title(w(p)).flatten());
        p += 1;
    }
    if p >= limit || cx.is_punct(p) {
        return (None, from, None);
    }
    if let Some(e) = cx.speaker_entity(p) {
        let mut end = p;
        while end < limit && cx.doc.tokens[end].span.start < e.span.end {
            end += 1;
        }
        return (Some(Who::Name(e.span)), end, gender);
    }
    if let Some(g) = en::person_pronoun(w(p)) {
        return (Some(Who::Pronoun(g)), p + 1, None);
    }
    if cx.is_capitalised(p) && !en::is_capitalised_function_word(w(p)) {
        // Extend forwards over capitalised words, hyphens and name particles.
        let mut last = p;
        while last + 1 < limit {
            let next = last + 1;
            let word = w(next);
            let joins = (word == "-" || matches!(word, "de" | "van" | "von" | "bin" | "al" | "da" | "del"))
                && next + 1 < limit
                && cx.is_capitalised(next + 1);
            if joins {
                last = next + 1;
            } else if cx.is_capitalised(next) && !en::is_capitalised_function_word(word) {
                last = next;
            } else {
                break;
            }
        }
        return (Some(Who::Name(cx.span(p, last))), last + 1, gender);
    }
    let lowercase = cx.text(p).chars().next().is_some_and(char::is_lowercase);
    if en::is_determiner(w(p)) || lowercase {
        // A noun phrase up to a preposition or punctuation.
        let mut last = p;
        while last + 1 < limit
            && !cx.is_punct(last + 1)
            && !matches!(
                w(last + 1),
                "of" | "for" | "at" | "in" | "from" | "with" | "by" | "on" | "to" | "who" | "that"
            )
            && last - p < 4
        {
            last += 1;
        }
        let head = w(last).to_string();
        if en::is_statement(&head) {
            // "a statement from the Clinton campaign" / "by Obama".
            let mut q = last + 1;
            if q < limit && matches!(w(q), "from" | "by" | "of") {
                q += 1;
                let (owner, end, _) = english_after(cx, q, limit);
                let owner = match owner {
                    Some(Who::Name(s)) | Some(Who::Role { span: s, .. }) => Some(s),
                    _ => None,
                };
                return (Some(Who::Statement(owner)), end, None);
            }
            return (Some(Who::Statement(None)), last + 1, None);
        }
        return (Some(role_or_statement(cx, p, last, &head)), last + 1, None);
    }
    (None, from, None)
}

// ---------------------------------------------------------------- Arabic

fn arabic_subject(cx: &Context, cue: Cue, lo: usize, tok: usize, limit: usize) -> (Option<Who>, usize) {
    let w = |t: usize| cx.words.get(t);
    let after = tok + cue.tokens;
    match cue.kind {
        CueKind::Participle => (Some(Who::Participle(cue.gender, first_name(cx, lo, tok))), after),
        CueKind::Relay => {
            // نقل البيان عن الكاظمي قوله: the speaker follows عن.
            match (after..limit.min(after + 8)).find(|&t| w(t) == "عن") {
                Some(an) => arabic_after(cx, an + 1, limit),
                None => (None, after),
            }
        }
        CueKind::Came => match (after..limit.min(after + 2)).find(|&t| w(t) == "في") {
            Some(fi) => arabic_after(cx, fi + 1, limit),
            None => (None, after),
        },
        CueKind::According => arabic_after(cx, after, limit),
        CueKind::Verb => match arabic_after(cx, after, limit) {
            (Some(who), end) => (Some(who), end),
            (None, end) => {
                // Subject before the verb (الكاظمي قال) or dropped (وأضاف أن): a pronoun.
                if tok > lo {
                    if let Some(e) = cx.speaker_entity(tok - 1) {
                        return (Some(Who::Name(e.span)), end);
                    }
                }
                (Some(Who::Pronoun(cue.gender)), end)
            }
        },
    }
}

/// The span of a token without a leading clitic before ال or an elided ال (للحكومة →
/// لحكومة, والعراق → العراق), as the annotation guidelines write entity spans.
fn without_clitic(cx: &Context, tok: usize) -> Span {
    let span = cx.doc.tokens[tok].span;
    let text = span.of(cx.doc.text);
    let mut chars = text.chars();
    let first = chars.next();
    let rest = chars.as_str();
    let strip = match first {
        Some('ل') => rest.starts_with('ل') || rest.starts_with("ال"),
        Some('و' | 'ب' | 'ف' | 'ك') => rest.starts_with("ال") || rest.starts_with('ل') && rest.chars().count() > 3,
        _ => false,
    };
    if strip {
        Span::new(span.start + first.map_or(0, char::len_utf8), span.end)
    } else {
        span
    }
}

/// The subject noun phrase after an Arabic verb or preposition.
fn arabic_after(cx: &Context, from: usize, limit: usize) -> (Option<Who>, usize) {
    let w = |t: usize| cx.words.get(t);
    let mut p = from;
    while p < limit && ar::is_verb_filler(w(p)) {
        p += 1;
    }
    if p >= limit || cx.is_punct(p) || ar::ends_subject(w(p)) {
        return (None, p);
    }
    // The phrase: up to six words, ending at punctuation, a particle or a preposition.
    let mut end = p + 1;
    while end < limit && end - p < 6 && !cx.is_punct(end) && !ar::ends_subject(w(end)) && !is_prepositional(w(end)) {
        end += 1;
    }
    let bare = |t: usize| {
        let word = w(t);
        word.strip_prefix(['ل', 'ب']).filter(|rest| ar::is_statement(rest)).unwrap_or(word)
    };
    if ar::is_statement(bare(p)) {
        // بيان للحكومة العراقية / بيان الحكومة / بيان صادر عن الوزارة: its issuer.
        let mut q = p + 1;
        if q + 1 < limit && w(q).starts_with("صادر") && w(q + 1) == "عن" {
            q += 2;
        }
        let mut e = q;
        while e < limit
            && e - q < 5
            && !cx.is_punct(e)
            && !ar::ends_subject(w(e))
            && (e == q || !is_prepositional(w(e)))
        {
            e += 1;
        }
        if q < e {
            return (Some(Who::Statement(Some(issuer(cx, q, e)))), e);
        }
        return (Some(Who::Statement(None)), p + 1);
    }
    let span = Span::new(without_clitic(cx, p).start, cx.doc.tokens[end - 1].span.end);
    if let Some(e) = (p..end).filter_map(|t| cx.speaker_entity(t)).min_by_key(|e| e.kind != EntityKind::Per) {
        return (Some(Who::Name(e.span)), end);
    }
    if ar::is_role(w(p)) {
        let head = w(p).strip_prefix("ال").unwrap_or(w(p)).to_string();
        return (Some(Who::Role { span, head }), end);
    }
    if let Some(g) = ar::person_pronoun(w(p)) {
        return (Some(Who::Pronoun(Some(g))), end);
    }
    (Some(Who::Name(span)), end)
}

/// A statement's issuer: the entity in the phrase, or the phrase without its clitic.
fn issuer(cx: &Context, from: usize, end: usize) -> Span {
    if let Some(e) = (from..end).filter_map(|t| cx.speaker_entity(t)).find(|e| e.kind != EntityKind::Loc) {
        return e.span;
    }
    Span::new(without_clitic(cx, from).start, cx.doc.tokens[end - 1].span.end)
}

/// A word that starts a prepositional phrase after the subject: ل or ب fused with ال
/// (للصحفيين، بالعراق).
fn is_prepositional(word: &str) -> bool {
    word.starts_with("لل") || word.starts_with("بال") || word.starts_with("لـ")
}
