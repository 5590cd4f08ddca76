//! The JS API: `annotateText`, `annotatePage`, `clearAnnotations`. Every error reaches JS as
//! an `Error` object; nothing here panics on bad input.

use js_sys::Reflect;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Node, Range};

use super::clock::Clock;
use super::collect::{collect, Page};
use super::locate::BodyText;
use super::options::{page_options, text_options, Scope};
use super::page_lang::{article_dir, lang_hints};
use super::paint::{self, Strokes, NAMES};
use super::wrap::{self, Stroke};
use crate::extract::Block;
use crate::{annotate, Output, Unit};

/// Annotates a string. Returns `{lang, entities, quotes, clusters, paragraphs}` with UTF-16
/// offsets (JS string indices). `options`: `{lang: "auto" | "ar" | "en"}`, optional.
#[wasm_bindgen(js_name = annotateText)]
pub fn annotate_text(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options = text_options(&options, text).map_err(|e| JsError::new(&e))?;
    let found = annotate(text, &options);
    to_js(&Output::new(text, &found, Unit::Utf16))
}

/// One block of a page as a reader without the DOM layer describes it (`www/extension/fallback.js`).
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct BlockIn {
    /// Index of the enclosing block, smaller than this block's own; `null` for the root.
    parent: Option<usize>,
    tag: String,
    /// Class, id, role and itemprop values, space separated.
    #[serde(default)]
    hints: String,
    /// The block's own text: text whose nearest block ancestor it is.
    #[serde(default)]
    text: String,
    /// Non-whitespace characters of that text inside links.
    #[serde(default)]
    links: usize,
}

/// Which blocks of a page are the article: `blocks` is an array of `{parent, tag, hints,
/// text, links}` in document order (as the DOM layer's own reader collects them), the answer
/// an array of booleans, one per block. For readers that cannot run the DOM layer (the
/// extension under a CSP that forbids wasm reads the page in plain JS and asks the service
/// worker), so that they keep the same article and drop the same furniture.
#[wasm_bindgen(js_name = articleBlocks)]
pub fn article_blocks(blocks: JsValue) -> Result<JsValue, JsError> {
    let blocks: Vec<BlockIn> = serde_wasm_bindgen::from_value(blocks).map_err(|e| {
        JsError::new(&format!("hashiya: articleBlocks needs [{{parent, tag, hints, text, links}}]: {e}"))
    })?;
    let blocks: Vec<Block> = blocks
        .into_iter()
        .map(|b| Block {
            parent: b.parent,
            tag: b.tag.to_ascii_lowercase(),
            hints: b.hints,
            text: b.text,
            link_chars: b.links,
        })
        .collect();
    to_js(&crate::extract::article_blocks(&blocks))
}

/// Finds the article under `root` (default: `document.body`), annotates its text with one
/// call to the core and paints the result with CSS highlights; the DOM is not changed.
/// Where the browser has no CSS Custom Highlight API, the text is wrapped in `<hashiya-mark>`
/// elements instead, which `clearAnnotations` takes out exactly.
/// Each paragraph's `lang` attribute (the closest one around it) is a hint to the language
/// detection, which the text's own script overrules where it is clear.
/// Returns what `annotateText` returns for the annotated text, plus that text as `text`,
/// `dir` (the computed `direction` of the article's main text: "rtl" or "ltr"),
/// on each entity and quote the live `range` painted for it (for panels and cards), and
/// `timings`: milliseconds spent collecting, finding the body, annotating and painting.
/// `options`: `{lang: "auto" | "ar" | "en", scope: "article" | "page"}`, optional.
#[wasm_bindgen(js_name = annotatePage)]
pub fn annotate_page(root: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let options = page_options(&options).map_err(|e| JsError::new(&e))?;
    let (document, root) = resolve_root(root).map_err(|e| JsError::new(&e))?;
    paint::clear().map_err(js_error)?;

    let mut clock = Clock::start();
    let page = collect(&document, &root).map_err(js_error)?;
    clock.lap("collect");
    let keep = match options.scope {
        Scope::Article => crate::extract::article_blocks(&page.blocks),
        Scope::Page => vec![true; page.blocks.len()],
    };
    let body = BodyText::new(&page, &keep);
    let dir = article_dir(&document, &page, &keep);
    clock.lap("body");
    let core = options.core.with_lang_hints(lang_hints(&body));
    let found = annotate(&body.text, &core);
    let output = Output::new(&body.text, &found, Unit::Utf16);
    clock.lap("annotate");

    // Entities first, then quotes, in the result's order.
    let quote = NAMES.len() - 1;
    let strokes: Vec<Stroke> = output
        .entities
        .iter()
        .map(|e| Stroke {
            name: NAMES.iter().position(|n| n[8..] == *e.kind).unwrap_or(quote),
            start: e.start,
            end: e.end,
        })
        .chain(output.quotes.iter().map(|q| Stroke { name: quote, start: q.start, end: q.end }))
        .collect();
    let mut ranges = paint_strokes(&document, &page, &body, &strokes, output.lang).map_err(js_error)?;
    let quote_ranges = ranges.split_off(output.entities.len());
    let entity_ranges = ranges;
    clock.lap("paint");

    let result = to_js(&output)?;
    let timings: JsValue = clock.to_object().map_err(js_error)?.into();
    Reflect::set(&result, &"timings".into(), &timings).map_err(js_error)?;
    Reflect::set(&result, &"text".into(), &body.text.as_str().into()).map_err(js_error)?;
    Reflect::set(&result, &"dir".into(), &dir.into()).map_err(js_error)?;
    attach_ranges(&result, "entities", entity_ranges).map_err(js_error)?;
    attach_ranges(&result, "quotes", quote_ranges).map_err(js_error)?;
    Ok(result)
}

