//! Where an Arabic name ends: the tagger sometimes runs a name on into the next word when both
//! are unseen. A verb is no part of a name ("شركة نوفارتيس تأخرت"), and an inflected ordinary
//! word is no part of a person's ("وسجل مبابي هدفين", two goals; "سيتي سلبيا", goallessly): a
//! dual, plural or accusative ending on a word the lexicon knows without it says the name
//! stopped before it. (Organisations keep theirs: "للاستثمارات" ends many a company's name.)
//! At the other end, a noun with an attached pronoun ("لقائه بلينكن", his meeting with
//! Blinken) does not start a person's name.

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::hash::Fnv;
use crate::lang::Lang;
use crate::ner::Mention;
use crate::span::Span;
use crate::text::normalize::fold;
use crate::unknown_names::{
    arabic_lexicon, is_inflected_ordinary, is_only_a_verb, is_plain_ordinary, is_possessed_noun, is_unknown_name,
};

/// Cuts a trailing verb off each name of two words or more, and a trailing inflected ordinary
/// word off each person's, unless the name lists know the word as a name ("حسين", "يزيد").
pub fn trim(doc: &Document, mentions: &mut Vec<Mention>) {
    // Spelled Latin letters are an acronym or a product ("تشات جي بي تي"), never a person.
    mentions.retain(|m| m.kind != EntityKind::Per || !m.span.of(doc.text).split(' ').all(is_spelled_letter));
    extend_people(doc, mentions);
    drop_ala(doc, mentions);
    finish_links(doc, mentions);
    let Some(lexicon) = arabic_lexicon(doc) else { return };
    finish_compound_given_names(doc, lexicon, mentions);
    let mut pairs = None;
    take_unseen_family_names(doc, lexicon, mentions, &mut pairs);
    let Some(g) = doc.model(Lang::Ar).map(|m| &m.gazetteer) else { return };
    crate::cities::split_joined(doc, mentions);
    let names =
        g.class_bit("first") | g.class_bit("last") | g.class_bit("per") | g.class_bit("loc") | g.class_bit("org");
    let mut previous: Option<Mention> = None;
    for m in mentions.iter_mut() {
        let listed = |word: &str| g.classes_of(Fnv::new().str(&fold(word))) & names != 0;
        // The second of two names of a kind joined by و keeps the و outside ("بين دبي وساو
        // باولو"), even where the rest is in no list: a list joins its names with و, and a name
        // that starts with و right after another needs a second و ("بغداد وواشنطن").
        let after_same_kind =
            previous.is_some_and(|p| p.kind == m.kind && doc.only_spaces_between(p.span.end, m.span.start));
        previous = Some(*m);
        let first_word = m.span.of(doc.text).split(' ').next().unwrap_or("");
        if after_same_kind && !listed(first_word) {
            if let Some(rest) = first_word.strip_prefix('و').filter(|r| r.chars().count() >= 3) {
                m.span = Span::new(m.span.end - m.span.of(doc.text).len() + first_word.len() - rest.len(), m.span.end);
            }
        }
        let text = m.span.of(doc.text);
        if let Some((first, rest)) = text.split_once(' ') {
            // "لقائه بلينكن" (his meeting with Blinken): the name starts after the noun.
            // A given name of the lists is no noun with a pronoun: "ريانة", "جوخة" (not ريان + ه).
            let given = || crate::unknown_names::listed(doc, first, &["first", "given"]);
            if m.kind == EntityKind::Per && !listed(first) && is_possessed_noun(lexicon, first) && !given() {
                m.span = Span::new(m.span.end - rest.trim_start().len(), m.span.end);
            }
        }
        // A clitic before the article starts a phrase after the name ("محمد مصطفى بالمؤتمر"):
        // no person's name holds such a word. Nor ل before a listed organisation: "قال صدقي
        // لرويترز" (told Reuters).
        if m.kind == EntityKind::Per {
            if let Some((body, last)) = m.span.of(doc.text).rsplit_once(' ') {
                let folded = fold(last);
                let phrase = crate::unknown_names::has_article(&folded) && !folded.starts_with("ال");
                let told = last.strip_prefix('ل').is_some_and(crate::names::is_curated_organisation);
                if told || phrase && folded.chars().count() >= 5 && !listed(last) {
                    m.span = Span::new(m.span.start, m.span.start + body.trim_end().len());
                }
            }
        }
        // "فاز فيلم" (a film won): a verb and an ordinary noun are no name. (A verb is not
        // cut off the front of a longer name: foreign names read as verbs too often, "أرسين".)
        if let Some((first, rest)) = m.span.of(doc.text).split_once(' ') {
            let rest = rest.trim_start();
            let ordinary = |w: &str| !listed(w) && is_plain_ordinary(lexicon, w);
            if !rest.contains(' ') && ordinary(rest) && !listed(first) && is_only_a_verb(lexicon, first) {
                m.span = Span::new(m.span.end, m.span.end);
            }
        }
        if m.kind == EntityKind::Per && joins_a_portfolio(doc, lexicon, m.span) {
            let text = m.span.of(doc.text);
            if let Some((_, rest)) = text.split_once(' ') {
                m.span = Span::new(m.span.end - rest.trim_start().len(), m.span.end);
            }
        }
        let text = m.span.of(doc.text);
        let Some((head, last)) = text.rsplit_once(' ') else { continue };
        // "محمد صلاح فريقه" (Salah ... his team): a noun with a pronoun ends no person's name.
        // Foreign names ending in "اه" ("ايبواه") read as one too often to be cut.
        let possessed = is_possessed_noun(lexicon, last) && !fold(last).ends_with("اه");
        let inflected = m.kind == EntityKind::Per && (is_inflected_ordinary(lexicon, last) || possessed);
        // A compound given name ("عبد المجيد", "أبو بكر") wants the family name after it:
        // "عبد المجيد تبون" keeps "تبون", which is also a rare verb form.
        let compound_given = m.kind == EntityKind::Per
            && head.split(' ').count() == 2
            && ["عبد", "ابو"].contains(&fold(head.split(' ').next().unwrap_or("")).as_str());
        // A given name and a family name of the name lists ("رضا نجفي", "محمد سمير ندا"): the
        // lists vouch for the name, read as a verb as the last word may be.
        let family_name = m.kind == EntityKind::Per
            && crate::unknown_names::listed(doc, last, &["surname", "last"])
            && crate::unknown_names::listed(doc, head.split(' ').next().unwrap_or(""), &["first", "given"]);
        // A link word wants the word after it: "نبيل أبو ردينة", "محمد بن سلمان".
        let linked = m.kind == EntityKind::Per
            && ["ابو", "عبد", "بن", "ابن"].contains(&fold(head.rsplit(' ').next().unwrap_or("")).as_str());
        // The future's س before a present verb: "الحوثيين سيواصلون" (the Houthis will go on).
        // (The lexicon knows the plural "يواصلون" as a form, not always as a verb.)
        let future = last
            .strip_prefix('س')
            .filter(|rest| rest.starts_with(['ي', 'ت', 'ن']) && rest.chars().count() >= 4)
            .is_some_and(|rest| !is_unknown_name(lexicon, rest));
        // A family name the document writes twice after the same word ("فارغاس يوسا"), which
        // the lexicon reads as inflected, is the name's (see `take_unseen_family_names`).
        let kept =
            inflected && written_twice(doc, &mut pairs, &fold(head.rsplit(' ').next().unwrap_or("")), &fold(last));
        if !listed(last)
            && !compound_given
            && !family_name
            && !linked
            && (inflected && !kept || future || is_only_a_verb(lexicon, last))
        {
            m.span = Span::new(m.span.start, m.span.start + head.trim_end().len());
        }
    }
    mentions.retain(|m| !m.span.is_empty());
}

