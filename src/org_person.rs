//! An Arabic organisation and the person after it, read by the tagger as one organisation:
//! "المفوض العام لوكالة الأونروا فيليب لازاريني" gives ORG "الأونروا فيليب لازاريني". Arabic
//! news names a role's body and then its holder with nothing between, so where a known given
//! name starts the tail of an organisation, the tail is that person. Guards keep names that
//! contain a given name ("جامعة فؤاد الأول", "حمد بن فيصل", "سان أنطونيو سبيرز").

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::hash::Fnv;
use crate::lang::Lang;
use crate::ner::gazetteer::Gazetteer;
use crate::ner::{triggers, Mention};
use crate::span::Span;
use crate::text::normalize::{fold, FoldedWords};
use crate::text::TokenKind;

/// Words after which a given name belongs to the name before it.
static NAME_LINKS: FoldedWords =
    FoldedWords::new(&["بن", "ابن", "بنت", "أبو", "أبي", "آل", "عبد", "سان", "سانت", "ذو"]);

/// The longest person's name taken from an organisation's tail.
const MAX_PERSON_WORDS: usize = 3;

/// Splits organisations whose tail is a person introduced by a known given name. One pass.
pub fn split(doc: &Document, mentions: &mut Vec<Mention>) {
    let Some(g) = doc.model(Lang::Ar).map(|m| &m.gazetteer) else { return };
    if g.class_bit("first") == 0 {
        return;
    }
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    for &m in mentions.iter() {
        match (m.kind == EntityKind::Org).then(|| person_start(doc, g, m.span)).flatten() {
            Some(at) => {
                out.push(Mention { span: Span::new(m.span.start, doc.tokens[at - 1].span.end), kind: EntityKind::Org });
                out.push(Mention { span: Span::new(doc.tokens[at].span.start, m.span.end), kind: EntityKind::Per });
            }
            None => out.push(m),
        }
    }
    *mentions = out;
    retype_holders(doc, g, mentions);
}

/// Splits people whose first word is ل + an organisation the document names alone: "الرئيس
/// التنفيذي لسيفي إغبرت لايغه" (Sefe's chief executive Egbert Laege), where the tagger read
/// the company into the person after the title. The organisation keeps its span without ل.
pub fn split_leading_bodies(doc: &Document, mentions: &mut Vec<Mention>) {
    // Most pages have no person whose first word starts with ل: nothing to fold then.
    let candidate = |m: &Mention| m.kind == EntityKind::Per && m.span.of(doc.text).starts_with('ل');
    if !mentions.iter().any(candidate) {
        return;
    }
    // A place too: "نيوم" is the region and the company that builds it.
    let bodies: std::collections::HashSet<String> = mentions
        .iter()
        .filter(|m| matches!(m.kind, EntityKind::Org | EntityKind::Loc) && !m.span.of(doc.text).contains(' '))
        .map(|m| fold(m.span.of(doc.text)))
        .collect();
    if bodies.is_empty() {
        return;
    }
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    for &m in mentions.iter() {
        let first = doc.tokens.partition_point(|t| t.span.end <= m.span.start);
        let starts_token = doc.tokens.get(first).is_some_and(|t| t.span.start == m.span.start);
        let rest = first + 1;
        let splits = m.kind == EntityKind::Per
            && starts_token
            && rest + 1 < doc.tokens.len()
            && doc.tokens[rest + 1].span.end <= m.span.end
            && doc.folded(first).strip_prefix('ل').is_some_and(|body| bodies.contains(body));
        if splits {
            let clitic = crate::ner::spans::letters_len(doc.word(first), 1);
            out.push(Mention {
                span: Span::new(m.span.start + clitic, doc.tokens[first].span.end),
                kind: EntityKind::Org,
            });
            out.push(Mention { span: Span::new(doc.tokens[rest].span.start, m.span.end), kind: EntityKind::Per });
        } else {
            out.push(m);
        }
    }
    *mentions = out;
}

/// A name right after a place or organisation (spaces only between) that starts with a known
/// given name is the office holder, however the tagger typed it: "المبعوث الأمريكي الخاص إلى
/// السودان توم بيرييلو" gives LOC "السودان" and LOC "توم بيرييلو".
fn retype_holders(doc: &Document, g: &Gazetteer, mentions: &mut [Mention]) {
    let place_or_org = g.class_bit("loc") | g.class_bit("org");
    for i in 1..mentions.len() {
        let (body, name) = (mentions[i - 1], mentions[i]);
        let after_body = matches!(body.kind, EntityKind::Loc | EntityKind::Org)
            && name.kind != EntityKind::Per
            && doc.only_spaces_between(body.span.end, name.span.start);
        let text = name.span.of(doc.text);
        let Some((first, _)) = text.split_once(' ') else { continue };
        let classes = |w: &str| g.classes_of(Fnv::new().str(&fold(w)));
        let given = classes(first) & g.class_bit("first") != 0 && classes(first) & place_or_org == 0;
        let listed = g.classes_of(crate::ner::gazetteer::phrase_hash(
            text.split(' ').map(fold).collect::<Vec<_>>().iter().map(String::as_str),
        )) & place_or_org
            != 0;
        if after_body && given && !listed && first.chars().all(crate::lang::is_arabic_letter) {
            mentions[i].kind = EntityKind::Per;
        }
    }
}

