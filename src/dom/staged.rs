//! `annotatePage` in two halves, for running the core off the main thread (a worker calls
//! `annotateText` in between): `readPage` collects the page and returns the article text,
//! `paintPage` paints a result for that text. The page read last waits here between the two.
//! Both halves can run in slices of a few milliseconds (`startReadPage` + `readPageSlice`,
//! `paintPage(result, from, to)`), so that a very long page never holds the main thread long.

use std::cell::RefCell;

use js_sys::{Array, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::Document;

use super::api::{attach_ranges_from, highlight, js_error, paint_strokes, resolve_root};
use super::collect::{Collector, Page};
use super::locate::BodyText;
use super::options::{page_options, Scope};
use super::page_lang::{article_dir, lang_runs};
use super::paint::{self, NAMES};
use super::wrap::Stroke;

struct Read {
    document: Document,
    page: Page,
    body: BodyText,
}

/// A page being read in slices.
struct Reading {
    document: Document,
    phase: Phase,
    scope: Scope,
}

/// Where a reading stands: each phase ends a slice, so the work after the walk is spread too.
enum Phase {
    Walking(Collector),
    Walked(Page),
    Found(Page, Vec<bool>),
}

thread_local! {
    static READING: RefCell<Option<Reading>> = const { RefCell::new(None) };
    static READ: RefCell<Option<Read>> = const { RefCell::new(None) };
}

/// Clears earlier paint, reads the page under `root` (as `annotatePage` does) and returns the
/// text to annotate. `options`: `{lang, scope, names}` like `annotatePage`'s.
#[wasm_bindgen(js_name = readPage)]
pub fn read_page(root: JsValue, options: JsValue) -> Result<String, JsError> {
    start_read_page(root, options)?;
    let read = read_page_slice(f64::INFINITY)?;
    Ok(Reflect::get(&read, &"text".into()).ok().and_then(|t| t.as_string()).unwrap_or_default())
}

/// Clears earlier paint and starts reading the page under `root`; `readPageSlice` goes on.
/// `options`: `{lang, scope, names}` like `annotatePage`'s.
#[wasm_bindgen(js_name = startReadPage)]
pub fn start_read_page(root: JsValue, options: JsValue) -> Result<(), JsError> {
    let options = page_options(&options).map_err(|e| JsError::new(&e))?;
    let (document, root) = resolve_root(root).map_err(|e| JsError::new(&e))?;
    forget();
    paint::clear().map_err(js_error)?;
    let phase = Phase::Walking(Collector::new(&document, &root).map_err(js_error)?);
    READING.with(|cell| *cell.borrow_mut() = Some(Reading { document, phase, scope: options.scope }));
    Ok(())
}

/// Reads on for about `ms` milliseconds. Returns `null` while there is more to read, then
/// `{text, langs, dir}`: the text to annotate, the page's language marks for it (the `langs`
/// option of `annotateText`) and the computed direction of the article ("rtl", "ltr").
/// Finding the article runs after the last slice of reading, in one go.
#[wasm_bindgen(js_name = readPageSlice)]
pub fn read_page_slice(ms: f64) -> Result<JsValue, JsError> {
    let Reading { document, mut phase, scope } = READING
        .with(|cell| cell.borrow_mut().take())
        .ok_or_else(|| JsError::new("hashiya: readPageSlice needs startReadPage first"))?;
    let ms = if ms.is_nan() { 0.0 } else { ms };
    let park = |document, phase| READING.with(|cell| *cell.borrow_mut() = Some(Reading { document, phase, scope }));
    loop {
        // Walking, finding the article, joining its text: each phase ends a slice (unless unbounded).
        phase = match phase {
            Phase::Walking(mut collector) => {
                if !collector.step(ms).map_err(js_error)? {
                    park(document, Phase::Walking(collector));
                    return Ok(JsValue::NULL);
                }
                Phase::Walked(collector.finish())
            }
            Phase::Walked(page) => {
                let keep = match scope {
                    Scope::Article => crate::extract::article_blocks(&page.blocks),
                    Scope::Page => vec![true; page.blocks.len()],
                };
                Phase::Found(page, keep)
            }
            Phase::Found(page, keep) => return finish_reading(document, page, &keep),
        };
        if ms.is_finite() {
            park(document, phase);
            return Ok(JsValue::NULL);
        }
    }
}

/// Joins the article's text and keeps the page for `paintPage`; `{text, langs, dir}`.
fn finish_reading(document: Document, page: Page, keep: &[bool]) -> Result<JsValue, JsError> {
    let body = BodyText::new(&page, keep);
    let out = js_sys::Object::new();
    let set = |key: &str, value: &JsValue| Reflect::set(&out, &key.into(), value).map_err(js_error);
    set("text", &body.text.as_str().into())?;
    set("langs", &lang_runs(&body).into())?;
    set("dir", &article_dir(&document, &page, keep).into())?;
    READ.with(|cell| *cell.borrow_mut() = Some(Read { document, page, body }));
    Ok(out.into())
}

/// Paints `result` (what `annotateText` returned for `readPage`'s text) on the page read last,
/// and returns it with `text` and each item's `range`, as `annotatePage` does. `from` and `to`
/// paint only items `from..to` (entities, then quotes, counted together) on top of the items
/// painted before, so a long page can be painted in slices; the page is let go once the last
/// item is painted. With `hold`, the ranges are made but the document's own are not
/// registered: the caller registers them (all, or those near the viewport of a very long page).
/// Without the Highlight API the first call paints everything (wrapping text cannot be done in
/// slices that each restore the page).
#[wasm_bindgen(js_name = paintPage)]
pub fn paint_page(result: JsValue, from: Option<u32>, to: Option<u32>, hold: Option<bool>) -> Result<JsValue, JsError> {
    let field = |item: &JsValue, key: &str| Reflect::get(item, &key.into()).unwrap_or(JsValue::UNDEFINED);
    let list = |key: &str| -> Result<Array, JsError> {
        let value = field(&result, key);
        value.dyn_into::<Array>().map_err(|_| JsError::new(&format!("hashiya: paintPage: `{key}` must be an array")))
    };
    let (entities, quotes) = (list("entities")?, list("quotes")?);
    let count = entities.length() as usize;
    let total = count + quotes.length() as usize;
    let highlights = paint::registry().is_ok();
    let from = from.map_or(0, |f| f as usize);
    let to = if highlights { to.map_or(total, |t| t as usize).min(total) } else { total };
    if !highlights && from > 0 {
        return Ok(result);
    }
    let span = |item: &JsValue| {
        let number = |key| field(item, key).as_f64().filter(|n| n.is_finite() && *n >= 0.0).map(|n| n as usize);
        number("start").zip(number("end")).filter(|(s, e)| s < e)
    };
    let quote = NAMES.len() - 1;
    let mut strokes = Vec::new();
    let mut painted = Vec::new(); // which items became strokes, in order
    for i in from..to.max(from) {
        let (item, name) = if i < count {
            let item = entities.get(i as u32);
            let kind = field(&item, "type").as_string().unwrap_or_default();
            (item, NAMES.iter().position(|n| n[8..] == kind).unwrap_or(quote))
        } else {
            (quotes.get((i - count) as u32), quote)
        };
        painted.push(span(&item).map(|(start, end)| strokes.push(Stroke { name, start, end })).is_some());
    }
    let lang = field(&result, "lang").as_string().unwrap_or_default();
    let done = to >= total;
    let found = READ.with(|cell| {
        let cell = cell.borrow();
        let read = cell.as_ref().ok_or("hashiya: paintPage needs a page read by readPage first")?;
        let found = if highlights {
            highlight(&read.document, &read.page, &read.body, &strokes, from > 0, done, hold.unwrap_or(false))
        } else {
            paint_strokes(&read.document, &read.page, &read.body, &strokes, &lang)
        };
        Ok::<_, JsValue>((found?, done.then(|| read.body.text.clone())))
    });
    let (found, text) = found.map_err(js_error)?;
    let mut found = found.into_iter();
    let ranges: Vec<_> = painted.into_iter().map(|p| if p { found.next().flatten() } else { None }).collect();
    let in_entities = count.saturating_sub(from).min(ranges.len());
    let (entity_ranges, quote_ranges) = (ranges[..in_entities].to_vec(), ranges[in_entities..].to_vec());
    attach_ranges_from(&result, "entities", from.min(count), entity_ranges).map_err(js_error)?;
    attach_ranges_from(&result, "quotes", from.saturating_sub(count), quote_ranges).map_err(js_error)?;
    if let Some(text) = text {
        forget();
        Reflect::set(&result, &"text".into(), &text.as_str().into()).map_err(js_error)?;
    }
    Ok(result)
}

/// Lets go of the page read last (`clearAnnotations`: a slice still to come then fails
/// instead of painting a cleared page).
pub fn forget() {
    READING.with(|cell| cell.borrow_mut().take());
    READ.with(|cell| cell.borrow_mut().take());
}