/// Paints `strokes` with CSS highlights, or with marks where the browser has none; returns
/// the range painted for each.
pub(super) fn paint_strokes(
    document: &Document,
    page: &Page,
    body: &BodyText,
    strokes: &[Stroke],
    lang: &str,
) -> Result<Vec<Option<Range>>, JsValue> {
    if paint::registry().is_ok() {
        highlight(document, page, body, strokes, false, true, false)
    } else {
        // No CSS Custom Highlight API: wrap the text in marks (the one path that edits the DOM).
        let _ = paint::adopt_style(document, &page.shadow_roots, &page.frames, wrap::STYLE); // uncoloured marks still work
        wrap::wrap(document, page, body, strokes, lang)
    }
}

/// Paints `strokes` with CSS highlights (see [`paint::paint`] for `append`, `register` and
/// `hold`); returns the range painted for each.
pub(super) fn highlight(
    document: &Document,
    page: &Page,
    body: &BodyText,
    strokes: &[Stroke],
    append: bool,
    register: bool,
    hold: bool,
) -> Result<Vec<Option<Range>>, JsValue> {
    let mut painted = Strokes::default();
    let mut ranges = Vec::with_capacity(strokes.len());
    for stroke in strokes {
        let found = range(document, page, body, stroke.start, stroke.end)?;
        if let Some(range) = &found {
            painted.add(stroke.name, range.clone());
        }
        ranges.push(found);
    }
    paint::paint(document, &page.shadow_roots, &page.frames, painted, append, register, hold)?;
    Ok(ranges)
}

/// Sets `range` on each item of `result[key]` that was painted.
pub(super) fn attach_ranges(result: &JsValue, key: &str, ranges: Vec<Option<Range>>) -> Result<(), JsValue> {
    attach_ranges_from(result, key, 0, ranges)
}

/// Sets `range` on the items of `result[key]` from index `first` on.
pub(super) fn attach_ranges_from(
    result: &JsValue,
    key: &str,
    first: usize,
    ranges: Vec<Option<Range>>,
) -> Result<(), JsValue> {
    let items = js_sys::Array::from(&Reflect::get(result, &key.into())?);
    for (item, range) in items.iter().skip(first).zip(ranges) {
        if let Some(range) = range {
            Reflect::set(&item, &"range".into(), &range)?;
        }
    }
    Ok(())
}

/// Removes every highlight and style hashiya added, and the panel host (`#hashiya-panel`)
/// a shell may have added. The page's own DOM was never changed.
#[wasm_bindgen(js_name = clearAnnotations)]
pub fn clear_annotations() -> Result<(), JsError> {
    super::staged::forget();
    paint::clear().map_err(js_error)
}

/// The document and root node to read: a given node, or the body of the global document.
pub(super) fn resolve_root(root: JsValue) -> Result<(Document, Node), String> {
    if root.is_undefined() || root.is_null() {
        let document = web_sys::window().and_then(|w| w.document()).ok_or("hashiya: no document to annotate")?;
        let body = document.body().ok_or("hashiya: the document has no body")?;
        return Ok((document, body.into()));
    }
    let node = root.dyn_into::<Node>().map_err(|v| format!("hashiya: annotatePage needs a DOM node, not {v:?}"))?;
    let document = match node.dyn_ref::<Document>() {
        Some(document) => document.clone(),
        None => node.owner_document().ok_or("hashiya: the node belongs to no document")?,
    };
    Ok((document, node))
}

/// A live range over UTF-16 offsets `start..end` of the body text, or `None` when it
/// covers no page text.
fn range(
    document: &Document,
    page: &Page,
    body: &BodyText,
    start: usize,
    end: usize,
) -> Result<Option<Range>, JsValue> {
    let (Some(from), Some(to)) = (body.start_point(page, start), body.end_point(page, end)) else {
        return Ok(None);
    };
    if (to.piece, to.offset) <= (from.piece, from.offset) {
        return Ok(None);
    }
    let range = document.create_range()?;
    range.set_start(&page.pieces[from.piece].node, from.offset as u32)?;
    range.set_end(&page.pieces[to.piece].node, to.offset as u32)?;
    Ok(Some(range))
}

fn to_js(value: &impl Serialize) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("hashiya: cannot build the result: {e}")))
}

/// Keeps a JS exception's message when it becomes a `JsError`.
pub(super) fn js_error(value: JsValue) -> JsError {
    let message = Reflect::get(&value, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .or_else(|| value.as_string())
        .unwrap_or_else(|| format!("{value:?}"));
    JsError::new(&message)
}
