//! What the page's markup and style say about the article's language and direction: the
//! `lang` attributes (hints for the core's detection) and the computed `direction`.

use web_sys::Document;

use super::collect::Page;
use super::locate::BodyText;
use crate::lang::Lang;

/// The core's language hints for the body text: from each byte offset on, the language of
/// the closest `lang` attribute (`None` where there is none or hashiya does not know the tag).
pub fn lang_hints(body: &BodyText) -> Vec<(usize, Option<Lang>)> {
    body.langs.iter().map(|(byte, _, tag)| (*byte, tag.as_deref().and_then(Lang::from_tag))).collect()
}

/// The same hints for JS: `[[utf16Offset, tag | null], ...]`, the page's own tags.
pub fn lang_runs(body: &BodyText) -> js_sys::Array {
    body.langs
        .iter()
        .map(|(_, unit, tag)| {
            let tag = tag.as_deref().map_or(wasm_bindgen::JsValue::NULL, Into::into);
            js_sys::Array::of2(&(*unit as f64).into(), &tag)
        })
        .collect()
}

/// The computed `direction` ("rtl" or "ltr") of the kept block with the most text of its own:
/// where the article's paragraphs are, whatever `dir` attributes say or omit.
pub fn article_dir(document: &Document, page: &Page, keep: &[bool]) -> Option<String> {
    let main = page
        .blocks
        .iter()
        .enumerate()
        .filter(|&(i, _)| keep.get(i).copied().unwrap_or(false))
        .max_by_key(|(_, b)| b.text.len())
        .map(|(i, _)| i)?;
    let element = page.block_elements.get(main)?.as_ref()?;
    // The element's own window: a frame's block is styled by the frame.
    let view = element.owner_document().and_then(|d| d.default_view()).or_else(|| document.default_view())?;
    let style = view.get_computed_style(element).ok()??;
    style.get_property_value("direction").ok().filter(|d| d == "rtl" || d == "ltr")
}
