//! Arabic football clubs in sentences about a match: "فاز الهلال على النصر", "فوز كبير على
//! برشلونة". Many clubs are ordinary words (الهلال the crescent, النصر victory) that the tagger
//! leaves untagged, or cities it calls places. In a sentence with a match word (فاز، تعادل،
//! هدف، الدوري) a club of the name lists is the club:
//! - an untagged listed club is added, unless it is a place ("الرياض" is also a club) and the
//!   word before it does not open a team;
//! - a place or person the tagger found is retyped only where the word before it opens a team
//!   (على، أمام، ضد، مع after a match, هدف برشلونة, مدرب ليفربول), so that "في الرياض" stays a
//!   place.

use std::sync::OnceLock;

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::hash::Fnv;
use crate::lang::Lang;
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
    "أندية",
    "الأندية",
    "منتخب",
    "المنتخب",
    "الدقيقة",
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
    "أندية",
    "نجم",
    "قائد",
    "مهاجم",
    "حارس",
    "مدافع",
    "هداف",
]);

/// Heads of a national team, the country after them a place ("منتخب السعودية"), as ANERcorp
/// tags it; the tagger, reading the word after a sports noun, often leaves it out.
static NATIONAL_TEAMS: FoldedWords = FoldedWords::new(&["منتخب", "منتخبي"]);

