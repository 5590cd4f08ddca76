//! An Arabic organisation named by definite words takes the place nisba that agrees with it:
//! "البنك المركزي" + "الأوروبي" is one name, as "الاتحاد الأوروبي" is in ANERcorp. The tagger
//! often stops before the nisba and the nisba rule then marks it MISC. A nisba after an
//! indefinite name ("توتال الفرنسية", "حماس الفلسطينية") describes it and stays apart: the
//! tagger's "سيمنز الألمانية" is split, and a one-word "person" that a feminine nationality
//! describes is a company ("إيني الإيطالية"; Arabic makes companies feminine).

use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::Mention;
use crate::text::normalize::fold;

/// Merges each ORG with the MISC nisba right after it (spaces only between) when both are
/// definite Arabic words. One pass; `mentions` are in text order.
pub fn merge(doc: &Document, mentions: &mut Vec<Mention>) {
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    for &next in mentions.iter() {
        if let Some(org) = out.last_mut() {
            if takes_nisba(doc, org, &next) {
                org.span.end = next.span.end;
                continue;
            }
        }
        out.push(next);
    }
    *mentions = out;
}

/// Splits the place nisba off an organisation with an indefinite name ("سيمنز الألمانية" →
/// ORG + MISC), and retypes a one-word person described by a feminine place nisba as an
/// organisation ("إيني" + "الإيطالية"), unless its word is a given name of the lists.
pub fn split_described(doc: &Document, mentions: &mut Vec<Mention>) {
    let Some(model) = doc.model(crate::lang::Lang::Ar) else { return };
    let place_nisba =
        |word: &str| is_definite_arabic(word) && crate::ner::nisba::is_place_nisba(&model.gazetteer, &fold(word));
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    for (i, &m) in mentions.iter().enumerate() {
        let text = m.span.of(doc.text);
        if m.kind == EntityKind::Org {
            if let Some((body, last)) = text.rsplit_once(' ') {
                let before = body.split(' ').next_back().unwrap_or("");
                // "والري" in "وزارة المياه والري الأردنية" is definite after its و.
                let definite = crate::unknown_names::has_article(&fold(before));
                if place_nisba(last) && !definite && crate::unknown_names::is_arabic(before) {
                    let cut = m.span.start + body.len();
                    out.push(Mention { span: crate::span::Span::new(m.span.start, cut), kind: EntityKind::Org });
                    out.push(Mention { span: crate::span::Span::new(cut + 1, m.span.end), kind: EntityKind::Misc });
                    continue;
                }
            }
        }
        let mut m = m;
        if m.kind == EntityKind::Per && !text.contains(' ') && crate::unknown_names::is_arabic(text) {
            let described = mentions.get(i + 1).is_some_and(|n| {
                let nisba = n.span.of(doc.text);
                n.kind == EntityKind::Misc
                    && doc.only_spaces_between(m.span.end, n.span.start)
                    && fold(nisba).ends_with("يه")
                    && place_nisba(nisba)
            });
            if described && !crate::unknown_names::listed(doc, text, &["first"]) {
                m.kind = EntityKind::Org;
            }
        }
        out.push(m);
    }
    *mentions = out;
}

/// Whether `next` is an agreeing nisba that belongs to the organisation `org` before it.
fn takes_nisba(doc: &Document, org: &Mention, next: &Mention) -> bool {
    if org.kind != EntityKind::Org || next.kind != EntityKind::Misc || org.span.end > next.span.start {
        return false;
    }
    let adjacent = doc.only_spaces_between(org.span.end, next.span.start);
    let org_text = org.span.of(doc.text);
    let last_word = org_text.split_whitespace().last().unwrap_or("");
    // A club's nisba says where it plays ("نادي الهلال السعودي"): the club is "الهلال".
    let club = org_text.split_whitespace().next().is_some_and(|w| ["نادي", "فريق"].contains(&fold(w).as_str()));
    // A name the lists know on its own is described, not named, by a nisba after it ("الأهلي
    // المصري", "توتال الفرنسية"); "البنك المركزي الأوروبي" is no listed name without it.
    let listed_alone = crate::unknown_names::listed(doc, org_text, &["org"]);
    let nisba = next.span.of(doc.text);
    adjacent && !club && !listed_alone && is_definite_arabic(last_word) && is_definite_arabic(nisba) && is_nisba(nisba)
}

