//! From each cue's subject to a speaker: names stand for themselves; pronouns, dropped
//! Arabic subjects and participles find the person spoken of last; roles ("the president",
//! الوزير) find the person named with that title; statements find their issuer.
//! One sweep in text order over cues and entity mentions together.

use std::collections::{HashMap, VecDeque};

use crate::annotations::EntityKind;
use crate::span::Span;
use crate::text::normalize::fold;

use super::cues::{Context, Event, Who};
use super::lexicon::{ar, en, Gender};

/// Who said something: the mention nearest the quote and its entity cluster, if tagged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Speaker {
    pub span: Span,
    pub cluster: Option<usize>,
    /// An unnamed source ("a senior U.S. official", "مسؤول مصري"): the span is the phrase.
    pub unnamed: bool,
}

/// The key a speaker's gender is remembered by: the folded last word of its name.
fn gender_key(text: &str) -> String {
    fold(text.split_whitespace().last().unwrap_or(text))
}

struct State<'a> {
    cx: &'a Context<'a>,
    /// The last people who spoke, most recent last, with where (cue token) and in which
    /// paragraph.
    speakers: VecDeque<(Speaker, usize, usize)>,
    /// The last people mentioned as the subject of a sentence (its first words), outside
    /// quotes, most recent last, with their first token.
    subjects: VecDeque<(Speaker, usize)>,
    /// The last people mentioned anywhere outside quotes.
    mentioned: VecDeque<Speaker>,
    /// The issuer of the last statement.
    last_statement: Option<Speaker>,
    /// The last mention of each cluster.
    last_mention: HashMap<usize, Span>,
    /// The last person named with each title (president, وزير).
    titled: HashMap<String, Speaker>,
    genders: HashMap<String, Gender>,
    next_entity: usize,
}

impl<'a> State<'a> {
    /// Takes in the entity mentions before token `tok`.
    fn see_entities_before(&mut self, tok: usize) {
        let cx = self.cx;
        let limit = cx.doc.tokens.get(tok).map_or(usize::MAX, |t| t.span.start);
        while let Some(e) = cx.entities.get(self.next_entity).filter(|e| e.span.end <= limit) {
            self.next_entity += 1;
            let first = cx.doc.tokens.partition_point(|t| t.span.end <= e.span.start);
            if e.kind != EntityKind::Per || cx.in_quote.get(first).copied().unwrap_or(true) {
                continue;
            }
            let speaker = Speaker { span: e.span, cluster: Some(e.cluster), unnamed: false };
            self.last_mention.insert(e.cluster, e.span);
            remember(&mut self.mentioned, speaker);
            // A sentence subject: no more than a few words (titles) before it in its sentence.
            let block = cx.doc.blocks.partition_point(|b| b.tokens.end <= first);
            let block_start = cx.doc.blocks.get(block).map_or(0, |b| b.tokens.start);
            let from = first.saturating_sub(4).max(block_start);
            let sentence_start = from == block_start || (from..first).any(|t| cx.ends_sentence(t));
            // "وعقب لقائه بلينكن، أكد" (after his meeting with Blinken, he stressed): a person
            // after a noun with a pronoun is that noun's object, not the sentence's subject.
            let object = first > block_start
                && crate::unknown_names::arabic_lexicon(cx.doc)
                    .is_some_and(|lexicon| crate::unknown_names::is_possessed_noun(lexicon, cx.words.get(first - 1)));
            if sentence_start && !object {
                remember(&mut self.subjects, (speaker, first));
            }
            self.note_titles(first, speaker);
        }
    }

    /// Remembers the titles in the few words before a person's name (President Barack Obama,
    /// وزير الخارجية فؤاد حسين) so that "the president" and الوزير find them later.
    fn note_titles(&mut self, first: usize, speaker: Speaker) {
        let cx = self.cx;
        for t in (first.saturating_sub(3)..first).rev() {
            let word = cx.words.get(t);
            if let Some(g) = en::title(word) {
                self.titled.insert(word.trim_end_matches('.').to_string(), speaker);
                if let Some(g) = g {
                    self.genders.insert(gender_key(speaker.span.of(cx.doc.text)), g);
                }
            } else if ar::is_role(word) {
                self.titled.insert(word.strip_prefix("ال").unwrap_or(word).to_string(), speaker);
            }
        }
    }

    /// A speaker for a span: the tagged entity inside it, if any.
    fn speaker_for(&self, span: Span) -> (Speaker, bool) {
        let cx = self.cx;
        let first = cx.entities.partition_point(|e| e.span.end <= span.start);
        let inside = cx.entities[first..]
            .iter()
            .take_while(|e| e.span.start < span.end)
            .filter(|e| matches!(e.kind, EntityKind::Per | EntityKind::Org | EntityKind::Loc))
            .min_by_key(|e| e.kind != EntityKind::Per);
        match inside {
            Some(e) => (Speaker { span: e.span, cluster: Some(e.cluster), unnamed: false }, e.kind == EntityKind::Per),
            None => (Speaker { span, cluster: None, unnamed: false }, true),
        }
    }

    /// An unnamed source ("a senior U.S. official", "مسؤول مصري"): the phrase itself, unless
    /// a person is named in it.
    fn anonymous(&self, span: Span) -> Speaker {
        let cx = self.cx;
        let first = cx.entities.partition_point(|e| e.span.end <= span.start);
        let person =
            cx.entities[first..].iter().take_while(|e| e.span.start < span.end).find(|e| e.kind == EntityKind::Per);
        match person {
            Some(e) => Speaker { span: e.span, cluster: Some(e.cluster), unnamed: false },
            None => Speaker { span, cluster: None, unnamed: true },
        }
    }