/// Folded one-word club names: the one-word entries and "نادي X" of the club list, and (as
/// `true`: known by an ordinary word, so only where a team is meant) the X of "(نادي) X
/// السعودي", a club the list names with its country ("الشباب", the youth; "الاتحاد", the union).
fn clubs() -> &'static crate::hash::WordMap<bool> {
    static MAP: OnceLock<crate::hash::WordMap<bool>> = OnceLock::new();
    MAP.get_or_init(|| {
        let g = crate::ner::model_for(Lang::Ar).map(|m| &m.gazetteer);
        let country = |w: &str| g.is_some_and(|g| crate::ner::nisba::is_place_nisba(g, &fold(w)));
        let mut map = crate::hash::WordMap::default();
        for line in CLUBS.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let words: Vec<&str> = line.split(' ').collect();
            let words = words.strip_prefix(&["نادي"]).unwrap_or(&words);
            match words {
                [name] => {
                    map.insert(fold(name), false);
                }
                [name, nisba] if name.starts_with("ال") && country(nisba) => {
                    map.entry(fold(name)).or_insert(true);
                }
                _ => {}
            }
        }
        map
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

/// Two clubs the tagger joined into one organisation ("الاتحاد والأهلي") are two: the second
/// without its و.
fn split_joined(doc: &Document, mentions: &mut [Mention]) -> Vec<Mention> {
    let mut added = Vec::new();
    for m in mentions.iter_mut().filter(|m| m.kind == EntityKind::Org) {
        let first = doc.tokens.partition_point(|t| t.span.end <= m.span.start);
        let second = first + 1;
        if second >= doc.tokens.len() || doc.tokens[second].span.end != m.span.end || !is_arabic(doc.word(second)) {
            continue;
        }
        let club = |t: usize| readings(doc.folded(t)).any(|w| clubs().contains_key(w));
        let joined = doc.folded(second).starts_with('و') && club(first) && club(second);
        if joined && m.span.start >= doc.tokens[first].span.start {
            let second_span = doc.tokens[second].span;
            m.span = Span::new(m.span.start, doc.tokens[first].span.end);
            let skip = letters_bytes(doc.word(second), 1);
            added.push(Mention { span: Span::new(second_span.start + skip, second_span.end), kind: EntityKind::Org });
        }
    }
    added
}

/// A listed club named after its city, followed by a masculine country nisba, is the club in
/// any sentence: a club is masculine ("تشيلسي الإنجليزي", "برشلونة الإسباني"), a city feminine
/// ("برشلونة الإسبانية").
fn retype_described(doc: &Document, g: &crate::ner::gazetteer::Gazetteer, mentions: &mut [Mention]) {
    for m in mentions.iter_mut().filter(|m| matches!(m.kind, EntityKind::Loc | EntityKind::Per)) {
        let t = doc.tokens.partition_point(|tok| tok.span.end <= m.span.start);
        if t + 1 >= doc.tokens.len() || doc.tokens[t].span.end != m.span.end || !is_arabic(doc.word(t)) {
            continue;
        }
        let club = readings(doc.folded(t)).any(|w| clubs().get(w) == Some(&false));
        let next = doc.word(t + 1);
        let masculine = next.starts_with("ال") && next.ends_with('ي') && next.chars().count() >= 5;
        if club && masculine && crate::ner::nisba::is_place_nisba(g, doc.folded(t + 1)) {
            m.kind = EntityKind::Org;
        }
    }
}

/// Adds the listed countries and cities right after "منتخب" that no mention covers.
fn national_teams(doc: &Document, g: &crate::ner::gazetteer::Gazetteer, mentions: &mut Vec<Mention>) {
    let place = g.class_bit("loc");
    let mut added = Vec::new();
    let arabic = doc.blocks.iter().filter(|b| b.lang == Lang::Ar).map(|b| b.tokens.clone());
    for t in arabic.flat_map(|b| b.start + 1..b.end) {
        let span = doc.tokens[t].span;
        // Most words end otherwise: a byte test before the clitic readings.
        let before = doc.folded(t - 1);
        if !(before.ends_with("ب") || before.ends_with("بي"))
            || !any_reading_in(&NATIONAL_TEAMS, before)
            || !doc.only_spaces_between(doc.tokens[t - 1].span.end, span.start)
            || !is_arabic(doc.word(t))
            || g.classes_of(Fnv::new().str(doc.folded(t))) & place == 0
        {
            continue;
        }
        if crate::ner::near(mentions, span.start, span.end)
            .iter()
            .all(|m| m.span.end <= span.start || m.span.start >= span.end)
        {
            added.push(Mention { span, kind: EntityKind::Loc });
        }
    }
    crate::ner::add_mentions(mentions, added);
}

/// Adds and retypes the clubs of Arabic sentences about a match.
pub fn settle(doc: &Document, mentions: &mut Vec<Mention>) {
    let Some(g) = doc.model(Lang::Ar).map(|m| &m.gazetteer) else { return };
    national_teams(doc, g, mentions);
    let joined = split_joined(doc, mentions);
    crate::ner::add_mentions(mentions, joined);
    retype_described(doc, g, mentions);
    let place = g.class_bit("loc");
    let lexicon = crate::unknown_names::arabic_lexicon(doc);
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
                let Some((folded, by_word)) = readings(whole).find_map(|w| clubs().get(w).map(|&b| (w, b))) else {
                    continue;
                };
                let skip = letters_bytes(word, whole.chars().count() - folded.chars().count());
                let span = Span::new(doc.tokens[t].span.start + skip, doc.tokens[t].span.end);
                let at = mentions.partition_point(|m| m.span.end <= span.start);
                // A club joined by و to the club before it ("أندية النصر والاتحاد") is one too.
                let listed =
                    t > start && whole.starts_with('و') && readings(doc.folded(t - 1)).any(|w| clubs().contains_key(w));
                let opens_team = t > start && any_reading_in(&TEAM_CONTEXT, doc.folded(t - 1)) || listed;
                if by_word && !opens_team {
                    continue;
                }
                match mentions.get_mut(at) {
                    Some(m) if m.span == span => {
                        // A club spelled like a nisba ("يحتل القادسية المركز"), read as one: an
                        // adjective follows a definite noun, a club does not need one.
                        let after_definite = t > start && doc.folded(t - 1).starts_with("ال");
                        let nisba_club = m.kind == EntityKind::Misc && !by_word && !after_definite;
                        if matches!(m.kind, EntityKind::Loc | EntityKind::Per) && opens_team || nisba_club {
                            m.kind = EntityKind::Org;
                        }
                    }
                    Some(m) if m.span.start < span.end => {}
                    _ => {
                        // A verb is never the club there ("مهرجان كان": Cannes, and "كان" is "was").
                        let verb = !folded.starts_with("ال") && lexicon.is_some_and(|l| l.is_verb(folded));
                        let city =
                            g.classes_of(Fnv::new().str(folded)) & place != 0 || crate::cities::is_listed_city(folded);
                        if !verb && (opens_team || !city) {
                            added.push(Mention { span, kind: EntityKind::Org });
                        }
                    }
                }
            }
            start = end;
        }
    }
    crate::ner::add_mentions(mentions, added);
    add_repeats(doc, mentions);
}

/// Whether a folded word is a one-word club of the lists, with or without its clitics.
pub(crate) fn is_club_word(folded: &str) -> bool {
    readings(folded).any(|w| clubs().contains_key(w))
}

