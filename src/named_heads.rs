//! Arabic names that a head noun before them types: "شركة تسلا", "منصة إكس" are organisations,
//! "ملعب سانتياغو برنابيو", "مدينة كوبرتينو" places, "نادي برشلونة" a club. Arabic names the
//! kind of a thing before its name, in the construct state (no article on the head). The
//! tagger, trained on 2006 news, leaves an unseen name untagged or guesses its type from the
//! name alone ("إكس" a person, "برشلونة" the city). The head stays outside the name, as the
//! guidelines ask of descriptor words.

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::Mention;
use crate::span::Span;
use crate::text::normalize::FoldedWords;
use crate::unknown_names::{arabic_lexicon, is_arabic, is_unknown_name};

/// What a head says of the name after it.
#[derive(Clone, Copy)]
struct Head {
    kind: EntityKind,
    /// The name after it names the thing itself, whoever it is named after ("شركة فورد",
    /// "ملعب محمد بن زايد"): a person there is retyped. Heads that also read "X's" ("حزب
    /// ترامب", Trump's party; "ولاية بايدن", Biden's term) retype only unseen words.
    names_it: bool,
    /// A place name after it is retyped too (a club's city is the club).
    over_places: bool,
}

const fn head(kind: EntityKind, names_it: bool, over_places: bool) -> Head {
    Head { kind, names_it, over_places }
}

static NAMING_ORG: FoldedWords = FoldedWords::new(&["شركة", "منصة", "مجموعة", "بنك", "مصرف", "بورصة", "صحيفة", "قناة"]);
static OTHER_ORG: FoldedWords = FoldedWords::new(&["حزب", "حركة", "جماعة", "ميليشيا"]);
static TEAMS: FoldedWords = FoldedWords::new(&["نادي", "فريق"]);
static VENUES: FoldedWords = FoldedWords::new(&["ملعب", "استاد", "مطار", "ميناء", "معبر", "شارع", "ساحة", "حلبة"]);

/// Whether a folded word is the head of a venue's name ("معبر", "ملعب"), which stays outside
/// the name.
pub(crate) fn is_venue_head(folded: &str) -> bool {
    VENUES.contains_folded(folded)
}
static OTHER_PLACES: FoldedWords = FoldedWords::new(&[
    "مدينة",
    "بلدة",
    "قرية",
    "مخيم",
    "جزيرة",
    "نهر",
    "بحيرة",
    "جبل",
    "ولاية",
    "محافظة",
    "إقليم",
    "مقاطعة",
    "منشأة",
    "منشأتي",
    "مفاعل",
]);

/// Ships, named after the head with or without its article ("السفينة ماجيك سيز", "الناقلة
/// سونيون"): the name is the ship's whatever it is made of, like a company's after "شركة".
static VESSELS: FoldedWords = FoldedWords::new(&[
    "سفينة",
    "السفينة",
    "سفينتي",
    "السفينتين",
    "الناقلتين",
    "ناقلة",
    "الناقلة",
    "الفرقاطة",
    "المدمرة",
    "اليخت",
]);

/// The dual heads of two ships named one after the other.
static DUAL_VESSELS: FoldedWords = FoldedWords::new(&["سفينتي", "السفينتين", "الناقلتين"]);

/// Named missions and operations ("مهمة أسبيدس", "عملية حارس الازدهار" is left to the lists):
/// only unseen words after them, since "عملية" also heads ordinary phrases ("عملية اغتيال").
static OPERATIONS: FoldedWords = FoldedWords::new(&["مهمة", "عملية"]);

/// Heads of news outlets, whose names are often ordinary definite words ("قناة العربية",
/// "صحيفة الشرق الأوسط", "جريدة الأهرام").
static OUTLETS: FoldedWords = FoldedWords::new(&["صحيفة", "جريدة", "مجلة", "قناة", "إذاعة", "تلفزيون"]);

/// The canals "قناة" also names, which the gazetteer does not list.
static CANALS: FoldedWords = FoldedWords::new(&["السويس", "بنما"]);

fn is_outlet(folded: &str) -> bool {
    let bare = folded.strip_prefix(['و', 'ف']).filter(|rest| rest.chars().count() >= 3);
    [Some(folded), bare].into_iter().flatten().any(|f| OUTLETS.contains_folded(f))
}

