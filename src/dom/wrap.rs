//! Fallback painting where the CSS Custom Highlight API is missing: each span's text is wrapped
//! in `<hashiya-mark data-kind="PER">` elements (one per text node it crosses, entities inside
//! quotes), coloured by the adopted style sheet and described for screen readers through
//! `aria-describedby`. Spans grow to whole words first: a text node split inside an Arabic word
//! would break its letter joining. [`unwrap`] takes the marks out and merges back exactly the
//! text nodes that were split, so the page's markup is as it was.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

use wasm_bindgen::JsValue;
use web_sys::{Document, Element, Node, Range, Text};

use super::collect::Page;
use super::locate::BodyText;
use super::paint::NAMES;

/// The wrapping element (a valid custom element name, so it is an inline `HTMLElement`).
pub const TAG: &str = "hashiya-mark";
/// The hidden element holding the descriptions the marks point to.
const LEGEND_ID: &str = "hashiya-legend";

/// The same tints as the highlights; `data-off` is a panel toggle, `data-focus` its flash.
pub const STYLE: &str = "
hashiya-mark[data-kind=QUOTE] { background-color: rgba(124, 92, 255, 0.13); text-decoration: underline 2px rgba(124, 92, 255, 0.85); }
hashiya-mark[data-kind=PER] { background-color: rgba(255, 159, 10, 0.42); }
hashiya-mark[data-kind=ORG] { background-color: rgba(10, 152, 255, 0.36); }
hashiya-mark[data-kind=LOC] { background-color: rgba(48, 196, 89, 0.38); }
hashiya-mark[data-kind=MISC] { background-color: rgba(236, 72, 153, 0.30); }
hashiya-mark[data-off] { background-color: transparent; text-decoration: none; }
hashiya-mark[data-focus] { background-color: rgba(255, 214, 0, 0.85); color: #000; }
";

const LEGEND_EN: [&str; 5] = ["person", "organisation", "place", "other name", "quote"];
const LEGEND_AR: [&str; 5] = ["شخص", "منظمة", "مكان", "اسم آخر", "اقتباس"];

/// What [`wrap`] changed, for [`unwrap`].
struct Wrapped {
    marks: Vec<Element>,
    /// Each split text node with the nodes split off it, in document order.
    splits: Vec<(Text, Vec<Text>)>,
    legend: Option<Element>,
}

thread_local! {
    static WRAPPED: RefCell<Option<Wrapped>> = const { RefCell::new(None) };
}

/// One span to paint: an index into [`NAMES`] and UTF-16 offsets into the body text.
#[derive(Clone, Copy)]
pub struct Stroke {
    pub name: usize,
    pub start: usize,
    pub end: usize,
}

/// Quotes are the outer layer (0), entities the inner one (1).
fn layer(name: usize) -> usize {
    usize::from(name + 1 != NAMES.len())
}

/// Wraps each stroke's text; returns for each stroke a range over its marks (`None` when it
/// was skipped: no page text, or overlapping a neighbour once grown to whole words).
pub fn wrap(
    document: &Document,
    page: &Page,
    body: &BodyText,
    strokes: &[Stroke],
    lang: &str,
) -> Result<Vec<Option<Range>>, JsValue> {
    unwrap();
    let units: Vec<u16> = body.text.encode_utf16().collect();
    // Per text node: (from, to, layer, stroke) in its UTF-16 offsets.
    let mut cuts: BTreeMap<usize, Vec<(usize, usize, usize, usize)>> = BTreeMap::new();
    let mut layer_end = [0usize; 2];
    for (i, stroke) in strokes.iter().enumerate() {
        let (start, end) = whole_words(&units, stroke.start, stroke.end.min(units.len()));
        let layer = layer(stroke.name);
        if start >= end || start < layer_end[layer] {
            continue;
        }
        layer_end[layer] = end;
        for (piece, from, to) in body.segments(page, start, end) {
            cuts.entry(piece).or_default().push((from, to, layer, i));
        }
    }

    let mut wrapped = Wrapped { marks: Vec::new(), splits: Vec::new(), legend: None };
    let mut marks_of: Vec<Vec<Element>> = vec![Vec::new(); strokes.len()];
    for (piece, segments) in cuts {
        let node = &page.pieces[piece].node;
        let len = page.pieces[piece].len16;
        let points: BTreeSet<usize> =
            segments.iter().flat_map(|&(f, t, _, _)| [f, t]).filter(|&p| p > 0 && p < len).collect();
        // Split from the end, so the offsets still to cut stay valid in `node`.
        let mut parts = Vec::with_capacity(points.len() + 1);
        for &point in points.iter().rev() {
            parts.push((point, node.split_text(point as u32)?));
        }
        parts.push((0, node.clone()));
        parts.reverse();
        if parts.len() > 1 {
            wrapped.splits.push((node.clone(), parts[1..].iter().map(|(_, t)| t.clone()).collect()));
        }
        // Names first, each part on its own; then each quote around its run of parts, so a
        // quote is one mark per text node with its names' marks inside.
        let mut tops: Vec<(usize, Node)> = Vec::with_capacity(parts.len());
        for (from, text) in &parts {
            let mut top: Node = text.clone().into();
            if let Some(&(_, _, _, i)) = segments.iter().find(|&&(f, t, l, _)| l == 1 && f <= *from && *from < t) {
                let mark = wrap_run(document, strokes[i].name, std::slice::from_ref(&top))?;
                marks_of[i].push(mark.clone());
                wrapped.marks.push(mark.clone());
                top = mark.into();
            }
            tops.push((*from, top));
        }
        for &(f, t, _, i) in segments.iter().filter(|s| s.2 == 0) {
            let run: Vec<Node> =
                tops.iter().filter(|(from, _)| f <= *from && *from < t).map(|(_, n)| n.clone()).collect();
            if !run.is_empty() {
                let mark = wrap_run(document, strokes[i].name, &run)?;
                marks_of[i].push(mark.clone());
                wrapped.marks.push(mark);
            }
        }
    }
    if !wrapped.marks.is_empty() {
        wrapped.legend = legend(document, lang)?;
    }
    WRAPPED.with(|cell| *cell.borrow_mut() = Some(wrapped));

    marks_of
        .into_iter()
        .map(|marks| {
            let (Some(first), Some(last)) = (marks.first(), marks.last()) else { return Ok(None) };
            let range = document.create_range()?;
            range.set_start(first, 0)?;
            range.set_end(last, last.child_nodes().length())?;
            Ok(Some(range))
        })
        .collect()
}

/// Takes every mark out and merges the split text nodes back; the legend goes too.
pub fn unwrap() {
    let Some(wrapped) = WRAPPED.with(|cell| cell.borrow_mut().take()) else { return };
    for mark in &wrapped.marks {
        let Some(parent) = mark.parent_node() else { continue };
        while let Some(child) = mark.first_child() {
            let _ = parent.insert_before(&child, Some(mark));
        }
        mark.remove();
    }
    // Only the nodes hashiya split, and only while still side by side: the page's own
    // adjacent text nodes stay as they were.
    for (node, tails) in &wrapped.splits {
        for tail in tails {
            let next = node.next_sibling();
            if next.as_ref() != Some(tail.as_ref()) {
                break;
            }
            let _ = node.append_data(&tail.data());
            tail.remove();
        }
    }
    if let Some(legend) = wrapped.legend {
        legend.remove();
    }
}

/// Puts a new mark where `run` (adjacent siblings) starts and moves the run into it.
fn wrap_run(document: &Document, name: usize, run: &[Node]) -> Result<Element, JsValue> {
    let mark = mark(document, name)?;
    let first = &run[0];
    let parent = first.parent_node().ok_or("hashiya: a text node left the page while painting")?;
    parent.insert_before(&mark, Some(first))?;
    for node in run {
        mark.append_child(node)?;
    }
    Ok(mark)
}

fn mark(document: &Document, name: usize) -> Result<Element, JsValue> {
    let kind = &NAMES[name][8..];
    let mark = document.create_element(TAG)?;
    mark.set_attribute("data-kind", kind)?;
    mark.set_attribute("aria-describedby", &format!("{LEGEND_ID}-{kind}"))?;
    Ok(mark)
}

/// `<div id="hashiya-legend" hidden>` with one described kind per child, in the page's language.
fn legend(document: &Document, lang: &str) -> Result<Option<Element>, JsValue> {
    let Some(parent) = document.body().map(Element::from).or_else(|| document.document_element()) else {
        return Ok(None);
    };
    let legend = document.create_element("div")?;
    legend.set_id(LEGEND_ID);
    legend.set_attribute("hidden", "")?;
    let words = if lang == "ar" { LEGEND_AR } else { LEGEND_EN };
    for (name, word) in NAMES.iter().zip(words) {
        let item = document.create_element("span")?;
        item.set_id(&format!("{LEGEND_ID}-{}", &name[8..]));
        item.set_text_content(Some(word));
        legend.append_child(&item)?;
    }
    parent.append_child(&legend)?;
    Ok(Some(legend))
}

/// Letters, digits, combining marks, tatweel and joiners: what a split must not fall between.
fn is_word(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c, '\u{0300}'..='\u{036F}' | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}'
            | '\u{06D6}'..='\u{06ED}' | '\u{0640}' | '\u{200C}' | '\u{200D}')
}

