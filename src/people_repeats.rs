//! A person named once is the same person where the document repeats the name. The tagger's
//! own document pass (`ner::docpass`) does this for the names it found; the rules after it find
//! more (a name after a title: "الفنانة يسرا"), whose repeats no one tagged ("وقالت يسرا").
//! Two cases, Arabic only:
//! - an untagged word that is a one-word person elsewhere in the document, or the family name
//!   of a full name that no word list holds, is that person, if the lexicon does not know it
//!   as an ordinary word (so "ربيع", spring, is only repeated by the tagger's own pass);
//! - a person right before such a word takes it as the end of the name: "وزير الثقافة أحمد
//!   فؤاد هنو" … "أوضح هنو" (the tagger stopped before the unseen family name).

use std::collections::HashSet;

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::lang::Lang;
use crate::ner::Mention;
use crate::span::Span;
use crate::text::normalize::fold;
use crate::unknown_names::{arabic_lexicon, is_arabic, is_plain_ordinary, is_unknown_name, is_unseen_definite};

const CLITICS: [char; 5] = ['و', 'ف', 'ب', 'ل', 'ك'];

/// A verb of speech, with a conjunction or not ("قال", "وأضاف").
fn is_speech_verb(folded: &str) -> bool {
    use crate::ner::triggers::{classes, SPEECH};
    let bare = folded.strip_prefix(['و', 'ف']).unwrap_or(folded);
    (classes(folded) | classes(bare)) & SPEECH != 0
}

/// Adds the untagged repeats of one-word people and joins a family name to the person before it.
pub fn add(doc: &Document, mentions: &mut Vec<Mention>) {
    let Some(lexicon) = arabic_lexicon(doc) else { return };
    settle_family_names(doc, mentions);
    take_bin(doc, mentions);
    let one_word = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Per)
        .map(|m| m.span.of(doc.text))
        .filter(|t| !t.contains(' ') && is_arabic(t) && t.chars().count() >= 3)
        .map(fold);
    // The last words of the full names, folded.
    let last_words: Vec<String> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Per)
        .filter_map(|m| m.span.of(doc.text).rsplit_once(' ').map(|(_, last)| fold(last)))
        .collect();
    // A full name's definite family name, its stem in no word list: "عبد الحميد الدبيبة" …
    // "مع الدبيبة" (not "الأحمر", red, nor a nisba the lexicon knows).
    // So is an indefinite one in no word list: "دونالد ترامب" … "إدارة ترامب", where a rule,
    // not the tagger, found the full name, so the tagger's own pass never repeated it.
    let family = last_words
        .iter()
        .filter(|last| is_unseen_definite(lexicon, last) || last.chars().count() >= 4 && is_unknown_name(lexicon, last))
        .cloned();
    let names: HashSet<String> = one_word.chain(family).collect();
    // Any family name of a full name, ordinary word or not, where a verb of speech introduces
    // it: "ياسر المسحل" … "وأضاف المسحل" ("مسحل" is a word of the lexicon), "عبد المجيد
    // تبون" … "وقال تبون" (also a verb form). A definite one that ends like a nisba is left
    // out ("وقال العراقي" is more often the Iraqi one).
    let spoken: HashSet<String> = last_words
        .into_iter()
        .filter(|last| {
            let definite = last.starts_with("ال");
            (definite && last.chars().count() >= 5 && !last.ends_with('ي')) || (!definite && last.chars().count() >= 3)
        })
        .collect();
    if names.is_empty() && spoken.is_empty() {
        return;
    }
    // An accusative-looking name ("يسرا", ease) is still a name: only plain ordinary words
    // are kept out.
    let ordinary = |w: &str| is_plain_ordinary(lexicon, w);
    let mut found: Vec<Mention> = Vec::new();
    let mut extended: Vec<(usize, Span)> = Vec::new();
    for block in doc.blocks.iter().filter(|b| b.lang == Lang::Ar) {
        for t in block.tokens.clone() {
            let span = doc.tokens[t].span;
            let at = mentions.partition_point(|m| m.span.end <= span.start);
            if mentions.get(at).is_some_and(|m| m.span.start < span.end) {
                continue;
            }
            // The word as it stands, or without one clitic letter ("وقالت يسرا", "ليسرا").
            let folded = doc.folded(t);
            let without = folded.strip_prefix(CLITICS).filter(|_| !names.contains(folded));
            let clitic = without.is_some();
            let name = without.unwrap_or(folded);
            let after_speech = t > block.tokens.start
                && doc.only_spaces_between(doc.tokens[t - 1].span.end, span.start)
                && is_speech_verb(doc.folded(t - 1));
            let repeat = names.contains(name) || after_speech && !clitic && spoken.contains(name);
            if !repeat {
                continue;
            }
            let spoken_name = !names.contains(name);
            let start = if clitic { span.start + crate::ner::spans::letters_len(doc.word(t), 1) } else { span.start };
            // Right after a person, with only a space between: the end of that name, whatever
            // else the word can mean.
            let before = at.checked_sub(1).map(|b| (b, mentions[b]));
            match before {
                Some((b, p))
                    if p.kind == EntityKind::Per && !clitic && doc.only_spaces_between(p.span.end, span.start) =>
                {
                    extended.push((b, Span::new(p.span.start, span.end)));
                }
                _ if spoken_name || !ordinary(doc.word(t)) => {
                    found.push(Mention { span: Span::new(start, span.end), kind: EntityKind::Per })
                }
                _ => {}
            }
        }
    }
    for (b, span) in extended {
        mentions[b].span = span;
    }
    crate::ner::add_mentions(mentions, found);
}