/// The end (exclusive token) of an outlet's name of definite words after its head, at most two:
/// a nationality nisba ends it ("صحيفة الأهرام المصرية"), and a listed place or canal is no
/// outlet ("قناة السويس"). Returns `first` when there is none.
fn outlet_name_end(doc: &Document, first: usize, limit: usize) -> usize {
    let Some(g) = doc.model(crate::lang::Lang::Ar).map(|m| &m.gazetteer) else { return first };
    let mut end = first;
    while end < doc.tokens.len() && end - first < 2 && doc.tokens[end].span.end <= limit {
        let folded = doc.folded(end);
        let definite = folded.starts_with("ال") && folded.chars().count() >= 4 && is_arabic(doc.word(end));
        let nisba = folded.ends_with('ي') || folded.ends_with("يه") && folded.chars().count() >= 6;
        let place = g.classes_of(crate::hash::Fnv::new().str(folded)) & g.class_bit("loc") != 0
            || CANALS.contains_folded(folded);
        let spaced = end == first || doc.only_spaces_between(doc.tokens[end - 1].span.end, doc.tokens[end].span.start);
        if !(definite && spaced) || (end > first && nisba) || place {
            break;
        }
        end += 1;
    }
    end
}

/// Whether `word` is one word, the nisba of a place the Arabic gazetteer knows.
fn is_place_nisba(word: &str) -> bool {
    !word.contains(' ')
        && crate::ner::model_for(crate::lang::Lang::Ar)
            .is_some_and(|m| crate::ner::nisba::is_place_nisba(&m.gazetteer, &crate::text::normalize::fold(word)))
}

/// Whether a folded word is "منصة" (platform), with or without a conjunction.
fn is_platform(folded: &str) -> bool {
    let bare = folded.strip_prefix(['و', 'ف']).unwrap_or(folded);
    bare == "منصه"
}

/// A platform's name is the word after "منصة" even when it is an ordinary word ("منصة شاهد",
/// "منصة إكس"): an indefinite Arabic word that is no adjective (ending in ة or a nisba's ي:
/// "منصة رقمية", "منصة جديدة") and no function word.
fn platform_name(doc: &Document, t: usize) -> bool {
    let word = doc.word(t);
    let folded = doc.folded(t);
    is_arabic(word)
        && folded.chars().count() >= 3
        && !folded.starts_with("ال")
        && !folded.ends_with(['ه', 'ي'])
        && !PLATFORM_STOPS.contains_folded(folded)
}

/// Words after "منصة" that are not its name ("منصة واحدة" is caught by its ة).
static PLATFORM_STOPS: FoldedWords = FoldedWords::new(&["التواصل", "تواصل", "عبر", "على", "خاصة", "لكل", "مثل"]);

/// Whether token `t` is و + an unseen name of four letters or more, after a space.
fn joined_name(doc: &Document, lexicon: &crate::ner::lexicon::Lexicon, t: usize) -> bool {
    let word = doc.word(t);
    let spaced = t > 0 && doc.only_spaces_between(doc.tokens[t - 1].span.end, doc.tokens[t].span.start);
    // Four letters or more after و: "وقعت" (signed) is و + no word of three, and a verb.
    spaced
        && is_unknown_name(lexicon, word)
        && word.strip_prefix('و').is_some_and(|rest| rest.chars().count() >= 4 && is_unknown_name(lexicon, rest))
}

/// Longest unseen name taken after a head, in words.
const MAX_WORDS: usize = 3;

/// The head a folded word is, with one conjunction attached or not ("وشركة", "فمنصة").
fn head_of(folded: &str) -> Option<Head> {
    // One map of every list's words (the first list naming a word wins): one lookup a form.
    static HEADS: std::sync::OnceLock<crate::hash::WordMap<Head>> = std::sync::OnceLock::new();
    let heads = HEADS.get_or_init(|| {
        let table: [(&FoldedWords, Head); 7] = [
            (&NAMING_ORG, head(EntityKind::Org, true, false)),
            (&OTHER_ORG, head(EntityKind::Org, false, false)),
            (&TEAMS, head(EntityKind::Org, false, true)),
            (&VENUES, head(EntityKind::Loc, true, false)),
            (&OTHER_PLACES, head(EntityKind::Loc, false, false)),
            (&VESSELS, head(EntityKind::Misc, true, true)),
            (&OPERATIONS, head(EntityKind::Misc, false, false)),
        ];
        let mut map = crate::hash::WordMap::default();
        for (list, head) in table {
            for word in list.words() {
                map.entry(crate::text::normalize::fold(word)).or_insert(head);
            }
        }
        map
    });
    let bare = folded.strip_prefix(['و', 'ف']).filter(|rest| rest.chars().count() >= 3);
    [Some(folded), bare].into_iter().flatten().find_map(|f| heads.get(f).copied())
}