/// Relative pronouns, definite in form, that may follow a club ("النصر الذي تراجع").
static RELATIVES: FoldedWords = FoldedWords::new(&["الذي", "التي", "اللذين", "الذين"]);

/// The other mentions of a club the document names as a club: in a match report "النصر" after
/// "غريمه التقليدي" or before "الكرواتي" is the club named in the sentence before. Not before a
/// definite word that is no nisba ("الهلال الأحمر" is the Red Crescent).
fn add_repeats(doc: &Document, mentions: &mut Vec<Mention>) {
    let named: std::collections::HashSet<String> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Org)
        .map(|m| fold(m.span.of(doc.text)))
        // Clubs known by an ordinary word ("الشباب", the youth) only where a team is meant.
        .filter(|name| !name.contains(' ') && clubs().get(name.as_str()) == Some(&false))
        .collect();
    if named.is_empty() {
        return;
    }
    let mut added = Vec::new();
    for block in doc.blocks.iter().filter(|b| b.lang == Lang::Ar) {
        for t in block.tokens.clone() {
            let whole = doc.folded(t);
            // "للهلال": ل + the club with its alif elided; the span keeps the second ل.
            let elided = whole.strip_prefix("لل").is_some_and(|rest| named.contains(&format!("ال{rest}")));
            let skip_letters = if elided {
                1
            } else if let Some(folded) = readings(whole).find(|w| named.contains(*w)) {
                whole.chars().count() - folded.chars().count()
            } else {
                continue;
            };
            let word = doc.word(t);
            let skip = letters_bytes(word, skip_letters);
            let span = Span::new(doc.tokens[t].span.start + skip, doc.tokens[t].span.end);
            if crate::ner::near(mentions, span.start, span.end).iter().any(|m| m.span.start < span.end) {
                continue;
            }
            let next = t + 1;
            let described = next < block.tokens.end
                && doc.only_spaces_between(doc.tokens[t].span.end, doc.tokens[next].span.start)
                && doc.folded(next).starts_with("ال")
                && !RELATIVES.contains_folded(doc.folded(next))
                && !crate::ner::nisba::has_nisba_ending(doc.folded(next));
            if !described {
                added.push(Mention { span, kind: EntityKind::Org });
            }
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
        // Clubs named by ordinary words ("الشباب", the youth) only where a team is meant, and
        // clubs the tagger joined are two.
        let got = run("سجل رونالدو هدفين في مرمى الشباب، وتألق الشباب في الملعب.", &[]);
        assert_eq!(got, [("الشباب".into(), EntityKind::Org)]);
        let got = run("وتملك الدولة حصصا في أندية النصر والاتحاد والأهلي.", &[("الاتحاد والأهلي", EntityKind::Org)]);
        let orgs: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(orgs, ["النصر", "الاتحاد", "الأهلي"]);
    }

    #[test]
    fn a_club_named_once_is_the_club_again() {
        let text =
            "فاز الهلال على النصر. وأشرك النصر لاعبه الكرواتي، وتراجع النصر الذي خسر. وقدم الهلال الأحمر مساعدات للهلال.";
        let got: Vec<String> = run(text, &[]).into_iter().map(|(n, _)| n).collect();
        assert_eq!(got, ["الهلال", "النصر", "النصر", "النصر", "لهلال"]);
        // No club named as one: the words stay words.
        assert_eq!(run("أعلن الجيش النصر. وظهر الهلال في السماء.", &[]), []);
    }

    #[test]
    fn a_national_teams_country_and_a_stars_club_are_named() {
        let got = run("قاد سالم الدوسري منتخب السعودية إلى الفوز، وسجل نجم الهلال في الدقيقة 51.", &[]);
        assert_eq!(got, [("السعودية".into(), EntityKind::Loc), ("الهلال".into(), EntityKind::Org)]);
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
        // A club is masculine, a city feminine.
        let got = run("وانتقل اللاعب من تشيلسي الإنجليزي.", &[("تشيلسي", EntityKind::Loc)]);
        assert_eq!(got[0], ("تشيلسي".into(), EntityKind::Org));
        let got = run("زار الوزير برشلونة الإسبانية.", &[("برشلونة", EntityKind::Loc)]);
        assert_eq!(got[0], ("برشلونة".into(), EntityKind::Loc));
    }
}