/// A family name of a full name the document gave before is that person where the tagger
/// typed it otherwise or ran it into the next name: "ماغنوس برونر" … "وزار [برونر]" (an
/// organisation to the tagger), "حكومة [الدبيبة عماد الطرابلسي]" (two people). A nationality
/// is a family name only where no adjective can stand ("الجيش السوداني" after "محمد شياع
/// السوداني" is still Sudanese; "بزعامة السوداني" is the man).
fn settle_family_names(doc: &Document, mentions: &mut Vec<Mention>) {
    let mut family: HashSet<String> = HashSet::new();
    let mut split = Vec::new();
    for (i, m) in mentions.iter_mut().enumerate() {
        let words: Vec<&str> = m.span.of(doc.text).split(' ').collect();
        if !words.iter().all(|w| is_arabic(w)) {
            continue;
        }
        let known = |w: &str| {
            let folded = fold(w);
            family.contains(&folded) && !crate::ner::nisba::is_nationality(&folded)
        };
        // A nationality is the family name where no adjective can stand: not after a definite
        // noun ("بزعامة السوداني", "وقال السوداني", and "للسوداني" written ل + ال).
        let named_nationality = |w: &str| {
            let folded = fold(w);
            let definite =
                if folded.starts_with('ل') && !folded.starts_with("ال") { format!("ا{folded}") } else { folded };
            family.contains(&definite) && !after_definite_word(doc, m.span.start)
        };
        match (m.kind, words.as_slice()) {
            (EntityKind::Org | EntityKind::Misc, [word]) if known(word) || named_nationality(word) => {
                m.kind = EntityKind::Per
            }
            (EntityKind::Per, [first, given, _, ..])
                if known(first)
                    && words.len() <= 4
                    && crate::unknown_names::listed(doc, given, &["first", "given"]) =>
            {
                split.push((i, first.len()));
            }
            _ => {}
        }
        if m.kind == EntityKind::Per && words.len() >= 2 {
            let last = fold(words[words.len() - 1]);
            if last.chars().count() >= 3 {
                family.insert(last);
            }
        }
    }
    if split.is_empty() {
        return;
    }
    // One rebuild, not an insert per split: a page may hold many.
    let mut out = Vec::with_capacity(mentions.len() + split.len());
    let mut splits = split.into_iter().peekable();
    for (i, m) in mentions.iter().enumerate() {
        match splits.next_if(|&(at, _)| at == i) {
            Some((_, first_len)) => {
                let rest = m.span.start + first_len + ' '.len_utf8();
                out.push(Mention { span: Span::new(m.span.start, m.span.start + first_len), kind: m.kind });
                out.push(Mention { span: Span::new(rest, m.span.end), kind: EntityKind::Per });
            }
            None => out.push(*m),
        }
    }
    *mentions = out;
}

