//! Span rules applied to the tagger's chunks (see the annotation guidelines): punctuation
//! and possessive 's trimmed, titles outside PER, descriptor words outside ORG, attached
//! Arabic clitics outside every span, hyphenated compounds split into their parts.

use super::arabic;
use super::gazetteer::Gazetteer;
use super::triggers;
use super::Mention;
use crate::annotations::EntityKind;
use crate::document::Document;
use crate::hash::Fnv;
use crate::span::Span;
use crate::text::normalize::{fold, is_arabic_mark, is_invisible, FoldedWords, TATWEEL};
use crate::text::TokenKind;

/// What the rules need besides the document: the model's gazetteer and a test for
/// "this folded word also stands alone somewhere in the document".
pub struct Context<'a> {
    pub doc: &'a Document<'a>,
    pub gazetteer: &'a Gazetteer,
    pub known_word: &'a dyn Fn(&str) -> bool,
}

fn is_possessive(word: &str) -> bool {
    matches!(word, "'s" | "’s" | "'" | "’")
}

/// The byte length of the first `letters` letters of `word` and the marks after them.
pub(crate) fn letters_len(word: &str, letters: usize) -> usize {
    let mut seen = 0;
    for (i, c) in word.char_indices() {
        let is_extra = is_arabic_mark(c) || c == TATWEEL || is_invisible(c);
        if !is_extra {
            if seen == letters {
                return i;
            }
            seen += 1;
        }
    }
    word.len()
}

/// Words the tagger runs into a person's name after them: regime, era.
static REGIME_WORDS: FoldedWords = FoldedWords::new(&["نظام", "عهد"]);

/// Whether a folded word is the regime or the era of the name after it ("نظام معمر
/// القذافي"), though "نظام" is a given name too.
pub(crate) fn is_regime_word(folded: &str) -> bool {
    REGIME_WORDS.contains_folded(folded)
}

/// How many bytes of attached clitics to leave out of a name's first word.
/// `known_word` is true for every word of the document, this one included.
fn clitic_bytes(cx: &Context, word: &str) -> usize {
    let folded = fold(word);
    let p = arabic::prefixes(&folded);
    // Folded Arabic letters are two bytes each; count letters, then find them in the word.
    let in_gazetteer = |w: &str| cx.gazetteer.classes_of(Fnv::new().str(w)) != 0;
    let letters = if p.clitic > 0 {
        // A name that only looks like clitic + article ("كاليفورنيا", "فالنسيا") keeps its letters.
        if in_gazetteer(&folded) {
            return 0;
        }
        p.clitic / 2
    } else {
        let light = arabic::light_clitic(&folded);
        if light == 0 {
            return 0;
        }
        let rest = &folded[light..];
        // The rest is a name on its own: a place or organisation the gazetteer knows, any word
        // standing alone elsewhere in the document, or an organisation's or place's head word
        // ("لحزب الله"). A person's name alone is not enough: "بايدن" is not ب + "ايدن".
        let g = cx.gazetteer;
        let place_or_org = g.class_bit("loc") | g.class_bit("org");
        let gazetteer_name = g.classes_of(Fnv::new().str(rest)) & place_or_org != 0;
        let head = triggers::classes(rest) & (triggers::ORG_HEAD | triggers::LOC_HEAD) != 0;
        // A place's nisba ("وقطرية": و + "قطرية"), which the nisba rule marks.
        let nisba = super::nisba::is_place_nisba(g, rest);
        // A given name after ل or و ("خلفا لأيمن بن عبد الرحمن", "وإبراهيم دياز"): few names
        // start with ل or و + a given name (and a listed whole word, "وسام", keeps its letters),
        // while ب + one does ("بايدن" is no ب + "إيدن").
        let given = folded.starts_with(['ل', 'و'])
            && rest.chars().count() >= 4
            && g.classes_of(Fnv::new().str(rest)) & (g.class_bit("first") | g.class_bit("given")) != 0;
        // (The whole word is always in the document, so only the gazetteer speaks for it.) A
        // word the name units list as a person's ("بروما", a footballer) is still ب + a listed
        // place ("روما").
        let whole = g.classes_of(Fnv::new().str(&folded));
        let whole_name = whole & place_or_org != 0 || whole != 0 && !gazetteer_name;
        if whole_name || !(gazetteer_name || head || nisba || given || (cx.known_word)(rest)) {
            return 0;
        }
        light / 2
    };
    letters_len(word, letters)
}

