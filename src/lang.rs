//! Language of each paragraph, from its script and, for Latin script, its function words.
//!
//! Only Arabic and English have models. Every other language is still named (so the
//! result can say what was seen) but gets no entities: no tags beat wrong tags.

use crate::span::Span;

/// A detected or requested language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    Ar,
    En,
    /// A language hashiya recognises but has no model for, by its ISO 639-1 code
    /// (`fa`, `ur`, `fr`, …) or a script tag (`Cyrl`, `Hani`, …) when only the script is known.
    Other(&'static str),
    /// No letters to judge by.
    #[default]
    Und,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::En => "en",
            Lang::Other(code) => code,
            Lang::Und => "und",
        }
    }

    /// Whether hashiya has an entity model and quote lexicon for this language.
    pub fn is_supported(self) -> bool {
        matches!(self, Lang::Ar | Lang::En)
    }

    /// The language a page's `lang` attribute names (a BCP 47 tag: `fa`, `en-US`, `ar-EG`),
    /// for the languages hashiya can name; `None` for an empty, unknown or odd tag.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "ar" => Some(Lang::Ar),
            "en" => Some(Lang::En),
            code => KNOWN_TAGS.iter().find(|&&k| k == code).map(|&k| Lang::Other(k)),
        }
    }
}

/// Languages a page may mark that hashiya names but has no model for.
const KNOWN_TAGS: &[&str] = &[
    "fa", "ur", "ps", "ku", "ckb", "sd", "ug", "ks", "fr", "de", "es", "it", "pt", "nl", "tr", "id", "ms", "sw", "pl",
    "sv", "da", "nb", "no", "fi", "cs", "ro", "hu", "ru", "uk", "bg", "sr", "he", "el", "hi", "zh", "ja", "ko",
];

/// Languages written in the Arabic script that are not Arabic: the Arabic model must not tag them.
const ARABIC_SCRIPT_OTHERS: &[&str] = &["fa", "ur", "ps", "ku", "ckb", "sd", "ug", "ks"];

/// Latin-script languages among [`KNOWN_TAGS`] (English aside).
const LATIN_TAGS: &[&str] =
    &["fr", "de", "es", "it", "pt", "nl", "tr", "id", "ms", "sw", "pl", "sv", "da", "nb", "no", "fi", "cs", "ro", "hu"];

/// Function words of Arabic that Persian and Urdu do not use, and the reverse: on text in the
/// Arabic script marked `fa` or `ur`, many more of the first say the mark is wrong.
const ARABIC_ONLY_WORDS: &[&str] =
    &["في", "على", "إلى", "الى", "عن", "التي", "الذي", "هذا", "هذه", "أن", "إن", "كان", "قد", "لم", "ذلك", "حيث"];
const PERSIAN_URDU_WORDS: &[&str] = &[
    "که", "كه", "از", "به", "در", "این", "اين", "را", "است", "با", "می", "مي", "کے", "کی", "ہے", "میں", "اور", "سے",
    "کو", "نے",
];

/// Function words that tell Latin-script languages apart. Short, frequent, and nearly
/// disjoint between the languages; a paragraph votes with the ones it contains.
const LATIN_STOPWORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "of", "to", "is", "in", "that", "was", "for", "with", "said", "he", "she", "it", "on", "are",
            "by", "has", "have", "this", "from", "were", "will", "his", "her", "they", "but", "not",
        ],
    ),
    (
        "fr",
        &[
            "le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour", "qui", "du", "pas", "sur", "au",
            "avec", "il", "elle", "sont", "aux",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "den", "von", "zu", "sich", "auf", "dem",
            "auch", "es", "wird",
        ],
    ),
    (
        "es",
        &[
            "el", "los", "las", "y", "del", "que", "en", "una", "por", "con", "para", "es", "se", "su", "al", "como",
            "pero",
        ],
    ),
    ("it", &["il", "di", "che", "e", "la", "della", "per", "una", "non", "sono", "gli", "del", "con", "anche", "nel"]),
    ("pt", &["o", "os", "da", "do", "que", "em", "uma", "para", "com", "não", "dos", "das", "por", "mais", "ao"]),
    ("nl", &["de", "het", "een", "van", "en", "niet", "dat", "op", "te", "zijn", "met", "voor", "ook", "wordt"]),
];