/// A person named in full with "بن" ("إيتمار بن غفير", "محمد بن سلمان") goes by "بن" and the
/// name after it ("سموتريتش وبن غفير"): a repeat the tagger found without its "بن" takes it,
/// its clitic left out.
fn take_bin(doc: &Document, mentions: &mut [Mention]) {
    let full: HashSet<String> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Per)
        .filter_map(|m| m.span.of(doc.text).split_once(" بن ").map(|(_, rest)| fold(rest)))
        .collect();
    if full.is_empty() {
        return;
    }
    for i in 0..mentions.len() {
        let m = mentions[i];
        let t = doc.tokens.partition_point(|tok| tok.span.end <= m.span.start);
        if m.kind != EntityKind::Per || t == 0 || doc.tokens[t].span.start != m.span.start {
            continue;
        }
        let before = doc.folded(t - 1);
        let clitic = usize::from(before != "بن");
        let bin = before == "بن" || before.strip_prefix(['و', 'ل', 'ف']) == Some("بن");
        let free = i == 0 || mentions[i - 1].span.end <= doc.tokens[t - 1].span.start;
        if bin
            && free
            && full.contains(&fold(m.span.of(doc.text)))
            && doc.only_spaces_between(doc.tokens[t - 1].span.end, m.span.start)
        {
            let start = doc.tokens[t - 1].span.start + crate::ner::spans::letters_len(doc.word(t - 1), clitic);
            mentions[i].span = Span::new(start, m.span.end);
        }
    }
}

