//! Cities the Arabic tagger leaves untagged: "في حلب وحمص" (Aleppo and Homs), names the 2006
//! corpus and its gazetteer never list and the word lists know as ordinary words (milking,
//! chickpeas). A city of `data/curated/cities-ar.txt` is a place where the sentence says a
//! place comes: after a locative word ("في", "من", "إلى", "شمالي") or joined by و to a place
//! just before it. A definite word right after an indefinite one ("صور الأقمار", pictures of
//! the satellites) makes it the first noun of a phrase, not a name. Seas, rivers, mountains
//! and regions (`data/curated/geography-ar.txt`: "البحر الأحمر", "مضيق هرمز") are places
//! wherever they stand: no ordinary phrase is spelled like them.

use std::sync::OnceLock;

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::hash::{Fnv, HashKeySet};
use crate::lang::Lang;
use crate::ner::triggers;
use crate::ner::Mention;
use crate::span::Span;
use crate::text::normalize::{fold, FoldedWords};

static CITIES: &str = include_str!("../data/curated/cities-ar.txt");
static CITIES_EXTRA: &str = include_str!("../data/curated/cities-extra-ar.txt");
static GEOGRAPHY: &str = include_str!("../data/curated/geography-ar.txt");

/// Most words of a listed name ("دير الزور", "المحيط المتجمد الشمالي").
const MAX_WORDS: usize = 4;

/// Words after which a place comes besides the place heads of the triggers ("مدينة",
/// "محافظة", "منطقة", "شمالي"), folded.
static LOCATIVES: FoldedWords = FoldedWords::new(&[
    "في",
    "من",
    "إلى",
    "نحو",
    "قرب",
    "داخل",
    "حول",
    "وسط",
    "ريف",
    "بمدينة",
    "ومدينة",
    "مدينتي",
    "بمنطقة",
    // The streets, quarters and outskirts of a city ("شوارع المنامة والمحرق").
    "شوارع",
    "ضواحي",
    "أطراف",
    "مشارف",
    // The governorates, towns and capitals of a list ("محافظات حلب وإدلب وحمص").
    "محافظات",
    "مدن",
    "بلدات",
    "قرى",
    "مناطق",
    "عواصم",
    "ولايات",
]);

/// Heads of districts and towns, after which a listed city is the place whatever the tagger
/// called it (not "في" alone: "انتقل إلى برشلونة" is the club).
static DISTRICTS: FoldedWords = FoldedWords::new(&["قضاء", "ناحية", "محافظة", "مدينة", "بلدة", "قرية", "ولاية"]);

/// Ports, airports, crossings, camps, resorts and destinations, named after their town ("ميناء الحديدة", "معبري أدري
/// والطينة", "مخيم زمزم"): the town after them is a place. (Not stadiums: "استاد المدينة
/// التعليمية" is no Medina.)
static GATEWAYS: FoldedWords =
    FoldedWords::new(&["ميناء", "مطار", "معبر", "معبري", "مطاري", "مخيم", "مخيمي", "مخيمات", "منتجع", "وجهة"]);

/// The listed cities as hashes of their folded words joined by a space, and of the first
/// words of those of two words or more (so that a phrase is only hashed on after a word that
/// can open one). Hashes, not strings: this runs on every Arabic word of a page.
struct Cities {
    names: HashKeySet,
    openers: HashKeySet,
    /// The names of geography, places wherever they stand.
    anywhere: HashKeySet,
}

/// The key of a name given as its folded words: their hashes joined by a space.
fn phrase_key<'a>(mut words: impl Iterator<Item = &'a str>) -> u64 {
    let first = words.next().unwrap_or_default();
    words.fold(Fnv::new().str(first), |h, w| h.byte(b' ').str(w)).value()
}

/// The key of a mention's text, its words folded.
fn mention_key(text: &str) -> u64 {
    let words: Vec<String> = text.split(' ').map(fold).collect();
    phrase_key(words.iter().map(String::as_str))
}

fn cities() -> &'static Cities {
    static SET: OnceLock<Cities> = OnceLock::new();
    SET.get_or_init(|| {
        let mut cities =
            Cities { names: HashKeySet::default(), openers: HashKeySet::default(), anywhere: HashKeySet::default() };
        for (list, anywhere) in [(CITIES, false), (CITIES_EXTRA, false), (GEOGRAPHY, true)] {
            for line in list.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
                if false_article(line) {
                    continue;
                }
                let words: Vec<String> = line.split(' ').map(fold).collect();
                if words.len() > 1 {
                    cities.openers.insert(Fnv::new().str(&words[0]).value());
                }
                let hash = phrase_key(words.iter().map(String::as_str));
                cities.names.insert(hash);
                if anywhere {
                    cities.anywhere.insert(hash);
                }
            }
        }
        cities
    })
}