#[derive(Default)]
struct ScriptCounts {
    arabic: usize,
    /// Letters used by Persian or Urdu but not by Arabic (پ چ ژ گ ک ی).
    persian: usize,
    /// Letters only Urdu uses (ٹ ڈ ڑ ں ے ہ).
    urdu: usize,
    latin: usize,
    other: [(&'static str, usize); 6],
}

fn other_script(c: char) -> Option<usize> {
    Some(match c as u32 {
        0x0400..=0x04FF => 0,                   // Cyrillic
        0x0590..=0x05FF => 1,                   // Hebrew
        0x0370..=0x03FF => 2,                   // Greek
        0x0900..=0x097F => 3,                   // Devanagari
        0x3040..=0x30FF | 0x4E00..=0x9FFF => 4, // Kana, Han
        0xAC00..=0xD7AF => 5,                   // Hangul
        _ => return None,
    })
}

/// True for letters of the Arabic script blocks (not its digits, punctuation or marks).
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c as u32, 0x0620..=0x064A | 0x066E..=0x06D3 | 0x06D5 | 0x06EE..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08C9 | 0xFB50..=0xFDFF | 0xFE70..=0xFEFC)
        && c != '\u{0640}'
}

fn count_scripts(text: &str) -> ScriptCounts {
    let mut counts = ScriptCounts {
        other: [("Cyrl", 0), ("he", 0), ("el", 0), ("Deva", 0), ("Hani", 0), ("ko", 0)],
        ..ScriptCounts::default()
    };
    for c in text.chars() {
        if is_arabic_letter(c) {
            counts.arabic += 1;
            match c {
                'پ' | 'چ' | 'ژ' | 'گ' | 'ک' | 'ی' => counts.persian += 1,
                'ٹ' | 'ڈ' | 'ڑ' | 'ں' | 'ے' | 'ہ' => counts.urdu += 1,
                _ => {}
            }
        } else if c.is_ascii_alphabetic() || matches!(c as u32, 0xC0..=0x24F) && c.is_alphabetic() {
            counts.latin += 1;
        } else if let Some(i) = other_script(c) {
            counts.other[i].1 += 1;
        }
    }
    counts
}

/// Votes of a Latin-script text for each language by its function words;
/// `None` when it has none (a headline, a name list).
fn latin_language(text: &str) -> Option<&'static str> {
    let votes = latin_votes(text);
    let (best, &count) = votes.iter().enumerate().max_by_key(|&(i, v)| (*v, usize::MAX - i))?;
    (count > 0).then_some(LATIN_STOPWORDS[best].0)
}

fn latin_votes(text: &str) -> [usize; LATIN_STOPWORDS.len()] {
    let mut votes = [0usize; LATIN_STOPWORDS.len()];
    for word in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty() && w.len() <= 6) {
        let lower = word.to_lowercase();
        for (i, (_, words)) in LATIN_STOPWORDS.iter().enumerate() {
            if words.contains(&lower.as_str()) {
                votes[i] += 1;
            }
        }
    }
    votes
}

/// The language of one paragraph, or `None` when it cannot tell (no letters, or Latin
/// script without function words): the caller then falls back to the document's language.
pub fn detect(text: &str) -> Option<Lang> {
    let counts = count_scripts(text);
    let (other_tag, other) = counts.other.iter().copied().max_by_key(|&(_, n)| n).unwrap_or(("und", 0));
    let total = counts.arabic + counts.latin + other;
    if total == 0 {
        return None;
    }
    if counts.arabic >= counts.latin && counts.arabic >= other {
        // Arabic text almost never uses the Persian letters; Persian uses ی and ک everywhere.
        let persian_share = (counts.persian + counts.urdu) * 100 / counts.arabic.max(1);
        return Some(if persian_share >= 3 && counts.urdu * 3 > counts.persian {
            Lang::Other("ur")
        } else if persian_share >= 3 {
            Lang::Other("fa")
        } else {
            Lang::Ar
        });
    }
    if counts.latin >= other {
        return latin_language(text).map(|code| if code == "en" { Lang::En } else { Lang::Other(code) });
    }
    Some(Lang::Other(other_tag))
}

