//! The text handed to the core, built from the kept pieces of a page, and the way back from
//! its UTF-16 offsets to (text node, offset) pairs.

use std::rc::Rc;

use super::collect::Page;

/// The article text: kept pieces joined, with a line break between blocks and at `<br>`.
pub struct BodyText {
    pub text: String,
    /// For each piece in the text: its index in [`Page::pieces`] and its UTF-16 start.
    starts: Vec<(usize, usize)>,
    /// Where the language the markup gives the text changes: byte offset, UTF-16 offset and
    /// the `lang` from there on (`None`: the markup says nothing).
    pub langs: Vec<(usize, usize, Option<Rc<str>>)>,
}

/// A position in the page: a piece (text node) and a UTF-16 offset inside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Point {
    pub piece: usize,
    pub offset: usize,
}

impl BodyText {
    /// Joins the pieces whose block `keep` marks.
    pub fn new(page: &Page, keep: &[bool]) -> BodyText {
        let mut text = String::new();
        let mut starts = Vec::new();
        let mut langs: Vec<(usize, usize, Option<Rc<str>>)> = Vec::new();
        let (mut len16, mut last_block) = (0, None);
        for (i, piece) in page.pieces.iter().enumerate() {
            if !keep.get(piece.block).copied().unwrap_or(false) {
                continue;
            }
            let new_line = piece.break_before || last_block.is_some_and(|b| b != piece.block);
            if new_line && !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
                len16 += 1;
            }
            let blank = piece.text.trim().is_empty();
            if blank && (text.is_empty() || text.ends_with('\n')) {
                // Layout whitespace between blocks: nothing to read, no line of its own.
                continue;
            }
            if !blank {
                last_block = Some(piece.block);
            }
            let lang = page.block_langs.get(piece.block).cloned().flatten();
            if langs.last().map_or(lang.is_some(), |(_, _, last)| *last != lang) {
                langs.push((text.len(), len16, lang));
            }
            starts.push((i, len16));
            text.push_str(&piece.text);
            len16 += piece.len16;
        }
        BodyText { text, starts, langs }
    }

    /// Where a span starting at UTF-16 offset `start` begins: the first piece that has text
    /// at or after it (a span never starts on an inserted line break, but stays safe if it does).
    pub fn start_point(&self, page: &Page, start: usize) -> Option<Point> {
        let after = self.starts.partition_point(|&(_, s)| s <= start);
        if let Some(&(piece, s)) = after.checked_sub(1).map(|i| &self.starts[i]) {
            if start < s + page.pieces[piece].len16 {
                return Some(Point { piece, offset: start - s });
            }
        }
        self.starts.get(after).map(|&(piece, _)| Point { piece, offset: 0 })
    }

    /// Where a span ending at UTF-16 offset `end` ends: in the last piece that starts before it.
    pub fn end_point(&self, page: &Page, end: usize) -> Option<Point> {
        let before = self.starts.partition_point(|&(_, s)| s < end);
        let &(piece, s) = self.starts.get(before.checked_sub(1)?)?;
        Some(Point { piece, offset: (end - s).min(page.pieces[piece].len16) })
    }

    /// The parts of the pieces that UTF-16 offsets `start..end` cover: (piece, from, to),
    /// with `from..to` in the piece's own offsets, in document order.
    pub fn segments(&self, page: &Page, start: usize, end: usize) -> Vec<(usize, usize, usize)> {
        let first = self.starts.partition_point(|&(p, s)| s + page.pieces[p].len16 <= start);
        let mut segments = Vec::new();
        for &(piece, s) in &self.starts[first..] {
            if s >= end {
                break;
            }
            let (from, to) = (start.saturating_sub(s), (end - s).min(page.pieces[piece].len16));
            if to > from {
                segments.push((piece, from, to));
            }
        }
        segments
    }
}
