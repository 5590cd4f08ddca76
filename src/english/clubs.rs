//! Football clubs in sports sentences: "Chelsea beat Arsenal 2-1", "against Girona". A club
//! named after a person or a town, alone at the start of a sentence, looks like a person to a
//! model trained on 1996 Reuters ("Chelsea" PER). In a sentence about a match (a score, or a
//! word like "beat", "league", "scored") a name on the club list
//! (`data/curated/clubs-en.txt`, from `scripts/gazetteers/names.sh`) is the club.
//!
//! Only people (and MISC of two words or more) are retyped, and untagged names added: a place there is already the
//! club or the town ("Liverpool" ORG or LOC is the tagger's call, and CoNLL's sports pages
//! taught it well), and a one-word club that is also an ordinary word or a listed place
//! ("Reading", "Paris") is not added where the tagger saw nothing.

use std::sync::OnceLock;

use super::{gazetteer, gazetteer_kind, is_english};
use crate::annotations::EntityKind;
use crate::document::Document;
use crate::lang::Lang;
use crate::ner::Mention;
use crate::span::Span;
use crate::text::normalize::{fold, FoldedWords};
use crate::text::TokenKind;

static CLUBS: &str = include_str!("../../data/curated/clubs-en.txt");

/// Words of a sentence about a match.
static SPORTS_WORDS: FoldedWords = FoldedWords::new(&[
    "beat",
    "beats",
    "drew",
    "draw",
    "match",
    "league",
    "liga",
    "goal",
    "goals",
    "scored",
    "scoring",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "coach",
    "manager",
    "penalty",
    "fixture",
    "stadium",
    "relegation",
    "promoted",
    "hat-trick",
    "equaliser",
    "equalizer",
    "cup",
    "derby",
    "kick-off",
    "club",
]);

/// Club names by their first folded word, as lists of folded words, longest first.
fn clubs() -> &'static crate::hash::WordMap<Vec<Vec<String>>> {
    static CLUBS_BY_FIRST: OnceLock<crate::hash::WordMap<Vec<Vec<String>>>> = OnceLock::new();
    CLUBS_BY_FIRST.get_or_init(|| {
        let mut map: crate::hash::WordMap<Vec<Vec<String>>> = crate::hash::WordMap::default();
        for line in CLUBS.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let words: Vec<String> = line.split(' ').map(fold).collect();
            map.entry(words[0].clone()).or_default().push(words);
        }
        map.values_mut().for_each(|v| v.sort_by_key(|w| std::cmp::Reverse(w.len())));
        map
    })
}

/// Whether a name is on the club list, word for word.
pub(crate) fn is_club(name: &str) -> bool {
    let words: Vec<String> = name.split(' ').map(fold).collect();
    clubs().get(&words[0]).is_some_and(|names| names.contains(&words))
}

/// Whether the sentence `range` (tokens) is about a match: a score ("2-1") or a sports word.
fn about_a_match(doc: &Document, range: std::ops::Range<usize>) -> bool {
    range.clone().any(|t| {
        let word = doc.word(t);
        let score = word == "-"
            && t > range.start
            && t + 1 < range.end
            && doc.tokens[t - 1].kind == TokenKind::Number
            && doc.tokens[t + 1].kind == TokenKind::Number
            && doc.tokens[t - 1].span.end == doc.tokens[t].span.start
            && doc.tokens[t].span.end == doc.tokens[t + 1].span.start;
        score || SPORTS_WORDS.contains(word)
    })
}

/// The longest club name starting at token `t`, capitalised word for word, as its last token + 1.
fn club_at(doc: &Document, t: usize, end: usize) -> Option<usize> {
    let capitalised = |i: usize| doc.word(i).chars().next().is_some_and(char::is_uppercase);
    if !capitalised(t) {
        return None;
    }
    let names = clubs().get(&fold(doc.word(t)))?;
    names.iter().find_map(|words| {
        let last = t + words.len();
        let fits = last <= end
            && (t..last).all(|i| capitalised(i) && fold(doc.word(i)) == words[i - t])
            && (t + 1..last).all(|i| doc.only_spaces_between(doc.tokens[i - 1].span.end, doc.tokens[i].span.start));
        fits.then_some(last)
    })
}

/// Lowercase verbs of fixtures that the tagger ran two names across: "[Everton host West Ham
/// United]", "Arsenal beat Chelsea".
const MATCH_VERBS: [&str; 14] =
    ["host", "hosts", "beat", "beats", "face", "faces", "meet", "meets", "visit", "visits", "play", "plays", "v", "vs"];

/// Splits each English mention at a lowercase verb of a fixture inside it into the names on
/// either side; a part on the club list is the club (ORG), the rest keep the tagger's type.
pub fn split_at_match_verbs(doc: &Document, mentions: &mut Vec<Mention>) {
    let verb_inside = |m: &Mention| {
        let text = m.span.of(doc.text);
        text.is_ascii() && text.split(' ').skip(1).any(|w| MATCH_VERBS.contains(&w))
    };
    if !mentions.iter().any(verb_inside) {
        return;
    }
    let mut out = Vec::with_capacity(mentions.len() + 1);
    for m in mentions.drain(..) {
        if !verb_inside(&m) {
            out.push(m);
            continue;
        }
        let mut start = m.span.start;
        let mut offset = m.span.start;
        for word in m.span.of(doc.text).split(' ') {
            if MATCH_VERBS.contains(&word) {
                if offset > start {
                    out.push(club_or(doc, Span::new(start, offset - 1), m.kind));
                }
                start = offset + word.len() + 1;
            }
            offset += word.len() + 1;
        }
        if start < m.span.end {
            out.push(club_or(doc, Span::new(start, m.span.end), m.kind));
        }
    }
    *mentions = out;
}