/// The scripts a hint can be in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Arabic,
    Latin,
    Other,
}

fn script_of(lang: Lang) -> Option<Script> {
    match lang {
        Lang::Ar => Some(Script::Arabic),
        Lang::En => Some(Script::Latin),
        Lang::Other(code) if ARABIC_SCRIPT_OTHERS.contains(&code) => Some(Script::Arabic),
        Lang::Other(code) if LATIN_TAGS.contains(&code) => Some(Script::Latin),
        Lang::Other(_) => Some(Script::Other),
        Lang::Und => None,
    }
}

/// How many words of `text` are in `list`.
fn count_words(text: &str, list: &[&str]) -> usize {
    text.split(|c: char| !is_arabic_letter(c) && !c.is_alphabetic()).filter(|w| list.contains(w)).count()
}

/// The language of one paragraph given what the page's markup says it is (`lang`): the text
/// wins where its script is clear, the hint where the text cannot tell.
///
/// - A script with two thirds of the letters is clear: a hint in another script is ignored
///   (sites often leave `lang="en"` on Arabic articles).
/// - In the hint's script, the hint breaks ties: Latin text without function words (a headline,
///   a name), function words of several languages in equal number, a paragraph mixing scripts.
/// - Arabic script marked `fa`, `ur` (or another language written in it) is that language, so
///   the Arabic model leaves it alone, unless its function words are plainly Arabic; marked
///   `ar`, it is Arabic unless Persian or Urdu letters say otherwise.
pub fn detect_with_hint(text: &str, hint: Option<Lang>) -> Option<Lang> {
    let Some((hint, script)) = hint.and_then(|h| Some((h, script_of(h)?))) else { return detect(text) };
    let counts = count_scripts(text);
    let other = counts.other.iter().map(|&(_, n)| n).max().unwrap_or(0);
    let letters = counts.arabic + counts.latin + other;
    let in_hint_script = match script {
        Script::Arabic => counts.arabic,
        Script::Latin => counts.latin,
        Script::Other => other,
    };
    // Clear script evidence against the hint: another script has over two thirds of the letters.
    if letters == 0 || in_hint_script * 3 < letters {
        return detect(text);
    }
    let detected = detect(text);
    match (script, hint) {
        (Script::Arabic, Lang::Ar) => Some(match detected {
            Some(Lang::Other(code)) if counts.persian + counts.urdu >= 3 && ARABIC_SCRIPT_OTHERS.contains(&code) => {
                Lang::Other(code)
            }
            _ => Lang::Ar,
        }),
        (Script::Arabic, _) => {
            let arabic_words = count_words(text, ARABIC_ONLY_WORDS);
            let persian_words = count_words(text, PERSIAN_URDU_WORDS);
            Some(match detected {
                // Persian or Urdu letters: the text names its language itself.
                Some(Lang::Other(code)) if ARABIC_SCRIPT_OTHERS.contains(&code) => Lang::Other(code),
                _ if arabic_words >= 3 && arabic_words >= 2 * persian_words => Lang::Ar,
                _ => hint,
            })
        }
        (Script::Latin, _) => {
            let votes = latin_votes(text);
            let best = votes.iter().copied().max().unwrap_or(0);
            let hinted = LATIN_STOPWORDS.iter().position(|(code, _)| *code == hint.code());
            // The hint's language is among the best voted (or nothing voted): the hint decides.
            if best == 0 || hinted.is_some_and(|i| votes[i] == best) || counts.latin * 3 < letters * 2 {
                return Some(hint);
            }
            detected.or(Some(hint))
        }
        (Script::Other, _) => Some(if other * 3 >= letters * 2 { hint } else { detected.unwrap_or(hint) }),
    }
}

/// Detects each paragraph's language; paragraphs that cannot tell take the language
/// of the document's letters as a whole, and the document's language is returned too.
pub fn detect_paragraphs(text: &str, paragraphs: &[Span]) -> (Lang, Vec<Lang>) {
    detect_paragraphs_hinted(text, paragraphs, &[])
}

