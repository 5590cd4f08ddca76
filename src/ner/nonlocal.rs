//! Stage-2 ("stacked") features: what stage 1 said about this token, its neighbours, and
//! the other occurrences of the same word in the document. A name tagged confidently in
//! one sentence ("President Obama") then helps an ambiguous repeat ("OBAMA", "Obama said").

use super::features::Features;
use super::labels::{kind_of, LABELS};
use crate::hash::{Fnv, HashKeyMap};

const STACK_LABEL: u8 = 60;
const STACK_AT: u8 = 61;
const OTHERS_TYPE: u8 = 62;
const OTHERS_RATIO: u8 = 63;

/// Per word key: how often stage 1 gave each type, and how often the word occurs.
#[derive(Debug, Default)]
pub struct DocStats {
    counts: HashKeyMap<[u32; 5]>,
}

impl DocStats {
    pub fn new(words: &[(u64, bool)], labels: &[u8]) -> DocStats {
        let mut counts = HashKeyMap::<[u32; 5]>::default();
        for (&(key, _), &label) in words.iter().zip(labels) {
            let c = counts.entry(key).or_default();
            if let Some(kind) = kind_of(label) {
                c[kind as usize] += 1;
            }
            c[4] += 1;
        }
        DocStats { counts }
    }

    /// The counts over the word's other occurrences (this one taken out).
    fn others(&self, key: u64, label: u8) -> [u32; 5] {
        let mut c = self.counts.get(&key).copied().unwrap_or_default();
        if let Some(kind) = kind_of(label) {
            c[kind as usize] = c[kind as usize].saturating_sub(1);
        }
        c[4] = c[4].saturating_sub(1);
        c
    }
}

fn bucket(n: u32) -> u8 {
    match n {
        0 => 0,
        1 => 1,
        2..=3 => 2,
        _ => 3,
    }
}

/// Writes into `out` the sentence's stage-1 features with the stacked ones appended.
/// `words` and `labels` are this sentence's word keys and stage-1 labels.
pub fn stack(base: &Features, words: &[(u64, bool)], labels: &[u8], stats: &DocStats, out: &mut Features) {
    out.keys.clear();
    out.starts.clear();
    out.starts.push(0);
    let n = base.len();
    for i in 0..n {
        out.keys.extend_from_slice(base.token(i));
        let mut push = |h: Fnv| out.keys.push(h.key());
        let (key, cap) = words[i];
        push(Fnv::template(STACK_LABEL).byte(labels[i]));
        let left = if i == 0 { LABELS as u8 } else { labels[i - 1] };
        let right = if i + 1 == n { LABELS as u8 } else { labels[i + 1] };
        push(Fnv::template(STACK_AT).byte(0).byte(left));
        push(Fnv::template(STACK_AT).byte(1).byte(right));
        push(Fnv::template(STACK_AT).byte(2).byte(left).byte(labels[i]).byte(right));
        let c = stats.others(key, labels[i]);
        let entity: u32 = c[..4].iter().sum();
        if c[4] > 0 {
            let ratio = if entity == 0 {
                0
            } else if entity * 2 < c[4] {
                1
            } else {
                2
            };
            push(Fnv::template(OTHERS_RATIO).byte(ratio).byte(cap as u8));
        }
        if entity > 0 {
            let best = (0..4).max_by_key(|&k| (c[k], std::cmp::Reverse(k))).unwrap_or(0);
            push(Fnv::template(OTHERS_TYPE).byte(best as u8).byte(bucket(c[best])).byte(cap as u8));
            push(Fnv::template(OTHERS_TYPE).byte(best as u8).byte(labels[i]));
        }
        out.starts.push(out.keys.len() as u32);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotations::EntityKind::*;
    use crate::ner::labels::begin;

    #[test]
    fn counts_other_occurrences_only() {
        let words = [(1, true), (2, false), (1, true)];
        let labels = [begin(Per), 0, 0];
        let stats = DocStats::new(&words, &labels);
        assert_eq!(stats.others(1, begin(Per)), [0, 0, 0, 0, 1], "its own PER is taken out");
        assert_eq!(stats.others(1, 0), [1, 0, 0, 0, 1], "the repeat sees the PER");
        let base = Features { keys: vec![10, 11, 12], starts: vec![0, 1, 2, 3] };
        let mut out = Features::default();
        stack(&base, &words, &labels, &stats, &mut out);
        assert_eq!(out.len(), 3);
        assert_eq!(out.token(2)[0], 12, "base features first");
        let type_key = Fnv::template(OTHERS_TYPE).byte(0).byte(1).byte(1).key();
        assert!(out.token(2).contains(&type_key));
        assert!(!out.token(1).contains(&type_key));
    }
}