/// Cuts the preposition "على" (on) off either end of a person's name, or drops it where it was
/// read as a name alone: folding makes it "علي" (Ali), so the tagger reads "يعول على إبراهيم
/// دياز" as one name and "احتجاجا على ما" as Ali. A document that spells "في" with its dots
/// writes the name Ali "علي" too; one that writes "فى" (Egyptian spelling) may write the name
/// "على", and is left alone.
fn drop_ala(doc: &Document, mentions: &mut Vec<Mention>) {
    // Looked up once, at the first name that needs it.
    let mut dotted = None;
    for m in mentions.iter_mut().filter(|m| m.kind == EntityKind::Per) {
        let text = m.span.of(doc.text);
        // "على" alone is the preposition itself ("احتجاجا على ما").
        let rest = if text == "على" { Some("") } else { text.strip_prefix("على ") };
        // At the end it starts the phrase after the name: "وتفوق [ندا على] خمسة روائيين".
        let body = text.strip_suffix(" على").filter(|_| rest.is_none());
        if rest.is_none() && body.is_none() {
            continue;
        }
        if !*dotted.get_or_insert_with(|| doc.tokens.iter().any(|t| t.span.of(doc.text) == "في")) {
            continue;
        }
        if let Some(rest) = rest {
            m.span = Span::new(m.span.end - rest.trim_start().len(), m.span.end);
        } else if let Some(body) = body {
            m.span = Span::new(m.span.start, m.span.start + body.trim_end().len());
        }
    }
    mentions.retain(|m| !m.span.is_empty());
}

