//! Feature extraction over a sentence given as a slice of words.
//!
//! Both the tagger (words from [`crate::text::tokenize`]) and training/evaluation (words
//! from a CoNLL file) call [`Extractor::extract`], so they see the same features. Each
//! feature is a template id plus the bytes it looks at, hashed to a 32-bit key; the only
//! allocations are buffers reused from sentence to sentence.

use super::arabic;
use super::gazetteer::{Gazetteer, MAX_WORDS};
use super::lexicon::Lexicon;
use super::triggers;
use crate::hash::Fnv;
use crate::lang::Lang;
use crate::text::normalize::fold_into;

/// The feature keys of each token of one sentence.
#[derive(Clone, Debug, Default)]
pub struct Features {
    pub keys: Vec<u32>,
    /// Token `i` owns `keys[starts[i]..starts[i + 1]]`.
    pub starts: Vec<u32>,
}

impl Features {
    pub fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn token(&self, i: usize) -> &[u32] {
        &self.keys[self.starts[i] as usize..self.starts[i + 1] as usize]
    }
}

const INIT_CAP: u8 = 1;
const ALL_CAPS: u8 = 2;
const HAS_DIGIT: u8 = 4;
const NO_LETTER: u8 = 8;

/// What the templates read about one token; strings are byte ranges into the extractor's buffers.
#[derive(Clone, Copy, Debug, Default)]
struct Info {
    fold: (u32, u32),
    /// Start of the name form (after sure or light clitics), inside `fold`.
    name: u32,
    /// Start of the stem (after clitics and article), inside `fold`.
    stem: u32,
    flags: u8,
    gaz_begin: u16,
    gaz_inside: u16,
    triggers: u8,
    /// Arabic nisba ending id (0: none), with bit 0x10 when the word has the article.
    nisba: u8,
    /// Lexicon classes of the word (low bits) and how it was found (bits 4-5): see `lex_code`.
    lex: u8,
    /// Hashes of the folded word, its stem, its shape and its exact spelling, computed once
    /// and combined into many features with [`mix`].
    h_word: u64,
    h_stem: u64,
    h_shape: u64,
    h_exact: u64,
}

const K1: u64 = 0x9E37_79B9_7F4A_7C15;
const K2: u64 = 0xBF58_476D_1CE4_E5B9;
const K3: u64 = 0x94D0_49BB_1331_11EB;
/// Stand-ins for the words before the sentence start and after its end.
const BEFORE: u64 = 0x5EED_0000_0000_0001;
const AFTER: u64 = 0x5EED_0000_0000_0002;

/// A feature key from a template, a small argument and one word hash (splitmix finaliser).
#[inline]
fn mix(template: u8, arg: u8, h: u64) -> u32 {
    let mut x = h ^ ((template as u64) << 56 | (arg as u64) << 48).wrapping_mul(K1);
    x = (x ^ (x >> 30)).wrapping_mul(K2);
    x = (x ^ (x >> 27)).wrapping_mul(K3);
    let k = (x ^ (x >> 31)) as u32;
    if k == 0 {
        1
    } else {
        k
    }
}

/// Two word hashes as one (order matters).
#[inline]
fn pair(a: u64, b: u64) -> u64 {
    a.rotate_left(23).wrapping_mul(K1) ^ b
}

/// Reusable buffers for feature extraction.
#[derive(Debug, Default)]
pub struct Extractor {
    folded: String,
    shapes: String,
    info: Vec<Info>,
    scratch: String,
}

