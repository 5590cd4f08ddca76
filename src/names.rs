//! A caller's own names (a newsroom's list of people, organisations and places), found in the
//! text as gazetteer entries and merged with the model's mentions before linking.
//!
//! A name matches a run of tokens with the same folded forms (Arabic folded as in
//! [`crate::text::normalize`], other scripts lowercased, but a capitalised word only matches a
//! capitalised word), separated by spaces on one line. An Arabic first word may carry an
//! attached clitic (و ف ب ل ك), which stays outside the span. A match replaces the model's
//! mentions that lie inside it (the list knows the full name) and yields to a model mention
//! that crosses its edge. Longest match first; linear in the number of tokens.

use crate::hash::WordMap;
use std::sync::OnceLock;

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::lang::Lang;
use crate::ner::Mention;
use crate::span::Span;
use crate::text::normalize::fold;
use crate::text::{tokenize, Token, TokenKind};

const CLITICS: [char; 5] = ['و', 'ف', 'ب', 'ل', 'ك'];

/// One name, as folded tokens.
struct Entry {
    words: Vec<String>,
    capitalised: Vec<bool>,
    kind: EntityKind,
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn entries(names: &[(EntityKind, String)]) -> WordMap<Vec<Entry>> {
    let mut by_first: WordMap<Vec<Entry>> = WordMap::default();
    for (kind, name) in names {
        let tokens = tokenize(name);
        let words: Vec<String> = tokens.iter().map(|t| fold(t.span.of(name))).collect();
        // A name needs letters: punctuation or digits alone would match all over the text.
        if !tokens.iter().any(|t| t.kind == TokenKind::Word) || words.iter().any(String::is_empty) {
            continue;
        }
        let capitalised = tokens.iter().map(|t| starts_upper(t.span.of(name))).collect();
        by_first.entry(words[0].clone()).or_default().push(Entry { words, capitalised, kind: *kind });
    }
    for list in by_first.values_mut() {
        list.sort_by_key(|e| std::cmp::Reverse(e.words.len()));
    }
    by_first
}

/// Whether `entry` matches the tokens from `at`, the first one starting `skip` bytes in (and read
/// with the article's alif restored when `alif`).
fn matches(doc: &Document, entry: &Entry, at: usize, skip: usize, alif: bool) -> bool {
    let tokens: &[Token] = &doc.tokens;
    if at + entry.words.len() > tokens.len() {
        return false;
    }
    entry.words.iter().enumerate().all(|(i, word)| {
        let token = tokens[at + i];
        let text = &token.span.of(doc.text)[if i == 0 { skip } else { 0 }..];
        let joined = i == 0 || {
            let gap = &doc.text[tokens[at + i - 1].span.end..token.span.start];
            gap.chars().all(|c| c == ' ' || c == '\u{00A0}')
        };
        let same = if i == 0 && alif { word.strip_prefix('ا') == Some(&fold(text)) } else { fold(text) == *word };
        joined && same && (!entry.capitalised[i] || starts_upper(text))
    })
}

/// The model's `mentions` with the caller's `names` added (see the module comment).
pub fn add(doc: &Document, mentions: Vec<Mention>, names: &[(EntityKind, String)]) -> Vec<Mention> {
    if names.is_empty() {
        return mentions;
    }
    add_entries(doc, mentions, &entries(names), |_| true, Overlap::ModelWins)
}

/// Organisations of current news the models learned too early to know (Tesla, OpenAI,
/// "صندوق النقد الدولي"), from `data/curated/`; applied before a caller's own names, which win.
static KNOWN_ENGLISH: &str = include_str!("../data/curated/organisations-en.txt");
static KNOWN_ARABIC: &str = include_str!("../data/curated/organisations-ar.txt");
/// Competitions and events (MISC): "كأس العالم", "الدوري الإسباني", "La Liga".
static EVENTS_ENGLISH: &str = include_str!("../data/curated/events-en.txt");
static EVENTS_ARABIC: &str = include_str!("../data/curated/events-ar.txt");
/// Demonyms the English model rarely saw (MISC): "Emirati", "Qatari".
static DEMONYMS_ENGLISH: &str = include_str!("../data/curated/demonyms-en.txt");
/// Places of current English news the gazetteer lacks (LOC): "Pokrovsk", "Khan Younis".
static PLACES_ENGLISH: &str = include_str!("../data/curated/places-en.txt");
/// People of current news the models learned too early to know (PER): "عبد المجيد تبون",
/// "Keir Starmer". Full names only; a lone surname is left to the tagger and the repeats.
static PEOPLE_ENGLISH: &str = include_str!("../data/curated/people-en.txt");
static PEOPLE_ARABIC: &str = include_str!("../data/curated/people-ar.txt");
/// Ethnic groups named by a broken plural (MISC): "الأكراد", "الأمازيغ".
static GROUPS_ARABIC: &str = include_str!("../data/curated/groups-ar.txt");
/// Football clubs of the Arabic name lists (`scripts/gazetteers/names.sh`): the model knows
/// them only as a feature, and a city word makes it call "مانشستر سيتي" a place and a person.
static ARABIC_CLUBS: &str = include_str!("../data/gazetteers/ar/org-clubs.txt");

/// Whether `name` (as written, an elided alif after ل too: "لاتحاد الأوروبي") is a curated
/// organisation of either language (English compared lowercased).
pub(crate) fn is_curated_organisation(name: &str) -> bool {
    static FOLDED: OnceLock<std::collections::HashSet<String>> = OnceLock::new();
    let set = FOLDED
        .get_or_init(|| lines(KNOWN_ARABIC).chain(lines(KNOWN_ENGLISH)).map(crate::text::normalize::fold).collect());
    let folded = crate::text::normalize::fold(name);
    set.contains(&folded) || folded.starts_with('ل') && set.contains(&format!("ا{folded}"))
}

/// Whether `name` is a place of the curated English list ("Pokrovsk", "Khan Younis").
pub(crate) fn is_curated_english_place(name: &str) -> bool {
    static PLACES: OnceLock<std::collections::HashSet<&str>> = OnceLock::new();
    PLACES.get_or_init(|| lines(PLACES_ENGLISH).collect()).contains(name)
}

/// Whether `word` is a demonym of the curated English list ("Emirati", "Saudi").
pub(crate) fn is_english_demonym(word: &str) -> bool {
    lines(DEMONYMS_ENGLISH).any(|d| d == word)
}

fn lines(list: &str) -> impl Iterator<Item = &str> {
    list.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The clubs safe to mark wherever they occur: two words or more, one of them a name the
/// Arabic lexicon does not know as an ordinary word (not "المكان الجيد", a television series
/// among the clubs), and no leading "نادي" or "دوري" (a descriptor, a league).
fn safe_clubs() -> Vec<&'static str> {
    let Some(lexicon) = crate::unknown_names::lexicon_of_model() else { return Vec::new() };
    lines(ARABIC_CLUBS)
        .filter(|club| {
            let words: Vec<&str> = club.split(' ').collect();
            words.len() >= 2
                && !["نادي", "دوري"].contains(&words[0])
                && words.iter().any(|w| crate::unknown_names::is_unknown_name(lexicon, w))
        })
        .collect()
}

/// The model's `mentions` with the curated organisations, events and people added, as a
/// caller's names would be.
pub fn add_known(doc: &Document, mentions: Vec<Mention>) -> Vec<Mention> {
    // Pages without Arabic paragraphs take the English lists alone: the Arabic clubs are read
    // through the Arabic lexicon, which would load the Arabic model for nothing.
    static WITH_ARABIC: OnceLock<WordMap<Vec<Entry>>> = OnceLock::new();
    static ENGLISH: OnceLock<WordMap<Vec<Entry>>> = OnceLock::new();
    let by_first =
        if doc.has(Lang::Ar) { WITH_ARABIC.get_or_init(|| known(true)) } else { ENGLISH.get_or_init(|| known(false)) };
    // Every curated name starts with a Latin or an Arabic letter: other tokens are passed over.
    add_entries(
        doc,
        mentions,
        by_first,
        |text| text.starts_with(|c: char| c.is_ascii_alphabetic() || crate::lang::is_arabic_letter(c)),
        Overlap::ListWins,
    )
}

/// The curated names by first word: the English lists, and with `arabic` the Arabic ones.
fn known(arabic: bool) -> WordMap<Vec<Entry>> {
    // An Arabic list's lines, or none without `arabic`.
    let arabic_lines = |list: &'static str| lines(if arabic { list } else { "" });
    let clubs = if arabic { safe_clubs() } else { Vec::new() };
    let organisations = lines(KNOWN_ENGLISH).chain(arabic_lines(KNOWN_ARABIC)).chain(clubs);
    let events = lines(EVENTS_ENGLISH)
        .chain(arabic_lines(EVENTS_ARABIC))
        .chain(arabic_lines(GROUPS_ARABIC))
        .chain(lines(DEMONYMS_ENGLISH));
    let people = lines(PEOPLE_ENGLISH).chain(arabic_lines(PEOPLE_ARABIC));
    let names = organisations
        .map(|name| (EntityKind::Org, name.to_string()))
        .chain(lines(PLACES_ENGLISH).map(|name| (EntityKind::Loc, name.to_string())))
        .chain(events.map(|name| (EntityKind::Misc, name.to_string())))
        .chain(people.map(|name| (EntityKind::Per, name.to_string())));
    entries(&names.collect::<Vec<_>>())
}

/// Words that only say what kind of body a name is ("منظمة اليونسكو", "حركة حماس"; in English
/// the trade a sentence opens with, "Planemaker Embraer", "Chipmaker Nvidia"), folded.
static DESCRIPTORS: crate::text::normalize::FoldedWords = crate::text::normalize::FoldedWords::new(&[
    "منظمة",
    "حركة",
    "تنظيم",
    "وكالة",
    "جماعة",
    "شركة",
    "مجموعة",
    "planemaker",
    "carmaker",
    "automaker",
    "chipmaker",
    "drugmaker",
    "miner",
    "lender",
    "insurer",
    "retailer",
    "brewer",
    "airline",
    "carrier",
    "broker",
    "regulator",
    "rival",
]);

/// Whether model mention `m` is list name `n` with one descriptor word or a clitic before it:
/// the listed name is the name, the descriptor or clitic stays outside as the guidelines ask.
fn descriptor_only(doc: &Document, m: &Mention, n: &Mention) -> bool {
    if m.span.end != n.span.end || m.span.start >= n.span.start {
        return false;
    }
    let before = &doc.text[m.span.start..n.span.start];
    // Only an attached clitic before the name, which the tagger kept ("لطيران الإمارات").
    if only_clitics(before) {
        return true;
    }
    let Some(word) = before.strip_suffix(' ') else { return false };
    !word.contains(' ') && DESCRIPTORS.contains(word)
}

/// Adds the matches of `by_first`, trying only the tokens `may_start` accepts.
fn add_entries(
    doc: &Document,
    mentions: Vec<Mention>,
    by_first: &WordMap<Vec<Entry>>,
    may_start: impl Fn(&str) -> bool,
    overlap: Overlap,
) -> Vec<Mention> {
    let mut found: Vec<Mention> = Vec::new();
    let mut key = String::new();
    let mut at = 0;
    while at < doc.tokens.len() {
        let token = doc.tokens[at];
        let text = token.span.of(doc.text);
        if !may_start(text) {
            at += 1;
            continue;
        }
        // Readings are taken on the folded word (folded once per document); a clitic's bytes in
        // the text are its letter's and any marks on it.
        let folded = doc.folded(at);
        let tries = clitic_readings(folded);
        let hit = tries.iter().flatten().find_map(|&(folded_skip, alif)| {
            key.clear();
            if alif {
                key.push('ا');
            }
            key.push_str(&folded[folded_skip..]);
            let candidates = by_first.get(&key)?;
            let skip = crate::text::normalize::letters_bytes(text, folded[..folded_skip].chars().count());
            candidates.iter().find(|e| matches(doc, e, at, skip, alif)).map(|e| (e, skip))
        });
        match hit {
            Some((entry, skip)) => {
                let last = doc.tokens[at + entry.words.len() - 1];
                found.push(Mention { span: Span::new(token.span.start + skip, last.span.end), kind: entry.kind });
                at += entry.words.len();
            }
            None => at += 1,
        }
    }
    let mentions = if overlap == Overlap::ListWins {
        split_before_listed(doc, split_after_listed(doc, mentions, &found), &found)
    } else {
        mentions
    };
    merge(mentions, found, overlap, |m, n| overlap == Overlap::ListWins && descriptor_only(doc, m, n))
}

/// A model mention that is a listed place and a curated organisation ending where it ends is
/// the two of them: "U.S. Federal Reserve" is `U.S.` and `Federal Reserve`, as CoNLL splits it.
/// So is an Arabic person before a curated organisation.
fn split_before_listed(doc: &Document, mentions: Vec<Mention>, found: &[Mention]) -> Vec<Mention> {
    let mut out = Vec::with_capacity(mentions.len());
    for m in mentions {
        let at = found.partition_point(|n| n.span.end < m.span.end);
        let listed = found
            .get(at)
            .filter(|n| n.span.end == m.span.end && n.span.start > m.span.start && n.kind == EntityKind::Org);
        let head = listed.and_then(|n| {
            let before = doc.text[m.span.start..n.span.start].strip_suffix(' ')?;
            let span = Span::new(m.span.start, m.span.start + before.len());
            if n.span.of(doc.text).is_ascii() {
                crate::english::is_listed_place(doc, span).then_some(Mention { span, kind: EntityKind::Loc })
            } else {
                // An Arabic person the tagger ran on into the organisation ("ودعا [غروندبرغ
                // الحوثيين] إلى", called on the Houthis), when the words before it read as a
                // name: not "وفي [جناح هواوي]" (Huawei's stand).
                let lexicon = crate::unknown_names::arabic_lexicon(doc)?;
                let named = before.split(' ').all(|w| {
                    crate::unknown_names::is_unknown_name(lexicon, w)
                        || crate::unknown_names::listed(doc, w, &["first", "given"])
                });
                (m.kind == EntityKind::Per && named).then_some(Mention { span, kind: EntityKind::Per })
            }
        });
        match (head, listed) {
            (Some(head), Some(n)) => {
                out.push(head);
                out.push(*n);
            }
            _ => out.push(m),
        }
    }
    out
}

/// A model mention that is a curated name and a place nisba after it ("مدرب الزمالك
/// الكرواتي": the coach is Croatian) is the name and a nationality, not one longer name; a
/// person that starts with a curated organisation is the organisation and a person.
fn split_after_listed(doc: &Document, mentions: Vec<Mention>, found: &[Mention]) -> Vec<Mention> {
    let Some(model) = doc.model(crate::lang::Lang::Ar) else { return mentions };
    let mut out = Vec::with_capacity(mentions.len());
    for m in mentions {
        // `found` is in text order, one match per start. The model's span may hold a clitic the
        // list's leaves out ("لإيني").
        let first_word_end = doc.text[m.span.start..m.span.end].find(' ').map_or(m.span.end, |i| m.span.start + i);
        // A listed name may also start before the model's ("منظمة [بدر" + "هادي العامري]").
        let at = found.partition_point(|n| n.span.start < m.span.start);
        let listed = [at.checked_sub(1), Some(at)]
            .into_iter()
            .flatten()
            .filter_map(|i| found.get(i))
            .find(|n| n.span.end > m.span.start && n.span.start < first_word_end && n.span.end < m.span.end);
        let rest = listed.and_then(|n| {
            let rest = doc.text[n.span.end..m.span.end].strip_prefix(' ')?;
            Some((*n, rest, Span::new(m.span.end - rest.len(), m.span.end)))
        });
        let split = rest.and_then(|(n, rest, span)| {
            let folded = crate::text::normalize::fold(rest);
            let place = !rest.contains(' ') && crate::ner::nisba::is_place_nisba(&model.gazetteer, &folded);
            // A person the tagger ran on from a listed organisation ("الرئيس التنفيذي لإيني
            // كلاوديو ديسكالزي") is the organisation and its head.
            // Not a listed name that is also a given name before a surname ("Mercedes Schlapp").
            let given = crate::english::is_given_name(doc, n.span.of(doc.text));
            let person = m.kind == EntityKind::Per && n.kind == EntityKind::Org && !given;
            // The rest is a listed name of its own: two names side by side ("الاتحاد الأوروبي
            // كايا كالاس", read as one organisation).
            // Its clitic outside: "[هيئة قناة السويس] لرويترز".
            let listed_rest = found
                .get(found.partition_point(|r| r.span.start < span.start))
                .filter(|r| r.span.end == span.end && only_clitics(&doc.text[span.start..r.span.start]));
            if let Some(r) = listed_rest {
                Some((n, *r, None))
            } else if place {
                Some((n, Mention { span, kind: EntityKind::Misc }, None))
            } else if let Some((nisba, head)) = nationality_and_person(rest, span) {
                Some((n, nisba, Some(head)))
            } else {
                person.then_some((n, Mention { span, kind: EntityKind::Per }, None))
            }
        });
        match split {
            Some((n, rest, head)) => {
                out.push(n);
                out.push(rest);
                out.extend(head);
            }
            None => out.push(m),
        }
    }
    out
}

/// Whether `text` is at most two attached clitic letters (و ف ب ل ك), or nothing.
fn only_clitics(text: &str) -> bool {
    text.chars().count() <= 2 && text.chars().all(|c| CLITICS.contains(&c))
}

/// The rest of a model mention after a curated name, read as a nationality and the name of a
/// person: "[ميرسك] الدنماركية فنسنت كليرك" is the company, "Danish" and its chief. The person
/// is two or three words the lexicon does not know.
fn nationality_and_person(rest: &str, span: Span) -> Option<(Mention, Mention)> {
    let (nisba, person) = rest.split_once(' ')?;
    let lexicon = crate::unknown_names::lexicon_of_model()?;
    let words = person.split(' ').count();
    let named =
        (2..=3).contains(&words) && person.split(' ').all(|w| crate::unknown_names::is_unknown_name(lexicon, w));
    if !named || !crate::ner::nisba::is_nationality(&crate::text::normalize::fold(nisba)) {
        return None;
    }
    let nisba_span = Span::new(span.start, span.start + nisba.len());
    Some((
        Mention { span: nisba_span, kind: EntityKind::Misc },
        Mention { span: Span::new(span.end - person.len(), span.end), kind: EntityKind::Per },
    ))
}

/// How a token may start a name: whole, after one attached clitic (و ف ب ل ك), or after two
/// ("وب", "فل"); after the clitic ل the article's alif is elided ("للأمم المتحدة" names "الأمم
/// المتحدة"), so that reading restores it. Each is (bytes skipped, alif restored).
fn clitic_readings(text: &str) -> [Option<(usize, bool)>; 4] {
    let mut out = [Some((0, false)), None, None, None];
    let mut n = 1;
    let mut skip = 0;
    for depth in 0..2 {
        let Some(c) = text[skip..].chars().next() else { break };
        let allowed = if depth == 0 { CLITICS.contains(&c) } else { ['ب', 'ل', 'ك'].contains(&c) };
        if !allowed || skip + c.len_utf8() >= text.len() {
            break;
        }
        skip += c.len_utf8();
        out[n] = Some((skip, false));
        n += 1;
        if c == 'ل' && text[skip..].starts_with('ل') && n < out.len() {
            out[n] = Some((skip, true));
            n += 1;
        }
        if !['و', 'ف'].contains(&c) || n >= out.len() {
            break;
        }
    }
    out
}

/// Who keeps a stretch of text when a list name and a model mention partly overlap.
#[derive(Clone, Copy, PartialEq)]
enum Overlap {
    /// The model: a caller's list names what to find, not where the model's names end.
    ModelWins,
    /// The list: a curated name is known whole, and the model's partial mention across its
    /// edge is a misreading ("مانشستر" ORG + "سيتي سلبيا" PER around "مانشستر سيتي").
    ListWins,
}

/// Both lists are sorted and flat. A list match wins over the model mentions inside it and loses
/// to one that holds it, unless `gives_way` says that one is only the match with a descriptor;
/// on a partial overlap `overlap` decides.
fn merge(
    model: Vec<Mention>,
    list: Vec<Mention>,
    overlap: Overlap,
    gives_way: impl Fn(&Mention, &Mention) -> bool,
) -> Vec<Mention> {
    let blocks = |m: &Mention, n: &Mention| {
        if gives_way(m, n) {
            return false;
        }
        let overlaps = m.span.start < n.span.end && n.span.start < m.span.end;
        let holds = m.span.start <= n.span.start && n.span.end <= m.span.end && m.span != n.span;
        let inside = n.span.start <= m.span.start && m.span.end <= n.span.end;
        holds || (overlaps && !inside && overlap == Overlap::ModelWins)
    };
    let mut kept_list: Vec<Mention> = Vec::with_capacity(list.len());
    let mut i = 0;
    for n in list {
        while i < model.len() && model[i].span.end <= n.span.start {
            i += 1;
        }
        let blocked = model[i..].iter().take_while(|m| m.span.start < n.span.end).any(|m| blocks(m, &n));
        if !blocked {
            kept_list.push(n);
        }
    }
    let mut out: Vec<Mention> = Vec::with_capacity(model.len() + kept_list.len());
    let mut j = 0;
    for m in model {
        while j < kept_list.len() && kept_list[j].span.end <= m.span.start {
            out.push(kept_list[j]);
            j += 1;
        }
        let covered = kept_list.get(j).is_some_and(|n| n.span.start < m.span.end);
        if !covered {
            out.push(m);
        }
    }
    out.extend_from_slice(&kept_list[j..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn names(list: &[(EntityKind, &str)]) -> Vec<(EntityKind, String)> {
        list.iter().map(|(k, n)| (*k, n.to_string())).collect()
    }

    fn spans(text: &str, found: &[Mention]) -> Vec<(String, EntityKind)> {
        found.iter().map(|m| (m.span.of(text).to_string(), m.kind)).collect()
    }

    fn mention(text: &str, part: &str, kind: EntityKind) -> Mention {
        let start = text.find(part).unwrap();
        Mention { span: Span::new(start, start + part.len()), kind }
    }

    #[test]
    fn finds_multiword_names_and_keeps_case_for_capitalised_words() {
        let text = "Hadi al-Bahra met the bush team. Later hadi al-bahra left; Bush stayed.";
        let doc = Document::new(text, Some(Lang::En));
        let list = names(&[(EntityKind::Per, "Hadi al-Bahra"), (EntityKind::Per, "Bush")]);
        let found = add(&doc, Vec::new(), &list);
        assert_eq!(spans(text, &found), [("Hadi al-Bahra".into(), EntityKind::Per), ("Bush".into(), EntityKind::Per)]);
    }

    #[test]
    fn a_trade_before_a_listed_company_stays_outside() {
        let text = "Planemaker Embraer and orange juice producers were spared.";
        let doc = Document::new(text, Some(Lang::En));
        let tagged = vec![Mention { span: Span::new(0, "Planemaker Embraer".len()), kind: EntityKind::Per }];
        let found = add_known(&doc, tagged);
        assert_eq!(spans(text, &found), [("Embraer".into(), EntityKind::Org)]);
    }

    #[test]
    fn arabic_names_match_folded_and_leave_the_clitic_outside() {
        let text = "التقى وزير الخارجية وأحمد أبو الغيط في القاهرة، ثم غادر أحمد ابو الغيط.";
        let doc = Document::new(text, Some(Lang::Ar));
        let found = add(&doc, Vec::new(), &names(&[(EntityKind::Per, "أحمد أبو الغيط")]));
        assert_eq!(
            spans(text, &found),
            [("أحمد أبو الغيط".into(), EntityKind::Per), ("أحمد ابو الغيط".into(), EntityKind::Per)]
        );
    }

    #[test]
    fn curated_people_are_found_and_two_listed_names_in_one_mention_are_split() {
        let text = "قالت مسؤولة السياسة الخارجية في الاتحاد الأوروبي كايا كالاس إن الرئيس عبد المجيد تبون";
        let doc = Document::new(text, Some(Lang::Ar));
        let model = vec![mention(text, "الاتحاد الأوروبي كايا كالاس", EntityKind::Org)];
        let found = add_known(&doc, model);
        assert_eq!(
            spans(text, &found),
            [
                ("الاتحاد الأوروبي".into(), EntityKind::Org),
                ("كايا كالاس".into(), EntityKind::Per),
                ("عبد المجيد تبون".into(), EntityKind::Per)
            ]
        );
    }

    #[test]
    fn a_list_name_replaces_the_model_mentions_inside_it_and_yields_to_crossing_ones() {
        let text = "Hadi al-Bahra spoke. Palais des Nations hosted it.";
        let doc = Document::new(text, Some(Lang::En));
        let model = vec![
            mention(text, "Hadi al", EntityKind::Misc),
            mention(text, "Bahra", EntityKind::Per),
            mention(text, "spoke. Palais", EntityKind::Org), // crosses the list's "Palais des Nations"
        ];
        let list = names(&[(EntityKind::Per, "Hadi al-Bahra"), (EntityKind::Org, "Palais des Nations")]);
        let found = add(&doc, model, &list);
        assert_eq!(
            spans(text, &found),
            [("Hadi al-Bahra".into(), EntityKind::Per), ("spoke. Palais".into(), EntityKind::Org)]
        );
    }

    #[test]
    fn a_curated_name_wins_a_partial_overlap_and_loses_to_a_mention_that_holds_it() {
        let text = "تعادل مانشستر سيتي سلبيا مع نادي ريال مدريد كاستيا";
        let model = vec![
            mention(text, "مانشستر", EntityKind::Org),
            mention(text, "سيتي سلبيا", EntityKind::Per),
            mention(text, "ريال مدريد كاستيا", EntityKind::Org),
        ];
        let list = vec![mention(text, "مانشستر سيتي", EntityKind::Org), mention(text, "ريال مدريد", EntityKind::Org)];
        let found = merge(model, list, Overlap::ListWins, |_, _| false);
        assert_eq!(
            spans(text, &found),
            [("مانشستر سيتي".into(), EntityKind::Org), ("ريال مدريد كاستيا".into(), EntityKind::Org)]
        );
    }

    #[test]
    fn names_do_not_match_across_lines_or_inside_words() {
        let text = "Geir\nPedersen arrived. Pedersenville is far.";
        let doc = Document::new(text, Some(Lang::En));
        let found = add(&doc, Vec::new(), &names(&[(EntityKind::Per, "Geir Pedersen"), (EntityKind::Per, "Pedersen")]));
        assert_eq!(spans(text, &found), [("Pedersen".into(), EntityKind::Per)]);
    }

    #[test]
    fn empty_and_odd_names_are_harmless() {
        let text = "Some text with \"quotes\" and emoji 🙂.";
        let doc = Document::new(text, None);
        let list = names(&[
            (EntityKind::Loc, ""),
            (EntityKind::Loc, "   "),
            (EntityKind::Misc, "🙂"),
            (EntityKind::Org, "\""),
        ]);
        assert_eq!(add(&doc, Vec::new(), &list), []);
    }

    #[test]
    fn annotate_uses_the_options_names_and_links_them() {
        let text = "Opposition negotiator Hadi al-Bahra was cautious.\nLater al-Bahra said: \"We want guarantees.\"";
        let options = crate::Options::default().with_extra_names([(EntityKind::Per, "Hadi al-Bahra".to_string())]);
        let found = crate::annotate(text, &options);
        let full =
            found.entities.iter().find(|e| e.span.of(text) == "Hadi al-Bahra").expect("the listed name is found");
        assert_eq!(full.kind, EntityKind::Per);
        assert_eq!(found.clusters[full.cluster].name, "Hadi al-Bahra");
    }

    #[test]
    fn a_place_before_a_curated_organisation_is_a_place_of_its_own() {
        let text = "The U.S. Federal Reserve held rates, unlike the Bank of England.";
        let doc = Document::new(text, Some(Lang::En));
        let found = add_known(&doc, vec![mention(text, "U.S. Federal Reserve", EntityKind::Org)]);
        let got = spans(text, &found);
        assert_eq!(got[..2], [("U.S.".into(), EntityKind::Loc), ("Federal Reserve".into(), EntityKind::Org)]);
        // Not a word that is no place: "Ford Motor" style names stay as the model found them.
        let text = "Analysts at Morgan Stanley Research said.";
        let doc = Document::new(text, Some(Lang::En));
        let found = add_known(&doc, vec![mention(text, "Morgan Stanley Research", EntityKind::Org)]);
        assert_eq!(spans(text, &found), [("Morgan Stanley Research".into(), EntityKind::Org)]);
    }

    #[test]
    fn a_curated_name_and_a_nationality_the_model_joined_are_split() {
        let text = "وقال مدرب الزمالك الكرواتي إن الفريق استحق الفوز.";
        let doc = Document::new(text, Some(Lang::Ar));
        let found = add_known(&doc, vec![mention(text, "الزمالك الكرواتي", EntityKind::Org)]);
        assert_eq!(spans(text, &found), [("الزمالك".into(), EntityKind::Org), ("الكرواتي".into(), EntityKind::Misc)]);
        // The organisation's chief after its nationality is a person of their own.
        let text = "قال الرئيس التنفيذي لمجموعة ميرسك الدنماركية فنسنت كليرك إن الشركة تحول سفنها.";
        let doc = Document::new(text, Some(Lang::Ar));
        let found = add_known(&doc, vec![mention(text, "ميرسك الدنماركية فنسنت كليرك", EntityKind::Org)]);
        let want = [
            ("ميرسك".into(), EntityKind::Org),
            ("الدنماركية".into(), EntityKind::Misc),
            ("فنسنت كليرك".into(), EntityKind::Per),
        ];
        assert_eq!(spans(text, &found), want);
        // A name that goes on past the listed one is left whole: "طيران الإمارات للشحن".
        let text = "وأعلنت طيران الإمارات للشحن عن رحلات جديدة.";
        let doc = Document::new(text, Some(Lang::Ar));
        let found = add_known(&doc, vec![mention(text, "طيران الإمارات للشحن", EntityKind::Org)]);
        assert_eq!(spans(text, &found), [("طيران الإمارات للشحن".into(), EntityKind::Org)]);
    }

    #[test]
    fn ethnic_groups_named_by_a_broken_plural_are_misc() {
        let text = "وطالب الأكراد والأمازيغ بحقوقهم.";
        let doc = Document::new(text, Some(Lang::Ar));
        let found = add_known(&doc, vec![]);
        assert_eq!(spans(text, &found), [("الأكراد".into(), EntityKind::Misc), ("الأمازيغ".into(), EntityKind::Misc)]);
    }

    #[test]
    fn a_person_the_model_ran_on_from_a_curated_organisation_is_split() {
        let text = "وقال الرئيس التنفيذي لإيني كلاوديو ديسكالزي إن الشركة ستستثمر.";
        let doc = Document::new(text, Some(Lang::Ar));
        let found = add_known(&doc, vec![mention(text, "لإيني كلاوديو ديسكالزي", EntityKind::Per)]);
        let expected = [("إيني".into(), EntityKind::Org), ("كلاوديو ديسكالزي".into(), EntityKind::Per)];
        assert_eq!(spans(text, &found), expected);
    }
}