/// Types the names right after Arabic head nouns: a mention there of unseen words is retyped,
/// and unseen words no mention covers become one.
pub fn settle(doc: &Document, mentions: &mut Vec<Mention>) {
    let Some(lexicon) = arabic_lexicon(doc) else { return };
    split_at_joined_heads(doc, mentions);
    leave_heads_out(doc, lexicon, mentions);
    join_event_heads(doc, mentions);
    name_prizes(doc, mentions);
    name_dual_places(doc, lexicon, mentions);
    let tokens = &doc.tokens;
    let mut found: Vec<Mention> = Vec::new();
    // Where the first of two ships named after a dual head ends ("السفينتين [ماجيك سيز]").
    let mut second_ships = Vec::new();
    for i in 0..tokens.len().saturating_sub(1) {
        let word = doc.word(i);
        if !is_arabic(word) {
            continue;
        }
        let Some(head) = head_of(doc.folded(i)) else { continue };
        if !doc.only_spaces_between(tokens[i].span.end, tokens[i + 1].span.start) {
            continue;
        }
        let next = tokens[i + 1].span.start;
        let at = mentions.partition_point(|m| m.span.end <= next);
        match mentions.get_mut(at) {
            Some(m) if m.span.start == next => {
                let unseen = || m.span.of(doc.text).split(' ').all(|w| is_unknown_name(lexicon, w));
                let retype = match m.kind {
                    // A nationality describes the head ("سوفت بنك [اليابانية]", "قرية [مصرية]").
                    EntityKind::Misc if is_place_nisba(m.span.of(doc.text)) => false,
                    // A listed place after a place's head: "مخيم [نور شمس]" (a person to the tagger).
                    EntityKind::Per | EntityKind::Misc => {
                        head.names_it
                            || unseen()
                            || head.kind == EntityKind::Loc && crate::cities::is_listed_name(m.span.of(doc.text))
                    }
                    EntityKind::Loc => head.over_places,
                    // A venue named after a person, which the tagger read as a club or a company
                    // ("ملعب حمادي العقربي").
                    EntityKind::Org => {
                        head.kind == EntityKind::Loc && head.names_it && is_given_name(doc, lexicon, i + 1)
                            // A ship or a mission the tagger took for a company ("مهمة أسبيدس").
                            || head.kind == EntityKind::Misc && (head.names_it || unseen())
                    }
                };
                if retype {
                    m.kind = head.kind;
                    if DUAL_VESSELS.contains_folded(doc.folded(i)) {
                        second_ships.push(m.span.end);
                    }
                }
            }
            Some(m) if m.span.start < tokens[i + 1].span.end => {}
            following => {
                if after_the_ship(doc, i) {
                    continue;
                }
                let limit = following.as_ref().map_or(doc.text.len(), |m| m.span.start);
                let mut end = i + 1;
                while end < tokens.len()
                    && end - (i + 1) < MAX_WORDS
                    && tokens[end].span.end <= limit
                    && (end == i + 1 || doc.only_spaces_between(tokens[end - 1].span.end, tokens[end].span.start))
                    // A word with و after a name is a second name ("منشأتي فوردو ونطنز") or a
                    // verb ("شركة أدنوك وقعت"), never more of this one.
                    && !(end > i + 1 && doc.folded(end).starts_with('و') && !spelled(doc, end, i + 1))
                    && (is_unknown_name(lexicon, doc.word(end))
                        // An adjective of the head ("ساحة مفتوحة", an open field; "عملية
                        // عسكرية") names nothing.
                        && !crate::unknown_names::is_feminine_ordinary(lexicon, doc.word(end))
                        && !(head.kind == EntityKind::Misc && crate::ner::arabic::nisba(doc.folded(end)).is_some())
                        || head.names_it && is_given_name(doc, lexicon, end)
                        || head.kind == EntityKind::Org && spelled(doc, end, i + 1)
                        || end == i + 1 && is_platform(doc.folded(i)) && platform_name(doc, end))
                {
                    end += 1;
                }
                if end == i + 1 && is_outlet(doc.folded(i)) {
                    end = outlet_name_end(doc, i + 1, limit);
                }
                // A person the tagger found right after those words is the rest of what the
                // head names: "ملعب مولاي [عبد الله]" is the stadium.
                let person_after = following.filter(|m| {
                    m.kind == EntityKind::Per
                        && head.names_it
                        && end > i + 1
                        && tokens.get(end).is_some_and(|t| t.span.start == m.span.start)
                        && doc.only_spaces_between(tokens[end - 1].span.end, m.span.start)
                });
                if let Some(m) = person_after {
                    *m = Mention { span: Span::new(next, m.span.end), kind: head.kind };
                } else if end > i + 1 {
                    found.push(Mention { span: Span::new(next, tokens[end - 1].span.end), kind: head.kind });
                    let second = tokens.get(end).filter(|t| t.span.end <= limit);
                    if let Some(t) = second.filter(|_| joined_name(doc, lexicon, end)) {
                        let start = t.span.start + crate::ner::spans::letters_len(doc.word(end), 1);
                        found.push(Mention { span: Span::new(start, t.span.end), kind: head.kind });
                    }
                }
            }
        }
    }
    crate::ner::add_mentions(mentions, found);
    for end in second_ships {
        name_second_ship(doc, mentions, end);
    }
}

