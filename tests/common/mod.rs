//! Helpers shared by the entity test files (each `tests/*.rs` is its own crate and takes
//! this module with `mod common;`; not every crate uses every helper).
#![allow(dead_code)]

use hashiya::{annotate, EntityKind, Options};

/// The entities `annotate` finds in `text`, as (text, type).
pub fn entities(text: &str) -> Vec<(&str, EntityKind)> {
    annotate(text, &Options::default()).entities.iter().map(|e| (e.span.of(text), e.kind)).collect()
}

/// Asserts that each of `want` is found exactly, with its type; other entities may be found too.
pub fn check(text: &str, want: &[(&str, EntityKind)]) {
    let got = entities(text);
    for (name, kind) in want {
        assert!(got.contains(&(name, *kind)), "help: {name:?} should be {kind:?} in {text:?}; found {got:?}");
    }
}

const CLITICS: [char; 5] = ['و', 'ف', 'ب', 'ل', 'ك'];

/// Gold spans (byte offsets) from a gold file of `TYPE<TAB>name` lines in text order: each name
/// is found after the previous one, as a whole word or, in Arabic, after one or two attached
/// clitics ("وإسرائيل", "للأمم" → `لأمم`).
pub fn gold_spans(text: &str, gold: &str) -> Vec<(usize, usize, EntityKind)> {
    let mut from = 0;
    let mut out = Vec::new();
    for line in gold.lines().filter(|l| !l.trim().is_empty()) {
        let (label, name) = line.split_once('\t').expect("TYPE<TAB>name");
        let kind = EntityKind::from_label(label).expect("a known type");
        let starts_word = |i: usize| {
            let mut before = text[..i].chars().rev();
            let mut clitics = 0;
            loop {
                match before.next() {
                    Some(c) if CLITICS.contains(&c) && clitics < 2 => clitics += 1,
                    Some(c) if c.is_alphanumeric() => return false,
                    _ => return true,
                }
            }
        };
        let ends_word = |i: usize| text[i + name.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        let start = text[from..]
            .match_indices(name)
            .map(|(i, _)| from + i)
            .find(|&i| starts_word(i) && ends_word(i))
            .unwrap_or_else(|| panic!("gold name {name:?} not in the text after byte {from}"));
        from = start + name.len();
        out.push((start, from, kind));
    }
    out
}

/// (gold, found, right) for one article, printing what was missed and what was wrong.
pub fn score(name: &str, text: &str, gold: &str) -> (usize, usize, usize) {
    let gold = gold_spans(text, gold);
    let found = annotate(text, &Options::default());
    let got: Vec<(usize, usize, EntityKind)> =
        found.entities.iter().map(|e| (e.span.start, e.span.end, e.kind)).collect();
    let right = got.iter().filter(|g| gold.contains(g)).count();
    let wrong: Vec<(&str, EntityKind)> =
        got.iter().filter(|g| !gold.contains(g)).map(|&(a, b, k)| (&text[a..b], k)).collect();
    let missed: Vec<(&str, EntityKind)> =
        gold.iter().filter(|g| !got.contains(g)).map(|&(a, b, k)| (&text[a..b], k)).collect();
    eprintln!("{name}: {right} of {} right; wrong: {wrong:?}; missed: {missed:?}", gold.len());
    (gold.len(), got.len(), right)
}

/// (gold, found, right) summed over articles given as (name, text, gold file).
pub fn score_all(articles: &[(&str, &str, &str)]) -> (usize, usize, usize) {
    articles.iter().fold((0, 0, 0), |(g, f, r), (name, text, gold)| {
        let (g1, f1, r1) = score(name, text, gold);
        (g + g1, f + f1, r + r1)
    })
}
