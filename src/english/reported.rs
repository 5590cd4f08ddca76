//! People the tagger has not seen, named as the subject of a reporting verb: "Rishi Sunak has
//! said …", "Elon Musk, the chief executive, told …", "“…,” said Lisa Su". At the start of a
//! sentence an unseen capitalised pair looks like a company to a model trained on 1996 Reuters,
//! where "X Y said" opens countless company stories.
//!
//! A reporting verb and one more sign say person:
//! - the first word is a known given name (the gazetteer's first-name list): in CoNLL-2003's
//!   training data, 64 of 73 such pairs before a reporting verb are people; the rest are
//!   companies whose second word is a given name too ("Morgan Stanley") or a company word
//!   ("Keane Inc"), which are left alone here;
//! - or the document calls the name by its second word alone ("Musk has …", "Sunak told"),
//!   and never by its first: news refers to people by surname and to companies by their
//!   first word ("Goldman Sachs" … "Goldman"). The given-name list misses many names of
//!   current news (Rishi, Elon), so this is the sign that usually decides;
//! - or a lowercase role word comes right before it ("Tesla boss Elon Musk said").
//!
//! A possessive after the name ("Elon Musk's SpaceX") stands in for the reporting verb: the
//! given name or the surname alone then says person.
//!
//! A one-word mention that is the surname of a person named in full elsewhere, as the subject
//! of a reporting verb, is that person too ("Donald Trump" … "Trump said"), unless the
//! gazetteer lists it as an organisation.

use std::collections::HashSet;

use super::{gazetteer, gazetteer_kind, is_english, is_first_name, person_shaped, tokens_of, Alone};
use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::triggers;
use crate::ner::Mention;
use crate::quotes::lexicon::{en, CueKind};
use crate::text::normalize::{fold, FoldedWords};
use crate::text::TokenKind;

/// Most words between a comma after the name and the comma that closes its apposition
/// ("Elon Musk, the chief executive of Tesla, said").
const MAX_APPOSITION: usize = 10;
/// Most adverbs and auxiliaries between the subject and its verb ("has also said").
const MAX_FILLERS: usize = 3;

/// Retypes such mentions as people. Returns their folded surnames, so that the other mentions
/// of the same people follow ([`crate::retype::settle`]).
pub fn people(doc: &Document, mentions: &mut [Mention]) -> HashSet<String> {
    let mut surnames = HashSet::new();
    let Some(g) = gazetteer(doc) else { return surnames };
    let mut alone: Option<Alone> = None;
    let two_words = |m: &Mention| m.span.of(doc.text).split_whitespace().count() == 2;
    for m in mentions.iter_mut().filter(|m| matches!(m.kind, EntityKind::Org | EntityKind::Misc) && two_words(m)) {
        let tokens = tokens_of(doc, m.span);
        if tokens.len() != 2 || !is_english(doc, tokens.start) || !person_shaped(doc, g, tokens.clone()) {
            continue;
        }
        // "Saudi Aramco said": a curated company is no person, whatever its shape.
        if crate::names::is_curated_organisation(m.span.of(doc.text)) {
            continue;
        }
        // "Tesla boss Elon Musk said": a role word before the name opens the subject and is a
        // sign of a person in itself.
        let role = role_before(doc, tokens.start);
        let possessive = possessive_after(doc, tokens.end);
        if !(speaks(doc, tokens.clone()) || possessive || role && subject_of_reporting_verb(doc, tokens.end)) {
            continue;
        }
        let alone = alone.get_or_insert_with(|| Alone::new(doc));
        if role || is_first_name(g, &fold(doc.word(tokens.start))) || alone.called_by_surname(doc, tokens.clone()) {
            m.kind = EntityKind::Per;
            surnames.insert(fold(doc.word(tokens.start + 1)));
        }
    }
    // "Donald Trump …" then "Trump said …": a one-word mention of another type that is the
    // surname of a person named in full, as the subject of a reporting verb.
    let full_names: HashSet<String> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Per && m.span.of(doc.text).contains(char::is_whitespace))
        .map(|m| tokens_of(doc, m.span))
        .filter(|t| t.len() >= 2)
        .map(|t| fold(doc.word(t.end - 1)))
        .collect();
    if full_names.is_empty() {
        return surnames;
    }
    for m in mentions.iter_mut().filter(|m| m.kind != EntityKind::Per) {
        // A cheap look at the text first: one word that is some full name's surname.
        let text = m.span.of(doc.text);
        if text.contains(char::is_whitespace) || !full_names.contains(&fold(text)) {
            continue;
        }
        let tokens = tokens_of(doc, m.span);
        if tokens.len() != 1 || !is_english(doc, tokens.start) {
            continue;
        }
        let folded = fold(doc.word(tokens.start));
        // A company the gazetteer knows stays one ("Wilayat Twitter" … "Twitter said"); places
        // do not block: many are surnames too ("Michael Jordan" … "Jordan said").
        let listed = gazetteer_kind(g, &folded) == Some(EntityKind::Org);
        if full_names.contains(&folded) && !listed && speaks(doc, tokens) {
            m.kind = EntityKind::Per;
            surnames.insert(folded);
        }
    }
    surnames
}

