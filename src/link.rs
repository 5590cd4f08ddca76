//! Mention linking: mentions of one entity grouped into a cluster with a canonical name.
//!
//! Two mentions corefer when they have the same type family and the shorter one's words
//! are a contiguous part of the longer one's (after folding): "الكاظمي" ⊂ "مصطفى الكاظمي",
//! "Obama" ⊂ "Barack Obama". A short name that fits several longer ones is left alone
//! rather than guessed. The canonical name is the longest mention.

use std::collections::HashMap;

use crate::annotations::{Cluster, Entity, EntityKind};
use crate::document::Document;
use crate::ner::Mention;
use crate::text::normalize::fold;

fn folded_words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c == '-').filter(|w| !w.is_empty()).map(fold).collect()
}

/// Whether `short` appears as consecutive words in `long` (a person's surname in their
/// full name; an organisation's short form).
fn is_part_of(short: &[String], long: &[String]) -> bool {
    !short.is_empty() && short.len() <= long.len() && long.windows(short.len()).any(|w| w == short)
}

/// Groups mentions into clusters. Entities keep the mentions' order; cluster ids are in
/// order of first mention. Linear in the number of mentions times their length in words.
pub fn cluster(doc: &Document, mentions: &[Mention]) -> (Vec<Entity>, Vec<Cluster>) {
    // Distinct (kind, folded words) keys, and each mention's key.
    let mut key_ids: HashMap<(EntityKind, Vec<String>), usize> = HashMap::new();
    let mut keys: Vec<(EntityKind, Vec<String>)> = Vec::new();
    let mention_keys: Vec<usize> = mentions
        .iter()
        .map(|m| {
            let key = (m.kind, folded_words(m.span.of(doc.text)));
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
    let mut parent: Vec<usize> = (0..keys.len()).collect();
    let mut full_forms_by_word: HashMap<(EntityKind, &str), Vec<usize>> = HashMap::new();
    for &k in &order {
        let (kind, short) = (&keys[k].0, &keys[k].1);
        let mut fits = short
            .first()
            .and_then(|w| full_forms_by_word.get(&(*kind, w.as_str())))
            .into_iter()
            .flatten()
            .filter(|&&j| keys[j].1.len() > short.len() && is_part_of(short, &keys[j].1));
        match (fits.next(), fits.next()) {
            // Exactly one full form fits: the short form is that entity.
            (Some(&only), None) => parent[k] = only,
            // Several fit ("Obama" with Barack and Michelle): do not guess. None: a full form.
            (Some(_), Some(_)) => {}
            (None, _) => {
                for w in short {
                    let list = full_forms_by_word.entry((*kind, w.as_str())).or_default();
                    if !list.contains(&k) {
                        list.push(k);
                    }
                }
            }
        }
    }
    let mut cluster_of_key: Vec<Option<usize>> = vec![None; keys.len()];
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut entities = Vec::with_capacity(mentions.len());
    for (m, &key) in mentions.iter().zip(&mention_keys) {
        let id = *cluster_of_key[parent[key]].get_or_insert_with(|| {
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
    use crate::span::Span;

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

    #[test]
    fn links_short_forms_to_full_names() {
        use EntityKind::*;
        let text = "Barack Obama met Michelle Obama. Obama said. مصطفى الكاظمي ثم الكاظمي";
        let m = mentions(
            text,
            &[("Barack Obama", Per), ("Michelle Obama", Per), ("Obama", Per), ("مصطفى الكاظمي", Per), ("الكاظمي", Per)],
        );
        let doc = Document::new(text, None);
        let (entities, clusters) = cluster(&doc, &m);
        let ids: Vec<usize> = entities.iter().map(|e| e.cluster).collect();
        // "Obama" fits two full names: not guessed, its own cluster.
        assert_eq!(ids, [0, 1, 2, 3, 3]);
        assert_eq!(clusters[3].name, "مصطفى الكاظمي");
        assert_eq!(clusters[3].mentions, 2);
    }

    #[test]
    fn types_do_not_mix() {
        use EntityKind::*;
        let text = "العراق and العراق";
        let m = mentions(text, &[("العراق", Loc), ("العراق", Org)]);
        let (_, clusters) = cluster(&Document::new(text, None), &m);
        assert_eq!(clusters.len(), 2);
    }
}
