//! Named-entity tagging: PER, ORG, LOC, MISC mentions per paragraph, by language.
//!
//! Each language has a linear-chain sequence tagger ([`model`]: a CRF for Arabic, an
//! averaged perceptron for English) over hashed features ([`features`]), embedded in the binary and parsed once on first use. A
//! paragraph is cut into sentences, each sentence tagged, then a document-level pass
//! ([`docpass`]) spreads confidently found names to their untagged repeats, and the span
//! rules ([`spans`]) shape each chunk into the mention the guidelines ask for.

pub mod arabic;
pub mod conll;
pub mod docpass;
pub mod features;
pub mod gazetteer;
pub mod labels;
pub mod lexicon;
pub mod model;
pub mod nisba;
pub mod nonlocal;
pub mod rice;
pub mod spans;
pub mod tagger;
pub mod triggers;

#[cfg(not(target_arch = "wasm32"))]
mod eval;
#[cfg(not(target_arch = "wasm32"))]
mod gazetteer_files;
#[cfg(not(target_arch = "wasm32"))]
mod train;

#[cfg(not(target_arch = "wasm32"))]
pub use eval::eval_command;
#[cfg(not(target_arch = "wasm32"))]
pub use train::train_command;

use std::sync::OnceLock;

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::hash::{Fnv, HashKeySet};
use crate::lang::Lang;
use crate::span::Span;
use crate::text::normalize::fold_into;
use crate::text::TokenKind;
use model::Model;
use tagger::Tagger;

/// One tagged mention, before linking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    pub kind: EntityKind,
}

/// The mentions of a sorted, flat list that overlap `start..end` or touch it (end at `start`,
/// start at `end`): a binary search, so rules that look around each of many words stay linear.
pub(crate) fn near(mentions: &[Mention], start: usize, end: usize) -> &[Mention] {
    let from = mentions.partition_point(|m| m.span.end < start);
    let to = from + mentions[from..].partition_point(|m| m.span.start <= end);
    &mentions[from..to]
}

/// Adds the new mentions a rule found (none overlapping the old ones) and keeps the list in
/// text order.
pub(crate) fn add_mentions(mentions: &mut Vec<Mention>, new: Vec<Mention>) {
    if !new.is_empty() {
        mentions.extend(new);
        mentions.sort_by_key(|m| m.span.start);
    }
}

/// Puts the mentions a rule found in place of every old mention they overlap, in text order.
pub(crate) fn replace_overlapping(mentions: &mut Vec<Mention>, found: Vec<Mention>) {
    if found.is_empty() {
        return;
    }
    let mut found = found;
    found.sort_by_key(|f| f.span.start);
    // A binary search per mention (the found ones are flat and sorted), not a scan of them all.
    mentions.retain(|m| {
        !near(&found, m.span.start, m.span.end).iter().any(|f| f.span.start < m.span.end && m.span.start < f.span.end)
    });
    add_mentions(mentions, found);
}

/// Test support for the rules after tagging: runs `rule` on `text` with the model's mentions
/// given as (name, type), each the name's first occurrence, and returns the result as (name, type).
#[cfg(test)]
pub(crate) fn run_rule(
    text: &str,
    lang: Lang,
    model: &[(&str, EntityKind)],
    rule: impl Fn(&crate::Document, &mut Vec<Mention>),
) -> Vec<(String, EntityKind)> {
    let doc = crate::Document::new(text, Some(lang));
    let mut mentions: Vec<Mention> = model
        .iter()
        .map(|(name, kind)| {
            let start = text.find(name).expect("the name is in the text");
            Mention { span: Span::new(start, start + name.len()), kind: *kind }
        })
        .collect();
    mentions.sort_by_key(|m| m.span.start);
    rule(&doc, &mut mentions);
    mentions.iter().map(|m| (m.span.of(text).to_string(), m.kind)).collect()
}

static AR_MODEL: &[u8] = include_bytes!("../../model/ar.bin");
static EN_MODEL: &[u8] = include_bytes!("../../model/en.bin");

static AR: OnceLock<Option<Model>> = OnceLock::new();
static EN: OnceLock<Option<Model>> = OnceLock::new();

/// The model of a language: the embedded one, parsed on first use, unless [`use_model`]
/// gave another; `None` when there is none.
pub fn model_for(lang: Lang) -> Option<&'static Model> {
    let (cell, bytes) = match lang {
        Lang::Ar => (&AR, AR_MODEL),
        Lang::En => (&EN, EN_MODEL),
        _ => return None,
    };
    cell.get_or_init(|| Model::from_bytes(bytes).ok()).as_ref()
}

/// Whether the model of a language has been parsed in this process (pages in one language
/// should never parse the other's: see [`Document::model`]).
pub fn is_loaded(lang: Lang) -> bool {
    match lang {
        Lang::Ar => AR.get().is_some(),
        Lang::En => EN.get().is_some(),
        _ => false,
    }
}