// Template ids. Changing one changes every key: retrain after any change here.
mod t {
    pub const BIAS: u8 = 1;
    pub const WORD: u8 = 2;
    pub const EXACT: u8 = 3;
    pub const WORD_AT: u8 = 4; // + offset byte
    pub const BIGRAM_LEFT: u8 = 8;
    pub const BIGRAM_RIGHT: u8 = 9;
    pub const PREFIX: u8 = 10;
    pub const SUFFIX: u8 = 11;
    pub const SHAPE: u8 = 12;
    pub const SHAPE_AT: u8 = 13;
    pub const SHAPE_TRIGRAM: u8 = 15;
    pub const FIRST: u8 = 16;
    pub const CAPS_MODE: u8 = 17;
    pub const LENGTH: u8 = 18;
    pub const STEM: u8 = 20;
    pub const STEM_AT: u8 = 21;
    pub const CLITIC: u8 = 23;
    pub const NISBA: u8 = 24;
    pub const NISBA_ROOT: u8 = 25;
    pub const NISBA_GAZ: u8 = 26;
    pub const STEM_AFFIX: u8 = 27;
    pub const NO_PRONOUN: u8 = 28;
    pub const NISBA_AT: u8 = 29;
    pub const GAZ: u8 = 30;
    pub const GAZ_AT: u8 = 31;
    pub const GAZ_CAP: u8 = 33;
    pub const GAZ_WORD: u8 = 34;
    pub const TRIGGER_AT: u8 = 40;
    pub const TRIGGER_SHAPE: u8 = 44;
    pub const TRIGGER_WORD: u8 = 45;
    pub const LEX: u8 = 50;
    pub const LEX_AT: u8 = 51;
    pub const LEX_FORM: u8 = 52;
    pub const LEX_GAZ: u8 = 53;
    pub const LEX_TRIGGER: u8 = 54;
}

/// Suffixes tried, longest first, when an Arabic stem is not in the lexicon as it stands:
/// attached pronouns, plural and dual endings, and the accusative alif ("عاما").
const AR_SUFFIXES: [&str; 14] = ["هما", "كما", "هم", "ها", "هن", "كم", "نا", "ات", "ون", "ين", "ان", "ه", "ي", "ا"];
const EN_SUFFIXES: [&str; 6] = ["'s", "s", "es", "ed", "ing", "ly"];

/// How a word was found in the lexicon, in bits 4-6 of the code (classes in bits 0-3).
const LEX_DIRECT: u8 = 1 << 4;
const LEX_CLITIC: u8 = 2 << 4;
const LEX_SUFFIX: u8 = 3 << 4;
/// A verb after the future prefix س ("ستبقى"): names do not end in one.
const LEX_FUTURE: u8 = 4 << 4;
const LEX_CLASSES: u8 = 0x0F;

/// The lexicon code of `base` without one suffix (with a teh marbuta restored: "شركات" →
/// "شرك" → "شركه", "حكومتها" → "حكومت" → "حكومه"), or 0.
fn lex_with_suffixes(lexicon: &Lexicon, lang: Lang, base: &str) -> u8 {
    let suffixes: &[&str] = if lang == Lang::Ar { &AR_SUFFIXES } else { &EN_SUFFIXES };
    for suffix in suffixes {
        let Some(rest) = base.strip_suffix(suffix) else { continue };
        if rest.chars().count() < 2 {
            continue;
        }
        let mut classes = lexicon.classes_of(Fnv::new().str(rest).value());
        if lang == Lang::Ar {
            let open = rest.strip_suffix('ت').unwrap_or(rest);
            classes |= lexicon.classes_of(Fnv::new().str(open).str("ه").value());
        }
        if classes != 0 {
            return LEX_SUFFIX | classes & LEX_CLASSES;
        }
    }
    0
}

fn is_arabic_letter(c: char) -> bool {
    ('\u{0621}'..='\u{064A}').contains(&c)
}

/// Appends a compressed word shape: `Xx`, `X.X.`, `dd`, `a` (Arabic letters).
fn push_shape(word: &str, out: &mut String) {
    let mut last = '\0';
    let mut n = 0;
    for c in word.chars() {
        let s = if c.is_ascii_digit() || c.is_numeric() {
            'd'
        } else if is_arabic_letter(c) {
            'a'
        } else if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_alphabetic() {
            'l'
        } else if c.is_ascii() {
            c
        } else {
            '*'
        };
        if s != last {
            out.push(s);
            last = s;
            n += 1;
            if n == 8 {
                break;
            }
        }
    }
}

fn flags_of(word: &str) -> u8 {
    let mut flags = 0;
    let (mut upper, mut lower, mut letters) = (0, 0, 0);
    for (i, c) in word.chars().enumerate() {
        // Arabic letters first: uncased, and `is_alphabetic` is slow outside ASCII.
        if is_arabic_letter(c) {
            letters += 1;
        } else if c.is_alphabetic() {
            letters += 1;
            if c.is_uppercase() {
                upper += 1;
                if i == 0 {
                    flags |= INIT_CAP;
                }
            } else if c.is_lowercase() {
                lower += 1;
            }
        } else if c.is_numeric() {
            flags |= HAS_DIGIT;
        }
    }
    if letters == 0 {
        flags |= NO_LETTER;
    }
    if upper > 0 && lower == 0 {
        flags |= ALL_CAPS;
    }
    flags
}