/// Whether `text`, words as written, is a listed city or place ("نور شمس").
pub(crate) fn is_listed_name(text: &str) -> bool {
    cities().names.contains(&mention_key(text))
}

/// Whether a one-word name opens with "آل" or "أل" and folds to the article before a word of
/// the lexicon: Turkey's "آلاشهر" folds like "الأشهر" (the months, "في الأشهر الماضية").
fn false_article(name: &str) -> bool {
    let Some(rest) = name.strip_prefix("آل").or_else(|| name.strip_prefix("أل")) else { return false };
    !name.contains(' ')
        && crate::unknown_names::lexicon_of_model()
            .is_some_and(|lexicon| !crate::unknown_names::is_unknown_name(lexicon, rest))
}

/// Adds the listed cities that stand where a place is expected and no mention covers, then
/// their other mentions in the document wherever they stand ("بين بغداد وأربيل" … "أن أربيل
/// ملتزمة").
pub fn mark(doc: &Document, mentions: &mut Vec<Mention>) {
    // The lists are Arabic, and reading them asks the Arabic lexicon.
    if !doc.has(Lang::Ar) {
        return;
    }
    let cities = cities();
    // A named sea or cape is a place whatever the tagger called it ("رأس الرجاء الصالح" MISC).
    // Not a club the sports rule found ("يستضيف النصر فريق الخليج").
    for m in mentions.iter_mut().filter(|m| m.kind != EntityKind::Loc) {
        let anywhere = cities.anywhere.contains(&mention_key(m.span.of(doc.text)));
        if anywhere && !(m.kind == EntityKind::Org && crate::sports_clubs::is_club_word(&fold(m.span.of(doc.text)))) {
            m.kind = EntityKind::Loc;
        }
    }
    // A one-word "person" that is a listed city after "في" is the city ("في الخور": the
    // tagger read the town as a name); so is an "organisation" after a district's head ("قضاء
    // الجبايش", where قضاء also means the judiciary).
    for m in mentions.iter_mut() {
        let t = doc.tokens.partition_point(|tok| tok.span.start < m.span.start);
        let one_word = doc.tokens.get(t).is_some_and(|tok| tok.span == m.span);
        if !one_word || t == 0 || !matches!(m.kind, EntityKind::Per | EntityKind::Org | EntityKind::Misc) {
            continue;
        }
        let before = doc.folded(t - 1);
        let district = before.strip_prefix(['و', 'ب', 'ل']).filter(|r| r.chars().count() >= 3).unwrap_or(before);
        // A "nationality" too: "وفي الدرعية" (Diriyah ends like a nisba).
        let placed = if matches!(m.kind, EntityKind::Per | EntityKind::Misc) {
            is_locative_word(before) || DISTRICTS.contains_folded(district)
        } else {
            DISTRICTS.contains_folded(district)
        };
        if placed && cities.names.contains(&mention_key(m.span.of(doc.text))) {
            m.kind = EntityKind::Loc;
        }
    }
    complete(doc, cities, mentions);
    widen_to_listed_names(doc, cities, mentions);
    // The first pass appends in text order, so `found` stays sorted for the lookups; the
    // second keeps its finds apart until the end.
    let mut found: Vec<Mention> = Vec::new();
    let mut repeated: Vec<Mention> = Vec::new();
    // Listed cities the tagger found count as named too: their untagged repeats are places.
    let mut named: HashKeySet = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Loc)
        .map(|m| mention_key(m.span.of(doc.text)))
        .filter(|key| cities.names.contains(key))
        .collect();
    for pass in [Pass::Placed, Pass::Repeats] {
        for block in doc.blocks.iter().filter(|b| b.lang == Lang::Ar) {
            let mut i = block.tokens.start;
            while i < block.tokens.end {
                let repeats = (pass == Pass::Repeats).then_some(&named);
                match city_at(doc, cities, mentions, &found, i, block.tokens.end, repeats) {
                    Some((span, next, name)) => {
                        let mention = Mention { span, kind: EntityKind::Loc };
                        if pass == Pass::Placed {
                            found.push(mention);
                            named.insert(name);
                        } else {
                            repeated.push(mention);
                        }
                        i = next;
                    }
                    None => i += 1,
                }
            }
        }
    }
    found.extend(repeated);
    crate::ner::add_mentions(mentions, found);
}

