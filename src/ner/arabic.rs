//! Arabic clitics on folded words (see [`crate::text::normalize::fold`]).
//!
//! A news word is often `conjunction? preposition? article? stem`: "وبالعراق" is
//! و + ب + ال + عراق. With the preposition ل the article's alif is elided: "للعراق" is
//! ل + (ا)ل + عراق.
//! Names can begin with the same letters (واشنطن، بغداد، لبنان), so a clitic is *sure* only
//! when an article follows it; otherwise the caller decides with its lexicon.

const CONJUNCTIONS: [char; 2] = ['و', 'ف'];
const PREPOSITIONS: [char; 3] = ['ب', 'ل', 'ك'];
/// Each Arabic letter is two bytes in UTF-8.
const LETTER: usize = 2;

/// How a folded word splits into clitics, article and stem (byte offsets into the word).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Prefixes {
    /// Bytes of the attached conjunction and preposition (0, 2 or 4).
    pub clitic: usize,
    /// Where the stem starts, after the clitics and the article (or the elided article's ل).
    pub stem: usize,
    /// Whether an article follows the clitics (so the clitics are certain).
    pub article: bool,
    /// ل + elided article: the name form after the clitic starts with ل, not ال.
    pub elided: bool,
}

fn chars_in(s: &str) -> usize {
    s.chars().count()
}

/// Splits a folded word. A stem keeps at least two letters; a clitic without an article
/// after it is only taken as `light` (see [`light_clitic`]).
pub fn prefixes(word: &str) -> Prefixes {
    let none = Prefixes { clitic: 0, stem: 0, article: false, elided: false };
    if !word.starts_with(|c: char| ('\u{0621}'..='\u{064A}').contains(&c)) {
        return none;
    }
    // Try the longest clitic sequences first: conj+prep, conj, prep, nothing.
    let mut candidates: [(usize, Option<char>); 4] = [(0, None); 4];
    let mut n = 0;
    let mut chars = word.chars();
    let first = chars.next();
    let second = chars.next();
    if let (Some(a), Some(b)) = (first, second) {
        if CONJUNCTIONS.contains(&a) && PREPOSITIONS.contains(&b) {
            candidates[n] = (2 * LETTER, Some(b));
            n += 1;
        }
    }
    if let Some(a) = first {
        if CONJUNCTIONS.contains(&a) || PREPOSITIONS.contains(&a) {
            candidates[n] = (LETTER, Some(a));
            n += 1;
        }
    }
    candidates[n] = (0, None);
    n += 1;
    for &(clitic, last) in &candidates[..n] {
        let rest = &word[clitic..];
        if rest.starts_with("ال") && chars_in(rest) >= 4 {
            return Prefixes { clitic, stem: clitic + 2 * LETTER, article: true, elided: false };
        }
        // ل + (ا)ل: "للعراق" → clitic ل, name "لعراق", stem "عراق".
        if last == Some('ل') && rest.starts_with('ل') && chars_in(rest) >= 4 {
            return Prefixes { clitic, stem: clitic + LETTER, article: true, elided: true };
        }
    }
    none
}

/// A single clitic letter with no article after it ("بواشنطن", "وبغداد"): possible, not
/// certain. Returns its byte length when the rest keeps at least three letters.
pub fn light_clitic(word: &str) -> usize {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) if (CONJUNCTIONS.contains(&c) || PREPOSITIONS.contains(&c)) && chars.count() >= 3 => LETTER,
        _ => 0,
    }
}

/// How many clitic letters (و ف ب ل ك, up to two) stand before the rest of a folded word that
/// `is_word` accepts ("وبطولة" before "بطولة": one), or `None` when no reading is accepted.
/// For rules that look for a head word with whatever clitics it carries.
pub fn clitics_before(folded: &str, is_word: impl Fn(&str) -> bool) -> Option<usize> {
    let mut rest = folded;
    for clitics in 0..=2 {
        if is_word(rest) {
            return Some(clitics);
        }
        rest = rest.strip_prefix(['و', 'ف', 'ب', 'ل', 'ك'])?;
    }
    None
}

/// Attached possessive and object pronouns, longest first.
const PRONOUN_SUFFIXES: [&str; 7] = ["هما", "كما", "هم", "ها", "هن", "كم", "نا"];

/// The stem with an attached pronoun removed, when the stem keeps three letters.
pub fn without_pronoun(stem: &str) -> Option<&str> {
    PRONOUN_SUFFIXES.iter().find_map(|suffix| {
        let rest = stem.strip_suffix(suffix)?;
        (chars_in(rest) >= 3).then_some(rest)
    })
}

/// A nisba ending (ـي، ـية، ـيون، ـيين، ـيان) on a folded stem: its id and the root before it
/// ("امريكيه" → (2, "امريك"), "عراقي" → (1, "عراق")).
pub fn nisba(stem: &str) -> Option<(u8, &str)> {
    const ENDINGS: [(&str, u8); 5] = [("يين", 3), ("يون", 3), ("يان", 4), ("يه", 2), ("ي", 1)];
    ENDINGS.iter().find_map(|&(ending, id)| {
        let root = stem.strip_suffix(ending)?;
        (chars_in(root) >= 3).then_some((id, root))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::fold;

    fn split(word: &str) -> (String, String) {
        let f = fold(word);
        let p = prefixes(&f);
        (f[..p.clitic].to_string(), f[p.stem..].to_string())
    }

    #[test]
    fn strips_clitics_only_before_an_article() {
        let cases = [
            ("والعراق", "و", "عراق"),
            ("وبالعراق", "وب", "عراق"),
            ("للعراق", "ل", "عراق"),
            ("وللعراق", "ول", "عراق"),
            ("بالولايات", "ب", "ولايات"),
            ("العراق", "", "عراق"),
            ("كالأسد", "ك", "اسد"),
            // Names that start like clitics keep their letters.
            ("واشنطن", "", "واشنطن"),
            ("بغداد", "", "بغداد"),
            ("لبنان", "", "لبنان"),
            ("الى", "", "الي"),
            ("ال", "", "ال"),
            ("Obama", "", "obama"),
        ];
        for (word, clitic, stem) in cases {
            assert_eq!(split(word), (clitic.to_string(), stem.to_string()), "help: splitting {word}");
        }
        let p = prefixes(&fold("للعراق"));
        assert!(p.article && p.elided);
        assert!(!prefixes(&fold("والعراق")).elided);
    }

    #[test]
    fn light_clitics_pronouns_and_nisba() {
        assert_eq!(light_clitic(&fold("بواشنطن")), 2);
        assert_eq!(light_clitic(&fold("وبغداد")), 2);
        assert_eq!(light_clitic(&fold("بان")), 0);
        assert_eq!(light_clitic("Obama"), 0);
        assert_eq!(without_pronoun("حكومتها"), Some("حكومت"));
        assert_eq!(without_pronoun("لها"), None);
        assert_eq!(nisba(&fold("أمريكية")), Some((2, "امريك")));
        assert_eq!(nisba("عراقي"), Some((1, "عراق")));
        assert_eq!(nisba("الامريكيين"), Some((3, "الامريك")));
        assert_eq!(nisba("في"), None);
    }
}