/// Whether the word before byte `start` is definite, with or without a clitic: the word at
/// `start` may then be its adjective.
fn after_definite_word(doc: &Document, start: usize) -> bool {
    let t = doc.tokens.partition_point(|tok| tok.span.end <= start);
    t > 0
        && doc.only_spaces_between(doc.tokens[t - 1].span.end, start)
        && crate::ner::arabic::clitics_before(doc.folded(t - 1), |w| w.starts_with("ال")).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, people: &[&str]) -> Vec<String> {
        let got = crate::ner::run_rule(
            text,
            Lang::Ar,
            &people.iter().map(|p| (*p, EntityKind::Per)).collect::<Vec<_>>(),
            add,
        );
        got.into_iter().map(|(t, _)| t).collect()
    }

    #[test]
    fn a_family_name_given_before_is_the_person() {
        let text = "يعمل المفوض ماغنوس برونر على اتفاق. وزار برونر طرابلس حيث التقى عبد الحميد الدبيبة. وقال وزير الداخلية في حكومة الدبيبة عماد الطرابلسي إن بلاده مستعدة.";
        let doc = Document::new(text, Some(Lang::Ar));
        let at = |part: &str, from: &str, kind| {
            let start = text.find(from).unwrap() + from.find(part).unwrap();
            Mention { span: Span::new(start, start + part.len()), kind }
        };
        let mut mentions = vec![
            at("ماغنوس برونر", "ماغنوس برونر", EntityKind::Per),
            at("برونر", "وزار برونر", EntityKind::Org),
            at("عبد الحميد الدبيبة", "عبد الحميد الدبيبة", EntityKind::Per),
            at("الدبيبة عماد الطرابلسي", "الدبيبة عماد الطرابلسي", EntityKind::Per),
        ];
        add(&doc, &mut mentions);
        let got: Vec<(String, EntityKind)> = mentions.iter().map(|m| (m.span.of(text).to_string(), m.kind)).collect();
        let per = |t: &str| (t.to_string(), EntityKind::Per);
        assert_eq!(
            got,
            [per("ماغنوس برونر"), per("برونر"), per("عبد الحميد الدبيبة"), per("الدبيبة"), per("عماد الطرابلسي")]
        );
        // A nationality stays one after a definite noun; where no adjective can stand, it is
        // the man.
        let text = "ائتلاف محمد شياع السوداني. وحصل الائتلاف بزعامة السوداني على مقاعد، وتقول أوساط داعمة للسوداني إن الجيش السوداني تقدم.";
        let doc = Document::new(text, Some(Lang::Ar));
        let at = |part: &str, from: &str, kind| {
            let start = text.find(from).unwrap() + from.find(part).unwrap();
            Mention { span: Span::new(start, start + part.len()), kind }
        };
        let mut mentions = vec![
            at("محمد شياع السوداني", "محمد شياع السوداني", EntityKind::Per),
            at("السوداني", "بزعامة السوداني", EntityKind::Misc),
            at("لسوداني", "للسوداني", EntityKind::Misc),
            at("السوداني", "الجيش السوداني", EntityKind::Misc),
        ];
        add(&doc, &mut mentions);
        let kinds: Vec<EntityKind> = mentions.iter().map(|m| m.kind).collect();
        use EntityKind::{Misc, Per};
        assert_eq!(kinds, [Per, Per, Per, Misc]);
    }

    #[test]
    fn a_name_after_bin_keeps_its_bin() {
        let text = "وقال إيتمار بن غفير إن الحكومة ماضية، وحذرت الحركة من قرارات سموتريتش وبن غفير.";
        let doc = Document::new(text, Some(Lang::Ar));
        let span = |from: usize, name: &str| {
            let start = from + text[from..].find(name).unwrap();
            Span::new(start, start + name.len())
        };
        let full = span(0, "إيتمار بن غفير");
        let repeat = span(full.end, "غفير");
        let mut mentions =
            vec![Mention { span: full, kind: EntityKind::Per }, Mention { span: repeat, kind: EntityKind::Per }];
        take_bin(&doc, &mut mentions);
        assert_eq!(mentions[1].span.of(text), "بن غفير");
    }

    #[test]
    fn a_family_name_after_a_verb_of_speech_is_the_person_even_when_it_is_a_word() {
        let text = "استقبل الرئيس عبد المجيد تبون ضيفه. وقال تبون إن العلاقات جيدة";
        assert_eq!(run(text, &["عبد المجيد تبون"]), ["عبد المجيد تبون", "تبون"]);
    }

    #[test]
    fn a_one_word_person_is_found_where_the_document_repeats_the_name() {
        let text = "وشهد الحفل تكريم الفنانة يسرا. وقالت يسرا إن التكريم يأتي من جمهورها";
        assert_eq!(run(text, &["يسرا"]), ["يسرا", "يسرا"]);
    }

    #[test]
    fn a_definite_family_name_of_a_full_name_is_found_alone() {
        if crate::unknown_names::lexicon_of_model().is_none() {
            return;
        }
        let text = "التقت رئيس الحكومة عبد الحميد الدبيبة. وقالت في مؤتمر مع الدبيبة إن";
        assert_eq!(run(text, &["عبد الحميد الدبيبة"]), ["عبد الحميد الدبيبة", "الدبيبة"]);
        // An ordinary definite word ending a name is not a name alone, unless a verb of speech
        // introduces it.
        let text = "وقال علي الأحمر إن العلم الأحمر رفع";
        assert_eq!(run(text, &["علي الأحمر"]), ["علي الأحمر"]);
        let text = "وقال ياسر المسحل إن العمل جار. وأضاف المسحل أن الملاعب جاهزة";
        assert_eq!(run(text, &["ياسر المسحل"]), ["ياسر المسحل", "المسحل"]);
    }

    #[test]
    fn an_unseen_family_name_of_a_full_name_is_found_alone() {
        let text = "زار الرئيس الأمريكي دونالد ترامب الإمارات. ووصفه مستشار ترامب بأنه نموذج";
        assert_eq!(run(text, &["دونالد ترامب"]), ["دونالد ترامب", "ترامب"]);
    }

    #[test]
    fn a_person_takes_a_family_name_the_document_uses_alone() {
        let text = "وحضر وزير الثقافة أحمد فؤاد هنو الختام، وأوضح هنو أن الدولة تراهن";
        // The second "هنو" is the mention the tagger found; the first ends the full name.
        let got = crate::ner::run_rule(text, Lang::Ar, &[("أحمد فؤاد", EntityKind::Per)], |doc, mentions| {
            let at = doc.text.rfind("هنو").unwrap();
            mentions.push(Mention { span: Span::new(at, at + "هنو".len()), kind: EntityKind::Per });
            add(doc, mentions);
        });
        let got: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(got, ["أحمد فؤاد هنو", "هنو"]);
    }

    #[test]
    fn ordinary_words_are_not_repeated() {
        // "ربيع" (spring) is an ordinary word: only the tagger's pass repeats it.
        let text = "قال أسامة ربيع إن الربيع قادم، وقال ربيع أيضا";
        assert_eq!(run(text, &["ربيع"]), ["ربيع"]);
    }
}