/// Whether a folded word is a city of the curated lists (one word).
pub(crate) fn is_listed_city(folded: &str) -> bool {
    cities().names.contains(&Fnv::new().str(folded).value())
}

/// Heads that make a place of the name after them ("وادي برغز", "جبل الشيخ").
static PLACE_HEADS: FoldedWords = FoldedWords::new(&["وادي", "جبل", "نهر", "بحيرة", "جزيرة", "سهل", "هضبة"]);

/// Whether folded words are a listed place: a city, a geography name or a gazetteer place.
fn is_listed_place(cities: &Cities, words: &[String]) -> bool {
    let listed = cities.names.contains(&phrase_key(words.iter().map(String::as_str)));
    listed
        || crate::ner::model_for(Lang::Ar).is_some_and(|m| {
            let g = &m.gazetteer;
            let hash = crate::ner::gazetteer::phrase_hash(words.iter().map(String::as_str));
            g.classes_of(hash) & g.class_bit("loc") != 0
        })
}

/// Splits a mention the tagger ran over a و after a listed place: "[المغرب والبوليساريو]",
/// "[جبل الريحان ووادي برغز]", "لإيطاليا ولأوروبا" are two names. The first is the place; the
/// second, its clitics after و left out (ب ل ك; after ل the article's alif may be elided), is a
/// place if it is listed or has a place's head, and is otherwise left to the rules after (the
/// curated organisations find "البوليساريو"). A name listed whole ("البوسنة والهرسك") is not
/// split. Called by `name_tails::trim`, before it reads the ends of names.
pub(crate) fn split_joined(doc: &Document, mentions: &mut Vec<Mention>) {
    let cities = cities();
    let mut added = Vec::new();
    for m in mentions.iter_mut() {
        let text = m.span.of(doc.text);
        let Some(at) = text.find(" و") else { continue };
        let words: Vec<String> = text.split(' ').map(fold).collect();
        if words.len() > 6
            || !crate::lang::is_arabic_letter(text.chars().next().unwrap_or(' '))
            || is_listed_place(cities, &words)
        {
            continue;
        }
        let left_words = text[..at].split(' ').count();
        let (left, right) = words.split_at(left_words);
        // "وادي" is a word of its own, not و + "ادي".
        if PLACE_HEADS.contains_folded(&right[0]) || !is_listed_place(cities, left) {
            continue;
        }
        // The readings of the word after و, the longest listed one first: "ولأوروبا" is و + ل
        // + "أوروبا".
        let after_wa = &right[0]['و'.len_utf8()..];
        if after_wa.chars().count() < 3 {
            continue;
        }
        let mut readings = vec![(1, after_wa.to_string())];
        if let Some(rest) = after_wa.strip_prefix(['ب', 'ل', 'ك']) {
            readings.push((2, rest.to_string()));
            if after_wa.starts_with("لل") {
                readings.push((2, format!("ا{rest}")));
            }
        }
        let with_rest = |first: &str| {
            let mut words = vec![first.to_string()];
            words.extend(right[1..].iter().cloned());
            words
        };
        let listed = readings
            .iter()
            .rev()
            .find(|(_, first)| first.chars().count() >= 3 && is_listed_place(cities, &with_rest(first)));
        let headed = right.len() > 1 && PLACE_HEADS.contains_folded(after_wa);
        let word_start = m.span.start + at + 1;
        let second_word = text[at + 1..].split(' ').next().unwrap_or("");
        let letters = listed.map_or(1, |(letters, _)| *letters);
        let second = Span::new(word_start + crate::ner::spans::letters_len(second_word, letters), m.span.end);
        m.span = Span::new(m.span.start, m.span.start + at);
        m.kind = EntityKind::Loc;
        if listed.is_some() || headed {
            added.push(Mention { span: second, kind: EntityKind::Loc });
        }
    }
    crate::ner::add_mentions(mentions, added);
}