/// Trigger classes of a folded Arabic word read as a trigger with an attached pronoun:
/// "رئيسته" (its president) is رئيسة + ـه, "وزيرها" is وزير + ـها. A teh marbuta is
/// written ت before the pronoun.
fn with_pronoun_classes(folded: &str) -> u8 {
    let Some(stem) = arabic::without_pronoun(folded).or_else(|| folded.strip_suffix('ه')) else {
        return 0;
    };
    if stem.chars().count() < 3 {
        return 0;
    }
    // The feminine of a title is a title: رئيسة is read as رئيس (the trigger lists are the
    // model's features, so they are not extended here).
    let masculine = stem.strip_suffix('ت').filter(|m| m.chars().count() >= 3);
    triggers::classes(stem) | masculine.map_or(0, triggers::classes)
}

/// The trigger classes of a word that opens a chunk, read also without its clitics and with
/// an attached pronoun ("ووزيرها", "نظيره").
pub(crate) fn leading_classes(word: &str) -> u8 {
    let f = fold(word);
    let p = arabic::prefixes(&f);
    let light = if p.clitic == 0 { arabic::light_clitic(&f) } else { p.clitic };
    let classes = |w: &str| triggers::classes(w) | with_pronoun_classes(w);
    triggers::classes(&f) | classes(&f[p.clitic..]) | classes(&f[light..])
}

/// Whether one capitalised English word reads as a nationality by its ending ("Iraqi",
/// "Syrian", "Turkish") or is one of the demonyms without such an ending ("Greek", "French").
pub(crate) fn is_demonym_shaped(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && ["i", "ian", "ese", "ish", "an"].iter().any(|s| word.ends_with(s))
        || ["Greek", "French", "Dutch", "Swiss", "Thai", "Czech", "Welsh"].contains(&word)
}

/// The gazetteer-or-suffix type of one hyphen-separated part, if it has one.
fn part_kind(cx: &Context, word: &str) -> Option<EntityKind> {
    let g = cx.gazetteer;
    let classes = g.classes_of(Fnv::new().str(&fold(word)));
    let has = |name: &str| classes & g.class_bit(name) != 0;
    if has("misc") {
        Some(EntityKind::Misc)
    } else if has("loc") {
        Some(EntityKind::Loc)
    } else if has("org") {
        Some(EntityKind::Org)
    } else if is_demonym_shaped(word) {
        Some(EntityKind::Misc)
    } else {
        None
    }
}

/// Words after which "باسم" is "by the name of" or "on behalf of", not the given name Basem:
/// "المعروف باسم حميدتي", "المتحدث باسم". Folded.
static NAMED_AS: FoldedWords = FoldedWords::new(&[
    "المعروف",
    "المعروفة",
    "الملقب",
    "الملقبة",
    "المتحدث",
    "المتحدثة",
    "والمتحدث",
    "والمتحدثة",
    "الناطق",
    "الناطقة",
    "والناطق",
    "متحدث",
    "متحدثة",
    "ناطق",
    "ناطقة",
    "يعرف",
    "تعرف",
]);

/// Whether a folded word is "باسم" + a pronoun ("باسمه", on his behalf): never a name.
pub(crate) fn is_on_behalf(folded: &str) -> bool {
    matches!(folded.strip_prefix("باسم"), Some("ه" | "ها" | "هم" | "هما"))
}

