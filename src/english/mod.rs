//! Post-tagging rules for English: corrections for error classes the English model (trained on
//! 1996 Reuters news) makes on current news, each built on evidence the tagger cannot see from
//! inside one sentence: the rest of the document, the gazetteer as a whole phrase, the layout
//! of a dateline, a reporting verb after an unseen name.
//!
//! Each rule only touches mentions in English paragraphs and keeps the mention list sorted and
//! flat.

pub mod coordination;
pub mod datelines;
pub mod definite;
pub mod heads;
pub mod reported;
pub mod surnames;

use std::ops::Range;

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::lang::Lang;
use crate::ner::gazetteer::{phrase_hash, Gazetteer};
use crate::span::Span;
use crate::text::normalize::fold;

/// The English model's gazetteer (its name lists), if the model loads.
fn gazetteer() -> Option<&'static Gazetteer> {
    crate::ner::model_for(Lang::En).map(|m| &m.gazetteer)
}

/// The tokens a span covers.
fn tokens_of(doc: &Document, span: Span) -> Range<usize> {
    let first = doc.tokens.partition_point(|t| t.span.end <= span.start);
    let end = doc.tokens.partition_point(|t| t.span.start < span.end);
    first..end.max(first)
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

/// Whether the folded word is in the gazetteer's first-name list.
fn is_first_name(g: &Gazetteer, folded: &str) -> bool {
    let bit = g.class_bit("first");
    bit != 0 && g.classes_of(phrase_hash([folded])) & bit != 0
}
