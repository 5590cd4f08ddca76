//! Parties named "حزب" + a noun and its nisba ("حزب القوات اللبنانية", the Lebanese Forces
//! party) go by the noun alone in the rest of the article: "وتأمل القوات في تعزيز كتلتها",
//! "بين القوات من جهة وحزب الله". Alone the noun is an ordinary word (القوات, forces), so only
//! an article that names the party after "حزب" makes it the party, and only where no definite
//! word follows it ("القوات الإسرائيلية" are forces).

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::lang::Lang;
use crate::ner::Mention;
use crate::span::Span;

/// Adds the untagged short names of the parties the document names after "حزب".
pub fn add(doc: &Document, mentions: &mut Vec<Mention>) {
    let short_names: Vec<String> = mentions.iter().filter_map(|m| short_name(doc, m)).collect();
    if short_names.is_empty() {
        return;
    }
    let mut found = Vec::new();
    for block in doc.blocks.iter().filter(|b| b.lang == Lang::Ar) {
        for t in block.tokens.clone() {
            let folded = doc.folded(t);
            let clitic = folded.strip_prefix(['و', 'ف', 'ب', 'ل']).filter(|rest| short_names.iter().any(|s| s == rest));
            if !short_names.iter().any(|s| s == folded) && clitic.is_none() {
                continue;
            }
            let span = doc.tokens[t].span;
            let covered = crate::ner::near(mentions, span.start, span.end).iter().any(|m| m.span.start < span.end);
            let next_definite = block.tokens.contains(&(t + 1))
                && doc.only_spaces_between(span.end, doc.tokens[t + 1].span.start)
                && doc.folded(t + 1).starts_with("ال");
            if covered || next_definite {
                continue;
            }
            let start = span.start + clitic.map_or(0, |_| crate::ner::spans::letters_len(doc.word(t), 1));
            found.push(Mention { span: Span::new(start, span.end), kind: EntityKind::Org });
        }
    }
    crate::ner::add_mentions(mentions, found);
}

/// The folded noun of a party mention of two words, a definite noun and a nisba, written right
/// after "حزب" (with or without a clitic): "القوات" of "حزب القوات اللبنانية".
fn short_name(doc: &Document, m: &Mention) -> Option<String> {
    if m.kind != EntityKind::Org {
        return None;
    }
    let first = doc.tokens.partition_point(|t| t.span.end <= m.span.start);
    let before = first.checked_sub(1)?;
    let party = doc.folded(before).trim_start_matches(['و', 'ف', 'ب', 'ل']) == "حزب"
        && doc.only_spaces_between(doc.tokens[before].span.end, m.span.start);
    let (noun, nisba) = m.span.of(doc.text).split_once(' ')?;
    let noun = crate::text::normalize::fold(noun);
    let nisba = crate::text::normalize::fold(nisba);
    let nisba_like = nisba.starts_with("ال") && (nisba.ends_with('ي') || nisba.ends_with("يه")) && !nisba.contains(' ');
    (party && nisba_like && noun.starts_with("ال") && noun.chars().count() >= 5).then_some(noun)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, found: &[(&str, EntityKind)]) -> Vec<(String, EntityKind)> {
        crate::ner::run_rule(text, Lang::Ar, found, add)
    }

    #[test]
    fn a_party_named_after_hizb_goes_by_its_noun() {
        let text = "اتهم رئيس حزب القوات اللبنانية الحزب. وتأمل القوات في تعزيز كتلتها بين القوات من جهة وحزب الله.";
        let org = |s: &str| (s.to_string(), EntityKind::Org);
        let got = run(text, &[("القوات اللبنانية", EntityKind::Org), ("حزب الله", EntityKind::Org)]);
        assert_eq!(got, [org("القوات اللبنانية"), org("القوات"), org("القوات"), org("حزب الله")]);
    }

    #[test]
    fn forces_stay_forces() {
        // No party named after حزب; or the noun with a definite word after it.
        let text = "وقالت القوات اللبنانية إن القوات انسحبت.";
        assert_eq!(run(text, &[("القوات اللبنانية", EntityKind::Org)]).len(), 1);
        let text = "رئيس حزب القوات اللبنانية قال إن القوات الإسرائيلية انسحبت.";
        assert_eq!(run(text, &[("القوات اللبنانية", EntityKind::Org)]).len(), 1);
    }
}
