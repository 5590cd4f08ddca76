//! Organisations called by a short form after their full name: "Nigel Farage's Reform UK" …
//! "a Reform government"; "the Conservative Party" … "ahead of the Conservatives". The tagger
//! reads the short form alone, capitalised before a noun or in the plural, as a nationality
//! or a word of a name (MISC). The document's full name says what it is.
//!
//! Also where a name of a body ends: "Labour MPs" is the party and its members (CoNLL-2003
//! leaves "MPs" outside 5 times in 5), and "the Scottish Parliament" is one body, not a
//! nationality before a common noun.

use std::collections::HashSet;

use super::{is_english, tokens_of};
use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::Mention;
use crate::span::Span;

/// Member words that follow a party's name without being part of it.
const MEMBERS: [&str; 4] = ["MPs", "MP", "MEPs", "MEP"];

/// Applies the short-form, member, parliament and acronym rules to English mentions.
pub fn settle(doc: &Document, mentions: &mut [Mention]) {
    leave_members_out(doc, mentions);
    name_parliaments(doc, mentions);
    type_acronyms(doc, mentions);
    // The first words of the document's organisations of two words or more.
    let openers: HashSet<&str> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Org)
        .map(|m| tokens_of(doc, m.span))
        .filter(|t| t.len() >= 2 && is_english(doc, t.start))
        .map(|t| doc.word(t.start))
        .filter(|w| w.len() >= 3 && w.starts_with(char::is_uppercase) && is_ordinary_word(w))
        .collect();
    if openers.is_empty() {
        return;
    }
    for m in mentions.iter_mut().filter(|m| m.kind == EntityKind::Misc) {
        let text = m.span.of(doc.text);
        if text.contains(' ') || !is_english(doc, tokens_of(doc, m.span).start) {
            continue;
        }
        // The word itself, or its plural ("Conservatives" for "Conservative Party").
        if openers.contains(text) || text.strip_suffix('s').is_some_and(|w| openers.contains(w)) {
            m.kind = EntityKind::Org;
        }
    }
}

/// Whether a capitalised word can be a party's short form: an ordinary English word ("Reform",
/// "Labour", "Conservative"), which a nationality ("British") or a place is not; those open
/// many names without being short for them.
fn is_ordinary_word(word: &str) -> bool {
    let Some(g) = super::gazetteer_of_model() else { return false };
    let folded = crate::text::normalize::fold(word);
    let place = super::gazetteer_kind(g, &folded) == Some(EntityKind::Loc);
    super::is_common_word(g, &folded) && !place && !crate::names::is_english_demonym(word)
}

/// An acronym takes the type of the name of the document it spells: "DMA" after "Digital
/// Markets Act" is the law (MISC), not the agency the tagger guesses from its capitals; "OBR"
/// after "Office for Budget Responsibility" the body. The initials are the name's capitalised
/// words'.
fn type_acronyms(doc: &Document, mentions: &mut [Mention]) {
    let mut spelled: std::collections::HashMap<String, EntityKind> = std::collections::HashMap::new();
    for m in mentions.iter() {
        let text = m.span.of(doc.text);
        if !text.contains(' ') {
            continue;
        }
        let initials: String =
            text.split(' ').filter_map(|w| w.chars().next().filter(|c| c.is_ascii_uppercase())).collect();
        if initials.len() >= 2 {
            spelled.entry(initials).or_insert(m.kind);
        }
    }
    if spelled.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        let text = m.span.of(doc.text);
        let acronym = (2..=6).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_uppercase());
        if let Some(&kind) = spelled.get(text).filter(|_| acronym) {
            m.kind = kind;
        }
    }
}

/// "Labour MPs" → `Labour`.
fn leave_members_out(doc: &Document, mentions: &mut [Mention]) {
    for m in mentions.iter_mut().filter(|m| matches!(m.kind, EntityKind::Org | EntityKind::Misc)) {
        let text = m.span.of(doc.text);
        let Some((name, last)) = text.rsplit_once(' ') else { continue };
        if MEMBERS.contains(&last) && is_english(doc, tokens_of(doc, m.span).start) {
            m.span = Span::new(m.span.start, m.span.start + name.trim_end().len());
            m.kind = EntityKind::Org;
        }
    }
}

/// A nationality right before "Parliament" names that parliament: "Scottish Parliament".
fn name_parliaments(doc: &Document, mentions: &mut [Mention]) {
    for m in mentions.iter_mut().filter(|m| m.kind == EntityKind::Misc) {
        let after = &doc.text[m.span.end..];
        let Some(rest) = after.strip_prefix(" Parliament") else { continue };
        if rest.starts_with(char::is_alphanumeric) || !is_english(doc, tokens_of(doc, m.span).start) {
            continue;
        }
        m.span = Span::new(m.span.start, m.span.end + " Parliament".len());
        m.kind = EntityKind::Org;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use EntityKind::{Misc, Org};

    fn run(text: &str, model: &[(&str, EntityKind)]) -> Vec<(String, EntityKind)> {
        crate::ner::run_rule(text, Lang::En, model, |doc, mentions| settle(doc, mentions))
    }

    #[test]
    fn a_short_form_takes_its_full_names_type() {
        let text =
            "Farage's Reform UK leads. A Reform government, said the Conservative Party, and the Conservatives agreed.";
        let got =
            run(text, &[("Reform UK", Org), ("Reform", Misc), ("Conservative Party", Org), ("Conservatives", Misc)]);
        let kinds: Vec<EntityKind> = got.iter().map(|(_, k)| *k).collect();
        assert_eq!(kinds, [Org, Org, Org, Org]);
        // A nationality opening an organisation's name stays one ("British Airways" … "British").
        let text = "British Airways flew. British officials said so.";
        let got = run(text, &[("British Airways", Org), ("British", Misc)]);
        assert_eq!(got[1], ("British".to_string(), Misc));
    }

    #[test]
    fn an_acronym_takes_the_type_of_the_name_it_spells() {
        let text =
            "under the Digital Markets Act. Changes to the DMA came; the OBR and the Office for Budget Responsibility.";
        let model =
            [("Digital Markets Act", Misc), ("DMA", Org), ("OBR", Misc), ("Office for Budget Responsibility", Org)];
        let kinds: Vec<EntityKind> = run(text, &model).into_iter().map(|(_, k)| k).collect();
        assert_eq!(kinds, [Misc, Misc, Org, Org]);
        // An acronym no name of the document spells keeps its type.
        assert_eq!(run("the DMA said.", &[("DMA", Org)]), [("DMA".to_string(), Org)]);
    }

    #[test]
    fn members_are_outside_and_parliaments_are_bodies() {
        let text = "nervous Labour MPs before elections to the Scottish Parliament in May.";
        let got = run(text, &[("Labour MPs", Org), ("Scottish", Misc)]);
        assert_eq!(got, [("Labour".to_string(), Org), ("Scottish Parliament".to_string(), Org)]);
        // A lowercase parliament is any.
        let got = run("the Scottish parliament voted.", &[("Scottish", Misc)]);
        assert_eq!(got, [("Scottish".to_string(), Misc)]);
    }
}
