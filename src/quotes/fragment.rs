//! Which quoted spans are quotes: not 1–3-word fragments (scare quotes, short phrases), not
//! names or titles in marks (“داعش”, “Make America Great Again”).

use crate::annotations::Entity;
use crate::document::Document;
use crate::span::Span;
use crate::text::TokenKind;

use super::lexicon::en;

/// Fewer words than this is a fragment, never a quote (annotation guidelines).
pub const MIN_WORDS: usize = 4;

/// Small words that stay lowercase in English titles.
const TITLE_SMALL_WORDS: &[&str] =
    &["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs.", "is"];

/// Whether the quoted span `inner` (whose tokens are `tokens`) reads as speech or writing.
pub fn is_quote(doc: &Document, tokens: std::ops::Range<usize>, inner: Span, entities: &[Entity]) -> bool {
    let words: Vec<&str> =
        doc.tokens[tokens].iter().filter(|t| t.kind != TokenKind::Punct).map(|t| t.span.of(doc.text)).collect();
    if words.len() < MIN_WORDS {
        return false;
    }
    // A name in marks: a tagged entity covers the whole span.
    let first = entities.partition_point(|e| e.span.end <= inner.start);
    if entities.get(first).is_some_and(|e| e.span.contains(inner)) {
        return false;
    }
    !is_title(doc.text, inner, &words)
}

/// A title in English title case with no sentence punctuation: a work, a law, a slogan.
fn is_title(text: &str, inner: Span, words: &[&str]) -> bool {
    let has_lowercase_script = words.iter().any(|w| w.chars().any(char::is_lowercase));
    // Sentence punctuation makes it speech even in title case, as headlines quote people
    // ("Trump: ‘I’m the Worst Thing That Ever Happened to the Establishment.’").
    let inner = inner.of(text);
    has_lowercase_script
        && !inner.contains([',', '.', '!', '?', ';', ':'])
        && words.iter().skip(1).all(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric()) || TITLE_SMALL_WORDS.contains(w)
        })
        && words[0].chars().next().is_some_and(char::is_uppercase)
}

/// A quoted phrase worked into the writer's own sentence ("he called it “a big, big problem in
/// this country”"): it starts in lowercase and follows neither a colon or comma ("According
/// to the trust, “construction will…”") nor the first half of the same quote ("“A,” he said,
/// “and B.”"). Scripts without case never match.
pub fn is_partial(doc: &Document, inner: Span, open: Span, after_previous_half: bool) -> bool {
    let starts_lowercase = inner.of(doc.text).chars().next().is_some_and(char::is_lowercase);
    let before = doc.text[..open.start].trim_end();
    let after_colon = before.ends_with([':', '：']);
    let introduced = after_colon || after_previous_half || before.ends_with(',') && cue_before(doc, open);
    starts_lowercase && !introduced
}

/// Whether a reporting cue sits in the few words before a quote ("said, “…”", "According
/// to the trust, “…”").
fn cue_before(doc: &Document, open: Span) -> bool {
    let end = doc.tokens.partition_point(|t| t.span.start < open.start);
    let mut buf = String::new();
    (end.saturating_sub(12)..end).rev().take_while(|&t| !matches!(doc.word(t), "." | "!" | "?")).any(|t| {
        crate::text::normalize::fold_into(doc.word(t), &mut buf);
        let next = doc.tokens.get(t + 1).map(|n| n.span.of(doc.text));
        en::cue(&buf, next).is_some()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotations::EntityKind;

    fn check(text: &str, entities: &[Entity]) -> bool {
        let doc = Document::new(text, None);
        is_quote(&doc, 0..doc.tokens.len(), Span::new(0, text.len()), entities)
    }

    #[test]
    fn fragments_names_and_titles_are_not_quotes() {
        let cases = [
            ("deplorables", false),
            ("a big, big problem", true),
            ("on the up and up", true),
            ("war of words", false),
            ("Justice Against Sponsors of Terrorism Act", false),
            ("Make America Great Again", false),
            ("We will make America great again", true),
            ("داعش", false),
            ("العراق سيظل يطلب تدريب الولايات المتحدة", true),
            ("There's a lot of new complexity,", true),
        ];
        for (text, want) in cases {
            assert_eq!(check(text, &[]), want, "help: {text:?}");
        }
        let name = "الدولة الإسلامية في العراق والشام";
        let entity = Entity { span: Span::new(0, name.len()), kind: EntityKind::Org, cluster: 0 };
        assert!(!check(name, &[entity]), "a tagged name in marks is an entity");
    }
}
