//! Word lexicons: "is this an ordinary word of the language?" as compact hash sets.
//!
//! Arabic has no capital letters, so an unseen foreign name ("ليفانت") and an unseen
//! ordinary word look alike to the tagger; a spelling dictionary tells them apart, since
//! names are rarely in it. English gets the same signal for sentence-initial and ALL-CAPS
//! words, where capitalisation says nothing.
//!
//! A lexicon is up to 8 classes (`common`, `proper`, …), each a set of 24-bit hashes of
//! lookup forms ([`lookup_form`]): about 1 % of strangers collide with a 100k-word list,
//! which costs the feature little. On disk each class is its sorted hashes as Rice-coded
//! gaps, about 9.5 bits a word.

use super::arabic;
use super::rice;
use crate::hash::Fnv;
use crate::lang::Lang;
use crate::text::normalize::fold;

pub const MAX_CLASSES: usize = 8;
const BITS: u32 = 24;
const MASK: u32 = (1 << BITS) - 1;

#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    pub classes: Vec<String>,
    /// Sorted, unique 24-bit hashes per class: what is serialised.
    sets: Vec<Vec<u32>>,
    /// Open addressing: hash in the low 24 bits, class bits above; 0 is an empty slot.
    table: Vec<u32>,
    /// The bits of the `lex-verb` and `lex-common` classes (0 if none).
    verb: u8,
    common: u8,
}

/// The 24-bit lexicon hash of a lookup form's [`Fnv`] hash (never 0).
#[inline]
pub fn short_hash(h: u64) -> u32 {
    let mut x = h ^ (h >> 29);
    x = x.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    let v = ((x ^ (x >> 32)) >> 8) as u32 & MASK;
    v.max(1)
}

/// The form a word is stored and looked up under: folded, and for Arabic without the
/// clitics and article that [`arabic::prefixes`] is sure of.
pub fn lookup_form(lang: Lang, word: &str) -> String {
    let f = fold(word);
    if lang == Lang::Ar {
        let p = arabic::prefixes(&f);
        f[p.stem..].to_string()
    } else {
        f
    }
}

impl Lexicon {
    /// Builds from (class, words) lists; words are reduced to their [`lookup_form`].
    pub fn from_lists(lang: Lang, lists: Vec<(String, Vec<String>)>) -> Lexicon {
        let mut lex = Lexicon::default();
        for (class, words) in lists {
            let index = match lex.classes.iter().position(|c| *c == class) {
                Some(i) => i,
                None if lex.classes.len() < MAX_CLASSES => {
                    lex.classes.push(class);
                    lex.sets.push(Vec::new());
                    lex.classes.len() - 1
                }
                None => continue,
            };
            for word in words {
                let form = lookup_form(lang, word.trim());
                if !form.is_empty() {
                    lex.sets[index].push(short_hash(Fnv::new().str(&form).value()));
                }
            }
        }
        for set in &mut lex.sets {
            set.sort_unstable();
            set.dedup();
        }
        lex.index();
        lex
    }

    fn index(&mut self) {
        self.verb = self.class_bit("lex-verb");
        self.common = self.class_bit("lex-common");
        let n: usize = self.sets.iter().map(Vec::len).sum();
        if n == 0 {
            self.table.clear();
            return;
        }
        let capacity = (n * 2).next_power_of_two();
        self.table = vec![0; capacity];
        for (bit, set) in self.sets.iter().enumerate() {
            for &h in set {
                let mut s = slot(h, capacity - 1);
                loop {
                    let v = self.table[s];
                    if v == 0 || v & MASK == h {
                        self.table[s] = h | v & !MASK | 1 << (BITS + bit as u32);
                        break;
                    }
                    s = (s + 1) & (capacity - 1);
                }
            }
        }
    }