/// A mention of `span`: ORG when it is a listed club, else of `kind`.
fn club_or(doc: &Document, span: Span, kind: EntityKind) -> Mention {
    let kind = if is_club(span.of(doc.text)) { EntityKind::Org } else { kind };
    Mention { span, kind }
}

/// Retypes and adds the clubs of sentences about a match.
pub fn settle(doc: &Document, mentions: &mut Vec<Mention>) {
    let Some(g) = gazetteer(doc) else { return };
    let mut added: Vec<Mention> = Vec::new();
    for block in doc.blocks.iter().filter(|b| b.lang == Lang::En) {
        let mut start = block.tokens.start;
        while start < block.tokens.end {
            let end = (start..block.tokens.end)
                .find(|&t| matches!(doc.word(t), "." | "!" | "?"))
                .map_or(block.tokens.end, |t| t + 1);
            if about_a_match(doc, start..end) {
                let mut t = start;
                while t < end {
                    let Some(last) = club_at(doc, t, end) else {
                        t += 1;
                        continue;
                    };
                    let span = Span::new(doc.tokens[t].span.start, doc.tokens[last - 1].span.end);
                    let at = mentions.partition_point(|m| m.span.end <= span.start);
                    match mentions.get_mut(at) {
                        Some(m) if m.span == span => {
                            // A one-word MISC is more often the event ("Wimbledon semifinals"); a
                            // club of two words or more that is no listed place is no place
                            // ("Manchester City", "West Ham United").
                            let several = last - t > 1;
                            let club_not_place =
                                m.kind == EntityKind::Loc && several && !super::is_listed_place(doc, span);
                            if m.kind == EntityKind::Per || m.kind == EntityKind::Misc && several || club_not_place {
                                m.kind = EntityKind::Org;
                            }
                        }
                        Some(m) if m.span.start < span.end => {}
                        _ => {
                            let one_word = last - t == 1;
                            let folded = fold(doc.word(t));
                            let ordinary = super::is_common_word(g, &folded);
                            let place = gazetteer_kind(g, &folded) == Some(EntityKind::Loc);
                            if is_english(doc, t) && !(one_word && (ordinary || place)) {
                                added.push(Mention { span, kind: EntityKind::Org });
                            }
                        }
                    }
                    t = last;
                }
            }
            start = end;
        }
    }
    crate::ner::add_mentions(mentions, added);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, model: &[(&str, EntityKind)]) -> Vec<(String, EntityKind)> {
        crate::ner::run_rule(text, Lang::En, model, settle)
    }

    #[test]
    fn a_name_run_across_a_fixture_verb_is_two_clubs() {
        let text = "Everton host West Ham United at the Hill Dickinson Stadium on Saturday.";
        let got = crate::ner::run_rule(
            text,
            Lang::En,
            &[("Everton host West Ham United", EntityKind::Loc)],
            split_at_match_verbs,
        );
        assert_eq!(got, [("Everton".to_string(), EntityKind::Org), ("West Ham United".to_string(), EntityKind::Org)]);
        // The verb at the start of a name is no split ("Play Store").
        let got = crate::ner::run_rule(
            "on the Play Store",
            Lang::En,
            &[("Play Store", EntityKind::Misc)],
            split_at_match_verbs,
        );
        assert_eq!(got, [("Play Store".to_string(), EntityKind::Misc)]);
    }

    #[test]
    fn clubs_in_a_match_sentence_are_organisations() {
        let got = run("Chelsea beat Juventus 2-1 on Sunday.", &[("Chelsea", EntityKind::Per)]);
        assert_eq!(got, [("Chelsea".into(), EntityKind::Org), ("Juventus".into(), EntityKind::Org)]);
        let got = run("Mbappe scored a hat-trick against Girona.", &[("Girona", EntityKind::Per)]);
        assert_eq!(got, [("Girona".into(), EntityKind::Org)]);
    }

    #[test]
    fn a_club_of_several_words_read_as_a_place_is_the_club() {
        let got = run("Arsenal host Manchester City on Sunday in the league.", &[("Manchester City", EntityKind::Loc)]);
        assert!(got.contains(&("Manchester City".into(), EntityKind::Org)), "{got:?}");
    }

    #[test]
    fn other_sentences_places_and_ordinary_words_are_left_alone() {
        // No match in the sentence: Chelsea is a person.
        let got = run("Chelsea said she would run for office.", &[("Chelsea", EntityKind::Per)]);
        assert_eq!(got, [("Chelsea".into(), EntityKind::Per)]);
        // A place stays the tagger's; an ordinary word is not added.
        let got = run("Fans in Liverpool and Paris watched the match.", &[("Liverpool", EntityKind::Loc)]);
        assert_eq!(got, [("Liverpool".into(), EntityKind::Loc)]);
    }
}
