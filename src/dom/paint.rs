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

/// The brief flash a shell sets on the item it scrolls to (`www/panel.js`).
const FOCUS: &str = "hashiya-focus";

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
    /// Each document or shadow root that adopted a style sheet of this module, with the sheet,
    /// to take it out again on clear.
    static SHEET: RefCell<Vec<(JsValue, JsValue)>> = const { RefCell::new(Vec::new()) };
    /// The highlight registries of same-origin frames painted, to empty them on clear.
    /// Highlights painted in slices and not registered yet: the browser does not re-render
    /// them at every slice.
    static UNREGISTERED: RefCell<Option<Vec<Highlight>>> = const { RefCell::new(None) };
    static FRAME_REGISTRIES: RefCell<Vec<JsValue>> = const { RefCell::new(Vec::new()) };
}

/// `CSS.highlights`, or an error naming what the browser lacks.
pub fn registry() -> Result<HighlightRegistry, JsValue> {
    let registry = highlights_of(&Reflect::get(&js_sys::global(), &"CSS".into())?)?;
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

/// Registers the five highlights and adopts the style sheet, replacing earlier paint; with
/// `append`, adds to the highlights painted before instead (painting a long page in slices);
/// without `register` they are kept aside (unrendered) for the next slice; with `hold`, the
/// document's own ranges are left to the caller to register (see `www/visible.js`).
/// Ranges in a same-origin frame's document go to that frame's own registry.
pub fn paint(
    document: &Document,
    shadow_roots: &[Object],
    frames: &[Document],
    strokes: Strokes,
    append: bool,
    register: bool,
    hold: bool,
) -> Result<(), JsValue> {
    let mut pending =
        if append { UNREGISTERED.with(|cell| cell.borrow_mut().take()) } else { None }.into_iter().flatten();
    let registry = registry()?;
    let mut frame_highlights: Vec<Vec<Vec<Range>>> = vec![vec![Vec::new(); NAMES.len()]; frames.len()];
    let mut kept = Vec::with_capacity(NAMES.len());
    for (i, (name, ranges)) in NAMES.iter().zip(strokes.ranges).enumerate() {
        let highlight = match pending.next() {
            Some(highlight) => highlight,
            None => Highlight::new(&[])?,
        };
        // Entities above quotes: a name inside a quote keeps its own colour.
        highlight.set_priority(priority(i));
        for range in &ranges {
            let owner = range.start_container()?.owner_document();
            match frames.iter().position(|f| Some(f) == owner.as_ref()) {
                Some(frame) => frame_highlights[frame][i].push(range.clone()),
                None if hold => {}
                None => {
                    highlight.add(range);
                }
            }
        }
        if hold {
            continue;
        } else if register {
            registry.set(name, &highlight);
        } else {
            kept.push(highlight);
        }
    }
    if !register && !hold {
        UNREGISTERED.with(|cell| *cell.borrow_mut() = Some(kept));
    }
    for (frame, by_name) in frames.iter().zip(frame_highlights) {
        let Some(window) = frame.default_view() else { continue };
        let Ok(registry) = registry_in(&window) else { continue };
        let class = Reflect::get(&window, &"Highlight".into())?;
        for (i, ranges) in by_name.into_iter().enumerate() {
            // The frame's own Highlight class: a registry takes highlights of its own realm.
            let get: js_sys::Function = Reflect::get(&registry, &"get".into())?.dyn_into()?;
            let earlier = get.call1(&registry, &NAMES[i].into())?;
            let highlight = if append && earlier.is_object() {
                earlier
            } else {
                Reflect::construct(class.unchecked_ref::<js_sys::Function>(), &Array::new())?
            };
            Reflect::set(&highlight, &"priority".into(), &priority(i).into())?;
            let add: js_sys::Function = Reflect::get(&highlight, &"add".into())?.dyn_into()?;
            for range in &ranges {
                add.call1(&highlight, range)?;
            }
            let set: js_sys::Function = Reflect::get(&registry, &"set".into())?.dyn_into()?;
            set.call2(&registry, &NAMES[i].into(), &highlight)?;
        }
        if !append {
            FRAME_REGISTRIES.with(|cell| cell.borrow_mut().push(registry));
        }
    }
    if append {
        return Ok(());
    }
    adopt_style(document, shadow_roots, frames, STYLE)
}

fn priority(name: usize) -> i32 {
    if name + 1 == NAMES.len() {
        0
    } else {
        1
    }
}

/// `CSS.highlights` of a window (of this realm or a same-origin frame's).
fn registry_in(window: &JsValue) -> Result<JsValue, JsValue> {
    let registry = highlights_of(&Reflect::get(window, &"CSS".into())?)?;
    if registry.is_object() {
        Ok(registry)
    } else {
        Err(js_sys::Error::new("hashiya: no CSS.highlights").into())
    }
}

/// `css.highlights`, read with the getter of `css`'s own property where it has one. In a Firefox
/// content script, `CSS` is an Xray wrapper, and once a `Reflect.get(css, "highlights")` call
/// site is hot, the JIT answers every window's `CSS` with the registry of the window it saw
/// first (Firefox 153 ESR): a frame's highlights then land in the top registry. Each window's
/// own getter is its own function, called here on `css`.
fn highlights_of(css: &JsValue) -> Result<JsValue, JsValue> {
    if !css.is_object() {
        return Ok(JsValue::UNDEFINED);
    }
    let descriptor = Object::get_own_property_descriptor(css.unchecked_ref::<Object>(), &"highlights".into());
    let getter = if descriptor.is_object() { Reflect::get(&descriptor, &"get".into())? } else { JsValue::UNDEFINED };
    match getter.dyn_ref::<js_sys::Function>() {
        Some(getter) => getter.call0(css),
        None => Reflect::get(css, &"highlights".into()),
    }
}

/// Removes the highlights or the fallback marks, the style sheet and the panel host.
pub fn clear() -> Result<(), JsValue> {
    UNREGISTERED.with(|cell| cell.borrow_mut().take());
    super::wrap::unwrap();
    if let Ok(registry) = registry() {
        delete_ours(registry.as_ref());
    }
    for registry in FRAME_REGISTRIES.with(|cell| std::mem::take(&mut *cell.borrow_mut())) {
        delete_ours(&registry);
    }
    drop_style();
    let document = web_sys::window().and_then(|w| w.document());
    if let Some(panel) = document.and_then(|d| d.get_element_by_id(PANEL_ID)) {
        panel.remove();
    }
    Ok(())
}

/// Deletes the five kinds and the shells' focus flash from a highlight registry by name, then any
/// other `hashiya-` highlight found by enumerating it. Enumerating throws where the registry is an
/// Xray wrapper (Firefox content scripts: "Xray wrapping of iterators not supported"), so the
/// known names come first and that part is best effort.
fn delete_ours(registry: &JsValue) {
    let Ok(delete) = Reflect::get(registry, &"delete".into()) else { return };
    let Some(delete) = delete.dyn_ref::<js_sys::Function>() else { return };
    for &name in NAMES.iter().chain(&[FOCUS]) {
        let _ = delete.call1(registry, &name.into());
    }
    let keys = Reflect::get(registry, &"keys".into())
        .ok()
        .and_then(|keys| keys.dyn_ref::<js_sys::Function>()?.call0(registry).ok());
    let Some(Ok(Some(keys))) = keys.map(|k| js_sys::try_iter(&k)) else { return };
    // Collected first: deleting while iterating would skip entries.
    let ours: Vec<JsValue> =
        keys.filter_map(Result::ok).filter(|k| k.as_string().is_some_and(|k| k.starts_with(PREFIX))).collect();
    for key in ours {
        let _ = delete.call1(registry, &key);
    }
}

/// Takes the adopted style sheets out of every document and shadow root that adopted them.
fn drop_style() {
    for (adopter, sheet) in SHEET.with(|cell| std::mem::take(&mut *cell.borrow_mut())) {
        let Ok(sheets) = Reflect::get(&adopter, &"adoptedStyleSheets".into()) else { continue };
        let kept: Array = Array::from(&sheets).iter().filter(|s| *s != sheet).collect();
        let _ = Reflect::set(&adopter, &"adoptedStyleSheets".into(), &kept);
    }
}

/// Adopts `style` into `document`, the same-origin frames and the open shadow roots whose text
/// is painted (document styles reach neither into a shadow tree nor into a frame). A document
/// may only adopt sheets it constructed, so each document gets its own. Replaces earlier sheets.
pub fn adopt_style(
    document: &Document,
    shadow_roots: &[Object],
    frames: &[Document],
    style: &str,
) -> Result<(), JsValue> {
    drop_style();
    let mut sheets: Vec<(JsValue, JsValue)> = Vec::new(); // (document, its sheet)
    let mut adopted = Vec::new();
    let documents = std::iter::once(document).chain(frames).map(|d| AsRef::<JsValue>::as_ref(d).clone());
    for adopter in documents.chain(shadow_roots.iter().map(|r| r.into())) {
        let owner = Reflect::get(&adopter, &"ownerDocument".into())?;
        let owner = if owner.is_object() { owner } else { adopter.clone() };
        let sheet = match sheets.iter().find(|(d, _)| *d == owner) {
            Some((_, sheet)) => sheet.clone(),
            None => {
                let window = Reflect::get(&owner, &"defaultView".into())?;
                let class = Reflect::get(&window, &"CSSStyleSheet".into())?;
                let sheet = Reflect::construct(class.unchecked_ref::<js_sys::Function>(), &Array::new())?;
                sheet.unchecked_ref::<CssStyleSheet>().replace_sync(style)?;
                sheets.push((owner, sheet.clone()));
                sheet
            }
        };
        let list = Array::from(&Reflect::get(&adopter, &"adoptedStyleSheets".into())?);
        list.push(&sheet);
        Reflect::set(&adopter, &"adoptedStyleSheets".into(), &list)?;
        adopted.push((adopter, sheet));
    }
    SHEET.with(|cell| *cell.borrow_mut() = adopted);
    Ok(())
}
