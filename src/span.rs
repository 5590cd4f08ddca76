//! The one span type of the core.

/// A half-open byte range `start..end` into the text given to [`crate::annotate`].
///
/// Both ends always sit on UTF-8 character boundaries. Conversion to UTF-16 code units
/// (the DOM) or Unicode code points (the CLI) happens once, at the edge, in
/// [`crate::text::offsets`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    pub const fn len(self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(self) -> bool {
        self.start >= self.end
    }

    /// The text this span covers. Callers keep spans on char boundaries; see the type doc.
    pub fn of(self, text: &str) -> &str {
        &text[self.start..self.end]
    }

    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}
