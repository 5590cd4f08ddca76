//! A name joined to a participle ("Iran-backed", "Saudi-led", "Houthi-run"): the tokenizer
//! keeps the compound whole, as CoNLL does, and the model, trained on CoNLL, calls it MISC. The
//! guidelines split hyphenated compounds into their parts, and "-backed" is no name: the name
//! is the part before the hyphen, with its own type ("Iran" a place, "Saudi" a nationality,
//! "Houthi" the group). What a thing is "-based" in is a place, listed or not ("Geneva-based").

use super::{gazetteer, gazetteer_kind, is_english};
use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::Mention;
use crate::span::Span;
use crate::text::normalize::fold;

/// The name of "Name-participle", or None. A participle, not a name's second part: "Roh
/// Tae-woo" stays whole. "-language" and "-speaking" make adjectives the same way
/// ("Arabic-language films").
fn name_before_participle(whole: &str) -> Option<&str> {
    let (name, tail) = whole.rsplit_once('-')?;
    let participle = tail.chars().all(|c| c.is_ascii_lowercase())
        && (tail.len() > 3 && tail.ends_with("ed")
            || ["run", "led", "born", "held", "built", "made", "language", "speaking"].contains(&tail));
    let named = name.starts_with(char::is_uppercase) && !name.ends_with(char::is_whitespace);
    (participle && named).then_some(name)
}

/// Trims every English mention written "Name-participle" to its name, and types the name; an
/// untagged compound whose name the lists or the rest of the document know is added
/// ("Qatar-mediated talks").
pub fn split(doc: &Document, mentions: &mut Vec<Mention>) {
    let text = doc.text;
    split_leading(doc, mentions);
    for i in 0..mentions.len() {
        let m = mentions[i];
        let Some(name) = name_before_participle(m.span.of(text)) else { continue };
        let first = doc.tokens.partition_point(|t| t.span.end <= m.span.start);
        if m.kind == EntityKind::Per || !is_english(doc, first) {
            continue;
        }
        let span = Span::new(m.span.start, m.span.start + name.len());
        // What a thing is based in is a place ("Geneva-based"), listed or not.
        let based = is_based(m.span.of(text));
        let fallback = if based { EntityKind::Loc } else { m.kind };
        let kind = kind_of(doc, mentions, usize::MAX, name).unwrap_or(fallback);
        mentions[i] = Mention { span, kind };
    }
    let mut added = Vec::new();
    for (t, token) in doc.tokens.iter().enumerate() {
        let Some(name) = name_before_participle(token.span.of(text)) else { continue };
        let covered = crate::ner::near(mentions, token.span.start, token.span.end)
            .iter()
            .any(|m| m.span.start < token.span.end && m.span.end > token.span.start);
        if covered || token.kind != crate::text::TokenKind::Word || !is_english(doc, t) {
            continue;
        }
        let based_in = is_based(token.span.of(text)) && is_capitalised_word(name);
        if let Some(kind) = kind_of(doc, mentions, usize::MAX, name).or(based_in.then_some(EntityKind::Loc)) {
            added.push(Mention { span: Span::new(token.span.start, token.span.start + name.len()), kind });
        }
    }
    crate::ner::add_mentions(mentions, added);
}

/// Whether a compound says where a thing is based ("Geneva-based").
fn is_based(compound: &str) -> bool {
    compound.ends_with("-based")
}

/// "Geneva", not "AI" or "US" (which the lists know when they are names).
fn is_capitalised_word(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(char::is_uppercase) && name.chars().count() >= 3 && chars.all(char::is_lowercase)
}

/// A mention that opens with a compound and goes on ("Geneva-based MSC", "Dubai-based DP
/// World"), which the tagger read as one name, is two: the compound (trimmed below) and the
/// name after it, typed as the document or the lists know it, else a company after "-based"
/// and the tagger's type otherwise.
fn split_leading(doc: &Document, mentions: &mut Vec<Mention>) {
    let text = doc.text;
    let mut added = Vec::new();
    for i in 0..mentions.len() {
        let m = mentions[i];
        let Some((first, rest)) = m.span.of(text).split_once(' ') else { continue };
        if name_before_participle(first).is_none() {
            continue;
        }
        let t = doc.tokens.partition_point(|tok| tok.span.end <= m.span.start);
        if m.kind == EntityKind::Per || !rest.starts_with(char::is_uppercase) || !is_english(doc, t) {
            continue;
        }
        let rest_span = Span::new(m.span.end - rest.len(), m.span.end);
        let based = is_based(first);
        let kind = kind_of(doc, mentions, i, rest).unwrap_or(if based { EntityKind::Org } else { m.kind });
        mentions[i].span = Span::new(m.span.start, m.span.start + first.len());
        added.push(Mention { span: rest_span, kind });
    }
    crate::ner::add_mentions(mentions, added);
}