/// Byte offsets of the first `k` and last `k` characters.
fn char_prefix(s: &str, k: usize) -> Option<&str> {
    let mut it = s.char_indices();
    let end = it.nth(k).map_or(s.len(), |(i, _)| i);
    (s.chars().count() > k).then(|| &s[..end])
}

fn char_suffix(s: &str, k: usize) -> Option<&str> {
    let n = s.chars().count();
    if n <= k {
        return None;
    }
    let start = s.char_indices().nth(n - k).map(|(i, _)| i)?;
    Some(&s[start..])
}

impl Extractor {
    pub fn new() -> Extractor {
        Extractor::default()
    }

    fn folded(&self, i: usize) -> &str {
        let (a, b) = self.info[i].fold;
        &self.folded[a as usize..b as usize]
    }

    fn stem(&self, i: usize) -> &str {
        let info = &self.info[i];
        &self.folded[info.stem as usize..info.fold.1 as usize]
    }

    fn name(&self, i: usize) -> &str {
        let info = &self.info[i];
        &self.folded[info.name as usize..info.fold.1 as usize]
    }

    fn at(&self, i: usize, offset: isize) -> Option<usize> {
        let j = i as isize + offset;
        (j >= 0 && (j as usize) < self.info.len()).then_some(j as usize)
    }

    /// Analyses each word: folded form, clitics, shape, flags, triggers.
    fn analyse(&mut self, lang: Lang, lexicon: &Lexicon, words: &[&str]) {
        self.folded.clear();
        self.shapes.clear();
        self.info.clear();
        for word in words {
            fold_into(word, &mut self.scratch);
            let start = self.folded.len() as u32;
            self.folded.push_str(&self.scratch);
            let end = self.folded.len() as u32;
            let shape_start = self.shapes.len() as u32;
            push_shape(word, &mut self.shapes);
            let mut info =
                Info { fold: (start, end), name: start, stem: start, flags: flags_of(word), ..Info::default() };
            if lang == Lang::Ar {
                let p = arabic::prefixes(&self.scratch);
                info.name = start + p.clitic as u32;
                info.stem = start + p.stem as u32;
                if p.clitic == 0 && !p.article {
                    let light = arabic::light_clitic(&self.scratch) as u32;
                    info.name = start + light;
                }
                if let Some((ending, _)) = arabic::nisba(&self.scratch[p.stem..]) {
                    info.nisba = ending | if p.article { 0x10 } else { 0 };
                }
            }
            info.h_word = Fnv::new().str(&self.scratch).value();
            info.h_stem = Fnv::new().str(&self.folded[info.stem as usize..end as usize]).value();
            info.h_shape = Fnv::new().str(&self.shapes[shape_start as usize..]).value();
            info.h_exact = if lang == Lang::En { Fnv::new().str(word).value() } else { info.h_word };
            info.lex = self.lex_code(lang, lexicon, &info);
            self.info.push(info);
        }
        for i in 0..self.info.len() {
            let mut classes = triggers::classes(self.folded(i));
            if lang == Lang::Ar {
                classes |= triggers::classes(self.name(i)) | triggers::classes(self.stem(i));
            }
            self.info[i].triggers = classes;
        }
    }

    /// The word's lexicon classes, tried as it stands (Arabic: its stem), then without a
    /// possible clitic letter, then without a suffix; 0 when it is in no lexicon.
    fn lex_code(&self, lang: Lang, lexicon: &Lexicon, info: &Info) -> u8 {
        let code = self.lex_lookup(lang, lexicon, info);
        // Verbs only steer the clitic readings above; as a feature they count as common words.
        let verb = lexicon.verb_bit();
        if code & verb != 0 {
            (code & !verb) | lexicon.common_bit()
        } else {
            code
        }
    }

