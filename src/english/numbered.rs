//! Names that end in a number: "Euro 2024", "FTSE 100", "Windows 95", "Airbus 310". The
//! number is part of the name (CoNLL-2003 tags it I-MISC in all of these), but the tagger,
//! which reads numbers as numbers, often stops before it. A MISC name written with a capital
//! takes the number of one to four digits right after it, unless the name is a nationality or
//! a currency ("American 1984", "C$ 30": CoNLL leaves the number out there) or the number is a
//! quantity ("Olympic 100 metres", "the Nikkei 225 rose 2 percent" keeps 225: the unit follows
//! the next number, not this one).

use super::is_english;
use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::Mention;
use crate::span::Span;
use crate::text::normalize::FoldedWords;

/// Words after a number that make it a quantity, not part of a name.
static UNITS: FoldedWords = FoldedWords::new(&[
    "%", "percent", "per", "pct", "million", "billion", "trillion", "points", "metres", "meters", "m", "km", "kg",
    "years", "year", "days", "people", "-", "to", "of",
]);

/// Endings of nationalities and adjectives, whose number is never theirs ("Olympic 100").
const ADJECTIVE_ENDINGS: [&str; 6] = ["an", "ese", "ish", "ic", "ch", "i"];

/// Exchanges whose name with a number is their index, MISC ("Nasdaq 100", "Nikkei 225"),
/// though the exchange alone is an organisation.
static INDEX_NAMES: FoldedWords =
    FoldedWords::new(&["nasdaq", "ftse", "nikkei", "stoxx", "cac", "dax", "kospi", "s&p"]);

/// Extends MISC names over the number right after them.
pub fn extend(doc: &Document, mentions: &mut [Mention]) {
    for i in 0..mentions.len() {
        let m = mentions[i];
        let text = m.span.of(doc.text);
        let last_word = text.rsplit(' ').next().unwrap_or(text);
        let adjective = ADJECTIVE_ENDINGS.iter().any(|e| last_word.ends_with(e));
        // Written as a name: a capital first, or inside ("iPhone 17").
        let capital = last_word.starts_with(char::is_uppercase)
            || last_word.starts_with(char::is_lowercase) && last_word.chars().skip(1).any(char::is_uppercase);
        let index = m.kind == EntityKind::Org && INDEX_NAMES.contains(text);
        if m.kind != EntityKind::Misc && !index || adjective || text.contains('$') || !capital {
            continue;
        }
        let next = doc.tokens.partition_point(|t| t.span.start < m.span.end);
        let Some(number) = doc.tokens.get(next) else { continue };
        let digits = number.span.of(doc.text);
        if !is_english(doc, next)
            || !doc.only_spaces_between(m.span.end, number.span.start)
            || number.span.start != m.span.end + 1
            || !(1..=4).contains(&digits.len())
            || !digits.bytes().all(|b| b.is_ascii_digit())
        {
            continue;
        }
        let quantity = doc.tokens.get(next + 1).is_some_and(|t| UNITS.contains(t.span.of(doc.text)));
        let free = mentions.get(i + 1).is_none_or(|n| n.span.start >= number.span.end);
        if !quantity && free {
            mentions[i] = Mention { span: Span::new(m.span.start, number.span.end), kind: EntityKind::Misc };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn run(text: &str, name: &str) -> Vec<(String, EntityKind)> {
        crate::ner::run_rule(text, Lang::En, &[(name, EntityKind::Misc)], |d, m| extend(d, m))
    }

    #[test]
    fn a_misc_name_takes_the_number_after_it() {
        assert_eq!(run("Spain won Euro 2024 in Berlin.", "Euro"), [("Euro 2024".into(), EntityKind::Misc)]);
        assert_eq!(run("The FTSE 100 fell 2 percent.", "FTSE"), [("FTSE 100".into(), EntityKind::Misc)]);
        assert_eq!(run("deliveries of the iPhone 17 lineup.", "iPhone"), [("iPhone 17".into(), EntityKind::Misc)]);
        // An exchange's index, though the exchange is an organisation; not another company.
        let org = |text: &str, name: &str| {
            crate::ner::run_rule(text, Lang::En, &[(name, EntityKind::Org)], |d, m| extend(d, m))
        };
        assert_eq!(org("futures tied to the Nasdaq 100 rose.", "Nasdaq"), [("Nasdaq 100".into(), EntityKind::Misc)]);
        assert_eq!(org("Airbus 310 jets.", "Airbus"), [("Airbus".into(), EntityKind::Org)]);
    }

    #[test]
    fn nationalities_currencies_and_quantities_keep_their_numbers_out() {
        assert_eq!(run("An American 1984 study.", "American"), [("American".into(), EntityKind::Misc)]);
        assert_eq!(run("He won the Olympic 100 metres.", "Olympic"), [("Olympic".into(), EntityKind::Misc)]);
        assert_eq!(run("Sales of Windows 95 percent of it.", "Windows"), [("Windows".into(), EntityKind::Misc)]);
    }
}
