//! Coordinated names the tagger joined into one mention: "Microsoft and Nvidia", "Melk and
//! Krems", "Sunak and Scholz". CoNLL-2003 has far more long names with "and" inside ("Securities
//! and Exchange Commission", "Trinidad and Tobago") than coordinations of unseen names, so the
//! model learned to run through "and" between capitalised words.
//!
//! A name with "and" in it cannot be told from two names by its shape, so the split needs
//! evidence that the parts are names on their own: the document mentions them alone ("Krems"
//! later on; "Scholz" as the surname of "Olaf Scholz") or the gazetteer lists them. Names that
//! really contain "and" ("Procter and Gamble", "Marks and Spencer") have parts that rarely
//! stand alone, and the gazetteer vouches for the whole ("Bosnia and Herzegovina"). "&" never
//! splits: it joins company names ("Johnson & Johnson", "AT&T").

use std::collections::HashMap;
use std::ops::Range;

use super::{gazetteer, gazetteer_kind, is_english, is_first_name, key_of, person_shaped, tokens_of, Alone};
use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::gazetteer::Gazetteer;
use crate::ner::Mention;
use crate::span::Span;
use crate::text::normalize::fold;
use crate::text::TokenKind;

/// Longest part, in tokens ("Kansai International Airport"); longer runs are descriptions.
const MAX_PART_TOKENS: usize = 4;

/// Splits coordinated names into one mention per name (see the module comment).
pub fn split(doc: &Document, mentions: &mut Vec<Mention>) {
    let Some(g) = gazetteer(doc) else { return };
    // Most documents have no candidate: skip the work then.
    let has_and = |m: &Mention| m.span.of(doc.text).split_whitespace().any(is_conjunction);
    if !mentions.iter().any(has_and) {
        return;
    }
    let alone = names_alone(doc, mentions);
    let mut out = Vec::with_capacity(mentions.len());
    for m in mentions.drain(..) {
        match has_and(&m).then(|| split_one(doc, g, &alone, &m)).flatten() {
            Some(parts) => out.extend(parts),
            None => out.push(m),
        }
    }
    *mentions = out;
}

/// "and", or "or" ("Arab or African filmmakers"), which no name has inside.
fn is_conjunction(word: &str) -> bool {
    word == "and" || word == "or"
}

/// Fewest names in a list before its majority type overrules the others.
const MIN_LIST: usize = 3;
/// Fewest names joined by commas alone that make a list without a final "and".
const MIN_COMMA_LIST: usize = 4;

/// Lists of separately tagged names ("Nvidia, Microsoft and Alphabet"; "Lebanon, Syria and
/// Jordan") name things of one kind: when most of a list of three or more has one type, the
/// rest take it, unless the gazetteer lists them with their own type or the change would swap
/// people and places ([`may_become`]). A list is names joined by commas and one final "and",
/// or by commas alone when there are four or more; a few names between commas are appositions
/// as often ("Santa Barbara, California, Dole said"; "Marseille and Monaco, Emon, 43").
/// Whatever the list's size, a name shaped like a given name and a surname is a person when
/// another member is, and a name takes the gazetteer's type when another member has it.
pub fn agree(doc: &Document, mentions: &mut [Mention]) {
    let Some(g) = gazetteer(doc) else { return };
    let mut alone = None;
    let mut start = 0;
    while start < mentions.len() {
        let mut end = start + 1;
        while end < mentions.len() && link(doc, &mentions[end - 1], &mentions[end]) == Some(Link::Comma) {
            end += 1;
        }
        // "in West Bengal and M.K. Stalin's party": the name after "and" owns what is listed,
        // so it is no partner of the names before.
        let possessive = |m: &Mention| doc.text[m.span.end..].starts_with(['\'', '’']);
        let is_list = end < mentions.len()
            && link(doc, &mentions[end - 1], &mentions[end]) == Some(Link::And)
            && !possessive(&mentions[end]);
        if is_list {
            end += 1;
        }
        // A long run of commas is a list too (a team sheet: "Houghton, McLoughlin, Staunton, …").
        let is_list = is_list || end - start >= MIN_COMMA_LIST;
        if is_list && end - start >= 2 && is_english(doc, tokens_of(doc, mentions[start].span).start) {
            settle_list(doc, g, &mut alone, &mut mentions[start..end]);
        }
        start = end;
    }
}