    fn lex_lookup(&self, lang: Lang, lexicon: &Lexicon, info: &Info) -> u8 {
        if lexicon.is_empty() {
            return 0;
        }
        let classes = lexicon.classes_of(info.h_stem) & LEX_CLASSES;
        if classes != 0 {
            return LEX_DIRECT | classes;
        }
        let stem = &self.folded[info.stem as usize..info.fold.1 as usize];
        let light = &self.folded[info.name as usize..info.fold.1 as usize];
        let has_light = lang == Lang::Ar && info.name > info.fold.0 && info.stem == info.fold.0;
        let verb = lexicon.verb_bit();
        // A preposition (ب ل ك) never attaches to a verb: "بايدن" is not ب + أيّدن.
        let light_mask = if self.folded[info.fold.0 as usize..].starts_with(['ب', 'ل', 'ك']) { !verb } else { !0 };
        if has_light {
            let classes = lexicon.classes_of(Fnv::new().str(light).value()) & light_mask & LEX_CLASSES;
            if classes != 0 {
                return LEX_CLITIC | classes;
            }
        }
        if lang == Lang::Ar && verb != 0 {
            // The future prefix س before an imperfect verb: "ستبقى", "وسيبقى".
            for base in [stem, light] {
                let Some(rest) = base.strip_prefix('س') else { continue };
                if rest.starts_with(['ي', 'ت', 'ن', 'ا']) && rest.chars().count() >= 3 {
                    let classes = lexicon.classes_of(Fnv::new().str(rest).value()) & verb;
                    if classes != 0 {
                        return LEX_FUTURE | classes;
                    }
                }
            }
        }
        let code = lex_with_suffixes(lexicon, lang, stem);
        if code == 0 && has_light {
            let code = lex_with_suffixes(lexicon, lang, light);
            return if code & LEX_CLASSES & light_mask != 0 { code & (light_mask | !LEX_CLASSES) } else { 0 };
        }
        code
    }

    /// Marks where gazetteer phrases begin and continue. Arabic first words are also tried
    /// without their clitics, and with the elided article restored ("للعراق" → "العراق").
    fn match_gazetteer(&mut self, lang: Lang, gaz: &Gazetteer) {
        let n = self.info.len();
        for i in 0..n {
            let mut starts = [Fnv::new().str(self.folded(i)), Fnv::new(), Fnv::new()];
            let mut variants = 1;
            if lang == Lang::Ar {
                let info = self.info[i];
                if info.name != info.fold.0 {
                    starts[variants] = Fnv::new().str(self.name(i));
                    variants += 1;
                }
                if info.stem > info.name && !self.name(i).starts_with("ال") {
                    starts[variants] = Fnv::new().str("ال").str(self.stem(i));
                    variants += 1;
                }
            }
            for &first in &starts[..variants] {
                let mut h = first;
                for j in i..n.min(i + MAX_WORDS) {
                    if j > i {
                        h = h.sep().str(self.folded(j));
                    }
                    let classes = gaz.classes_of(h);
                    if classes != 0 {
                        self.info[i].gaz_begin |= classes;
                        for k in i + 1..=j {
                            self.info[k].gaz_inside |= classes;
                        }
                    }
                    if !gaz.continues(h) {
                        break;
                    }
                }
            }
        }
    }

    /// After [`Extractor::extract`]: per word, the key that repeats of the word share (its
    /// folded form without Arabic clitics) and whether it is capitalised.
    pub fn word_keys(&self, out: &mut Vec<(u64, bool)>) {
        for i in 0..self.info.len() {
            out.push((Fnv::new().str(self.name(i)).value(), self.info[i].flags & INIT_CAP != 0));
        }
    }

    /// Fills `out` with the features of every word of one sentence.
    pub fn extract(&mut self, lang: Lang, gaz: &Gazetteer, words: &[&str], out: &mut Features) {
        out.keys.clear();
        out.starts.clear();
        self.analyse(lang, &gaz.lexicon, words);
        self.match_gazetteer(lang, gaz);
        let n = self.info.len();
        // ALL-CAPS headlines make capitalisation meaningless: a sentence-wide mode feature.
        let letters = self.info.iter().filter(|i| i.flags & NO_LETTER == 0).count();
        let caps = self.info.iter().filter(|i| i.flags & ALL_CAPS != 0 && i.fold.1 - i.fold.0 > 1).count();
        let caps_mode = lang == Lang::En && letters >= 3 && caps * 10 >= letters * 7;
        out.starts.push(0);
        for i in 0..n {
            self.token_features(lang, gaz, i, caps_mode, &mut out.keys);
            out.starts.push(out.keys.len() as u32);
        }
    }

