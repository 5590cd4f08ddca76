//! Arabic football clubs in sentences about a match: "فاز الهلال على النصر", "فوز كبير على
//! برشلونة". Many clubs are ordinary words (الهلال the crescent, النصر victory) that the tagger
//! leaves untagged, or cities it calls places. In a sentence with a match word (فاز، تعادل،
//! هدف، الدوري) a club of the name lists is the club:
//! - an untagged listed club is added, unless it is a place ("الرياض" is also a club) and the
//!   word before it does not open a team;
//! - a place or person the tagger found is retyped only where the word before it opens a team
//!   (على، أمام، ضد، مع after a match, هدف برشلونة, مدرب ليفربول), so that "في الرياض" stays a
//!   place.

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::lang::Lang;
use crate::ner::hash::Fnv;
use crate::ner::Mention;
use crate::span::Span;
use crate::text::normalize::{fold, letters_bytes, FoldedWords};
use crate::unknown_names::is_arabic;

static CLUBS: &str = include_str!("../data/gazetteers/ar/org-clubs.txt");

/// Words of a sentence about a match (folded forms are compared, clitics و ف off).
static MATCH_WORDS: FoldedWords = FoldedWords::new(&[
    "فاز",
    "فوز",
    "تعادل",
    "خسر",
    "خسارة",
    "هزم",
    "تغلب",
    "مباراة",
    "المباراة",
    "الدوري",
    "هدف",
    "هدفين",
    "أهداف",
    "سجل",
    "ركلة",
    "جزاء",
    "ملعب",
    "المدرب",
    "لاعب",
    "اللاعب",
    "كأس",
    "بطولة",
    "الموسم",
    "أحرز",
    "مرمى",
    "شباك",
]);

/// Words after which a name is a team: prepositions of a match and nouns of a team.
static TEAM_CONTEXT: FoldedWords = FoldedWords::new(&[
    "على",
    "أمام",
    "ضد",
    "مع",
    "هدف",
    "مرمى",
    "شباك",
    "مدرب",
    "لاعب",
    "لاعبي",
    "جماهير",
    "فريق",
    "فريقه",
    "نادي",
    "فاز",
    "تعادل",
    "خسر",
    "هزم",
    "تغلب",
    "واجه",
    "يواجه",
    "استضاف",
    "يستضيف",
]);

/// Folded one-word club names: the one-word entries and "نادي X" of the club list.
fn clubs() -> &'static HashSet<String> {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        let lines = CLUBS.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'));
        lines
            .filter_map(|l| match l.split_once(' ') {
                None => Some(l),
                Some(("نادي", rest)) if !rest.contains(' ') => Some(rest),
                _ => None,
            })
            .map(fold)
            .collect()
    })
}

/// The readings of a word with none, one or two attached clitics taken off (و ف, then ب ل ك),
/// whole word first: "برشلونة" is no ب + "رشلونة".
fn readings(word: &str) -> impl Iterator<Item = &str> {
    fn prep(w: &str) -> Option<&str> {
        w.strip_prefix(['ب', 'ل', 'ك']).filter(|r| r.chars().count() >= 3)
    }
    let conj = word.strip_prefix(['و', 'ف']).filter(|r| r.chars().count() >= 3);
    [Some(word), conj, prep(word), conj.and_then(prep)].into_iter().flatten()
}

/// Whether any reading of the folded `word` is in `list`.
fn any_reading_in(list: &FoldedWords, folded: &str) -> bool {
    readings(folded).any(|w| list.contains_folded(w))
}

/// Adds and retypes the clubs of Arabic sentences about a match.
pub fn settle(doc: &Document, mentions: &mut Vec<Mention>) {
    let Some(g) = crate::ner::model_for(Lang::Ar).map(|m| &m.gazetteer) else { return };
    let place = g.class_bit("loc");
    let lexicon = crate::unknown_names::arabic_lexicon();
    let mut added: Vec<Mention> = Vec::new();
    for block in doc.blocks.iter().filter(|b| b.lang == Lang::Ar) {
        let mut start = block.tokens.start;
        while start < block.tokens.end {
            let end = (start..block.tokens.end)
                .find(|&t| matches!(doc.word(t), "." | "!" | "؟" | "?"))
                .map_or(block.tokens.end, |t| t + 1);
            let about_a_match = (start..end).any(|t| any_reading_in(&MATCH_WORDS, doc.folded(t)));
            for t in (start..end).filter(|_| about_a_match) {
                let word = doc.word(t);
                if !is_arabic(word) {
                    continue;
                }
                let whole = doc.folded(t);
                let Some(folded) = readings(whole).find(|w| clubs().contains(*w)) else { continue };
                let skip = letters_bytes(word, whole.chars().count() - folded.chars().count());
                let span = Span::new(doc.tokens[t].span.start + skip, doc.tokens[t].span.end);
                let at = mentions.partition_point(|m| m.span.end <= span.start);
                let opens_team = t > start && any_reading_in(&TEAM_CONTEXT, doc.folded(t - 1));
                match mentions.get_mut(at) {
                    Some(m) if m.span == span => {
                        if matches!(m.kind, EntityKind::Loc | EntityKind::Per) && opens_team {
                            m.kind = EntityKind::Org;
                        }
                    }
                    Some(m) if m.span.start < span.end => {}
                    _ => {
                        // A verb is never the club there ("مهرجان كان": Cannes, and "كان" is "was").
                        let verb = !folded.starts_with("ال") && lexicon.is_some_and(|l| l.is_verb(folded));
                        if !verb && (opens_team || g.classes_of(Fnv::new().str(folded)) & place == 0) {
                            added.push(Mention { span, kind: EntityKind::Org });
                        }
                    }
                }
            }
            start = end;
        }
    }
    crate::ner::add_mentions(mentions, added);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, model: &[(&str, EntityKind)]) -> Vec<(String, EntityKind)> {
        crate::ner::run_rule(text, Lang::Ar, model, settle)
    }

    #[test]
    fn clubs_of_a_match_sentence_are_organisations() {
        let got = run("وفي الدوري السعودي، فاز الهلال على النصر بهدفين.", &[]);
        assert_eq!(got, [("الهلال".into(), EntityKind::Org), ("النصر".into(), EntityKind::Org)]);
        let got = run("قاد مبابي فريقه إلى فوز كبير على برشلونة.", &[("برشلونة", EntityKind::Loc)]);
        assert_eq!(got, [("برشلونة".into(), EntityKind::Org)]);
    }

    #[test]
    fn places_and_sentences_without_a_match_are_left_alone() {
        // A city in a match sentence, after في: the place.
        let got = run("فاز الفريق في الرياض.", &[("الرياض", EntityKind::Loc)]);
        assert_eq!(got, [("الرياض".into(), EntityKind::Loc)]);
        // No match: "النصر" is victory. A prize won is no match, and "كان" (Cannes) is "was".
        assert_eq!(run("أعلن الجيش النصر على التنظيم.", &[]), []);
        assert_eq!(run("فاز الفيلم بجائزة في مهرجان كان السينمائي.", &[]), []);
        let got = run("زار الوزير برشلونة.", &[("برشلونة", EntityKind::Loc)]);
        assert_eq!(got, [("برشلونة".into(), EntityKind::Loc)]);
    }
}
