//! English subjects: before the verb ("Obama said", "Mr. King, 82, told"), after it when
//! inverted ("said Mr. Burman", "according to X"), and names in quote frames the lexicon
//! does not cover ("“…,” Kelly charged", "Philip Bump: “…”").

use crate::annotations::EntityKind;
use crate::span::Span;
use crate::text::TokenKind;

use super::super::lexicon::{en, Cue, CueKind, Gender};
use super::{clause_limit, is_arabic_word, Context, Event, Who};

/// The most tokens a name spans ("Martin Luther King Jr.", "Holtz - Eakin").
const MAX_NAME: usize = 8;
/// How far back a clause's subject is looked for.
const SUBJECT_REACH: usize = 40;

/// "“…,” Kelly charged" / "“…?” an angry Hollande retorted": a name and then a verb the
/// lexicon lacks. English only; Arabic puts its verb first, where the lexicon looks.
pub(super) fn unknown_verb_after_quote(cx: &Context, block: usize, from: usize, block_end: usize) -> Option<Event> {
    let limit = clause_limit(cx, from, block_end);
    let cue = Cue { kind: CueKind::Verb, gender: None, tokens: 1 };
    let is_unknown_verb = |t: usize| {
        t < limit
            && cx.doc.tokens[t].kind == TokenKind::Word
            && cx.text(t).chars().next().is_some_and(char::is_lowercase)
            && en::cue(cx.words.get(t), None).is_none()
            && !en::is_determiner(cx.words.get(t))
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
pub(super) fn name_ending_at(cx: &Context, lo: usize, last: usize) -> Option<Span> {
    if let Some(e) = cx.speaker_entity(last) {
        return Some(e.span);
    }
    let word = cx.words.get(last);
    if !cx.is_capitalised(last) || en::is_capitalised_function_word(word) || en::title(word).is_some() {
        return None;
    }
    let mut first = last;
    while first > lo && last - first < MAX_NAME && name_continues_back(cx, first) {
        first -= 1;
    }
    Some(cx.span(first, last))
}

/// The first name in `lo..tok`: a tagged person or organisation, else a capitalised run
/// that is not the sentence's first word alone.
pub(super) fn first_name(cx: &Context, lo: usize, tok: usize) -> Option<Span> {
    // Bounded, so that a long clause of cues stays linear.
    let lo = lo.max(tok.saturating_sub(SUBJECT_REACH));
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

pub(super) fn english_subject(
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
    let block_start = cx.doc.blocks[cx.doc.blocks.partition_point(|b| b.tokens.end <= tok)].tokens.start;
    if lo > block_start && cx.in_quote[lo - 1] && start < p {
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
    let lowercase_before = p > lo && cx.text(p - 1).chars().next().is_some_and(char::is_lowercase);
    let relative =
        if lowercase_before { (lo.max(p.saturating_sub(14))..p).rev().find(|&t| w(t) == "who") } else { None };
    if let Some(who) = relative {
        p = who;
        if p > lo && w(p - 1) == "," {
            p -= 1;
        }
    } else if p > lo && w(p - 1) == "," {
        // An apposition between subject and verb: "X, an economist at Y, said".
        let comma = p - 1;
        let stop = lo.max(comma.saturating_sub(16));
        match (stop..comma).rev().find(|&j| w(j) == ",") {
            // A role and then the person's name: "the White House spokesman, Josh Earnest, said".
            Some(j) if j > lo && is_role_head(cx, j - 1) => {
                if let Some(e) = cx.speaker_entity(j + 1).filter(|e| e.kind == EntityKind::Per) {
                    if cx.doc.tokens[comma - 1].span.end == e.span.end {
                        return (Some(Who::Name(e.span)), None);
                    }
                }
                p = j
            }
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
        while first > lo && last - first < MAX_NAME && name_continues_back(cx, first) {
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

/// Whether a token is the lowercase head of a role phrase ("spokesman", "official", "aide").
fn is_role_head(cx: &Context, tok: usize) -> bool {
    let word = cx.words.get(tok);
    cx.text(tok).starts_with(char::is_lowercase) && (en::is_anonymous_source(word) || en::title(word).is_some())
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
            // A name ends the phrase: "an angry Hollande | retaliated"; not one that only
            // says whose source it is ("a senior U.S. | official").
            let source = en::is_anonymous_source(w(last + 1));
            if cx.is_capitalised(last) && !cx.is_capitalised(last + 1) && last > p && !source {
                break;
            }
            last += 1;
        }
        if cx.is_capitalised(last) && !en::is_capitalised_function_word(w(last)) {
            // "an angry Hollande": the name at the end of the phrase.
            let mut first = last;
            while first > p && cx.is_capitalised(first - 1) {
                first -= 1;
            }
            return (Some(Who::Name(cx.span(first, last))), last + 1, gender);
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