/// Whether a possessive 's follows the name ("Elon Musk's SpaceX"): the tagger, seeing a
/// company after it, reads "Elon Musk's SpaceX" as one organisation; with a given name or the
/// surname used alone, the owner is a person.
fn possessive_after(doc: &Document, after: usize) -> bool {
    let word = |t: usize| if t < doc.tokens.len() { doc.word(t) } else { "" };
    matches!(word(after), "'s" | "’s") || matches!(word(after), "'" | "’") && word(after + 1) == "s"
}

/// Whether the name on `tokens` is the subject of a reporting verb, before it or inverted.
fn speaks(doc: &Document, tokens: std::ops::Range<usize>) -> bool {
    (opens_clause(doc, tokens.start) && subject_of_reporting_verb(doc, tokens.end))
        || after_inverted_verb(doc, tokens.start)
}

/// Whether a reporting verb follows the name at `after` (its first token after), directly,
/// after adverbs or auxiliaries, or after an apposition between commas.
fn subject_of_reporting_verb(doc: &Document, mut after: usize) -> bool {
    let block_end = block_end(doc, after);
    if after < block_end && doc.word(after) == "," {
        let close = (after + 1..block_end.min(after + 2 + MAX_APPOSITION)).find(|&t| doc.word(t) == ",");
        match close {
            Some(t) => after = t + 1,
            None => return false,
        }
    }
    let lower = |t: usize| doc.word(t).to_lowercase();
    let mut t = after;
    while t < block_end && t - after < MAX_FILLERS && en::is_verb_filler(&lower(t)) {
        t += 1;
    }
    t < block_end && is_reporting_verb(doc, t, block_end)
}

/// "“…,” said Lisa Su" / "…, says Rishi Sunak": a reporting verb right before the name, after a
/// comma or a closing quotation mark.
fn after_inverted_verb(doc: &Document, first: usize) -> bool {
    let block_start = doc.blocks[doc.blocks.partition_point(|b| b.tokens.end <= first)].tokens.start;
    if first < block_start + 2 {
        return false;
    }
    let verb = first - 1;
    let before = doc.word(verb - 1);
    let opens_clause = matches!(before, "," | "”" | "\"" | "’" | "'");
    opens_clause && is_reporting_verb(doc, verb, first)
}

/// Roles written before a person's name that the tagger's title list lacks.
static ROLES: FoldedWords = FoldedWords::new(&["boss", "executive", "founder", "ceo", "head", "owner", "chief"]);

/// Whether a lowercase role or title comes right before `first` ("Tesla boss", "chief
/// executive", "foreign minister").
fn role_before(doc: &Document, first: usize) -> bool {
    let block = &doc.blocks[doc.blocks.partition_point(|b| b.tokens.end <= first)];
    if first == block.tokens.start {
        return false;
    }
    let word = doc.word(first - 1);
    let folded = fold(word);
    word.starts_with(char::is_lowercase)
        && (ROLES.contains_folded(&folded) || triggers::classes(&folded) & triggers::TITLE != 0)
}