/// Whether token `t` is "باسم" + a pronoun or "باسم" after a word it completes ("المعروف
/// باسم"): a word before a person's name, not of it.
pub(crate) fn by_the_name(doc: &Document, t: usize) -> bool {
    let f = doc.folded(t);
    is_on_behalf(f) || f == "باسم" && t > 0 && NAMED_AS.contains_folded(doc.folded(t - 1))
}

/// Turns one chunk (token range `first..end` into `doc.tokens`) into zero or more mentions.
pub fn refine(cx: &Context, mut first: usize, mut end: usize, kind: EntityKind, out: &mut Vec<Mention>) {
    let doc = cx.doc;
    let word = |i: usize| doc.word(i);
    let folded_triggers = |i: usize| triggers::classes(&fold(word(i)));
    // Edges: punctuation and possessives never belong to a name.
    while first < end && doc.tokens[first].kind == TokenKind::Punct {
        first += 1;
    }
    while end > first && (doc.tokens[end - 1].kind == TokenKind::Punct || is_possessive(word(end - 1))) {
        end -= 1;
    }
    // Titles outside PER; descriptors outside ORG.
    let drop = match kind {
        EntityKind::Per => triggers::TITLE,
        EntityKind::Org => triggers::DESCRIPTOR,
        _ => 0,
    };
    while drop != 0 && end - first > 1 && leading_classes(word(first)) & drop != 0 {
        first += 1;
    }
    if kind == EntityKind::Per && end - first > 1 && by_the_name(doc, first) {
        first += 1;
    }
    // The regime or the era of a person is no part of the name ("نظام معمر القذافي").
    if kind == EntityKind::Per && end - first > 2 && is_regime_word(&fold(word(first))) {
        first += 1;
    }
    if kind == EntityKind::Org && end - first > 1 && folded_triggers(end - 1) & triggers::DESCRIPTOR != 0 {
        let last = word(end - 1);
        if last.starts_with(char::is_lowercase) {
            end -= 1;
        }
    }
    if first >= end {
        return;
    }
    // Hyphenated compounds ("U.S.-Israeli", "Syrian-Turkish"): split when every part is one
    // word with a type of its own. The hyphen may be a token ("U.S." "-" "Israeli") or inside
    // one (the tokenizer keeps "al-Bahra" and "Syrian-Turkish" whole, as CoNLL does).
    let chunk_start = doc.tokens[first].span.start;
    let chunk = &doc.text[chunk_start..doc.tokens[end - 1].span.end];
    if chunk.contains('-') {
        let mut parts = Vec::new();
        let mut from = 0;
        for (i, _) in chunk.match_indices('-').chain(std::iter::once((chunk.len(), ""))) {
            parts.push((from, i));
            from = i + 1;
        }
        let kinds: Option<Vec<EntityKind>> = parts
            .iter()
            .map(|&(a, b)| {
                let part = &chunk[a..b];
                let one_word = !part.is_empty() && !part.contains(char::is_whitespace);
                one_word.then(|| part_kind(cx, part)).flatten()
            })
            .collect();
        if let Some(kinds) = kinds {
            for (&(a, b), k) in parts.iter().zip(kinds) {
                out.push(Mention { span: Span::new(chunk_start + a, chunk_start + b), kind: k });
            }
            return;
        }
    }
    let mut start = doc.tokens[first].span.start;
    let stop = doc.tokens[end - 1].span.end;
    let first_word = word(first);
    if first_word.starts_with(|c: char| ('\u{0600}'..='\u{06FF}').contains(&c)) {
        // A person is never ك + a definite word ("like the …"): "كاليدو كوليبالي" keeps its ك.
        let like_the = kind == EntityKind::Per && first_word.starts_with('ك') && fold(first_word).starts_with("كال");
        let cut = if like_the { 0 } else { clitic_bytes(cx, first_word) };
        if cut < first_word.len() {
            start += cut;
        } else if end - first > 1 {
            start = doc.tokens[first + 1].span.start;
        }
    }
    if start < stop {
        out.push(Mention { span: Span::new(start, stop), kind });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, chunks: &[(usize, usize, EntityKind)], known: &[&str]) -> Vec<(String, EntityKind)> {
        let doc = Document::new(text, None);
        let gaz = Gazetteer::from_lists(vec![
            ("loc".into(), vec!["واشنطن".into(), "U.S.".into(), "بغداد".into(), "كاليفورنيا".into(), "روما".into()]),
            ("misc".into(), vec!["Israeli".into()]),
            ("pers".into(), vec!["ايدن".into(), "بروما".into()]),
            ("first".into(), vec!["ايمن".into(), "ايدن".into()]),
        ]);
        // As in the tagger: every word of the document, and here the extra `known` ones.
        let words = doc.tokens.iter().map(|t| t.span.of(text));
        let known_words: Vec<String> = words.chain(known.iter().copied()).map(fold).collect();
        let known_word = |w: &str| known_words.iter().any(|k| k == w);
        let cx = Context { doc: &doc, gazetteer: &gaz, known_word: &known_word };
        let mut out = Vec::new();
        for &(a, b, k) in chunks {
            refine(&cx, a, b, k, &mut out);
        }
        out.iter().map(|m| (m.span.of(text).to_string(), m.kind)).collect()
    }

    #[test]
    fn leaves_attached_clitics_out() {
        use EntityKind::*;
        let cases: &[(&str, &str, EntityKind)] = &[
            ("والعراق", "العراق", Loc),
            ("للعراق", "لعراق", Loc),
            ("وبالعراق", "العراق", Loc),
            ("بواشنطن", "واشنطن", Loc),
            ("واشنطن", "واشنطن", Loc),
            ("وَالعراق", "العراق", Loc),
            ("بغداد", "بغداد", Loc),
            ("وبغداد", "بغداد", Loc),
            ("لبنان", "لبنان", Loc),
            // Listed as a person's name too, but ب + a listed place.
            ("بروما", "روما", Loc),
        ];
        for &(text, want, kind) in cases {
            assert_eq!(run(text, &[(0, 1, kind)], &[]), [(want.to_string(), kind)], "help: {text}");
        }
        // A known name that only looks like clitic + article keeps its letters; an unknown one
        // loses them ("كالعراق" is "like Iraq").
        assert_eq!(run("كاليفورنيا", &[(0, 1, Loc)], &[]), [("كاليفورنيا".to_string(), Loc)]);
        assert_eq!(run("كالعراق", &[(0, 1, Loc)], &[]), [("العراق".to_string(), Loc)]);
        assert_eq!(run("كاليدو كوليبالي", &[(0, 2, Per)], &[]), [("كاليدو كوليبالي".to_string(), Per)]);
        // A person's name in the gazetteer is not enough to split a word: بايدن is no ب + ايدن.
        assert_eq!(run("بايدن", &[(0, 1, Per)], &[]), [("بايدن".to_string(), Per)]);
        assert_eq!(run("أكد بايدن", &[(1, 2, Per)], &[]), [("بايدن".to_string(), Per)]);
        // A given name after ل loses the ل; after ب it keeps it (the name may start with ب).
        assert_eq!(run("خلفا لأيمن", &[(1, 2, Per)], &[]), [("أيمن".to_string(), Per)]);
        assert_eq!(run("قال بايدن", &[(1, 2, Per)], &[]), [("بايدن".to_string(), Per)]);
        // After و too ("وإبراهيم دياز"), unless the whole word is listed.
        assert_eq!(run("وأيمن", &[(0, 1, Per)], &[]), [("أيمن".to_string(), Per)]);
        // A regime is no part of the name.
        assert_eq!(run("سقوط نظام معمر القذافي", &[(1, 4, Per)], &[]), [("معمر القذافي".to_string(), Per)]);
        assert_eq!(run("نظام القذافي", &[(0, 2, Per)], &[]), [("نظام القذافي".to_string(), Per)]);
        // An organisation's head word after a clitic: the clitic goes.
        assert_eq!(run("لحزب الله", &[(0, 2, Org)], &[]), [("حزب الله".to_string(), Org)]);
        assert_eq!(run("لحزب", &[(0, 1, Org)], &["حزب"]), [("حزب".to_string(), Org)]);
        // An unknown name keeps its first letter unless the rest stands alone elsewhere.
        assert_eq!(run("وكاظم", &[(0, 1, Per)], &[]), [("وكاظم".to_string(), Per)]);
        assert_eq!(run("وكاظم", &[(0, 1, Per)], &["كاظم"]), [("كاظم".to_string(), Per)]);
    }

    #[test]
    fn titles_descriptors_possessives_and_hyphens() {
        use EntityKind::*;
        assert_eq!(run("Mr. Obama", &[(0, 2, Per)], &[]), [("Obama".to_string(), Per)]);
        assert_eq!(run("الرئيس جو بايدن", &[(0, 3, Per)], &[]), [("جو بايدن".to_string(), Per)]);
        // A title with an attached pronoun is still a title.
        assert_eq!(run("رئيسته كريستين لاغارد", &[(0, 3, Per)], &[]), [("كريستين لاغارد".to_string(), Per)]);
        assert_eq!(run("ووزيرها جو", &[(0, 2, Per)], &[]), [("جو".to_string(), Per)]);
        assert_eq!(run("Obama 's", &[(0, 2, Per)], &[]), [("Obama".to_string(), Per)]);
        assert_eq!(run("Likud party", &[(0, 2, Org)], &[]), [("Likud".to_string(), Org)]);
        assert_eq!(run("وكالة أسوشيتد برس", &[(0, 3, Org)], &[]), [("أسوشيتد برس".to_string(), Org)]);
        assert_eq!(run("تنظيم الدولة", &[(0, 2, Org)], &[]), [("الدولة".to_string(), Org)]);
        assert_eq!(run("حزب الله", &[(0, 2, Org)], &[]), [("حزب الله".to_string(), Org)]);
        assert_eq!(
            run("U.S.-Israeli", &[(0, 3, Misc)], &[]),
            [("U.S.".to_string(), Loc), ("Israeli".to_string(), Misc)]
        );
        // Hyphens inside one token: typed parts split, names stay whole.
        assert_eq!(run("Hewlett-Packard", &[(0, 1, Org)], &[]), [("Hewlett-Packard".to_string(), Org)]);
        assert_eq!(run("Hadi al-Bahra", &[(0, 2, Per)], &[]), [("Hadi al-Bahra".to_string(), Per)]);
        assert_eq!(
            run("Syrian-Israeli", &[(0, 1, Misc)], &[]),
            [("Syrian".to_string(), Misc), ("Israeli".to_string(), Misc)]
        );
        // Demonyms without a demonym's ending.
        assert_eq!(
            run("Turkish-Greek", &[(0, 1, Misc)], &[]),
            [("Turkish".to_string(), Misc), ("Greek".to_string(), Misc)]
        );
        assert_eq!(run("\" Obama", &[(0, 2, Per)], &[]), [("Obama".to_string(), Per)]);
    }

    #[test]
    fn by_the_name_of_is_outside_the_person() {
        use EntityKind::*;
        assert_eq!(run("المعروف باسم حميدتي", &[(1, 3, Per)], &[]), [("حميدتي".to_string(), Per)]);
        assert_eq!(run("والمتحدث باسمه سامي", &[(1, 3, Per)], &[]), [("سامي".to_string(), Per)]);
        // Basem the given name.
        assert_eq!(run("قال باسم يوسف", &[(1, 3, Per)], &[]), [("باسم يوسف".to_string(), Per)]);
    }
}
