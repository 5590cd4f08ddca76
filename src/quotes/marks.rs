//! Pairing quotation marks into quoted spans, one paragraph at a time.
//!
//! Every convention in use is read: “ ” ‘ ’ „ ‚ « » ‹ › (either direction, so German „…“ and
//! »…« work), straight " and ' whose direction comes from what is around them (space or
//! punctuation before and a letter after opens; the reverse closes), and the ASCII-typed
//! `''…''` and ``` ``…'' ``` of wire copy. Apostrophes (don't, Obama’s, students’) are never
//! paired. A mark that finds no partner is dropped where it stands: a quote never leaves its
//! paragraph, except by the multi-paragraph convention (a paragraph that leaves a quote open
//! and a next paragraph that starts by reopening it). One pass with a stack: linear time
//! whatever the number of unmatched marks.

use crate::document::Document;
use crate::span::Span;

/// Marks that pair with each other. Straight, curly and low double marks mix freely in real
/// text ("…” and „…“), so they are one family; guillemets are their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Angle,
    SingleAngle,
}

const FAMILIES: usize = 4;

impl Family {
    const fn index(self) -> usize {
        self as usize
    }
}

/// One quotation mark and the directions its context allows.
#[derive(Clone, Copy, Debug)]
struct Mark {
    span: Span,
    family: Family,
    can_open: bool,
    can_close: bool,
}

/// A quoted span: the inside of a pair of marks (or, for a paragraph left open under the
/// multi-paragraph convention, from the opening mark to the paragraph's end).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quoted {
    /// The inside of the marks, trimmed of spaces.
    pub inner: Span,
    /// The opening mark.
    pub open: Span,
    /// The closing mark; `None` when the quote runs on into the next paragraph.
    pub close: Option<Span>,
    /// The index of the paragraph in [`Document::blocks`].
    pub block: usize,
    /// Whether this span continues a quote left open by the previous paragraph.
    pub continued: bool,
}

fn is_space(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace() || c == '\u{FEFF}')
}

/// Anything that is neither a letter, a digit nor a space: punctuation, other marks, symbols.
fn is_punct(c: Option<char>) -> bool {
    c.is_some_and(|c| !c.is_alphanumeric() && !c.is_whitespace())
}

/// The family and glyph direction of a quotation-mark character: `Some(true)` opens,
/// `Some(false)` closes, `None` is straight (direction from context).
fn glyph(c: char) -> Option<(Family, Option<bool>)> {
    Some(match c {
        '"' => (Family::Double, None),
        '“' | '„' | '‟' => (Family::Double, Some(true)),
        '”' => (Family::Double, Some(false)),
        '\'' => (Family::Single, None),
        '‘' | '‚' | '‛' => (Family::Single, Some(true)),
        '’' => (Family::Single, Some(false)),
        '«' => (Family::Angle, Some(true)),
        '»' => (Family::Angle, Some(false)),
        '‹' => (Family::SingleAngle, Some(true)),
        '›' => (Family::SingleAngle, Some(false)),
        '`' => (Family::Single, Some(true)),
        _ => return None,
    })
}

/// Decides which ways a mark may act from its glyph and its neighbours.
fn classify(span: Span, family: Family, direction: Option<bool>, before: Option<char>, after: Option<char>) -> Mark {
    // Flanking as in CommonMark: an opener hugs the text after it, a closer the text before.
    let left = !is_space(after) && (is_space(before) || is_punct(before));
    let right = !is_space(before) && (is_space(after) || is_punct(after));
    let single = matches!(family, Family::Single);
    // Punctuation that ends a quoted sentence: a mark right after it and touching the next
    // word (`,”Clinton said`, `,"Clinton said`) still closes.
    let after_stop = before.is_some_and(|c| matches!(c, ',' | '.' | '?' | '!' | '…' | '،' | '؟'));
    let (can_open, can_close) = match direction {
        // A curly opener used backwards („…“ closes with “) closes only when it clearly must.
        Some(true) => (left || !right, right && !left),
        Some(false) => {
            // ’ inside a word or before a digit is an apostrophe (don't, Obama’s, ’90s).
            if single && (!left && !right || after.is_some_and(|c| c.is_numeric())) {
                (false, false)
            } else if after_stop {
                (false, true)
            } else {
                (left && !right, right || !left)
            }
        }
        None if single => {
            // A straight ' between letters or before a digit is an apostrophe.
            if after.is_some_and(|c| c.is_numeric()) || (!left && !right) {
                (false, false)
            } else {
                (left, right)
            }
        }
        None => (left, right || after_stop),
    };
    Mark { span, family, can_open, can_close }
}