/// Types one list: people with people, then the majority type (see [`agree`]).
fn settle_list<'t>(doc: &Document<'t>, g: &Gazetteer, alone: &mut Option<Alone<'t>>, list: &mut [Mention]) {
    // People are listed with people: in "Kamala Harris and Donald Trump" (PER, LOC) a name
    // shaped like a person's, with a given name or called by its surname elsewhere, is one too.
    if list.iter().any(|m| m.kind == EntityKind::Per) {
        for m in list.iter_mut().filter(|m| m.kind != EntityKind::Per) {
            let tokens = tokens_of(doc, m.span);
            // A curated organisation stays one ("Oscar Piastri and Red Bull's Max Verstappen").
            if !person_shaped(doc, g, tokens.clone()) || crate::names::is_curated_organisation(m.span.of(doc.text)) {
                continue;
            }
            let alone = alone.get_or_insert_with(|| Alone::new(doc));
            if is_first_name(g, &fold(doc.word(tokens.start))) || alone.called_by_surname(doc, tokens) {
                m.kind = EntityKind::Per;
            }
        }
    }
    // The gazetteer and a partner agree on a type the tagger missed: "Google and Apple" (LOC,
    // ORG) with both in the organisation list. Not for places: city names are also clubs'
    // names ("wins for Wasps and Bristol").
    let kinds: Vec<EntityKind> = list.iter().map(|m| m.kind).collect();
    for (i, m) in list.iter_mut().enumerate() {
        let own = gazetteer_kind(g, &key_of(doc, tokens_of(doc, m.span)));
        if let Some(own) = own.filter(|&k| k != m.kind && k != EntityKind::Loc) {
            if kinds.iter().enumerate().any(|(j, &k)| j != i && k == own) {
                m.kind = own;
            }
        }
    }
    if list.len() < MIN_LIST {
        return;
    }
    let mut votes = [0usize; 4];
    for m in list.iter() {
        votes[m.kind as usize] += 1;
    }
    if let Some(major) = (0..4).find(|&k| 2 * votes[k] > list.len()) {
        let major = EntityKind::ALL[major];
        // An apposition inside a list of people ("Grassley, Republican of Iowa, and Leahy") is
        // a description, with lowercase words, not a name of the list's kind.
        let description =
            |m: &Mention| m.span.of(doc.text).split_whitespace().any(|w| w.starts_with(char::is_lowercase));
        for m in list.iter_mut().filter(|m| m.kind != major && !description(m) && may_become(m.kind, major)) {
            // Only a name written like a person's joins a list of people ("the DOJ, Lynch, and
            // Gupta": DOJ stays an organisation).
            if major == EntityKind::Per && !could_be_person(doc, g, tokens_of(doc, m.span)) {
                continue;
            }
            let own = gazetteer_kind(g, &key_of(doc, tokens_of(doc, m.span)));
            if own != Some(m.kind) {
                m.kind = major;
            }
        }
    }
}

/// Whether the tokens are written like a person's name: one word written as a name (not an
/// acronym) and not a place or company the gazetteer lists, or a given name and a surname
/// ([`person_shaped`]).
fn could_be_person(doc: &Document, g: &Gazetteer, tokens: Range<usize>) -> bool {
    match tokens.len() {
        1 => {
            let word = doc.word(tokens.start);
            let written_as_name = word.starts_with(char::is_uppercase)
                && word.chars().any(char::is_lowercase)
                && word.chars().all(|c| c.is_alphabetic() || c == '\'' || c == '’' || c == '-');
            written_as_name && gazetteer_kind(g, &key_of(doc, tokens)).is_none_or(|k| k == EntityKind::Per)
        }
        2 => person_shaped(doc, g, tokens),
        _ => false,
    }
}