/// Whether the untagged word after head `i` is what a ship already named does, not its name:
/// after "السفينة" (the ship) a verb agrees with it in the feminine ت ("السفينة غرقت", the ship
/// sank) or comes with و ("غادر السفينة وانتشلته", left the ship and was picked up).
fn after_the_ship(doc: &Document, i: usize) -> bool {
    let head = doc.folded(i);
    let head = head.strip_prefix(['و', 'ف']).unwrap_or(head);
    let next = doc.folded(i + 1);
    head.starts_with("ال") && VESSELS.contains_folded(head) && (next.starts_with('و') || next.ends_with('ت'))
}

/// The mention joined by و right after the first of two ships ("السفينتين ماجيك سيز
/// و[إترنيتي سي]") is the second ship, its و outside.
fn name_second_ship(doc: &Document, mentions: &mut [Mention], end: usize) {
    let t = doc.tokens.partition_point(|tok| tok.span.start < end);
    let Some(tok) = doc.tokens.get(t) else { return };
    if !doc.only_spaces_between(end, tok.span.start) || !doc.word(t).starts_with('و') {
        return;
    }
    let name_start = tok.span.start + 'و'.len_utf8();
    if let Some(m) = mentions.iter_mut().find(|m| m.span.start == tok.span.start || m.span.start == name_start) {
        *m = Mention { span: Span::new(name_start, m.span.end), kind: EntityKind::Misc };
    }
}

/// A mention the tagger opened with a head noun, the rest unseen words ("شركة دايو") or any
/// words after a club's head ("نادي الهلال"), is the name after the head, of the head's type:
/// the head stays outside, as when the tagger found the name alone.
/// A place's nisba after the name ("ميناء جيهان التركي") describes it and is left out, MISC.
fn leave_heads_out(doc: &Document, lexicon: &crate::ner::lexicon::Lexicon, mentions: &mut Vec<Mention>) {
    let place_nisba = |w: &str| crate::ner::nisba::is_nationality(&crate::text::normalize::fold(w));
    let mut described = Vec::new();
    for m in mentions.iter_mut() {
        let Some((first, rest)) = m.span.of(doc.text).split_once(' ') else { continue };
        let rest = rest.trim_start();
        let folded = crate::text::normalize::fold(first);
        let Some(head) = head_of(&folded) else { continue };
        // A club's head never belongs to its name ("نادي الهلال"), whatever follows.
        let team = TEAMS.contains_folded(&folded);
        let (name, nisba) = match rest.rsplit_once(' ') {
            Some((name, last)) if !team && place_nisba(last) => (name, Some(last)),
            _ => (rest, None),
        };
        if team || name.split(' ').all(|w| is_unknown_name(lexicon, w)) {
            let start = m.span.end - rest.len();
            m.span = Span::new(start, start + name.len());
            m.kind = head.kind;
            if let Some(nisba) = nisba {
                described.push(Mention {
                    span: Span::new(m.span.end + 1, m.span.end + 1 + nisba.len()),
                    kind: EntityKind::Misc,
                });
            }
        }
    }
    crate::ner::add_mentions(mentions, described);
}

/// Heads that are part of an event's name ("مهرجان كان السينمائي", "معرض القاهرة الدولي
/// للكتاب"), folded: the name is the event, not its place.
static EVENT_HEADS: FoldedWords = FoldedWords::new(&["معرض", "مهرجان", "مؤتمر", "منتدى", "ملتقى"]);

/// Whether a folded word, without clitics, is an event's head ("معرض").
pub fn is_event_head(folded: &str) -> bool {
    EVENT_HEADS.contains_folded(folded)
}

/// Takes an event's head into the MISC the tagger found right after it, and makes a person
/// right after a prize's head the prize ("جائزة نجيب محفوظ" → MISC "نجيب محفوظ"; the head
/// stays outside, as ANERcorp leaves it outside "جائزة نوبل").
fn join_event_heads(doc: &Document, mentions: &mut [Mention]) {
    for m in mentions.iter_mut().filter(|m| matches!(m.kind, EntityKind::Misc | EntityKind::Per)) {
        let first = doc.tokens.partition_point(|t| t.span.end <= m.span.start);
        let Some(head) = first.checked_sub(1) else { continue };
        if doc.tokens.get(first).is_none_or(|t| t.span.start != m.span.start)
            || !doc.only_spaces_between(doc.tokens[head].span.end, m.span.start)
        {
            continue;
        }
        let folded = doc.folded(head);
        if m.kind == EntityKind::Misc && EVENT_HEADS.contains_folded(folded) {
            m.span = Span::new(doc.tokens[head].span.start, m.span.end);
        } else if m.kind == EntityKind::Per && PRIZE_HEADS.contains_folded(folded.strip_prefix('ب').unwrap_or(folded))
        {
            m.kind = EntityKind::Misc;
        }
    }
}

