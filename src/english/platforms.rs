//! "X", the social network, is one capital letter: the tagger, which never saw it, leaves it
//! untagged, and the curated list cannot hold it (the letter names too much else). It is the
//! platform where a post is placed on it ("wrote on X", "a post on X") or where it is
//! introduced as such ("X, formerly Twitter").

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::Mention;

/// Words before "on X" that say a post was placed there.
const POSTING: [&str; 14] = [
    "posted",
    "wrote",
    "said",
    "says",
    "post",
    "posts",
    "posting",
    "statement",
    "message",
    "account",
    "shared",
    "video",
    "comments",
    "writing",
];

/// Marks "X" as an organisation where the words around it say it is the platform.
pub fn mark(doc: &Document, mentions: &mut Vec<Mention>) {
    let word = |t: usize| doc.tokens.get(t).map_or("", |tok| tok.span.of(doc.text));
    let mut found = Vec::new();
    for t in 2..doc.tokens.len() {
        // The tokenizer reads a sentence's last "X." as an initial.
        if !matches!(word(t), "X" | "X.") || !super::is_english(doc, t) {
            continue;
        }
        let posted = word(t - 1) == "on" && POSTING.contains(&word(t - 2).to_ascii_lowercase().as_str());
        let formerly = word(t + 1) == "," && word(t + 2) == "formerly";
        let span = crate::span::Span::new(doc.tokens[t].span.start, doc.tokens[t].span.start + 1);
        let covered = crate::ner::near(mentions, span.start, span.end)
            .iter()
            .any(|m| m.span.start < span.end && span.start < m.span.end);
        if (posted || formerly) && !covered {
            found.push(Mention { span, kind: EntityKind::Org });
        }
    }
    crate::ner::add_mentions(mentions, found);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn x_is_the_platform_only_where_a_post_is_placed_on_it() {
        let text = "Kishor wrote on X that the count was rigged. X, formerly Twitter, removed it. Let X be a number. \
                    Gandhi wrote on X.";
        let got = crate::ner::run_rule(text, Lang::En, &[], mark);
        assert_eq!(got, vec![("X".to_string(), EntityKind::Org); 3]);
    }
}