/// Extends a place the tagger cut short to the listed name that goes on after it: "أديس" +
/// "أبابا", "النيل" + "الأزرق". Only over untagged words and spaces.
fn complete(doc: &Document, cities: &Cities, mentions: &mut [Mention]) {
    for at in 0..mentions.len() {
        let m = mentions[at];
        if m.kind != EntityKind::Loc || !doc.text.is_char_boundary(m.span.end) {
            continue;
        }
        let last = doc.tokens.partition_point(|t| t.span.end < m.span.end);
        if doc.tokens.get(last).is_none_or(|t| t.span.end != m.span.end) {
            continue;
        }
        let words: Vec<String> = m.span.of(doc.text).split(' ').map(fold).collect();
        let mut hash = Fnv::new().str(&words[0]);
        for w in &words[1..] {
            hash = hash.byte(b' ').str(w);
        }
        let next_start = mentions.get(at + 1).map_or(usize::MAX, |n| n.span.start);
        let mut end = None;
        for t in last + 1..(last + MAX_WORDS).min(doc.tokens.len()) {
            let token = doc.tokens[t];
            if token.span.end > next_start || !doc.only_spaces_between(doc.tokens[t - 1].span.end, token.span.start) {
                break;
            }
            hash = hash.byte(b' ').str(doc.folded(t));
            if cities.names.contains(&hash.value()) {
                end = Some(token.span.end);
            }
        }
        if let Some(end) = end {
            mentions[at].span.end = end;
        }
    }
}

/// Widens places the tagger found inside a listed name of two words or more to the whole
/// name: "جنوب [أفريقيا]" is South Africa, not "south" and Africa; "بنت [جبيل]" is a town.
/// Only where every mention the name overlaps is a place inside it.
fn widen_to_listed_names(doc: &Document, cities: &Cities, mentions: &mut Vec<Mention>) {
    let mut found: Vec<Mention> = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        // The word as it stands, or after one attached letter ("لجنوب أفريقيا").
        let folded = doc.folded(i);
        let bare = folded.strip_prefix(['و', 'ف', 'ب', 'ل', 'ك']).filter(|rest| rest.chars().count() > 2);
        let opener = |form: &str| Some(Fnv::new().str(form)).filter(|h| cities.openers.contains(&h.value()));
        let (first, word, skip) = match (opener(folded), bare.and_then(opener)) {
            (Some(hash), _) => (hash, folded, 0),
            (None, Some(hash)) => (hash, bare.unwrap_or(folded), crate::ner::spans::letters_len(doc.word(i), 1)),
            (None, None) => {
                i += 1;
                continue;
            }
        };
        let mut hash = first;
        let mut last = None;
        for t in i + 1..(i + MAX_WORDS).min(doc.tokens.len()) {
            if !doc.only_spaces_between(doc.tokens[t - 1].span.end, doc.tokens[t].span.start) {
                break;
            }
            hash = hash.byte(b' ').str(doc.folded(t));
            if cities.names.contains(&hash.value()) {
                last = Some((t, hash.value()));
            }
        }
        let Some((last, name)) = last else {
            i += 1;
            continue;
        };
        // A venue's head stays outside its name ("معبر [رفح]"), listed whole as it may be.
        if crate::named_heads::is_venue_head(word) {
            i = last + 1;
            continue;
        }
        let span = Span::new(doc.tokens[i].span.start + skip, doc.tokens[last].span.end);
        let near = crate::ner::near(mentions, span.start, span.end);
        let inside: Vec<&Mention> =
            near.iter().filter(|m| m.span.start < span.end && span.start < m.span.end).collect();
        // A sea or canal's name is a place whatever the tagger called the one mention of its
        // end ("قناة [السويس]" ORG); not a club ("فريق [الخليج]").
        let geography = cities.anywhere.contains(&name) && inside.len() == 1;
        let part = |m: &Mention| {
            m.kind == EntityKind::Loc
                || geography
                    && m.span.end == span.end
                    && !(m.kind == EntityKind::Org && crate::sports_clubs::is_club_word(&fold(m.span.of(doc.text))))
        };
        if !inside.is_empty() && inside.iter().all(|m| part(m) && span.contains(m.span) && m.span != span) {
            found.push(Mention { span, kind: EntityKind::Loc });
        }
        i = last + 1;
    }
    crate::ner::replace_overlapping(mentions, found);
}

#[derive(Clone, Copy, PartialEq)]
enum Pass {
    /// Where the sentence expects a place.
    Placed,
    /// Anywhere, for the names found in the first pass.
    Repeats,
}