/// The Arabic spelling of a Latin letter's name ("بي", "تي", "إيه").
pub(crate) fn is_spelled_letter(word: &str) -> bool {
    // Not "في" (V) or "أو" (O): they are also "in" and "or".
    const LETTERS: [&str; 23] = [
        "إيه",
        "بي",
        "سي",
        "دي",
        "إي",
        "إف",
        "جي",
        "إتش",
        "آي",
        "جيه",
        "كيه",
        "إل",
        "إم",
        "إن",
        "تي",
        "إكس",
        "واي",
        "آر",
        "كيو",
        "دبليو",
        "إس",
        "زد",
        "يو",
    ];
    LETTERS.contains(&word)
}

/// A person the tagger opened with a listed place before a listed given name is the place and
/// the person: "حاكم مصرف لبنان كريم سعيد" read as "لبنان كريم سعيد" (the bank's name ends at
/// the place, its governor follows). A place that is also a name of the lists stays. Runs
/// before the head rules, which would take the whole for the bank's name. A person that ends
/// in such a place is the person and the place: "أن تزور ميلوني الجزائر".
/// Each tail of a person's name after one of its spaces ("ميلوني" of "جورجيا ميلوني"), with
/// the earliest end of a mention it ends: one pass, so the question "was this person named in
/// full before?" is a lookup, not a scan of every mention.
fn word_suffixes_of_people<'t>(doc: &Document<'t>, mentions: &[Mention]) -> std::collections::HashMap<&'t str, usize> {
    let mut earliest: std::collections::HashMap<&'t str, usize> = std::collections::HashMap::new();
    for o in mentions.iter().filter(|o| o.kind == EntityKind::Per) {
        let named = o.span.of(doc.text);
        for (space, _) in named.match_indices(' ') {
            let end = earliest.entry(&named[space + 1..]).or_insert(o.span.end);
            *end = (*end).min(o.span.end);
        }
    }
    earliest
}

pub fn split_leading_places(doc: &Document, mentions: &mut Vec<Mention>) {
    let Some(g) = doc.model(Lang::Ar).map(|m| &m.gazetteer) else { return };
    let classes = |w: &str| g.classes_of(Fnv::new().str(&fold(w)));
    let person_names = g.class_bit("first") | g.class_bit("last") | g.class_bit("per");
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    let named_in_full = std::cell::OnceCell::new();
    for &m in mentions.iter() {
        let text = m.span.of(doc.text);
        let mut words = text.split(' ');
        let (Some(first), Some(second)) = (words.next(), words.next()) else {
            out.push(m);
            continue;
        };
        let place = classes(first) & g.class_bit("loc") != 0 && classes(first) & person_names == 0;
        let given = classes(second) & g.class_bit("first") != 0;
        // "أن تزور [ميلوني الجزائر]" (Meloni is to visit Algeria): a person the document
        // named in full before ("جورجيا ميلوني"), repeated by family name, then a listed place
        // that is no name of a person. (A first mention may end in a place-like family name:
        // "كينجي ياماغوتشي", "ميشال عيسى".)
        let (head, last) = text.rsplit_once(' ').unwrap_or((text, ""));
        let place_last = m.kind == EntityKind::Per
            && crate::unknown_names::is_arabic(last)
            && classes(last) & g.class_bit("loc") != 0
            // Not the gazetteer's "per" class: ANERgazet's people list holds places too.
            && classes(last) & (g.class_bit("first") | g.class_bit("last")) == 0
            && named_in_full.get_or_init(|| word_suffixes_of_people(doc, mentions)).get(head).is_some_and(|&end| end <= m.span.start);
        if m.kind == EntityKind::Per && place && given && words.next().is_some() {
            let cut = m.span.start + first.len();
            out.push(Mention { span: Span::new(m.span.start, cut), kind: EntityKind::Loc });
            out.push(Mention { span: Span::new(cut + 1, m.span.end), kind: EntityKind::Per });
        } else if place_last && !place {
            let cut = m.span.end - last.len();
            out.push(Mention { span: Span::new(m.span.start, cut - 1), kind: EntityKind::Per });
            out.push(Mention { span: Span::new(cut, m.span.end), kind: EntityKind::Loc });
        } else {
            out.push(m);
        }
    }
    *mentions = out;
}

/// Words that join a person's name to the next word of it: "بن" (son of), "آل" (family of).
static NAME_LINKS: crate::text::normalize::FoldedWords = crate::text::normalize::FoldedWords::new(&[
    "بن", "بنت", "ابن", "آل", "أبو", "عبد", // Arabic: son, daughter, family, father, servant of
    "فون", "فان", "دير", "دي", "دو", // European particles: "أورسولا فون دير لاين"
]);

