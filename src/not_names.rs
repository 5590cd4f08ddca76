//! What the annotation guidelines say is not an entity but the tagger can take for a name:
//! diseases and viruses ("حالات الإصابة بفيروس كورونا", "COVID-19"), whose names are new since
//! the training corpora, and Arabic sentence adverbs made from a nisba ("رياضيا،", in sport;
//! "اقتصاديا،"), which open news paragraphs and look like an unseen word to the tagger.

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::Mention;
use crate::text::normalize::{fold, FoldedWords};

/// Words that make a mention a disease, compared folded and without an attached clitic.
static DISEASE_WORDS: FoldedWords = FoldedWords::new(&[
    "كورونا",
    "كوفيد",
    "فيروس",
    "الفيروس",
    "إيبولا",
    "الإيبولا",
    "covid",
    "covid-19",
    "coronavirus",
    "ebola",
]);

/// Drops mentions that name a disease.
pub fn drop_diseases(doc: &Document, mentions: &mut Vec<Mention>) {
    mentions.retain(|m| !m.span.of(doc.text).split_whitespace().any(is_disease_word));
}

/// Drops one-word Arabic mentions that are an ordinary word with the accusative alif: an
/// adverb made from a nisba ("رياضيا،", "ثقافيا،"), or, taken for a person, an indefinite
/// noun ("إن وفدا برئاسة", a delegation), unless a name list knows the word ("سوريا" ends the
/// same way). A person's name takes no such ending unless it is an ordinary Arabic word, which
/// the lists carry ("محمدا"); places and organisations can end so ("أبوجا", "سونا").
pub fn drop_sentence_adverbs(doc: &Document, mentions: &mut Vec<Mention>) {
    let Some(lexicon) = crate::unknown_names::arabic_lexicon(doc) else { return };
    mentions.retain(|m| {
        let word = m.span.of(doc.text);
        let comma = doc.text[m.span.end..].trim_start_matches(' ').starts_with(['،', ',']);
        let folded = fold(word);
        let accusative = (m.kind == EntityKind::Per && folded.ends_with('ا') || comma && folded.ends_with("يا"))
            && !word.contains(' ')
            && crate::unknown_names::is_inflected_ordinary(lexicon, word)
            && !crate::unknown_names::listed(doc, word, &[]);
        !accusative
    });
}

/// Ordinary words the tagger reads as a name on their own: "ضربة رأسية" (a header, MISC as
/// if a nisba), "الميليشيا" (the militia, a generic reference). Folded.
static ORDINARY_WORDS: FoldedWords =
    FoldedWords::new(&["رأسية", "رأسي", "الميليشيا", "الميليشيات", "ميليشيا", "المليشيا", "المليشيات"]);

/// Drops one-word mentions that are ordinary words: those of [`ORDINARY_WORDS`], and a MISC
/// the lexicon knows only as a verb ("لن تكفي", will not suffice: a nisba to the tagger by its
/// ي) that no name list holds.
pub fn drop_ordinary_words(doc: &Document, mentions: &mut Vec<Mention>) {
    let Some(lexicon) = crate::unknown_names::arabic_lexicon(doc) else { return };
    mentions.retain(|m| {
        let word = m.span.of(doc.text);
        if word.contains(' ') || !crate::unknown_names::is_arabic(word) {
            return true;
        }
        let verb = m.kind == EntityKind::Misc
            && crate::unknown_names::is_only_a_verb(lexicon, word)
            && !crate::unknown_names::listed(doc, word, &[]);
        !(verb || ORDINARY_WORDS.contains_folded(&fold(word)))
    });
}

/// Nouns that name a country or city only as a generic reference when they stand alone ("شمالي
/// المملكة", the kingdom's north; "أنحاء البلاد"; "دخلت القوات المدينة"): a name only with
/// more words ("المملكة المتحدة", "المدينة المنورة"). Compared folded and without a clitic.
/// (ANERcorp-train tags a lone "المدينة" O 71 times and LOC about 15, Medina in religious
/// texts; the dev split has none the tagger calls a place.)
static GENERIC_PLACES: FoldedWords =
    FoldedWords::new(&["المملكة", "البلاد", "الدولة", "الإمارة", "السلطنة", "الجمهورية", "المدينة"]);

/// Drops one-word places that are a generic reference (see [`GENERIC_PLACES`]), as the
/// guidelines ask of "the government".
pub fn drop_generic_places(doc: &Document, mentions: &mut Vec<Mention>) {
    mentions.retain(|m| {
        let word = m.span.of(doc.text);
        let generic = m.kind == crate::annotations::EntityKind::Loc && !word.contains(' ') && {
            let folded = fold(word);
            GENERIC_PLACES.contains_folded(&folded)
                || folded
                    .strip_prefix(['و', 'ف', 'ب', 'ل', 'ك'])
                    .is_some_and(|rest| GENERIC_PLACES.contains_folded(rest))
        };
        !generic
    });
}

/// Generic bodies a nationality describes: "الجيش الأمريكي" is "the US army", a generic
/// reference like "the government" (ANERcorp leaves "الجيش الإسرائيلي" O; the guidelines make
/// the nisba MISC). Compared folded, with or without a clitic.
static GENERIC_BODIES: FoldedWords =
    FoldedWords::new(&["الجيش", "الجيوش", "القوات", "الحكومة", "الحكومات", "الشرطة", "البحرية", "السلطات", "الأجهزة"]);

