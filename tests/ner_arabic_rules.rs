//! Arabic rules the guidelines ask for and ANERcorp cannot teach, in whole sentences through
//! `annotate`: a family nisba after a given name belongs to the name, a compass direction is
//! not a nationality, and a ministry is an organisation.

use hashiya::{annotate, EntityKind, Options};

fn entities(text: &str) -> Vec<(&str, EntityKind)> {
    annotate(text, &Options::default()).entities.iter().map(|e| (e.span.of(text), e.kind)).collect()
}

use EntityKind::{Misc, Org, Per};

#[test]
fn a_family_nisba_completes_the_name_and_its_later_mentions_are_people() {
    let text = "أعلن رئيس الوزراء العراقي محمد شياع السوداني أن بغداد ستستضيف القمة. وقال السوداني إن العراق مستعد.";
    let found = entities(text);
    assert!(found.contains(&("محمد شياع السوداني", Per)), "{found:?}");
    assert!(!found.contains(&("السوداني", Misc)), "{found:?}");
    assert!(found.contains(&("العراقي", Misc)), "{found:?}");
    // A nationality that does not follow a name stays MISC.
    let text = "وصل الوفد السوداني إلى القاهرة.";
    assert!(entities(text).contains(&("السوداني", Misc)), "{:?}", entities(text));
}

#[test]
fn a_compass_direction_is_not_a_nationality() {
    let text = "حذرت المنظمة من تفشي الكوليرا في محافظة البصرة جنوبي البلاد وشمالي سوريا.";
    let found = entities(text);
    assert!(found.iter().all(|(name, _)| !name.contains("جنوبي") && !name.contains("شمالي")), "{found:?}");
}

#[test]
fn ministries_are_organisations() {
    let text = "من جهتها، رحبت وزارة الخارجية الأمريكية بالخطوة، فيما قال مصدر لوزارة النفط إن العمل مستمر.";
    let found = entities(text);
    assert!(found.contains(&("وزارة الخارجية الأمريكية", Org)), "{found:?}");
    assert!(found.contains(&("وزارة النفط", Org)), "{found:?}");
}
