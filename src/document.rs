//! The tokenised text that the tagging, linking and quote stages share.

use std::cell::OnceCell;
use std::ops::Range;

use crate::lang::Lang;
use crate::span::Span;
use crate::text::Token;

/// One paragraph: its span, its language and the range of its tokens in [`Document::tokens`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub span: Span,
    pub lang: Lang,
    pub tokens: Range<usize>,
}

/// A text split into paragraphs and tokens, each paragraph with its language.
#[derive(Clone, Debug)]
pub struct Document<'t> {
    pub text: &'t str,
    pub lang: Lang,
    pub tokens: Vec<Token>,
    pub blocks: Vec<Block>,
    /// Whether any paragraph is Arabic, and whether any is English: the rules ask it of every
    /// word, so it is answered once.
    has_arabic: bool,
    has_english: bool,
    /// Every token's folded form, made on first use: the rules after tagging compare folded
    /// words, and folding each token once beats folding it in every rule.
    folded: OnceCell<Folded>,
}

/// The folded forms of all tokens in one buffer.
#[derive(Clone, Debug, Default)]
struct Folded {
    arena: String,
    ends: Vec<usize>,
}

impl<'t> Document<'t> {
    /// Splits `text` into paragraphs and tokens and detects each paragraph's language,
    /// unless `forced` names one language for all.
    pub fn new(text: &'t str, forced: Option<Lang>) -> Document<'t> {
        Document::with_hints(text, forced, &[])
    }

    /// [`Document::new`] with the page's language hints (see [`crate::Options::with_lang_hints`]):
    /// each paragraph takes the hint in force at its start.
    pub fn with_hints(text: &'t str, forced: Option<Lang>, hints: &[(usize, Option<Lang>)]) -> Document<'t> {
        let spans = crate::text::paragraphs(text);
        let (lang, langs) = match forced {
            Some(lang) => (lang, vec![lang; spans.len()]),
            None if hints.is_empty() => crate::lang::detect_paragraphs(text, &spans),
            None => {
                let hint_at = |start: usize| {
                    let after = hints.partition_point(|&(offset, _)| offset <= start);
                    after.checked_sub(1).and_then(|i| hints[i].1)
                };
                let per_paragraph: Vec<Option<Lang>> = spans.iter().map(|s| hint_at(s.start)).collect();
                crate::lang::detect_paragraphs_hinted(text, &spans, &per_paragraph)
            }
        };
        let mut tokens = Vec::new();
        let mut blocks = Vec::with_capacity(spans.len());
        for (span, lang) in spans.into_iter().zip(langs) {
            let first = tokens.len();
            tokens.extend(crate::text::tokenize(span.of(text)).into_iter().map(|mut t| {
                t.span = Span::new(t.span.start + span.start, t.span.end + span.start);
                t
            }));
            blocks.push(Block { span, lang, tokens: first..tokens.len() });
        }
        let has_arabic = blocks.iter().any(|b| b.lang == Lang::Ar);
        let has_english = blocks.iter().any(|b| b.lang == Lang::En);
        Document { text, lang, tokens, blocks, has_arabic, has_english, folded: OnceCell::new() }
    }

    /// The tagging model of `lang` when the document has paragraphs in that language: rules
    /// for a language the page does not use then find nothing to do and load no model.
    pub fn model(&self, lang: Lang) -> Option<&'static crate::ner::model::Model> {
        self.has(lang).then(|| crate::ner::model_for(lang)).flatten()
    }

    /// Whether any paragraph of the document is in `lang`.
    pub fn has(&self, lang: Lang) -> bool {
        match lang {
            Lang::Ar => self.has_arabic,
            Lang::En => self.has_english,
            _ => self.blocks.iter().any(|b| b.lang == lang),
        }
    }

    /// The text of a token.
    pub fn word(&self, token: usize) -> &'t str {
        self.tokens[token].span.of(self.text)
    }

    /// The folded form of a token ([`crate::text::normalize::fold`]: Arabic marks, tatweel and
    /// letter variants folded, other scripts lowercased).
    pub fn folded(&self, token: usize) -> &str {
        let folded = self.folded.get_or_init(|| {
            let mut out =
                Folded { arena: String::with_capacity(self.text.len()), ends: Vec::with_capacity(self.tokens.len()) };
            let mut word = String::new();
            for t in &self.tokens {
                crate::text::normalize::fold_into(t.span.of(self.text), &mut word);
                out.arena.push_str(&word);
                out.ends.push(out.arena.len());
            }
            out
        });
        let start = if token == 0 { 0 } else { folded.ends[token - 1] };
        &folded.arena[start..folded.ends[token]]
    }

    /// Whether `text[start..end]`, the gap between two words, is one or more spaces (no-break
    /// spaces too): the words are one name's, with no punctuation or line break between.
    pub fn only_spaces_between(&self, start: usize, end: usize) -> bool {
        start < end && self.text[start..end].chars().all(|c| c == ' ' || c == '\u{a0}')
    }

    /// The tokens of one block.
    pub fn block_tokens(&self, block: &Block) -> &[Token] {
        &self.tokens[block.tokens.clone()]
    }
}