/// The character starting at UTF-16 index `i` and its length in units.
fn char_at(units: &[u16], i: usize) -> Option<(char, usize)> {
    let end = units.len().min(i + 2);
    let c = char::decode_utf16(units.get(i..end)?.iter().copied()).next()?.ok()?;
    Some((c, c.len_utf16()))
}

/// The character ending at UTF-16 index `i` and its length in units.
fn char_before(units: &[u16], i: usize) -> Option<(char, usize)> {
    let start = i.checked_sub(1)?;
    if start > 0 && (0xDC00..0xE000).contains(&units[start]) {
        if let Some((c, 2)) = char_at(units, start - 1) {
            return Some((c, 2));
        }
    }
    char_at(units, start).filter(|&(_, n)| n == 1)
}

fn word_at(units: &[u16], i: usize) -> bool {
    char_at(units, i).is_some_and(|(c, _)| is_word(c))
}

fn word_before(units: &[u16], i: usize) -> bool {
    char_before(units, i).is_some_and(|(c, _)| is_word(c))
}

/// Grows `start..end` until neither end falls between two word characters.
pub fn whole_words(units: &[u16], mut start: usize, mut end: usize) -> (usize, usize) {
    while word_before(units, start) && word_at(units, start) {
        start -= char_before(units, start).map_or(1, |(_, n)| n);
    }
    while word_before(units, end) && word_at(units, end) {
        end += char_at(units, end).map_or(1, |(_, n)| n);
    }
    (start, end)
}
