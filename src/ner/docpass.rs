//! The document-level second pass: a name the tagger found once informs its other
//! mentions. An occurrence of the same folded word sequence left entirely as O gets the
//! type most often given to that sequence elsewhere in the document, and a chunk that is
//! part of a longer name tagged elsewhere ("برس" where "أسوشيتد برس" was found) grows to it
//! when the words around it are untagged.

use super::arabic;
use super::labels::{begin, chunks, inside, O};
use crate::annotations::EntityKind;
use crate::hash::{Fnv, HashKeyMap};
use crate::lang::Lang;
use crate::text::normalize::fold_into;

/// Longest name, in words, that is propagated.
const MAX_WORDS: usize = 5;

/// Per word: the hash of its folded form, of its folded form without sure Arabic clitics
/// (what a name's first word is keyed by: "والعراق" → "العراق"), and of the restored article
/// after ل ([`first_word_hashes`]).
fn word_hashes(lang: Lang, words: &[&str]) -> (Vec<u64>, Vec<u64>, Vec<Option<u64>>) {
    let mut buf = String::new();
    let mut whole = Vec::with_capacity(words.len());
    let mut first = Vec::with_capacity(words.len());
    let mut restored = Vec::with_capacity(words.len());
    for w in words {
        fold_into(w, &mut buf);
        let h = Fnv::new().str(&buf).value();
        whole.push(h);
        let (key, alif) = if lang == Lang::Ar { first_word_hashes(&buf) } else { (h, None) };
        first.push(key);
        restored.push(alif);
    }
    (whole, first, restored)
}

/// The hash of an Arabic word without its clitics, and after ل + elided article also the hash
/// with the article's alif put back ("للقاهرة" → "القاهرة"): a repeat is looked up by both,
/// while a tagged name is keyed by the first only, so a tagged "للكتاب" does not make every
/// "الكتاب" a name.
fn first_word_hashes(folded: &str) -> (u64, Option<u64>) {
    let p = arabic::prefixes(folded);
    let rest = &folded[p.clitic..];
    (Fnv::new().str(rest).value(), p.elided.then(|| Fnv::new().str("ا").str(rest).value()))
}

/// The key of words `a..b`: the first word without clitics, then the others whole.
fn extend(h: u64, next: u64) -> u64 {
    h.rotate_left(23).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ next
}

/// Whether a word may start a propagated name: English names are capitalised, and very
/// short words are too ambiguous.
fn can_start(lang: Lang, word: &str) -> bool {
    let letters = word.chars().filter(|&c| ('\u{0621}'..='\u{064A}').contains(&c) || c.is_alphabetic()).count();
    match lang {
        Lang::En => word.starts_with(char::is_uppercase) && letters >= 2,
        _ => letters >= 3,
    }
}

/// Words that end Arabic names without naming anyone alone: "عبد الله", "نور الدين".
fn is_name_tail(word: &str) -> bool {
    matches!(word, "الله" | "الدين" | "الرحمن" | "الرحيم")
}

fn relabel(labels: &mut [u8], a: usize, b: usize, kind: EntityKind) {
    labels[a] = begin(kind);
    for l in &mut labels[a + 1..b] {
        *l = inside(kind);
    }
}

