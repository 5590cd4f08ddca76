//! Whether an element's text is page text a reader sees: attributes first (`hidden`, `inert`,
//! `aria-hidden`, editable fields, hashiya's own interface), then `checkVisibility`, then
//! computed style.
//!
//! One exception: a page that hides its whole body until its own scripts run (anti-flicker
//! snippets, "hide until hydrated": `body { visibility: hidden }` removed by a script later)
//! is not hiding its content. A `visibility: hidden` on `<html>`, `<body>`, the root being read
//! or a wrapper holding most of the page's text is ignored, and so is the `hidden` its
//! descendants inherit from it; a block inside it that is out of the flow (a modal, a
//! dropdown) and hidden stays hidden, as do `hidden`, `display: none` and the rest.

use js_sys::{JsString, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleDeclaration, Element, Node};

use super::element::ElementApi;

/// Elements whose content is never page text.
const SKIPPED_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "textarea", "input", "select", "option", "button", "svg", "math",
    "canvas", "object", "embed", "video", "audio", "head", "title", "meta", "link",
];

/// A `visibility: hidden` wrapper holding at least this share of the page's text hides the page
/// (a hidden block among the article's paragraphs holds much less).
const WHOLE_PAGE_SHARE: f64 = 0.8;

/// What an element's attributes and computed style say about its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seen {
    /// Not page text, children included.
    Skipped,
    /// Its own text is invisible (`visibility: hidden`), but children may be visible again.
    Invisible,
    Visible,
    /// Hidden as a whole page is hidden until scripts run: visible, and so is what inherits it.
    Unhidden,
}

/// The walk's knowledge of page-wide hiding.
pub struct Visibility {
    /// The node the walk started from (its hiding is page-wide by definition).
    root: Node,
    /// Length of the page's text (`textContent` of the root), read the first time it is needed.
    page_chars: Option<u32>,
}

impl Visibility {
    pub fn new(root: &Node) -> Visibility {
        Visibility { root: root.clone(), page_chars: None }
    }

    /// Whether an element's subtree is page text, and whether its own text is visible.
    /// `parent_shown`: the parent's text is visible; `in_unhidden`: inside an [`Seen::Unhidden`] element.
    pub fn seen(
        &mut self,
        api: &ElementApi,
        element: &Element,
        tag: &str,
        window: Option<&web_sys::Window>,
        parent_shown: bool,
        in_unhidden: bool,
    ) -> Result<Seen, JsValue> {
        if SKIPPED_TAGS.contains(&tag) {
            return Ok(Seen::Skipped);
        }
        let attributed = api.has_attributes(element);
        let attribute = |name| attributed.then(|| api.attribute(element, name)).flatten();
        if attribute("id").is_some_and(|id| id.starts_with("hashiya"))
            || attribute("hidden").is_some()
            || attribute("inert").is_some()
            || attribute("aria-hidden").is_some_and(|v| v.eq_ignore_ascii_case("true"))
            || attribute("contenteditable").is_some_and(|v| !v.eq_ignore_ascii_case("false"))
        {
            return Ok(Seen::Skipped);
        }
        if api.surely_visible(element) {
            return Ok(Seen::Visible);
        }
        // Computed style tells `display: none` (skip) from `visibility: hidden` (children may
        // show again) and from boxless `display: contents`; pages without a window have none.
        let Some(style) = window.map(|w| w.get_computed_style(element)).transpose()?.flatten() else {
            return Ok(Seen::Visible);
        };
        if style.get_property_value("display")? == "none" {
            return Ok(Seen::Skipped);
        }
        let visibility = style.get_property_value("visibility")?;
        if visibility != "hidden" && visibility != "collapse" {
            return Ok(Seen::Visible);
        }
        if in_unhidden {
            // Inherited from the page-wide hiding, unless the element is a box of its own
            // placed out of the flow (a modal, a dropdown menu), hidden for its own sake.
            return Ok(if out_of_flow(&style)? { Seen::Invisible } else { Seen::Visible });
        }
        if parent_shown && self.hides_whole_page(element, tag) {
            return Ok(Seen::Unhidden);
        }
        Ok(Seen::Invisible)
    }

    /// `<html>`, `<body>`, the root, or a wrapper with most of the page's text in it.
    fn hides_whole_page(&mut self, element: &Element, tag: &str) -> bool {
        if matches!(tag, "html" | "body") || AsRef::<JsValue>::as_ref(element) == AsRef::<JsValue>::as_ref(&self.root) {
            return true;
        }
        let page =
            *self.page_chars.get_or_insert_with(|| text_length(&self.root).saturating_sub(code_length(&self.root)));
        page > 0 && f64::from(text_length(element)) >= WHOLE_PAGE_SHARE * f64::from(page)
    }
}

/// `textContent.length`, without copying the text into wasm memory.
fn text_length(node: &JsValue) -> u32 {
    Reflect::get(node, &"textContent".into()).ok().and_then(|t| t.dyn_into::<JsString>().ok()).map_or(0, |t| t.length())
}

/// The length of the code under `node` (scripts, styles): page text that is never read. A
/// framework's JSON beside its app root must not make the root look small.
fn code_length(node: &JsValue) -> u32 {
    let query = Reflect::get(node, &"querySelectorAll".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(Ok(found)) = query.map(|q| q.call1(node, &"script, style, noscript, template".into())) else { return 0 };
    js_sys::Array::from(&found).iter().map(|n| text_length(&n)).sum()
}

fn out_of_flow(style: &CssStyleDeclaration) -> Result<bool, JsValue> {
    Ok(matches!(style.get_property_value("position")?.as_str(), "fixed" | "absolute"))
}
