//! Well-known people and places in short news sentences of the kind the models never saw in
//! training (2006 and 1996 corpora): a guard against models that score well on their dev sets
//! but lose names readers expect. Each case lists entities that must be found exactly, with
//! their type; other entities may be found too.

use hashiya::{annotate, EntityKind, Options};

fn check(text: &str, want: &[(&str, EntityKind)]) {
    let found = annotate(text, &Options::default());
    let got: Vec<(&str, EntityKind)> = found.entities.iter().map(|e| (e.span.of(text), e.kind)).collect();
    for (name, kind) in want {
        assert!(got.contains(&(name, *kind)), "help: {name:?} should be {kind:?} in {text:?}; found {got:?}");
    }
}

use EntityKind::{Loc, Misc, Per};

#[test]
fn arabic_heads_of_state_keep_their_full_names() {
    check(
        "قال الرئيس الأمريكي جو بايدن في واشنطن إن المحادثات مع العراق كانت مثمرة.",
        &[("الأمريكي", Misc), ("جو بايدن", Per), ("واشنطن", Loc), ("العراق", Loc)],
    );
    check(
        "التقى الرئيس الروسي فلاديمير بوتين نظيره الفرنسي إيمانويل ماكرون في موسكو.",
        &[("فلاديمير بوتين", Per), ("إيمانويل ماكرون", Per), ("موسكو", Loc)],
    );
    check("وصل جو بايدن إلى بغداد.", &[("جو بايدن", Per), ("بغداد", Loc)]);
}

#[test]
fn an_arabic_name_does_not_swallow_the_verb_after_it() {
    check("أكد بايدن أن الولايات المتحدة ستبقى.", &[("بايدن", Per), ("الولايات المتحدة", Loc)]);
}

#[test]
fn english_leaders_and_capitals() {
    check(
        "President Joe Biden met Olaf Scholz and Emmanuel Macron in Paris on Monday.",
        &[("Joe Biden", Per), ("Olaf Scholz", Per), ("Emmanuel Macron", Per), ("Paris", Loc)],
    );
}
