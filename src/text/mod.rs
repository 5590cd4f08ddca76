//! Text handling that every later stage shares: paragraphs, tokens, normal forms and
//! offset conversion. Nothing here alters the text: tokens are byte spans into it, and
//! normal forms are separate strings used only for lookups.

pub mod normalize;
pub mod offsets;
pub mod tokenize;

pub use tokenize::{paragraphs, tokenize, Token, TokenKind};