    /// The hash of the word at `i + offset`, or a boundary stand-in outside the sentence.
    fn hash_at(&self, i: usize, offset: isize, pick: impl Fn(&Info) -> u64) -> u64 {
        match self.at(i, offset) {
            Some(j) => pick(&self.info[j]),
            None if offset < 0 => BEFORE,
            None => AFTER,
        }
    }

    fn token_features(&self, lang: Lang, gaz: &Gazetteer, i: usize, caps_mode: bool, keys: &mut Vec<u32>) {
        let mut push = |k: u32| keys.push(k);
        let info = self.info[i];
        let word = self.folded(i);
        let (hw, hs) = (info.h_word, info.h_shape);
        push(mix(t::BIAS, 0, 0));
        push(mix(t::WORD, 0, hw));
        if lang == Lang::En {
            push(mix(t::EXACT, 0, info.h_exact));
        }
        for offset in [-2isize, -1, 1, 2] {
            push(mix(t::WORD_AT, offset as u8, self.hash_at(i, offset, |x| x.h_word)));
        }
        push(mix(t::BIGRAM_LEFT, 0, pair(self.hash_at(i, -1, |x| x.h_word), hw)));
        push(mix(t::BIGRAM_RIGHT, 0, pair(hw, self.hash_at(i, 1, |x| x.h_word))));
        // Prefixes and suffixes of up to four characters, each hashed incrementally.
        let chars = word.chars().count();
        let mut h = Fnv::new();
        for (k, c) in word.chars().take(4.min(chars.saturating_sub(1))).enumerate() {
            h = h.bytes(c.encode_utf8(&mut [0; 4]).as_bytes());
            push(mix(t::PREFIX, k as u8 + 1, h.value()));
        }
        let mut h = Fnv::new();
        for (k, c) in word.chars().rev().take(4.min(chars.saturating_sub(1))).enumerate() {
            h = h.bytes(c.encode_utf8(&mut [0; 4]).as_bytes());
            push(mix(t::SUFFIX, k as u8 + 1, h.value()));
        }
        push(mix(t::SHAPE, 0, hs));
        let shape_left = self.hash_at(i, -1, |x| x.h_shape);
        let shape_right = self.hash_at(i, 1, |x| x.h_shape);
        push(mix(t::SHAPE_AT, 0xFF, shape_left));
        push(mix(t::SHAPE_AT, 1, shape_right));
        push(mix(t::SHAPE_TRIGRAM, 0, pair(pair(shape_left, hs), shape_right)));
        if i == 0 {
            push(mix(t::FIRST, 0, hs));
        }
        if caps_mode {
            push(mix(t::CAPS_MODE, 0, hw));
        }
        push(mix(t::LENGTH, chars.min(12) as u8, 0));
        if lang == Lang::Ar {
            let stem = self.stem(i);
            push(mix(t::STEM, 0, info.h_stem));
            for offset in [-1isize, 1] {
                if let Some(j) = self.at(i, offset) {
                    push(mix(t::STEM_AT, offset as u8, self.info[j].h_stem));
                }
            }
            let clitic = &self.folded[info.fold.0 as usize..info.name as usize];
            let article = info.stem > info.name;
            push(mix(t::CLITIC, article as u8, Fnv::new().str(clitic).value()));
            for k in [2usize, 3] {
                if let Some(p) = char_prefix(stem, k) {
                    push(mix(t::STEM_AFFIX, k as u8, Fnv::new().str(p).value()));
                }
                if let Some(s) = char_suffix(stem, k) {
                    push(mix(t::STEM_AFFIX, 0x80 | k as u8, Fnv::new().str(s).value()));
                }
            }
            if let Some(bare) = arabic::without_pronoun(stem) {
                push(mix(t::NO_PRONOUN, 0, Fnv::new().str(bare).value()));
            }
            if let Some((ending, root)) = arabic::nisba(stem) {
                push(mix(t::NISBA, ending, article as u64));
                push(mix(t::NISBA_ROOT, 0, Fnv::new().str(root).value()));
                // The place a nisba derives from: عراقي → (ال)عراق, أمريكية → أمريكا.
                let classes = gaz.classes_of(Fnv::new().str(root))
                    | gaz.classes_of(Fnv::new().str("ال").str(root))
                    | gaz.classes_of(Fnv::new().str(root).str("ا"));
                push_bits(t::NISBA_GAZ, 0, classes as u32, &mut push);
            }
            // A nisba next door: "الفرنسي سيباستيان لوب", "الرئيس الفلسطيني محمود عباس".
            for offset in [-1isize, 1] {
                if let Some(j) = self.at(i, offset) {
                    if self.info[j].nisba != 0 {
                        push(mix(t::NISBA_AT, offset as u8, self.info[j].nisba as u64));
                    }
                }
            }
        }
        if !gaz.lexicon.is_empty() {
            self.lexicon_features(lang, i, caps_mode, &mut push);
        }
        // Gazetteer classes here and next door; beginning vs inside of a phrase.
        push_bits(t::GAZ, 0, info.gaz_begin as u32, &mut push);
        push_bits(t::GAZ, 1, info.gaz_inside as u32, &mut push);
        if lang == Lang::En {
            let cap = info.flags & INIT_CAP != 0;
            push_bits(t::GAZ_CAP, cap as u8, (info.gaz_begin | info.gaz_inside) as u32, &mut push);
        }
        if info.gaz_begin | info.gaz_inside != 0 {
            push(mix(t::GAZ_WORD, (info.gaz_begin | info.gaz_inside).count_ones() as u8, 0));
        }
        for offset in [-1isize, 1] {
            if let Some(j) = self.at(i, offset) {
                let o = &self.info[j];
                push_bits(t::GAZ_AT, offset as u8, (o.gaz_begin | o.gaz_inside) as u32, &mut push);
            }
        }
        // Trigger words around: titles before people, heads before organisations.
        for offset in [-2isize, -1, 0, 1] {
            if let Some(j) = self.at(i, offset) {
                push_bits(t::TRIGGER_AT, offset as u8, self.info[j].triggers as u32, &mut push);
            }
        }
        if let Some(j) = self.at(i, -1) {
            let trig = self.info[j].triggers;
            if trig != 0 {
                push(mix(t::TRIGGER_SHAPE, trig, hs));
                push(mix(t::TRIGGER_WORD, trig, hw));
            }
        }
    }
}