/// Heads of prizes, which are named after people ("جائزة نوبل", "جائزة الملك فيصل"), folded.
static PRIZE_HEADS: FoldedWords = FoldedWords::new(&["جائزة"]);

/// A prize named by a given name and a family name of the name lists, where the tagger found
/// nothing: "بجائزة نجيب محفوظ للأدب" (both are also ordinary words, "noble" and "kept", which
/// leaves the tagger unsure). The head stays outside, as in `join_event_heads`.
fn name_prizes(doc: &Document, mentions: &mut Vec<Mention>) {
    let mut found = Vec::new();
    for i in 0..doc.tokens.len().saturating_sub(2) {
        let folded = doc.folded(i);
        if !PRIZE_HEADS.contains_folded(folded.strip_prefix(['ب', 'ل', 'و']).unwrap_or(folded)) {
            continue;
        }
        let (given, surname) = (i + 1, i + 2);
        let spaced = |a: usize, b: usize| doc.only_spaces_between(doc.tokens[a].span.end, doc.tokens[b].span.start);
        let last = doc.word(surname);
        let plain_surname = is_arabic(last) && !doc.folded(surname).starts_with("ال") && last.chars().count() >= 3;
        let names = || {
            crate::unknown_names::listed(doc, doc.word(given), &["first", "given"])
                && crate::unknown_names::listed(doc, last, &["last", "surname", "jrc"])
        };
        if !(spaced(i, given) && spaced(given, surname) && plain_surname && names()) {
            continue;
        }
        let span = Span::new(doc.tokens[given].span.start, doc.tokens[surname].span.end);
        if mentions.iter().all(|m| m.span.end <= span.start || span.end <= m.span.start) {
            found.push(Mention { span, kind: EntityKind::Misc });
        }
    }
    crate::ner::add_mentions(mentions, found);
}

/// Whether a folded word is a place head in the dual's construct form ("معبري" ← "معبر",
/// "ولايتي" ← "ولاية"), and if so whether the head is feminine.
fn dual_place_head(folded: &str) -> Option<bool> {
    let is_place = |singular: &str| VENUES.contains_folded(singular) || OTHER_PLACES.contains_folded(singular);
    let bare = folded.strip_prefix(['و', 'ف', 'ب', 'ل']).filter(|r| r.chars().count() >= 4);
    [Some(folded), bare].into_iter().flatten().find_map(|word| {
        let stem = word.strip_suffix('ي')?;
        match stem.strip_suffix('ت') {
            // Only words in "تي" pay for the teh marbuta put back.
            Some(base) => is_place(&format!("{base}ه")).then_some(true),
            None => is_place(stem).then_some(false),
        }
    })
}