/// The quotation marks of one paragraph, in order.
fn marks(text: &str, block: Span) -> Vec<Mark> {
    let body = block.of(text);
    let mut out = Vec::new();
    let mut chars = body.char_indices().peekable();
    let mut before: Option<char> = None;
    let mut before_that: Option<char> = None;
    while let Some((i, c)) = chars.next() {
        let Some((mut family, mut direction)) = glyph(c) else {
            before_that = before;
            before = Some(c);
            continue;
        };
        let mut len = c.len_utf8();
        // `''` and ``` `` ``` are ASCII spellings of double marks; a third ' is a single mark
        // next to them ('''), on the inside of the pair.
        let mut run = 1;
        if matches!(c, '\'' | '`') {
            while run < 3 && chars.peek().is_some_and(|&(_, n)| n == c) {
                chars.next();
                run += 1;
            }
            len = run;
        }
        // Nested marks set apart by a space (`,' " said`, `" 'Tis`) flank each other.
        let mut rest = body[i + len..].chars();
        let after = match (rest.next(), rest.next()) {
            (Some(' '), Some(n)) if glyph(n).is_some() => Some(n),
            (a, _) => a,
        };
        let flank_before = match (before, before_that) {
            (Some(' '), Some(b)) if glyph(b).is_some() => Some(b),
            // An Arabic conjunction or preposition written onto the mark ("و"وادي الفراشات"",
            // "ب"الحياة"") stands where a space would: the mark opens.
            (Some('و' | 'ف' | 'ب' | 'ل' | 'ك'), None | Some(' ')) => None,
            (b, _) => b,
        };
        let start = block.start + i;
        if run == 1 {
            out.push(classify(Span::new(start, start + len), family, direction, flank_before, after));
        } else {
            if c == '`' {
                direction = Some(true);
            }
            family = Family::Double;
            let double = classify(Span::new(start, start + len), family, direction, flank_before, after);
            if run == 3 {
                // Opening: the double mark comes first; closing: the single one does.
                let (first, second) = if double.can_open && !double.can_close {
                    ((Family::Double, 2), (Family::Single, 1))
                } else {
                    ((Family::Single, 1), (Family::Double, 2))
                };
                let mid = start + first.1;
                out.push(classify(Span::new(start, mid), first.0, direction, flank_before, after));
                out.push(classify(Span::new(mid, start + 3), second.0, direction, flank_before, after));
            } else {
                out.push(double);
            }
        }
        let mut back = body[..i + len].chars();
        before = back.next_back();
        before_that = back.next_back();
    }
    out
}

/// A pair found inside one paragraph (marks' spans).
#[derive(Clone, Copy, Debug)]
struct Pair {
    open: Span,
    close: Span,
}

/// What pairing one paragraph gives: the outermost pairs in order, the openers left
/// unmatched (in order), and how many stack operations it took (at most two per mark).
struct Paired {
    pairs: Vec<Pair>,
    unmatched: Vec<Mark>,
    steps: usize,
}

/// Pairs the marks of one paragraph with a stack.
fn pair(marks: &[Mark]) -> Paired {
    let mut steps = 0;
    let mut stack: Vec<Mark> = Vec::new();
    let mut open_count = [0usize; FAMILIES];
    let mut pairs: Vec<Pair> = Vec::new();
    for &mark in marks {
        let family = mark.family.index();
        if mark.can_close && open_count[family] > 0 {
            // Openers of other families above ours were never closed: drop them. Each mark is
            // pushed and popped at most once, so this stays linear.
            while let Some(top) = stack.pop() {
                steps += 1;
                open_count[top.family.index()] -= 1;
                if top.family == mark.family {
                    pairs.push(Pair { open: top.span, close: mark.span });
                    break;
                }
            }
        } else if mark.can_open {
            steps += 1;
            open_count[family] += 1;
            stack.push(mark);
        }
    }
    // Pairs were recorded as they closed, so an enclosing pair comes after the pairs inside
    // it. Walking backwards keeps the outermost ones.
    let mut outer: Vec<Pair> = Vec::with_capacity(pairs.len());
    for p in pairs.into_iter().rev() {
        if outer.last().is_none_or(|kept| p.close.end <= kept.open.start) {
            outer.push(p);
        }
    }
    outer.reverse();
    Paired { pairs: outer, unmatched: stack, steps }
}