/// Turns an Arabic organisation made of a generic body and place nisbas only ("الجيش
/// الأمريكي"; not "القوات المسلحة المصرية") into the nisbas alone, MISC.
pub fn split_generic_bodies(doc: &Document, mentions: &mut Vec<Mention>) {
    let place_nisba = |word: &str| crate::ner::nisba::is_nationality(&fold(word));
    let mut out = Vec::with_capacity(mentions.len());
    for &m in mentions.iter() {
        let text = m.span.of(doc.text);
        let mut words = text.split(' ');
        let head = words.next().map(fold).unwrap_or_default();
        let generic = GENERIC_BODIES.contains_folded(&head)
            || head.strip_prefix(['و', 'ف', 'ب', 'ل', 'ك']).is_some_and(|rest| GENERIC_BODIES.contains_folded(rest));
        let rest: Vec<&str> = words.collect();
        if m.kind == EntityKind::Org && generic && !rest.is_empty() && rest.iter().all(|w| place_nisba(w)) {
            let mut at = m.span.start + text.find(' ').unwrap_or(0) + 1;
            for w in rest {
                out.push(Mention { span: crate::span::Span::new(at, at + w.len()), kind: EntityKind::Misc });
                at += w.len() + 1;
            }
            continue;
        }
        out.push(m);
    }
    *mentions = out;
}

fn is_disease_word(word: &str) -> bool {
    let folded = fold(word);
    // بفيروس، وكورونا: one clitic letter before the word.
    DISEASE_WORDS.contains_folded(&folded)
        || folded.strip_prefix(['و', 'ف', 'ب', 'ل', 'ك']).is_some_and(|rest| DISEASE_WORDS.contains_folded(rest))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotations::EntityKind::{self, Loc, Misc, Per};
    use crate::span::Span;

    /// What `rule` keeps of `names` (each at its first occurrence in `text`).
    fn kept<'t>(text: &'t str, names: &[(&str, EntityKind)], rule: fn(&Document, &mut Vec<Mention>)) -> Vec<&'t str> {
        let doc = Document::new(text, None);
        let mut mentions: Vec<Mention> = names
            .iter()
            .map(|&(name, kind)| {
                let start = text.find(name).expect("the name is in the text");
                Mention { span: Span::new(start, start + name.len()), kind }
            })
            .collect();
        rule(&doc, &mut mentions);
        mentions.iter().map(|m| m.span.of(text)).collect()
    }

    #[test]
    fn a_sentence_adverb_is_no_name_and_a_listed_place_stays() {
        let text = "رياضيا، فاز الفريق. وفي سوريا، تظاهر المئات.";
        assert_eq!(kept(text, &[("رياضيا", Loc), ("سوريا", Loc)], drop_sentence_adverbs), ["سوريا"]);
    }

    #[test]
    fn ordinary_words_and_verbs_are_no_names() {
        let text = "سجل بضربة رأسية في الدقيقة العاشرة، والنسخ لن تكفي، واتهم الجيش الميليشيا.";
        let names = [("رأسية", Misc), ("تكفي", Misc), ("الميليشيا", EntityKind::Org)];
        assert!(kept(text, &names, drop_ordinary_words).is_empty());
        // A nationality is no verb.
        assert_eq!(kept("قال الوزير التونسي", &[("التونسي", Misc)], drop_ordinary_words), ["التونسي"]);
    }

    #[test]
    fn a_lone_kingdom_is_a_generic_reference_and_a_named_one_a_place() {
        let text = "في محافظة إربد شمالي المملكة. وزار المملكة المتحدة.";
        let names = [("إربد", Loc), ("المملكة", Loc), ("المملكة المتحدة", Loc)];
        assert_eq!(kept(text, &names, drop_generic_places), ["إربد", "المملكة المتحدة"]);
    }

    #[test]
    fn a_generic_body_leaves_only_its_nationality() {
        let text = "قال الجيش الأمريكي إن الحكومة العراقية وجيش الاحتلال وحزب الله اللبناني";
        let doc = Document::new(text, None);
        let at = |s: &str| text.find(s).unwrap();
        let org = |s: &str| Mention { span: Span::new(at(s), at(s) + s.len()), kind: EntityKind::Org };
        let mut mentions = vec![org("الجيش الأمريكي"), org("الحكومة العراقية"), org("حزب الله اللبناني")];
        split_generic_bodies(&doc, &mut mentions);
        let got: Vec<(&str, EntityKind)> = mentions.iter().map(|m| (m.span.of(text), m.kind)).collect();
        assert_eq!(got, [("الأمريكي", Misc), ("العراقية", Misc), ("حزب الله اللبناني", EntityKind::Org)]);
    }

    #[test]
    fn disease_names_are_dropped_and_names_beside_them_kept() {
        let text = "ارتفاع حالات الإصابة بفيروس كورونا في العراق. COVID-19 reached Ebola-free Lagos.";
        let names = [("بفيروس كورونا", Per), ("العراق", Loc), ("COVID-19", Misc), ("Lagos", Loc)];
        assert_eq!(kept(text, &names, drop_diseases), ["العراق", "Lagos"]);
    }
}