/// One Arabic word with the article.
fn is_definite_arabic(word: &str) -> bool {
    let folded = fold(word);
    folded.starts_with("ال") && folded.chars().count() >= 4 && folded.chars().all(crate::lang::is_arabic_letter)
}

/// A singular nisba ending: ـي or ـية (folded ـيه).
fn is_nisba(word: &str) -> bool {
    crate::ner::nisba::has_nisba_ending(&fold(word))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    fn mention(text: &str, name: &str, kind: EntityKind) -> Mention {
        let start = text.find(name).unwrap();
        Mention { span: Span::new(start, start + name.len()), kind }
    }

    fn run(text: &str, mentions: &[(&str, EntityKind)]) -> Vec<(String, EntityKind)> {
        let doc = Document::new(text, None);
        let mut mentions: Vec<Mention> = mentions.iter().map(|&(n, k)| mention(text, n, k)).collect();
        merge(&doc, &mut mentions);
        mentions.iter().map(|m| (m.span.of(text).to_string(), m.kind)).collect()
    }

    #[test]
    fn a_definite_organisation_takes_its_nisba() {
        let text = "أعلن البنك المركزي الأوروبي إبقاء الفائدة";
        let got = run(text, &[("البنك المركزي", EntityKind::Org), ("الأوروبي", EntityKind::Misc)]);
        assert_eq!(got, [("البنك المركزي الأوروبي".to_string(), EntityKind::Org)]);
    }

    #[test]
    fn a_nationality_after_an_indefinite_name_describes_it() {
        let text = "وكانت شركة سيمنز الألمانية قد فازت بعقد.";
        let found: Vec<(&str, EntityKind)> = crate::annotate(text, &crate::Options::default())
            .entities
            .iter()
            .map(|e| (e.span.of(text), e.kind))
            .collect();
        for want in [("سيمنز", EntityKind::Org), ("الألمانية", EntityKind::Misc)] {
            assert!(found.contains(&want), "{want:?} in {found:?}");
        }
        // A one-word "person" a feminine nationality describes is a company.
        let text = "ووقعت سوناطراك اتفاقا مع إيني الإيطالية.";
        let doc = Document::new(text, None);
        let mut mentions = vec![mention(text, "إيني", EntityKind::Per), mention(text, "الإيطالية", EntityKind::Misc)];
        split_described(&doc, &mut mentions);
        assert_eq!(mentions[0].kind, EntityKind::Org);
        // A man described by a masculine nisba stays a man.
        let text = "والتقى الوزير مع ماكرون الفرنسي.";
        let doc = Document::new(text, None);
        let mut mentions = vec![mention(text, "ماكرون", EntityKind::Per), mention(text, "الفرنسي", EntityKind::Misc)];
        split_described(&doc, &mut mentions);
        assert_eq!(mentions[0].kind, EntityKind::Per);
    }

    #[test]
    fn indefinite_names_other_kinds_and_gaps_keep_them_apart() {
        let cases: &[(&str, &[(&str, EntityKind)])] = &[
            ("شركة توتال الفرنسية", &[("توتال", EntityKind::Org), ("الفرنسية", EntityKind::Misc)]),
            ("قال بايدن الأمريكي", &[("بايدن", EntityKind::Per), ("الأمريكي", EntityKind::Misc)]),
            ("البنك المركزي، الأوروبي", &[("البنك المركزي", EntityKind::Org), ("الأوروبي", EntityKind::Misc)]),
            ("الاتحاد الأوروبيين", &[("الاتحاد", EntityKind::Org), ("الأوروبيين", EntityKind::Misc)]),
        ];
        for (text, mentions) in cases {
            let got = run(text, mentions);
            assert_eq!(got.len(), 2, "{text}: {got:?}");
        }
    }
}