/// Whether the majority of a list may retype a member of type `from` as `to`. A place or a
/// group before a list of people is its setting, not a member ("judges in Washington, Sri
/// Srinivasan and Merrick Garland"; "Among Republicans, Donald Trump and Ted Cruz"), and a
/// first name in a list of places is still a person ("their children, Adam, Salma and
/// Aliya"); so people and places, and groups (MISC) turned people or places, never swap.
fn may_become(from: EntityKind, to: EntityKind) -> bool {
    use EntityKind::{Loc, Misc, Per};
    !matches!((from, to), (Loc, Per) | (Per, Loc) | (Misc, Per) | (Misc, Loc))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Link {
    Comma,
    And,
}

/// What joins two mentions: only ", " or " and " / ", and " between them.
fn link(doc: &Document, a: &Mention, b: &Mention) -> Option<Link> {
    let between = doc.text.get(a.span.end..b.span.start)?;
    if !between.starts_with([' ', ',']) || !between.ends_with(' ') {
        return None;
    }
    let words: Vec<&str> = between.split_whitespace().collect();
    match words.as_slice() {
        [","] => Some(Link::Comma),
        ["and"] | [",", "and"] | [",and"] => Some(Link::And),
        _ => None,
    }
}

/// How often the document gives each name (folded words) each type on its own: every
/// mention as it stands, and the surname of every person named in full.
fn names_alone(doc: &Document, mentions: &[Mention]) -> HashMap<String, [u32; 4]> {
    let mut alone: HashMap<String, [u32; 4]> = HashMap::new();
    for m in mentions {
        let tokens = tokens_of(doc, m.span);
        if tokens.is_empty() {
            continue;
        }
        alone.entry(key_of(doc, tokens.clone())).or_default()[m.kind as usize] += 1;
        if m.kind == EntityKind::Per && tokens.len() >= 2 {
            alone.entry(key_of(doc, tokens.end - 1..tokens.end)).or_default()[m.kind as usize] += 1;
        }
    }
    alone
}

/// The mentions one coordination splits into, or `None` to keep it whole.
fn split_one(doc: &Document, g: &Gazetteer, alone: &HashMap<String, [u32; 4]>, m: &Mention) -> Option<Vec<Mention>> {
    let tokens = tokens_of(doc, m.span);
    if tokens.len() < 3 || !is_english(doc, tokens.start) {
        return None;
    }
    let parts = parts(doc, tokens.clone())?;
    // The gazetteer knows the whole name: "Bosnia and Herzegovina", "Trinidad and Tobago".
    if gazetteer_kind(g, &key_of(doc, tokens)).is_some() {
        return None;
    }
    let keys: Vec<String> = parts.iter().map(|p| key_of(doc, p.clone())).collect();
    if keys.iter().all(|k| *k == keys[0]) {
        return None; // "Johnson and Johnson"
    }
    // A curated organisation or place counts as standing alone too: "BNP Paribas and Deutsche
    // Bank", "Kupiansk and Vovchansk".
    // So does a body named "X of Y" after an organisation's head ("Department of Justice").
    let curated = |p: &std::ops::Range<usize>| {
        let name = Span::new(doc.tokens[p.start].span.start, doc.tokens[p.end - 1].span.end).of(doc.text);
        let head = p.clone().any(|t| doc.word(t) == "of")
            && crate::ner::triggers::classes(&fold(doc.word(p.start))) & crate::ner::triggers::ORG_HEAD != 0;
        if crate::names::is_curated_organisation(name) || head {
            Some(EntityKind::Org)
        } else {
            crate::names::is_curated_english_place(name).then_some(EntityKind::Loc)
        }
    };
    let evidence: Vec<Option<EntityKind>> = keys
        .iter()
        .zip(&parts)
        .map(|(k, p)| alone.get(k).map(most_frequent).or_else(|| gazetteer_kind(g, k)).or_else(|| curated(p)))
        .collect();
    let known = evidence.iter().filter(|e| e.is_some()).count();
    let single_words = parts.iter().all(|p| p.len() == 1);
    // Every part stands alone somewhere; for one-word parts ("Melk and Krems") one is enough.
    if known < parts.len() && !(single_words && known > 0) {
        return None;
    }
    let kind = shared_kind(m.kind, &evidence);
    Some(
        parts
            .into_iter()
            .map(|p| Mention { span: Span::new(doc.tokens[p.start].span.start, doc.tokens[p.end - 1].span.end), kind })
            .collect(),
    )
}

/// The parts of a coordination "A and B" / "A, B and C" (token ranges), when every part is a
/// short run of capitalised words; `None` when the span is not one.
fn parts(doc: &Document, tokens: Range<usize>) -> Option<Vec<Range<usize>>> {
    let mut parts = Vec::new();
    let mut start = tokens.start;
    let mut saw_and = false;
    for t in tokens.clone() {
        let word = doc.word(t);
        let comma = word == "," && doc.tokens[t].kind == TokenKind::Punct;
        if is_conjunction(word) || comma {
            saw_and |= is_conjunction(word);
            if t == tokens.start {
                return None;
            }
            if t > start {
                parts.push(start..t);
            }
            start = t + 1;
        } else if word == "the" && t == start && t > tokens.start {
            // "the Pentagon and the Department of Justice": the article opens the next part.
            start = t + 1;
        } else if !(is_name_word(doc, t) || word == "of" && t > start && t + 1 < tokens.end) {
            // A name's words, and "of" only inside a part ("Department of Justice").
            return None;
        }
    }
    if start >= tokens.end {
        return None;
    }
    parts.push(start..tokens.end);
    let short = parts.iter().all(|p| p.len() <= MAX_PART_TOKENS);
    (saw_and && short && parts.len() >= 2).then_some(parts)
}

/// A capitalised word that is not a function word ("The Stars and Stripes" stays whole).
fn is_name_word(doc: &Document, t: usize) -> bool {
    let word = doc.word(t);
    doc.tokens[t].kind == TokenKind::Word
        && word.chars().any(char::is_uppercase)
        && !crate::quotes::lexicon::en::is_capitalised_function_word(&word.to_lowercase())
}

fn most_frequent(counts: &[u32; 4]) -> EntityKind {
    let best = (0..4).max_by_key(|&i| (counts[i], std::cmp::Reverse(i))).unwrap_or(0);
    EntityKind::ALL[best]
}

/// One type for all parts (coordinated names are names of one kind): the tagger's type for the
/// whole and the type each part has on its own vote; on a tie the parts' own evidence wins, as
/// the tagger misread the whole ("Melk and Krems" ORG, "Krems" LOC elsewhere).
fn shared_kind(whole: EntityKind, evidence: &[Option<EntityKind>]) -> EntityKind {
    let mut votes = [0u32; 4];
    votes[whole as usize] += 1;
    for kind in evidence.iter().flatten() {
        votes[*kind as usize] += 1;
    }
    let is_evidence = |i: usize| evidence.iter().flatten().any(|k| *k as usize == i);
    let best = (0..4).max_by_key(|&i| (votes[i], is_evidence(i), std::cmp::Reverse(i))).unwrap_or(whole as usize);
    EntityKind::ALL[best]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    /// Mentions at the `nth` occurrence of each name, in text order.
    fn at(text: &str, names: &[(&str, usize, EntityKind)]) -> Vec<Mention> {
        let mut out: Vec<Mention> = names
            .iter()
            .map(|&(name, nth, kind)| {
                let start = text.match_indices(name).nth(nth).map(|(i, _)| i).expect("name in text");
                Mention { span: Span::new(start, start + name.len()), kind }
            })
            .collect();
        out.sort_by_key(|m| m.span.start);
        out
    }

    fn run(text: &str, mut mentions: Vec<Mention>) -> Vec<(&str, EntityKind)> {
        let doc = Document::new(text, Some(Lang::En));
        split(&doc, &mut mentions);
        mentions.iter().map(|m| (m.span.of(text), m.kind)).collect()
    }

    use EntityKind::{Loc, Org, Per};

    #[test]
    fn parts_known_alone_in_the_document_split_and_share_one_type() {
        let text = "Shares of Microsoft and Nvidia rose. Microsoft said Nvidia gained.";
        let got = run(text, at(text, &[("Microsoft and Nvidia", 0, Org), ("Microsoft", 1, Org), ("Nvidia", 1, Loc)]));
        assert_eq!(got, [("Microsoft", Org), ("Nvidia", Org), ("Microsoft", Org), ("Nvidia", Loc)]);
        // One known one-word part is enough, and its type beats the tagger's for the whole.
        let text = "Roads between Melk and Krems closed. Crews reached Krems.";
        let got = run(text, at(text, &[("Melk and Krems", 0, Org), ("Krems", 1, Loc)]));
        assert_eq!(got, [("Melk", Loc), ("Krems", Loc), ("Krems", Loc)]);
        // "or" joins names as "and" does.
        let text = "Films by Arab or African directors. Arab films won.";
        let got = run(text, at(text, &[("Arab or African", 0, EntityKind::Misc), ("Arab", 1, EntityKind::Misc)]));
        assert_eq!(got, [("Arab", EntityKind::Misc), ("African", EntityKind::Misc), ("Arab", EntityKind::Misc)]);
        // Three names, and a surname standing for a person named in full.
        let text = "Olaf Scholz met Sunak, Meloni and Scholz. Sunak left; Meloni stayed.";
        let got = run(
            text,
            at(
                text,
                &[("Olaf Scholz", 0, Per), ("Sunak, Meloni and Scholz", 0, Per), ("Sunak", 1, Org), ("Meloni", 1, Per)],
            ),
        );
        assert_eq!(got[1..4], [("Sunak", Per), ("Meloni", Per), ("Scholz", Per)]);
    }

    #[test]
    fn curated_organisations_and_places_split_a_coordination() {
        let text = "Shares of BNP Paribas and Deutsche Bank fell.";
        let got = run(text, at(text, &[("BNP Paribas and Deutsche Bank", 0, Org)]));
        assert_eq!(got, [("BNP Paribas", Org), ("Deutsche Bank", Org)]);
        let text = "Funding lapses for the Pentagon and the Department of Justice on Friday.";
        let got = run(text, at(text, &[("Pentagon and the Department of Justice", 0, Org)]));
        assert_eq!(got, [("Pentagon", Org), ("Department of Justice", Org)]);
        let text = "Troops advanced around Kupiansk and Vovchansk in the region.";
        let got = run(text, at(text, &[("Kupiansk and Vovchansk", 0, Org)]));
        assert_eq!(got, [("Kupiansk", Loc), ("Vovchansk", Loc)]);
    }

    #[test]
    fn names_with_and_in_them_stay_whole() {
        // No part stands alone.
        let text = "Procter and Gamble said profits rose at Marks and Spencer.";
        let got = run(text, at(text, &[("Procter and Gamble", 0, Org), ("Marks and Spencer", 0, Org)]));
        assert_eq!(got, [("Procter and Gamble", Org), ("Marks and Spencer", Org)]);
        // The gazetteer knows the whole, even though a part stands alone.
        let text = "Bosnia and Herzegovina beat Trinidad and Tobago. Bosnia led, Trinidad trailed.";
        let got = run(
            text,
            at(
                text,
                &[
                    ("Bosnia and Herzegovina", 0, Loc),
                    ("Trinidad and Tobago", 0, Loc),
                    ("Bosnia", 1, Loc),
                    ("Trinidad", 1, Loc),
                ],
            ),
        );
        assert_eq!(got[..2], [("Bosnia and Herzegovina", Loc), ("Trinidad and Tobago", Loc)]);
        // Repeated parts, "&", lowercase words inside, a long part with an unknown partner.
        let text = "Johnson and Johnson, Johnson & Johnson, Securities and Exchange Commission, \
                    Test and County Cricket Board. Johnson spoke. Test ended. Securities fell.";
        let mentions = at(
            text,
            &[
                ("Johnson and Johnson", 0, Org),
                ("Johnson & Johnson", 0, Org),
                ("Securities and Exchange Commission", 0, Org),
                ("Test and County Cricket Board", 0, Org),
                ("Johnson", 4, Per),
                ("Test", 1, EntityKind::Misc),
                ("Securities", 1, Org),
            ],
        );
        let got = run(text, mentions.clone());
        let want: Vec<(&str, EntityKind)> = mentions.iter().map(|m| (m.span.of(text), m.kind)).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn lists_of_names_share_their_majority_type() {
        let run_agree = |text: &str, names: &[(&str, usize, EntityKind)]| {
            let doc = Document::new(text, Some(Lang::En));
            let mut mentions = at(text, names);
            agree(&doc, &mut mentions);
            mentions.iter().map(|m| m.kind).collect::<Vec<_>>()
        };
        let text = "Targets for Nvidia, Microsoft and Alphabet rose.";
        assert_eq!(
            run_agree(text, &[("Nvidia", 0, Loc), ("Microsoft", 0, Org), ("Alphabet", 0, Org)]),
            [Org, Org, Org]
        );
        // A possessor after "and" is no partner: "in West Bengal and M.K. Stalin's party".
        let text = "attention to the party in West Bengal and M.K. Stalin's party.";
        assert_eq!(run_agree(text, &[("West Bengal", 0, Loc), ("M.K. Stalin", 0, Per)]), [Loc, Per]);
        // Two names, no majority, something else between, the gazetteer's own type.
        let text = "Nvidia and Meta fell.";
        assert_eq!(run_agree(text, &[("Nvidia", 0, Loc), ("Meta", 0, Org)]), [Loc, Org]);
        let text = "Nvidia, Microsoft or Alphabet; Apple, Intel and Sony.";
        let names = [
            ("Nvidia", 0, Loc),
            ("Microsoft", 0, Org),
            ("Alphabet", 0, Org),
            ("Apple", 0, Per),
            ("Intel", 0, Org),
            ("Sony", 0, Org),
        ];
        assert_eq!(run_agree(text, &names), [Loc, Org, Org, Org, Org, Org]);
        // The gazetteer's type, when a partner has it ("Amazon" is in the organisation list).
        let text = "Amazon and Meta fell.";
        assert_eq!(run_agree(text, &[("Amazon", 0, Loc), ("Meta", 0, Org)]), [Org, Org]);
        // Commas without a final "and" are appositions.
        let text = "In Santa Barbara, California, Dole spoke; Marseille and Monaco, Emon, 43, said.";
        let names = [
            ("Santa Barbara", 0, Loc),
            ("California", 0, Loc),
            ("Dole", 0, Per),
            ("Marseille", 0, Org),
            ("Monaco", 0, Org),
            ("Emon", 0, Per),
        ];
        assert_eq!(run_agree(text, &names), [Loc, Loc, Per, Org, Org, Per]);
        let text = "Senators Charles Grassley, Republican of Iowa, and Patrick Leahy spoke.";
        let names =
            [("Charles Grassley", 0, Per), ("Republican of Iowa", 0, EntityKind::Misc), ("Patrick Leahy", 0, Per)];
        assert_eq!(run_agree(text, &names), [Per, EntityKind::Misc, Per]);
        let text = "Squad: Houghton, McLoughlin, Staunton, Keane.";
        let names = [("Houghton", 0, Per), ("McLoughlin", 0, Org), ("Staunton", 0, Per), ("Keane", 0, Per)];
        assert_eq!(run_agree(text, &names), [Per, Per, Per, Per]);
        // A place or a group before a list of people is its setting; an acronym is no person.
        let text = "Judges in Washington, Sri Srinivasan and Merrick Garland; Republicans, Ted Cruz and Jeb Bush; the DOJ, Lynch and Gupta.";
        let names = [
            ("Washington", 0, Loc),
            ("Sri Srinivasan", 0, Per),
            ("Merrick Garland", 0, Per),
            ("Republicans", 0, EntityKind::Misc),
            ("Ted Cruz", 0, Per),
            ("Jeb Bush", 0, Per),
            ("DOJ", 0, Org),
            ("Lynch", 0, Per),
            ("Gupta", 0, Per),
        ];
        assert_eq!(run_agree(text, &names), [Loc, Per, Per, EntityKind::Misc, Per, Per, Org, Per, Per]);
        // A given name in a list with a person; the same shape without a person stays.
        let text = "Kamala Harris and Thomas Tuchel held rallies; Thomas Tuchel and Pfizer did not.";
        let names =
            [("Kamala Harris", 0, Per), ("Thomas Tuchel", 0, Loc), ("Thomas Tuchel", 1, Loc), ("Pfizer", 0, Org)];
        assert_eq!(run_agree(text, &names), [Per, Per, Loc, Org]);
        // No given name known ("Donald" is not in the list), but the document says "Trump".
        let text = "Kamala Harris and Donald Trump held rallies. Trump spoke first.";
        let names = [("Kamala Harris", 0, Per), ("Donald Trump", 0, Loc), ("Trump", 1, Loc)];
        assert_eq!(run_agree(text, &names)[..2], [Per, Per]);
        // A curated organisation shaped like a name stays one.
        let text = "with Oscar Piastri and Red Bull's Max Verstappen in contention.";
        assert_eq!(run_agree(text, &[("Oscar Piastri", 0, Per), ("Red Bull", 0, Org)]), [Per, Org]);
        let text = "Airbus, Boeing and France signed.";
        assert_eq!(run_agree(text, &[("Airbus", 0, Org), ("Boeing", 0, Org), ("France", 0, Loc)]), [Org, Org, Loc]);
    }

    #[test]
    fn odd_spans_are_left_alone() {
        for (text, name) in [
            ("and Nvidia rose.", "and Nvidia"),
            ("Microsoft and rose.", "Microsoft and"),
            ("The Stars and Stripes flew.", "The Stars and Stripes"),
            ("Washington , D.C. is far.", "Washington , D.C."),
        ] {
            let got = run(text, at(text, &[(name, 0, Org)]));
            assert_eq!(got, [(name, Org)], "help: {text}");
        }
        assert_eq!(run("", Vec::new()), []);
    }
}
