//! Paints spans with the CSS Custom Highlight API: one `Highlight` per kind, registered as
//! `hashiya-PER` ... `hashiya-QUOTE`, coloured by one constructed style sheet adopted by the
//! document. Nothing is added to the DOM, so the page's serialisation never changes.

use std::cell::RefCell;

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, Document, Highlight, HighlightRegistry, Range};

/// What every highlight name of hashiya starts with.
const PREFIX: &str = "hashiya-";
/// The id of the one element a shell may add to a page (the panel's shadow host).
pub const PANEL_ID: &str = "hashiya-panel";

/// The highlight names, entity kinds first; quotes paint underneath entities.
pub const NAMES: [&str; 5] = ["hashiya-PER", "hashiya-ORG", "hashiya-LOC", "hashiya-MISC", "hashiya-QUOTE"];

/// Translucent tints read on light and dark pages alike; a quote is a light tint with an
/// underline, so the stronger entity colours inside it stay visible. `hashiya-focus` is the
/// brief flash a shell sets on the item it scrolls to.
const STYLE: &str = "
::highlight(hashiya-QUOTE) { background-color: rgba(124, 92, 255, 0.13); text-decoration: underline 2px rgba(124, 92, 255, 0.85); }
::highlight(hashiya-PER) { background-color: rgba(255, 159, 10, 0.42); }
::highlight(hashiya-ORG) { background-color: rgba(10, 152, 255, 0.36); }
::highlight(hashiya-LOC) { background-color: rgba(48, 196, 89, 0.38); }
::highlight(hashiya-MISC) { background-color: rgba(236, 72, 153, 0.30); }
::highlight(hashiya-focus) { background-color: rgba(255, 214, 0, 0.85); color: #000; }
";

thread_local! {
    /// The style sheet this module adopted, and the document and shadow roots that adopted it,
    /// to take it out again on clear.
    static SHEET: RefCell<Option<(CssStyleSheet, Vec<JsValue>)>> = const { RefCell::new(None) };
}

/// `CSS.highlights`, or an error naming what the browser lacks.
pub fn registry() -> Result<HighlightRegistry, JsValue> {
    let css = Reflect::get(&js_sys::global(), &"CSS".into())?;
    let registry = if css.is_object() { Reflect::get(&css, &"highlights".into())? } else { JsValue::UNDEFINED };
    registry.dyn_into::<HighlightRegistry>().map_err(|_| {
        js_sys::Error::new("hashiya: this browser has no CSS Custom Highlight API (CSS.highlights)").into()
    })
}

/// Ranges to paint, grouped by highlight name (indices into [`NAMES`]).
#[derive(Default)]
pub struct Strokes {
    ranges: [Vec<Range>; NAMES.len()],
}

impl Strokes {
    pub fn add(&mut self, name: usize, range: Range) {
        self.ranges[name].push(range);
    }
}

/// Registers the five highlights and adopts the style sheet. Replaces earlier paint.
pub fn paint(document: &Document, shadow_roots: &[Object], strokes: Strokes) -> Result<(), JsValue> {
    let registry = registry()?;
    for (i, (name, ranges)) in NAMES.iter().zip(strokes.ranges).enumerate() {
        let highlight = Highlight::new(&[])?;
        // Entities above quotes: a name inside a quote keeps its own colour.
        highlight.set_priority(if i + 1 == NAMES.len() { 0 } else { 1 });
        for range in &ranges {
            highlight.add(range);
        }
        registry.set(name, &highlight);
    }
    adopt_style(document, shadow_roots, STYLE)
}

/// Removes the highlights or the fallback marks, the style sheet and the panel host.
pub fn clear() -> Result<(), JsValue> {
    super::wrap::unwrap();
    if let Ok(registry) = registry() {
        // The five kinds, and any other `hashiya-` highlight a shell added (a flash, a focus).
        let keys: Vec<String> = registry.keys().into_iter().filter_map(|k| k.ok()?.as_string()).collect();
        for name in keys.iter().filter(|k| k.starts_with(PREFIX)) {
            registry.delete(name);
        }
    }
    drop_style();
    let document = web_sys::window().and_then(|w| w.document());
    if let Some(panel) = document.and_then(|d| d.get_element_by_id(PANEL_ID)) {
        panel.remove();
    }
    Ok(())
}

/// Takes the adopted style sheet out of every document and shadow root that adopted it.
fn drop_style() {
    let Some((sheet, adopters)) = SHEET.with(|cell| cell.borrow_mut().take()) else { return };
    for adopter in adopters {
        let Ok(sheets) = Reflect::get(&adopter, &"adoptedStyleSheets".into()) else { continue };
        let kept: Array = Array::from(&sheets).iter().filter(|s| s != AsRef::<JsValue>::as_ref(&sheet)).collect();
        let _ = Reflect::set(&adopter, &"adoptedStyleSheets".into(), &kept);
    }
}

/// Adopts `style` into `document` and the open shadow roots whose text is painted (document
/// styles do not reach into a shadow tree). Replaces the sheet adopted before.
pub fn adopt_style(document: &Document, shadow_roots: &[Object], style: &str) -> Result<(), JsValue> {
    drop_style();
    let sheet = CssStyleSheet::new()?;
    sheet.replace_sync(style)?;
    let mut adopters = Vec::with_capacity(1 + shadow_roots.len());
    for adopter in std::iter::once(AsRef::<JsValue>::as_ref(document)).chain(shadow_roots.iter().map(AsRef::as_ref)) {
        let sheets = Array::from(&Reflect::get(adopter, &"adoptedStyleSheets".into())?);
        sheets.push(&sheet);
        Reflect::set(adopter, &"adoptedStyleSheets".into(), &sheets)?;
        adopters.push(adopter.clone());
    }
    SHEET.with(|cell| *cell.borrow_mut() = Some((sheet, adopters)));
    Ok(())
}
