//! Mention linking: mentions of one entity grouped into a cluster with a canonical name.
//!
//! Two mentions corefer when they have the same type and the shorter one's words are a
//! contiguous part of the longer one's (after folding): "الكاظمي" ⊂ "مصطفى الكاظمي",
//! "Obama" ⊂ "Barack Obama" (and "Mr Obama", whose title is outside the span). A short
//! name that fits several full names ("Obama" with Barack and Michelle) goes, mention by
//! mention, to the full name mentioned most recently before it (or, failing that, the
//! first one after it). The canonical name is the longest mention.

use std::collections::HashMap;

use crate::annotations::{Cluster, Entity, EntityKind};
use crate::document::Document;
use crate::ner::Mention;
use crate::span::Span;
use crate::text::normalize::fold;

/// The folded words of a mention. A span cut after the clitic ل of "للعراق" reads
/// "لعراق"; its key restores the article's alif so it links with "العراق".
fn folded_words(doc: &Document, span: Span, kind: EntityKind) -> Vec<String> {
    let text = span.of(doc.text);
    let mut words: Vec<String> =
        text.split(|c: char| c.is_whitespace() || c == '-').filter(|w| !w.is_empty()).map(fold).collect();
    let cut_after_lam = doc.text[..span.start].ends_with('ل');
    if let Some(first) = words.first_mut() {
        if cut_after_lam && first.starts_with('ل') {
            first.insert(0, 'ا');
        }
    }
    // One-word Arabic nisbas link by their root: الأمريكية، أمريكي، الأمريكيين.
    if kind == EntityKind::Misc && words.len() == 1 {
        let p = crate::ner::arabic::prefixes(&words[0]);
        if let Some((_, root)) = crate::ner::arabic::nisba(&words[0][p.stem..]) {
            words[0] = format!("nisba:{root}");
        }
    }
    words
}

/// Whether `short` appears as consecutive words in `long` (a person's surname in their
/// full name; an organisation's short form).
fn is_part_of(short: &[String], long: &[String]) -> bool {
    !short.is_empty() && short.len() <= long.len() && long.windows(short.len()).any(|w| w == short)
}

type Key = (EntityKind, Vec<String>);

/// Full names a short form is compared with, at most: keeps a pathological page (thousands
/// of distinct names sharing one word) linear.
const MAX_CANDIDATES: usize = 64;

