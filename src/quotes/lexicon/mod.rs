//! Reporting verbs and the small closed word classes attribution needs, per language.
//! Lookups take the lookup form of a word ([`crate::text::normalize::fold`]).

pub mod ar;
pub mod en;

/// How a cue relates to its speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueKind {
    /// A reporting verb: the speaker is its subject (before it, or after it when inverted
    /// or in Arabic verb-first order).
    Verb,
    /// "according to X", بحسب X, وفق X: the speaker follows.
    According,
    /// نقل … عن X قوله: the speaker follows عن.
    Relay,
    /// وجاء في البيان: the speaker is the statement after في.
    Came,
    /// saying, adding, قائلا: the speaker is the subject of the clause it hangs on.
    Participle,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// A reporting cue found at a token: its kind, the gender its form marks (Arabic verbs) and
/// how many tokens it spans.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cue {
    pub kind: CueKind,
    pub gender: Option<Gender>,
    pub tokens: usize,
}
