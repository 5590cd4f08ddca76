//! Museums and hospitals named in Arabic: "المتحف المصري الكبير", "المتحف البريطاني", "المتحف
//! القومي للحضارة المصرية", "متحف اللوفر"; "مستشفى الشفاء", "مستشفى ناصر". A museum is a
//! building, a place under the guidelines; a hospital is an institution, an organisation (as
//! the fixtures' golds and ANERcorp's "مستشفى [الملك فيصل]" type it). The name is the head with
//! what follows: the tagger sees only the nationality in it ("المصري", MISC), the person it is
//! named after ("ناصر") or nothing ("الشفاء", healing). Unlike a stadium's "ملعب", the head is
//! part of the name: "المتحف البريطاني" without it is only "British".
//!
//! Two shapes:
//! - definite: "المتحف" + up to three definite adjectives, the first a nisba or a word of
//!   rank ("الكبير", "الوطني"), then maybe a purpose phrase in "لل" and its adjective ("للحضارة
//!   المصرية"); "المتحف" alone or with an ordinary word ("المتحف الجديد") is no name;
//! - construct: "متحف" or "مستشفى" + a name the tagger found, a word of no word list, or a
//!   definite noun, and its nisba ("متحف اللوفر", "متحف الفن الإسلامي", "مستشفى الشفاء").
//!
//! International airports take the same shape and must end in "الدولي" ("مطار دمشق الدولي";
//! ANERcorp leaves the head and "الدولي" out, the guidelines keep what is part of the name).
//! Basins, fields and bridges ("حوض مرزق", "جسر الملك حسين") take a name the tagger found or
//! a word of no word list, never an ordinary word ("حقل الألغام").
//! Squares ("ساحة", "ميدان") take only the construct shape with a name the tagger found:
//! "ساحة محمد علي" is a place with its head, while "ساحة المعركة" is a battlefield.
//!
//! A body the museum's name is part of ("هيئة المتحف المصري الكبير") keeps its own span.

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::Mention;
use crate::span::Span;
use crate::text::normalize::FoldedWords;
use crate::unknown_names::{arabic_lexicon, is_arabic, is_unknown_name};

/// Adjectives of rank that name a museum without a nisba ("المتحف الوطني").
static RANKS: FoldedWords = FoldedWords::new(&["الكبير", "الوطني", "القومي", "الملكي", "الحربي", "العسكري"]);
/// Definite words that end a museum's name: relatives and time words.
static STOPS: FoldedWords = FoldedWords::new(&["الذي", "التي", "الجديد", "الجديدة", "اليوم", "الآن", "أمس"]);

/// Most adjectives after the definite head.
const MAX_ADJECTIVES: usize = 3;

/// What a head word names, which says what may follow it.
#[derive(Clone, Copy, PartialEq)]
enum Head {
    Museum,
    Hospital,
    /// Named only by a name the tagger found ("ساحة محمد علي"); with an ordinary word it is
    /// any square or a field ("ساحة المعركة").
    Square,
    /// Named whole with "الدولي" ("مطار دمشق الدولي", "مطار حيدر علييف الدولي"); "مطار دمشق"
    /// is the city's airport, the city the name.
    Airport,
    /// Basins, fields and bridges: a name the tagger found or a word of no word list ("حوض
    /// مرزق", "جسر الملك حسين"), not ordinary words ("حقل الألغام", "جسر التواصل").
    Field,
}

/// The indefinite head words, folded.
const HEADS: [(&str, Head); 8] = [
    ("متحف", Head::Museum),
    ("مستشفي", Head::Hospital),
    ("ساحه", Head::Square),
    ("ميدان", Head::Square),
    ("مطار", Head::Airport),
    ("حوض", Head::Field),
    ("حقل", Head::Field),
    ("جسر", Head::Field),
];

impl Head {
    fn kind(self) -> EntityKind {
        if self == Head::Hospital {
            EntityKind::Org
        } else {
            EntityKind::Loc
        }
    }

    /// Whether a word of no word list may name it.
    fn takes_unseen(self) -> bool {
        matches!(self, Head::Museum | Head::Hospital | Head::Field)
    }

    /// Whether a definite noun may name it ("متحف الفن الإسلامي").
    fn takes_definite_noun(self) -> bool {
        matches!(self, Head::Museum | Head::Hospital)
    }
}

