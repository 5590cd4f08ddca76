//! `annotatePage` in two halves, for running the core off the main thread (a worker calls
//! `annotateText` in between): `readPage` collects the page and returns the article text,
//! `paintPage` paints a result for that text. The page read last waits here between the two.

use std::cell::RefCell;

use js_sys::{Array, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::Document;

use super::api::{attach_ranges, js_error, paint_strokes, resolve_root};
use super::collect::{collect, Page};
use super::locate::BodyText;
use super::options::{page_options, Scope};
use super::paint::{self, NAMES};
use super::wrap::Stroke;

struct Read {
    document: Document,
    page: Page,
    body: BodyText,
}

thread_local! {
    static READ: RefCell<Option<Read>> = const { RefCell::new(None) };
}

/// Clears earlier paint, reads the page under `root` (as `annotatePage` does) and returns the
/// text to annotate. `options`: `{lang, scope, names}` like `annotatePage`'s.
#[wasm_bindgen(js_name = readPage)]
pub fn read_page(root: JsValue, options: JsValue) -> Result<String, JsError> {
    let options = page_options(&options).map_err(|e| JsError::new(&e))?;
    let (document, root) = resolve_root(root).map_err(|e| JsError::new(&e))?;
    paint::clear().map_err(js_error)?;
    let page = collect(&document, &root).map_err(js_error)?;
    let keep = match options.scope {
        Scope::Article => crate::extract::article_blocks(&page.blocks),
        Scope::Page => vec![true; page.blocks.len()],
    };
    let body = BodyText::new(&page, &keep);
    let text = body.text.clone();
    READ.with(|cell| *cell.borrow_mut() = Some(Read { document, page, body }));
    Ok(text)
}

/// Paints `result` (what `annotateText` returned for `readPage`'s text) on the page read last,
/// and returns it with `text` and each item's `range`, as `annotatePage` does.
#[wasm_bindgen(js_name = paintPage)]
pub fn paint_page(result: JsValue) -> Result<JsValue, JsError> {
    let read = READ
        .with(|cell| cell.borrow_mut().take())
        .ok_or_else(|| JsError::new("hashiya: paintPage needs a page read by readPage first"))?;
    let field = |item: &JsValue, key: &str| Reflect::get(item, &key.into()).unwrap_or(JsValue::UNDEFINED);
    let list = |key: &str| -> Result<Array, JsError> {
        let value = field(&result, key);
        value.dyn_into::<Array>().map_err(|_| JsError::new(&format!("hashiya: paintPage: `{key}` must be an array")))
    };
    let (entities, quotes) = (list("entities")?, list("quotes")?);
    let span = |item: &JsValue| {
        let number = |key| field(item, key).as_f64().filter(|n| n.is_finite() && *n >= 0.0).map(|n| n as usize);
        number("start").zip(number("end")).filter(|(s, e)| s < e)
    };
    let quote = NAMES.len() - 1;
    let mut strokes = Vec::new();
    let mut painted = Vec::new(); // which items became strokes, in order
    for entity in entities.iter() {
        let kind = field(&entity, "type").as_string().unwrap_or_default();
        let name = NAMES.iter().position(|n| n[8..] == kind).unwrap_or(quote);
        painted.push(span(&entity).map(|(start, end)| strokes.push(Stroke { name, start, end })).is_some());
    }
    for item in quotes.iter() {
        painted.push(span(&item).map(|(start, end)| strokes.push(Stroke { name: quote, start, end })).is_some());
    }
    let lang = field(&result, "lang").as_string().unwrap_or_default();
    let mut found =
        paint_strokes(&read.document, &read.page, &read.body, &strokes, &lang).map_err(js_error)?.into_iter();
    let mut ranges: Vec<_> = painted.into_iter().map(|p| if p { found.next().flatten() } else { None }).collect();
    let quote_ranges = ranges.split_off(entities.length() as usize);
    attach_ranges(&result, "entities", ranges).map_err(js_error)?;
    attach_ranges(&result, "quotes", quote_ranges).map_err(js_error)?;
    Reflect::set(&result, &"text".into(), &read.body.text.as_str().into()).map_err(js_error)?;
    Ok(result)
}