/// Groups mentions into clusters. Entities keep the mentions' order; cluster ids are in
/// order of first mention. Linear in the number of mentions times their length in words
/// (times the few full names an ambiguous short form fits).
pub fn cluster(doc: &Document, mentions: &[Mention]) -> (Vec<Entity>, Vec<Cluster>) {
    // Distinct (kind, folded words) keys, and each mention's key.
    let mut key_ids: HashMap<Key, usize> = HashMap::new();
    let mut keys: Vec<Key> = Vec::new();
    let mention_keys: Vec<usize> = mentions
        .iter()
        .map(|m| {
            let key = (m.kind, folded_words(doc, m.span, m.kind));
            *key_ids.entry(key.clone()).or_insert_with(|| {
                keys.push(key);
                keys.len() - 1
            })
        })
        .collect();
    // Longest first, so every short form meets the full forms it may belong to; full
    // forms are indexed by every word, so a short form finds them by its first word.
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by_key(|&k| std::cmp::Reverse(keys[k].1.len()));
    // `fits[k]`: the full forms key k is part of (empty: k is a full form itself).
    let mut fits: Vec<Vec<usize>> = vec![Vec::new(); keys.len()];
    let mut full_forms_by_word: HashMap<(EntityKind, &str), Vec<usize>> = HashMap::new();
    for &k in &order {
        let (kind, short) = (&keys[k].0, &keys[k].1);
        let found: Vec<usize> = short
            .first()
            .and_then(|w| full_forms_by_word.get(&(*kind, w.as_str())))
            .into_iter()
            .flatten()
            .take(MAX_CANDIDATES)
            .copied()
            .filter(|&j| keys[j].1.len() > short.len() && is_part_of(short, &keys[j].1))
            .collect();
        if found.is_empty() {
            for w in short {
                let list = full_forms_by_word.entry((*kind, w.as_str())).or_default();
                if !list.contains(&k) {
                    list.push(k);
                }
            }
        }
        fits[k] = found;
    }
    // Which full form each mention belongs to: its own key, the one full form it fits, or
    // for an ambiguous short form the nearest full form mentioned before it.
    let mut last_seen: Vec<Option<usize>> = vec![None; keys.len()];
    let mut first_seen: Vec<Option<usize>> = vec![None; keys.len()];
    for (i, &k) in mention_keys.iter().enumerate() {
        first_seen[k].get_or_insert(i);
    }
    let mut roots = Vec::with_capacity(mentions.len());
    for (i, &k) in mention_keys.iter().enumerate() {
        let root = match fits[k].as_slice() {
            [] => k,
            [only] => *only,
            several => {
                several.iter().copied().max_by_key(|&j| (last_seen[j], std::cmp::Reverse(first_seen[j]))).unwrap_or(k)
            }
        };
        last_seen[k] = Some(i);
        if root != k {
            last_seen[root] = Some(i);
        }
        roots.push(root);
    }
    let mut cluster_of_key: Vec<Option<usize>> = vec![None; keys.len()];
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut entities = Vec::with_capacity(mentions.len());
    for (m, &root) in mentions.iter().zip(&roots) {
        let id = *cluster_of_key[root].get_or_insert_with(|| {
            clusters.push(Cluster { id: clusters.len(), kind: m.kind, name: String::new(), mentions: 0 });
            clusters.len() - 1
        });
        let cluster = &mut clusters[id];
        cluster.mentions += 1;
        let name = m.span.of(doc.text);
        if name.chars().count() > cluster.name.chars().count() {
            cluster.name = name.to_string();
        }
        entities.push(Entity { span: m.span, kind: m.kind, cluster: id });
    }
    (entities, clusters)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mentions(text: &str, names: &[(&str, EntityKind)]) -> Vec<Mention> {
        let mut from = 0;
        names
            .iter()
            .map(|(name, kind)| {
                let start = from + text[from..].find(name).expect("name in text");
                from = start + name.len();
                Mention { span: Span::new(start, from), kind: *kind }
            })
            .collect()
    }

    fn ids(text: &str, names: &[(&str, EntityKind)]) -> (Vec<usize>, Vec<Cluster>) {
        let doc = Document::new(text, None);
        let (entities, clusters) = cluster(&doc, &mentions(text, names));
        (entities.iter().map(|e| e.cluster).collect(), clusters)
    }

    #[test]
    fn links_short_forms_to_full_names() {
        use EntityKind::*;
        let text = "Barack Obama spoke. Mr Obama left. مصطفى الكاظمي ثم الكاظمي";
        let (ids, clusters) =
            ids(text, &[("Barack Obama", Per), ("Obama", Per), ("مصطفى الكاظمي", Per), ("الكاظمي", Per)]);
        assert_eq!(ids, [0, 0, 1, 1]);
        assert_eq!(clusters[0].name, "Barack Obama");
        assert_eq!(clusters[1].name, "مصطفى الكاظمي");
        assert_eq!(clusters[1].mentions, 2);
    }

    #[test]
    fn an_ambiguous_short_form_goes_to_the_nearest_full_name_before_it() {
        use EntityKind::*;
        let text = "Obama. Barack Obama met Michelle Obama. Obama said. Barack Obama nodded. Obama left.";
        let names = [
            ("Obama", Per),
            ("Barack Obama", Per),
            ("Michelle Obama", Per),
            ("Obama", Per),
            ("Barack Obama", Per),
            ("Obama", Per),
        ];
        let (ids, clusters) = ids(text, &names);
        // The first "Obama" precedes both: it goes to the full name mentioned first.
        assert_eq!(ids, [0, 0, 1, 1, 0, 0]);
        assert_eq!(clusters.len(), 2);
    }

    #[test]
    fn elided_article_and_types() {
        use EntityKind::*;
        let text = "العراق وللعراق";
        let doc = Document::new(text, None);
        let start = text.rfind("لعراق").unwrap();
        let m = [
            Mention { span: Span::new(0, "العراق".len()), kind: Loc },
            Mention { span: Span::new(start, text.len()), kind: Loc },
        ];
        assert_eq!(m[1].span.of(text), "لعراق");
        let (entities, clusters) = cluster(&doc, &m);
        assert_eq!(entities[1].cluster, 0);
        assert_eq!(clusters[0].mentions, 2);
        let (nisba, _) = ids("الأمريكية أمريكي الأمريكيين", &[("الأمريكية", Misc), ("أمريكي", Misc), ("الأمريكيين", Misc)]);
        assert_eq!(nisba, [0, 0, 0], "nisbas of one root link");
        let (_, clusters) = ids("العراق and العراق", &[("العراق", Loc), ("العراق", Org)]);
        assert_eq!(clusters.len(), 2, "types do not mix");
    }
}
