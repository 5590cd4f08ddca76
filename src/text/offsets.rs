//! The one place where offsets change units.
//!
//! The core works in UTF-8 byte offsets ([`Span`](crate::Span)); the DOM and the JS API
//! count UTF-16 code units; the CLI counts Unicode code points (Python `str` indices).
//! An [`OffsetMap`] converts a batch of byte offsets in one pass over the text, so turning a
//! whole result into another unit stays linear in the text however many spans it has.

/// A unit to count text positions in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// UTF-8 bytes: the core's own unit, and Rust `str` indices.
    Utf8,
    /// UTF-16 code units: JavaScript string indices and DOM offsets.
    Utf16,
    /// Unicode scalar values: Python `str` indices, the CLI's unit.
    CodePoint,
}

impl Unit {
    /// How many of this unit one character takes.
    pub const fn len_of(self, c: char) -> usize {
        match self {
            Unit::Utf8 => c.len_utf8(),
            Unit::Utf16 => c.len_utf16(),
            Unit::CodePoint => 1,
        }
    }
}

/// Byte offsets of one text with their equivalents in another unit.
#[derive(Clone, Debug)]
pub struct OffsetMap {
    bytes: Vec<usize>,
    units: Vec<usize>,
}

impl OffsetMap {
    /// Converts every offset in `byte_offsets` (any order, repeats allowed) in one sweep of `text`.
    /// Offsets that are past the end or not on a char boundary are left out; [`OffsetMap::get`]
    /// then answers `None` for them.
    pub fn new(text: &str, unit: Unit, mut byte_offsets: Vec<usize>) -> OffsetMap {
        byte_offsets.sort_unstable();
        byte_offsets.dedup();
        byte_offsets.retain(|&b| text.is_char_boundary(b));
        let mut units = Vec::with_capacity(byte_offsets.len());
        if unit == Unit::Utf8 {
            units.extend_from_slice(&byte_offsets);
            return OffsetMap { bytes: byte_offsets, units };
        }
        let (mut byte, mut count) = (0, 0);
        let mut chars = text.chars();
        for &target in &byte_offsets {
            while byte < target {
                // `target` is a char boundary, so the loop stops exactly on it.
                let c = chars.next().expect("target is inside the text");
                byte += c.len_utf8();
                count += unit.len_of(c);
            }
            units.push(count);
        }
        OffsetMap { bytes: byte_offsets, units }
    }

    /// The converted offset of a byte offset given to [`OffsetMap::new`].
    pub fn get(&self, byte: usize) -> Option<usize> {
        self.bytes.binary_search(&byte).ok().map(|i| self.units[i])
    }
}

/// Converts one byte offset; for many, build an [`OffsetMap`].
pub fn from_byte(text: &str, byte: usize, unit: Unit) -> Option<usize> {
    OffsetMap::new(text, unit, vec![byte]).get(byte)
}

/// The byte offset of a position counted in `unit`, or `None` when it is past the end or
/// falls inside a character (the second half of a surrogate pair).
pub fn to_byte(text: &str, position: usize, unit: Unit) -> Option<usize> {
    let mut count = 0;
    for (byte, c) in text.char_indices() {
        if count == position {
            return Some(byte);
        }
        if count > position {
            return None;
        }
        count += unit.len_of(c);
    }
    (count == position).then_some(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Characters that make the units differ: emoji (4 bytes, 2 UTF-16 units), ZWJ sequences,
    /// soft hyphen, tatweel, Arabic letters and diacritics, ZWNJ, bidi controls, plain ASCII.
    const ODD: &[&str] = &[
        "a",
        " ",
        "😀",
        "👩\u{200D}💻",
        "\u{00AD}",
        "\u{0640}",
        "ب",
        "\u{064E}",
        "\u{0651}",
        "\u{200C}",
        "\u{200F}",
        "\u{202B}",
        "\u{2067}",
        "é",
        "e\u{0301}",
        "\u{FEFF}",
        "𝐀",
        "\n",
    ];

    fn odd_text() -> impl Strategy<Value = String> {
        proptest::collection::vec(proptest::sample::select(ODD), 0..40).prop_map(|parts| parts.concat())
    }

    #[test]
    fn named_cases() {
        let text = "ب\u{064E}😀\u{0640}a";
        // bytes: ب 2, fatha 2, emoji 4, tatweel 2, a 1
        let cases = [(0, 0, 0), (2, 1, 1), (4, 2, 2), (8, 4, 3), (10, 5, 4), (11, 6, 5)];
        for (byte, utf16, cp) in cases {
            assert_eq!(from_byte(text, byte, Unit::Utf16), Some(utf16), "help: byte {byte} to UTF-16");
            assert_eq!(from_byte(text, byte, Unit::CodePoint), Some(cp), "help: byte {byte} to code points");
            assert_eq!(to_byte(text, utf16, Unit::Utf16), Some(byte));
            assert_eq!(to_byte(text, cp, Unit::CodePoint), Some(byte));
        }
        assert_eq!(from_byte(text, 5, Unit::Utf16), None, "inside the emoji");
        assert_eq!(from_byte(text, 12, Unit::Utf16), None, "past the end");
        assert_eq!(to_byte(text, 3, Unit::Utf16), None, "between the surrogates");
        assert_eq!(to_byte(text, 7, Unit::Utf16), None, "past the end");
    }

    proptest! {
        #[test]
        fn batch_conversion_matches_counting(text in odd_text()) {
            let boundaries: Vec<usize> = (0..=text.len()).filter(|&b| text.is_char_boundary(b)).collect();
            let mut shuffled = boundaries.clone();
            shuffled.reverse();
            let utf16 = OffsetMap::new(&text, Unit::Utf16, shuffled.clone());
            let points = OffsetMap::new(&text, Unit::CodePoint, shuffled);
            for &b in &boundaries {
                prop_assert_eq!(utf16.get(b), Some(text[..b].encode_utf16().count()));
                prop_assert_eq!(points.get(b), Some(text[..b].chars().count()));
            }
        }

        #[test]
        fn round_trips_and_slices_agree(text in odd_text(), a in 0usize..200, b in 0usize..200) {
            let boundaries: Vec<usize> = (0..=text.len()).filter(|&b| text.is_char_boundary(b)).collect();
            let (start, end) = (boundaries[a % boundaries.len()], boundaries[b % boundaries.len()]);
            let (start, end) = (start.min(end), start.max(end));
            let map = OffsetMap::new(&text, Unit::Utf16, vec![start, end]);
            let (s16, e16) = (map.get(start).unwrap(), map.get(end).unwrap());
            let units: Vec<u16> = text.encode_utf16().collect();
            prop_assert_eq!(String::from_utf16(&units[s16..e16]).unwrap(), &text[start..end]);
            prop_assert_eq!(to_byte(&text, s16, Unit::Utf16), Some(start));
            let points: Vec<char> = text.chars().collect();
            let cp = OffsetMap::new(&text, Unit::CodePoint, vec![start, end]);
            let (sc, ec) = (cp.get(start).unwrap(), cp.get(end).unwrap());
            prop_assert_eq!(points[sc..ec].iter().collect::<String>(), &text[start..end]);
            prop_assert_eq!(to_byte(&text, ec, Unit::CodePoint), Some(end));
        }
    }
}
