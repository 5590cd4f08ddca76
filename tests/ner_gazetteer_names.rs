//! Names the generated Arabic name lists (data/gazetteers/ar: well-known people, Arabic given
//! and family names, sports clubs; scripts/gazetteers/names.sh) are there for: people and clubs
//! of current news that ANERcorp (2006) never saw. The first tests failed with the model
//! trained before the lists ("إيلون ماسك" untagged, "بوروسيا دورتموند" read as two places);
//! the others were already right and must stay right. Each case lists entities that must be
//! found exactly, with their type; other entities may be found too.

mod common;

use common::check;
use hashiya::EntityKind;

use EntityKind::{Loc, Org, Per};

#[test]
fn arabic_well_known_people_from_the_name_list() {
    check("أعلن الملياردير إيلون ماسك أن شركته ستفتح مصنعا جديدا في برلين.", &[("إيلون ماسك", Per), ("برلين", Loc)]);
    // The family name alone, later in the same text, is the same person.
    check("وانتقد إيلون ماسك القرار، وقال ماسك إنه سيطعن فيه.", &[("إيلون ماسك", Per), ("ماسك", Per)]);
}

#[test]
fn arabic_football_clubs_are_organisations_not_places() {
    check("وتعادل بوروسيا دورتموند مع أتلتيكو مدريد.", &[("بوروسيا دورتموند", Org), ("أتلتيكو مدريد", Org)]);
    check("وخسر مانشستر سيتي أمام ليفربول.", &[("مانشستر سيتي", Org), ("ليفربول", Org)]);
}

#[test]
fn arabic_names_the_model_already_knew_stay_found() {
    check(
        "قال رئيس الوزراء البريطاني ريشي سوناك إن بلاده ستواصل دعم أوكرانيا.",
        &[("ريشي سوناك", Per), ("أوكرانيا", Loc)],
    );
    check("وصل الرئيس التركي رجب طيب أردوغان إلى الدوحة أمس.", &[("رجب طيب أردوغان", Per), ("الدوحة", Loc)]);
    check("قال عبد الفتاح السيسي إن مصر لن تسمح بذلك.", &[("عبد الفتاح السيسي", Per), ("مصر", Loc)]);
    check("وقال شي جين بينغ إن الصين ستفتح أسواقها.", &[("شي جين بينغ", Per), ("الصين", Loc)]);
    check("وقال سيرغي لافروف إن موسكو لن تتراجع.", &[("سيرغي لافروف", Per), ("موسكو", Loc)]);
    check("وأكدت هالة الزعبي أن الانتخابات نزيهة.", &[("هالة الزعبي", Per)]);
    check("وقال فهد الدوسري إن الفريق جاهز.", &[("فهد الدوسري", Per)]);
}

#[test]
fn english_modern_names_stay_found() {
    check(
        "British Prime Minister Rishi Sunak said Britain would keep supporting Ukraine.",
        &[("Rishi Sunak", Per), ("Ukraine", Loc)],
    );
    check("Sergei Lavrov said Moscow would not back down.", &[("Sergei Lavrov", Per), ("Moscow", Loc)]);
}