/// Two places after a place head in the dual ("معبري أرقين وقسطل", "ولايتي الخرطوم
/// والجزيرة"): both are places, the و outside the second, and the head (which the tagger may
/// read as a place, or as the Iranian name "ولايتي") is none. A feminine head also reads "my
/// X" ("مدينتي جميلة وهادئة", my city is beautiful and calm), so there one of the two must be
/// a known place or an unseen name.
fn name_dual_places(doc: &Document, lexicon: &crate::ner::lexicon::Lexicon, mentions: &mut Vec<Mention>) {
    let mut found = Vec::new();
    let mut heads = Vec::new();
    for i in 0..doc.tokens.len().saturating_sub(2) {
        if !is_arabic(doc.word(i)) {
            continue;
        }
        let Some(feminine) = dual_place_head(doc.folded(i)) else { continue };
        let (first, second) = (i + 1, i + 2);
        let Some(rest) = doc.word(second).strip_prefix('و') else { continue };
        let spaced = |a: usize, b: usize| doc.only_spaces_between(doc.tokens[a].span.end, doc.tokens[b].span.start);
        if !(spaced(i, first) && spaced(first, second) && is_arabic(doc.word(first)) && is_arabic(rest)) {
            continue;
        }
        let word_span = |t: usize, word: &str| Span::new(doc.tokens[t].span.end - word.len(), doc.tokens[t].span.end);
        let names = [(first, doc.word(first)), (second, rest)];
        // A mention over more than the word is some other name.
        let clean = names.iter().all(|&(t, word)| {
            let span = word_span(t, word);
            mentions
                .iter()
                .all(|m| m.span.end <= doc.tokens[t].span.start || m.span.start >= span.end || m.span == span)
        });
        let tagged_place =
            |t: usize, word: &str| mentions.iter().any(|m| m.span == word_span(t, word) && m.kind == EntityKind::Loc);
        let strong = |t: usize, word: &str| {
            let folded = crate::text::normalize::fold(word);
            let bare = folded.strip_prefix("ال").unwrap_or(&folded);
            tagged_place(t, word)
                || crate::unknown_names::listed(doc, &folded, &["loc"])
                || crate::unknown_names::listed(doc, bare, &["loc"])
                || is_unknown_name(lexicon, word)
        };
        let weak = |word: &str| {
            let folded = crate::text::normalize::fold(word);
            let predicate = crate::unknown_names::is_plain_ordinary(lexicon, word) && folded.ends_with('ه');
            word.chars().count() >= 3 && crate::ner::arabic::nisba(&folded).is_none() && !predicate
        };
        let all_weak = names.iter().all(|&(_, w)| weak(w));
        let any_strong = names.iter().any(|&(t, w)| strong(t, w));
        if !(clean && all_weak && (!feminine || any_strong)) {
            continue;
        }
        heads.push(doc.tokens[i].span);
        found.extend(names.iter().map(|&(t, w)| Mention { span: word_span(t, w), kind: EntityKind::Loc }));
    }
    if found.is_empty() {
        return;
    }
    mentions.retain(|m| {
        let on_head = heads.iter().any(|h| m.span.start < h.end && h.start < m.span.end);
        !on_head && !found.iter().any(|f| f.span == m.span)
    });
    crate::ner::add_mentions(mentions, found);
}

/// Whether token `t` spells a company's name in Latin letters, with a number after them: "بي
/// واي دي", "جي 42". `first` is the name's first token.
fn spelled(doc: &Document, t: usize, first: usize) -> bool {
    let word = doc.word(t);
    crate::name_tails::is_spelled_letter(word)
        || t > first
            && word.chars().all(|c| c.is_ascii_digit())
            && crate::name_tails::is_spelled_letter(doc.word(t - 1))
}

/// Whether token `i` is a given name of the name lists that is no ordinary word ("مولاي",
/// "محمد"; not "على", which folds to "علي"): a venue or company is often named after a person.
fn is_given_name(doc: &Document, lexicon: &crate::ner::lexicon::Lexicon, i: usize) -> bool {
    let word = doc.word(i);
    crate::unknown_names::listed(doc, word, &["first", "given"])
        && !crate::unknown_names::is_plain_ordinary(lexicon, word)
}

