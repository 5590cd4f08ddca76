//! The tokenised text that the tagging, linking and quote stages share.

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
}

impl<'t> Document<'t> {
    /// Splits `text` into paragraphs and tokens and detects each paragraph's language,
    /// unless `forced` names one language for all.
    pub fn new(text: &'t str, forced: Option<Lang>) -> Document<'t> {
        let spans = crate::text::paragraphs(text);
        let (lang, langs) = match forced {
            Some(lang) => (lang, vec![lang; spans.len()]),
            None => crate::lang::detect_paragraphs(text, &spans),
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
        Document { text, lang, tokens, blocks }
    }

    /// The text of a token.
    pub fn word(&self, token: usize) -> &'t str {
        self.tokens[token].span.of(self.text)
    }

    /// The tokens of one block.
    pub fn block_tokens(&self, block: &Block) -> &[Token] {
        &self.tokens[block.tokens.clone()]
    }
}