/// A person whose name ends in a link word goes on to the next word: "تركي آل الشيخ", where
/// the tagger stopped before "الشيخ" (also a title).
fn finish_links(doc: &Document, mentions: &mut [Mention]) {
    let tokens = &doc.tokens;
    let mut next_start = usize::MAX;
    for m in mentions.iter_mut().rev() {
        // Links may follow each other ("فون دير لاين"): at most three.
        for _ in 0..3 {
            let last = tokens.partition_point(|t| t.span.end <= m.span.end.saturating_sub(1));
            let ends_link = m.kind == EntityKind::Per
                && tokens.get(last).is_some_and(|t| t.span.end == m.span.end)
                && m.span.of(doc.text).contains(' ')
                && NAME_LINKS.contains_folded(doc.folded(last));
            let Some(next) = tokens.get(last + 1).filter(|_| ends_link) else { break };
            let word = next.span.of(doc.text);
            let free = next.span.end <= next_start;
            if !(free && crate::unknown_names::is_arabic(word) && doc.only_spaces_between(m.span.end, next.span.start))
            {
                break;
            }
            m.span = Span::new(m.span.start, next.span.end);
        }
        next_start = m.span.start;
    }
}

/// A person that is only a compound given name ("عبد الحميد", "عبد المجيد") takes the family
/// name after it, which the tagger, having never seen it, left out: "عبد الحميد الدبيبة". The
/// word must be unseen, or definite with an unseen stem (a family name with the article); an
/// ordinary word ("الثلاثاء", "الثاني") or a verb is no family name.
fn finish_compound_given_names(doc: &Document, lexicon: &crate::ner::lexicon::Lexicon, mentions: &mut [Mention]) {
    let tokens = &doc.tokens;
    for i in 0..mentions.len() {
        let m = mentions[i];
        let first = tokens.partition_point(|t| t.span.end <= m.span.start);
        let compound = m.kind == EntityKind::Per
            && tokens.get(first + 1).is_some_and(|t| t.span.end == m.span.end)
            && tokens[first].span.start == m.span.start
            && doc.folded(first) == "عبد"
            && doc.folded(first + 1).starts_with("ال");
        let Some(next) = tokens.get(first + 2).filter(|_| compound) else { continue };
        let free = mentions.get(i + 1).is_none_or(|n| n.span.start >= next.span.end);
        let word = next.span.of(doc.text);
        let folded = doc.folded(first + 2);
        let family = if folded.starts_with("ال") {
            crate::unknown_names::is_unseen_definite(lexicon, folded)
        } else {
            is_unknown_name(lexicon, word)
        };
        if free && family && doc.only_spaces_between(m.span.end, next.span.start) {
            mentions[i].span = Span::new(m.span.start, next.span.end);
        }
    }
}

/// A person of one or two words takes one unseen word right after it: the tagger, having seen
/// neither, often ends a foreign name at its given name ("زنتوفا بلوكا", "كايا كالاس"). Not a
/// word with و (a list's next name), nor a place or organisation of the gazetteer.
fn take_unseen_family_names(
    doc: &Document,
    lexicon: &crate::ner::lexicon::Lexicon,
    mentions: &mut [Mention],
    pairs: &mut Option<WordPairs>,
) {
    let Some(g) = doc.model(Lang::Ar).map(|m| &m.gazetteer) else { return };
    let place_or_org = g.class_bit("loc") | g.class_bit("org");
    let tokens = &doc.tokens;
    for i in 0..mentions.len() {
        let m = mentions[i];
        if m.kind != EntityKind::Per || m.span.of(doc.text).split(' ').count() > 2 {
            continue;
        }
        // A lone place nisba is an adjective the tagger misread ("الغاز [الجزائري] ظلت"), and
        // a family name ends a name: neither takes the word after it.
        let folded = fold(m.span.of(doc.text));
        if folded.starts_with("ال") && crate::ner::nisba::is_place_nisba(g, &folded) {
            continue;
        }
        let next = tokens.partition_point(|t| t.span.start < m.span.end);
        let Some(t) = tokens.get(next) else { continue };
        let word = t.span.of(doc.text);
        let free = mentions.get(i + 1).is_none_or(|n| n.span.start >= t.span.end);
        let folded_next = doc.folded(next);
        let plain = !folded_next.starts_with('و') && g.classes_of(Fnv::new().str(folded_next)) & place_or_org == 0;
        // A word the lexicon reads as an ordinary one only by an ending it strips (not as it
        // stands: "في", "أن") still ends a foreign name that the document writes twice with it:
        // "غونزالو فارغاس يوسا" … "فارغاس يوسا" (يوس + ا).
        let mut by_ending = || {
            is_inflected_ordinary(lexicon, word)
                && !is_plain_ordinary(lexicon, word)
                && !is_only_a_verb(lexicon, word)
                && written_twice(doc, pairs, doc.folded(next - 1), folded_next)
        };
        let unseen = plain && (is_unknown_name(lexicon, word) || by_ending());
        if free && unseen && doc.only_spaces_between(m.span.end, t.span.start) {
            mentions[i].span = Span::new(m.span.start, t.span.end);
        }
    }
}

/// Counts of adjacent word pairs, by their folded forms' hashes.
type WordPairs = std::collections::HashMap<(u64, u64), u32>;