/// Cuts an organisation before an inner head noun with the conjunction: the tagger reads "البنك
/// الإسلامي للتنمية وشركة دايو" as one name, but "وشركة" opens the next one.
fn split_at_joined_heads(doc: &Document, mentions: &mut [Mention]) {
    for m in mentions.iter_mut().filter(|m| m.kind == EntityKind::Org) {
        let first = doc.tokens.partition_point(|t| t.span.end <= m.span.start);
        let inner = (first + 1..doc.tokens.len()).take_while(|&t| doc.tokens[t].span.end <= m.span.end);
        let joined = inner.clone().find(|&t| doc.folded(t).starts_with('و') && head_of(doc.folded(t)).is_some());
        if let Some(t) = joined.filter(|&t| t > first) {
            m.span = Span::new(m.span.start, doc.tokens[t - 1].span.end);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn run(text: &str, model: &[(&str, EntityKind)]) -> Vec<(String, EntityKind)> {
        crate::ner::run_rule(text, Lang::Ar, model, settle)
    }

    #[test]
    fn ships_and_missions_are_misc() {
        let text = "أغرق الحوثيون السفينتين ماجيك سيز وإترنيتي سي بينما رافقت مهمة أسبيدس سفينتين.";
        let got =
            run(text, &[("ماجيك سيز", EntityKind::Per), ("وإترنيتي سي", EntityKind::Per), ("أسبيدس", EntityKind::Org)]);
        let misc = |name: &str| (name.to_string(), EntityKind::Misc);
        assert_eq!(got, [misc("ماجيك سيز"), misc("إترنيتي سي"), misc("أسبيدس")]);
        // An operation's adjective is no name.
        assert!(run("نفذت القوات عملية عسكرية واسعة", &[]).is_empty());
        // Nor is a nationality after a head.
        let got = run("واستثمرت سوفت بنك اليابانية", &[("اليابانية", EntityKind::Misc)]);
        assert_eq!(got, [("اليابانية".to_string(), EntityKind::Misc)]);
    }

    #[test]
    fn a_listed_place_after_a_place_head_is_the_place() {
        let got = run("اقتحمت القوات مدينة جنين ومخيم نور شمس قرب طولكرم", &[("نور شمس", EntityKind::Per)]);
        assert_eq!(got, [("نور شمس".to_string(), EntityKind::Loc)]);
        // A person after the head is left to the tagger when no list holds the name.
        let got = run("وزار مخيم علي حسن أمس", &[("علي حسن", EntityKind::Per)]);
        assert_eq!(got, [("علي حسن".to_string(), EntityKind::Per)]);
    }

    #[test]
    fn an_adjective_after_a_head_names_nothing() {
        assert!(run("لن يقبل بأن يبقى جنوبه ساحة مفتوحة للاعتداءات", &[]).is_empty());
        assert_eq!(run("تظاهروا في ساحة تيانانمن أمس", &[]), [("تيانانمن".to_string(), EntityKind::Loc)]);
    }

    #[test]
    fn a_venue_the_tagger_read_as_a_person_is_the_place_and_its_nisba_misc() {
        let text = "تصدير النفط عبر ميناء جيهان التركي، بعد أشهر";
        let found = run(text, &[("ميناء جيهان التركي", EntityKind::Per)]);
        assert_eq!(found, [("جيهان".to_string(), EntityKind::Loc), ("التركي".to_string(), EntityKind::Misc)]);
    }

    #[test]
    fn a_second_name_joined_by_wa_after_a_head_is_its_own() {
        if crate::unknown_names::lexicon_of_model().is_none() {
            return;
        }
        let text = "الوصول إلى منشأتي فوردو ونطنز اللتين تعرضتا لضربات";
        let places = |names: &[&str]| names.iter().map(|n| (n.to_string(), EntityKind::Loc)).collect::<Vec<_>>();
        assert_eq!(run(text, &[]), places(&["فوردو", "نطنز"]));
        // A verb with و after the name is no second name.
        let text = "أن شركة أدنوك وقعت مذكرة تفاهم";
        assert_eq!(run(text, &[]), [("أدنوك".to_string(), EntityKind::Org)]);
    }

    #[test]
    fn two_places_after_a_dual_head_are_places_and_the_head_is_none() {
        let text = "عبروا معبري أرقين وقسطل أمس";
        assert_eq!(run(text, &[]), [("أرقين".to_string(), EntityKind::Loc), ("قسطل".to_string(), EntityKind::Loc)]);
        // "My city is beautiful and calm."
        assert_eq!(run("قال إن مدينتي جميلة وهادئة", &[]), []);
        let text = "الأسر القادمة من ولايتي الخرطوم والجزيرة تصل منهكة";
        let found = run(text, &[("ولايتي", EntityKind::Loc), ("الخرطوم", EntityKind::Loc)]);
        assert_eq!(found, [("الخرطوم".to_string(), EntityKind::Loc), ("الجزيرة".to_string(), EntityKind::Loc)]);
        // The Iranian adviser is no dual.
        let text = "وقال علي أكبر ولايتي إن طهران";
        let found = run(text, &[("علي أكبر ولايتي", EntityKind::Per)]);
        assert_eq!(found, [("علي أكبر ولايتي".to_string(), EntityKind::Per)]);
    }

    #[test]
    fn unseen_words_after_a_head_become_a_name_of_its_type() {
        assert_eq!(run("أعلنت شركة نوفارتيس عن دواء", &[]), [("نوفارتيس".to_string(), EntityKind::Org)]);
        assert_eq!(run("في مدينة كوبرتينو أمس", &[]), [("كوبرتينو".to_string(), EntityKind::Loc)]);
        // Up to the first ordinary word.
        assert_eq!(run("وشركة نوفارتيس المطورة", &[]), [("نوفارتيس".to_string(), EntityKind::Org)]);
    }

    #[test]
    fn a_mistyped_mention_after_a_head_is_retyped() {
        let got = run("على ملعب سانتياغو برنابيو مساء", &[("سانتياغو برنابيو", EntityKind::Per)]);
        assert_eq!(got, [("سانتياغو برنابيو".to_string(), EntityKind::Loc)]);
        let got = run("مالك منصة إكس", &[("إكس", EntityKind::Per)]);
        assert_eq!(got, [("إكس".to_string(), EntityKind::Org)]);
        // A club's city is the club; a company's place is left to the tagger.
        let got = run("لاعب نادي برشلونة", &[("برشلونة", EntityKind::Loc)]);
        assert_eq!(got, [("برشلونة".to_string(), EntityKind::Org)]);
        let got = run("شركة دبي للاستثمار", &[("دبي", EntityKind::Loc)]);
        assert_eq!(got, [("دبي".to_string(), EntityKind::Loc)]);
        let got = run("على ملعب حمادي العقربي في رادس", &[("حمادي العقربي", EntityKind::Org)]);
        assert_eq!(got, [("حمادي العقربي".to_string(), EntityKind::Loc)]);
        // A venue named after a person: the given name and the person found after it.
        let got = run("على ملعب مولاي عبد الله في الرباط", &[("عبد الله", EntityKind::Per)]);
        assert_eq!(got, [("مولاي عبد الله".to_string(), EntityKind::Loc)]);
        // Spelled Latin letters name a company ("شركة بي واي دي").
        let got = run("تراجع سهم شركة بي واي دي الصينية", &[]);
        assert_eq!(got, [("بي واي دي".to_string(), EntityKind::Org)]);
        let got = run("استثمار في شركة جي 42 الإماراتية", &[]);
        assert_eq!(got, [("جي 42".to_string(), EntityKind::Org)]);
        // An event's head is part of its name.
        let got = run("افتتح معرض القاهرة الدولي للكتاب دورته", &[("القاهرة الدولي للكتاب", EntityKind::Misc)]);
        assert_eq!(got, [("معرض القاهرة الدولي للكتاب".to_string(), EntityKind::Misc)]);
        // A prize named after a person is the prize.
        let got = run("فاز بجائزة نجيب محفوظ للأدب عن روايته", &[("نجيب محفوظ", EntityKind::Per)]);
        assert_eq!(got, [("نجيب محفوظ".to_string(), EntityKind::Misc)]);
        // The same prize where the tagger found no person.
        let got = run("فاز بجائزة نجيب محفوظ للأدب عن روايته", &[]);
        assert_eq!(got, [("نجيب محفوظ".to_string(), EntityKind::Misc)]);
        // Not an adjective after a given name: "جائزة جميلة جدا".
        assert_eq!(run("إنها جائزة جميلة جدا", &[]), []);
        assert_eq!(run("منحت جائزة سعيد الكبرى", &[]), []);
        // A club's head stays outside its name, definite words too.
        let got = run("توج نادي الهلال باللقب", &[("نادي الهلال", EntityKind::Org)]);
        assert_eq!(got, [("الهلال".to_string(), EntityKind::Org)]);
        // A head the tagger put inside a name of unseen words stays outside.
        let got = run("ووقعت شركة دايو الاتفاق", &[("شركة دايو", EntityKind::Org)]);
        assert_eq!(got, [("دايو".to_string(), EntityKind::Org)]);
    }

    #[test]
    fn an_outlet_named_by_definite_words_is_an_organisation_and_a_canal_is_not() {
        let got = run("في مقابلة مع قناة العربية إن", &[]);
        assert_eq!(got, [("العربية".to_string(), EntityKind::Org)]);
        let got = run("نقلت صحيفة الشرق الأوسط عن مصدر", &[]);
        assert_eq!(got, [("الشرق الأوسط".to_string(), EntityKind::Org)]);
        // The canal: the tagger's place stays a place, and an untagged canal is not an outlet.
        let got = run("عبرت السفينة قناة السويس أمس", &[("السويس", EntityKind::Loc)]);
        assert_eq!(got, [("السويس".to_string(), EntityKind::Loc)]);
        assert_eq!(run("عبرت السفينة قناة السويس أمس", &[]), []);
    }

    #[test]
    fn an_organisation_is_cut_before_a_joined_head() {
        let text = "ممثلين عن البنك الإسلامي للتنمية وشركة دايو الكورية";
        let got = run(text, &[("البنك الإسلامي للتنمية وشركة دايو", EntityKind::Org)]);
        assert_eq!(got, [("البنك الإسلامي للتنمية".to_string(), EntityKind::Org), ("دايو".to_string(), EntityKind::Org)]);
    }

    #[test]
    fn ordinary_words_definite_heads_and_punctuation_stop_it() {
        for text in ["أعلنت شركة النفط الوطنية", "قالت الشركة نوفارتيس", "شركة، نوفارتيس", "شركة كبرى"]
        {
            assert_eq!(run(text, &[]), [], "{text}");
        }
        // "حزب ترامب" is Trump's party, "ولاية بايدن" Biden's term; "ملعب محمد بن زايد" a venue.
        let got = run("حزب محمد علي", &[("محمد علي", EntityKind::Per)]);
        assert_eq!(got, [("محمد علي".to_string(), EntityKind::Per)]);
        let got = run("خلال ولاية بايدن", &[("بايدن", EntityKind::Per)]);
        assert_eq!(got, [("بايدن".to_string(), EntityKind::Per)]);
        let got = run("على ملعب محمد بن زايد", &[("محمد بن زايد", EntityKind::Per)]);
        assert_eq!(got, [("محمد بن زايد".to_string(), EntityKind::Loc)]);
    }
}