/// Whether the name at `first` opens a clause, so it can be the subject of a verb after it
/// ("A spokesman for Merrill Lynch said" has another subject).
fn opens_clause(doc: &Document, first: usize) -> bool {
    let block = &doc.blocks[doc.blocks.partition_point(|b| b.tokens.end <= first)];
    if first == block.tokens.start {
        return true;
    }
    let before = doc.word(first - 1);
    let clause_word = ["and", "but", "while", "as", "when", "after", "because", "though", "although", "that"];
    // Punctuation that ends a clause or opens a quote; not a possessive ("Pagliano's Fifth
    // Amendment") or a hyphen.
    let clause_mark = [".", ",", ";", ":", "!", "?", "\"", "“", "”", "(", "—", "–"];
    // A hyphen with spaces around it is a dash ("LONDON (Reuters) - Rishi Sunak has said").
    let spaced = |t: usize| {
        let (token, next) = (doc.tokens[t].span, doc.tokens[t + 1].span);
        doc.text[..token.start].ends_with(' ') && doc.text[token.end..next.start].starts_with(' ')
    };
    clause_mark.contains(&before) || clause_word.contains(&before) || (before == "-" && spaced(first - 1))
}

/// Reporting verbs that are as often plural nouns after a name ("Fifth Amendment claims",
/// "Reuters reports"), so they do not say that the name is someone speaking.
static NOUN_LIKE: FoldedWords = FoldedWords::new(&[
    "claims",
    "notes",
    "states",
    "reports",
    "reads",
    "read",
    "promises",
    "vows",
    "counters",
    "replies",
    "tweets",
    "posted",
    "writes",
    "urges",
    "predicts",
    "recalls",
    "continues",
    "asks",
]);

fn is_reporting_verb(doc: &Document, t: usize, end: usize) -> bool {
    if doc.tokens[t].kind != TokenKind::Word || NOUN_LIKE.contains(doc.word(t)) {
        return false;
    }
    let next = (t + 1 < end).then(|| doc.word(t + 1).to_lowercase());
    en::cue(&doc.word(t).to_lowercase(), next.as_deref()).is_some_and(|cue| cue.kind == CueKind::Verb)
}