/// Whether folded words `first` and `second` stand side by side at least twice in `doc`;
/// `pairs` is counted on first use. Only a `second` with an ending the lexicon strips is
/// counted (see [`word_pairs`]).
fn written_twice(doc: &Document, pairs: &mut Option<WordPairs>, first: &str, second: &str) -> bool {
    let pairs = pairs.get_or_insert_with(|| word_pairs(doc));
    let key = (Fnv::new().str(first).value(), Fnv::new().str(second).value());
    pairs.get(&key).is_some_and(|&n| n >= 2)
}

/// How often each two adjacent words (folded, with only a space between) occur in `doc`, for
/// second words with an ending the lexicon strips (the only ones asked about).
fn word_pairs(doc: &Document) -> WordPairs {
    let mut pairs = std::collections::HashMap::new();
    for t in 1..doc.tokens.len() {
        let ending = crate::unknown_names::ENDINGS.iter().any(|e| doc.folded(t).ends_with(e));
        if ending && doc.only_spaces_between(doc.tokens[t - 1].span.end, doc.tokens[t].span.start) {
            let key = (Fnv::new().str(doc.folded(t - 1)).value(), Fnv::new().str(doc.folded(t)).value());
            *pairs.entry(key).or_insert(0) += 1;
        }
    }
    pairs
}

/// Extends each person over one unseen name right before it: a one-word mention of another type
/// (the tagger calls the given name a place: "نيجيرفان" LOC + "بارزاني" PER), or an untagged
/// given name of the name lists. Unseen means in no Arabic word list and no place or
/// organisation of the gazetteer. An untagged word needs the list: Arabic's word lists miss
/// many inflected verbs ("عقدت هيرمان"), which would otherwise open names.
fn extend_people(doc: &Document, mentions: &mut Vec<Mention>) {
    let Some(lexicon) = arabic_lexicon(doc) else { return };
    let Some(g) = doc.model(Lang::Ar).map(|m| &m.gazetteer) else { return };
    let place_or_org = g.class_bit("loc") | g.class_bit("org");
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    for &m in mentions.iter() {
        let first = doc.tokens.partition_point(|t| t.span.end <= m.span.start);
        let starts_token = doc.tokens.get(first).is_some_and(|t| t.span.start == m.span.start);
        let before = first
            .checked_sub(1)
            .filter(|_| m.kind == EntityKind::Per && starts_token)
            .filter(|&b| doc.only_spaces_between(doc.tokens[b].span.end, m.span.start));
        let Some(b) = before else {
            out.push(m);
            continue;
        };
        let word = doc.tokens[b].span;
        // "باسمه" (on his behalf) folds like the given name "باسمة".
        if crate::ner::spans::by_the_name(doc, b) || crate::ner::spans::is_regime_word(doc.folded(b)) {
            out.push(m);
            continue;
        }
        let unseen = is_unknown_name(lexicon, word.of(doc.text))
            && g.classes_of(Fnv::new().str(doc.folded(b))) & place_or_org == 0;
        // The word is free, or exactly a one-word mention of another type just before.
        let previous = out.last().filter(|p| p.span.end > word.start);
        // Not a name the document gives that type elsewhere: "شركة مايكروسوفت" … "رئيس
        // مايكروسوفت براد سميث" is the company and its head.
        let named_so_elsewhere = |p: &Mention| {
            let folded = fold(p.span.of(doc.text));
            mentions.iter().any(|o| o.span != p.span && o.kind == p.kind && fold(o.span.of(doc.text)) == folded)
        };
        let alone = previous.is_some_and(|p| p.span == word && p.kind != EntityKind::Per && !named_so_elsewhere(p));
        let given = g.classes_of(Fnv::new().str(doc.folded(b))) & g.class_bit("first") != 0;
        // A given name the lexicon also knows ("وليد", newborn) still opens a name of three
        // parts when the person's own first word is a given name: "وليد جمال الدين".
        let first_given =
            first < doc.tokens.len() && g.classes_of(Fnv::new().str(doc.folded(first))) & g.class_bit("first") != 0;
        let given_pair = given && first_given && m.span.of(doc.text).contains(' ') && !doc.folded(b).starts_with("ال");
        if (unseen || given_pair) && (previous.is_none() && given || alone) {
            if alone {
                out.pop();
            }
            out.push(Mention { span: Span::new(word.start, m.span.end), kind: EntityKind::Per });
        } else {
            out.push(m);
        }
    }
    *mentions = out;
}