impl Extractor {
    /// Whether the word and its neighbours are ordinary words, alone and with what else
    /// speaks for a name: a gazetteer hit, a title before it, capitals, clitics.
    fn lexicon_features(&self, lang: Lang, i: usize, caps_mode: bool, push: &mut impl FnMut(u32)) {
        let info = self.info[i];
        let lex = info.lex;
        push(mix(t::LEX, lex, 0));
        for offset in [-1isize, 1] {
            push(mix(t::LEX_AT, offset as u8, self.at(i, offset).map_or(0xFF, |j| self.info[j].lex as u64)));
        }
        let form = if lang == Lang::Ar {
            (info.stem > info.name) as u64 | ((info.name > info.fold.0) as u64) << 1 | ((info.nisba != 0) as u64) << 2
        } else {
            (info.flags & (INIT_CAP | ALL_CAPS)) as u64 | ((i == 0) as u64) << 4 | (caps_mode as u64) << 5
        };
        push(mix(t::LEX_FORM, lex, form));
        push_bits(t::LEX_GAZ, lex, (info.gaz_begin | info.gaz_inside) as u32, push);
        if let Some(j) = self.at(i, -1) {
            if self.info[j].triggers != 0 {
                push(mix(t::LEX_TRIGGER, lex, self.info[j].triggers as u64));
            }
        }
    }
}

