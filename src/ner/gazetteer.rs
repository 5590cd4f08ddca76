//! Name lists (gazetteers) as sets of phrase hashes, one bit per list class.
//!
//! A phrase is its folded words joined by a separator and hashed with [`Fnv`]; a sentence
//! is matched by extending one hasher word by word, so lookups allocate nothing. The lists
//! travel inside the model file, so a model always sees the lists it was trained with.

use super::hash::{Fnv, HashKeyMap, HashKeySet};
use super::lexicon::Lexicon;
use crate::text::normalize::fold;

/// Longest phrase, in words, that is looked up.
pub const MAX_WORDS: usize = 6;
/// At most this many classes (bits of a `u16`).
pub const MAX_CLASSES: usize = 16;

#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    /// Class names (`loc`, `per`, `first`, …), index = bit.
    pub classes: Vec<String>,
    /// Folded phrases per class, sorted: what is serialised.
    lists: Vec<Vec<String>>,
    phrases: HashKeyMap<u16>,
    /// Hashes of every proper prefix of a phrase, so matching stops early.
    prefixes: HashKeySet,
    /// Ordinary-word lexicons (serialised in a model section of their own).
    pub lexicon: Lexicon,
}

/// The hasher state after `words` (folded), as phrases are hashed.
pub fn phrase_hash<'a>(words: impl IntoIterator<Item = &'a str>) -> Fnv {
    let mut h = Fnv::new();
    for (i, w) in words.into_iter().enumerate() {
        if i > 0 {
            h = h.sep();
        }
        h = h.str(w);
    }
    h
}

impl Gazetteer {
    /// Builds from (class, phrases) lists; phrases are folded and split on whitespace here.
    pub fn from_lists(lists: Vec<(String, Vec<String>)>) -> Gazetteer {
        let mut g = Gazetteer::default();
        for (class, phrases) in lists {
            let index = match g.classes.iter().position(|c| *c == class) {
                Some(i) => i,
                None if g.classes.len() < MAX_CLASSES => {
                    g.classes.push(class);
                    g.lists.push(Vec::new());
                    g.classes.len() - 1
                }
                None => continue,
            };
            for phrase in phrases {
                let words: Vec<String> = phrase.split_whitespace().map(fold).filter(|w| !w.is_empty()).collect();
                if words.is_empty() || words.len() > MAX_WORDS {
                    continue;
                }
                g.lists[index].push(words.join(" "));
            }
        }
        for list in &mut g.lists {
            list.sort_unstable();
            list.dedup();
        }
        g.index();
        g
    }

    fn index(&mut self) {
        self.phrases.clear();
        self.prefixes.clear();
        for (bit, list) in self.lists.iter().enumerate() {
            for phrase in list {
                let words: Vec<&str> = phrase.split(' ').collect();
                for n in 1..words.len() {
                    self.prefixes.insert(phrase_hash(words[..n].iter().copied()).value());
                }
                *self.phrases.entry(phrase_hash(words.iter().copied()).value()).or_default() |= 1 << bit;
            }
        }
    }

    pub fn len(&self) -> usize {
        self.lists.iter().map(Vec::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The class bits of the phrase hashed so far.
    #[inline]
    pub fn classes_of(&self, h: Fnv) -> u16 {
        self.phrases.get(&h.value()).copied().unwrap_or(0)
    }

    /// Whether some longer phrase starts with the words hashed so far.
    #[inline]
    pub fn continues(&self, h: Fnv) -> bool {
        self.prefixes.contains(&h.value())
    }

    /// The bit of a class name, if the gazetteer has it.
    pub fn class_bit(&self, name: &str) -> u16 {
        self.classes.iter().position(|c| c == name).map_or(0, |i| 1 << i)
    }

    /// Serialises as text: for each class, `#class` then one phrase per line.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = String::new();
        for (class, list) in self.classes.iter().zip(&self.lists) {
            out.push('#');
            out.push_str(class);
            out.push('\n');
            for phrase in list {
                out.push_str(phrase);
                out.push('\n');
            }
        }
        out.into_bytes()
    }

    /// Reads what [`Gazetteer::to_bytes`] wrote (phrases already folded).
    pub fn from_bytes(bytes: &[u8]) -> Option<Gazetteer> {
        let text = std::str::from_utf8(bytes).ok()?;
        let mut g = Gazetteer::default();
        for line in text.lines() {
            if let Some(class) = line.strip_prefix('#') {
                if g.classes.len() == MAX_CLASSES {
                    return None;
                }
                g.classes.push(class.to_string());
                g.lists.push(Vec::new());
            } else if !line.is_empty() {
                g.lists.last_mut()?.push(line.to_string());
            }
        }
        g.index();
        Some(g)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Gazetteer {
        Gazetteer::from_lists(vec![
            ("loc".into(), vec!["العراق".into(), "الولايات المتحدة".into(), "New York".into()]),
            ("per".into(), vec!["جو بايدن".into(), "New".into()]),
        ])
    }

    #[test]
    fn matches_folded_phrases_and_prefixes() {
        let g = sample();
        let loc = g.class_bit("loc");
        let per = g.class_bit("per");
        assert_eq!(g.classes_of(phrase_hash(["العراق"])), loc);
        assert_eq!(g.classes_of(phrase_hash(["الولايات", "المتحده"])), loc);
        assert_eq!(g.classes_of(phrase_hash(["new", "york"])), loc);
        assert_eq!(g.classes_of(phrase_hash(["new"])), per);
        assert!(g.continues(phrase_hash(["new"])));
        assert!(!g.continues(phrase_hash(["york"])));
        assert_eq!(g.classes_of(phrase_hash(["بايدن"])), 0);
    }

    #[test]
    fn round_trips_through_bytes() {
        let g = sample();
        let back = Gazetteer::from_bytes(&g.to_bytes()).expect("parses");
        assert_eq!(back.classes, g.classes);
        assert_eq!(back.len(), g.len());
        assert_eq!(back.classes_of(phrase_hash(["جو", "بايدن"])), back.class_bit("per"));
        assert!(Gazetteer::from_bytes(b"phrase before any class").is_none());
    }
}