/// The span of a city starting at token `i` (its clitic left out) and the token after it.
fn city_at(
    doc: &Document,
    cities: &Cities,
    mentions: &[Mention],
    found: &[Mention],
    i: usize,
    end: usize,
    repeats: Option<&HashKeySet>,
) -> Option<(Span, usize, u64)> {
    let covered = |t: usize| {
        let span = doc.tokens[t].span;
        let at = mentions.partition_point(|m| m.span.end <= span.start);
        let at_found = found.partition_point(|m| m.span.end <= span.start);
        mentions.get(at).is_some_and(|m| m.span.start < span.end)
            || found.get(at_found).is_some_and(|m| m.span.start < span.end)
    };
    let folded = doc.folded(i);
    let first = folded.chars().next()?;
    if !crate::lang::is_arabic_letter(first) || covered(i) {
        return None;
    }
    // The word as it stands, or without one attached letter.
    let clitic = ['و', 'ف', 'ب', 'ل', 'ك'].contains(&first).then(|| &folded[first.len_utf8()..]);
    for (form, attached) in [(folded, None), (clitic.unwrap_or(""), clitic.map(|_| first))] {
        if form.chars().count() < 2 {
            continue;
        }
        let mut hash = Fnv::new().str(form);
        let mut last = cities.names.contains(&hash.value()).then_some((i, hash.value()));
        if cities.openers.contains(&hash.value()) {
            for t in i + 1..(i + MAX_WORDS).min(end) {
                if covered(t) || !doc.only_spaces_between(doc.tokens[t - 1].span.end, doc.tokens[t].span.start) {
                    break;
                }
                hash = hash.byte(b' ').str(doc.folded(t));
                if cities.names.contains(&hash.value()) {
                    last = Some((t, hash.value()));
                }
            }
        }
        let Some((last, name)) = last else { continue };
        // A definite name cannot open a construct phrase: the definite word after it is an
        // adjective ("مدينة اللاذقية الساحلية").
        // After a port or a camp the definite word describes that ("مخيم زمزم المجاور").
        let construct = !form.starts_with("ال") && !after_gateway(doc, i) && followed_by_definite(doc, last, end);
        // Geography stands anywhere; a city found once stands anywhere but before a definite
        // word, like the first time.
        let skip = match repeats {
            Some(named) => !named.contains(&name) || construct,
            None => {
                !cities.anywhere.contains(&name)
                    && (!(placed(doc, mentions, found, i, last, attached) || opens_a_list(doc, cities, last, end))
                        || construct)
            }
        };
        if skip {
            continue;
        }
        let start = doc.tokens[i].span.start + attached.map_or(0, |_| crate::ner::spans::letters_len(doc.word(i), 1));
        return Some((Span::new(start, doc.tokens[last].span.end), last + 1, name));
    }
    None
}

/// Whether token `i` comes right after a port, airport, crossing or camp, with or without
/// clitics ("وميناء").
fn after_gateway(doc: &Document, i: usize) -> bool {
    let Some(before) = i.checked_sub(1) else { return false };
    doc.only_spaces_between(doc.tokens[before].span.end, doc.tokens[i].span.start)
        && with_and_without_clitic(doc.folded(before)).any(|w| GATEWAYS.contains_folded(w))
}

/// A folded word as it stands and without one attached و ف ب ل, when three letters remain
/// ("بمحافظة", "وميناء").
fn with_and_without_clitic(w: &str) -> impl Iterator<Item = &str> {
    let bare = w.strip_prefix(['و', 'ف', 'ب', 'ل']).filter(|rest| rest.chars().count() >= 3);
    [Some(w), bare].into_iter().flatten()
}

/// Whether the sentence expects a place at tokens `i..=last`: a locative word before it, و
/// attached right after a place, or a place joined after it by و ("مسقط والرياض"). (Not ب
/// attached: "حوض بركين" is no ب + a city.)
fn placed(
    doc: &Document,
    mentions: &[Mention],
    found: &[Mention],
    i: usize,
    last: usize,
    attached: Option<char>,
) -> bool {
    if let Some(next) = doc.tokens.get(last + 1) {
        let joined = doc.only_spaces_between(doc.tokens[last].span.end, next.span.start)
            && next.span.of(doc.text).starts_with('و');
        // The place's span starts after the و, inside the next token.
        let place_in_next =
            |m: &Mention| m.kind == EntityKind::Loc && m.span.start > next.span.start && m.span.start < next.span.end;
        if joined && crate::ner::near(mentions, next.span.start, next.span.end).iter().any(place_in_next) {
            return true;
        }
    }
    let Some(before) = i.checked_sub(1) else { return false };
    if !doc.only_spaces_between(doc.tokens[before].span.end, doc.tokens[i].span.start) {
        return false;
    }
    if attached.is_none() && is_locative(doc.folded(before)) {
        return true;
    }
    let end = doc.tokens[before].span.end;
    let place_before = |m: &Mention| m.kind == EntityKind::Loc && m.span.end == end;
    let near = |list| crate::ner::near(list, end, end).iter().any(place_before);
    attached == Some('و') && (near(mentions) || near(found) || second_of_a_locative(doc, before))
}

