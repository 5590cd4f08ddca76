//! Normal forms used for lookups (models, gazetteers, lexicons), never for output.
//!
//! Arabic folding follows common practice in Arabic IR (and charabia's normaliser):
//! diacritics and tatweel removed, alef variants to bare alef, alef maqsura to yeh,
//! teh marbuta to heh. Invisible format characters (ZWJ, ZWNJ, soft hyphen, bidi
//! controls) are dropped in every script so that `وا\u{200C}شنطن` still looks up `واشنطن`.

/// Characters with no letter value of their own: joiners, soft hyphen, bidi controls, BOM.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// Arabic combining marks: harakat, shadda, sukun, superscript alef, Quranic marks.
pub fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{08D3}'..='\u{08FF}')
}

pub const TATWEEL: char = '\u{0640}';

/// Appends the folded form of one Arabic character, or nothing for marks and tatweel.
fn push_folded_arabic(c: char, out: &mut String) {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
        'ى' => out.push('ي'),
        'ة' => out.push('ه'),
        'ؤ' => out.push('و'),
        'ئ' => out.push('ي'),
        // Persian-style kaf and yeh appear in Arabic text typed on Persian keyboards.
        'ک' => out.push('ك'),
        'ی' => out.push('ي'),
        c if is_arabic_mark(c) || c == TATWEEL || is_invisible(c) => {}
        c => out.push(c),
    }
}

/// The lookup form of a word: Arabic folded as above, other scripts lowercased,
/// invisible characters dropped. Written into `out` (cleared first) to reuse its buffer.
pub fn fold_into(word: &str, out: &mut String) {
    out.clear();
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if ('\u{0600}'..='\u{06FF}').contains(&c) || is_invisible(c) || is_arabic_mark(c) {
            push_folded_arabic(c, out);
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// The bytes of the first `letters` letters of `text`, with the marks on them ("وَ").
pub fn letters_bytes(text: &str, letters: usize) -> usize {
    let mut seen = 0;
    for (i, c) in text.char_indices() {
        let mark = is_arabic_mark(c) || c == '\u{640}' || is_invisible(c);
        if !mark {
            if seen == letters {
                return i;
            }
            seen += 1;
        }
    }
    text.len()
}

/// Convenience form of [`fold_into`].
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, &mut out);
    out
}

/// A fixed list of words compared folded (`"السيدة"` matches `"السيده"`, `"Mr"` matches
/// `"mr"`). The list is folded once, on first use.
pub struct FoldedWords {
    words: &'static [&'static str],
    folded: std::sync::OnceLock<crate::hash::WordSet>,
}

impl FoldedWords {
    pub const fn new(words: &'static [&'static str]) -> FoldedWords {
        FoldedWords { words, folded: std::sync::OnceLock::new() }
    }

    /// The words as written.
    pub fn words(&self) -> &'static [&'static str] {
        self.words
    }

    /// Whether an already folded word is in the list.
    pub fn contains_folded(&self, folded: &str) -> bool {
        self.folded.get_or_init(|| self.words.iter().map(|w| fold(w)).collect()).contains(folded)
    }

    /// Whether a word, folded, is in the list. Folds into a buffer kept per thread: the rules
    /// ask this of most words of a page.
    pub fn contains(&self, word: &str) -> bool {
        thread_local! {
            static BUFFER: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
        }
        BUFFER.with(|buffer| match buffer.try_borrow_mut() {
            Ok(mut buffer) => {
                buffer.clear();
                fold_into(word, &mut buffer);
                self.contains_folded(&buffer)
            }
            // Asked again while folding (never, but not a panic if so).
            Err(_) => self.contains_folded(&fold(word)),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_arabic_variants_marks_and_format_characters() {
        let cases = [
            ("أمريكية", "امريكيه"),
            ("إيران", "ايران"),
            ("الآن", "الان"),
            ("مُصْطَفَى", "مصطفي"),
            ("العـــراق", "العراق"),
            ("وا\u{200C}شنطن", "واشنطن"),
            ("Bai\u{00AD}den", "baiden"),
            ("\u{202B}بغداد\u{202C}", "بغداد"),
            ("OBAMA", "obama"),
            ("Éire", "éire"),
        ];
        for (word, want) in cases {
            assert_eq!(fold(word), want, "help: folding {word:?}");
        }
    }
}
