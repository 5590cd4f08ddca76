//! Arabic names written in English join their parts with "bin", "ibn" or "bint" (son or
//! daughter of): "Mohammed bin Abdulrahman Al Thani" is one person. The tagger, which has seen
//! few such names, ends one person at the lowercase link and starts another after it.

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::Mention;

const LINKS: [&str; 3] = ["bin", "ibn", "bint"];

/// Joins two people written "X bin Y" into one.
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
            if linked {
                prev.span = crate::span::Span::new(prev.span.start, m.span.end);
                continue;
            }
        }
        out.push(m);
    }
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
        // Not across other words.
        let text = "Mohammed met Abdulrahman";
        assert_eq!(run(text, &["Mohammed", "Abdulrahman"]), ["Mohammed", "Abdulrahman"]);
    }
}
