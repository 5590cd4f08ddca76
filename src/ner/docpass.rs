//! The document-level second pass: a name the tagger found once informs its other
//! mentions. An occurrence of the same folded word sequence left entirely as O gets the
//! type most often given to that sequence elsewhere in the document.

use std::collections::HashMap;

use super::arabic;
use super::gazetteer::phrase_hash;
use super::hash::Fnv;
use super::labels::{begin, chunks, inside, O};
use crate::annotations::EntityKind;
use crate::lang::Lang;
use crate::text::normalize::fold;

/// Longest name, in words, that is propagated.
const MAX_WORDS: usize = 5;

/// Folded words, with an Arabic first word's sure clitics removed ("والعراق" → "العراق").
fn key_words(lang: Lang, words: &[&str]) -> Vec<String> {
    words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let f = fold(w);
            if lang == Lang::Ar && i == 0 {
                let p = arabic::prefixes(&f);
                f[p.clitic..].to_string()
            } else {
                f
            }
        })
        .collect()
}

/// Whether a word may carry a propagated name: English names are capitalised, and very
/// short words are too ambiguous.
fn can_start(lang: Lang, word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    match lang {
        Lang::En => word.starts_with(char::is_uppercase) && letters >= 2,
        _ => letters >= 3,
    }
}

/// Relabels, in place, O runs that repeat a name tagged elsewhere in `words`.
pub fn apply(lang: Lang, words: &[&str], labels: &mut [u8]) {
    debug_assert_eq!(words.len(), labels.len());
    let found = chunks(labels);
    if found.is_empty() {
        return;
    }
    let mut votes: HashMap<u64, [u32; 4]> = HashMap::new();
    let mut longest = 0;
    for &(start, end, kind) in &found {
        if end - start > MAX_WORDS {
            continue;
        }
        let key = key_words(lang, &words[start..end]);
        votes.entry(phrase_hash(key.iter().map(String::as_str)).value()).or_default()[kind as usize] += 1;
        longest = longest.max(end - start);
    }
    let majority: HashMap<u64, EntityKind> = votes
        .into_iter()
        .map(|(k, v)| {
            let best = (0..4).max_by_key(|&i| (v[i], std::cmp::Reverse(i))).unwrap_or(0);
            (k, EntityKind::ALL[best])
        })
        .collect();
    let folded: Vec<String> = words.iter().map(|w| fold(w)).collect();
    let mut i = 0;
    while i < words.len() {
        if labels[i] != O || !can_start(lang, words[i]) {
            i += 1;
            continue;
        }
        let first = key_words(lang, &words[i..i + 1]).pop().unwrap_or_default();
        let mut h = Fnv::new().str(&first);
        let mut hit = None;
        for j in i..words.len().min(i + longest) {
            if labels[j] != O {
                break;
            }
            if j > i {
                h = h.sep().str(&folded[j]);
            }
            if let Some(&kind) = majority.get(&h.value()) {
                hit = Some((j + 1, kind));
            }
        }
        match hit {
            Some((end, kind)) => {
                // The run was all O, so the label after it cannot be an I continuing it.
                labels[i] = begin(kind);
                for l in &mut labels[i + 1..end] {
                    *l = inside(kind);
                }
                i = end;
            }
            None => i += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityKind::*;

    #[test]
    fn spreads_a_tagged_name_to_untagged_repeats() {
        let words = ["Barack", "Obama", "met", "Clinton", ".", "Barack", "Obama", "left", "obama"];
        let mut labels = [begin(Per), inside(Per), 0, begin(Per), 0, 0, 0, 0, 0];
        apply(Lang::En, &words, &mut labels);
        assert_eq!(labels, [1, 2, 0, 1, 0, 1, 2, 0, 0], "lowercase 'obama' is left alone");
    }

    #[test]
    fn arabic_repeats_match_across_clitics() {
        let words = ["زار", "العراق", "ثم", "والعراق", "و", "العراق"];
        let mut labels = [0, begin(Loc), 0, 0, 0, 0];
        apply(Lang::Ar, &words, &mut labels);
        assert_eq!(labels, [0, begin(Loc), 0, begin(Loc), 0, begin(Loc)]);
    }

    #[test]
    fn majority_type_wins_and_nothing_found_changes_nothing() {
        let words = ["Jordan", "x", "Jordan", "y", "Jordan", "z", "Jordan"];
        let mut labels = [begin(Loc), 0, begin(Loc), 0, begin(Per), 0, 0];
        apply(Lang::En, &words, &mut labels);
        assert_eq!(labels[6], begin(Loc));
        let mut none = [0u8; 3];
        apply(Lang::En, &["a", "b", "c"], &mut none);
        assert_eq!(none, [0, 0, 0]);
    }
}