/// The clitics before a head, if `folded` is one of [`HEADS`] or "المتحف" after up to two of
/// و ف ب ل ك (with ل the article's alif is gone: "للمتحف"). Returns (clitic letters, definite,
/// the head).
fn head(folded: &str) -> Option<(usize, bool, Head)> {
    // Asked of every Arabic word: most end otherwise.
    if !HEADS.iter().any(|(h, _)| folded.ends_with(h)) {
        return None;
    }
    let mut rest = folded;
    for clitics in 0..=2 {
        if rest == "المتحف" || rest == "لمتحف" && clitics > 0 && folded.contains("للمتحف") {
            return Some((clitics, true, Head::Museum));
        }
        if let Some(&(_, h)) = HEADS.iter().find(|(w, _)| *w == rest) {
            return Some((clitics, false, h));
        }
        rest = rest.strip_prefix(['و', 'ف', 'ب', 'ل', 'ك'])?;
    }
    None
}

fn is_definite(folded: &str) -> bool {
    folded.starts_with("ال") && folded.chars().count() >= 4 && !STOPS.contains_folded(folded)
}

fn is_nisba(folded: &str) -> bool {
    crate::ner::arabic::nisba(folded).is_some()
}

/// Marks every museum named in Arabic as one place and every hospital as one organisation, the
/// head in.
pub fn mark(doc: &Document, mentions: &mut Vec<Mention>) {
    let Some(lexicon) = arabic_lexicon(doc) else { return };
    let tokens = &doc.tokens;
    let spaced =
        |a: usize| a + 1 < tokens.len() && doc.only_spaces_between(tokens[a].span.end, tokens[a + 1].span.start);
    let word_after = |a: usize| (spaced(a) && is_arabic(doc.word(a + 1))).then_some(a + 1);
    // A word of no word list, also with the article ("اللوفر").
    let unseen = |word: &str| {
        is_unknown_name(lexicon, word) || word.strip_prefix("ال").is_some_and(|stem| is_unknown_name(lexicon, stem))
    };
    let mut found = Vec::new();
    // Only Arabic paragraphs: the heads are Arabic words.
    for block in doc.blocks.iter().filter(|b| b.lang == crate::lang::Lang::Ar).map(|b| b.tokens.clone()) {
        let mut t = block.start;
        while t < block.end {
            let Some((clitics, definite, head)) = head(doc.folded(t)).filter(|_| is_arabic(doc.word(t))) else {
                t += 1;
                continue;
            };
            let mut last = t;
            if definite {
                let mut adjectives = 0;
                while let Some(n) = word_after(last).filter(|_| adjectives < MAX_ADJECTIVES) {
                    let folded = doc.folded(n);
                    let first_fits = adjectives > 0 || is_nisba(folded) || RANKS.contains_folded(folded);
                    if !is_definite(folded) || !first_fits {
                        break;
                    }
                    last = n;
                    adjectives += 1;
                }
                // A purpose phrase after the adjectives: "للحضارة المصرية".
                if let Some(n) = word_after(last).filter(|&n| last > t && doc.folded(n).starts_with("لل")) {
                    last = n;
                    if let Some(a) = word_after(n).filter(|&a| is_definite(doc.folded(a)) && is_nisba(doc.folded(a))) {
                        last = a;
                    }
                }
            } else if let Some(n) = word_after(t) {
                let start = tokens[n].span.start;
                let named = crate::ner::near(mentions, start, start).iter().find(|m| m.span.start == start);
                if let Some(m) = named.filter(|m| m.kind != EntityKind::Misc || head == Head::Airport) {
                    last = tokens.partition_point(|tok| tok.span.end <= m.span.end) - 1;
                    // Its adjective: "مستشفى رفيق الحريري الجامعي".
                    if let Some(a) = word_after(last).filter(|&a| is_definite(doc.folded(a)) && is_nisba(doc.folded(a)))
                    {
                        last = a;
                    }
                    if head == Head::Airport && doc.folded(last) != "الدولي" {
                        last = t;
                    }
                } else if head.takes_unseen() && unseen(doc.word(n)) && !is_nisba(doc.folded(n)) {
                    // A word of no list, not an adjective ("مستشفى ميداني", a field hospital).
                    last = n;
                } else if head.takes_definite_noun() && is_definite(doc.folded(n)) && !is_nisba(doc.folded(n)) {
                    // A museum of a thing, and its adjective: "متحف الفن الإسلامي".
                    last = n;
                    if let Some(a) = word_after(n).filter(|&a| is_definite(doc.folded(a)) && is_nisba(doc.folded(a))) {
                        last = a;
                    }
                }
            }
            if last > t {
                let start = tokens[t].span.start + crate::text::normalize::letters_bytes(doc.word(t), clitics);
                let span = Span::new(start, tokens[last].span.end);
                // Part of a body's name: the body keeps it.
                let inside_body = crate::ner::near(mentions, span.start, span.end)
                    .iter()
                    .any(|m| m.kind == EntityKind::Org && m.span.start < span.start && m.span.end >= span.end);
                if !inside_body {
                    found.push(Mention { span, kind: head.kind() });
                }
            }
            t = last + 1;
        }
    }
    crate::ner::replace_overlapping(mentions, found);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn run(text: &str, found: &[(&str, EntityKind)]) -> Vec<(String, EntityKind)> {
        crate::ner::run_rule(text, Lang::Ar, found, mark)
    }

    fn place(name: &str) -> (String, EntityKind) {
        (name.to_string(), EntityKind::Loc)
    }

    #[test]
    fn a_square_named_after_a_name_is_a_place_with_its_head() {
        if crate::unknown_names::lexicon_of_model().is_none() {
            return;
        }
        let text = "أمام مئات النقابيين في ساحة محمد علي إن الحكومة";
        assert_eq!(run(text, &[("محمد علي", EntityKind::Loc)]), [place("ساحة محمد علي")]);
        let text = "وتجمعوا في ميدان التحرير بالقاهرة";
        assert_eq!(run(text, &[("التحرير", EntityKind::Loc)]), [place("ميدان التحرير")]);
        assert_eq!(run("وسقط قتلى في ساحة المعركة", &[]), []);
    }

    #[test]
    fn a_basin_or_bridge_named_by_a_name_is_a_place_with_its_head() {
        if crate::unknown_names::lexicon_of_model().is_none() {
            return;
        }
        let text = "واستؤنف الإنتاج في حقول حوض مرزق جنوب البلاد.";
        assert_eq!(run(text, &[("مرزق", EntityKind::Loc)]), [place("حوض مرزق")]);
        let text = "وعبر المسافرون جسر الملك حسين صباحا.";
        assert_eq!(run(text, &[("الملك حسين", EntityKind::Per)]), [place("جسر الملك حسين")]);
        assert_eq!(run("وسقط في حقل الألغام ومد جسر التواصل.", &[]), []);
    }

    #[test]
    fn an_international_airport_is_a_place_with_its_head() {
        if crate::unknown_names::lexicon_of_model().is_none() {
            return;
        }
        let text = "واستقبل مطار البحرين الدولي بعثة المنتخب.";
        assert_eq!(run(text, &[("البحرين", EntityKind::Loc)]), [place("مطار البحرين الدولي")]);
        let text = "وهبطت الطائرة في مطار دمشق بعد الظهر.";
        assert_eq!(run(text, &[("دمشق", EntityKind::Loc)]), [place("دمشق")]);
    }

    #[test]
    fn a_museum_is_its_head_and_its_adjectives() {
        if crate::unknown_names::lexicon_of_model().is_none() {
            return;
        }
        let text = "افتتح الرئيس المتحف المصري الكبير قرب الأهرامات.";
        assert_eq!(run(text, &[("المصري", EntityKind::Misc)]), [place("المتحف المصري الكبير")]);
        let text = "وطالب بإعادة الحجر من المتحف البريطاني بلندن.";
        assert_eq!(run(text, &[("البريطاني", EntityKind::Misc)]), [place("المتحف البريطاني")]);
        let text = "ونقلت المومياوات إلى المتحف القومي للحضارة المصرية في الفسطاط.";
        assert_eq!(run(text, &[("المصرية", EntityKind::Misc)]), [place("المتحف القومي للحضارة المصرية")]);
        let text = "وزار الوفد متحف اللوفر في باريس ثم متحف الفن الإسلامي.";
        assert_eq!(run(text, &[]), [place("متحف اللوفر"), place("متحف الفن الإسلامي")]);
    }

    #[test]
    fn a_hospital_is_its_head_and_its_name() {
        if crate::unknown_names::lexicon_of_model().is_none() {
            return;
        }
        let org = |n: &str| (n.to_string(), EntityKind::Org);
        let text = "ونقل الجرحى إلى مستشفى الشفاء ومستشفى ناصر ومستشفى رفيق الحريري الجامعي.";
        let model = [("ناصر", EntityKind::Per), ("رفيق الحريري", EntityKind::Per)];
        assert_eq!(run(text, &model), [org("مستشفى الشفاء"), org("مستشفى ناصر"), org("مستشفى رفيق الحريري الجامعي")]);
        assert_eq!(run("وأقيم مستشفى ميداني في المخيم.", &[]), []);
    }

    #[test]
    fn an_ordinary_museum_or_a_body_of_one_is_left_alone() {
        if crate::unknown_names::lexicon_of_model().is_none() {
            return;
        }
        assert_eq!(run("وسيفتح المتحف الجديد أبوابه، وهو أكبر متحف في العالم.", &[]), []);
        let text = "وقالت هيئة المتحف المصري الكبير إن";
        let body = [("هيئة المتحف المصري الكبير", EntityKind::Org)];
        assert_eq!(run(text, &body), [("هيئة المتحف المصري الكبير".to_string(), EntityKind::Org)]);
    }
}