fn block_end(doc: &Document, token: usize) -> usize {
    doc.blocks.get(doc.blocks.partition_point(|b| b.tokens.end <= token)).map_or(token, |b| b.tokens.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::span::Span;

    fn run(text: &str, name: &str, kind: EntityKind) -> (EntityKind, HashSet<String>) {
        let doc = Document::new(text, Some(Lang::En));
        let start = text.find(name).expect("name in text");
        let mut mentions = vec![Mention { span: Span::new(start, start + name.len()), kind }];
        let surnames = people(&doc, &mut mentions);
        (mentions[0].kind, surnames)
    }

    use EntityKind::{Loc, Misc, Org, Per};

    #[test]
    fn a_given_name_before_a_reporting_verb_is_a_person() {
        let cases = [
            ("Karl Nehammer has said the economy will grow.", "Karl Nehammer"),
            ("Karl Nehammer said Austria would grow.", "Karl Nehammer"),
            ("Karl Nehammer, the chancellor of Austria, told reporters.", "Karl Nehammer"),
            ("Karl Nehammer also warned that costs rise.", "Karl Nehammer"),
            ("\"We will grow,\" said Karl Nehammer.", "Karl Nehammer"),
            ("Tesla boss Elon Musk said the robotaxi would launch.", "Elon Musk"),
        ];
        for (text, name) in cases {
            let (kind, surnames) = run(text, name, Org);
            assert_eq!(kind, Per, "help: {text}");
            assert!(surnames.contains(name.split(' ').nth(1).unwrap().to_lowercase().as_str()));
        }
        assert_eq!(run("Lisa Su said so.", "Lisa Su", Misc).0, Per);
    }

    #[test]
    fn a_name_the_document_calls_by_its_second_word_is_a_person() {
        // "Zorvath" is in no given-name list: the document's "Sunak" decides.
        let text = "Zorvath Sunak has said taxes will fall. Sunak told reporters so.";
        assert_eq!(run(text, "Zorvath Sunak", Org).0, Per);
        assert_eq!(run("Zorvath Sunak has said taxes will fall.", "Zorvath Sunak", Org).0, Org);
        // "Rishi" is in the curated given names.
        assert_eq!(run("Rishi Sunak has said taxes will fall.", "Rishi Sunak", Org).0, Per);
        // Called by its first word: a company.
        let text = "Dassault Aviation said sales rose. Dassault told Aviation Week.";
        assert_eq!(run(text, "Dassault Aviation", Org).0, Org);
        let text = "Goldman Sachs said profits rose. Shares of Goldman and of Sachs fell.";
        assert_eq!(run(text, "Goldman Sachs", Org).0, Org);
        // Called "the Braves": a team; Canada is a place, so "Statistics Canada" no person.
        let text = "Milwaukee Brewers said it would appeal. The Brewers lost; the Brewers won.";
        assert_eq!(run(text, "Milwaukee Brewers", Org).0, Org);
        let text = "Statistics Canada said exports rose. Canada grew.";
        assert_eq!(run(text, "Statistics Canada", Org).0, Org);
    }

    #[test]
    fn the_surname_of_a_person_named_in_full_speaks_as_that_person() {
        let text = "Donald Trump held a rally. Trump said the economy was weak.";
        let doc = Document::new(text, Some(Lang::En));
        let at = |name: &str, nth: usize, kind| {
            let start = text.match_indices(name).nth(nth).unwrap().0;
            Mention { span: Span::new(start, start + name.len()), kind }
        };
        let mut mentions = vec![at("Donald Trump", 0, Per), at("Trump", 1, Loc)];
        let surnames = people(&doc, &mut mentions);
        assert_eq!(mentions[1].kind, Per);
        assert!(surnames.contains("trump"));
        // A company the gazetteer lists keeps its type.
        let text = "He joined Wilayat Twitter. Twitter said it had closed accounts.";
        let doc = Document::new(text, Some(Lang::En));
        let start = text.rfind("Twitter").unwrap();
        let mut mentions = vec![
            Mention { span: Span::new(10, 25), kind: Per },
            Mention { span: Span::new(start, start + 7), kind: Org },
        ];
        assert_eq!(mentions[0].span.of(text), "Wilayat Twitter");
        people(&doc, &mut mentions);
        assert_eq!(mentions[1].kind, Org);
        // Without the full name, or without the verb, the type stays.
        let mut mentions = vec![at("Trump", 1, Loc)];
        people(&doc, &mut mentions);
        assert_eq!(mentions[0].kind, Loc);
        let text = "Donald Trump held a rally. Trump Tower rose.";
        let doc = Document::new(text, Some(Lang::En));
        let start = text.rfind("Trump").unwrap();
        let mut mentions = vec![at("Donald Trump", 0, Per), Mention { span: Span::new(start, start + 5), kind: Loc }];
        people(&doc, &mut mentions);
        assert_eq!(mentions[1].kind, Loc);
    }

    #[test]
    fn companies_places_and_other_verbs_are_left_alone() {
        let cases = [
            // A second given name, a company word, the tagger's LOC, no reporting verb.
            ("Morgan Stanley said profits rose.", "Morgan Stanley", Org),
            ("Keane Inc said profits rose.", "Keane Inc", Org),
            ("Costa Rica said it would vote.", "Costa Rica", Loc),
            ("Karl Nehammer bought the company.", "Karl Nehammer", Org),
            // Headline capitals; a comma that never closes; not a given name.
            ("KARL NEHAMMER SAID SO", "KARL NEHAMMER", Org),
            ("Karl Nehammer, who led the party and the country for two years and more", "Karl Nehammer", Org),
            ("Goldman Sachs said profits rose.", "Goldman Sachs", Org),
            ("said Karl Nehammer", "Karl Nehammer", Org),
            // The object of a preposition is not the verb's subject.
            ("A spokesman for Merrill Lynch said the bank grew.", "Merrill Lynch", Org),
            // A capitalised function word is no given name.
            ("As Politico noted, the county votes well.", "As Politico", Org),
            // After a possessive; a verb that is as often a plural noun.
            ("Pagliano's Karl Nehammer said so.", "Karl Nehammer", Org),
            ("Karl Nehammer claims were rejected.", "Karl Nehammer", Org),
            // A role word, but no reporting verb; an upper-case role.
            ("Tesla boss Elon Musk bought a house.", "Elon Musk", Org),
        ];
        for (text, name, kind) in cases {
            assert_eq!(run(text, name, kind).0, kind, "help: {text}");
        }
    }
}
