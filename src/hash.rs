//! Streaming FNV-1a hashing of feature strings and gazetteer phrases, and the hashers of the
//! sets and maps the rules look words up in.
//!
//! Features are never built as `String`s: a template id and the bytes of the words it
//! looks at are fed into one hasher, and the 32-bit result is the feature's key.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

/// An FNV-1a 64-bit hasher that is `Copy`, so a shared prefix can be hashed once and extended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv::new()
    }
}

impl Fnv {
    pub const fn new() -> Fnv {
        Fnv(OFFSET)
    }

    /// A hasher already fed with a feature template's id.
    pub const fn template(id: u8) -> Fnv {
        Fnv::new().byte(id)
    }

    #[inline]
    pub const fn byte(self, b: u8) -> Fnv {
        Fnv((self.0 ^ b as u64).wrapping_mul(PRIME))
    }

    #[inline]
    pub fn bytes(mut self, bytes: &[u8]) -> Fnv {
        for &b in bytes {
            self = self.byte(b);
        }
        self
    }

    #[inline]
    pub fn str(self, s: &str) -> Fnv {
        self.bytes(s.as_bytes())
    }

    /// A field separator, so that ("ab", "c") and ("a", "bc") hash apart.
    #[inline]
    pub fn sep(self) -> Fnv {
        self.byte(0xFF)
    }

    pub const fn value(self) -> u64 {
        self.0
    }

    /// The 32-bit feature key; never 0, which marks an empty slot in the model's table.
    #[inline]
    pub const fn key(self) -> u32 {
        let k = (self.0 ^ (self.0 >> 32)) as u32;
        if k == 0 {
            1
        } else {
            k
        }
    }
}

/// A hasher for keys that already are well-mixed 64-bit hashes: it passes them through,
/// sparing the default SipHash on the hot lookup paths.
#[derive(Default, Clone, Copy)]
pub struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only `write_u64` is expected; fold anything else in so it still works.
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(PRIME);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A map keyed by [`Fnv`] hash values.
pub type HashKeyMap<V> = HashMap<u64, V, BuildHasherDefault<PassThrough>>;
/// A set of [`Fnv`] hash values.
pub type HashKeySet = HashSet<u64, BuildHasherDefault<PassThrough>>;
/// A set of short strings (words, names) hashed with FNV-1a through [`PassThrough`]'s byte
/// path: the rules look up every word of a page, where SipHash cost more than the lookups.
pub type WordSet = HashSet<String, BuildHasherDefault<PassThrough>>;
/// A map keyed by short strings, hashed as [`WordSet`]'s.
pub type WordMap<V> = HashMap<String, V, BuildHasherDefault<PassThrough>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_reference_fnv1a_and_separates_fields() {
        // Reference value of FNV-1a 64 for "a".
        assert_eq!(Fnv::new().str("a").value(), 0xaf63_dc4c_8601_ec8c);
        assert_ne!(Fnv::new().str("ab").sep().str("c").key(), Fnv::new().str("a").sep().str("bc").key());
        assert_ne!(Fnv::template(1).str("x").key(), Fnv::template(2).str("x").key());
        assert_ne!(Fnv::new().key(), 0);
    }
}