/// Relabels, in place, O runs that repeat a name tagged elsewhere in `words`, and chunks
/// that are part of a longer name tagged elsewhere.
pub fn apply(lang: Lang, words: &[&str], labels: &mut [u8]) {
    debug_assert_eq!(words.len(), labels.len());
    let found = chunks(labels);
    if found.is_empty() {
        return;
    }
    let (whole, first, restored) = word_hashes(lang, words);
    let key = |a: usize, b: usize| (a + 1..b).fold(first[a], |h, j| extend(h, whole[j]));
    let mut votes: HashKeyMap<[u32; 4]> = HashKeyMap::default();
    let mut longest = 0;
    for &(start, end, kind) in &found {
        if end - start <= MAX_WORDS {
            votes.entry(key(start, end)).or_default()[kind as usize] += 1;
            longest = longest.max(end - start);
        }
    }
    // The last word of a person's name of two words or more stands for that person on its
    // own ("Kylian Mbappé" … "Mbappé"), unless it is a word names end in ("عبد الله").
    let mut surnames: HashKeyMap<()> = HashKeyMap::default();
    for &(start, end, kind) in &found {
        if kind == EntityKind::Per
            && end - start >= 2
            && can_start(lang, words[end - 1])
            && !is_name_tail(words[end - 1])
        {
            surnames.insert(first[end - 1], ());
        }
    }
    let majority = |h: u64| {
        votes.get(&h).map(|v| EntityKind::ALL[(0..4).max_by_key(|&i| (v[i], std::cmp::Reverse(i))).unwrap_or(0)])
    };
    // Chunks inside a longer known name grow to it (the longest that fits over O words).
    for &(start, end, _) in &found {
        // A short form tagged on its own more than once stands for itself.
        if votes.get(&key(start, end)).is_some_and(|v| v.iter().sum::<u32>() > 1) {
            continue;
        }
        let mut best: Option<(usize, usize, EntityKind)> = None;
        for a in start.saturating_sub(longest.saturating_sub(1))..=start {
            if labels[a..start].iter().any(|&l| l != O) || (a < start && !can_start(lang, words[a])) {
                continue;
            }
            let mut h = first[a];
            for b in a + 1..=words.len().min(a + longest) {
                if b > a + 1 {
                    h = extend(h, whole[b - 1]);
                }
                if b > end && labels[b - 1] != O {
                    break;
                }
                if b >= end && b - a > end - start && best.is_none_or(|(x, y, _)| b - a > y - x) {
                    if let Some(kind) = majority(h) {
                        best = Some((a, b, kind));
                    }
                }
            }
        }
        if let Some((a, b, kind)) = best {
            relabel(labels, a, b, kind);
        }
    }
    // Untagged repeats of a tagged name.
    let mut i = 0;
    while i < words.len() {
        if labels[i] != O || !can_start(lang, words[i]) {
            i += 1;
            continue;
        }
        let longest_repeat = |mut h: u64| {
            let mut hit = None;
            for j in i..words.len().min(i + longest) {
                if labels[j] != O {
                    break;
                }
                if j > i {
                    h = extend(h, whole[j]);
                }
                if let Some(kind) = majority(h) {
                    hit = Some((j + 1, kind));
                }
            }
            hit
        };
        let mut hit = longest_repeat(first[i]).or_else(|| restored[i].and_then(longest_repeat));
        if hit.is_none() && surnames.contains_key(&first[i]) {
            hit = Some((i + 1, EntityKind::Per));
        }
        match hit {
            Some((end, kind)) => {
                // The run was all O, so the label after it cannot be an I continuing it.
                relabel(labels, i, end, kind);
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
    fn a_repeat_after_lam_with_the_elided_alif_is_the_name() {
        // "للقاهرة" is ل + "القاهرة" with the article's alif elided.
        let words = ["وصل", "القاهرة", "ثم", "عاد", "للقاهرة", "و", "للقاهرية"];
        let mut labels = [0, begin(Loc), 0, 0, 0, 0, 0];
        apply(Lang::Ar, &words, &mut labels);
        assert_eq!(labels, [0, begin(Loc), 0, 0, begin(Loc), 0, 0]);
        // A tagged word after ل does not make the same word with the article a name.
        let words = ["قال", "للكتاب", "إن", "الكتاب"];
        let mut labels = [0, begin(Per), 0, 0];
        apply(Lang::Ar, &words, &mut labels);
        assert_eq!(labels, [0, begin(Per), 0, 0]);
    }

    #[test]
    fn a_part_grows_to_the_longer_name_found_elsewhere() {
        let words = ["وكالة", "أسوشيتد", "برس", "و", "أسوشيتد", "برس", "قالت"];
        let mut labels = [0, 0, begin(Org), 0, begin(Org), inside(Org), 0];
        apply(Lang::Ar, &words, &mut labels);
        assert_eq!(labels, [0, begin(Org), inside(Org), 0, begin(Org), inside(Org), 0]);
        // Not over a neighbouring name.
        let words = ["New", "York", "Times", "and", "York", "Times"];
        let mut labels = [begin(Loc), inside(Loc), begin(Org), 0, 0, begin(Org)];
        apply(Lang::En, &words, &mut labels);
        assert_eq!(labels[..3], [begin(Loc), inside(Loc), begin(Org)]);
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