    pub fn len(&self) -> usize {
        self.sets.iter().map(Vec::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The class bits of a lookup form, given its [`Fnv`] hash.
    #[inline]
    pub fn classes_of(&self, h: u64) -> u8 {
        if self.table.is_empty() {
            return 0;
        }
        let h = short_hash(h);
        let mask = self.table.len() - 1;
        let mut s = slot(h, mask);
        loop {
            let v = self.table[s];
            if v == 0 {
                return 0;
            }
            if v & MASK == h {
                return (v >> BITS) as u8;
            }
            s = (s + 1) & mask;
        }
    }

    /// Whether an Arabic word (its [`lookup_form`]) is listed as a verb, whatever else it is.
    pub fn is_verb(&self, word: &str) -> bool {
        self.classes_of(Fnv::new().str(&lookup_form(Lang::Ar, word)).value()) & self.verb != 0
    }

    /// Whether an Arabic word (its [`lookup_form`]) is listed as a common word, whatever else
    /// it is.
    pub fn is_common(&self, word: &str) -> bool {
        self.classes_of(Fnv::new().str(&lookup_form(Lang::Ar, word)).value()) & self.common != 0
    }

    /// The bit of the verb class (0 when the lexicon has none).
    #[inline]
    pub fn verb_bit(&self) -> u8 {
        self.verb
    }

    /// The bit of the common-word class (0 when the lexicon has none).
    #[inline]
    pub fn common_bit(&self) -> u8 {
        self.common
    }

    /// The bit of a class name, if the lexicon has it.
    pub fn class_bit(&self, name: &str) -> u8 {
        self.classes.iter().position(|c| c == name).map_or(0, |i| 1 << i)
    }

    /// Serialises: class count, then per class its name and its hashes as a Rice-coded set.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = vec![self.classes.len() as u8];
        for (class, set) in self.classes.iter().zip(&self.sets) {
            rice::write_name(&mut out, class);
            rice::write_set(&mut out, set, BITS);
        }
        out
    }

    /// Reads what [`Lexicon::to_bytes`] wrote; `None` for anything inconsistent.
    pub fn from_bytes(bytes: &[u8]) -> Option<Lexicon> {
        let mut cursor = rice::Cursor::new(bytes);
        let classes = cursor.u8()? as usize;
        if classes > MAX_CLASSES {
            return None;
        }
        let mut lex = Lexicon::default();
        for _ in 0..classes {
            lex.classes.push(cursor.name()?);
            lex.sets.push(cursor.set(BITS)?);
        }
        if !cursor.is_done() {
            return None;
        }
        lex.index();
        Some(lex)
    }
}

#[inline]
fn slot(h: u32, mask: usize) -> usize {
    (h.wrapping_mul(0x9E37_79B1) >> 8) as usize & mask
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Lexicon {
        Lexicon::from_lists(
            Lang::Ar,
            vec![
                ("common".into(), vec!["كتاب".into(), "والمدرسة".into(), "قال".into()]),
                ("proper".into(), vec!["بغداد".into(), "قال".into()]),
            ],
        )
    }

    fn look(lex: &Lexicon, form: &str) -> u8 {
        lex.classes_of(Fnv::new().str(form).value())
    }

    #[test]
    fn stores_lookup_forms_with_class_bits() {
        let lex = sample();
        let (common, proper) = (lex.class_bit("common"), lex.class_bit("proper"));
        assert_eq!(look(&lex, "كتاب"), common);
        assert_eq!(look(&lex, "مدرسه"), common, "clitics, article and teh marbuta folded away");
        assert_eq!(look(&lex, "قال"), common | proper);
        assert_eq!(look(&lex, "بغداد"), proper);
        assert_eq!(look(&lex, "ليفانت"), 0);
        assert_eq!(Lexicon::default().classes_of(7), 0);
    }

    #[test]
    fn round_trips_and_rejects_bad_bytes() {
        let words: Vec<String> = (0..5000).map(|i| format!("word{i}")).collect();
        let lex = Lexicon::from_lists(Lang::En, vec![("common".into(), words)]);
        let bytes = lex.to_bytes();
        // Rice coding costs about log2(mean gap) + 1.5 bits a word: 13.2 for 5,000 words in 24 bits.
        assert!(bytes.len() < 5000 * 14 / 8, "about 13 bits a word, got {} bytes", bytes.len());
        let back = Lexicon::from_bytes(&bytes).expect("parses");
        assert_eq!(back.len(), lex.len());
        for i in [0, 17, 4999] {
            assert_eq!(back.classes_of(Fnv::new().str(&format!("word{i}")).value()), 1);
        }
        for cut in [0, 1, 5, bytes.len() - 1] {
            assert!(Lexicon::from_bytes(&bytes[..cut]).is_none(), "truncated at {cut}");
        }
        let mut extra = bytes.clone();
        extra.push(0);
        assert!(Lexicon::from_bytes(&extra).is_none());
        let empty = Lexicon::default();
        assert!(Lexicon::from_bytes(&empty.to_bytes()).expect("empty parses").is_empty());
    }
}