/// Whether two more listed cities follow token `last`, each joined by و: three names in a row
/// are a list of places ("السدرة وراس لانوف والبريقة"), though each alone may be a word.
fn opens_a_list(doc: &Document, cities: &Cities, last: usize, end: usize) -> bool {
    let mut at = last + 1;
    for _ in 0..2 {
        match joined_city(doc, cities, at, end) {
            Some(next) => at = next,
            None => return false,
        }
    }
    true
}

/// The token after a listed city written with و attached at token `t` ("وإدلب", "وراس
/// لانوف"), if there is one.
fn joined_city(doc: &Document, cities: &Cities, t: usize, end: usize) -> Option<usize> {
    if t >= end || !doc.only_spaces_between(doc.tokens[t - 1].span.end, doc.tokens[t].span.start) {
        return None;
    }
    let form = doc.folded(t).strip_prefix('و').filter(|rest| rest.chars().count() >= 2)?;
    let mut hash = Fnv::new().str(form);
    let mut after = cities.names.contains(&hash.value()).then_some(t + 1);
    if cities.openers.contains(&hash.value()) {
        for u in t + 1..(t + MAX_WORDS).min(end) {
            if !doc.only_spaces_between(doc.tokens[u - 1].span.end, doc.tokens[u].span.start) {
                break;
            }
            hash = hash.byte(b' ').str(doc.folded(u));
            if cities.names.contains(&hash.value()) {
                after = Some(u + 1);
            }
        }
    }
    after
}

/// Whether a folded word is one of the locative words, also after و or ف ("وفي").
fn is_locative_word(w: &str) -> bool {
    LOCATIVES.contains_folded(w) || w.strip_prefix(['و', 'ف']).is_some_and(|rest| LOCATIVES.contains_folded(rest))
}

/// Whether a folded word says a place comes next, also with a clitic ("بمحافظة المفرق",
/// "وميناء الحديدة", "وفي").
fn is_locative(w: &str) -> bool {
    is_locative_word(w)
        || with_and_without_clitic(w).any(|w| {
            LOCATIVES.contains_folded(w)
                || GATEWAYS.contains_folded(w)
                || triggers::classes(w) & triggers::LOC_HEAD != 0
        })
}

/// Regions named by their direction, which are no entities but stand where places do.
static REGIONS: FoldedWords = FoldedWords::new(&["الجنوب", "الشمال", "الشرق", "الغرب", "الوسط", "الساحل"]);

/// Whether token `before` is a region right after a locative, so that a city joined to it by و
/// shares the locative: "في الجنوب والبقاع" (in the south and the Bekaa). Not any definite
/// word: "من الراحة وتأتي" (more comfort, and it comes) is no place.
fn second_of_a_locative(doc: &Document, before: usize) -> bool {
    before > 0
        && REGIONS.contains_folded(doc.folded(before))
        && doc.only_spaces_between(doc.tokens[before - 1].span.end, doc.tokens[before].span.start)
        && is_locative(doc.folded(before - 1))
}

