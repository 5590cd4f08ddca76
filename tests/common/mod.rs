//! Helpers shared by the entity test files (each `tests/*.rs` is its own crate and takes
//! this module with `mod common;`; not every crate uses every helper).
#![allow(dead_code)]

use hashiya::{annotate, EntityKind, Options};

/// The entities `annotate` finds in `text`, as (text, type).
pub fn entities(text: &str) -> Vec<(&str, EntityKind)> {
    annotate(text, &Options::default()).entities.iter().map(|e| (e.span.of(text), e.kind)).collect()
}

/// Asserts that each of `want` is found exactly, with its type; other entities may be found too.
pub fn check(text: &str, want: &[(&str, EntityKind)]) {
    let got = entities(text);
    for (name, kind) in want {
        assert!(got.contains(&(name, *kind)), "help: {name:?} should be {kind:?} in {text:?}; found {got:?}");
    }
}
