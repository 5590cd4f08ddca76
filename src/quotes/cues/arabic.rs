//! Arabic subjects: after the verb (قال الكاظمي، ذكر بيان للحكومة), after عن (نقل … عن X قوله)
//! or في (وجاء في البيان), before the verb, or dropped (وأضاف أن).

use crate::annotations::EntityKind;
use crate::span::Span;

use super::super::lexicon::{ar, Cue, CueKind};
use super::english::first_name;
use super::{Context, Who};

pub(super) fn arabic_subject(cx: &Context, cue: Cue, lo: usize, tok: usize, limit: usize) -> (Option<Who>, usize) {
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
        // بحسب ما نقلت وكالة الأنباء / وفق ما ذكره البيان: the subject of the verb after ما.
        CueKind::According if after + 1 < limit && w(after) == "ما" => arabic_after(cx, after + 2, limit),
        // حسبما ذكرت الوكالة: ما is written on the word.
        CueKind::According if w(tok).ends_with("ما") && after < limit => arabic_after(cx, after + 1, limit),
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
                // Dropped after a clause of the same sentence with its own subject ("دعا الأمين
                // العام أنطونيو غوتيريش المجلس إلى التحرك، وقال:"): that clause's subject.
                if let Some(subject) = clause_subject(cx, lo, tok) {
                    return (Some(Who::Participle(cue.gender, Some(subject))), end);
                }
                (Some(Who::Pronoun(cue.gender)), end)
            }
        },
    }
}

/// How far before a person the verb of its clause may be, in words (titles come between).
const VERB_REACH: usize = 6;

/// Time words that open a clause and are spelled like verbs ("عقب لقائه", after meeting him;
/// عقّب is "he commented"), folded.
const ADVERBS: [&str; 4] = ["عقب", "اثر", "اثناء", "لدي"];

/// The first person in `lo..tok` (the sentence before a cue) when a verb comes shortly before
/// it: the subject of a verb-first clause ("دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش").
/// A person after a noun ("عقب لقائه بايدن", after meeting Biden) is not a subject.
fn clause_subject(cx: &Context, lo: usize, tok: usize) -> Option<Span> {
    let lexicon = crate::unknown_names::arabic_lexicon(cx.doc)?;
    let lo = lo.max(tok.saturating_sub(40));
    let person = (lo..tok).find_map(|t| cx.speaker_entity(t).filter(|e| e.kind == EntityKind::Per).map(|e| (t, e)))?;
    let (first, e) = person;
    let verb = (lo.max(first.saturating_sub(VERB_REACH))..first).any(|t| {
        let word = cx.words.get(t);
        let bare = word.strip_prefix(['و', 'ف']).unwrap_or(word);
        !cx.in_quote[t] && !ADVERBS.contains(&bare) && crate::unknown_names::is_only_a_verb(lexicon, word)
    });
    verb.then_some(e.span)
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
        // A title whose complement is a prepositional phrase, then the name: الأمين العام
        // | للأمم المتحدة | أنطونيو غوتيريش. The phrase above stopped at للأمم.
        if let Some((name, name_end)) = person_after_role(cx, end, limit) {
            return (Some(Who::Name(name)), name_end);
        }
        // A title and its complements, then the name: وزير | الخارجية الأمريكي | أنتوني
        // بلينكن; رئيس | الوزراء العراقي | مصطفى الكاظمي; المتحدث | باسم الحكومة | ….
        let mut q = p + 1;
        while q < end && (w(q).starts_with("ال") || w(q) == "باسم") {
            q += 1 + usize::from(w(q) == "باسم");
        }
        let head = w(p).strip_prefix("ال").unwrap_or(w(p)).to_string();
        // An unnamed source and what describes it ("مسؤول مصري رفيع"): no name follows.
        let described = ar::is_anonymous_source(&head) && (p + 1..end).all(|t| ar::is_source_adjective(w(t)));
        if q < end && !described {
            return (Some(Who::Name(Span::new(cx.doc.tokens[q].span.start, span.end))), end);
        }
        return (Some(Who::Role { span, head }), end);
    }
    if let Some(g) = ar::person_pronoun(w(p)) {
        return (Some(Who::Pronoun(Some(g))), end);
    }
    (Some(Who::Name(span)), end)
}

/// A person named within a few words after a title's prepositional complement, with the
/// token after the name; nothing when punctuation, a particle or another verb comes first.
fn person_after_role(cx: &Context, from: usize, limit: usize) -> Option<(Span, usize)> {
    let w = |t: usize| cx.words.get(t);
    if from >= limit || !is_prepositional(w(from)) {
        return None;
    }
    let mut t = from;
    while t < limit && t - from < 5 && !cx.is_punct(t) && !ar::ends_subject(w(t)) {
        if let Some(e) = cx.speaker_entity(t).filter(|e| e.kind == EntityKind::Per) {
            let after = cx.doc.tokens.partition_point(|tok| tok.span.end <= e.span.end);
            return Some((e.span, after));
        }
        t += 1;
    }
    None
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