/// Whether the word after token `last` has the article: the city word then opens a phrase.
fn followed_by_definite(doc: &Document, last: usize, end: usize) -> bool {
    let next = last + 1;
    next < end
        && doc.only_spaces_between(doc.tokens[last].span.end, doc.tokens[next].span.start)
        && doc.folded(next).starts_with("ال")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<&str> {
        let doc = Document::new(text, Some(Lang::Ar));
        let mut mentions = Vec::new();
        mark(&doc, &mut mentions);
        mentions.iter().map(|m| m.span.of(text)).collect()
    }

    #[test]
    fn a_city_spelled_with_a_madda_is_no_definite_word() {
        // "آلاشهر" (Alaşehir) folds like "الأشهر" (the months); "آلبورغ" (Aalborg) is no word.
        assert!(run("وأجرى في الأشهر الماضية لقاءات").is_empty());
        assert_eq!(run("وصل الوفد إلى آلبورغ أمس"), ["آلبورغ"]);
    }

    #[test]
    fn a_place_inside_a_listed_name_takes_the_whole_name() {
        let text = "سافر الرئيس لجنوب أفريقيا ثم إلى قضاء بنت جبيل عبر معبر رفح";
        let doc = Document::new(text, Some(Lang::Ar));
        let found = |part: &str| {
            let start = text.find(part).unwrap();
            Mention { span: Span::new(start, start + part.len()), kind: EntityKind::Loc }
        };
        let mut mentions = vec![found("أفريقيا"), found("جبيل"), found("رفح")];
        mark(&doc, &mut mentions);
        let got: Vec<&str> = mentions.iter().map(|m| m.span.of(text)).collect();
        // The clitic stays outside; a venue's head stays outside its name.
        assert_eq!(got, ["جنوب أفريقيا", "بنت جبيل", "رفح"]);
    }

    #[test]
    fn a_place_cut_short_takes_the_rest_of_its_listed_name() {
        let rule = |text: &str, model: &[(&str, EntityKind)]| {
            crate::ner::run_rule(text, Lang::Ar, model, mark).into_iter().map(|(name, _)| name).collect::<Vec<_>>()
        };
        assert_eq!(rule("متهمة أديس أبابا بتشغيل السد", &[("أديس", EntityKind::Loc)]), ["أديس أبابا"]);
        assert_eq!(rule("تدفق النيل الأزرق على مدار العام", &[("النيل", EntityKind::Loc)]), ["النيل الأزرق"]);
        // Not over a word the tagger gave to another name, nor after a person.
        assert_eq!(
            rule("عند النيل الأزرق", &[("النيل", EntityKind::Loc), ("الأزرق", EntityKind::Misc)]),
            ["النيل", "الأزرق"]
        );
        assert_eq!(rule("قال أديس أبابا", &[("أديس", EntityKind::Per)]), ["أديس"]);
        // A canal's name is a place whatever the tagger called its end.
        let got = crate::ner::run_rule("إيرادات قناة السويس تعاني", Lang::Ar, &[("السويس", EntityKind::Org)], mark);
        assert_eq!(got, [("قناة السويس".to_string(), EntityKind::Loc)]);
    }

    #[test]
    fn a_listed_city_where_a_place_is_expected_is_a_place() {
        assert_eq!(run("لبحث تمويل محطات الكهرباء في حلب وحمص."), ["حلب", "حمص"]);
        assert_eq!(run("وصل الوفد إلى دير الزور أمس"), ["دير الزور"]);
        // A definite name takes its adjective after it, not a construct.
        assert_eq!(run("استثمارات في مدينة اللاذقية الساحلية"), ["اللاذقية"]);
    }

    #[test]
    fn a_list_of_places_is_places() {
        // After a plural head, after "وفي", joined to a word after a locative, three in a row.
        assert_eq!(run("توجهوا إلى محافظات حلب وإدلب وحمص"), ["حلب", "إدلب", "حمص"]);
        assert_eq!(run("وفي الضاحية الجنوبية لبيروت"), ["الضاحية الجنوبية"]);
        assert_eq!(run("سيخوضون المعركة في الجنوب والبقاع"), ["البقاع"]);
        assert_eq!(run("ومنها السدرة وراس لانوف والبريقة"), ["السدرة", "راس لانوف", "البريقة"]);
        // Two listed words joined by و are not yet a list (milking and chickpeas).
        assert_eq!(run("حلب المزارع البقرة وحمص"), Vec::<&str>::new());
        // Nor is a word after any other object of a locative ("من الراحة وتأتي", "في الحياة وصور").
        assert_eq!(run("المزيد من الراحة وتأتي بمساحات"), Vec::<&str>::new());
        assert_eq!(run("في الحياة وصور"), Vec::<&str>::new());
    }

    #[test]
    fn the_same_words_elsewhere_are_left_alone() {
        // Milking and chickpeas; pictures of the satellites; a city word with no place expected.
        assert_eq!(run("حلب المزارع البقرة وأكل حمص"), Vec::<&str>::new());
        assert_eq!(run("وأظهرت صور الأقمار الصناعية الدمار"), Vec::<&str>::new());
        assert_eq!(run("نقلا من صور الأقمار الصناعية"), Vec::<&str>::new());
        assert_eq!(run("في حوض بركين"), Vec::<&str>::new());
    }

    #[test]
    fn a_city_found_once_is_a_place_in_its_other_mentions() {
        // "أن أربيل ملتزمة": no locative before it, but the document placed it already.
        assert_eq!(run("اجتمعوا في أربيل. وقال إن أربيل ملتزمة"), ["أربيل", "أربيل"]);
        assert_eq!(run("وقال إن أربيل ملتزمة"), Vec::<&str>::new(), "never placed");
        // Placed by the tagger rather than by this rule, it counts the same.
        let text = "استقبلت أربيل الوفد. وقال إن أربيل ملتزمة";
        let doc = Document::new(text, Some(Lang::Ar));
        let at = text.find("أربيل").unwrap();
        let mut mentions = vec![Mention { span: Span::new(at, at + "أربيل".len()), kind: EntityKind::Loc }];
        mark(&doc, &mut mentions);
        assert_eq!(mentions.iter().map(|m| m.span.of(text)).collect::<Vec<_>>(), ["أربيل", "أربيل"]);
    }

    #[test]
    fn a_city_joined_by_wa_to_a_place_after_it_is_a_place() {
        let text = "جهود الوساطة التي تقودها مسقط والرياض";
        let doc = Document::new(text, Some(Lang::Ar));
        let at = text.find("الرياض").unwrap();
        let mut mentions = vec![Mention { span: Span::new(at, at + "الرياض".len()), kind: EntityKind::Loc }];
        mark(&doc, &mut mentions);
        let got: Vec<&str> = mentions.iter().map(|m| m.span.of(text)).collect();
        assert_eq!(got, ["مسقط", "الرياض"]);
    }

    #[test]
    fn a_listed_city_after_a_place_head_with_a_clitic_or_a_port_is_a_place() {
        assert_eq!(run("وفي المخيم الواقع بمحافظة المفرق شمال شرقي البلاد."), ["المفرق"]);
        assert_eq!(run("وقصفت الطائرات غرب ميناء الحديدة، من دون إصابات."), ["الحديدة"]);
        assert_eq!(run("عبروا إلى تشاد عبر معبري أدري والطينة، معظمهم من النساء."), ["أدري", "الطينة"]);
        assert_eq!(run("الفارين من المدينة ومن مخيم زمزم المجاور."), ["زمزم"]);
    }

    #[test]
    fn a_listed_city_read_as_an_organisation_after_a_districts_head_is_the_city() {
        let text = "جفت مساحات واسعة قرب قضاء الجبايش الذي تصنفه يونسكو.";
        let got = crate::ner::run_rule(text, Lang::Ar, &[("الجبايش", EntityKind::Org)], mark);
        assert_eq!(got, [("الجبايش".to_string(), EntityKind::Loc)]);
        // After "في" alone a club keeps its type.
        let text = "وقع اللاعب في برشلونة عقدا جديدا.";
        let got = crate::ner::run_rule(text, Lang::Ar, &[("برشلونة", EntityKind::Org)], mark);
        assert_eq!(got, [("برشلونة".to_string(), EntityKind::Org)]);
    }

    #[test]
    fn a_listed_city_read_as_a_person_after_fi_is_the_city() {
        let text = "على استاد البيت في الخور.";
        let got = crate::ner::run_rule(text, Lang::Ar, &[("الخور", EntityKind::Per)], mark);
        assert_eq!(got, [("الخور".to_string(), EntityKind::Loc)]);
    }

    #[test]
    fn a_mention_run_over_wa_after_a_listed_place_is_split() {
        let text = "قصفت مرتفعات جبل الريحان ووادي برغز، ودعا إلى مفاوضات تشمل المغرب والبوليساريو والجزائر.";
        let got = crate::ner::run_rule(
            text,
            Lang::Ar,
            &[("جبل الريحان ووادي برغز", EntityKind::Org), ("المغرب والبوليساريو", EntityKind::Org)],
            split_joined,
        );
        let places: Vec<&str> = got.iter().filter(|(_, k)| *k == EntityKind::Loc).map(|(n, _)| n.as_str()).collect();
        assert_eq!(places, ["جبل الريحان", "وادي برغز", "المغرب"]);
        assert!(got.iter().all(|(n, _)| !n.contains("البوليساريو")), "{got:?}");
        // A country listed whole keeps its و.
        let text = "وزار البوسنة والهرسك.";
        let got = crate::ner::run_rule(text, Lang::Ar, &[("البوسنة والهرسك", EntityKind::Loc)], split_joined);
        assert_eq!(got, [("البوسنة والهرسك".to_string(), EntityKind::Loc)]);
    }

    #[test]
    fn seas_and_straits_are_places_wherever_they_stand() {
        assert_eq!(run("انطلق مهرجان البحر الأحمر السينمائي"), ["البحر الأحمر"]);
        assert_eq!(run("وتمر ناقلات النفط عبر مضيق هرمز والبحر الأسود"), ["مضيق هرمز", "البحر الأسود"]);
        assert_eq!(run("البحر هادئ اليوم"), Vec::<&str>::new(), "a sea, not a named one");
        // Whatever the tagger called it.
        let text = "تحويل مسار سفنها حول رأس الرجاء الصالح";
        let doc = Document::new(text, Some(Lang::Ar));
        let at = text.find("رأس").unwrap();
        let mut mentions = vec![Mention { span: Span::new(at, text.len()), kind: EntityKind::Misc }];
        mark(&doc, &mut mentions);
        assert_eq!(mentions[0].kind, EntityKind::Loc);
    }
}
