//! Post-tagging rules for English: corrections for error classes the English model (trained on
//! 1996 Reuters news) makes on current news, each built on evidence the tagger cannot see from
//! inside one sentence: the rest of the document, the gazetteer as a whole phrase, the layout
//! of a dateline, a reporting verb after an unseen name.
//!
//! Each rule only touches mentions in English paragraphs and keeps the mention list sorted and
//! flat. [`crate::annotate`] runs them in this order, each seeing the previous ones' output:
//! - [`compounds`]: "Iran-backed" → "Iran", a place;
//! - [`coordination`]: "Microsoft and Nvidia" split into two names; lists share one type;
//! - [`modifiers`]: "the Presidential Leadership Council" whole;
//! - [`numbered`]: "Euro 2024", "FTSE 100" whole;
//! - [`heads`]: "Emirates Stadium" a place; "The" outside "Social Democratic Party";
//! - [`datelines`]: "SAN FRANCISCO —" a place;
//! - [`reported`]: "Rishi Sunak has said" a person (its surnames feed [`crate::retype`]);
//! - [`surnames`]: an untagged "Musk" after "Elon Musk" a person;
//! - [`definite`]: "the Danube", never without "the", not a person;
//! - [`clubs`]: "Chelsea beat Arsenal 2-1": a listed club in a match sentence is a club.
//!
//! Scored with all of them on CoNLL-2003 dev (tests/ner_english_pipeline.rs), the pipeline went
//! from 88.17 to 91.33 F1 (the datelines most of it: CoNLL's "LONDON 1996-08-30" lines); on
//! three current news articles written for the tests (tests/fixtures/en/news-*), from 67 to 89
//! of 100 entities right.

pub mod clubs;
pub mod compounds;
pub mod coordination;
pub mod datelines;
pub mod definite;
pub mod heads;
pub mod modifiers;
pub mod name_links;
pub mod numbered;
pub mod platforms;
pub mod purposes;
pub mod reported;
pub mod shapes;
pub mod short_forms;
pub mod surnames;

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::lang::Lang;
use crate::ner::gazetteer::{phrase_hash, Gazetteer};
use crate::span::Span;
use crate::text::normalize::fold;
use crate::text::TokenKind;

/// The English model's gazetteer (its name lists), if the document has English paragraphs
/// and the model loads.
fn gazetteer(doc: &Document) -> Option<&'static Gazetteer> {
    doc.model(Lang::En).map(|m| &m.gazetteer)
}

/// The English model's gazetteer whatever the document, for helpers that only see words.
fn gazetteer_of_model() -> Option<&'static Gazetteer> {
    crate::ner::model_for(Lang::En).map(|m| &m.gazetteer)
}

/// The tokens a span covers. One binary search, then a walk over the span's few tokens (the
/// rules ask this of every mention, several times).
fn tokens_of(doc: &Document, span: Span) -> Range<usize> {
    let first = doc.tokens.partition_point(|t| t.span.end <= span.start);
    let count = doc.tokens[first..].iter().take_while(|t| t.span.start < span.end).count();
    first..first + count
}

/// Whether the paragraph holding `token` is English.
fn is_english(doc: &Document, token: usize) -> bool {
    let block = doc.blocks.partition_point(|b| b.tokens.end <= token);
    doc.blocks.get(block).is_some_and(|b| b.lang == Lang::En && b.tokens.contains(&token))
}

/// The folded words of tokens `range`, joined by spaces: the key names are compared by.
fn key_of(doc: &Document, range: Range<usize>) -> String {
    range.map(|t| fold(doc.word(t))).collect::<Vec<_>>().join(" ")
}

/// The entity type the gazetteer gives a whole phrase (folded words), if any. First names
/// are not a type: "Spencer" alone names nobody in particular.
fn gazetteer_kind(g: &Gazetteer, key: &str) -> Option<EntityKind> {
    let classes = g.classes_of(phrase_hash(key.split(' ')));
    let has = |name: &str| classes & g.class_bit(name) != 0;
    [("loc", EntityKind::Loc), ("org", EntityKind::Org), ("per", EntityKind::Per), ("misc", EntityKind::Misc)]
        .into_iter()
        .find(|(name, _)| has(name))
        .map(|(_, kind)| kind)
}

/// Whether the words of `span` are a place the English gazetteer lists ("U.S.", "China").
pub(crate) fn is_listed_place(doc: &Document, span: Span) -> bool {
    gazetteer(doc).is_some_and(|g| gazetteer_kind(g, &key_of(doc, tokens_of(doc, span))) == Some(EntityKind::Loc))
}

/// Whether the words of `span` are a place, organisation or other name of the English
/// gazetteer or the curated organisations and clubs ("Chelsea", "Hamilton").
pub(crate) fn is_listed_name(doc: &Document, span: Span) -> bool {
    let text = span.of(doc.text);
    gazetteer(doc).is_some_and(|g| gazetteer_kind(g, &key_of(doc, tokens_of(doc, span))).is_some())
        || crate::names::is_curated_organisation(text)
        || clubs::is_club(text)
}

