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

/// The folded form of one Arabic character: `None` when it stays as it is, `Some(None)` for
/// marks and tatweel (dropped).
const fn folded_arabic(c: char) -> Option<Option<char>> {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => Some(Some('ا')),
        'ى' => Some(Some('ي')),
        'ة' => Some(Some('ه')),
        'ؤ' => Some(Some('و')),
        'ئ' => Some(Some('ي')),
        // Persian-style kaf and yeh appear in Arabic text typed on Persian keyboards.
        'ک' => Some(Some('ك')),
        'ی' => Some(Some('ي')),
        '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | TATWEEL => {
            Some(None)
        }
        _ => None,
    }
}

const KEEP: u16 = u16::MAX;
const DROP: u16 = 0;

/// [`folded_arabic`] for each character of the Arabic block (U+0600 to U+06FF), as a table:
/// `KEEP`, `DROP` or the replacement's code point.
static ARABIC_BLOCK: [u16; 256] = {
    let mut table = [KEEP; 256];
    let mut i = 0;
    while i < 256 {
        let c = match char::from_u32(0x600 + i as u32) {
            Some(c) => c,
            None => '\u{0}',
        };
        table[i] = match folded_arabic(c) {
            None => KEEP,
            Some(None) => DROP,
            Some(Some(r)) => r as u16,
        };
        i += 1;
    }
    table
};

/// The lookup form of a word: Arabic folded as above, other scripts lowercased,
/// invisible characters dropped. Written into `out` (cleared first) to reuse its buffer.
///
/// Most letters stay as they are, so runs of them are copied as one slice, and Arabic letters
/// are read from their two bytes through a table: the rules fold several words per token of a
/// page, which makes this one of the hottest loops.
pub fn fold_into(word: &str, out: &mut String) {
    out.clear();
    let bytes = word.as_bytes();
    // Start of the bytes not copied yet, all of them kept as written.
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if b.is_ascii_uppercase() {
                out.push_str(&word[run..i]);
                out.push(b.to_ascii_lowercase() as char);
                run = i + 1;
            }
            i += 1;
            continue;
        }
        // U+0600..U+06FF is 0xD8-0xDB and one continuation byte in UTF-8.
        if (0xD8..=0xDB).contains(&b) && i + 1 < bytes.len() {
            let code = ((b as usize & 0x1F) << 6 | (bytes[i + 1] as usize & 0x3F)) - 0x600;
            let action = ARABIC_BLOCK[code];
            if action != KEEP {
                out.push_str(&word[run..i]);
                if let Some(r) = char::from_u32(action as u32).filter(|_| action != DROP) {
                    out.push(r);
                }
                run = i + 2;
            }
            i += 2;
            continue;
        }
        let c = word[i..].chars().next().unwrap_or_default();
        let len = c.len_utf8();
        if is_invisible(c) || is_arabic_mark(c) {
            out.push_str(&word[run..i]);
            run = i + len;
        } else {
            let mut lower = c.to_lowercase();
            if !(lower.len() == 1 && lower.next() == Some(c)) {
                out.push_str(&word[run..i]);
                out.extend(c.to_lowercase());
                run = i + len;
            }
        }
        i += len;
    }
    out.push_str(&word[run..]);
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

    /// The plain definition: each character folded on its own.
    fn fold_char_by_char(word: &str) -> String {
        let mut out = String::new();
        for c in word.chars() {
            match c {
                c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
                'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
                'ى' | 'ئ' | 'ی' => out.push('ي'),
                'ة' => out.push('ه'),
                'ؤ' => out.push('و'),
                'ک' => out.push('ك'),
                c if is_arabic_mark(c) || c == TATWEEL || is_invisible(c) => {}
                c if ('\u{0600}'..='\u{06FF}').contains(&c) => out.push(c),
                c => out.extend(c.to_lowercase()),
            }
        }
        out
    }

    #[test]
    fn copying_runs_folds_as_the_plain_definition_does() {
        // Every character of the first planes that words are made of, alone and between others.
        let ranges = ['\u{0}'..='\u{0800}', '\u{08D0}'..='\u{0900}', '\u{1E00}'..='\u{2100}', '\u{FB50}'..='\u{FF00}'];
        let mut buf = String::new();
        for c in ranges.into_iter().flatten().chain(['\u{1F600}', '\u{10400}']) {
            for word in [c.to_string(), format!("ب{c}Ab"), format!("{c}{c}ةx"), format!("İ{c}")] {
                fold_into(&word, &mut buf);
                assert_eq!(buf, fold_char_by_char(&word), "{word:?}");
            }
        }
    }

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