/// The inside of `open..close`, trimmed of spaces and invisible characters.
fn inside(text: &str, from: usize, to: usize) -> Span {
    let s = &text[from..to];
    let trim = |c: char| c.is_whitespace() || crate::text::normalize::is_invisible(c);
    let start = from + (s.len() - s.trim_start_matches(trim).len());
    let end = from + s.trim_end_matches(trim).len();
    Span::new(start, end.max(start))
}

/// Whether a paragraph's first character is an opening mark of `family`.
fn reopens(text: &str, block: Span, family: Family) -> bool {
    // The first few characters are enough to see a mark (up to ''' ) and what follows it.
    let body = block.of(text);
    let head = body.char_indices().nth(4).map_or(body.len(), |(i, _)| i);
    let first = marks(text, Span::new(block.start, block.start + head));
    first.first().is_some_and(|m| m.span.start == block.start && m.family == family && m.can_open)
}

/// Finds the quoted spans of every paragraph, in text order.
pub fn find_quoted(doc: &Document) -> Vec<Quoted> {
    let text = doc.text;
    let mut out = Vec::new();
    let mut carried = false;
    for (b, block) in doc.blocks.iter().enumerate() {
        let was_carried = std::mem::take(&mut carried);
        let marks = marks(text, block.span);
        let Paired { pairs, unmatched, steps } = pair(&marks);
        debug_assert!(steps <= 2 * marks.len(), "each mark is pushed and popped at most once");
        // The outermost opener left open, if the next paragraph reopens its quote.
        let open_tail = unmatched
            .iter()
            .find(|m| matches!(m.family, Family::Double | Family::Angle))
            .filter(|m| doc.blocks.get(b + 1).is_some_and(|next| reopens(text, next.span, m.family)));
        for (i, p) in pairs.iter().enumerate() {
            if open_tail.is_some_and(|t| p.open.start > t.span.start) {
                break;
            }
            let continued = was_carried && i == 0 && p.open.start == block.span.start;
            let inner = inside(text, p.open.end, p.close.start);
            out.push(Quoted { inner, open: p.open, close: Some(p.close), block: b, continued });
        }
        if let Some(tail) = open_tail {
            let continued = was_carried && tail.span.start == block.span.start;
            let inner = inside(text, tail.span.end, block.span.end);
            out.push(Quoted { inner, open: tail.span, close: None, block: b, continued });
            carried = true;
        }
    }
    out.retain(|q| !q.inner.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        let doc = Document::new(text, None);
        find_quoted(&doc).iter().map(|q| q.inner.of(text)).collect()
    }

    #[test]
    fn pairs_every_convention() {
        let cases: &[(&str, &[&str])] = &[
            ("He said \"we will win the vote\" today.", &["we will win the vote"]),
            ("He said “we will win the vote” today.", &["we will win the vote"]),
            ("Er sagte „wir werden gewinnen“ heute.", &["wir werden gewinnen"]),
            ("Il a dit « nous allons gagner » hier.", &["nous allons gagner"]),
            ("Er sagte »wir werden gewinnen« heute.", &["wir werden gewinnen"]),
            ("قال «سنفوز بالتصويت» اليوم", &["سنفوز بالتصويت"]),
            ("She said 'we will win the vote' today.", &["we will win the vote"]),
            ("She said ‘we will win the vote’ today.", &["we will win the vote"]),
            ("She said ‹nous gagnerons› hier.", &["nous gagnerons"]),
            ("''There's a lot of new complexity,'' said Mr. Burman.", &["There's a lot of new complexity,"]),
            ("``We will win,'' he said.", &["We will win,"]),
            ("وأضاف أن \"العراق سيظل يطلب التدريب\". وتأتي", &["العراق سيظل يطلب التدريب"]),
            // A conjunction written onto the opening mark.
            ("رواية \"صلاة القلق\" لندا، و\"وادي الفراشات\" لجرجيس", &["صلاة القلق", "وادي الفراشات"]),
            ("\"One,\" he said, \"two.\"", &["One,", "two."]),
            ("“Three four five six,”Clinton said. “Seven.”", &["Three four five six,", "Seven."]),
            ("\"Three four five six,\"Clinton said. \"Seven.\"", &["Three four five six,", "Seven."]),
            ("\"She'll be 'above the law,' \" said Win.", &["She'll be 'above the law,'"]),
        ];
        for (text, want) in cases {
            assert_eq!(quoted(text), *want, "help: pairing {text:?}");
        }
    }

    #[test]
    fn nested_quotes_stay_inside_the_outer_one() {
        let cases: &[(&str, &[&str])] = &[
            ("He said “she called it ‘a disgrace’ twice” then.", &["she called it ‘a disgrace’ twice"]),
            ("He said \"she called it 'a disgrace' twice\" then.", &["she called it 'a disgrace' twice"]),
            (
                "''Part of the network formed to 'break the monopoly on information.''' Then.",
                &["Part of the network formed to 'break the monopoly on information.'"],
            ),
            ("''a network to 'break the monopoly?'.'' ok", &["a network to 'break the monopoly?'."]),
        ];
        for (text, want) in cases {
            assert_eq!(quoted(text), *want, "help: nesting {text:?}");
        }
    }

    #[test]
    fn apostrophes_are_not_marks() {
        let cases: &[(&str, &[&str])] = &[
            ("Obama’s plan, don't worry, the students’ loans and the Joneses’ house", &[]),
            ("In the ’90s he didn’t say ‘we can’t win’ at all.", &["we can’t win"]),
            ("Obama's 'plan' isn't ready", &["plan"]),
            ("the Joneses' house and O'Neill's", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(quoted(text), *want, "help: apostrophes in {text:?}");
        }
    }

    #[test]
    fn unbalanced_marks_stay_local() {
        let cases: &[(&str, &[&str])] = &[
            // A missing closing mark loses its own quote only.
            (
                "\"One two three,\" he said. \"Lost quote, she said. \"Four five six,\" they said.",
                &["One two three,", "Four five six,"],
            ),
            ("“Never closed in this paragraph.\nNext paragraph “has its own quote” here.", &["has its own quote"]),
            ("A stray ” closer and then “a real quote” here.", &["a real quote"]),
            ("A stray “ opener and then “a real quote” here.", &["a real quote"]),
            ("5'10\" tall and 6\" wide", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(quoted(text), *want, "help: unbalanced {text:?}");
        }
    }

    #[test]
    fn multi_paragraph_quotes_are_one_span_per_paragraph() {
        let text = "He said: “The first paragraph of the speech.\n“The second paragraph goes on.\n“The end.” Then.";
        let doc = Document::new(text, None);
        let got = find_quoted(&doc);
        let inner: Vec<&str> = got.iter().map(|q| q.inner.of(text)).collect();
        assert_eq!(inner, ["The first paragraph of the speech.", "The second paragraph goes on.", "The end."]);
        let continued: Vec<bool> = got.iter().map(|q| q.continued).collect();
        assert_eq!(continued, [false, true, true]);
        assert_eq!(got.iter().map(|q| q.close.is_some()).collect::<Vec<_>>(), [false, false, true]);
    }

    #[test]
    fn pairing_work_is_linear_in_the_marks_whatever_they_are() {
        // Unmatched openers of every family, then closers that each unwind the whole stack,
        // then stray closers: each mark is pushed and popped at most once.
        for n in [10, 1_000, 10_000] {
            let mut text = String::new();
            for i in 0..n {
                text.push_str(["“a ", "‘a ", "«a ", "‹a ", "\"a "][i % 5]);
            }
            text.push_str("b” c’ d» e› f\" ");
            for _ in 0..n {
                text.push_str("x” ");
            }
            let marks = marks(&text, Span::new(0, text.len()));
            assert_eq!(marks.len(), 2 * n + 5);
            let paired = pair(&marks);
            assert!(paired.steps <= 2 * marks.len(), "help: {} steps for {} marks", paired.steps, marks.len());
            assert!(paired.pairs.len() <= 5);
        }
    }

    #[test]
    fn spans_are_sorted_disjoint_and_on_char_boundaries() {
        let text = "«“‘'\"„»”’ \"غير\" ‹› ''``'' 'x' \"\" “”";
        let doc = Document::new(text, None);
        let got = find_quoted(&doc);
        for w in got.windows(2) {
            assert!(w[0].inner.end <= w[1].inner.start);
        }
        for q in &got {
            assert!(text.is_char_boundary(q.inner.start) && text.is_char_boundary(q.inner.end));
        }
    }
}
