//! Parties named "حزب" + a noun and its nisba ("حزب القوات اللبنانية", the Lebanese Forces
//! party) go by the noun alone in the rest of the article: "وتأمل القوات في تعزيز كتلتها",
//! "بين القوات من جهة وحزب الله". Alone the noun is an ordinary word (القوات, forces), so only
//! an article that names the party after "حزب" makes it the party, and only where no definite
//! word follows it ("القوات الإسرائيلية" are forces). The blocs of Iraqi and Lebanese news
//! have short names of their own ("الإطار" of "الإطار التنسيقي", "الديمقراطي الكردستاني" of
//! "الحزب الديمقراطي الكردستاني"), taken the same way once the article names the bloc in full.

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::lang::Lang;
use crate::ner::Mention;
use crate::span::Span;
use crate::text::normalize::fold;

/// Blocs and their short names, folded by `fold` when read.
const BLOCS: [(&str, &str); 5] = [
    ("الإطار التنسيقي", "الإطار"),
    ("التيار الوطني الحر", "التيار"),
    ("التيار الصدري", "التيار"),
    ("الحزب الديمقراطي الكردستاني", "الديمقراطي الكردستاني"),
    ("الاتحاد الوطني الكردستاني", "الاتحاد الوطني"),
];

/// Adds the untagged short names of the parties the document names after "حزب" and of the
/// blocs it names in full.
pub fn add(doc: &Document, mentions: &mut Vec<Mention>) {
    let mut short_names: Vec<Vec<String>> =
        mentions.iter().filter_map(|m| short_name(doc, m)).map(|s| vec![s]).collect();
    for (full, short) in BLOCS {
        let full: Vec<String> = full.split(' ').map(fold).collect();
        if mentions.iter().any(|m| m.kind == EntityKind::Org && names(doc, m, &full)) {
            short_names.push(short.split(' ').map(fold).collect());
        }
    }
    short_names.sort();
    short_names.dedup();
    if short_names.is_empty() {
        return;
    }
    let mut found = Vec::new();
    for block in doc.blocks.iter().filter(|b| b.lang == Lang::Ar) {
        for t in block.tokens.clone() {
            let folded = doc.folded(t);
            for short in &short_names {
                let rest = &short[1..];
                let clitic = folded.strip_prefix(['و', 'ف', 'ب', 'ل']).filter(|r| *r == short[0]);
                let end = t + short.len();
                let matches = (folded == short[0] || clitic.is_some())
                    && end <= block.tokens.end
                    && rest.iter().enumerate().all(|(k, w)| {
                        let u = t + 1 + k;
                        doc.folded(u) == w
                            && doc.only_spaces_between(doc.tokens[u - 1].span.end, doc.tokens[u].span.start)
                    });
                if !matches {
                    continue;
                }
                let span = Span::new(doc.tokens[t].span.start, doc.tokens[end - 1].span.end);
                // Free, or only nisbas the tagger read inside it ("الديمقراطي [الكردستاني]").
                let inside = crate::ner::near(mentions, span.start, span.end);
                let covered = inside.iter().any(|m| {
                    m.span.start < span.end
                        && m.span.end > span.start
                        && (m.kind != EntityKind::Misc || m.span.start < span.start || m.span.end > span.end)
                });
                let next_definite = end < block.tokens.end
                    && doc.only_spaces_between(span.end, doc.tokens[end].span.start)
                    && doc.folded(end).starts_with("ال");
                if covered || next_definite {
                    continue;
                }
                let start = span.start + clitic.map_or(0, |_| crate::ner::spans::letters_len(doc.word(t), 1));
                found.push(Mention { span: Span::new(start, span.end), kind: EntityKind::Org });
                break;
            }
        }
    }
    crate::ner::replace_overlapping(mentions, found);
}

/// Whether mention `m` is exactly the folded words `words`, read from the document's folded
/// tokens (no folding per mention: a page may hold thousands).
fn names(doc: &Document, m: &Mention, words: &[String]) -> bool {
    let first = doc.tokens.partition_point(|t| t.span.end <= m.span.start);
    let last = first + words.len();
    // The first word may carry a clitic the mention leaves out ("والحزب").
    let first_word = |w: &str| {
        let folded = doc.folded(first);
        folded == w
            || m.span.start > doc.tokens[first].span.start && folded.strip_prefix(['و', 'ف', 'ب', 'ل']) == Some(w)
    };
    last <= doc.tokens.len()
        && doc.tokens[last - 1].span.end == m.span.end
        && first_word(&words[0])
        && words.iter().enumerate().skip(1).all(|(k, w)| doc.folded(first + k) == w)
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
    if !party {
        return None;
    }
    let (noun, nisba) = m.span.of(doc.text).split_once(' ')?;
    let noun = fold(noun);
    let nisba = fold(nisba);
    let nisba_like = nisba.starts_with("ال") && crate::ner::nisba::has_nisba_ending(&nisba) && !nisba.contains(' ');
    (nisba_like && noun.starts_with("ال") && noun.chars().count() >= 5).then_some(noun)
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
    fn a_bloc_named_in_full_goes_by_its_short_name() {
        let text = "قادة الإطار التنسيقي والحزب الديمقراطي الكردستاني. وقال إن الديمقراطي الكردستاني فاز، ويصر قادة في الإطار على موقفهم.";
        let model = [("الإطار التنسيقي", EntityKind::Org), ("الحزب الديمقراطي الكردستاني", EntityKind::Org)];
        let got: Vec<String> = run(text, &model).into_iter().map(|(n, _)| n).collect();
        assert_eq!(got, ["الإطار التنسيقي", "الحزب الديمقراطي الكردستاني", "الديمقراطي الكردستاني", "الإطار"]);
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