/// Whether a person's first word ends a minister's portfolio: "وزير السياحة والآثار شريف
/// فتحي" gives `الآثار شريف فتحي` once the clitic و is cut. The word is written و + article,
/// after another definite word, and is an ordinary word.
fn joins_a_portfolio(doc: &Document, lexicon: &crate::ner::lexicon::Lexicon, span: Span) -> bool {
    let first = doc.tokens.partition_point(|t| t.span.end <= span.start);
    let Some(token) = doc.tokens.get(first) else { return false };
    let word = token.span.of(doc.text);
    let before = first.checked_sub(1).map(|t| fold(doc.word(t)));
    let ordinary = !crate::unknown_names::is_unknown_name(lexicon, word.strip_prefix("وال").unwrap_or(word));
    word.starts_with("وال")
        && span.of(doc.text).contains(' ')
        && before.is_some_and(|b| b.starts_with("ال") && b.chars().count() > 3)
        && ordinary
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, name: &str) -> String {
        run_as(text, name, EntityKind::Per)
    }

    fn run_as(text: &str, name: &str, kind: EntityKind) -> String {
        let doc = Document::new(text, Some(Lang::Ar));
        let start = text.find(name).unwrap();
        let mut mentions = vec![Mention { span: Span::new(start, start + name.len()), kind }];
        trim(&doc, &mut mentions);
        mentions[0].span.of(text).to_string()
    }

    #[test]
    fn a_place_run_over_wa_into_the_next_place_is_two_places() {
        let text = "الجزائر ستبقى شريكا موثوقا لإيطاليا ولأوروبا، ونحن مستعدون";
        let got = crate::ner::run_rule(text, Lang::Ar, &[("إيطاليا ولأوروبا", EntityKind::Loc)], trim);
        assert_eq!(got, [("إيطاليا".to_string(), EntityKind::Loc), ("أوروبا".to_string(), EntityKind::Loc)]);
        // A listed name with و inside stays whole.
        let text = "زار البوسنة والهرسك أمس";
        let got = crate::ner::run_rule(text, Lang::Ar, &[("البوسنة والهرسك", EntityKind::Loc)], trim);
        assert_eq!(got, [("البوسنة والهرسك".to_string(), EntityKind::Loc)]);
    }

    #[test]
    fn a_listed_place_before_a_given_name_is_no_part_of_the_person() {
        let text = "بينما قال حاكم مصرف لبنان كريم سعيد إن المشروع";
        let got = crate::ner::run_rule(text, Lang::Ar, &[("لبنان كريم سعيد", EntityKind::Per)], split_leading_places);
        assert_eq!(got, [("لبنان".to_string(), EntityKind::Loc), ("كريم سعيد".to_string(), EntityKind::Per)]);
        let text = "قالت جورجيا ميلوني إن بلادها ستزيد وارداتها. ومن المنتظر أن تزور ميلوني الجزائر مطلع الشهر";
        let named = [("جورجيا ميلوني", EntityKind::Per), ("ميلوني الجزائر", EntityKind::Per)];
        let got = crate::ner::run_rule(text, Lang::Ar, &named, split_leading_places);
        assert_eq!(got[1..], [("ميلوني".to_string(), EntityKind::Per), ("الجزائر".to_string(), EntityKind::Loc)]);
        // Not in a first mention.
        let text = "ومن المنتظر أن تزور ميلوني الجزائر مطلع الشهر";
        let got = crate::ner::run_rule(text, Lang::Ar, &[("ميلوني الجزائر", EntityKind::Per)], split_leading_places);
        assert_eq!(got, [("ميلوني الجزائر".to_string(), EntityKind::Per)]);
        // A family name of the lists stays: "عبد القادر الجزائري" is no place.
        let text = "قال جورجيا ميلوني إن";
        let got = crate::ner::run_rule(text, Lang::Ar, &[("جورجيا ميلوني", EntityKind::Per)], split_leading_places);
        assert_eq!(got, [("جورجيا ميلوني".to_string(), EntityKind::Per)]);
    }

    #[test]
    fn a_word_with_a_clitic_and_the_article_ends_a_persons_name() {
        assert_eq!(run("رحب رئيس الوزراء محمد مصطفى بالمؤتمر", "محمد مصطفى بالمؤتمر"), "محمد مصطفى");
        assert_eq!(run("قال عبد الله الثاني", "عبد الله الثاني"), "عبد الله الثاني");
    }

    #[test]
    fn a_name_ending_in_a_link_word_takes_the_next_word() {
        assert_eq!(run("أعلن رئيس الهيئة تركي آل الشيخ أن", "تركي آل"), "تركي آل الشيخ");
        assert_eq!(run("وقال محمد بن سلمان إن", "محمد بن"), "محمد بن سلمان");
        assert_eq!(run("وقالت أورسولا فون دير لاين إن", "أورسولا فون"), "أورسولا فون دير لاين");
        // Not over punctuation, nor when the name ends elsewhere.
        assert_eq!(run("وقال محمد بن، ثم", "محمد بن"), "محمد بن");
        assert_eq!(run("وقال عمرو دياب إن", "عمرو دياب"), "عمرو دياب");
    }

    #[test]
    fn an_inflected_word_after_a_name_is_cut_off() {
        assert_eq!(run("وسجل مبابي هدفين في المباراة", "مبابي هدفين"), "مبابي");
        assert_eq!(run("وعقد ماكرون اجتماعا", "ماكرون اجتماعا"), "ماكرون");
        assert_eq!(run_as("إن شركة نوفارتيس تأخرت", "نوفارتيس تأخرت", EntityKind::Org), "نوفارتيس");
        // A noun with a pronoun before the name: "his meeting (with) Blinken"; not a given name
        // that reads as one.
        assert_eq!(run("وعقب لقائه بلينكن أكد", "لقائه بلينكن"), "بلينكن");
        assert_eq!(run("وفازت الكاتبة جوخة الحارثي بالجائزة", "جوخة الحارثي"), "جوخة الحارثي");
        // A minister's portfolio of two parts: the second is no part of the name.
        assert_eq!(run("بحضور وزير السياحة والآثار شريف فتحي", "الآثار شريف فتحي"), "شريف فتحي");
        // And after a conjunction: "and its captain".
        assert_eq!(
            run("بقيادة مدربها فلاديمير بيتكوفيتش وقائدها رياض", "فلاديمير بيتكوفيتش وقائدها"),
            "فلاديمير بيتكوفيتش"
        );
        // A present-tense letter before three letters is a foreign name's syllable, no verb.
        assert_eq!(run("مع المدرب باب تياو، إلى جانب", "باب تياو"), "باب تياو");
        // A compound given name keeps the family name after it, even one that reads as a verb.
        assert_eq!(run("أعلن الرئيس عبد المجيد تبون أمس", "عبد المجيد تبون"), "عبد المجيد تبون");
        // So do a listed given name and a listed family name, and a link word ("أبو").
        assert_eq!(run("وقال الروائي محمد سمير ندا إن", "محمد سمير ندا"), "محمد سمير ندا");
        assert_eq!(run("وأكد السفير رضا نجفي أن", "رضا نجفي"), "رضا نجفي");
        assert_eq!(run("وقال الناطق نبيل أبو ردينة إن", "نبيل أبو ردينة"), "نبيل أبو ردينة");
        // A verb and an ordinary noun are no name.
        let text = "القاهرة - فاز فيلم \"الحياة بعد سهام\" بجائزة";
        let got = crate::ner::run_rule(text, Lang::Ar, &[("فاز فيلم", EntityKind::Org)], trim);
        assert_eq!(got, []);
    }

    #[test]
    fn a_person_takes_a_given_name_or_a_mistyped_word_before_it() {
        let text = "استقبل رئيس إقليم كردستان نيجيرفان بارزاني وفدا";
        let model = [("كردستان", EntityKind::Loc), ("نيجيرفان", EntityKind::Loc), ("بارزاني", EntityKind::Per)];
        let got = crate::ner::run_rule(text, Lang::Ar, &model, trim);
        assert_eq!(got, [("كردستان".to_string(), EntityKind::Loc), ("نيجيرفان بارزاني".to_string(), EntityKind::Per)]);
        // Not a word the document names as something else elsewhere: the company and its head.
        let text = "أعلنت شركة مايكروسوفت الصفقة، وقال رئيس مايكروسوفت براد سميث إنها مهمة";
        let doc = Document::new(text, Some(Lang::Ar));
        let first = text.find("مايكروسوفت").unwrap();
        let second = text.rfind("مايكروسوفت").unwrap();
        let person = text.find("براد سميث").unwrap();
        let mut mentions = vec![
            Mention { span: Span::new(first, first + "مايكروسوفت".len()), kind: EntityKind::Org },
            Mention { span: Span::new(second, second + "مايكروسوفت".len()), kind: EntityKind::Org },
            Mention { span: Span::new(person, person + "براد سميث".len()), kind: EntityKind::Per },
        ];
        trim(&doc, &mut mentions);
        let got: Vec<&str> = mentions.iter().map(|m| m.span.of(text)).collect();
        assert_eq!(got, ["مايكروسوفت", "مايكروسوفت", "براد سميث"]);
        // An untagged verb the word lists miss does not open the name.
        assert_eq!(run("في طبعته الأولى عندما عقدت هيرمان مؤتمرا", "هيرمان"), "هيرمان");
    }

    #[test]
    fn told_a_listed_organisation_is_no_part_of_the_name() {
        assert_eq!(run("وقال محمد صدقي لرويترز إن الشحنات تأخرت", "محمد صدقي لرويترز"), "محمد صدقي");
    }

    #[test]
    fn the_preposition_ala_opens_no_name() {
        assert_eq!(run("ويعول أيضا على إبراهيم دياز في المباراة", "على إبراهيم دياز"), "إبراهيم دياز");
        // Egyptian spelling writes "في" as "فى" and may write Ali "على": left alone there.
        assert_eq!(run("وقال على عبد العال فى بيان", "على عبد العال"), "على عبد العال");
        assert_eq!(run("وقال علي عبد العال في بيان", "علي عبد العال"), "علي عبد العال");
        // Alone, it is no name at all.
        let text = "تظاهروا في العاصمة احتجاجا على ما جرى";
        assert!(crate::ner::run_rule(text, Lang::Ar, &[("على", EntityKind::Per)], trim).is_empty());
        // At the end, it starts what follows the name.
        assert_eq!(run("وتفوق ندا على خمسة روائيين في القائمة", "ندا على"), "ندا");
        assert_eq!(run("وتفوق ندا على خمسة روائيين فى القائمة", "ندا على"), "ندا على");
    }

    #[test]
    fn a_verb_in_the_future_ends_a_name() {
        assert_eq!(run("وقال كاتس إن الحوثيين سيواصلون دفع الثمن", "الحوثيين سيواصلون"), "الحوثيين");
    }

    #[test]
    fn a_family_name_the_document_writes_twice_is_taken_though_it_reads_as_a_word() {
        let text = "أعلن غونزالو فارغاس يوسا أمس. وقال فارغاس يوسا إن";
        let got = crate::ner::run_rule(text, Lang::Ar, &[("غونزالو فارغاس", EntityKind::Per)], trim);
        assert_eq!(got, [("غونزالو فارغاس يوسا".to_string(), EntityKind::Per)]);
        // Once only, it may be an ordinary word after the name.
        assert_eq!(run("أعلن غونزالو فارغاس يوسا أمس", "غونزالو فارغاس"), "غونزالو فارغاس");
    }

    #[test]
    fn a_lone_nisba_takes_no_word_after_it() {
        assert_eq!(run("إن إمدادات الغاز الجزائري ظلت مستقرة", "الجزائري"), "الجزائري");
    }

    #[test]
    fn a_short_person_takes_one_unseen_word_after_it() {
        if crate::unknown_names::lexicon_of_model().is_none() {
            return;
        }
        assert_eq!(run("وقال السفير زنتوفا كرابيتش إن", "زنتوفا"), "زنتوفا كرابيتش");
        // Not an ordinary word, a list's next name, or a listed place.
        assert_eq!(run("وقال زنتوفا أمس إن", "زنتوفا"), "زنتوفا");
        assert_eq!(run("التقى زنتوفا وكرابيتش", "زنتوفا"), "زنتوفا");
        assert_eq!(run("التقى زنتوفا بغداد", "زنتوفا"), "زنتوفا");
    }

    #[test]
    fn a_given_name_before_a_person_of_given_names_opens_it() {
        if crate::unknown_names::lexicon_of_model().is_none() {
            return;
        }
        let text = "ورئيس الهيئة وليد جمال الدين توسعات";
        assert_eq!(run(text, "جمال الدين"), "وليد جمال الدين");
    }

    #[test]
    fn a_compound_given_name_takes_an_unseen_family_name() {
        if crate::unknown_names::lexicon_of_model().is_none() {
            return;
        }
        let text = "التقت رئيس الحكومة عبد الحميد الدبيبة في طرابلس";
        assert_eq!(run(text, "عبد الحميد"), "عبد الحميد الدبيبة");
        // A day, an ordinal or a preposition after it is no family name.
        assert_eq!(run("قال عبد الرحمن الثلاثاء إن", "عبد الرحمن"), "عبد الرحمن");
        assert_eq!(run("قال عبد الله الثاني في عمان", "عبد الله"), "عبد الله");
        assert_eq!(run("وصل عبد الله إلى عمان", "عبد الله"), "عبد الله");
    }

    #[test]
    fn spelled_letters_are_no_person() {
        let text = "المطورة لبرنامج تشات جي بي تي";
        let doc = Document::new(text, Some(Lang::Ar));
        let start = text.find("بي تي").unwrap();
        let mut mentions = vec![Mention { span: Span::new(start, start + "بي تي".len()), kind: EntityKind::Per }];
        trim(&doc, &mut mentions);
        assert_eq!(mentions, []);
    }

    #[test]
    fn names_and_single_words_are_kept() {
        assert_eq!(run("قال صدام حسين", "صدام حسين"), "صدام حسين");
        assert_eq!(run("قال عبد الله الثاني", "عبد الله الثاني"), "عبد الله الثاني");
        assert_eq!(run("قال اجتماعا", "اجتماعا"), "اجتماعا");
        assert_eq!(run("قال يزيد", "يزيد"), "يزيد");
        assert_eq!(run("التقى الملك عبدالله والحسن بن طلال", "الحسن بن طلال"), "الحسن بن طلال");
        let company = "شركة الخليج للاستثمارات";
        assert_eq!(run_as(company, "الخليج للاستثمارات", EntityKind::Org), "الخليج للاستثمارات");
    }
}