/// The token where a person's name starts inside the organisation `span`, if it does.
fn person_start(doc: &Document, g: &Gazetteer, span: Span) -> Option<usize> {
    let first = doc.tokens.partition_point(|t| t.span.end <= span.start);
    let end = doc.tokens.partition_point(|t| t.span.start < span.end);
    let words = first..end;
    if words.len() < 3 || words.clone().any(|i| doc.tokens[i].kind != TokenKind::Word) {
        return None;
    }
    let arabic = |i: usize| doc.word(i).chars().all(crate::lang::is_arabic_letter);
    if !words.clone().all(arabic) {
        return None;
    }
    let classes = |w: &str| g.classes_of(Fnv::new().str(w));
    let place_or_org = g.class_bit("loc") | g.class_bit("org");
    (first + 1..end - 1).find(|&k| {
        let (name, before) = (fold(doc.word(k)), fold(doc.word(k - 1)));
        let given = classes(&name) & g.class_bit("first") != 0 && classes(&name) & place_or_org == 0;
        let opens = triggers::classes(&before) & (triggers::ORG_HEAD | triggers::DESCRIPTOR | triggers::TITLE) == 0;
        given
            && opens
            && !name.starts_with("ال")
            && !NAME_LINKS.contains(doc.word(k - 1))
            && end - k <= MAX_PERSON_WORDS
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_the_document_names_is_cut_from_the_person_after_it() {
        let text = "تحصل شركة سيفي على الغاز. وقال الرئيس التنفيذي لسيفي إغبرت لايغه إن ألمانيا تعلمت.";
        let model = [("سيفي", EntityKind::Org), ("لسيفي إغبرت لايغه", EntityKind::Per), ("ألمانيا", EntityKind::Loc)];
        let got = crate::ner::run_rule(text, Lang::Ar, &model, split_leading_bodies);
        let want = [
            ("سيفي", EntityKind::Org),
            ("سيفي", EntityKind::Org),
            ("إغبرت لايغه", EntityKind::Per),
            ("ألمانيا", EntityKind::Loc),
        ];
        assert_eq!(got, want.map(|(n, k)| (n.to_string(), k)));
        // Not a person whose first word only starts with ل.
        let model = [("سيفي", EntityKind::Org), ("لطفي إغبرت", EntityKind::Per)];
        let text = "شركة سيفي ولطفي إغبرت لايغه";
        let got = crate::ner::run_rule(text, Lang::Ar, &model, split_leading_bodies);
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn a_name_with_a_given_name_after_a_place_is_the_office_holder() {
        let text = "دعا المبعوث الأمريكي الخاص إلى السودان توم بيرييلو الطرفين";
        let got = crate::ner::run_rule(
            text,
            Lang::Ar,
            &[("السودان", EntityKind::Loc), ("توم بيرييلو", EntityKind::Loc)],
            split,
        );
        assert_eq!(got[1], ("توم بيرييلو".to_string(), EntityKind::Per));
        // Two places side by side are left alone.
        let text = "بين العراق سوريا الكبرى";
        let got = crate::ner::run_rule(
            text,
            Lang::Ar,
            &[("العراق", EntityKind::Loc), ("سوريا الكبرى", EntityKind::Loc)],
            split,
        );
        assert_eq!(got[1], ("سوريا الكبرى".to_string(), EntityKind::Loc));
    }

    fn run(text: &str, org: &str) -> Vec<(String, EntityKind)> {
        let doc = Document::new(text, None);
        let start = text.find(org).unwrap();
        let mut mentions = vec![Mention { span: Span::new(start, start + org.len()), kind: EntityKind::Org }];
        split(&doc, &mut mentions);
        mentions.iter().map(|m| (m.span.of(text).to_string(), m.kind)).collect()
    }

    #[test]
    fn a_person_after_an_organisation_is_split_off() {
        let text = "وأكد المفوض العام لوكالة الأونروا فيليب لازاريني أن الوضع كارثي";
        assert_eq!(
            run(text, "الأونروا فيليب لازاريني"),
            [("الأونروا".to_string(), EntityKind::Org), ("فيليب لازاريني".to_string(), EntityKind::Per)]
        );
    }

    #[test]
    fn names_that_contain_a_given_name_stay_whole() {
        for org in ["جامعة فؤاد الأول", "حمد بن فيصل آل ثاني", "سان أنطونيو سبيرز", "منظمة الصحة العالمية", "ريال مدريد"]
        {
            let text = format!("قال {org} إن");
            assert_eq!(run(&text, org), [(org.to_string(), EntityKind::Org)], "{org}");
        }
    }
}