/// Given names of many languages (`data/curated/given-names-en.txt`, from
/// `scripts/gazetteers/names.sh`): Rishi, Elon, Olaf are not in the model's US-census list. They
/// are read here only, after tagging: as model features they cost CoNLL dev 0.1 F1.
static GIVEN_NAMES: &str = include_str!("../../data/curated/given-names-en.txt");

/// Whether the folded word is a given name: in the gazetteer's first-name list or the curated one.
/// Whether a folded English word is an ordinary word of the lexicon (its lookup form).
fn is_common_word(g: &Gazetteer, folded: &str) -> bool {
    let key = crate::hash::Fnv::new().str(&crate::ner::lexicon::lookup_form(Lang::En, folded)).value();
    g.lexicon.classes_of(key) & g.lexicon.common_bit() != 0
}

/// Whether an English word is a given name of the model's list or the curated one.
pub(crate) fn is_given_name(doc: &Document, word: &str) -> bool {
    gazetteer(doc).is_some_and(|g| is_first_name(g, &crate::text::normalize::fold(word)))
}

fn is_first_name(g: &Gazetteer, folded: &str) -> bool {
    static CURATED: OnceLock<crate::hash::WordSet> = OnceLock::new();
    let bit = g.class_bit("first");
    if bit != 0 && g.classes_of(phrase_hash([folded])) & bit != 0 {
        return true;
    }
    let curated = CURATED
        .get_or_init(|| GIVEN_NAMES.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).map(fold).collect());
    curated.contains(folded)
}

/// Whether two tokens are shaped like a given name and a surname: both written as names, the
/// second neither a given name too ("Morgan Stanley") nor a company word ("Keane Inc"), and
/// neither the whole nor a word a place or company in the gazetteer ("Statistics Canada",
/// "Atlanta Braves"). The given name itself is checked by the callers, which differ in what
/// else they accept as a sign of a person.
fn person_shaped(doc: &Document, g: &Gazetteer, tokens: Range<usize>) -> bool {
    if tokens.len() != 2 {
        return false;
    }
    let written_as_name = |w: &str| {
        w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase) && w.chars().all(char::is_alphabetic)
    };
    let (given, family) = (doc.word(tokens.start), doc.word(tokens.start + 1));
    // "As Politico noted": a capitalised function word is no given name.
    let function_word = crate::quotes::lexicon::en::is_capitalised_function_word(&given.to_lowercase());
    if !written_as_name(given) || !written_as_name(family) || function_word {
        return false;
    }
    let family_folded = fold(family);
    let company_word = crate::ner::triggers::classes(&family_folded)
        & (crate::ner::triggers::ORG_HEAD | crate::ner::triggers::DESCRIPTOR)
        != 0;
    let listed = |range: Range<usize>| gazetteer_kind(g, &key_of(doc, range)).is_some_and(|k| k != EntityKind::Per);
    let listed_otherwise =
        listed(tokens.clone()) || listed(tokens.start..tokens.start + 1) || listed(tokens.start + 1..tokens.end);
    !is_first_name(g, &family_folded) && !company_word && !listed_otherwise
}

/// Capitalised words of English paragraphs with no capitalised word on either side (a title
/// before them aside: "Mr Sunak"), by spelling: how often, and how often after "the".
struct Alone<'t>(HashMap<&'t str, (usize, usize)>);

impl<'t> Alone<'t> {
    fn new(doc: &Document<'t>) -> Alone<'t> {
        let capitalised =
            |t: usize| doc.tokens[t].kind == TokenKind::Word && doc.word(t).starts_with(char::is_uppercase);
        let mut alone: HashMap<&str, (usize, usize)> = HashMap::new();
        for block in doc.blocks.iter().filter(|b| b.lang == Lang::En) {
            for t in block.tokens.clone().filter(|&t| capitalised(t)) {
                let previous = (t > block.tokens.start).then(|| t - 1);
                // "5th Amendment": an ordinal before makes it part of a longer name.
                let before = previous.is_some_and(|p| {
                    (capitalised(p) && crate::quotes::lexicon::en::title(&doc.word(p).to_lowercase()).is_none())
                        || doc.tokens[p].kind == TokenKind::Number
                });
                let after = t + 1 < block.tokens.end && capitalised(t + 1);
                if !before && !after {
                    let counts = alone.entry(doc.word(t)).or_default();
                    counts.0 += 1;
                    counts.1 += usize::from(previous.is_some_and(|p| doc.word(p) == "the"));
                }
            }
        }
        Alone(alone)
    }

    /// Whether the document calls the two-word name on `tokens` by its second word alone
    /// ("Musk has …") and never by its first, nor after "the" ("the Braves"): news refers to
    /// people by surname and to companies and teams by their first word or with "the".
    fn called_by_surname(&self, doc: &Document, tokens: Range<usize>) -> bool {
        let by_itself = |t: usize| self.0.get(doc.word(t)).copied().unwrap_or_default();
        let (given, family) = (by_itself(tokens.start), by_itself(tokens.end - 1));
        tokens.len() == 2 && family.0 > 0 && family.1 == 0 && given.0 == 0
    }
}
