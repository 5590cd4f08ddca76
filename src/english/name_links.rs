//! Names the tagger broke at a lowercase link word:
//! - Arabic names written in English join their parts with "bin", "ibn" or "bint" (son or
//!   daughter of): "Mohammed bin Abdulrahman Al Thani" is one person, which the tagger, having
//!   seen few such names, ends at the link and starts again after it; so do the particles of
//!   Portuguese, Spanish, Dutch and German names ("Andre Correa do Lago", "Ursula von der
//!   Leyen");
//! - an organisation never ends in "of": "Central Bank of" + "the Republic of Turkey" is one;
//!   with no name after it, and on any other name, a last "of" is left out ("Washington of");
//! - a "+" written onto an organisation's name is part of it ("OPEC+", "Disney+", "Canal+"):
//!   the tokenizer splits it off as punctuation.

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::Mention;

const LINKS: [&str; 17] = [
    "bin", "ibn", "bint", "da", "do", "dos", "das", "de", "del", "della", "di", "de la", "van", "van der", "van den",
    "von", "von der",
];

/// Joins two people written "X bin Y" or "X do Y" into one, and an organisation ending in "of" with the
/// name after it.
pub fn join(doc: &Document, mentions: &mut Vec<Mention>) {
    let text = doc.text;
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    for &m in mentions.iter() {
        if let Some(prev) = out.last_mut() {
            let between = &text[prev.span.end.min(m.span.start)..m.span.start];
            let linked = prev.kind == EntityKind::Per
                && m.kind == EntityKind::Per
                && between.len() > 2
                && between.starts_with(' ')
                && between.ends_with(' ')
                && LINKS.contains(&between.trim());
            // "Central Bank of" + "the" + "Republic of Turkey".
            let of = prev.kind == EntityKind::Org
                && text[prev.span.start..prev.span.end].ends_with(" of")
                && (between == " " || between == " the ");
            if linked || of {
                prev.span = crate::span::Span::new(prev.span.start, m.span.end);
                continue;
            }
        }
        out.push(m);
    }
    for m in &mut out {
        if let Some(name) = text[m.span.start..m.span.end].strip_suffix(" of") {
            m.span = crate::span::Span::new(m.span.start, m.span.start + name.trim_end().len());
        }
        let after = &text[m.span.end..];
        let plus = after.starts_with('+') && !after[1..].starts_with(|c: char| c.is_alphanumeric() || c == '+');
        if m.kind == EntityKind::Org && plus && text[m.span.start..m.span.end].ends_with(|c: char| c.is_alphabetic()) {
            m.span = crate::span::Span::new(m.span.start, m.span.end + 1);
        }
    }
    out.retain(|m| !m.span.is_empty());
    *mentions = out;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    fn run(text: &str, people: &[&str]) -> Vec<String> {
        let doc = Document::new(text, None);
        let mut mentions: Vec<Mention> = people
            .iter()
            .map(|p| {
                let at = text.find(p).unwrap();
                Mention { span: Span::new(at, at + p.len()), kind: EntityKind::Per }
            })
            .collect();
        join(&doc, &mut mentions);
        mentions.iter().map(|m| m.span.of(text).to_string()).collect()
    }

    #[test]
    fn people_joined_by_bin_are_one() {
        let text = "Sheikh Mohammed bin Abdulrahman Al Thani said";
        assert_eq!(run(text, &["Mohammed", "Abdulrahman Al Thani"]), ["Mohammed bin Abdulrahman Al Thani"]);
        let text = "COP30 president Andre Correa do Lago and Ursula von der Leyen spoke.";
        let got = run(text, &["Andre Correa", "Lago", "Ursula", "Leyen"]);
        assert_eq!(got, ["Andre Correa do Lago", "Ursula von der Leyen"]);
        // Not across other words.
        let text = "Mohammed met Abdulrahman";
        assert_eq!(run(text, &["Mohammed", "Abdulrahman"]), ["Mohammed", "Abdulrahman"]);
    }

    #[test]
    fn an_organisation_ending_in_of_takes_the_name_after_it() {
        let text = "The Central Bank of the Republic of Turkey raised rates.";
        let doc = Document::new(text, None);
        let at = |s: &str| text.find(s).unwrap();
        let mut mentions = vec![
            Mention { span: Span::new(at("Central"), at("Central") + "Central Bank of".len()), kind: EntityKind::Org },
            Mention {
                span: Span::new(at("Republic"), at("Republic") + "Republic of Turkey".len()),
                kind: EntityKind::Loc,
            },
        ];
        join(&doc, &mut mentions);
        let got: Vec<(&str, EntityKind)> = mentions.iter().map(|m| (m.span.of(text), m.kind)).collect();
        assert_eq!(got, [("Central Bank of the Republic of Turkey", EntityKind::Org)]);
        // With no name after it, the "of" is left out.
        let text = "accused the coalition and Washington of \"strangling Yemen\"";
        let doc = Document::new(text, None);
        let at = text.find("Washington").unwrap();
        let mut mentions = vec![Mention { span: Span::new(at, at + "Washington of".len()), kind: EntityKind::Loc }];
        join(&doc, &mut mentions);
        assert_eq!(mentions[0].span.of(text), "Washington");
    }

    #[test]
    fn a_plus_on_an_organisation_is_its_own() {
        let text = "OPEC+ and OPEC agreed; 3+4 is no name, nor is OPEC+5.";
        let doc = Document::new(text, None);
        let mut mentions: Vec<Mention> = text
            .match_indices("OPEC")
            .map(|(at, _)| Mention { span: Span::new(at, at + 4), kind: EntityKind::Org })
            .collect();
        join(&doc, &mut mentions);
        let got: Vec<&str> = mentions.iter().map(|m| m.span.of(text)).collect();
        assert_eq!(got, ["OPEC+", "OPEC", "OPEC"]);
    }
}