/// Makes `model` its language's model for the rest of the process, in place of the embedded
/// one: for scoring a model file with the whole pipeline (`tests/ner_arabic_pipeline.rs`
/// scores a model trained without the dev split). Fails once the language's model is in use.
pub fn use_model(model: Model) -> Result<(), String> {
    let cell = match model.lang {
        Lang::Ar => &AR,
        _ => &EN,
    };
    cell.set(Some(model)).map_err(|_| "the model of this language is already in use".to_string())
}

/// Sentences longer than this are cut, to bound the work per Viterbi run.
const MAX_SENTENCE: usize = 250;

fn ends_sentence(word: &str) -> bool {
    matches!(word, "." | "!" | "?" | "؟" | "…" | "。")
}

/// Tags every paragraph of a supported language. Returns mentions sorted by start and
/// never overlapping; paragraphs in languages without a model get none.
pub fn tag(doc: &Document) -> Vec<Mention> {
    let mut mentions = Vec::new();
    for lang in [Lang::Ar, Lang::En] {
        if let Some(model) = doc.model(lang) {
            tag_language(doc, lang, model, &mut mentions);
        }
    }
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
    // The languages' paragraphs are disjoint, so overlaps cannot arise; keep the promise anyway.
    let mut last_end = 0;
    mentions.retain(|m| {
        let keep = m.span.start >= last_end;
        if keep {
            last_end = m.span.end;
        }
        keep
    });
    mentions
}

/// Tags the paragraphs of one language as one document.
fn tag_language(doc: &Document, lang: Lang, model: &Model, out: &mut Vec<Mention>) {
    // Global token indices of this language's paragraphs, with their labels.
    let mut tokens: Vec<usize> = Vec::new();
    let mut words: Vec<&str> = Vec::new();
    let mut sentences: Vec<std::ops::Range<usize>> = Vec::new();
    for block in doc.blocks.iter().filter(|b| b.lang == lang) {
        let mut sentence_start = words.len();
        for i in block.tokens.clone() {
            let word = doc.word(i);
            tokens.push(i);
            words.push(word);
            let last = i + 1 == block.tokens.end;
            let full = words.len() - sentence_start >= MAX_SENTENCE;
            if last || full || (doc.tokens[i].kind == TokenKind::Punct && ends_sentence(word)) {
                sentences.push(sentence_start..words.len());
                sentence_start = words.len();
            }
        }
    }
    let slices: Vec<&[&str]> = sentences.iter().map(|r| &words[r.clone()]).collect();
    let mut labels = Tagger::new(model).tag_document(&slices);
    if tokens.is_empty() {
        return;
    }
    docpass::apply(lang, &words, &mut labels);
    if lang == Lang::Ar {
        nisba::apply(&model.gazetteer, &words, &mut labels, &sentences);
    }
    // Folded words of the document, built only if a clitic question needs them.
    let standalone: OnceLock<HashKeySet> = OnceLock::new();
    let known_word = |w: &str| {
        let set = standalone.get_or_init(|| {
            let mut buf = String::new();
            words
                .iter()
                .map(|w| {
                    fold_into(w, &mut buf);
                    Fnv::new().str(&buf).value()
                })
                .collect()
        });
        set.contains(&Fnv::new().str(w).value())
    };
    let cx = spans::Context { doc, gazetteer: &model.gazetteer, known_word: &known_word };
    for (a, b, kind) in labels::chunks(&labels) {
        // A chunk never crosses a paragraph: cut it where the token indices jump.
        let first = tokens[a];
        let mut end = first + 1;
        while end - first < b - a && tokens[a + (end - first)] == end {
            end += 1;
        }
        spans::refine(&cx, first, end, kind, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_models_carry_their_lexicons() {
        // An ordinary word is in the common-word lexicon; an unseen foreign name is not.
        for (lang, common, name) in [(Lang::Ar, "مدرسه", "فرويد"), (Lang::En, "school", "kekkila")] {
            let lexicon = &model_for(lang).expect("an embedded model").gazetteer.lexicon;
            let bit = lexicon.class_bit("lex-common");
            assert_ne!(bit, 0, "help: {lang:?} has no common-word lexicon");
            assert_ne!(lexicon.classes_of(Fnv::new().str(common).value()) & bit, 0, "help: {common}");
            assert_eq!(lexicon.classes_of(Fnv::new().str(name).value()) & bit, 0, "help: {name}");
        }
    }

    #[test]
    fn other_languages_and_empty_text_get_nothing() {
        for text in [
            "",
            "   \n ",
            "Le premier ministre a dit que les troupes ne sont pas nécessaires à Paris.",
            "Премьер-министр сказал",
        ] {
            assert!(tag(&Document::new(text, None)).is_empty(), "help: {text:?}");
        }
    }
}