/// [`detect_paragraphs`] with the page's language marks: `hints[i]` is what the markup says
/// paragraph `i` is in (missing or `None`: nothing), weighed by [`detect_with_hint`].
pub fn detect_paragraphs_hinted(text: &str, paragraphs: &[Span], hints: &[Option<Lang>]) -> (Lang, Vec<Lang>) {
    let detected: Vec<Option<Lang>> = paragraphs
        .iter()
        .enumerate()
        .map(|(i, p)| detect_with_hint(p.of(text), hints.get(i).copied().flatten()))
        .collect();
    // The document language: the one covering most bytes among decided paragraphs.
    let mut weight: Vec<(Lang, usize)> = Vec::new();
    for (lang, span) in detected.iter().zip(paragraphs) {
        if let Some(lang) = lang {
            match weight.iter_mut().find(|(l, _)| l == lang) {
                Some((_, w)) => *w += span.len(),
                None => weight.push((*lang, span.len())),
            }
        }
    }
    let document = weight.iter().max_by_key(|(_, w)| *w).map(|(l, _)| *l);
    let fallback = |p: &Span| {
        let counts = count_scripts(p.of(text));
        match document {
            // A Latin headline in an English document is English.
            Some(doc) if counts.latin > 0 && counts.arabic == 0 && doc != Lang::Ar => doc,
            Some(Lang::Ar) if counts.latin > 0 => Lang::En,
            Some(doc) if counts.arabic > 0 || counts.latin > 0 => doc,
            _ if counts.latin > 0 => Lang::En,
            _ => Lang::Und,
        }
    };
    let langs = detected.iter().zip(paragraphs).map(|(l, p)| l.unwrap_or_else(|| fallback(p))).collect();
    (document.unwrap_or(Lang::Und), langs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_by_script_and_function_words() {
        let cases: &[(&str, Option<Lang>)] = &[
            ("قال رئيس الوزراء العراقي إن بلاده لم تعد بحاجة", Some(Lang::Ar)),
            ("The prime minister said that his country no longer needs troops.", Some(Lang::En)),
            ("Le premier ministre a dit que les troupes ne sont pas nécessaires.", Some(Lang::Other("fr"))),
            ("Der Ministerpräsident sagte, dass die Truppen nicht mehr nötig sind.", Some(Lang::Other("de"))),
            ("نخست وزیر عراق گفت که کشورش دیگر به نیروهای آمریکایی نیازی ندارد", Some(Lang::Other("fa"))),
            ("Премьер-министр сказал", Some(Lang::Other("Cyrl"))),
            ("Obama Visits Baghdad", None),
            ("2021 — 12:30", None),
            ("", None),
        ];
        for (text, want) in cases {
            assert_eq!(detect(text), *want, "help: detecting {text:?}");
        }
    }

    #[test]
    fn undecided_paragraphs_follow_the_document() {
        let text = "Obama Visits Baghdad\nThe president said on Monday that the visit was short.\n2021";
        let spans = crate::text::paragraphs(text);
        let (doc, langs) = detect_paragraphs(text, &spans);
        assert_eq!(doc, Lang::En);
        assert_eq!(langs, vec![Lang::En, Lang::En, Lang::Und]);
    }

    #[test]
    fn latin_names_in_an_arabic_document_are_english() {
        let text = "قال رئيس الوزراء إن الزيارة مهمة\nJoe Biden";
        let spans = crate::text::paragraphs(text);
        assert_eq!(spans[1].of(text), "Joe Biden");
        let (doc, langs) = detect_paragraphs(text, &spans);
        assert_eq!((doc, langs[1]), (Lang::Ar, Lang::En));
    }

    const ARABIC: &str =
        "قال رئيس الوزراء العراقي إن بلاده لم تعد بحاجة إلى قوات قتالية في العراق، وأكد أن التعاون مستمر";
    const ENGLISH: &str = "The prime minister said that his country no longer needs combat troops.";

    #[test]
    fn page_tags_name_languages() {
        assert_eq!(Lang::from_tag("ar-EG"), Some(Lang::Ar));
        assert_eq!(Lang::from_tag("EN_us"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fa-IR"), Some(Lang::Other("fa")));
        assert_eq!(Lang::from_tag(" ur "), Some(Lang::Other("ur")));
        assert_eq!(Lang::from_tag(""), None);
        assert_eq!(Lang::from_tag("x-klingon"), None);
        assert_eq!(Lang::from_tag("-"), None);
    }

    #[test]
    fn persian_or_urdu_marks_keep_the_arabic_model_off_arabic_script() {
        // Persian written with Arabic yeh and kaf: no Persian letters, so the text alone says Arabic.
        let persian_arabic_letters = "وزير خارجه ايران گفت كه مذاكرات با آمريكا ادامه دارد";
        let persian_arabic_letters = persian_arabic_letters.replace('گ', "ك");
        assert_eq!(detect(&persian_arabic_letters), Some(Lang::Ar));
        let fa = Lang::from_tag("fa");
        assert_eq!(detect_with_hint(&persian_arabic_letters, fa), Some(Lang::Other("fa")));
        assert_eq!(detect_with_hint("عمران خان", Lang::from_tag("ur")), Some(Lang::Other("ur")));
        assert!(!detect_with_hint("بغداد", fa).unwrap().is_supported(), "help: a short marked name");
        // A plainly Arabic paragraph keeps its language under a wrong `fa`.
        assert_eq!(detect_with_hint(ARABIC, fa), Some(Lang::Ar));
        // Persian letters say Persian whatever the mark.
        let persian = "نخست وزیر عراق گفت که کشورش دیگر به نیروهای آمریکایی نیازی ندارد";
        assert_eq!(detect_with_hint(persian, Some(Lang::Ar)), Some(Lang::Other("fa")));
    }

    #[test]
    fn a_wrong_mark_never_beats_a_clear_script() {
        assert_eq!(detect_with_hint(ARABIC, Some(Lang::En)), Some(Lang::Ar));
        assert_eq!(detect_with_hint(ENGLISH, Some(Lang::Ar)), Some(Lang::En));
        assert_eq!(detect_with_hint(ENGLISH, Lang::from_tag("fa")), Some(Lang::En));
        assert_eq!(detect_with_hint(ENGLISH, Lang::from_tag("fr")), Some(Lang::En), "help: function words win");
        assert_eq!(detect_with_hint("2021 — 12:30", Some(Lang::En)), None);
        assert_eq!(detect_with_hint("", Some(Lang::Ar)), None);
    }

    #[test]
    fn marks_break_ties_on_short_and_mixed_paragraphs() {
        assert_eq!(detect("Obama Visits Baghdad"), None);
        assert_eq!(detect_with_hint("Obama Visits Baghdad", Some(Lang::En)), Some(Lang::En));
        assert_eq!(detect_with_hint("Obama Visite Bagdad", Lang::from_tag("fr")), Some(Lang::Other("fr")));
        // About as many Arabic as Latin letters: the text cannot tell, the mark can.
        let mixed = "Joe Biden Kadhimi White House جو بايدن الكاظمي البيت الأبيض";
        assert_eq!(detect_with_hint(mixed, Some(Lang::En)), Some(Lang::En));
        assert_eq!(detect_with_hint(mixed, Some(Lang::Ar)), Some(Lang::Ar));
    }

    #[test]
    fn paragraphs_take_their_marks_and_say_what_was_detected() {
        let text = format!("{ARABIC}\nObama Visits Baghdad\nوزير خارجه ايران كفت كه مذاكرات ادامه دارد");
        let spans = crate::text::paragraphs(&text);
        let hints = [Some(Lang::En), Some(Lang::En), Lang::from_tag("fa")];
        let (doc, langs) = detect_paragraphs_hinted(&text, &spans, &hints);
        assert_eq!(doc, Lang::Ar);
        assert_eq!(langs, vec![Lang::Ar, Lang::En, Lang::Other("fa")]);
        let (_, unmarked) = detect_paragraphs(&text, &spans);
        assert_eq!(unmarked[2], Lang::Ar, "help: without the mark the Persian line reads as Arabic");
    }
}