/// One feature per set bit: (template, position, bit).
#[inline]
fn push_bits(template: u8, position: u8, mut bits: u32, push: &mut impl FnMut(u32)) {
    while bits != 0 {
        let bit = bits.trailing_zeros() as u64;
        bits &= bits - 1;
        push(mix(template, position, bit));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gaz() -> Gazetteer {
        Gazetteer::from_lists(vec![
            ("loc".into(), vec!["العراق".into(), "واشنطن".into(), "New York".into()]),
            ("per".into(), vec!["مصطفى الكاظمي".into()]),
        ])
    }

    fn keys_of(lang: Lang, words: &[&str]) -> Features {
        let mut f = Features::default();
        Extractor::new().extract(lang, &gaz(), words, &mut f);
        f
    }

    #[test]
    fn one_key_list_per_token_and_deterministic() {
        let words = ["Barack", "Obama", "visited", "New", "York", "."];
        let a = keys_of(Lang::En, &words);
        let b = keys_of(Lang::En, &words);
        assert_eq!(a.len(), words.len());
        assert_eq!(a.keys, b.keys);
        assert!(a.keys.iter().all(|&k| k != 0));
        assert!(keys_of(Lang::En, &[]).is_empty());
    }

    #[test]
    fn clitic_forms_share_stem_and_gazetteer_features() {
        // "والعراق" and "للعراق" share the stem feature and the gazetteer match of "العراق".
        let mut ex = Extractor::new();
        let g = gaz();
        let mut f = Features::default();
        ex.extract(Lang::Ar, &g, &["والعراق", "للعراق", "بواشنطن", "عراق"], &mut f);
        let loc = g.class_bit("loc");
        assert_eq!(ex.info[0].gaz_begin, loc);
        assert_eq!(ex.info[1].gaz_begin, loc, "elided article restored");
        assert_eq!(ex.info[2].gaz_begin, loc, "light clitic tried");
        assert_eq!(ex.info[3].gaz_begin, 0);
        let stem_key = mix(t::STEM, 0, Fnv::new().str("عراق").value());
        assert!(f.token(0).contains(&stem_key) && f.token(1).contains(&stem_key) && f.token(3).contains(&stem_key));
    }

    #[test]
    fn multi_word_gazetteer_marks_begin_and_inside() {
        let mut ex = Extractor::new();
        let g = gaz();
        let mut f = Features::default();
        ex.extract(Lang::Ar, &g, &["قال", "مصطفى", "الكاظمي"], &mut f);
        let per = g.class_bit("per");
        assert_eq!((ex.info[1].gaz_begin, ex.info[2].gaz_inside), (per, per));
        assert_eq!(ex.info[0].gaz_begin | ex.info[0].gaz_inside, 0);
        assert_ne!(ex.info[0].triggers & triggers::SPEECH, 0);
    }

    #[test]
    fn lexicon_finds_words_through_clitics_and_suffixes() {
        let mut g = gaz();
        g.lexicon = Lexicon::from_lists(
            Lang::Ar,
            vec![
                ("lex-common".into(), vec!["شركة".into(), "حكومة".into(), "مسؤول".into()]),
                ("lex-verb".into(), vec!["قال".into(), "أيدن".into(), "تبقى".into()]),
            ],
        );
        let mut ex = Extractor::new();
        let mut f = Features::default();
        let words = ["والشركة", "وقال", "شركات", "حكومتها", "المسؤولون", "فرويد", "العراق", "بايدن", "ستبقى"];
        ex.extract(Lang::Ar, &g, &words, &mut f);
        let codes: Vec<u8> = ex.info.iter().map(|i| i.lex).collect();
        let common = 1;
        assert_eq!(
            codes,
            [
                LEX_DIRECT | common,
                LEX_CLITIC | common,
                LEX_SUFFIX | common,
                LEX_SUFFIX | common,
                LEX_SUFFIX | common,
                0,
                0,
                0,                   // a preposition before a verb is no reading: "بايدن" stays a stranger
                LEX_FUTURE | common, // future س + تبقى; a verb counts as a common word
            ]
        );
        assert!(f.token(5).contains(&mix(t::LEX, 0, 0)), "an unknown word says so");
        // Without a lexicon there are no lexicon features at all.
        let plain = keys_of(Lang::Ar, &words);
        assert!(!plain.token(5).contains(&mix(t::LEX, 0, 0)));
    }

    #[test]
    fn shapes_and_caps_mode() {
        let mut s = String::new();
        push_shape("U.S.", &mut s);
        assert_eq!(s, "X.X.");
        s.clear();
        push_shape("McDonald2", &mut s);
        assert_eq!(s, "XxXxd");
        let headline = keys_of(Lang::En, &["RUGBY", "UNION", "-", "CUTTITTA", "BACK", "FOR", "ITALY"]);
        let normal = keys_of(Lang::En, &["Rugby", "union", "-", "Cuttitta", "back", "for", "Italy"]);
        let caps_key = mix(t::CAPS_MODE, 0, Fnv::new().str("italy").value());
        assert!(headline.token(6).contains(&caps_key));
        assert!(!normal.token(6).contains(&caps_key));
    }
}