/// The name's type: as the document calls it elsewhere, else as the name lists do, else a
/// nationality by its ending ("Saudi", "Yemeni", "Iranian").
fn kind_of(doc: &Document, mentions: &[Mention], skip: usize, name: &str) -> Option<EntityKind> {
    let elsewhere = mentions.iter().enumerate().find(|&(j, n)| j != skip && n.span.of(doc.text) == name);
    if let Some((_, n)) = elsewhere {
        return Some(n.kind);
    }
    let key = name.split_whitespace().map(fold).collect::<Vec<_>>().join(" ");
    if let Some(kind) = gazetteer(doc).and_then(|g| gazetteer_kind(g, &key)) {
        return Some(kind);
    }
    if crate::names::is_english_demonym(name) {
        return Some(EntityKind::Misc);
    }
    (!name.contains(' ') && crate::ner::spans::is_demonym_shaped(name)).then_some(EntityKind::Misc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn run(text: &str, found: &[(&str, EntityKind)]) -> Vec<(String, EntityKind)> {
        crate::ner::run_rule(text, Lang::En, found, split)
    }

    #[test]
    fn the_name_before_a_participle_is_kept_with_its_own_type() {
        let text = "The Houthis attacked a ship. The Saudi-led coalition and Houthi-run television \
                    both blamed Iran-backed groups.";
        let got = run(
            text,
            &[
                ("Houthis", EntityKind::Org),
                ("Saudi-led", EntityKind::Misc),
                ("Houthi-run", EntityKind::Misc),
                ("Iran-backed", EntityKind::Misc),
            ],
        );
        assert_eq!(got[1], ("Saudi".to_string(), EntityKind::Misc));
        assert_eq!(got[2].0, "Houthi");
        assert_eq!(got[3], ("Iran".to_string(), EntityKind::Loc));
        // A name after the compound is a name of its own.
        let text = "Geneva-based MSC and the Dubai-based DP World said.";
        let got = run(text, &[("Geneva-based MSC", EntityKind::Misc), ("Dubai-based DP World", EntityKind::Misc)]);
        let want = [
            ("Geneva", EntityKind::Loc),
            ("MSC", EntityKind::Org),
            ("Dubai", EntityKind::Loc),
            ("DP World", EntityKind::Org),
        ];
        assert_eq!(got, want.map(|(n, k)| (n.to_string(), k)));
        // Untagged, what a thing is based in is a place.
        let text = "The Geneva-based group and AI-based tools.";
        assert_eq!(run(text, &[]), [("Geneva".to_string(), EntityKind::Loc)]);
        let text = "Three Arabic-language films won.";
        assert_eq!(run(text, &[("Arabic-language", EntityKind::Misc)]), [("Arabic".to_string(), EntityKind::Misc)]);
        // Untagged, a compound whose name the document knows is added.
        let text = "Qatar hosted the Qatar-mediated talks.";
        assert_eq!(
            run(text, &[("Qatar", EntityKind::Loc)]),
            [("Qatar".to_string(), EntityKind::Loc), ("Qatar".to_string(), EntityKind::Loc)]
        );
    }

    #[test]
    fn names_with_hyphens_of_their_own_stay_whole() {
        let text = "Rolls-Royce and Hennis-Plasschaert met al-Sudani and Kim Dae-jung in the Asia-Pacific.";
        let found = [
            ("Rolls-Royce", EntityKind::Org),
            ("Hennis-Plasschaert", EntityKind::Per),
            ("al-Sudani", EntityKind::Per),
            ("Kim Dae-jung", EntityKind::Per),
            ("Asia-Pacific", EntityKind::Loc),
        ];
        let got = run(text, &found);
        let expected: Vec<(String, EntityKind)> = found.iter().map(|&(s, k)| (s.to_string(), k)).collect();
        assert_eq!(got, expected);
    }
}
