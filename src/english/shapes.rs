//! Shapes English names never take, tidied after tagging:
//! - a mention with no capital letter ("the former president's son"): CoNLL's names are
//!   capitalised, and a lowercase run is the tagger's slip;
//! - a mention running into a bracketed acronym ("Bureau of Industry and Security (BIS"): the
//!   name and the acronym are two mentions of one type;
//! - a title before a full name ("Justice Luiz Fux"): titles stay outside people;
//! - the opening word of a title after an organisation ("IMF Managing" + "Director Kristalina
//!   Georgieva"): the organisation ends before it;
//! - a preposition of place inside a name ("Lekki Free Zone outside Lagos"): two names, the
//!   one after it a place;
//! - an Arabic article written onto the next word ("Sharm el-Sheikh", "Deir al-Balah") goes on
//!   with the name before it, which the tagger ends at the lowercase word.

use super::{is_english, tokens_of};
use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::Mention;
use crate::span::Span;
use crate::text::normalize::FoldedWords;

/// Titles the model's trigger list lacks, which the tagger takes into a person's name.
static TITLES: FoldedWords = FoldedWords::new(&[
    "justice",
    "judge",
    "chancellor",
    "governor",
    "senator",
    "congressman",
    "congresswoman",
    "ambassador",
    "coach",
    "manager",
    "captain",
    "archbishop",
    "cardinal",
    "bishop",
    "sheikh",
    "emir",
    "prince",
    "princess",
]);

/// Capitalised words that open a title written before a name ("Managing Director", "Chief
/// Executive", "Deputy Governor"), never the last word of an organisation's name.
static TITLE_OPENERS: FoldedWords =
    FoldedWords::new(&["managing", "chief", "deputy", "vice", "acting", "executive", "senior"]);

/// Whether a word is a nationality: the curated demonyms, or a word shaped like one.
fn is_nationality(word: &str) -> bool {
    // Shaped like one ("Indian", "Chinese", "British", "Israeli") and no place or body the
    // gazetteer lists ("Pakistan", "Oman").
    let shaped = word.starts_with(char::is_uppercase) && ["an", "ese", "ish", "i"].iter().any(|e| word.ends_with(e));
    let listed = super::gazetteer_of_model()
        .is_some_and(|g| super::gazetteer_kind(g, &crate::text::normalize::fold(word)).is_some());
    crate::names::is_english_demonym(word) || shaped && !listed
}

/// Offices that end a nationality's title, never a name ("Indian National Security Adviser").
static OFFICES: FoldedWords =
    FoldedWords::new(&["adviser", "advisor", "minister", "secretary", "spokesman", "spokeswoman", "envoy"]);

/// Lowercase words of place that no name runs over: "X outside Lagos", "X near Kharkiv".
static PLACE_PREPOSITIONS: FoldedWords = FoldedWords::new(&["outside", "near", "inside", "off"]);

pub fn settle(doc: &Document, mentions: &mut Vec<Mention>) {
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    for &m in mentions.iter() {
        let tokens = tokens_of(doc, m.span);
        if tokens.is_empty() || !is_english(doc, tokens.start) {
            out.push(m);
            continue;
        }
        let text = m.span.of(doc.text);
        // "AI" is a common noun, whatever its capitals.
        if !text.chars().any(|c| c.is_uppercase() || c.is_ascii_digit()) || text == "AI" {
            continue;
        }
        if let Some(open) = text.find(" (") {
            let inside = text[open + 2..].trim_end_matches(')');
            let acronym = !inside.is_empty() && inside.chars().all(|c| c.is_ascii_uppercase() || c == '&');
            if acronym {
                out.push(Mention { span: Span::new(m.span.start, m.span.start + open), kind: m.kind });
                let start = m.span.start + open + 2;
                out.push(Mention { span: Span::new(start, start + inside.len()), kind: m.kind });
                continue;
            }
        }
        let mut m = m;
        if tokens.len() >= 3 && m.kind == EntityKind::Per && TITLES.contains(doc.word(tokens.start)) {
            m.span.start = doc.tokens[tokens.start + 1].span.start;
        }
        // "IMF Managing Director": the title's first word, a capitalised word after it.
        let last = tokens.end - 1;
        let title_next =
            doc.tokens.get(tokens.end).is_some_and(|t| t.span.of(doc.text).starts_with(char::is_uppercase));
        if tokens.len() >= 2 && m.kind == EntityKind::Org && title_next && TITLE_OPENERS.contains(doc.word(last)) {
            m.span.end = doc.tokens[last - 1].span.end;
        }
        // "Indian National Security Adviser": a nationality and an office, no name but the
        // nationality.
        let first_word = doc.word(tokens.start);
        if tokens.len() >= 2 && OFFICES.contains(doc.word(last)) && is_nationality(first_word) {
            out.push(Mention { span: doc.tokens[tokens.start].span, kind: EntityKind::Misc });
            continue;
        }
        if let Some(at) = tokens.clone().skip(1).find(|&t| PLACE_PREPOSITIONS.contains(doc.word(t))) {
            if at + 1 < tokens.end && at > tokens.start {
                out.push(Mention { span: Span::new(m.span.start, doc.tokens[at - 1].span.end), kind: m.kind });
                out.push(Mention { span: Span::new(doc.tokens[at + 1].span.start, m.span.end), kind: EntityKind::Loc });
                continue;
            }
        }
        if let Some(next) = doc.tokens.get(tokens.end) {
            let word = next.span.of(doc.text);
            let free = crate::ner::near(mentions, next.span.start, next.span.end)
                .iter()
                .all(|o| o.span.end <= next.span.start || o.span.start >= next.span.end);
            if free && doc.only_spaces_between(m.span.end, next.span.start) && is_article_word(word) {
                m.span.end = next.span.end;
            }
        }
        out.push(m);
    }
    *mentions = out;
}