    fn compatible(&self, speaker: &Speaker, gender: Option<Gender>) -> bool {
        let key = gender_key(speaker.span.of(self.cx.doc.text));
        gender.is_none() || self.genders.get(&key).is_none_or(|&g| Some(g) == gender)
    }

    /// The nearest mention of a speaker's entity before now.
    fn nearest(&self, speaker: Speaker) -> Speaker {
        match speaker.cluster.and_then(|c| self.last_mention.get(&c)) {
            Some(&span) => Speaker { span, ..speaker },
            None => speaker,
        }
    }

    /// A person referred to without a name: of the right gender when it is known, the later
    /// of the last one to speak (in the last paragraphs) and the last sentence subject; else
    /// the last one mentioned.
    fn person(&self, gender: Option<Gender>, block: usize) -> Option<Speaker> {
        let spoke = self
            .speakers
            .iter()
            .rev()
            .take_while(|(_, _, b)| b + 2 >= block)
            .find(|(s, _, _)| self.compatible(s, gender))
            .map(|&(s, at, _)| (s, at));
        let subject = self.subjects.iter().rev().find(|(s, _)| self.compatible(s, gender)).copied();
        let latest = match (spoke, subject) {
            (Some(a), Some(b)) => Some(if b.1 > a.1 { b.0 } else { a.0 }),
            (a, b) => a.or(b).map(|x| x.0),
        };
        latest
            .or_else(|| self.mentioned.iter().rev().copied().find(|s| self.compatible(s, gender)))
            .map(|s| self.nearest(s))
    }
}

/// How many recent speakers and mentions a pronoun may reach back to.
const MEMORY: usize = 8;

fn remember<T>(list: &mut VecDeque<T>, item: T) {
    if list.len() == MEMORY {
        list.pop_front();
    }
    list.push_back(item);
}

/// Resolves every cue's subject, in text order.
pub fn resolve(cx: &Context, events: &[Event]) -> Vec<Option<Speaker>> {
    let mut st = State {
        cx,
        speakers: VecDeque::new(),
        subjects: VecDeque::new(),
        mentioned: VecDeque::new(),
        last_statement: None,
        last_mention: HashMap::new(),
        titled: HashMap::new(),
        genders: HashMap::new(),
        next_entity: 0,
    };
    let mut out: Vec<Option<Speaker>> = Vec::with_capacity(events.len());
    for (i, ev) in events.iter().enumerate() {
        st.see_entities_before(ev.tok);
        let gender = ev.cue.gender.or(ev.title_gender);
        let speaker = match &ev.who {
            None => None,
            Some(Who::Name(span)) => {
                let (speaker, person) = st.speaker_for(*span);
                if let Some(g) = gender {
                    st.genders.insert(gender_key(speaker.span.of(cx.doc.text)), g);
                }
                if person {
                    remember(&mut st.speakers, (speaker, ev.tok, ev.block));
                    let first = cx.doc.tokens.partition_point(|t| t.span.end <= speaker.span.start);
                    st.note_titles(first, speaker);
                }
                Some(speaker)
            }
            Some(Who::Pronoun(g)) => {
                let speaker = st.person(g.or(gender), ev.block);
                if let Some(speaker) = speaker {
                    remember(&mut st.speakers, (speaker, ev.tok, ev.block));
                }
                speaker
            }
            Some(Who::Participle(g, subject)) => {
                // The subject of an earlier cue in the same sentence ("Spicer said, adding"),
                // else the sentence's first name, else the last person.
                let earlier = i.checked_sub(1).filter(|&j| same_sentence(cx, &events[j], ev)).and_then(|j| out[j]);
                let named = subject.map(|s| st.speaker_for(s).0);
                let speaker = earlier.or(named).or_else(|| st.person(*g, ev.block));
                if let Some(speaker) = speaker {
                    remember(&mut st.speakers, (speaker, ev.tok, ev.block));
                }
                speaker
            }
            Some(Who::Role { span, head }) => {
                // A role is a person: later pronouns and dropped subjects may refer to it.
                let speaker = match st.titled.get(head.as_str()) {
                    Some(&speaker) => st.nearest(speaker),
                    // "a senior U.S. official": the unnamed source, not the place named in it.
                    None if is_anonymous_source(head) => st.anonymous(*span),
                    None => st.speaker_for(*span).0,
                };
                if let Some(g) = gender {
                    st.genders.insert(gender_key(speaker.span.of(cx.doc.text)), g);
                }
                remember(&mut st.speakers, (speaker, ev.tok, ev.block));
                Some(speaker)
            }
            Some(Who::Statement(Some(issuer))) => {
                let speaker = st.speaker_for(*issuer).0;
                st.last_statement = Some(speaker);
                Some(speaker)
            }
            Some(Who::Statement(None)) => st.last_statement,
        };
        out.push(speaker);
    }
    out
}

/// Whether a role's head names an unnamed source, in either language.
fn is_anonymous_source(head: &str) -> bool {
    en::is_anonymous_source(head) || ar::is_anonymous_source(head)
}

/// Whether two cues are in one sentence of one paragraph (looking at most 60 tokens back).
fn same_sentence(cx: &Context, earlier: &Event, later: &Event) -> bool {
    earlier.block == later.block
        && later.tok - earlier.tok <= 60
        && (earlier.tok..later.tok).all(|t| !cx.ends_sentence(t))
}
