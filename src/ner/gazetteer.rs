//! Name lists (gazetteers) as sets of phrase hashes, one bit per list class.
//!
//! A phrase is its folded words joined by a separator and hashed with [`Fnv`]; a sentence
//! is matched by extending one hasher word by word, so lookups allocate nothing. The lists
//! travel inside the model file, so a model always sees the lists it was trained with. There
//! they are 32-bit phrase keys per class, Rice-coded (about 18 bits a phrase, where the folded
//! text took about 30 gzipped): a stranger matches a list of 40,000 phrases once in 100,000.
//! (28-bit keys would save 2.5 KB per 10,000 phrases more, but their false matches among the
//! training text's n-grams moved the trained Arabic model by -0.9 F1 on dev, seed noise that
//! 32 bits avoids: the models train to the same weights as with the text lists.)

use super::lexicon::Lexicon;
use super::rice;
use crate::hash::{Fnv, HashKeyMap, HashKeySet};
use crate::text::normalize::fold;

/// Longest phrase, in words, that is looked up.
pub const MAX_WORDS: usize = 6;
/// At most this many classes (bits of a `u16`).
pub const MAX_CLASSES: usize = 16;
/// Bits of a stored phrase key.
const KEY_BITS: u32 = 32;
/// The first byte of the binary form; the text form of older model files starts with `#`.
const BINARY: u8 = 1;

#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    /// Class names (`loc`, `per`, `first`, …), index = bit.
    pub classes: Vec<String>,
    /// Sorted, unique phrase keys per class: what is serialised.
    sets: Vec<Vec<u32>>,
    /// Sorted, unique keys of every proper prefix of a phrase.
    prefix_keys: Vec<u32>,
    phrases: HashKeyMap<u16>,
    /// So that matching stops early.
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

/// The stored key of a phrase hash: 32 well-mixed bits.
#[inline]
fn key(h: Fnv) -> u32 {
    let x = (h.value() ^ (h.value() >> 31)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    (x >> (64 - KEY_BITS)) as u32
}

/// A key spread over 64 bits for the lookup tables, whose hasher passes values through.
#[inline]
fn slot(key: u32) -> u64 {
    u64::from(key).wrapping_mul(0x9E37_79B9_7F4A_7C15)
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
                    g.sets.push(Vec::new());
                    g.classes.len() - 1
                }
                None => continue,
            };
            for phrase in phrases {
                let words: Vec<String> = phrase.split_whitespace().map(fold).filter(|w| !w.is_empty()).collect();
                if words.is_empty() || words.len() > MAX_WORDS {
                    continue;
                }
                for n in 1..words.len() {
                    g.prefix_keys.push(key(phrase_hash(words[..n].iter().map(String::as_str))));
                }
                g.sets[index].push(key(phrase_hash(words.iter().map(String::as_str))));
            }
        }
        g.index();
        g
    }

    fn index(&mut self) {
        for set in self.sets.iter_mut().chain(std::iter::once(&mut self.prefix_keys)) {
            set.sort_unstable();
            set.dedup();
        }
        self.phrases.clear();
        for (bit, set) in self.sets.iter().enumerate() {
            for &k in set {
                *self.phrases.entry(slot(k)).or_default() |= 1 << bit;
            }
        }
        self.prefixes = self.prefix_keys.iter().map(|&k| slot(k)).collect();
    }

    /// Phrases over all classes (a phrase in two classes counts twice).
    pub fn len(&self) -> usize {
        self.sets.iter().map(Vec::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The class bits of the phrase hashed so far.
    #[inline]
    pub fn classes_of(&self, h: Fnv) -> u16 {
        self.phrases.get(&slot(key(h))).copied().unwrap_or(0)
    }

    /// Whether some longer phrase starts with the words hashed so far.
    #[inline]
    pub fn continues(&self, h: Fnv) -> bool {
        self.prefixes.contains(&slot(key(h)))
    }

    /// The bit of a class name, if the gazetteer has it.
    pub fn class_bit(&self, name: &str) -> u16 {
        self.classes.iter().position(|c| c == name).map_or(0, |i| 1 << i)
    }

    /// Serialises: a format byte, the class count, per class its name and its phrase keys as
    /// a Rice-coded set, then the prefix keys.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = vec![BINARY, self.classes.len() as u8];
        for (class, set) in self.classes.iter().zip(&self.sets) {
            rice::write_name(&mut out, class);
            rice::write_set(&mut out, set, KEY_BITS);
        }
        rice::write_set(&mut out, &self.prefix_keys, KEY_BITS);
        out
    }

    /// Reads what [`Gazetteer::to_bytes`] wrote, or the folded text (`#class`, then a phrase
    /// a line) that older model files carry.
    pub fn from_bytes(bytes: &[u8]) -> Option<Gazetteer> {
        if bytes.first() != Some(&BINARY) {
            return Self::from_text(bytes);
        }
        let mut cursor = rice::Cursor::new(&bytes[1..]);
        let classes = cursor.u8()? as usize;
        if classes > MAX_CLASSES {
            return None;
        }
        let mut g = Gazetteer::default();
        for _ in 0..classes {
            g.classes.push(cursor.name()?);
            g.sets.push(cursor.set(KEY_BITS)?);
        }
        g.prefix_keys = cursor.set(KEY_BITS)?;
        if !cursor.is_done() {
            return None;
        }
        g.index();
        Some(g)
    }

    fn from_text(bytes: &[u8]) -> Option<Gazetteer> {
        let text = std::str::from_utf8(bytes).ok()?;
        let mut lists: Vec<(String, Vec<String>)> = Vec::new();
        for line in text.lines() {
            if let Some(class) = line.strip_prefix('#') {
                if lists.len() == MAX_CLASSES {
                    return None;
                }
                lists.push((class.to_string(), Vec::new()));
            } else if !line.is_empty() {
                lists.last_mut()?.1.push(line.to_string());
            }
        }
        Some(Gazetteer::from_lists(lists))
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
        assert!(back.continues(phrase_hash(["new"])));
        assert!(Gazetteer::from_bytes(b"phrase before any class").is_none());
        let bytes = g.to_bytes();
        for cut in [1, 2, bytes.len() / 2, bytes.len() - 1] {
            assert!(Gazetteer::from_bytes(&bytes[..cut]).is_none(), "truncated at {cut}");
        }
        let mut extra = bytes.clone();
        extra.push(0);
        assert!(Gazetteer::from_bytes(&extra).is_none());
        // The folded text of older model files still reads.
        let old = Gazetteer::from_bytes("#loc\nالعراق\nnew york\n#per\nnew\n".as_bytes()).expect("parses");
        assert_eq!(old.classes_of(phrase_hash(["new", "york"])), old.class_bit("loc"));
        assert_eq!(old.classes_of(phrase_hash(["new"])), old.class_bit("per"));
        assert!(old.continues(phrase_hash(["new"])));
    }
}