/// A word that is an Arabic article joined to a capitalised name: "el-Sheikh", "al-Balah".
fn is_article_word(word: &str) -> bool {
    let Some((article, name)) = word.split_once('-') else { return false };
    matches!(article, "al" | "el" | "ad" | "ed" | "as" | "es" | "ash" | "an" | "ar" | "at" | "az" | "ul")
        && name.starts_with(|c: char| c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use EntityKind::*;

    fn run(text: &str, found: &[(&str, EntityKind)]) -> Vec<(String, EntityKind)> {
        crate::ner::run_rule(text, Lang::En, found, settle)
    }

    #[test]
    fn lowercase_runs_are_no_names() {
        let text = "The former president's son, Eduardo Bolsonaro, moved to the United States.";
        let got = run(text, &[("son", Per), ("Eduardo Bolsonaro", Per)]);
        assert_eq!(got, [("Eduardo Bolsonaro".to_string(), Per)]);
        let got = run("investments in AI across OpenAI", &[("AI", Org), ("OpenAI", Org)]);
        assert_eq!(got, [("OpenAI".to_string(), Org)]);
    }

    #[test]
    fn a_bracketed_acronym_is_a_mention_of_its_own() {
        let text = "The Bureau of Industry and Security (BIS), the department's arm, said.";
        let got = run(text, &[("Bureau of Industry and Security (BIS", Org)]);
        assert_eq!(got, [("Bureau of Industry and Security".to_string(), Org), ("BIS".to_string(), Org)]);
    }

    #[test]
    fn a_title_after_an_organisation_is_no_part_of_it() {
        let text = "IMF Managing Director Kristalina Georgieva said. Dollar General Corp said.";
        let got = run(text, &[("IMF Managing", Org), ("Kristalina Georgieva", Per)]);
        assert_eq!(got, [("IMF".to_string(), Org), ("Kristalina Georgieva".to_string(), Per)]);
    }

    #[test]
    fn a_preposition_of_place_splits_a_name() {
        let text = "built in the Lekki Free Zone outside Lagos, it said.";
        let got = run(text, &[("Lekki Free Zone outside Lagos", Org)]);
        assert_eq!(got, [("Lekki Free Zone".to_string(), Org), ("Lagos".to_string(), Loc)]);
    }

    #[test]
    fn an_arabic_article_goes_on_with_the_name() {
        let text = "a summit in Sharm el-Sheikh and talks in Deir al-Balah.";
        let got = run(text, &[("Sharm", Loc), ("Deir", Loc)]);
        assert_eq!(got, [("Sharm el-Sheikh".to_string(), Loc), ("Deir al-Balah".to_string(), Loc)]);
        // Not over another name, nor a lowercase word after the hyphen.
        let got = run("in Sharm el-sheikh", &[("Sharm", Loc)]);
        assert_eq!(got, [("Sharm".to_string(), Loc)]);
    }

    #[test]
    fn a_nationality_before_an_office_is_all_the_name_there_is() {
        let text = "Rubio spoke with Indian National Security Adviser Ajit Doval.";
        let got = run(text, &[("Indian National Security Adviser", Org), ("Ajit Doval", Per)]);
        assert_eq!(got, [("Indian".to_string(), Misc), ("Ajit Doval".to_string(), Per)]);
        // A country keeps its office's organisation to the tagger's reading.
        let text = "the Pakistan Foreign Secretary said.";
        assert_eq!(
            run(text, &[("Pakistan Foreign Secretary", Org)]),
            [("Pakistan Foreign Secretary".to_string(), Org)]
        );
    }

    #[test]
    fn titles_stay_outside() {
        let text = "Justice Luiz Fux dissented.";
        assert_eq!(run(text, &[("Justice Luiz Fux", Per)]), [("Luiz Fux".to_string(), Per)]);
    }
}
